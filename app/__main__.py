"""`python -m app` runs the same command line as the `objector-guide` entry point."""

from app.cli import main

raise SystemExit(main())
