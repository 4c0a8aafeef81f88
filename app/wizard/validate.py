"""Prove the wizard definition whole: ids resolve, no dead ends, no cycles, nothing orphaned.

A counsellor relies on the wizard in front of a client; a path that ends nowhere, a
question nobody can reach or an outcome citing a section that does not exist would show
up there first. So everything is checked here, and all problems are returned at once
(a list of sentences naming the record), not just the first.

Paths are enumerated exhaustively over the answers that matter for routing: options that
no question or outcome condition can tell apart are tried once (the first of them), and
for a multiple-choice question every non-empty combination of such groups is tried. So
every answer combination behaves like one of the enumerated ones.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator

from app.links import LINK
from app.records import KINDS
from app.wizard.conditions import Condition, Is, atoms, holds, questions_in
from app.wizard.definition import LANGUAGES, BlockDef, Definition, Item, OutcomeDef, QuestionDef, Text

KIND_KEYS = {kind: f"{kind}s" for kind in KINDS}
MAX_PATHS = 200_000
MAX_DEAD_ENDS = 5


def shipped_content_ids() -> dict[str, set[str]]:
    """Section, term and law ids of the shipped content (raises if the content does not load)."""
    from app.content.loader import load_content
    from app.paths import content_dir

    content = load_content(content_dir())
    return {"sections": set(content.sections), "terms": set(content.terms), "laws": set(content.laws),
            "sources": set(content.sources)}


def _texts(definition: Definition) -> Iterator[tuple[str, str, Text]]:
    """(record, field, text) for every text in the definition."""
    m = definition.meta
    yield "meta", "held_label", m.held_label
    yield "meta", "gather_label", m.gather_label
    for q in definition.questions:
        yield q.id, "text", q.text
        yield q.id, "why", q.why
        if q.reason:
            yield q.id, "reason", q.reason
        for o in q.options:
            yield f"{q.id}.{o.id}", "label", o.label
            for name in ("help", "reason"):
                value = getattr(o, name)
                if value is not None:
                    yield f"{q.id}.{o.id}", name, value
    yield from _sheet_texts(definition)


def _sheet_texts(definition: Definition) -> Iterator[tuple[str, str, Text]]:
    """(record, field, text) for every text an assessment prints on the client's sheet."""
    for out in definition.outcomes:
        yield out.id, "category", out.category
        yield out.id, "summary", out.summary
        for name in ("helps", "risks", "evidence", "next_steps"):
            for n, item in enumerate(getattr(out, name), 1):
                yield out.id, f"{name} #{n}", item.text
    for b in definition.blocks:
        yield b.id, "title", b.title
        yield b.id, "text", b.text
        for name in ("evidence", "next_steps"):
            for n, item in enumerate(getattr(b, name), 1):
                yield b.id, f"{name} #{n}", item.text


def _conditions(definition: Definition) -> Iterator[tuple[str, Condition]]:
    for q in definition.questions:
        yield q.id, q.when
    for o in definition.outcomes:
        yield o.id, o.when
        for item in itertools.chain(o.helps, o.risks, o.evidence, o.next_steps):
            yield from _item_conditions(o.id, item)
    for b in definition.blocks:
        yield b.id, b.when
        for item in itertools.chain(b.evidence, b.next_steps):
            yield from _item_conditions(b.id, item)


def _item_conditions(record: str, item: Item) -> Iterator[tuple[str, Condition]]:
    yield record, item.when
    if item.held is not None:
        yield record, item.held


def _check_texts(definition: Definition) -> list[str]:
    """Every text in every sheet language: a missing one would print as "[EN] …" on paper."""
    problems = []
    for record, name, text in _texts(definition):
        for lang in LANGUAGES:
            if not text.has(lang):
                problems.append(f"{record}: '{name}' has no {lang} text")
    return problems


# How a text opens when it speaks to the counsellor, not the client. Outcome and circumstance
# texts are printed on the sheet the client takes home, so they speak to the client (or say
# what a lawyer can do): "Counsellor: read both CJEU rulings…" on a client's sheet, under
# "Next steps", was found in a counsellor's trial of the app (1 Dec 2026).
COUNSELLOR_ADDRESS = {"en": ("counsellor:", "for the counsellor"), "ru": ("консультанту",),
                      "de": ("für die beratung", "beratung:")}


def _check_addressed_to_client(definition: Definition) -> list[str]:
    problems = []
    for record, name, text in _sheet_texts(definition):
        for lang, openings in COUNSELLOR_ADDRESS.items():
            opening = text.values.get(lang, "").lstrip(" *_").casefold()
            if opening.startswith(openings):
                problems.append(f"{record}: '{name}' ({lang}) speaks to the counsellor, but it is printed on "
                                f"the client's sheet: say it to the client, or what a lawyer can do")
    return problems


