"""`objector-guide wizard validate|questions|run`: the decision wizard without a window.

`validate` is the gate for whoever edits resources/wizard; `questions` lists the ids an
answers file may use; `run` replays an answers file (the examples in
resources/wizard/examples double as tests) and prints the outcome, or the next question
with exit code 3 when the answers are incomplete.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from app.cli.output import add_lang, print_json, terminal_safe
from app.errors import UserError

EXIT_INCOMPLETE = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("wizard", help="check the decision wizard, list its questions, or run an answers file",
                       description="The decision wizard without the window.")
    wsub = p.add_subparsers(dest="wizard_command", metavar="SUBCOMMAND", required=True,
                            parser_class=type(p))

    v = wsub.add_parser("validate", help="prove the wizard definition whole (ids, paths, outcomes, content links)",
                        description="Check the wizard: every id resolves, every path ends in an outcome, "
                        "no question is unreachable, no cycles; exit 0 when fine, 1 with the problems.")
    v.add_argument("--no-content", action="store_true",
                   help="do not check section, term and law ids against the shipped content")
    v.set_defaults(handler=terminal_safe(run_validate))

    q = wsub.add_parser("questions", help="list the questions and their option ids",
                        description="List the wizard's questions with their option ids (for answers files).")
    add_lang(q)
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=terminal_safe(run_questions))

    r = wsub.add_parser("run", help="print the outcome for an answers file",
                        description="Replay an answers file ({\"question-id\": \"option-id\" or [\"option-id\", ...]}). "
                        "Prints the outcome; if answers are missing, prints the next question and exits 3.")
    r.add_argument("--answers", required=True, metavar="FILE.json", help="the answers file")
    add_lang(r)
    r.add_argument("--json", action="store_true", help="print JSON")
    r.set_defaults(handler=terminal_safe(run_run))


def _definition():
    from app.wizard.definition import load_definition

    try:
        return load_definition()
    except ValueError as exc:
        raise UserError(f"the wizard definition is broken: {exc}") from None


def run_validate(args: argparse.Namespace) -> int:
    from app.wizard.validate import count_paths, shipped_content_ids, validate

    definition = _definition()
    content_ids = None
    if not args.no_content:
        try:
            content_ids = shipped_content_ids()
        except ValueError as exc:
            first = str(exc).splitlines()[0]
            print(f"note: content ids not checked, the content does not load: {first}", file=sys.stderr)
    problems = validate(definition, content_ids)
    if problems:
        for problem in problems:
            print(problem)
        return 1
    print(f"ok: {len(definition.questions)} questions, {len(definition.outcomes)} outcomes, "
          f"{count_paths(definition)} paths")
    return 0


def run_questions(args: argparse.Namespace) -> int:
    from app.wizard.engine import render_question

    definition = _definition()
    questions = [render_question(q, args.lang) for q in definition.questions]
    if args.json:
        print_json([{**asdict(q), "asked_when": "always" if not _has_condition(d) else "conditional"}
                    for q, d in zip(questions, definition.questions)])
        return 0
    for q in questions:
        kind = "choose any" if q.multiple else "choose one"
        print(f"{q.id}: {q.text} ({kind})")
        for o in q.options:
            print(f"    {o.id:<22} {o.label}")
    return 0


def _has_condition(qdef: Any) -> bool:
    from app.wizard.conditions import ALWAYS

    return qdef.when != ALWAYS


def run_run(args: argparse.Namespace) -> int:
    from app.userdata.answers import read_answers
    from app.wizard.engine import step

    definition = _definition()
    answers = read_answers(args.answers)
    say_ignored(definition, answers)
    state = step(definition, answers, args.lang)
    if state.question is not None:
        q = state.question
        if args.json:
            print_json({"complete": False, "answered": state.answered, "remaining": state.remaining,
                        "path": list(state.path), "question": asdict(q)})
        else:
            print(f"incomplete: {state.answered} answered, about {state.remaining} to go. Next question:")
            print(f"{q.id}: {q.text}" + (" (choose any)" if q.multiple else ""))
            for o in q.options:
                print(f"    {o.id:<22} {o.label}")
        return EXIT_INCOMPLETE
    outcome = state.outcome
    assert outcome is not None
    if args.json:
        print_json({"complete": True, "answered": state.answered, "path": list(state.path),
                    "outcome": asdict(outcome)})
        return 0
    _print_outcome(outcome)
    return 0


def say_ignored(definition: Any, answers: Any) -> None:
    """Each answer of the file that is not used, on stderr (JSON output stays JSON)."""
    from app.cli.output import note
    from app.wizard.engine import ignored_answers

    for said in ignored_answers(definition, answers):
        note(said)


def _print_outcome(o: Any) -> None:
    """The outcome as the screen shows it (app/render/outcome_view.py), with its headings in the
    outcome's language; content ids instead of titles, for whoever writes answers files."""
    from app.render.outcome import OutcomeLabels
    from app.render.outcome_view import outcome_view

    view, labels = outcome_view(o), OutcomeLabels.in_language(o.lang)
    print(f"# {view.category}  [{view.id}]")
    if view.urgent:  # time limits and flags first, framed as on screen and under the sheet's heading:
        # a counsellor's flag (exclusion clauses) must not read as the client's result
        print(f"\n## {labels.prominent}")
        for block in view.urgent:
            print("\n".join(f"> {line}" for line in f"**{block.title}**\n{block.text}".splitlines()))
            print(">")
    print()
    print(view.summary)
    if view.reasons:
        print(f"\n## {labels.why}")
        for reason in view.reasons:
            print(f"- {reason}")
    if view.circumstances:
        print(f"\n## {labels.circumstances}")
        for block in view.circumstances:
            print(f"\n### {block.title}\n{block.text}")
    for lst in view.lists:
        print(f"\n## {getattr(labels, lst.key)}")
        for n, item in enumerate(lst.items, 1):
            print(f"{n}. {item}" if lst.ordered else f"- {item}")
    print(f"\n## {labels.read_more}")
    width = max(len(g.key) for g in view.read_more) + 1 if view.read_more else 0
    for group in view.read_more:
        print(f"{group.key + ':':<{width}} " + ", ".join(r.id for r in group.refs))
    print(f"\n{labels.disclaimer}")
