"""``termsmith align`` and ``termsmith tm …``: bitexts into a translation memory, and searching it.

Registered on the main group by :mod:`termsmith.cli`; the work is done by
:mod:`termsmith.bitext` (reading, aligning, writing) and :mod:`termsmith.tm`
(the memory in the term base).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from termsmith.cli import _encoding, _examples, _guard_output, _open, main

_WEAK_NOTE = "beads to check (score under 0.5, or a sentence without counterpart)"


@main.command(epilog=_examples(
    "termsmith align talk.zh.txt talk.en.txt -o talk.tmx --store",
    "termsmith align --presegmented 001.zh 001.en --format beads"))
@click.argument("source", type=click.Path(readable=False))
@click.argument("target", type=click.Path(readable=False), required=False)
@click.option("-o", "--output", default=None, metavar="FILE",
              help="Where to write (default: standard output); the extension picks the format.")
@click.option("--format", "fmt", type=click.Choice(["tmx", "beads", "tsv", "html"]), default=None,
              help="TMX 1.4b (default), bead lines [0,1]:[0], TSV, or an HTML side-by-side view.")
@click.option("--presegmented", is_flag=True,
              help="Each line of each file is one sentence, as given (not split again).")
@click.option("--encoding", default=None, metavar="NAME", callback=_encoding,
              help="Encoding of the files (default: detected; UTF-8, UTF-16, GB18030, Big5, "
                   "Windows-1252).")
@click.option("--swap", is_flag=True, help="Take TARGET (or a bilingual page's English) as the source.")
@click.option("--zh-tag", type=click.Choice(["zh-CN", "zh-TW", "zh", "zh-Hans", "zh-Hant"]),
              default=None, help="TMX tag for Chinese (default zh-CN; zh-TW for Traditional).")
@click.option("--store", "keep", is_flag=True,
              help="Keep the units in the term base's translation memory (nothing twice).")
@click.option("-q", "--quiet", is_flag=True, help="No summary on standard error.")
@click.pass_context
def align(ctx: click.Context, source: str, target: str | None, output: str | None, fmt: str | None,
          presegmented: bool, encoding: str | None, swap: bool, zh_tag: str | None, keep: bool,
          quiet: bool) -> None:
    """Align a document (SOURCE) with its translation (TARGET) sentence by sentence.

    Either may be Chinese; the first is the source. One file alone is a
    bilingual page (Chinese and English paragraphs in turn): Chinese is the
    source unless --swap. Speaker turns (or paragraphs) are paired first, then
    the sentences inside them. The term base's approved term pairs help when
    the term base exists.
    """
    from termsmith import bitext, tm
    from termsmith.bitext.writers import WRITERS, format_for

    _guard_output(ctx, output, source, target)
    if fmt is None:
        fmt = (format_for(output) if output else None) or "tmx"
    if target is None:
        if presegmented:
            raise click.UsageError("--presegmented needs two files, one sentence a line")
        src, tgt = bitext.read_pair_sides(source, encoding=encoding)
    else:
        src = bitext.read_side(source, encoding=encoding, presegmented=presegmented)
        tgt = bitext.read_side(target, encoding=encoding, presegmented=presegmented)
    if swap:
        src, tgt = tgt, src
    tb = _open(ctx) if keep or _db_exists(ctx.obj["db"]) else None
    pairs = tm.lexicon(tb, src.lang, tgt.lang) if tb is not None else []
    with _progress(len(src.sentences) + len(tgt.sentences), quiet) as progress:
        bt = bitext.align(src, tgt, lexicon=pairs, progress=progress)
    writer = WRITERS[fmt]

    def write(f: Any) -> int:
        if fmt == "tmx" and zh_tag:
            from termsmith.bitext.writers import write_tmx

            return write_tmx(bt, f, zh_tag=zh_tag)
        return writer.write(bt, f)

    if output:
        from termsmith.exchange import write_atomic

        n = write_atomic(output, write)
    else:
        n = write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    if not quiet:
        weak = sum(1 for p in bt.pairs() if p.weak)
        click.echo(f"Aligned {len(src.sentences)} {src.lang} and {len(tgt.sentences)} {tgt.lang} "
                   f"sentences: {len(bt.beads)} beads, {weak} {_WEAK_NOTE}"
                   + (f"; wrote {n} {writer.what} to {output}" if output else "") + ".", err=True)
    if keep:
        assert tb is not None
        added = tm.add_bitext(tb, bt)
        if not quiet:
            click.echo(f"Translation memory: {added.added} units added, {added.known} already there "
                       f"({tb.unit_count()} in all).", err=True)


def _db_exists(db: str) -> bool:
    from termsmith.store import is_url

    return is_url(db) or os.path.isfile(db)


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on standard error for long work on a terminal; else nothing."""
    if quiet or not sys.stderr.isatty() or total < 200:
        yield None
        return
    with click.progressbar(length=total, label="Aligning", file=sys.stderr, show_pos=True) as bar:
        def update(done: int, _total: int) -> None:
            bar.update(max(0, min(done, total) - bar.pos))

        yield update


# -- the memory ----------------------------------------------------------------------


@main.group(epilog=_examples('termsmith tm search "black soil"',
                            'termsmith tm lookup "我们要加强黑土地保护。"'))
