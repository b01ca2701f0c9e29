"""``termsmith equivalents``: propose renderings from the translation memory, optionally accept them.

Registered on the main group by :mod:`termsmith.cli`; the work is done by
:mod:`termsmith.equivalents`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from typing import Any

import click

from termsmith.cli import _examples, _open, _reviewer, main


@main.command(epilog=_examples(
    'termsmith equivalents "Leading Wild Goose" --format json',
    "termsmith equivalents --accept 0.8 --reviewer wang.li"))
@click.argument("terms", nargs=-1)
@click.option("--direction", type=click.Choice(["en-zh", "zh-en", "both"]), default="both",
              show_default=True,
              help="en-zh: English terms without an approved Chinese equivalent; zh-en: Chinese "
                   "terms without English; both.")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=5, show_default=True,
              help="Proposals per term (JSON); the table shows the best three.")
@click.option("--accept", "threshold", type=click.FloatRange(0, 1), default=None,
              metavar="THRESHOLD",
              help="Write each best proposal scoring THRESHOLD or more as a candidate equivalent "
                   "(recorded in the history, for a reviewer to approve).")
@click.option("--reviewer", default=None, help="Who accepts (default: TERMSMITH_REVIEWER or login).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.pass_context
def equivalents(ctx: click.Context, terms: Sequence[str], direction: str, limit: int,
                threshold: float | None, reviewer: str | None, fmt: str) -> None:
    """Propose equivalents of terms (all that need one, or TERMS) from the translation memory.

    Each proposal is a span of the aligned units' other side, scored by how
    consistently it goes with the term across units, by dictionary, pinyin and
    number evidence and by matching quotes, title marks and glosses.
    """
    from termsmith import equivalents as eq

    tb = _open(ctx)
    mem = eq.memory(tb)
    show = sys.stderr.isatty() and fmt == "table"
    total = tb.stats().get("concepts", 0) if show else 0
    bar: Any = click.progressbar(length=int(total or 0), label="Proposing", file=sys.stderr) \
        if show and total else nullcontext()
    with bar as progress:
        found = list(eq.propose(tb, direction=eq.Direction(direction), terms=terms, limit=limit,
                                mem=mem, progress=progress.update if progress else None))
    written = eq.accept(tb, found, threshold, _reviewer(reviewer, tb)) \
        if threshold is not None else []
    if fmt == "json":
        click.echo(json.dumps([f.as_dict() for f in found], ensure_ascii=False, indent=2))
    else:
        _table(found, len(mem))
    if threshold is not None:
        click.echo(f"Accepted {len(written)} proposal{'s' * (len(written) != 1)} scoring "
                   f"{threshold:.2f} or more as candidate equivalents.",
                   err=fmt == "json")
        for tp, p in written:
            click.echo(f"  #{tp.concept} {tp.term} = {p.text} ({p.score:.2f})", err=fmt == "json")


def _table(found: list[Any], units: int) -> None:
    if not found:
        click.echo(f"No terms need proposals (the memory holds {units} units).", err=True)
        return
    absent = [tp for tp in found if not tp.seen]
    for tp in found:
        if not tp.seen:
            continue
        click.echo(f"#{tp.concept} {tp.term}  ({tp.seen} unit{'s' * (tp.seen != 1)})")
        for p in tp.proposals[:3]:
            click.echo(f"    {p.score:.2f}  {p.text}  [{p.units}/{tp.seen}]  {'; '.join(p.evidence)}")
            if p.example is not None:
                click.echo(f"          en: {_clip(p.example.en)}")
                click.echo(f"          zh: {_clip(p.example.zh)}")
    if absent:
        click.echo(f"{len(absent)} term{'s' * (len(absent) != 1)} not in the translation memory "
                   f"({units} units): {', '.join(tp.term for tp in absent[:10])}"
                   f"{' …' if len(absent) > 10 else ''}", err=True)


def _clip(text: str, n: int = 100) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
