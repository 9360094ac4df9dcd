"""``python -m figures``: the same command as ``figures``."""

from figures.cli import main

raise SystemExit(main())
