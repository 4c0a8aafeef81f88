"""Conditions on earlier answers: when a question is asked, an outcome applies, a block shows.

Written as data in the wizard files, so a content writer can read them and the validator
can reason about them (which options matter, which questions a condition depends on):

    when: {category: [served, called-up]}          # the answer is one of these
    when: {documents: [call-up-notice]}             # multi-select: at least one of these held
    when: {all: [{...}, {...}]}   when: {any: [...]}   when: {not: {...}}
    a mapping with several keys means all of them; no `when` means always.

Answers reach these functions normalised: question id -> frozenset of option ids.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

RESERVED = frozenset({"all", "any", "not"})

Answers = Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class Is:
    """True when the answer to `question` includes at least one of `options`."""

    question: str
    options: frozenset[str]


@dataclass(frozen=True)
class All:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class Any_:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    item: Condition


Condition = Is | All | Any_ | Not
ALWAYS: Condition = All(())


def parse(value: Any, where: str) -> Condition:
    """Turn the YAML form into a Condition; ValueError names `where` (file and record)."""
    if value is None:
        return ALWAYS
    if not isinstance(value, dict) or not value:
        raise ValueError(f"{where}: a condition must be a non-empty mapping")
    parts: list[Condition] = []
    for key, sub in value.items():
        if not isinstance(key, str):
            raise ValueError(f"{where}: condition keys must be question ids or all/any/not")
        if key in ("all", "any"):
            if not isinstance(sub, list) or not sub:
                raise ValueError(f"{where}: '{key}' needs a non-empty list of conditions")
            items = tuple(parse(s, where) for s in sub)
            parts.append(All(items) if key == "all" else Any_(items))
        elif key == "not":
            parts.append(Not(parse(sub, where)))
        else:
            options = [sub] if isinstance(sub, str) else sub
            if not isinstance(options, list) or not options or not all(isinstance(o, str) and o for o in options):
                raise ValueError(f"{where}: '{key}' must name an option id or a list of option ids")
            parts.append(Is(key, frozenset(options)))
    return parts[0] if len(parts) == 1 else All(tuple(parts))


def holds(cond: Condition, answers: Answers) -> bool:
    """Evaluate with the given answers; a question without an answer matches nothing."""
    if isinstance(cond, Is):
        return bool(answers.get(cond.question, frozenset()) & cond.options)
    if isinstance(cond, All):
        return all(holds(c, answers) for c in cond.items)
    if isinstance(cond, Any_):
        return any(holds(c, answers) for c in cond.items)
    return not holds(cond.item, answers)


def holds3(cond: Condition, answers: Answers, open_questions: frozenset[str]) -> bool | None:
    """Three-valued evaluation: None when the result depends on a question still open.

    Used to keep answers that may still apply after an earlier answer changed: only an
    answer to a question that is certainly off the path is dropped.
    """
    if isinstance(cond, Is):
        if cond.question in open_questions and cond.question not in answers:
            return None
        return bool(answers.get(cond.question, frozenset()) & cond.options)
    if isinstance(cond, (All, Any_)):
        results = [holds3(c, answers, open_questions) for c in cond.items]
        if isinstance(cond, All):
            return False if False in results else (None if None in results else True)
        return True if True in results else (None if None in results else False)
    inner = holds3(cond.item, answers, open_questions)
    return None if inner is None else not inner


def atoms(cond: Condition) -> Iterator[Is]:
    """Every `Is` test inside a condition: which questions and options it looks at."""
    if isinstance(cond, Is):
        yield cond
    elif isinstance(cond, (All, Any_)):
        for c in cond.items:
            yield from atoms(c)
    else:
        yield from atoms(cond.item)


def questions_in(cond: Condition) -> set[str]:
    return {a.question for a in atoms(cond)}
