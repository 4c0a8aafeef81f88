"""PyInstaller's entry script: the frozen executable runs the same command line as `objector-guide`.

A script (not `app/__main__.py`) so that `app` stays a package inside the bundle.
"""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
