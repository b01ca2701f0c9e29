"""Writers of an aligned bitext: TMX 1.4b, bead lines, TSV and an HTML side-by-side view.

:data:`WRITERS` is the registry (format name → writer and file extension) the
``termsmith align`` command reads. Every writer takes a
:class:`~termsmith.bitext.Bitext` and a binary stream and returns how many
beads (or units) it wrote; output is deterministic (no dates), so golden
files stay stable.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from termsmith.bitext import Bitext, Pair

__all__ = ["WRITERS", "Writer", "write_beads", "write_html", "write_tmx", "write_tsv"]


def write_tmx(bt: Bitext, dest: IO[bytes], *, zh_tag: str | None = None) -> int:
    """TMX 1.4b: one ``<tu>`` per bead with both sides, ``srclang`` the source's language.

    Chinese is tagged ``zh_tag``: by default ``zh-TW`` for Traditional text, else ``zh-CN``
    (CAT tools match Chinese on a region-qualified tag; see :mod:`termsmith.langs`).
    """
    from termsmith.formats import tmx
    from termsmith.langs import export_tag

    chinese = bt.source if bt.source.is_chinese else bt.target
    tag = zh_tag or ("zh-TW" if chinese.lang == "zh-Hant" else "zh-CN")
    return tmx.write(bt.units(), dest, srclang=export_tag(bt.source.lang, tag), zh_tag=tag,
                     segtype="sentence")


def write_beads(bt: Bitext, dest: IO[bytes]) -> int:
    """One bead a line, ``[source indices]:[target indices]`` as in ``shared/align``."""
    n = 0
    for b in bt.beads:
        dest.write(f"{b}\n".encode())
        n += 1
    return n


def write_tsv(bt: Bitext, dest: IO[bytes]) -> int:
    """A header, then one row per bead: bead, score, lines and texts of both sides."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(["bead", "score", "source_lang", "source_lines", "source", "target_lang",
                "target_lines", "target"])
    n = 0
    for p in bt.pairs():
        w.writerow([str(p.bead), f"{p.bead.score:.3f}", bt.source.lang, _lines(p.source_lines),
                     _cell(p.source), bt.target.lang, _lines(p.target_lines), _cell(p.target)])
        n += 1
    dest.write(buf.getvalue().encode("utf-8"))
    return n


def _lines(lines: tuple[int, ...]) -> str:
    return ",".join(map(str, lines))


def _cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (CWE-1236: OWASP's prefix quote)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# -- HTML ---------------------------------------------------------------------------

_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 76rem; padding: 1rem;
       color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .5rem 0; }
th, td { border-bottom: 1px solid #ccc; padding: .4rem .5rem; vertical-align: top; text-align: left; }
th[scope=col] { position: sticky; top: 0; background: #f2f2f2; }
.n, td.score { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.lines { color: #555; white-space: nowrap; font-size: 90%; }
tr.weak { background: #fff3cd; }
td.score strong { color: #7a4b00; }
td.empty { font-style: italic; }
a:focus, tr:target { outline: 3px solid #0b57d0; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; }
@media (prefers-color-scheme: dark) {
  body { background: #121212; color: #eee; } th[scope=col] { background: #222; }
  tr.weak { background: #3d3200; } td.lines { color: #aaa; }
  td.score strong { color: #ffd866; }
}
"""


def write_html(bt: Bitext, dest: IO[bytes]) -> int:
    """A side-by-side page, one row per bead; weak beads (low score, one side empty) stand out.

    Built with lxml (all text escaped by it), self-contained: inline CSS, no script,
    no external resource. Accessible: a real table with caption and header cells,
    each cell marked with its language, weak beads said in words (not colour alone)
    and listed at the top as links.
    """
    from lxml import etree
    from lxml.html import builder as E

    pairs = list(bt.pairs())
    weak = [(i, p) for i, p in enumerate(pairs, start=1) if p.weak]
    src, tgt = bt.source, bt.target
    title = f"Alignment: {src.path} ↔ {tgt.path}"
    rows = [_row(i, p, src.lang, tgt.lang) for i, p in enumerate(pairs, start=1)]
    summary = E.P(f"{len(pairs)} beads; {len(weak)} to check (score under 0.5, or a sentence "
                  "without counterpart).")
    page = E.HTML(
        E.HEAD(E.META(charset="utf-8"),
               E.META(name="viewport", content="width=device-width, initial-scale=1"),
               E.TITLE(title), E.STYLE(_CSS)),
        E.BODY(
            E.A("Skip to the alignment", href="#alignment", **{"class": "skip"}),
            E.E.main(
                E.H1(title),
                summary,
                *([E.E.nav(E.H2("Beads to check"),
                           E.UL(*[E.LI(E.A(f"Bead {i} ({p.bead}, score {p.bead.score:.2f})",
                                            href=f"#b{i}")) for i, p in weak]),
                           **{"aria-label": "Beads to check"})] if weak else []),
                E.TABLE(
                    E.CAPTION(f"Source {src.path} ({src.lang}) beside target {tgt.path} ({tgt.lang})"),
                    E.THEAD(E.TR(*[E.TH(h, scope="col") for h in
                                   ("#", "score", "bead", "lines", f"source ({src.lang})",
                                    "lines", f"target ({tgt.lang})")])),
                    E.TBODY(*rows),
                    id="alignment"),
            )),
        lang="en")
    dest.write(b"<!DOCTYPE html>\n")
    dest.write(etree.tostring(page, method="html", encoding="utf-8", pretty_print=True))
    return len(pairs)


def _row(i: int, p: Pair, src_lang: str, tgt_lang: str) -> Any:
    from lxml.html import builder as E

    classes = " ".join(c for c, on in (("weak", p.weak), ("null", not p.bead.src or not p.bead.tgt))
                       if on)
    attrs: dict[str, str] = {"id": f"b{i}"}
    if classes:
        attrs["class"] = classes

    def text_cell(text: str, lang: str) -> Any:
        if not text:
            return E.TD("(no counterpart)", **{"class": "empty"})
        return E.TD(text, lang=lang)

    return E.TR(
        E.TH(str(i), scope="row", **{"class": "n"}),
        E.TD(f"{p.bead.score:.2f}", *([" ", E.STRONG("check")] if p.weak else []),
             **{"class": "score"}),
        E.TD(str(p.bead)),
        E.TD(_lines(p.source_lines), **{"class": "lines"}),
        text_cell(p.source, src_lang),
        E.TD(_lines(p.target_lines), **{"class": "lines"}),
        text_cell(p.target, tgt_lang),
        **attrs)


@dataclass(frozen=True, slots=True)
class Writer:
    """A bitext output format."""

    write: Callable[[Bitext, IO[bytes]], int]
    extensions: tuple[str, ...]
    what: str                    # what the count counts


WRITERS: dict[str, Writer] = {
    "tmx": Writer(write_tmx, (".tmx",), "translation units"),
    "beads": Writer(write_beads, (".align", ".beads"), "beads"),
    "tsv": Writer(write_tsv, (".tsv", ".tab"), "beads"),
    "html": Writer(write_html, (".html", ".htm"), "beads"),
}


def format_for(path: str) -> str | None:
    """The format a file name asks for by its extension, if any."""
    low = path.lower()
    return next((name for name, w in WRITERS.items() if low.endswith(w.extensions)), None)
