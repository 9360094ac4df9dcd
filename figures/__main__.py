"""``python -m figures``: the same command as ``figures``."""

from figures.cli import main

# Worker processes re-import this module under another name; only the real run may start the command.
if __name__ == "__main__":
    raise SystemExit(main())
