#!/usr/bin/env bash
# Refresh the Qt translation sources (resources/i18n/*.ts) from the strings in app/ui, one
# file per language in app/langs.py (English is the source language and has none).
# Translate new entries in Qt Linguist (pyside6-linguist) or by editing the .ts files;
# they are compiled to .qm by ./dev.sh and the build script.
#
# `_tr` is declared an alias of QCoreApplication.translate, so code may write
#     _tr = QCoreApplication.translate
#     _tr("Dialogs", "Import report")
# and lupdate still extracts the string (context "Dialogs"). A *function* that wraps tr or
# translate is never seen by lupdate: tests/ui/test_language.py refuses one.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(ls app/ui/*.py)
langs=$(.venv/bin/python -c 'from app.langs import LANGUAGES; print(" ".join(l for l in LANGUAGES if l != "en"))')
for lang in $langs; do
  .venv/bin/pyside6-lupdate -no-obsolete -tr-function-alias translate+=_tr -source-language en \
    -target-language "$lang" $files -ts "resources/i18n/objector_guide_${lang}.ts"
done
