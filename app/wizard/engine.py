"""The wizard engine: a pure function from (definition, answers) to the next step.

Pure so the UI's Back and "edit answer" are just new answers (no hidden state to undo),
so a saved answers file replays to the same result, and so tests can drive it with
tables. Answers are a plain mapping, question id -> option id (or a list of option ids
for a multi-select question). Anything it does not recognise — a question or option id
from an older definition, a wrong type — is ignored rather than raised: a stale answers
file must lead back into the wizard, not crash it in front of a client.

Questions are asked in definition order; a question is on the path when its condition
holds for the answers to the questions before it on the path. When none is left
unanswered, the first outcome whose condition holds is the result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.wizard.conditions import holds, holds3
from app.wizard.definition import LANGUAGES, Definition, Item, OutcomeDef, QuestionDef
from app.wizard.model import Block, Option, Outcome, Question, State

Normalised = dict[str, frozenset[str]]
HELD, TO_GATHER = "☑", "☐"  # the evidence checklist's marks, printed and on screen


class WizardError(ValueError):
    """The definition has a dead end for these answers (the validator prevents this)."""


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")


def ignored_answers(definition: Definition, answers: Mapping[Any, Any]) -> list[str]:
    """What `normalise` leaves out of an answers file, said per answer (a misspelt option id
    left the question unanswered without a word: an adversarial trial, 1 Dec 2026)."""
    out: list[str] = []
    if not isinstance(answers, Mapping):
        return out
    for qid, value in answers.items():
        q = definition.question(qid) if isinstance(qid, str) else None
        if q is None:
            out.append(f"{qid!r} is not a question of this assessment; it is ignored")
            continue
        given = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else [value]
        options = {o.id for o in q.options}
        for v in given:
            if not isinstance(v, str):  # a list or mapping in a hand-edited file: no option, and unhashable
                out.append(f"{qid}: {v!r} is not an option id (a text); it is ignored")
            elif v not in options:
                out.append(f"{qid}: {v!r} is not one of its options ({', '.join(sorted(options))}); it is ignored")
        known = [v for v in given if isinstance(v, str) and v in options]
        if not q.multiple and len(known) > 1:
            out.append(f"{qid}: one answer is asked for; only the first, {known[0]!r}, is used")
        if q.multiple:  # as `normalise` keeps them: the real answers, else the first exclusive one
            in_order = [o for o in q.options if o.id in known]
            exclusive = [o.id for o in in_order if o.exclusive]
            real = [o.id for o in in_order if not o.exclusive]
            for v in exclusive if real else exclusive[1:]:
                used = "the other answers are used" if real else f"only {exclusive[0]!r} is used"
                out.append(f"{qid}: {v!r} is given beside other answers; {used}")
    return out


def normalise(definition: Definition, answers: Mapping[Any, Any]) -> Normalised:
    """Keep only known questions and option ids: question id -> frozenset of option ids.

    A single-select answer given as a list keeps its first known option; a multi-select
    answer given as a string counts as a one-item list. An answer left with no known
    option counts as unanswered.
    """
    out: Normalised = {}
    if not isinstance(answers, Mapping):
        return out
    for qid, value in answers.items():
        q = definition.question(qid) if isinstance(qid, str) else None
        if q is None:
            continue
        if isinstance(value, str):
            given = [value]
        elif isinstance(value, (list, tuple)):
            given = [v for v in value if isinstance(v, str)]
        else:
            continue
        known = [o.id for o in q.options if o.id in given]
        if not known:
            continue
        if not q.multiple:
            first = next(v for v in given if v in known)
            out[q.id] = frozenset({first})
        else:
            # "None of these" beside a real paper: the real paper is what the client said
            exclusive = {o.id for o in q.options if o.exclusive}
            kept = [k for k in known if k not in exclusive] or known[:1]
            out[q.id] = frozenset(kept)
    return out


def _walk(definition: Definition, norm: Normalised) -> tuple[list[str], QuestionDef | None, Normalised]:
    """Answered questions on the path, the first unanswered one (or None), and their answers."""
    effective: Normalised = {}
    path: list[str] = []
    for q in definition.questions:
        if not holds(q.when, effective):
            continue
        if q.id not in norm:
            return path, q, effective
        effective[q.id] = norm[q.id]
        path.append(q.id)
    return path, None, effective


def _remaining(definition: Definition, norm: Normalised, effective: Normalised, current: QuestionDef) -> int:
    """The current question plus the unanswered ones likely to follow.

    "Likely": the rest of the path is simulated with the answers given so far and, for a
    question not yet answered, its first option — enough for a progress bar, which is
    all this number is for.
    """
    hypo = dict(effective)
    count = 0
    start = definition.questions.index(current)
    for q in definition.questions[start:]:
        if not holds(q.when, hypo):
            continue
        if q.id in norm and q is not current:
            hypo[q.id] = norm[q.id]
            continue
        count += 1
        hypo[q.id] = frozenset({q.options[0].id})
    return count


def render_question(q: QuestionDef, lang: str) -> Question:
    return Question(
        id=q.id, text=q.text.render(lang), why=q.why.render(lang),
        options=tuple(Option(o.id, o.label.render(lang), o.help.render(lang) if o.help else None, o.exclusive)
                      for o in q.options),
        multiple=q.multiple, terms=q.terms,
    )


def _labels(q: QuestionDef, chosen: frozenset[str], lang: str) -> str:
    return ", ".join(o.label.render(lang) for o in q.options if o.id in chosen)


def _in_sentence(label: str, lang: str) -> str:
    """A label inside a sentence starts lower-case ("Papers you have: military ID, …"),
    except in German, where nouns keep their capital, and for abbreviations (BAMF, ID)."""
    if lang == "de" or len(label) < 2 or not label[0].isupper() or label[1].isupper():
        return label
    return label[0].lower() + label[1:]


# German words that start a noun phrase and are written lower-case after a colon; nouns, and
# "Ihr"/"Ihre" (the polite "your"), keep their capital.
_DE_LOWER_AFTER_COLON = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
                                   "eines", "etwaige", "etwaigen", "etwaiger", "jede", "jeder", "jedes", "jeden",
                                   "alle", "allen"})


def _after_colon(text: str, lang: str) -> str:
    """An evidence item follows its label and a colon ("To gather: military ID …"): Russian and
    English go on lower-case, German only where the first word is no noun (translation review
    S18: «Нужно собрать: Документы», „Vorhanden: Die Ladung“)."""
    if lang != "de":
        return _in_sentence(text, lang)
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.lower() in _DE_LOWER_AFTER_COLON and first[0].isupper() else text


def _items(items: Sequence[Item], answers: Normalised, lang: str) -> list[str]:
    return [i.text.render(lang) for i in items if holds(i.when, answers)]


def _evidence(definition: Definition, items: Sequence[Item], answers: Normalised, lang: str) -> list[str]:
    out = []
    for i in items:
        if not holds(i.when, answers):
            continue
        text = i.text.render(lang)
        # every item says whether the client has it (☑) or still has to gather it (☐)
        held = i.held is not None and holds(i.held, answers)
        label = definition.meta.held_label if held else definition.meta.gather_label
        out.append(f"{HELD if held else TO_GATHER} **{label.render(lang)}:** {_after_colon(text, lang)}")
    return out


def _dedup(*groups: Sequence[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in groups:
        for x in group:
            seen.setdefault(x, None)
    return tuple(seen)


def _reasons(definition: Definition, path: Sequence[str], answers: Normalised, lang: str) -> tuple[str, ...]:
    out: list[str] = []
    for qid in path:
        q = definition.question(qid)
        assert q is not None
        chosen = answers[qid]
        with_reason = [o for o in q.options if o.id in chosen and o.reason is not None]
        if with_reason:
            out.extend(o.reason.render(lang) for o in with_reason if o.reason is not None)
        elif q.reason is not None:
            answer = ", ".join(_in_sentence(o.label.render(lang), lang) for o in q.options if o.id in chosen)
            out.append(q.reason.render(lang).replace("{answer}", answer))
    return tuple(out)


def _outcome(definition: Definition, o: OutcomeDef, path: Sequence[str], answers: Normalised, lang: str) -> Outcome:
    blocks = [b for b in definition.blocks
              if (not b.outcomes or o.id in b.outcomes) and holds(b.when, answers)]
    return Outcome(
        id=o.id, category=o.category.render(lang), summary=o.summary.render(lang),
        helps=tuple(_items(o.helps, answers, lang)),
        risks=tuple(_items(o.risks, answers, lang)),
        evidence=tuple(_evidence(definition, o.evidence, answers, lang)
                       + [e for b in blocks for e in _evidence(definition, b.evidence, answers, lang)]),
        # what a time limit demands comes before everything else the client should do
        next_steps=tuple([s for b in blocks if b.prominent for s in _items(b.next_steps, answers, lang)]
                         + _items(o.next_steps, answers, lang)
                         + [s for b in blocks if not b.prominent for s in _items(b.next_steps, answers, lang)]),
        circumstances=tuple(Block(b.id, b.title.render(lang), b.text.render(lang), b.prominent, b.laws)
                            for b in blocks),
        sections=_dedup(o.sections, *(b.sections for b in blocks)),
        terms=_dedup(o.terms, *(b.terms for b in blocks)),
        laws=_dedup(o.laws, *(b.laws for b in blocks)),
        reasons=_reasons(definition, path, answers, lang),
        lang=lang,
        sources=_dedup(o.sources, *(b.sources for b in blocks)),
        own_laws=o.laws,
    )


def match_outcome(definition: Definition, answers: Normalised) -> OutcomeDef | None:
    """The first outcome whose condition holds (None only in a broken definition)."""
    return next((o for o in definition.outcomes if holds(o.when, answers)), None)


def step(definition: Definition, answers: Mapping[str, str | Sequence[str]], lang: str = "en") -> State:
    """The next unanswered question on the path, or the outcome when none remains."""
    _check_lang(lang)
    norm = normalise(definition, answers)
    path, current, effective = _walk(definition, norm)
    if current is not None:
        return State(question=render_question(current, lang), outcome=None, answered=len(path),
                     remaining=_remaining(definition, norm, effective, current), path=tuple(path))
    found = match_outcome(definition, effective)
    if found is None:
        raise WizardError(f"no outcome matches the answers to {', '.join(path)} — run `objector-guide wizard validate`")
    return State(question=None, outcome=_outcome(definition, found, path, effective, lang),
                 answered=len(path), remaining=0, path=tuple(path))


def review(definition: Definition, answers: Mapping[str, Any], lang: str = "en") -> list[tuple[str, str, str]]:
    """(question id, question text, chosen labels) for each answered question on the path."""
    _check_lang(lang)
    norm = normalise(definition, answers)
    path, _current, effective = _walk(definition, norm)
    out = []
    for qid in path:
        q = definition.question(qid)
        assert q is not None
        out.append((qid, q.text.render(lang), _labels(q, effective[qid], lang)))
    return out


def prune(definition: Definition, answers: Mapping[str, Any]) -> dict[str, str | list[str]]:
    """Drop answers to questions that are certainly off the path; keep all that may apply.

    After an earlier answer changes, a later answer survives if its question is still on
    the path — or may be, because its condition depends on a question not answered yet.
    Values come back cleaned: an option id for a single choice, a list for a multiple one.
    """
    norm = normalise(definition, answers)
    effective: Normalised = {}
    open_questions = frozenset(q.id for q in definition.questions if q.id not in norm)
    for q in definition.questions:
        if q.id in norm and holds3(q.when, effective, open_questions) is not False:
            effective[q.id] = norm[q.id]
    out: dict[str, str | list[str]] = {}
    for q in definition.questions:
        if q.id in effective:
            chosen = [o.id for o in q.options if o.id in effective[q.id]]
            out[q.id] = chosen if q.multiple else chosen[0]
    return out