def _check_ids(definition: Definition) -> list[str]:
    problems = []
    qids = [q.id for q in definition.questions]
    for kind, ids in (("question", qids), ("outcome", [o.id for o in definition.outcomes]),
                      ("circumstance", [b.id for b in definition.blocks])):
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            problems.append(f"{dup}: duplicate {kind} id")
    for q in definition.questions:
        oids = [o.id for o in q.options]
        if len(set(oids)) != len(oids):
            problems.append(f"{q.id}: an option id is used twice")
    for record, c in _conditions(definition):
        for atom in atoms(c):
            named = definition.question(atom.question)
            if named is None:
                problems.append(f"{record}: condition names question '{atom.question}', which does not exist")
                continue
            for oid in sorted(atom.options - {o.id for o in named.options}):
                problems.append(f"{record}: condition names option '{atom.question}.{oid}', which does not exist")
    outcome_ids = {o.id for o in definition.outcomes}
    for b in definition.blocks:
        for oid in b.outcomes:
            if oid not in outcome_ids:
                problems.append(f"{b.id}: 'outcomes' names '{oid}', which does not exist")
    for o in definition.outcomes:
        if not o.sections:
            problems.append(f"{o.id}: outcome cites no section")
        if not o.laws:
            problems.append(f"{o.id}: outcome cites no legal reference")
    # a counsellor must be able to trace every printed statement: a block resting on nothing is refused
    for b in definition.blocks:
        if not (b.sections or b.laws or b.sources):
            problems.append(f"{b.id}: circumstance names no section, legal reference or source it rests on")
    # every answer is printed on the sheet as a full sentence in the sheet's language
    for q in definition.questions:
        for opt in q.options:
            if opt.reason is None and q.reason is None:
                problems.append(f"{q.id}.{opt.id}: option has no 'reason' (the sentence the sheet prints for it)")
    return problems


def _check_content(definition: Definition, content_ids: dict[str, set[str]]) -> list[str]:
    problems = []

    def need(record: str, key: str, ids: Iterable[str]) -> None:
        known = content_ids.get(key, set())
        for i in ids:
            if i not in known:
                problems.append(f"{record}: {key} names '{i}', which is not in the content")

    for q in definition.questions:
        need(q.id, "terms", q.terms)
    cited: tuple[OutcomeDef | BlockDef, ...] = (*definition.outcomes, *definition.blocks)
    for rec in cited:
        need(rec.id, "sections", rec.sections)
        need(rec.id, "terms", rec.terms)
        need(rec.id, "laws", rec.laws)
        if "sources" in content_ids:
            need(rec.id, "sources", rec.sources)
    for record, name, text in _texts(definition):
        for lang, value in text.values.items():
            for kind, ref in LINK.findall(value):
                if ref not in content_ids.get(KIND_KEYS[kind], set()):
                    problems.append(f"{record}: '{name}' ({lang}) links guide://{kind}/{ref}, which does not resolve")
    return problems


def _find_cycles(definition: Definition) -> list[list[str]]:
    """Cycles among questions whose conditions depend on each other (incl. on themselves)."""
    deps = {q.id: sorted(questions_in(q.when) & {x.id for x in definition.questions}) for q in definition.questions}
    cycles: list[list[str]] = []
    seen_cycles: set[frozenset[str]] = set()
    state: dict[str, int] = {}  # 1 = on stack, 2 = done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in deps[node]:
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                key = frozenset(cycle)
                if key not in seen_cycles:
                    seen_cycles.add(key)
                    cycles.append(cycle)
            elif state.get(nxt) is None:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for q in definition.questions:
        if q.id not in state:
            visit(q.id)
    return cycles


def _check_order(definition: Definition) -> list[str]:
    problems = []
    cycles = _find_cycles(definition)
    in_cycle = {n for c in cycles for n in c}
    for c in cycles:
        problems.append("cycle: the conditions of " + " → ".join(c) + " depend on each other")
    position = {q.id: n for n, q in enumerate(definition.questions)}
    for n, q in enumerate(definition.questions):
        if q.id in in_cycle:
            continue
        for dep in sorted(questions_in(q.when)):
            if dep in position and position[dep] > n:
                problems.append(f"{q.id}: condition depends on '{dep}', which is asked later")
    return problems


