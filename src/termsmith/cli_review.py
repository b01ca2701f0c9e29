"""``termsmith review …``: the translator's review workflow (spreadsheet round trip, web page).

Registered on the main group by :mod:`termsmith.cli`; the work is done by
:mod:`termsmith.sheet` (spreadsheets) and :mod:`termsmith.web` (the page).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from termsmith.cli import EXIT_FINDINGS, _examples, _guard_output, _kinds_option, _open, _reviewer, main
from termsmith.model import Review


@main.group(epilog=_examples("termsmith review export sheet.xlsx", "termsmith review serve --open"))
def review() -> None:
    """Review candidates: spreadsheet export/import, a page in the browser, decisions file."""


@review.command("export", epilog=_examples(
    "termsmith review export sheet.xlsx --status candidate --min-score 0.5"))
@click.argument("sheet", type=click.Path(readable=False))
@click.option("--status", "statuses", multiple=True, type=click.Choice([r.value for r in Review]),
              help="Only terms of this review status (repeatable; default: all).")
@_kinds_option("Only concepts of this kind (repeatable).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=None, help="Minimum score.")
@click.option("--suggest", "suggest", type=click.IntRange(min=0), default=None, metavar="N",
              help="Equivalents from the translation memory for the first N rows without one "
                   "(default 2000; 0: none).")
@click.pass_context
def review_export(ctx: click.Context, sheet: str, statuses: Sequence[str], kinds: Sequence[str],
                  min_score: float | None, suggest: int | None) -> None:
    """Write a review sheet (.xlsx or .csv): one row per English term, best score first."""
    from termsmith import sheet as sheets

    _guard_output(ctx, sheet, option="SHEET")
    tb = _open(ctx)
    n = sheets.export_sheet(tb, sheet, statuses=[Review(s) for s in statuses], kinds=kinds,
                            min_score=min_score,
                            suggest=sheets.SUGGEST_ROWS if suggest is None else suggest)
    click.echo(f"Wrote {n} rows to {sheet}.")


@review.command("import", epilog=_examples("termsmith review import sheet.xlsx --reviewer wang.li"))
@click.argument("sheet", type=click.Path(readable=False))
@click.option("--force", is_flag=True,
              help="Apply rows whose entry changed in the term base after the sheet was exported.")
@click.option("--reviewer", default=None, help="Who reviewed (default: TERMSMITH_REVIEWER or login).")
@click.pass_context
def review_import(ctx: click.Context, sheet: str, force: bool, reviewer: str | None) -> None:
    """Apply a filled-in review sheet: all of it, or (on any invalid value) none of it."""
    from termsmith import sheet as sheets

    tb = _open(ctx)
    result = sheets.import_sheet(tb, sheet, who=_reviewer(reviewer, tb), force=force)
    click.echo(result.summary())
    for c in result.conflicts:
        click.echo(f"  conflict: {c}", err=True)
    if result.conflicts:
        sys.exit(EXIT_FINDINGS)


@review.command("serve", epilog=_examples("termsmith review serve --open",
                                                 "termsmith review serve --port 9000 --reviewer li.na"))
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--reviewer", default=None, help="Who reviews (default: TERMSMITH_REVIEWER or login).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
@click.pass_context
def review_serve(ctx: click.Context, port: int, reviewer: str | None, open_browser: bool) -> None:
    """Serve the review page on 127.0.0.1 (loopback only) until interrupted."""
    from termsmith import web

    who = _reviewer(reviewer, _open(ctx))          # on PostgreSQL: the database role
    web.serve(ctx.obj["db"], port=port, who=who, open_browser=open_browser,
              echo=lambda line: click.echo(line, err=True))


@review.command("decisions", epilog=_examples("termsmith review decisions -o glossary/decisions.csv"))
@click.option("-o", "--output", required=True, metavar="FILE",
              help="Where to write the decisions (CSV), e.g. glossary/decisions.csv.")
@click.pass_context
def review_decisions(ctx: click.Context, output: str) -> None:
    """Write every human decision (status, equivalents and relations, merges, definition,
    note, with reviewer and date) as CSV.

    The file is what `termsmith build` applies on top of the harvest: keep it
    in git, review its diffs, rebuild.
    """
    from termsmith import decisions

    _guard_output(ctx, output)
    tb = _open(ctx)
    n = decisions.write(tb, output)
    click.echo(f"Wrote {n} decisions to {output}.")
