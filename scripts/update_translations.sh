#!/usr/bin/env bash
# Refresh the Qt translation sources (resources/i18n/*.ts) from the strings in app/ui.
# Translate new entries in Qt Linguist (pyside6-linguist) or by editing the .ts files;
# they are compiled to .qm by ./dev.sh and the build script.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(ls app/ui/*.py)
for lang in ru de; do
  .venv/bin/pyside6-lupdate -no-obsolete -source-language en -target-language "$lang" $files \
    -ts "resources/i18n/objector_guide_${lang}.ts"
done
