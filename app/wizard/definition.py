"""Load the wizard definition (resources/wizard/*.yaml) into frozen, typed records.

Strict on purpose, like the content loader: an unknown key is usually a typo that would
silently drop a condition or a text, a duplicate id makes answers ambiguous, and a
missing Russian text means a client who reads Russian gets half a sheet. Each of these
stops loading with a ValueError naming the file, the record and the field. The shape of a
file (keys, types, languages, conditions, id forms) is written down once, as data, in
resources/schemas/wizard.schema.json and described for writers in FORMAT.md; this module
checks what a schema cannot say (an id used twice) and builds the records. Whether ids *resolve*
(conditions naming real questions and options, outcomes citing real content) and whether
every path ends in an outcome is the validator's job (app/wizard/validate.py), so that a
broken definition can still be loaded and all its problems listed at once.

Layout: `wizard.yaml` holds `meta` and `questions` (asked in file order); any other
`*.yaml` in the folder may add `questions`, `outcomes` and `circumstances`. Files are read
in name order, `wizard.yaml` first. `examples/` holds answer files, not definitions.

The window reads through a cache (`cached=True`): the checked JSON view of every file is kept
in the user's cache folder (app/userdata/cache.py), keyed by each file's bytes, the schemas and
the code that makes a view, so opening the assessment again does not import PyYAML or parse
~200 KB of YAML (the parse's peak is part of the session's memory, #19). The records are built
from a cached view by the same code as from a fresh one; the view itself is not checked
against the schema again (it was when it was made), and a cached copy that cannot be built
(damaged on disk) is thrown away and made again from the YAML. The validator, the command
line and the self-test read the YAML itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app import schemas
from app.langs import LANGUAGES  # noqa: F401  (re-exported: the one list)
from app.wizard import conditions as cond
from app.wizard.conditions import ALWAYS, Condition

FALLBACK_MARKER = "[EN] "


@dataclass(frozen=True)
class Text:
    """One text in several languages; en and ru always present, de optional."""

    values: Mapping[str, str]

    def render(self, lang: str) -> str:
        """The text in `lang`, or English marked with "[EN] " — never an empty string."""
        text = self.values.get(lang)
        if text:
            return text
        return FALLBACK_MARKER + self.values["en"]

    def has(self, lang: str) -> bool:
        return bool(self.values.get(lang))


@dataclass(frozen=True)
class OptionDef:
    id: str
    label: Text
    help: Text | None
    reason: Text | None  # plain sentence for the outcome's "why this result", e.g. "You served ..."
    exclusive: bool = False  # in a multiple choice: cannot be chosen with another option ("None of these")


@dataclass(frozen=True)
class QuestionDef:
    id: str
    text: Text
    why: Text
    options: tuple[OptionDef, ...]
    multiple: bool
    terms: tuple[str, ...]
    when: Condition
    reason: Text | None  # template with {answer} for answers whose option has no reason
    file: str = ""

    def option(self, option_id: str) -> OptionDef | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Item:
    """A list entry (helps, risks, evidence, next step), shown only when `when` holds.

    `held` (evidence only) tells the engine whether the client already holds the paper, so
    the checklist says "You have" or "To gather" instead of asking for what is on the table.
    """

    text: Text
    when: Condition = ALWAYS
    held: Condition | None = None


@dataclass(frozen=True)
class BlockDef:
    id: str
    title: Text
    text: Text
    when: Condition
    outcomes: tuple[str, ...]  # empty: shown with every outcome
    evidence: tuple[Item, ...]
    next_steps: tuple[Item, ...]
    sections: tuple[str, ...]
    terms: tuple[str, ...]
    laws: tuple[str, ...]
    sources: tuple[str, ...] = ()  # ids in resources/content/sources.yaml, for facts the report lacks
    prominent: bool = False        # printed in a framed box at the top of the sheet (time limits ...)
    file: str = ""


@dataclass(frozen=True)
class OutcomeDef:
    id: str
    when: Condition
    category: Text
    summary: Text
    helps: tuple[Item, ...]
    risks: tuple[Item, ...]
    evidence: tuple[Item, ...]
    next_steps: tuple[Item, ...]
    sections: tuple[str, ...]
    terms: tuple[str, ...]
    laws: tuple[str, ...]
    sources: tuple[str, ...] = ()  # ids in resources/content/sources.yaml
    file: str = ""


@dataclass(frozen=True)
class Meta:
    as_of: str
    report_as_of: str
    held_label: Text
    gather_label: Text


@dataclass(frozen=True)
class Definition:
    """The whole wizard: questions in asking order, outcomes in matching order, blocks."""

    meta: Meta
    questions: tuple[QuestionDef, ...]
    outcomes: tuple[OutcomeDef, ...]
    blocks: tuple[BlockDef, ...]
    root: str = ""
    _index: Mapping[str, QuestionDef] = field(default_factory=dict, compare=False, repr=False)

    def question(self, question_id: str) -> QuestionDef | None:
        return self._index.get(question_id) if self._index else next(
            (q for q in self.questions if q.id == question_id), None)

    def outcome(self, outcome_id: str) -> OutcomeDef | None:
        return next((o for o in self.outcomes if o.id == outcome_id), None)


def make_definition(meta: Meta, questions: Iterable[QuestionDef], outcomes: Iterable[OutcomeDef],
                    blocks: Iterable[BlockDef], root: str = "") -> Definition:
    """Build a Definition with its lookup index (also used by tests that build one in code)."""
    qs = tuple(questions)
    return Definition(meta=meta, questions=qs, outcomes=tuple(outcomes), blocks=tuple(blocks), root=root,
                      _index=MappingProxyType({q.id: q for q in qs}))


# ---------------------------------------------------------------- reading

class _Reader:
    """Builds one file's records from its checked JSON view (the schema has vouched for the
    shape); what the schema cannot say — duplicate option ids — is checked here, by name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name

    def fail(self, record: str | None, message: str) -> ValueError:
        return ValueError(f"{self.name}" + (f" [{record}]" if record else "") + f": {message}")

    @staticmethod
    def text(value: Mapping[str, str]) -> Text:
        return Text(MappingProxyType({k: v.strip() for k, v in value.items()}))

    def opt_text(self, value: Mapping[str, str] | None) -> Text | None:
        return None if value is None else self.text(value)

    def when(self, rid: str, value: Any, key: str = "when") -> Condition:
        return cond.parse(value, f"{self.name} [{rid}] '{key}'")

    def items(self, rid: str, key: str, value: list[dict[str, Any]] | None) -> tuple[Item, ...]:
        return tuple(
            Item(text=self.text(entry["text"]), when=self.when(rid, entry.get("when"), f"{key} #{n}.when"),
                 held=self.when(rid, entry["held"], f"{key} #{n}.held") if entry.get("held") is not None else None)
            for n, entry in enumerate(value or (), 1))

    # records
    def meta(self, data: dict[str, Any]) -> Meta:
        return Meta(as_of=data["as_of"], report_as_of=data["report_as_of"],
                    held_label=self.text(data["held_label"]), gather_label=self.text(data["gather_label"]))

    def question(self, data: dict[str, Any]) -> QuestionDef:
        rid = data["id"]
        options: list[OptionDef] = []
        for entry in data["options"]:
            oid = entry["id"]
            if any(o.id == oid for o in options):
                raise self.fail(f"{rid}.{oid}", "duplicate option id")
            options.append(OptionDef(
                id=oid, label=self.text(entry["label"]), help=self.opt_text(entry.get("help")),
                reason=self.opt_text(entry.get("reason")), exclusive=bool(entry.get("exclusive")),
            ))
        return QuestionDef(
            id=rid, text=self.text(data["text"]), why=self.text(data["why"]), options=tuple(options),
            multiple=bool(data.get("multiple")), terms=tuple(data.get("terms") or ()),
            when=self.when(rid, data.get("when")), reason=self.opt_text(data.get("reason")), file=self.name,
        )

    def outcome(self, data: dict[str, Any]) -> OutcomeDef:
        rid = data["id"]
        return OutcomeDef(
            id=rid, when=self.when(rid, data["when"]),
            category=self.text(data["category"]), summary=self.text(data["summary"]),
            helps=self.items(rid, "helps", data.get("helps")),
            risks=self.items(rid, "risks", data.get("risks")),
            evidence=self.items(rid, "evidence", data.get("evidence")),
            next_steps=self.items(rid, "next_steps", data.get("next_steps")),
            sections=tuple(data.get("sections") or ()), terms=tuple(data.get("terms") or ()),
            laws=tuple(data.get("laws") or ()), sources=tuple(data.get("sources") or ()),
            file=self.name,
        )

    def block(self, data: dict[str, Any]) -> BlockDef:
        rid = data["id"]
        return BlockDef(
            id=rid, title=self.text(data["title"]), text=self.text(data["text"]),
            when=self.when(rid, data.get("when")), outcomes=tuple(data.get("outcomes") or ()),
            evidence=self.items(rid, "evidence", data.get("evidence")),
            next_steps=self.items(rid, "next_steps", data.get("next_steps")),
            sections=tuple(data.get("sections") or ()), terms=tuple(data.get("terms") or ()),
            laws=tuple(data.get("laws") or ()), sources=tuple(data.get("sources") or ()),
            prominent=bool(data.get("prominent")), file=self.name,
        )


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise ValueError(f"{path}: wizard definition not found")
    main = path / "wizard.yaml"
    if not main.is_file():
        raise ValueError(f"{path.name}/wizard.yaml: file is missing")
    return [main] + sorted(p for p in path.glob("*.yaml") if p.name != "wizard.yaml")


