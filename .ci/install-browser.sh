#!/usr/bin/env bash
# Debian's headless Chromium for tests/test_report_browser.py, installed only when missing.
# Playwright drives it by path (/usr/bin/chromium); Playwright's own browser download never
# works here, so `playwright install` is never run. chromium-driver is for Selenium users.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-browser.sh: Chromium is missing and installing it needs root (apt-get install chromium)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium chromium-driver
/usr/bin/chromium --version
