"""``termsmith check``: consistency findings for people (text, HTML) and programs (JSON).

Registered on the main group by :mod:`termsmith.cli`; the checks themselves are
in :mod:`termsmith.check`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from termsmith.cli import EXIT_FINDINGS, UserError, _examples, _guard_output, _open, main


@main.command(epilog=_examples(
    "termsmith check corpus/scio-2024-04-26-heilongjiang.en.txt",
    "termsmith check --source talk.zh.txt --target talk.en.txt --format html -o report.html"))
@click.argument("files", nargs=-1, type=click.Path(readable=False))
@click.option("--source", "source", type=click.Path(readable=False), default=None,
              help="The original (Chinese or English), checked against --target.")
@click.option("--target", "target", type=click.Path(readable=False), default=None,
              help="Its translation.")
@click.option("--source-lang", default=None, metavar="TAG",
              help="Language of the source (zh, en ...); detected from the text if not given.")
@click.option("--target-lang", default=None, metavar="TAG",
              help="Language of the target; the other one of Chinese and English if not given.")
@click.option("--presegmented", is_flag=True,
              help="One segment per line in --source and --target: line i with line i, or "
                   "aligned as sentences if the counts differ (also chosen for files without "
                   "blank lines).")
@click.option("--select", multiple=True, metavar="ID",
              help="Run only these checks (repeatable; a prefix ending in '-' selects a family).")
@click.option("--ignore", multiple=True, metavar="ID", help="Skip these checks (repeatable).")
@click.option("--severity", "severities", multiple=True, metavar="ID=LEVEL",
              help="Override a check's severity: error, warning or info (repeatable).")
@click.option("--config", "config", type=click.Path(readable=False), default=None,
              help="TOML file with [check] select, ignore and [check.severity].")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True)
@click.option("-o", "--output", default=None, metavar="FILE",
              help="Write the report here instead of standard output.")
@click.option("--as", "as_doc", default=None, metavar="DOC",
              help="Check FILE as a revised copy of this harvested document (its path or "
                   "file name); recognised by title and date or content when not given.")
@click.option("--list-checks", is_flag=True, help="List the check ids and exit.")
@click.pass_context
def check(ctx: click.Context, files: Sequence[str], source: str | None, target: str | None,
          source_lang: str | None, target_lang: str | None, presegmented: bool,
          select: Sequence[str], ignore: Sequence[str], severities: Sequence[str],
          config: str | None, fmt: str, output: str | None, as_doc: str | None,
          list_checks: bool) -> None:
    """Check consistency: the term base against originals, translations, and itself.

    \b
    termsmith check ORIGINAL.txt          the term base against its English original
    termsmith check --source ZH --target EN   a translation (either side Chinese)
    termsmith check FILE.tmx|.xlf|.po     bilingual file
    termsmith check v2.txt --as seed.txt  a revised copy of a harvested original
    termsmith check                       the term base on its own

    Exit status 0 when nothing at error severity was found, 1 when something
    was, 3 for bad input.
    """
    from termsmith import check as checking

    if list_checks:
        for cid, (sev, desc) in sorted(checking.all_checks().items()):
            click.echo(f"{cid:<22}{sev.value:<9}{desc}")
        return
    if (source is None) != (target is None):
        raise click.UsageError("--source and --target go together")
    if as_doc is not None and len(files) != 1:
        raise click.UsageError("--as goes with one FILE, the revised copy")
    for tag, name in ((source_lang, "--source-lang"), (target_lang, "--target-lang")):
        if tag is not None:
            from termsmith.langs import normalize

            try:
                normalize(tag)
            except ValueError as e:
                raise click.BadParameter(str(e), param_hint=name) from e
    _guard_output(ctx, output, *files, source, target, config)
    options = _check_options(select, ignore, severities, config)
    db = ctx.obj["db"]
    from termsmith.store import is_url

    if not is_url(db) and db != ":memory:" and not os.path.lexists(db):
        from termsmith import formats
        from termsmith.files import input_file

        for given in (*files, source, target):       # a bad FILE is said first, as ever
            if given:
                input_file(given)
        bilingual = bool(source) or any(
            (named := formats.for_path(f)) is not None and named.holds is formats.Holds.UNITS
            for f in files)
        if not bilingual:
            # Opening would create an empty term base, and a check against nothing finds
            # nothing: "No findings." for a mistyped --db, or run in the wrong folder.
            raise UserError(f"{db}: no such term base; give --db (or TERMSMITH_DB) the term "
                            "base to check against")
        # A translation checked against its original needs no term base (numbers, units,
        # dropped sentences): an empty one in memory, and no file made.
        ctx.obj["db"] = ":memory:"
    tb = _open(ctx)
    bar: Any = None

    def progress(done: int, total: int) -> None:      # aligning two files of lines
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=max(total, 1), label="Aligning", file=sys.stderr)
        bar.length = max(total, 1)
        bar.update(done - bar.pos)

    from termsmith.check.revision import UnknownDocument

    try:
        findings = checking.run(tb, files, source=source, target=target, options=options,
                                source_lang=source_lang, target_lang=target_lang,
                                presegmented=presegmented, progress=progress, as_doc=as_doc)
    except UnknownDocument as e:
        raise click.BadParameter(str(e), param_hint="--as") from e
    finally:
        if bar is not None:
            bar.render_finish()
    _emit_report(findings, fmt, output, what=[*files, *(f for f in (source, target) if f)]
                 or [tb.path])
    if any(f.severity.value == "error" for f in findings):
        sys.exit(EXIT_FINDINGS)


def _check_options(select: Sequence[str], ignore: Sequence[str], severities: Sequence[str],
                   config: str | None) -> Any:
    import tomllib

    from termsmith.check import Options, all_checks
    from termsmith.model import Severity

    sel, ign, sev = set(select), set(ignore), {}
    from_config: set[str] = set()     # check ids and ID=LEVEL items the --config file named
    if config:
        from termsmith import files

        try:
            conf = tomllib.loads(files.read_bytes(config).decode("utf-8")).get("check", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise UserError(f"{config}: {e}") from e
        sel |= set(conf.get("select", []))
        ign |= set(conf.get("ignore", []))
        sev.update(conf.get("severity", {}))
        from_config = {*conf.get("select", []), *conf.get("ignore", []), *conf.get("severity", {})}
    for item in severities:
        cid, eq, level = item.partition("=")
        if not eq:
            raise click.BadParameter(f"{item!r} is not ID=LEVEL", param_hint="--severity")
        sev[cid.strip()] = level.strip()
        from_config.discard(cid.strip())

    def bad(cid: str, message: str, option: str) -> Exception:
        # Named on the command line: a usage error naming the option (2); only in the
        # --config file: bad input naming the file (3).
        if cid in from_config and cid not in select and cid not in ignore:
            return UserError(f"{config}: {message}")
        return click.BadParameter(message, param_hint=option)

    # Only named checks need the registry (which imports every check module).
    known = all_checks() if sel or ign or sev else {}
    for ids, option in ((sel, "--select"), (ign, "--ignore"), (sev, "--severity")):
        for cid in ids:
            if cid not in known and not (cid.endswith("-") and any(k.startswith(cid) for k in known)):
                raise bad(cid, f"unknown check {cid!r} (see --list-checks)", option)
    levels = {}
    for cid, level in sev.items():
        try:
            levels[cid] = Severity(level)
        except ValueError:
            raise bad(cid, f"{cid}={level}: unknown level {level!r}; use error, warning or info",
                      "--severity") from None
    return Options(select=frozenset(sel), ignore=frozenset(ign), severities=levels)


def _emit_report(findings: list[Any], fmt: str, output: str | None, what: list[str]) -> None:
    from termsmith.check import report

    title = "termsmith check: " + ", ".join(what)
    if fmt == "json":
        text = report.as_json(findings, checked=what)
    elif fmt == "html":
        text = report.html(findings, title=title)
    else:
        color = output is None and sys.stdout.isatty()
        text = report.text(findings, color=color)
    if output:
        from termsmith.exchange import write_atomic

        write_atomic(output, lambda f: f.write(text.encode("utf-8")))
        click.echo(f"Wrote {output} ({report.summary(findings) if findings else 'no findings'}).",
                   err=True)
    else:
        click.echo(text, nl=False, color=None if fmt == "text" else False)
