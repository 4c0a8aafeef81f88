"""Check a data file against its JSON Schema (resources/schemas) and say what is wrong in words.

The shape of every content and wizard file is written down once, as data, in
resources/schemas/<kind>.schema.json; the strict loaders (app/content/loader.py,
app/wizard/definition.py) call `problems()` before they build records, so a record that
passed can be built without a single `isinstance`. What a schema cannot say — ids that
resolve, no duplicate ids across files, no cycles — stays in the loaders and the
validator.

A content editor reads the result, not a programmer: each problem is one sentence that
names the file, the record (its id; "question #3 without id" when it has none) and the
field ('risks #2.text'), e.g. `outcomes.yaml [deserter]: 'summary' has no 'ru'
text`. The wording comes from the schema's "x-messages" (per rule), else from defaults here.

jsonschema is imported here only, on first use, and the compiled validators are cached:
the loaders run when the store is built, in `wizard validate` and when the assessment
opens, never at app start (`python -X importtime -m app stats` does not import it).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

MAX_PROBLEMS = 25  # per file: enough to fix in one pass, not a wall of text

_TYPE_WORDS = {
    "string": "a text", "array": "a list", "object": "a mapping (key: value lines)",
    "boolean": "true or false", "integer": "a whole number", "number": "a number",
}
_RECORD_MESSAGES = {  # about a whole record or file, when no field stands before the sentence
    "required": "missing {missing}",
    "additionalProperties": "unknown key {unknown} (allowed here: {allowed})",
}
_DEFAULT_MESSAGES = {
    "required": "is missing {missing}",
    "additionalProperties": "has unknown key {unknown} (allowed here: {allowed})",
    "enum": "is {value}; use one of {allowed}",
    "const": "must be {allowed}, not {value}",
    "pattern": "is {value}, which is not in the expected form",
    "minLength": "is empty",
    "minItems": "must list at least {limit}",
    "minProperties": "is empty",
    "uniqueItems": "lists the same entry twice",
    "minimum": "must be at least {limit}, not {value}",
    "maximum": "must be at most {limit}, not {value}",
}


def schemas_dir() -> Path:
    from app.paths import resource

    return resource("schemas")


def checked_at_build(path: Path) -> bool:
    """True for a file that shipped inside a built app (PyInstaller bundle): the build checked
    it against its schema already (the tests load every shipped file), and nothing at run
    time can change it. Such files are read without the check: opening the assessment does
    not pay for compiling and running the validators (~0.3 s), and the bundle does not load
    jsonschema's compiled helper (rpds) for them — it needs bcryptprimitives.dll, which
    Windows 10 and later have but Wine 8, where the Windows build is tested, has not.
    Files a user brings in (an installed content edition, a source checkout) are always
    checked."""
    from app import paths

    if not paths.is_frozen():
        return False
    try:
        Path(path).resolve().relative_to(paths.resources_dir().resolve())
    except (ValueError, OSError):
        return False
    return True


def json_view(value: Any) -> Any:
    """The YAML document as JSON Schema sees it: dates (YAML reads 2024-02-20 as a date) as
    ISO text. Loaders build their records from this view, so a date is text everywhere."""
    if isinstance(value, dict):
        return {k: json_view(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_view(v) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def problems(kind: str, document: Any, file: str) -> list[str]:
    """Every way `document` (a json_view) breaks resources/schemas/<kind>.schema.json, as
    sentences "FILE [RECORD]: 'FIELD' …", in the order they stand in the file; [] when none."""
    validator = _validator(kind)
    root = _schema(f"{kind}.schema.json")
    found: list[tuple[tuple[int, ...], str]] = []
    seen: set[str] = set()
    try:
        errors = list(validator.iter_errors(document))
    except RecursionError:  # some hundred conditions inside each other: no writer's file, but no crash either
        return [f"{file}: values are nested too deeply to check (conditions inside conditions?)"]
    for error in errors:
        path = list(error.absolute_path)
        record, field = _locate(root, f"{kind}.schema.json", document, path)
        where = file + (f" [{record}]" if record else "")
        subject = f"'{field}' " if field else ""
        sentence = f"{where}: {subject}{_message(error, bool(field))}"
        if sentence not in seen:
            seen.add(sentence)
            found.append((_order(document, path), sentence))
    found.sort(key=lambda item: item[0])
    out = [sentence for _order_key, sentence in found[:MAX_PROBLEMS]]
    if len(found) > MAX_PROBLEMS:
        out.append(f"{file}: … and {len(found) - MAX_PROBLEMS} more problems")
    return out


def field_names(kind: str) -> set[str]:
    """Every key the schema of `kind` allows anywhere, following its references (for the
    test that keeps FORMAT.md complete)."""
    names: set[str] = set()
    done: set[tuple[str, str]] = set()

    def visit(node: Any, base: str) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item, base)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str):
            target_base, pointer = _split_ref(ref, base)
            if (target_base, pointer) not in done:
                done.add((target_base, pointer))
                visit(_pointer(_schema(target_base), pointer), target_base)
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                names.update(value)
            if key not in ("$defs", "x-messages", "enum"):
                visit(value, base)

    visit(_schema(f"{kind}.schema.json"), f"{kind}.schema.json")
    return names


# ---------------------------------------------------------------- schemas and validators

@cache
def _schema(name: str) -> Mapping[str, Any]:
    path = schemas_dir() / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"{name}: the schema cannot be read ({exc.strerror}); "
                         "the installation is incomplete") from None


@cache
def _registry() -> Any:
    from referencing import Registry, Resource

    resources = [(p.name, Resource.from_contents(_schema(p.name)))
                 for p in sorted(schemas_dir().glob("*.schema.json"))]
    return Registry().with_resources(resources)


@cache
def _validator(kind: str) -> Any:
    """The compiled validator for one kind of file, made once per process."""
    from jsonschema import Draft202012Validator

    schema = _schema(f"{kind}.schema.json")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(_inlined(schema, f"{kind}.schema.json", frozenset()), registry=_registry())


def _inlined(node: Any, base: str, open_refs: frozenset[tuple[str, str]]) -> Any:
    """The schema with each $ref replaced by an allOf of what it names (the same rule to
    JSON Schema): looking up a reference at every value costs more than the whole check
    otherwise. A reference back into itself (a condition inside a condition) stays one."""
    if isinstance(node, list):
        return [_inlined(item, base, open_refs) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _inlined(value, base, open_refs) for key, value in node.items() if key != "$ref"}
    ref = node.get("$ref")
    if isinstance(ref, str):
        target = _split_ref(ref, base)
        if target in open_refs:
            out["$ref"] = f"{target[0]}#{target[1]}"
        else:
            named = _inlined(_pointer(_schema(target[0]), target[1]), target[0], open_refs | {target})
            out["allOf"] = [*out.get("allOf", []), named]
    return out


def _split_ref(ref: str, base: str) -> tuple[str, str]:
    target, _, pointer = ref.partition("#")
    return (target or base), pointer


def _pointer(schema: Any, pointer: str) -> Any:
    node = schema
    for part in (p for p in pointer.split("/") if p):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _resolve(node: Any, base: str) -> tuple[dict[str, Any], str]:
    """A subschema with its $ref merged in (the referring keys win), and the file it came from."""
    if not isinstance(node, dict):
        return {}, base
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return node, base
    target_base, pointer = _split_ref(ref, base)
    target, target_base = _resolve(_pointer(_schema(target_base), pointer), target_base)
    merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return merged, target_base


# ---------------------------------------------------------------- wording

def _locate(root: Any, base: str, document: Any, path: list[Any]) -> tuple[str, str]:
    """(record, field) for a place in the document: the record is the innermost entry the
    schema marks with "x-record" (named by its id, options as 'question.option'), the field
    the keys below it, list entries counted from 1 ('risks #2.text')."""
    schema, base = _resolve(root, base)
    node = document
    records: list[str] = []
    field: list[str] = []
    if schema.get("x-record"):
        records.append(_record_name(schema["x-record"], node, None))
    for step in path:
        if isinstance(step, int):
            sub = schema.get("items", {})
        else:
            props = schema.get("properties", {})
            sub = props[step] if step in props else schema.get("additionalProperties", {})
        schema, base = _resolve(sub, base)
        node = node[step]
        kind = schema.get("x-record")
        if kind:
            records.append(_record_name(kind, node, step if isinstance(step, int) else None))
            field = []
        elif isinstance(step, int):
            if field:
                field[-1] += f" #{step + 1}"
            else:
                field.append(f"#{step + 1}")
        else:
            field.append(str(step))
    return ".".join(records), ".".join(field)


def _record_name(kind: str, node: Any, index: int | None) -> str:
    rid = node.get("id") if isinstance(node, dict) else None
    if isinstance(rid, str) and rid:
        return rid
    if index is None:
        return kind if not isinstance(node, dict) or "id" not in node else f"{kind} without id"
    return f"{kind} #{index + 1} without id"


def _message(error: Any, has_field: bool) -> str:
    """The sentence for one failed rule: the schema's own wording if it has one."""
    keyword = error.validator
    templates = error.schema.get("x-messages", {}) if isinstance(error.schema, dict) else {}
    instance = error.instance
    if keyword == "type":
        template = templates.get("type") or "must be {allowed}, not {value}"
        types = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        allowed = " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in types if t != "null")
        return template.format(value=_show(instance), allowed=allowed)
    defaults = _DEFAULT_MESSAGES if has_field else {**_DEFAULT_MESSAGES, **_RECORD_MESSAGES}
    template = templates.get(keyword) or defaults.get(keyword)
    if template is None:
        return error.message
    values: dict[str, str] = {"value": _show(instance), "limit": str(error.validator_value), "allowed": "",
                              "missing": "", "unknown": ""}
    if keyword == "required" and isinstance(instance, dict):
        values["missing"] = _words(k for k in error.validator_value if k not in instance)
    elif keyword == "additionalProperties" and isinstance(instance, dict):
        props = error.schema.get("properties", {})
        values["unknown"] = _words(k for k in instance if k not in props)
        values["allowed"] = ", ".join(sorted(props))
    elif keyword in ("enum", "const"):
        options = error.validator_value if keyword == "enum" else [error.validator_value]
        values["allowed"] = ", ".join(str(o) for o in options)
    elif keyword == "minItems":
        n = error.validator_value
        values["limit"] = f"{n} entr{'y' if n == 1 else 'ies'}"
    return template.format(**values)


def _words(items: Iterable[Any]) -> str:
    quoted = [f"'{i}'" for i in items]
    if len(quoted) < 2:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _show(value: Any) -> str:
    """A value as a writer typed it, shortened: 'text', 3, true, a list, nothing."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return f"'{shown}'" if shown.strip() else "an empty text"
    if isinstance(value, dict):
        return "a mapping" if value else "an empty mapping"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    return str(value)


def _order(document: Any, path: list[Any]) -> tuple[int, ...]:
    """Where a place stands in the file, so problems are listed top to bottom."""
    out: list[int] = []
    node = document
    for step in path:
        if isinstance(step, int):
            out.append(step)
        else:
            out.append(list(node).index(step) if isinstance(node, dict) and step in node else 0)
        node = node[step]
    return tuple(out)
