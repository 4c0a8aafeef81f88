"""An edition diff -> HTML for the "What changed" view (pure Python; the UI only shows it).

Deleted words are struck through on red, inserted words underlined on green — colour is
never the only sign, so the change reads in print and for colour-blind readers too.
Labels come from `app.edition.diff.label` in the interface language.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.edition.diff import KINDS, STATUSES, EditionDiff, Segment, label
from app.render.html import escape

_STYLE = {
    "delete": "background:#fde2e1; color:#7a0b06; text-decoration:line-through",
    "insert": "background:#dcf5dc; color:#0b4f0b; text-decoration:underline",
}


def _segments_html(segments: Iterable[Segment]) -> str:
    out = []
    for s in segments:
        text = escape(s.text).replace("\n", " ⏎ ")
        out.append(text if s.op == "equal" else f'<span style="{_STYLE[s.op]}">{text}</span>')
    return "".join(out)


def diff_html(diff: EditionDiff, lang: str, context: int = 8) -> str:
    """Everything added, changed and removed, grouped by kind, with the changed words shown."""
    parts = [f"<h2>{escape(label('title', lang))}</h2>",
             f"<p>{escape(label('from_to', lang).format(old=diff.old.label(lang), new=diff.new.label(lang)))}"
             f"<br><b>{escape(label('summary', lang).format(**diff.counts()))}</b></p>"]
    if diff.is_empty:
        parts.append(f"<p>{escape(label('no_changes', lang))}</p>")
    for kind in KINDS:
        if not diff.of(kind):
            continue
        parts.append(f"<h3>{escape(label(kind, lang))}</h3>")
        for status in STATUSES:
            items = diff.of(kind, status)
            if not items:
                continue
            parts.append(f"<p><b>{escape(label(status, lang))} ({len(items)})</b></p><ul>")
            for item in items:
                parts.append(f"<li><b>{escape(item.title(lang))}</b>")
                if item.fields and not item.fields_in(lang):
                    parts.append(f" <i>({escape(label('only_in', lang).format(langs=', '.join(item.languages)))})</i>")
                for change in item.fields_in(lang) if status == "changed" else ():
                    name = label("f_" + change.field, lang)
                    for hunk in change.hunks(context):
                        parts.append(f"<br><span style='color:gray'>{escape(name)}:</span> {_segments_html(hunk)}")
                parts.append("</li>")
            parts.append("</ul>")
    return "\n".join(parts)
