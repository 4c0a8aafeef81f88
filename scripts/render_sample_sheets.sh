#!/usr/bin/env bash
# Re-render the sample guidance sheets in docs/sheets/ (and their PNG previews in
# docs/screenshots/) from the current content, so the README never shows a sheet the
# app would no longer print. Each docs/sheets/<case>.json is one client's answers.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-.venv/bin/python}
for answers in docs/sheets/*.json; do
    case_name=$(basename "$answers" .json)
    for lang in en ru de; do
        "$py" -m app sheet --answers "$answers" --lang "$lang" --out "docs/sheets/$case_name-$lang.pdf"
        if [ "$case_name" = in-russia ]; then
            "$py" -m app sheet --answers "$answers" --lang "$lang" --safe --out "docs/sheets/$case_name-safe-$lang.pdf"
        fi
    done
done
# The previews the README links to: first page of each, at a readable size.
preview() { pdftoppm -r 80 -png -f "$2" -l "$2" -singlefile "docs/sheets/$1.pdf" "docs/screenshots/$3"; }
for lang in en ru de; do
    preview "reservist-$lang" 1 "sheet-$lang-1"
    preview "reservist-$lang" 2 "sheet-$lang-2"
done
preview rejected-applicant-en 1 sheet-rejected-en-1
preview in-russia-safe-ru 1 sheet-safe-ru-1