def _read(path: Path) -> dict[str, Any]:
    """One wizard file, checked against resources/schemas/wizard.schema.json: every problem
    with its shape is reported at once, each naming the file, the record and the field."""
    import yaml

    from app import yaml_text

    try:
        data = yaml_text.load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path.name}: not valid YAML/UTF-8: {exc}") from None
    except OSError as exc:
        raise ValueError(f"{path.name}: cannot be read: {exc.strerror}") from None
    view = schemas.json_view(data)
    problems = [] if schemas.checked_at_build(path) else schemas.problems("wizard", view, path.name)
    if problems:
        raise ValueError("\n".join(problems))
    return view


_CACHE = "wizard.json"


def _cache_key(files: list[Path]) -> list[Any]:
    """The files' bytes (not only their sizes and times: a client reads these questions), the
    schemas, and the code that makes a view (this module, app/schemas.py, app/yaml_text.py)."""
    from app.userdata import cache

    here = Path(schemas.__file__)  # (app/yaml_text.py by name: importing it would import PyYAML)
    code = (Path(__file__), here, here.with_name("yaml_text.py"))
    return cache.stamps(*files, *sorted(schemas.schemas_dir().glob("*.schema.json")), *code, contents=True)


def _views(files: list[Path], cached: bool) -> list[dict[str, Any]]:
    """Each file's checked view, in order: from the cache when it was made from these very
    files, else read (and, with `cached`, kept for next time; only when every file passed)."""
    if not cached:
        return [_read(file) for file in files]
    from app.userdata import cache

    return cache.remembered(_CACHE, _cache_key(files), lambda: [_read(file) for file in files],
                            lambda views: isinstance(views, list) and len(views) == len(files)
                            and all(isinstance(v, dict) for v in views))


