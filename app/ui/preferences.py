"""Preferences: the counselling organisation's details for the foot of the guidance sheet.

Set once, printed on every full sheet so a client knows whom to call; never required, and
never printed on the safe sheet (an organisation's name can say what the holder is about).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

FIELDS = ("name", "phone", "address", "line")
MAX_LENGTH = 120


class PreferencesDialog(QDialog):
    def __init__(self, organisation: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        intro = QLabel(self.tr("Your organisation's details are printed at the foot of every guidance sheet, so the "
                               "client knows whom to contact. All optional. They are never printed on the safe sheet."))
        intro.setWordWrap(True)
        form.addRow(intro)
        labels = {"name": self.tr("Organisation"), "phone": self.tr("Phone"), "address": self.tr("Address"),
                  "line": self.tr("Other line (e.g. opening hours)")}
        for key in FIELDS:
            edit = QLineEdit(str(organisation.get(key, "")))
            edit.setObjectName(f"org_{key}")
            edit.setMaxLength(MAX_LENGTH)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {k: " ".join(e.text().split()) for k, e in self.edits.items() if e.text().strip()}
