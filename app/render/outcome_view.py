"""One wizard outcome as the screen, the sheet and the terminal all show it (pure Python).

Built once from the engine's `Outcome` (already in one language), it decides what every
renderer shares: which parts there are, in which order, which circumstances are boxed
first, which lists are numbered or a checklist, which references are read further and
which are printed. The renderers only choose words for the headings (`key` names the
label, the same key in OutcomeLabels and resources/sheet/labels.yaml) and the markup.
Parts with nothing in them are left out here, so no renderer prints an empty heading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.wizard.model import Block, Outcome

TitleOf = Callable[[str, str], str]


@dataclass(frozen=True)
class Circumstance:
    """A circumstance that changes the picture; `text` is Markdown, `laws` the references it rests on."""

    title: str
    text: str
    laws: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemList:
    """Helps, risks, evidence or next steps: Markdown items under the heading `key`."""

    key: str
    items: tuple[str, ...]
    ordered: bool = False    # next steps are done in order
    checklist: bool = False  # evidence: each item carries its own ☑/☐ mark


@dataclass(frozen=True)
class Reference:
    kind: str
    id: str
    title: str


@dataclass(frozen=True)
class ReferenceGroup:
    """Sections, legal references or terms to read further, under the heading `key`."""

    key: str
    refs: tuple[Reference, ...]


@dataclass(frozen=True)
class OutcomeView:
    id: str
    lang: str
    category: str
    summary: str                                # Markdown
    urgent: tuple[Circumstance, ...]            # time limits and flags (a minor's safeguards): boxed before all else
    reasons: tuple[str, ...]                    # the answers it rests on, as plain sentences
    circumstances: tuple[Circumstance, ...]     # the other circumstances, after the reasons
    lists: tuple[ItemList, ...]                 # helps, risks, evidence, next steps: the non-empty ones, in order
    read_more: tuple[ReferenceGroup, ...]       # sections, laws, terms: the non-empty ones, in order
    printed_laws: tuple[str, ...]               # the legal references paper has room for
    terms: tuple[str, ...]                      # glossary ids, the outcome's own first
    sources: tuple[str, ...]                    # source ids for facts the report does not contain


def _circumstance(b: Block) -> Circumstance:
    return Circumstance(b.title, b.text, b.laws)


def _printed_laws(o: Outcome) -> tuple[str, ...]:
    """On paper: the outcome's own references and those of its boxed circumstances; every
    other circumstance names its source in its own words, and the guidebook links them all."""
    if not o.own_laws:
        return o.laws
    printed = set(o.own_laws) | {lid for b in o.circumstances if b.prominent for lid in b.laws}
    return tuple(lid for lid in o.laws if lid in printed)


def outcome_view(o: Outcome, title_of: TitleOf | None = None) -> OutcomeView:
    """`title_of(kind, id)` names the references to read further; without a guidebook at
    hand (the terminal, paper) the ids stand for them."""
    name = title_of or (lambda kind, rid: rid)
    lists = (ItemList("helps", o.helps), ItemList("risks", o.risks), ItemList("evidence", o.evidence, checklist=True),
             ItemList("next_steps", o.next_steps, ordered=True))
    groups = (("sections", "section", o.sections), ("laws", "law", o.laws), ("terms", "term", o.terms))
    return OutcomeView(
        id=o.id, lang=o.lang, category=o.category, summary=o.summary,
        urgent=tuple(_circumstance(b) for b in o.circumstances if b.prominent),
        reasons=o.reasons,
        circumstances=tuple(_circumstance(b) for b in o.circumstances if not b.prominent),
        lists=tuple(lst for lst in lists if lst.items),
        read_more=tuple(ReferenceGroup(key, tuple(Reference(kind, i, name(kind, i)) for i in ids))
                        for key, kind, ids in groups if ids),
        printed_laws=_printed_laws(o), terms=o.terms, sources=o.sources,
    )
