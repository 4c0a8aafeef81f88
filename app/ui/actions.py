"""Every QAction of the main window, made in one place with standard shortcuts.

Texts, tooltips and accessible names are set in `retranslate()` so a language switch
at run time updates menus, toolbar and tooltips together. The shortcuts are bound by
`bind_keys()`, which the window calls right after its first paint: binding them
(QKeySequence's type, its 71 standard keys, each action's bindings) was 0.8% of the first
paint (#19). A shortcut typed ahead in the moment between the window's appearing and its first
paint is not caught (on Windows such keys come before the paint); typed text still goes to the
search field.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from app.ui.i18n import LANGUAGES

# Every action in the order the keyboard-shortcut list shows them, with its keys: a standard
# key by its QKeySequence.StandardKey name (the platform's own binding: Back is Alt+Left on
# Windows and Linux, Ctrl+[ on macOS), else a key sequence; none for an action without keys.
KEYS: dict[str, tuple[str, ...]] = {
    "back": ("StandardKey.Back",),
    "forward": ("StandardKey.Forward",),
    "focus_search": ("StandardKey.Find", "Ctrl+K"),
    "find_in_page": ("Ctrl+Shift+F",),
    "find_next": ("StandardKey.FindNext",),
    "find_previous": ("StandardKey.FindPrevious",),
    "zoom_in": ("StandardKey.ZoomIn", "Ctrl+="),
    "zoom_out": ("StandardKey.ZoomOut",),
    "zoom_reset": ("Ctrl+0",),
    "print_page": ("StandardKey.Print",),
    "print_preview": ("Ctrl+Shift+P",),
    "export_pdf": ("Ctrl+Shift+E",),
    "bookmark": ("Ctrl+D",),
    "quit": ("StandardKey.Quit", "Ctrl+Q"),
    "about": (),
    "preferences": ("StandardKey.Preferences", "Ctrl+,"),
    "shortcuts": (),
    "wizard": ("Ctrl+Shift+A",),
    "import_report": ("StandardKey.Open",),
    "manage_imports": (),
    "install_update": (),
    "what_changed": (),
    "clear_session": ("Ctrl+Shift+Del",),
    "side_by_side": ("Ctrl+Shift+2",),
    "show_contents": ("Alt+1",),
    "show_glossary": ("Alt+2",),
    "show_law": ("Alt+3",),
    "show_bookmarks": ("Alt+4",),
}
_STANDARD = "StandardKey."
CHECKABLE = ("bookmark", "side_by_side")


class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)

        def make(name: str, checkable: bool = False) -> QAction:
            act = QAction(parent)
            act.setObjectName(name)
            act.setCheckable(checkable)
            setattr(self, name, act)
            return act

        for name in KEYS:
            make(name, checkable=name in CHECKABLE)
        self.keys_bound = False
        self.languages = QActionGroup(parent)
        self.lang_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            act = make(f"lang_{code}", checkable=True)
            act.setText(name)  # a language is named in its own language, never translated
            act.setData(code)
            self.languages.addAction(act)
            self.lang_actions[code] = act
        self.side_languages = QActionGroup(parent)
        self.side_lang_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            act = make(f"side_lang_{code}", checkable=True)
            act.setText(name)
            act.setData(code)
            self.side_languages.addAction(act)
            self.side_lang_actions[code] = act
        # texts and tooltips: the window's own retranslate() sets them, once, before it is shown

    def bind_keys(self) -> None:
        """Give every action its shortcuts, once, and name them in the tooltips."""
        if self.keys_bound:
            return
        from PySide6.QtGui import QKeySequence

        for name, keys in KEYS.items():
            if not keys:
                continue
            seqs: list[QKeySequence] = []
            for k in keys:
                if k.startswith(_STANDARD):
                    seqs.extend(QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, k[len(_STANDARD):])))
                else:
                    seqs.append(QKeySequence(k))
            unique = list({s.toString(): s for s in seqs if not s.isEmpty()}.values())
            getattr(self, name).setShortcuts(unique)
        self.keys_bound = True
        self.retranslate()

    def all(self) -> list[QAction]:
        return [v for v in vars(self).values() if isinstance(v, QAction)]

    def retranslate(self) -> None:
        texts = {
            "back": (self.tr("&Back"), self.tr("Go back to the previous page")),
            "forward": (self.tr("&Forward"), self.tr("Go forward again")),
            "focus_search": (self.tr("&Search"), self.tr("Jump to the search field")),
            "find_in_page": (self.tr("&Find in Page…"), self.tr("Find a word in the page you are reading")),
            "find_next": (self.tr("Find &Next"), self.tr("Next match in the page")),
            "find_previous": (self.tr("Find Pre&vious"), self.tr("Previous match in the page")),
            "zoom_in": (self.tr("Zoom &In"), self.tr("Make the text larger")),
            "zoom_out": (self.tr("Zoom &Out"), self.tr("Make the text smaller")),
            "zoom_reset": (self.tr("&Normal Size"), self.tr("Reset the text size")),
            "print_page": (self.tr("&Print…"), self.tr("Print the page you are reading")),
            "print_preview": (self.tr("Print Pre&view…"), self.tr("See the printed page before printing")),
            "export_pdf": (self.tr("Export as P&DF…"), self.tr("Save the page you are reading as a PDF file")),
            "bookmark": (self.tr("&Bookmark This Page"), self.tr("Add or remove a bookmark for this page")),
            "quit": (self.tr("&Quit"), self.tr("Close the guidebook")),
            "about": (self.tr("&About Objector Guide"), self.tr("Content version, source report and disclaimer")),
            "shortcuts": (self.tr("&Keyboard Shortcuts"), self.tr("List every keyboard shortcut")),
            "preferences": (self.tr("&Preferences…"),
                            self.tr("Your organisation's details, printed at the foot of every guidance sheet")),
            "wizard": (self.tr("Guided &Assessment…"),
                       self.tr("Walk a client's situation through the questions to an assessment and a sheet")),
            "import_report": (self.tr("&Import Report…"),
                              self.tr("Add a newer report (.pdf, .txt, .md, .html) so it is searched beside the guidebook")),
            "manage_imports": (self.tr("&Manage Imported Reports…"), self.tr("Rename or remove imported reports")),
            "install_update": (self.tr("Install Content &Update…"),
                               self.tr("Install a signed guidebook update from a file (.ogedition): see what it "
                                       "changes first")),
            "what_changed": (self.tr("What &Changed"),
                             self.tr("What the content update in use changed: sections, terms, legal references, outcomes")),
            "clear_session": (self.tr("C&lear Session"),
                              self.tr("Forget the search, the pages read, the assessment's answers and notes")),
            "side_by_side": (self.tr("&Two Languages Side by Side"),
                             self.tr("Show the page in a second language beside it, for the client to follow")),
            "show_contents": (self.tr("&Contents"), self.tr("Show the report's table of contents")),
            "show_glossary": (self.tr("&Glossary"), self.tr("Show the A–Z glossary")),
            "show_law": (self.tr("&Law"), self.tr("Show the legal references")),
            "show_bookmarks": (self.tr("Book&marks"), self.tr("Show your bookmarks")),
        }
        for name, (text, tip) in texts.items():
            act: QAction = getattr(self, name)
            act.setText(text)
            keys = self._keys_text(act)
            act.setToolTip(f"{tip} ({keys})" if keys else tip)
            act.setStatusTip(tip)
        short = {"bookmark": self.tr("Bookmark"), "wizard": self.tr("Assessment"), "back": self.tr("Back"),
                 "forward": self.tr("Forward")}
        for name, text in short.items():
            getattr(self, name).setIconText(text)  # what the toolbar shows: short, so it fits at 1366 px
        for code, act in self.lang_actions.items():
            act.setToolTip(self.tr("Show the interface and the guidebook in %1").replace("%1", LANGUAGES[code]))
        for code, act in self.side_lang_actions.items():
            act.setToolTip(self.tr("Show the page next to the main page in this language: %1")
                           .replace("%1", LANGUAGES[code]))

    def _keys_text(self, act: QAction) -> str:
        if not self.keys_bound:  # before the first paint no tooltip can show: named once bound
            return ""
        from PySide6.QtGui import QKeySequence

        return act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