def _routing_atoms(definition: Definition) -> list[Is]:
    """The tests that decide which questions are asked and which outcome is reached."""
    found = [a for q in definition.questions for a in atoms(q.when)]
    return found + [a for o in definition.outcomes for a in atoms(o.when)]


def _branches(q: QuestionDef, relevant_atoms: list[Is]) -> list[frozenset[str]]:
    """The answers to try for `q`: one per group of options that no relevant test tells apart."""
    relevant = [a for a in relevant_atoms if a.question == q.id]
    groups: dict[frozenset[int], str] = {}
    for o in q.options:
        signature = frozenset(n for n, a in enumerate(relevant) if o.id in a.options)
        groups.setdefault(signature, o.id)
    reps = list(groups.values())
    if not q.multiple:
        return [frozenset({r}) for r in reps]
    return [frozenset(combo) for size in range(1, len(reps) + 1) for combo in itertools.combinations(reps, size)]


Leaf = Callable[[dict[str, frozenset[str]], "OutcomeDef | None"], bool]


def _walk_all(definition: Definition, relevant_atoms: list[Is], leaf: Leaf,
              on_question: Callable[[str], None] | None = None) -> tuple[int, bool]:
    """Depth-first over every distinct answer combination; `leaf` returns True to stop early.

    Returns (combinations walked, stopped early).
    """
    branches = {q.id: _branches(q, relevant_atoms) for q in definition.questions}
    count = 0

    def walk(start: int, answers: dict[str, frozenset[str]]) -> bool:
        nonlocal count
        if count >= MAX_PATHS:
            return True
        for n in range(start, len(definition.questions)):
            q = definition.questions[n]
            if holds(q.when, answers):
                if on_question is not None:
                    on_question(q.id)
                return any(walk(n + 1, {**answers, q.id: b}) for b in branches[q.id])
        count += 1
        found = next((o for o in definition.outcomes if holds(o.when, answers)), None)
        return leaf(answers, found)

    stopped = walk(0, {})
    return count, stopped


def enumerate_paths(definition: Definition) -> tuple[int, set[str], set[str], list[str]]:
    """Walk every routing-distinct answer combination.

    Returns (paths, questions reached, outcomes reached, dead ends described).
    """
    reached_q: set[str] = set()
    reached_o: set[str] = set()
    dead: list[str] = []

    def leaf(answers: dict[str, frozenset[str]], found: OutcomeDef | None) -> bool:
        if found is None:
            if len(dead) < MAX_DEAD_ENDS:
                shown = ", ".join(f"{k}={'+'.join(sorted(v))}" for k, v in answers.items())
                dead.append(f"dead end: no outcome matches the answers {shown or '(none)'}")
        else:
            reached_o.add(found.id)
        return False

    count, _ = _walk_all(definition, _routing_atoms(definition), leaf, reached_q.add)
    if count >= MAX_PATHS:
        dead.append(f"more than {MAX_PATHS} paths: simplify the conditions")
    return count, reached_q, reached_o, dead


def _unshown_blocks(definition: Definition) -> list[str]:
    """Circumstances whose condition never holds together with one of their outcomes."""
    problems = []
    routing = _routing_atoms(definition)
    for b in definition.blocks:
        def leaf(answers: dict[str, frozenset[str]], found: OutcomeDef | None, b: BlockDef = b) -> bool:
            return found is not None and (not b.outcomes or found.id in b.outcomes) and holds(b.when, answers)

        _count, shown = _walk_all(definition, routing + list(atoms(b.when)), leaf)
        if not shown:
            problems.append(f"{b.id}: circumstance is never shown "
                            "(its condition never holds on a path to its outcomes)")
    return problems


def validate(definition: Definition, content_ids: dict[str, set[str]] | None = None) -> list[str]:
    """Every problem with the definition as a sentence; [] when it is sound.

    With `content_ids` ({"sections": ..., "terms": ..., "laws": ...}) the cited content
    ids and guide:// links are checked too (see shipped_content_ids()).
    """
    problems = (_check_texts(definition) + _check_addressed_to_client(definition) + _check_ids(definition)
                + _check_order(definition))
    if content_ids is not None:
        problems += _check_content(definition, content_ids)
    _count, reached_q, reached_o, dead = enumerate_paths(definition)
    problems += dead
    for q in definition.questions:
        if q.id not in reached_q:
            problems.append(f"{q.id}: question is unreachable (its condition never holds)")
    for o in definition.outcomes:
        if o.id not in reached_o:
            problems.append(f"{o.id}: outcome is never reached")
    if not dead:
        problems += _unshown_blocks(definition)
    return problems


def count_paths(definition: Definition) -> int:
    return enumerate_paths(definition)[0]