def load_definition(path: Path | None = None, *, cached: bool = False) -> Definition:
    """Load and structurally check the wizard; default: the bundled resources/wizard.

    Each file is checked against its schema first (all its problems at once); then the
    checks across files: ids unique across questions, outcomes and circumstances, one meta,
    at least one question and one outcome. `cached`: the files' checked views may come from
    the user's cache folder (see the module's docstring)."""
    if path is None:
        from app.paths import resource

        path = resource("wizard")
    path = Path(path)
    files = _files(path)
    if not cached:
        return _build(path, files, _views(files, cached=False))
    try:
        return _build(path, files, _views(files, cached=True))
    except Exception:  # noqa: BLE001 (a cached copy damaged inside: made again from the YAML below)
        pass
    views = _views(files, cached=False)
    definition = _build(path, files, views)  # a problem in the files themselves is raised here
    from app.userdata import cache

    cache.write(_CACHE, _cache_key(files), views)
    return definition


def _build(path: Path, files: list[Path], views: list[dict[str, Any]]) -> Definition:
    """The records from the files' checked views, and the checks across files."""
    meta: Meta | None = None
    questions: list[QuestionDef] = []
    outcomes: list[OutcomeDef] = []
    blocks: list[BlockDef] = []
    seen: dict[str, str] = {}  # id -> file, across questions, outcomes and circumstances

    def claim(reader: _Reader, rid: str) -> None:
        if rid in seen:
            raise reader.fail(rid, f"duplicate id (also in {seen[rid]})")
        seen[rid] = reader.name

    for file, data in zip(files, views, strict=True):
        reader = _Reader(file)
        if "meta" in data:
            if meta is not None:
                raise reader.fail("meta", "meta is given twice")
            meta = reader.meta(data["meta"])
        for entry in data.get("questions") or ():
            questions.append(reader.question(entry))
            claim(reader, questions[-1].id)
        for entry in data.get("outcomes") or ():
            outcomes.append(reader.outcome(entry))
            claim(reader, outcomes[-1].id)
        for entry in data.get("circumstances") or ():
            blocks.append(reader.block(entry))
            claim(reader, blocks[-1].id)
    if meta is None:
        raise ValueError(f"{path.name}: no 'meta' record")
    if not questions:
        raise ValueError(f"{path.name}: no questions")
    if not outcomes:
        raise ValueError(f"{path.name}: no outcomes")
    return make_definition(meta, questions, outcomes, blocks, root=str(path))
