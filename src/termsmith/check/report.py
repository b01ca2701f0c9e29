"""Render findings: text for people (grouped by severity), JSON for programs, HTML to share.

Text lines read ``path:line: check-id: message`` (as compilers and linters
print them, so editors can jump to them), each followed by the sentence with
the found form highlighted: bold colour on a terminal, ``»…«`` when piped.
The HTML page escapes everything that comes from documents and term bases
(lxml builds it; nothing is pasted into markup by hand).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

import click

from termsmith.model import Finding, Severity

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _where(f: Finding) -> str:
    path = f.path or "term base"
    if f.line is None:
        return path
    return f"{path}:{f.line}" + (f":{f.column}" if f.column else "")


def _context(f: Finding, color: bool) -> str | None:
    if not f.context:
        return None
    if not f.span:
        return f.context
    a, b = f.span
    found = f.context[a:b]
    mark = click.style(found, bold=True, fg="red") if color else f"»{found}«"
    return f.context[:a] + mark + f.context[b:]


def summary(findings: Sequence[Finding]) -> str:
    """``2 errors, 1 warning, 0 info`` for the last line."""
    n = Counter(f.severity for f in findings)

    def plural(k: int, word: str) -> str:
        return f"{k} {word}{'s' if k != 1 and word != 'info' else ''}"

    return ", ".join([plural(n[Severity.ERROR], "error"), plural(n[Severity.WARNING], "warning"),
                      plural(n[Severity.INFO], "info")])


def text(findings: Sequence[Finding], *, color: bool = False, contexts: bool = True) -> str:
    """Findings grouped by severity, errors first, then a summary line."""
    out: list[str] = []
    for sev in Severity:
        group = [f for f in findings if f.severity is sev]
        if not group:
            continue
        title = f"{sev.value.upper()}S" if sev is not Severity.INFO else "INFO"
        out.append(click.style(title, bold=True, fg=_COLOURS[sev]) if color else title)
        for f in group:
            check = click.style(f.check, fg=_COLOURS[sev]) if color else f.check
            out.append(f"{_where(f)}: {check}: {f.message}")
            ctx = _context(f, color) if contexts else None
            if ctx:
                out.append(f"    {ctx}")
        out.append("")
    out.append(summary(findings) if findings else "No findings.")
    return "\n".join(out) + "\n"


def as_json(findings: Sequence[Finding], **meta: Any) -> str:
    """``{"findings": [...], "summary": {...}, ...meta}`` as indented JSON."""
    n = Counter(f.severity.value for f in findings)
    doc = {**meta, "summary": {s.value: n.get(s.value, 0) for s in Severity},
           "findings": [f.as_dict() for f in findings]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35em .6em; border-bottom: 1px solid #ddd; }
th { background: #f4f4f4; position: sticky; top: 0; }
.error { color: #b00020; } .warning { color: #8a5a00; } .info { color: #00607a; }
mark { background: #ffe08a; padding: 0 .1em; } .ctx { color: #555; font-size: .95em; }
code { font-size: .9em; } .summary span { margin-right: 1.5em; font-weight: 600; }
.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
"""


def _lang(text: str) -> str | None:
    """``zh`` for a sentence mostly in Han characters (a Chinese source), else None: the
    page is English, and a screen reader should read a Chinese cell as Chinese."""
    from termsmith.readers.script import is_han

    letters = [c for c in text if c.isalpha()]
    return "zh" if letters and sum(map(is_han, letters)) * 2 > len(letters) else None


def html(findings: Sequence[Finding], *, title: str = "termsmith check") -> str:
    """A self-contained HTML report (no scripts, no external resources): the page's
    language declared (Chinese sentences marked as such), column headers scoped, the
    counts in the title and in words as the text report gives them."""
    from lxml import etree
    from lxml.builder import E

    counts = summary(findings).split(", ")
    body = [E.h1(title),
            E.p({"class": "summary"}, *[E.span({"class": s.value}, c)
                                       for s, c in zip(Severity, counts, strict=True)])]
    for sev in Severity:
        group = [f for f in findings if f.severity is sev]
        if not group:
            continue
        heading = f"{sev.value.capitalize()} ({len(group)})"
        rows = [E.tr(*[E.th({"scope": "col"}, h) for h in ("where", "check", "message", "context")])]
        for f in group:
            ctx: Any = E.td({"class": "ctx"})
            if f.context and f.span:
                a, b = f.span
                ctx = E.td({"class": "ctx"}, f.context[:a], E.mark(f.context[a:b]), f.context[b:])
            elif f.context:
                ctx = E.td({"class": "ctx"}, f.context)
            if f.context and (lang := _lang(f.context)):
                ctx.set("lang", lang)
            rows.append(E.tr(E.td(E.code(_where(f))), E.td({"class": sev.value}, f.check),
                             E.td(f.message), ctx))
        body += [E.h2({"class": sev.value}, heading),
                 E.table(E.caption({"class": "hidden"}, f"{heading}: {title}"), *rows)]
    if not findings:
        body.append(E.p("No findings."))
    head = E.head(E.meta(charset="utf-8"),
                  E.meta(name="viewport", content="width=device-width, initial-scale=1"),
                  E.title(f"{title}: {summary(findings) if findings else 'no findings'}"),
                  E.style(_CSS))
    page = E.html({"lang": "en"}, head, E.body(*body))
    out: str = etree.tostring(page, method="html", encoding="unicode", pretty_print=True)
    return "<!DOCTYPE html>\n" + out
