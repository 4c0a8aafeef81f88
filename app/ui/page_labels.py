"""The words on a reader page (headings, banners, provenance) in any interface language.

They are marked with QT_TRANSLATE_NOOP rather than `tr()` so the same English source can be
translated into a language other than the installed one: the second pane of the
side-by-side view speaks the client's language, captions included.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.render.pages import PageLabels

CONTEXT = "PageLabels"
Translate = Callable[[str, str], str]  # (context, English source) -> text

_TEXTS: dict[str, str] = {
    "source": QT_TRANSLATE_NOOP("PageLabels", "Source in the report"),
    "as_of": QT_TRANSLATE_NOOP("PageLabels", "As of"),
    "not_translated": QT_TRANSLATE_NOOP("PageLabels", "Not yet translated — English text shown."),
    "imported": QT_TRANSLATE_NOOP("PageLabels", "Imported report — not reviewed by the guidebook's editors."),
    "from_report": QT_TRANSLATE_NOOP("PageLabels", "From the imported report %1"),
    "imported_file": QT_TRANSLATE_NOOP("PageLabels", "file"),
    "equivalents": QT_TRANSLATE_NOOP("PageLabels", "In other languages"),
    "also_typed": QT_TRANSLATE_NOOP("PageLabels", "Also searched as"),
    "related": QT_TRANSLATE_NOOP("PageLabels", "Related terms"),
    "used_in": QT_TRANSLATE_NOOP("PageLabels", "Discussed in"),
    "terms": QT_TRANSLATE_NOOP("PageLabels", "Terms in this section"),
    "laws": QT_TRANSLATE_NOOP("PageLabels", "Legal references in this section"),
    "citation": QT_TRANSLATE_NOOP("PageLabels", "Citation"),
    "kind": QT_TRANSLATE_NOOP("PageLabels", "Kind"),
    "jurisdiction": QT_TRANSLATE_NOOP("PageLabels", "Jurisdiction"),
    "date": QT_TRANSLATE_NOOP("PageLabels", "Date"),
    "validity": QT_TRANSLATE_NOOP("PageLabels", "Validity"),
    "in_force_from": QT_TRANSLATE_NOOP("PageLabels", "in force from"),
    "until": QT_TRANSLATE_NOOP("PageLabels", "in force until"),
    "superseded": QT_TRANSLATE_NOOP("PageLabels", "No longer in force"),
    "replaced_by": QT_TRANSLATE_NOOP("PageLabels", "replaced by"),
    "verify": QT_TRANSLATE_NOOP("PageLabels", "To verify"),
    "why_it_matters": QT_TRANSLATE_NOOP("PageLabels", "Why it matters"),
    "summary": QT_TRANSLATE_NOOP("PageLabels", "Summary"),
    "sources": QT_TRANSLATE_NOOP("PageLabels", "Sources"),
}
_EDITION = QT_TRANSLATE_NOOP("PageLabels", "Guidebook edition %1")
_KIND_NAMES: dict[str, str] = {
    "statute": QT_TRANSLATE_NOOP("PageLabels", "Statute"),
    "eu-directive": QT_TRANSLATE_NOOP("PageLabels", "EU directive"),
    "eu-regulation": QT_TRANSLATE_NOOP("PageLabels", "EU regulation"),
    "court-decision": QT_TRANSLATE_NOOP("PageLabels", "Court decision"),
    "authority-decision": QT_TRANSLATE_NOOP("PageLabels", "Decision of an authority"),
    "government-statement": QT_TRANSLATE_NOOP("PageLabels", "Government statement"),
    "resolution": QT_TRANSLATE_NOOP("PageLabels", "Resolution"),
    "decree": QT_TRANSLATE_NOOP("PageLabels", "Decree"),
    "treaty": QT_TRANSLATE_NOOP("PageLabels", "Treaty"),
}


def page_labels(today: str, translate: Translate = QCoreApplication.translate, edition: str = "") -> PageLabels:
    """Labels through `translate` (the installed interface language unless told otherwise);
    `edition` ("2026.11.2 (25.11.2026)") is named at the foot of every page."""
    return PageLabels(**{key: translate(CONTEXT, text) for key, text in _TEXTS.items()}, today=today,
                      kind_names={key: translate(CONTEXT, text) for key, text in _KIND_NAMES.items()},
                      edition=translate(CONTEXT, _EDITION).replace("%1", edition) if edition else "")