def tm() -> None:
    """The translation memory in the term base: add units, search them, look sentences up."""


@tm.command("add", epilog=_examples("termsmith tm add memory.tmx talk.tmx"))
@click.argument("files", nargs=-1, required=True, type=click.Path(readable=False))
@click.pass_context
def tm_add(ctx: click.Context, files: Sequence[str]) -> None:
    """Add every unit of TMX files to the memory (one transaction a file; nothing twice)."""
    from termsmith import tm as memory
    from termsmith.formats import Report

    tb = _open(ctx)
    for f in files:
        report = Report()
        added = memory.add_file(tb, f, report=report)
        click.echo(f"{f}: {added.added} units added, {added.known} already there.")
        for line in report.summary():
            click.echo(f"  {line}")


@tm.command("export", epilog=_examples("termsmith tm export -o memory.tmx"))
@click.option("-o", "--output", required=True, metavar="FILE", help="Where to write (TMX 1.4b).")
@click.option("--zh-tag", type=click.Choice(["zh-CN", "zh-TW", "zh", "zh-Hans", "zh-Hant"]),
              default="zh-CN", show_default=True, help="Language tag written for Chinese.")
@click.pass_context
def tm_export(ctx: click.Context, output: str, zh_tag: str) -> None:
    """Write the translation memory alone as TMX (export --format tmx adds the term pairs)."""
    from termsmith import tm as memory

    _guard_output(ctx, output)
    n = memory.export(_open(ctx), output, zh_tag=zh_tag)
    click.echo(f"Wrote {n} translation units to {output}.")


@tm.command("search", epilog=_examples("termsmith tm search 黑土",
                                       'termsmith tm search "Leading Wild Goose" --format json'))
@click.argument("text")
@click.option("--lang", "langs", multiple=True, metavar="LANG",
              help="Search only the variants of this language (repeatable: zh, en ...).")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="At most N units.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def tm_search(ctx: click.Context, text: str, langs: Sequence[str], limit: int, fmt: str) -> None:
    """Concordance: every unit whose source or target contains TEXT, newest first."""
    from termsmith import tm as memory

    tb = _open(ctx)
    hits = memory.search(tb, text, limit=limit, langs=langs)
    if fmt == "json":
        click.echo(json.dumps([h.as_dict() for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo(f"No unit contains {text!r}.", err=True)
        return
    color = sys.stdout.isatty()
    blocks = []
    for h in hits:
        lines = [_heading(h.unit)]
        for v, spans in zip(h.unit.unit.variants, h.spans, strict=True):
            lines.append(f"  {v.lang:<8} {_marked(v.text, spans, color)}")
        blocks.append("\n".join(lines))
    click.echo("\n\n".join(blocks), color=color)


@tm.command("lookup", epilog=_examples(
    'termsmith tm lookup "We will strengthen the protection of black soil."',
    "termsmith tm lookup 黑土地保护是一项长期任务。 --min 70"))
@click.argument("sentence")
@click.option("--min", "min_score", type=click.IntRange(1, 100), default=50, show_default=True,
              help="Lowest match percentage shown.")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=5, show_default=True,
              help="At most N matches.")
@click.option("--lang", "langs", multiple=True, metavar="LANG",
              help="Compare with the variants of this language only (default: the sentence's script).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def tm_lookup(ctx: click.Context, sentence: str, min_score: int, limit: int, langs: Sequence[str],
              fmt: str) -> None:
    """Fuzzy lookup: the memory's best matches for SENTENCE, with a match percentage."""
    from termsmith import tm as memory

    tb = _open(ctx)
    matches = memory.lookup(tb, sentence, min_score=min_score, limit=limit, langs=langs)
    if fmt == "json":
        click.echo(json.dumps([m.as_dict() for m in matches], ensure_ascii=False, indent=2))
        return
    if not matches:
        click.echo(f"No match of {min_score}% or more.", err=True)
        return
    color = sys.stdout.isatty()
    blocks = []
    for m in matches:
        lines = [f"{m.score:>3}%  {_heading(m.unit)}",
                 f"  {m.source.lang:<8} {_marked(m.source.text, m.differences, color)}"]
        lines += [f"  {t.lang:<8} {t.text}" for t in m.targets]
        blocks.append("\n".join(lines))
    click.echo("\n\n".join(blocks), color=color)


def _heading(mu: Any) -> str:
    """``#12  2025-06-12  talk.zh.txt:14 ↔ talk.en.txt:15`` (where the unit came from)."""
    where = []
    for v in mu.unit.variants:
        props = dict(v.props)
        if "x-document" in props:
            where.append(f"{props['x-document']}:{props.get('x-line', '')}".rstrip(":"))
    origin = " ↔ ".join(where) or mu.source
    added = (mu.added or "")[:10]
    return "  ".join(p for p in (f"#{mu.key}", added, origin) if p)


def _marked(text: str, spans: Sequence[tuple[int, int]], color: bool) -> str:
    """``text`` with ``spans`` highlighted: bold on a terminal, »…« when plain."""
    out, pos = [], 0
    for s, e in spans:
        out.append(text[pos:s])
        part = text[s:e]
        out.append(click.style(part, bold=True, fg="yellow") if color else f"»{part}«")
        pos = e
    out.append(text[pos:])
    return "".join(out)
