"""Render term-base objects for people (aligned tables, highlighted contexts) and programs (JSON)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import click

from termsmith.inputs import visible as v
from termsmith.model import Concept, Context, Gloss, GlossType


def width(text: str) -> int:
    """Display width in a terminal: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c)
               else 1 for c in text)


def _clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, w = [], 0
    for c in text:
        cw = width(c)
        if w + cw > limit - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def table(header: Sequence[str], rows: Sequence[Sequence[str]], *, max_col: int = 60) -> str:
    """A plain aligned table, CJK-aware, long cells clipped."""
    cells = [[_clip(c, max_col) for c in r] for r in [list(header), *rows]]
    widths = [max(width(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(r)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def highlight(c: Context, *, color: bool) -> str:
    """The context sentence with the term marked: bold on a terminal, »term« when plain."""
    # Text from files and reviewers is shown with control characters made visible, so a
    # note cannot send escape sequences to the terminal (CWE-150); our colours are added after.
    before, form, after = v(c.sentence[:c.start]), v(c.sentence[c.start:c.end]), v(c.sentence[c.end:])
    if not form:
        return v(c.sentence)
    mark = click.style(form, bold=True, fg="yellow") if color else f"»{form}«"
    return f"{before}{mark}{after}"


def describe_gloss(g: Gloss) -> str:
    """One line for a gloss, with the implied factor for unit conversions."""
    where = f" (line {g.line})" if g.line else ""
    if g.type is GlossType.UNIT and g.factor is not None:
        return v(f"unit: ({g.text}) → 1 {g.unit} = {g.factor:.6g} {g.target_unit}"
                 f"{' (approximate)' if g.approximate else ''}{where}")
    return v(f"{g.type.value}: ({g.text}){where}")


def concept_text(c: Concept, *, max_contexts: int = 10, color: bool = False) -> str:
    """A concept as people read it."""
    title = f"#{c.id}  {v(c.head.text)}"
    lines = [click.style(title, bold=True) if color else title]
    meta = [f"kind: {v(c.kind or 'manual')}"]
    if c.category:
        meta.append(f"category: {v(c.category)}")
    if c.score is not None:
        meta.append(f"score: {c.score:.2f}")
    if c.subject:
        meta.append(f"subject: {v(c.subject)}")
    lines.append("  " + "   ".join(meta))
    if c.definition:
        lines.append(f"  definition: {v(c.definition)}")
    if c.note:
        lines.append(f"  note: {v(c.note)}")
    seen_glosses = set()
    for g in c.glosses:
        d = describe_gloss(g)
        if d not in seen_glosses:
            seen_glosses.add(d)
            lines.append(f"  gloss {d}")
    for lang in c.languages:
        lines.append(f"  [{lang}]")
        for t in c.section(lang) if lang not in ("en",) else [t for t in c.terms if t.lang == "en"]:
            if t.lang != lang:
                continue
            flags = [t.type.value, t.usage.value, t.review.value]
            if t.pos:
                flags.append(t.pos.value)
            lines.append(f"    {v(t.text)}   ({', '.join(flags)})")
            if t.note:
                lines.append(f"      note: {v(t.note)}")
            if len(t.variants) > 1 or (t.variants and t.variants[0][0] != t.text):
                vs = ", ".join(f"{v(f)} ×{n}" for f, n in t.variants)
                lines.append(f"      variants seen: {vs}")
            if t.contexts:
                lines.append(f"      {len(t.contexts)} occurrence{'s' * (len(t.contexts) != 1)}:")
            for ctx in t.contexts[:max_contexts]:
                who = f" {v(ctx.speaker)}:" if ctx.speaker else ""
                lines.append(f"      {v(ctx.source)}:{ctx.line}:{who} {highlight(ctx, color=color)}")
            if len(t.contexts) > max_contexts:
                lines.append(f"      … {len(t.contexts) - max_contexts} more (--contexts N)")
    if c.evidence:
        lines.append("  evidence: " + v("; ".join(c.evidence)))
    return "\n".join(lines)


def concept_json(c: Concept) -> dict[str, object]:
    """A concept as a JSON-ready dict."""
    return {
        "concept": c.id, "kind": c.kind, "category": c.category, "score": c.score,
        "subject": c.subject, "definition": c.definition, "note": c.note,
        "evidence": list(c.evidence),
        "glosses": [{"type": g.type.value, "text": g.text, "unit": g.unit,
                     "quantity": g.quantity, "target_unit": g.target_unit,
                     "target_quantity": g.target_quantity, "factor": g.factor,
                     "approximate": g.approximate, "source": g.source, "line": g.line}
                    for g in c.glosses],
        "terms": [{"term_id": t.id, "term": t.text, "lang": t.lang, "type": t.type.value,
                   "pos": t.pos.value if t.pos else None, "usage": t.usage.value,
                   "status": t.review.value, "note": t.note,
                   "variants": [{"form": f, "count": n} for f, n in t.variants],
                   "contexts": [{"source": x.source, "line": x.line, "speaker": x.speaker,
                                 "sentence": x.sentence, "start": x.start, "end": x.end}
                                for x in t.contexts]}
                  for t in c.terms],
    }
