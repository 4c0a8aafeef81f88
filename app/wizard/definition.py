"""Load the wizard definition (resources/wizard/*.yaml) into frozen, typed records.

Strict on purpose, like the content loader: an unknown key is usually a typo that would
silently drop a condition or a text, a duplicate id makes answers ambiguous, and a
missing Russian text means a client who reads Russian gets half a sheet. Each of these
stops loading with a ValueError naming the file and the record. Whether ids *resolve*
(conditions naming real questions and options, outcomes citing real content) and whether
every path ends in an outcome is the validator's job (app/wizard/validate.py), so that a
broken definition can still be loaded and all its problems listed at once.

Layout: `wizard.yaml` holds `meta` and `questions` (asked in file order); any other
`*.yaml` in the folder may add `questions`, `outcomes` and `circumstances`. Files are read
in name order, `wizard.yaml` first. `examples/` holds answer files, not definitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

import yaml

from app.wizard import conditions as cond
from app.wizard.conditions import ALWAYS, Condition

from app.langs import LANGUAGES  # noqa: E402  (re-exported: the one list)
REQUIRED: tuple[str, ...] = ("en", "ru")
FALLBACK_MARKER = "[EN] "
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

TOP_KEYS = {"meta", "questions", "outcomes", "circumstances"}
META_KEYS = {"as_of", "report_as_of", "held_label", "gather_label"}
QUESTION_KEYS = {"id", "text", "why", "options", "multiple", "terms", "when", "reason"}
OPTION_KEYS = {"id", "label", "help", "reason", "exclusive"}
ITEM_KEYS = {"text", "when", "held"}
OUTCOME_KEYS = {"id", "when", "category", "summary", "helps", "risks", "evidence", "next_steps",
                "sections", "terms", "laws", "sources"}
BLOCK_KEYS = {"id", "when", "outcomes", "title", "text", "evidence", "next_steps", "sections", "terms", "laws",
              "sources", "prominent"}


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
    """Checks one file's records; every error names the file and the record."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name

    def fail(self, record: str | None, message: str) -> ValueError:
        return ValueError(f"{self.name}" + (f" [{record}]" if record else "") + f": {message}")

    def keys(self, rid: str | None, data: Any, allowed: set[str], required: Iterable[str]) -> None:
        if not isinstance(data, dict):
            raise self.fail(rid, "must be a mapping")
        unknown = set(data) - allowed
        if unknown:
            raise self.fail(rid, f"unknown key(s) {sorted(map(str, unknown))}")
        for key in required:
            if data.get(key) in (None, "", [], {}):
                raise self.fail(rid, f"missing or empty '{key}'")

    def rid(self, data: Any, kind: str) -> str:
        value = data.get("id") if isinstance(data, dict) else None
        if not isinstance(value, str) or not ID_RE.match(value):
            raise self.fail(str(value) if value is not None else f"{kind} without id",
                            "id must be lowercase letters, digits and hyphens")
        return value

    def text(self, rid: str, key: str, value: Any) -> Text:
        if not isinstance(value, dict):
            raise self.fail(rid, f"'{key}' must map languages (en, ru, de) to text")
        unknown = set(value) - set(LANGUAGES)
        if unknown:
            raise self.fail(rid, f"'{key}' has unknown language(s) {sorted(map(str, unknown))}")
        for lang in REQUIRED:
            if not isinstance(value.get(lang), str) or not value[lang].strip():
                raise self.fail(rid, f"'{key}' is missing its '{lang}' text")
        for lang, text in value.items():
            if not isinstance(text, str) or not text.strip():
                raise self.fail(rid, f"'{key}' has an empty '{lang}' text")
        return Text(MappingProxyType({k: v.strip() for k, v in value.items()}))

    def opt_text(self, rid: str, key: str, value: Any) -> Text | None:
        return None if value is None else self.text(rid, key, value)

    def ids(self, rid: str, key: str, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and ID_RE.match(v) for v in value):
            raise self.fail(rid, f"'{key}' must be a list of lowercase ids")
        if len(set(value)) != len(value):
            raise self.fail(rid, f"'{key}' lists an id twice")
        return tuple(value)

    def when(self, rid: str, value: Any, key: str = "when") -> Condition:
        return cond.parse(value, f"{self.name} [{rid}] '{key}'")

    def items(self, rid: str, key: str, value: Any, evidence: bool = False) -> tuple[Item, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(rid, f"'{key}' must be a list")
        out: list[Item] = []
        for n, entry in enumerate(value, 1):
            where = f"{rid} {key} #{n}"
            allowed = ITEM_KEYS if evidence else ITEM_KEYS - {"held"}
            self.keys(where, entry, allowed, ("text",))
            out.append(Item(
                text=self.text(where, "text", entry["text"]),
                when=self.when(where, entry.get("when")),
                held=self.when(where, entry["held"], "held") if entry.get("held") is not None else None,
            ))
        return tuple(out)

    def flag(self, rid: str, key: str, value: Any) -> bool:
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(rid, f"'{key}' must be true or false")
        return value

    # records
    def meta(self, data: Any) -> Meta:
        self.keys("meta", data, META_KEYS, META_KEYS)
        for key in ("as_of", "report_as_of"):
            value = data[key]
            text = value.isoformat() if hasattr(value, "isoformat") else str(value)
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", text):
                raise self.fail("meta", f"'{key}' must be YYYY-MM-DD")
            data = {**data, key: text}
        return Meta(
            as_of=data["as_of"], report_as_of=data["report_as_of"],
            held_label=self.text("meta", "held_label", data["held_label"]),
            gather_label=self.text("meta", "gather_label", data["gather_label"]),
        )

    def question(self, data: Any) -> QuestionDef:
        rid = self.rid(data, "question")
        if rid in cond.RESERVED:
            raise self.fail(rid, "'all', 'any' and 'not' are reserved words, not question ids")
        self.keys(rid, data, QUESTION_KEYS, ("text", "why", "options"))
        if not isinstance(data["options"], list):
            raise self.fail(rid, "'options' must be a list")
        options: list[OptionDef] = []
        for entry in data["options"]:
            oid = self.rid(entry, "option")
            where = f"{rid}.{oid}"
            self.keys(where, entry, OPTION_KEYS, ("label",))
            if any(o.id == oid for o in options):
                raise self.fail(where, "duplicate option id")
            options.append(OptionDef(
                id=oid, label=self.text(where, "label", entry["label"]),
                help=self.opt_text(where, "help", entry.get("help")),
                reason=self.opt_text(where, "reason", entry.get("reason")),
                exclusive=self.flag(where, "exclusive", entry.get("exclusive")),
            ))
        return QuestionDef(
            id=rid, text=self.text(rid, "text", data["text"]), why=self.text(rid, "why", data["why"]),
            options=tuple(options), multiple=self.flag(rid, "multiple", data.get("multiple")),
            terms=self.ids(rid, "terms", data.get("terms")), when=self.when(rid, data.get("when")),
            reason=self.opt_text(rid, "reason", data.get("reason")), file=self.name,
        )

    def outcome(self, data: Any) -> OutcomeDef:
        rid = self.rid(data, "outcome")
        self.keys(rid, data, OUTCOME_KEYS, ("when", "category", "summary"))
        return OutcomeDef(
            id=rid, when=self.when(rid, data.get("when")),
            category=self.text(rid, "category", data["category"]),
            summary=self.text(rid, "summary", data["summary"]),
            helps=self.items(rid, "helps", data.get("helps")),
            risks=self.items(rid, "risks", data.get("risks")),
            evidence=self.items(rid, "evidence", data.get("evidence"), evidence=True),
            next_steps=self.items(rid, "next_steps", data.get("next_steps")),
            sections=self.ids(rid, "sections", data.get("sections")),
            terms=self.ids(rid, "terms", data.get("terms")),
            laws=self.ids(rid, "laws", data.get("laws")),
            sources=self.ids(rid, "sources", data.get("sources")),
            file=self.name,
        )

    def block(self, data: Any) -> BlockDef:
        rid = self.rid(data, "circumstance")
        self.keys(rid, data, BLOCK_KEYS, ("title", "text"))
        return BlockDef(
            id=rid, title=self.text(rid, "title", data["title"]), text=self.text(rid, "text", data["text"]),
            when=self.when(rid, data.get("when")), outcomes=self.ids(rid, "outcomes", data.get("outcomes")),
            evidence=self.items(rid, "evidence", data.get("evidence"), evidence=True),
            next_steps=self.items(rid, "next_steps", data.get("next_steps")),
            sections=self.ids(rid, "sections", data.get("sections")),
            terms=self.ids(rid, "terms", data.get("terms")),
            laws=self.ids(rid, "laws", data.get("laws")),
            sources=self.ids(rid, "sources", data.get("sources")),
            prominent=self.flag(rid, "prominent", data.get("prominent")),
            file=self.name,
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
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path.name}: not valid YAML/UTF-8: {exc}") from None
    except OSError as exc:
        raise ValueError(f"{path.name}: cannot be read: {exc.strerror}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: must be a mapping with keys {sorted(TOP_KEYS)}")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ValueError(f"{path.name}: unknown top-level key(s) {sorted(map(str, unknown))}")
    return data


def load_definition(path: Path | None = None) -> Definition:
    """Load and structurally check the wizard; default: the bundled resources/wizard."""
    if path is None:
        from app.paths import resource

        path = resource("wizard")
    path = Path(path)
    meta: Meta | None = None
    questions: list[QuestionDef] = []
    outcomes: list[OutcomeDef] = []
    blocks: list[BlockDef] = []
    seen: dict[str, str] = {}  # id -> file, across questions, outcomes and circumstances

    def claim(reader: _Reader, rid: str) -> None:
        if rid in seen:
            raise reader.fail(rid, f"duplicate id (also in {seen[rid]})")
        seen[rid] = reader.name

    for file in _files(path):
        data = _read(file)
        reader = _Reader(file)
        if "meta" in data:
            if meta is not None:
                raise reader.fail("meta", "meta is given twice")
            meta = reader.meta(data["meta"])
        for key in ("questions", "outcomes", "circumstances"):
            entries = data.get(key)
            if entries is None:
                continue
            if not isinstance(entries, list):
                raise reader.fail(None, f"'{key}' must be a list")
            for entry in entries:
                record = {"questions": reader.question, "outcomes": reader.outcome,
                          "circumstances": reader.block}[key](entry)
                claim(reader, record.id)
                {"questions": questions, "outcomes": outcomes, "circumstances": blocks}[key].append(record)
    if meta is None:
        raise ValueError(f"{path.name}: no 'meta' record")
    if not questions:
        raise ValueError(f"{path.name}: no questions")
    if not outcomes:
        raise ValueError(f"{path.name}: no outcomes")
    return make_definition(meta, questions, outcomes, blocks, root=str(path))
