"""The decision wizard: definition as data, a pure engine, a validator. No Qt here.

`load_definition()` reads resources/wizard; `step()` turns answers into the next
question or the outcome; `validate()` proves the definition whole. The UI (app/ui) and
the printable sheet (app/sheet) only render the frozen records in `app.wizard.model`.
"""
