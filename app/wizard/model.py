"""What the wizard engine hands to the UI and the sheet: plain, frozen, one language.

The definition (app/wizard/definition.py) keeps every text in all languages; the engine
renders one language into these records so the UI and the printable sheet never deal with
language fallback, conditions or ids they cannot resolve. Frozen, so a view cannot change
the state it was given; Back and "edit answer" go through new answers, never mutation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    """One answer a counsellor can pick. `help` explains an option whose label is not enough."""

    id: str
    label: str
    help: str | None
    exclusive: bool = False  # "None of these": clears, and is cleared by, the other options


@dataclass(frozen=True)
class Question:
    """A question as shown: `why` says why it is asked, `terms` are glossary ids to link."""

    id: str
    text: str
    why: str
    options: tuple[Option, ...]
    multiple: bool
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Block:
    """One circumstance that changes the picture (minority, route, documents ...); markdown text."""

    id: str
    title: str
    text: str
    prominent: bool = False  # a time limit or a flag for the counsellor: boxed at the top of the sheet
    laws: tuple[str, ...] = ()  # the legal references this block rests on (also named in its text)


@dataclass(frozen=True)
class Outcome:
    """The assessment at the end of a path.

    `summary` (markdown) gives the category's chances and the authorities' practice as the
    report describes them; the list fields are markdown items; `sections`, `terms` and
    `laws` are content ids (the outcome's own plus those of its circumstances), so every
    statement can be traced to the guidebook. `reasons` say in plain words which answers
    led here, so a client can see — and correct — what the assessment rests on.
    """

    id: str
    category: str
    summary: str
    helps: tuple[str, ...]
    risks: tuple[str, ...]
    evidence: tuple[str, ...]
    next_steps: tuple[str, ...]
    circumstances: tuple[Block, ...]
    sections: tuple[str, ...]
    terms: tuple[str, ...]
    laws: tuple[str, ...]
    reasons: tuple[str, ...]
    lang: str
    sources: tuple[str, ...] = ()  # source ids (sources.yaml) for facts the report does not contain
    own_laws: tuple[str, ...] = ()  # the outcome's own legal references, before its circumstances' are added


@dataclass(frozen=True)
class State:
    """Where a client's walk through the wizard stands.

    Exactly one of `question` (the next one to ask) and `outcome` is set. `path` holds the
    ids of the questions answered so far on the current path, in order (the current
    question is not in it), so `len(path) == answered` and Back means: drop the answer to
    `path[-1]`. `remaining` counts the current question and those likely to follow.
    """

    question: Question | None
    outcome: Outcome | None
    answered: int
    remaining: int
    path: tuple[str, ...]
