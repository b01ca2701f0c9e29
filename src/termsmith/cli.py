"""The ``termsmith`` command line: parse arguments, call the library, render the result.

One exit-status rule for every command: 0 ok; 1 findings (``check`` errors, import
or review conflicts, ``build --check``); 2 usage error (Click's own: an unknown
option, a missing argument, a value not among the choices); 3 bad input or a term
base error; 130 interrupted (Ctrl-C). Bad input is a :class:`~termsmith.errors.GlossaryError`, an
:class:`OSError` on a file the user named (a full disk, no permission) or an
SQLite error (a locked or damaged term base); each becomes one line
``Error: ...`` naming the file, converted once in :class:`_Group`, not per
command. File arguments are plain paths: whether they exist, are regular files
and hold something is the library's to say, so a missing file is a 3 everywhere.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from termsmith import __version__, formats
from termsmith.errors import ConflictError, GlossaryError, NotFound, SourceError, StoreError, database_message
from termsmith.inputs import cell, visible
from termsmith.model import Concept, PartOfSpeech, Review, Term, TermType, Usage

# review.Replaced's values, without importing the review module (and the store) at start-up.
_REPLACED = ("typo", "synonym", "shortForm", "abbreviation", "forbidden")


EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 3
DEFAULT_DB = "termsmith.db"


class UserError(click.ClickException):
    """A bad-input error shown as one line, exit status 3."""

    exit_code = EXIT_BAD_INPUT


class Interrupted(click.ClickException):
    """Ctrl-C: one line saying what was kept, exit status 130 (128 + SIGINT), as shells do;
    not Click's "Aborted!" with 1, which means findings here."""

    exit_code = 130

    def show(self, file: Any = None) -> None:
        click.echo(f"Interrupted{': ' + self.message if self.message else '.'}", err=True)


class Conflict(click.ClickException):
    """A write refused because someone changed the entry first: a finding, exit status 1."""

    exit_code = EXIT_FINDINGS


def _os_message(e: OSError) -> str:
    """``path: what went wrong`` for a file system error (no space, no permission …)."""
    where = e.filename if e.filename is not None else None
    what = e.strerror or str(e)
    return f"{where}: {what}" if where is not None else what


def _set_db(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(dict)["db"] = value


# Every subcommand takes --db too, so it works after the command name as well as before.
_DB_HELP = "Term base (SQLite file or postgresql:// URL); also before the command, or TERMSMITH_DB."


class _Group(click.Group):
    group_class = type                 # subgroups (``review``) behave the same way

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        if not isinstance(cmd, click.Group) and not any(p.name == "db" for p in cmd.params):
            cmd.params.append(click.Option(["--db"], metavar="PATH|URL", expose_value=False,
                                           is_eager=True, callback=_set_db, help=_DB_HELP))
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConflictError as e:
            raise Conflict(str(e)) from e
        except GlossaryError as e:
            raise UserError(str(e)) from e
        except BrokenPipeError:
            raise
        except KeyboardInterrupt:
            # Every write is one transaction, rolled back when interrupted: nothing half-written.
            raise Interrupted("") from None
        except OSError as e:               # a full disk, no permission … on a file named
            raise UserError(_os_message(e)) from e
        except Exception as e:
            # A database error the store did not expect (issue 15 item 11): still one line.
            if type(e).__module__.split(".")[0] in ("sqlite3", "psycopg"):
                db = (ctx.obj or {}).get("db", "the term base")
                first = (str(e).strip().splitlines() or [type(e).__name__])[0]
                raise UserError(database_message(db, Exception(first))) from e
            raise


def _open(ctx: click.Context) -> Any:
    """Open the term base named by --db / TERMSMITH_DB (closed when the command ends)."""
    from termsmith.store import open_store

    path = ctx.obj["db"]
    tb = open_store(path)
    ctx.call_on_close(tb.close)
    return tb


# Choices come from the registries, so help lists them and a wrong one is a usage error (2).
def _harvester_names() -> list[str]:
    from termsmith.harvest import HARVESTERS

    return list(HARVESTERS)


def _kind_names() -> list[str]:
    """Kinds a concept can have: what the harvesters find, and ``manual`` (added by hand)."""
    from termsmith.harvest.base import Kind

    return [k.value for k in Kind if k.is_term] + [MANUAL]


MANUAL = "manual"


def _kinds_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--kind", "kinds", multiple=True, type=click.Choice(_kind_names()),
                        help=help_text)


def _text(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Refuse control characters in a text option at the door, naming it (exit status 3)."""
    from termsmith import inputs

    name = param.opts[0] if isinstance(param, click.Option) else (param.name or "").upper()
    for item in value if isinstance(value, tuple) else [value]:
        if isinstance(item, str):
            try:
                inputs.check(name, item)
            except ValueError as e:
                raise UserError(str(e)) from e
    return value


def _encoding(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """--encoding: a text encoding Python knows, else a usage error (2) before any file is read."""
    from termsmith.readers.encoding import encoding_problem

    problem = value and encoding_problem(value)
    if problem:
        raise click.BadParameter(problem)
    return value


def _same_file(a: str, b: str) -> bool:
    """Whether paths ``a`` and ``b`` name one file (through links, ``./``, case on a
    case-insensitive disk); a path that does not exist is compared resolved."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        try:
            return os.path.realpath(a) == os.path.realpath(b)
        except (OSError, ValueError):
            return False


def _guard_output(ctx: click.Context, output: str | None, *inputs: str | None,
                  option: str = "-o") -> None:
    """Refuse (usage error, 2) an output file that is the term base or an input of the
    command: the report or export would be renamed over it, and it would be gone."""
    if not output:
        return
    from termsmith.store import is_url

    db = (ctx.obj or {}).get("db")
    if db and not is_url(db) and db != ":memory:" and _same_file(output, db):
        raise click.BadParameter(f"{output} is the term base; writing there would replace it "
                                 "(give another file)", param_hint=option)
    for given in inputs:
        if given and _same_file(output, given):
            raise click.BadParameter(f"{output} is also an input of this command; writing there "
                                     "would replace it (give another file)", param_hint=option)


def _examples(*lines: str) -> str:
    """A command's help epilog: one or two examples, as typed (``\\b`` keeps the lines)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def _reviewer(value: str | None, tb: Any = None) -> str:
    """Who makes a change: --reviewer, else the database role (PostgreSQL: the identity
    the server checked), else TERMSMITH_REVIEWER, else the login name."""
    role = getattr(tb, "role", None)
    return value or role or os.environ.get("TERMSMITH_REVIEWER") or getpass.getuser() or "unknown"


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="TERMSMITH_DB", default=DEFAULT_DB, show_default=True,
              metavar="PATH|URL", help="Term base: an SQLite file, or a postgresql:// URL for a "
              "shared server. Also set by TERMSMITH_DB.")
@click.version_option(__version__, prog_name="termsmith")
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """termsmith: harvest, review, exchange and check English-Chinese terminology.

    \b
    Exit status: 0 ok, 1 findings (check errors, import or review conflicts,
    build --check), 2 usage error, 3 bad input or store error, 130
    interrupted (Ctrl-C; nothing half-written).
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


# -- harvest -------------------------------------------------------------------


@main.command(epilog=_examples(
    'termsmith harvest corpus/scio-2024-04-26-heilongjiang.en.txt',
    'termsmith harvest --harvester quoted --harvester glossed --min-score 0.5 corpus/'))
@click.argument("files", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--min-score", type=click.FloatRange(0, 1), default=None,
              help="Drop candidates scoring below this (default 0.3).")
@click.option("--harvester", "harvesters", multiple=True,
              type=click.Choice(_harvester_names()),
              help="Run only these harvesters (repeatable; default all of the document's "
                   "language; on a Chinese document quoted, names and domain name the zh- ones).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Harvest in N processes (default: one per core when several files).")
@click.option("--encoding", default=None, metavar="NAME", callback=_encoding,
              help="Encoding of the files (default: detected; UTF-8, UTF-16, GB18030, Big5, "
                   "Windows-1252).")
@click.option("--force", is_flag=True,
              help="Harvest files that are no transcripts (no speaker list, no 'Name:' "
                   "turns) as plain text instead of refusing them.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.pass_context
def harvest(ctx: click.Context, files: Sequence[str], min_score: float | None,
            harvesters: Sequence[str], jobs: int | None, encoding: str | None, force: bool,
            quiet: bool) -> None:
    """Harvest terms from transcripts (text or HTML) into the term base.

    A directory stands for the transcripts inside it (.txt, .text, .htm, .html,
    .xhtml, in subdirectories too, hidden ones left out; files there that are no
    transcript are skipped with a warning). All files are read and checked first: if any cannot be read or a
    file named is no transcript (unless --force), nothing is stored. Harvesting a
    document again adds nothing twice and never changes a reviewed term.
    """
    from termsmith import harvest as harvesting

    # All read first (a bad file changes nothing); a directory: the transcripts inside it.
    gathered = harvesting.gather(files, encoding=encoding, force=force)
    if not quiet:
        for path, why in gathered.skipped:
            click.echo(f"Skipped {path}: {why}", err=True)
    docs = gathered.documents
    if not docs:
        raise SourceError("no transcript to harvest in " + ", ".join(files))
    if harvesters and not quiet:
        # --harvester glossed on a Chinese text (or zh-numbers on an English one) runs
        # nothing there: say so rather than report "0 new concepts" as if it had looked.
        for doc in docs:
            lang = harvesting.language_of(doc)
            if not harvesting.for_language(lang, harvesters):
                fits = ", ".join(harvesting.for_language(lang))
                language = "Chinese" if lang.startswith("zh") else "English"
                click.echo(f"Warning: {doc.path}: {language} text, which --harvester "
                           f"{', '.join(harvesters)} does not read (those that do: {fits}); "
                           "nothing harvested from it", err=True)
    tb = _open(ctx)
    show = not quiet and sys.stderr.isatty() and len(docs) > 1
    bar: Any = None
    stored = 0

    def progress(done: int, total: int) -> None:
        nonlocal bar, stored
        stored = done
        if not show:
            return
        if bar is None:
            bar = click.progressbar(length=total, label="Harvesting", file=sys.stderr,
                                    show_pos=True)
        bar.update(done - bar.pos)

    try:
        got = harvesting.into(tb, docs, harvesters=harvesters or None, min_score=min_score,
                              jobs=jobs, encoding=encoding, progress=progress, force=force)
    except KeyboardInterrupt:
        # Each document is stored in a transaction of its own: those done are whole, the
        # one under way is rolled back, and a harvest again adds nothing twice.
        n = len(docs)
        raise Interrupted(f"{stored} of {n} document{'s' * (n != 1)} stored, each whole; "
                          "run the same command again to harvest the rest") from None
    finally:
        if bar is not None:
            bar.render_finish()
    if not quiet:
        n = got.documents
        click.echo(f"Harvested {n} document{'s' * (n != 1)} in {got.seconds:.2f} s: "
                   f"{got.concepts} new concepts, {got.terms} new terms, "
                   f"{got.contexts} new contexts; {got.kept} terms already known "
                   f"({got.reviewed} reviewed, left as they were).")
        click.echo(f"Term base: {tb.path}")


# -- terms ---------------------------------------------------------------------


@main.command(epilog=_examples(
    'termsmith terms --kind quoted --status candidate --limit 20',
    'termsmith terms --lang zh --format json'))
@_kinds_option("Only concepts of this kind (repeatable).")
@click.option("--status", "statuses", multiple=True,
              type=click.Choice([r.value for r in Review]), help="Only this review status.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=None, help="Minimum score.")
@click.option("--lang", default=None, help="Only terms of this language (en, zh ...).")
@click.option("--grep", "text", default=None, help="Only terms containing this text.")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=None, help="At most N rows.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv"]), default="table",
              show_default=True)
@click.pass_context
def terms(ctx: click.Context, kinds: Sequence[str], statuses: Sequence[str],
          min_score: float | None, lang: str | None, text: str | None, limit: int | None,
          fmt: str) -> None:
    """List terms, best score first."""
    from termsmith.store import Filter

    tb = _open(ctx)
    rows = tb.rows(Filter(kinds=tuple(kinds),
                          statuses=tuple(Review(s) for s in statuses),
                          min_score=min_score, lang=lang, text=text, limit=limit))
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    if fmt == "tsv":
        import csv
        import io

        buf = io.StringIO()
        w = csv.writer(buf, delimiter="\t", lineterminator="\n")
        w.writerow(["concept", "term", "lang", "kind", "status", "score", "occurrences",
                    "equivalents"])
        for r in rows:
            w.writerow([r.concept, cell(r.term), r.lang, r.kind or "", r.status.value,
                        "" if r.score is None else f"{r.score:.2f}", r.occurrences,
                        cell("; ".join(r.equivalents))])
        click.echo(buf.getvalue(), nl=False)
        return
    if not rows:
        click.echo("No terms match.", err=True)
        return
    from termsmith.render import table

    click.echo(visible(table(
        ["#", "score", "kind", "status", "n", "term", "equivalent"],
        [[str(r.concept), "" if r.score is None else f"{r.score:.2f}", r.kind or MANUAL,
          r.status.value, str(r.occurrences), r.term + (f" [{r.lang}]" if r.lang != "en" else ""),
          "; ".join(r.equivalents)] for r in rows])))


# -- show ----------------------------------------------------------------------


@main.command(epilog=_examples(
    'termsmith show "Leading Wild Goose"',
    "termsmith show '#12' --format json"))
@click.argument("term", callback=_text)
@click.option("--contexts", "max_contexts", type=click.IntRange(min=0), default=10,
              show_default=True, help="Show at most this many contexts per term.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.pass_context
def show(ctx: click.Context, term: str, max_contexts: int, fmt: str) -> None:
    """Show the entry of TERM (or #ID) with its contexts, the term highlighted."""
    from termsmith.render import concept_json, concept_text

    tb = _open(ctx)
    hits = _find(tb, term)
    if not hits:
        raise NotFound(f"no term {term!r} in {tb.path} (try: termsmith terms --grep {term!r})")
    concepts = [tb.get(cid) for cid in dict.fromkeys(c for c, _ in hits)]
    if fmt == "json":
        click.echo(json.dumps([concept_json(c) for c in concepts], ensure_ascii=False, indent=2))
        return
    color = None if sys.stdout.isatty() else False
    click.echo("\n\n".join(concept_text(c, max_contexts=max_contexts, color=color is None)
                           for c in concepts), color=color)


# -- add / edit ------------------------------------------------------------------

_EDIT_OPTIONS = [
    click.option("--zh", "zh", default=None, callback=_text, help="Chinese equivalent (Simplified)."),
    click.option("--zh-lang", default="zh-Hans", show_default=True,
                 help="Language tag for --zh."),
    click.option("--definition", default=None, callback=_text, help="Definition of the concept."),
    click.option("--note", default=None, callback=_text, help="Note on the concept."),
    click.option("--subject", default=None, callback=_text, help="Subject field."),
    click.option("--status", type=click.Choice([r.value for r in Review]), default=None,
                 help="Review status of the English term."),
    click.option("--usage", type=click.Choice([u.value for u in Usage]), default=None,
                 help="Usage status of the English term."),
    click.option("--type", "type_", type=click.Choice([t.value for t in TermType]),
                 default=None, help="Term type of the English term."),
    click.option("--pos", type=click.Choice([p.value for p in PartOfSpeech]), default=None,
                 help="Part of speech of the English term."),
    click.option("--reviewer", default=None,
                 help="Who is making the change (default: TERMSMITH_REVIEWER or login)."),
]


def _edit_options(f: Any) -> Any:
    for opt in reversed(_EDIT_OPTIONS):
        f = opt(f)
    return f


@main.command(epilog=_examples(
    'termsmith add "black soil" --zh 黑土 --definition "Fertile humus-rich soil"'))
@click.argument("term", callback=_text)
@_edit_options
@click.pass_context
def add(ctx: click.Context, term: str, zh: str | None, zh_lang: str, definition: str | None,
        note: str | None, subject: str | None, status: str | None, usage: str | None,
        type_: str | None, pos: str | None, reviewer: str | None) -> None:
    """Add TERM (English) as a new concept, optionally with its Chinese equivalent."""
    tb = _open(ctx)
    who = _reviewer(reviewer, tb)
    term = " ".join(term.split())
    if not term:
        raise click.BadParameter("must not be blank", param_hint="TERM")
    if tb.find(term, lang="en"):
        raise StoreError(f"{term!r} is already in the term base; use: termsmith edit {term!r}")
    review = Review(status) if status else Review.APPROVED
    terms_ = [Term(text=term, lang="en", type=TermType(type_) if type_ else TermType.FULL_FORM,
                   pos=PartOfSpeech(pos) if pos else None,
                   usage=Usage(usage) if usage else Usage.PREFERRED, review=review)]
    if zh:
        terms_.append(_zh_term(zh, zh_lang, review))
    cid = tb.add_concept(Concept(terms=tuple(terms_), definition=definition, note=note,
                                 subject=subject), who=who)
    click.echo(f"Added concept #{cid}: {term}" + (f" = {zh}" if zh else ""))


def _typed_zh(text: str) -> None:
    from termsmith import review

    if problem := review.typed_equivalent_problem(text):
        raise click.BadParameter(problem, param_hint="--zh")


def _zh_term(text: str, lang: str, review: Review) -> Term:
    _typed_zh(text)
    try:
        return Term(text=" ".join(text.split()), lang=lang, usage=Usage.PREFERRED, review=review)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--zh") from e


@main.command(epilog=_examples(
    'termsmith edit "Leading Wild Goose" --zh 头雁 --status approved',
    'termsmith edit SCIO --accept-variant "the SCIO"'))
@click.argument("term", callback=_text)
@_edit_options
@click.option("--text", "new_text", default=None, callback=_text,
              help="Correct the English term's text.")
@click.option("--accept-variant", "accept_variants", multiple=True, metavar="TEXT", callback=_text,
              help="Record an agreed variant (e.g. a short form) so checks stop reporting it.")
@click.option("--old", "old", type=click.Choice(list(_REPLACED)), default="synonym",
              show_default=True,
              help="With --zh, what the equivalent it replaces becomes: typo (removed; the "
                   "history keeps it), synonym, shortForm, abbreviation (kept, admitted) or "
                   "forbidden (kept, deprecated).")
@click.pass_context
def edit(ctx: click.Context, term: str, zh: str | None, zh_lang: str, definition: str | None,
         note: str | None, subject: str | None, status: str | None, usage: str | None,
         type_: str | None, pos: str | None, reviewer: str | None,
         new_text: str | None, accept_variants: Sequence[str], old: str) -> None:
    """Edit the entry of TERM (or #ID): Chinese equivalent, definition, status ...

    Every change is recorded with who made it and when.
    """
    from termsmith import review

    if zh:
        _typed_zh(zh)
    tb = _open(ctx)
    who = _reviewer(reviewer, tb)

    def work() -> tuple[int, int]:
        # Found, locked, read and written in one transaction: no version needed.
        hits = _find(tb, term)
        if not hits:
            raise NotFound(f"no term {term!r} in {tb.path}")
        concepts = list(dict.fromkeys(c for c, _ in hits))
        if len(concepts) > 1:
            raise StoreError(f"{term!r} names {len(concepts)} concepts "
                             f"({', '.join('#' + str(c) for c in concepts)}); give one as #ID")
        cid, tid = hits[0]
        tb.check_version(cid, None)
        n = tb.update_concept(cid, who, {k: v for k, v in {"definition": definition, "note": note,
                                                           "subject": subject}.items()
                                         if v is not None})
        if status:
            n += review.set_status(tb, tid, Review(status), who)
        term_changes = {k: v for k, v in {"usage": usage, "type": type_, "pos": pos,
                                          "text": new_text}.items() if v is not None}
        n += tb.update_term(tid, who, term_changes)
        if zh:
            n += review.set_equivalent(tb, cid, zh, who, lang=zh_lang, old=review.Replaced(old))
        for variant in accept_variants:
            review.accept_variant(tb, cid, variant, who)
            n += 1
        return cid, n

    cid, n = tb.atomic(work)
    concept = tb.get(cid, contexts=False)
    click.echo(f"Updated concept #{cid} ({concept.head.text}): {n} change{'s' * (n != 1)}.")


@main.command(epilog=_examples(
    'termsmith deprecate "Daqing Oil Field" --use "Daqing Oilfield"'))
@click.argument("term", callback=_text)
@click.option("--use", "replacement", required=True, metavar="TERM", callback=_text,
              help="The term to use instead (added to the concept if it is not there).")
@click.option("--reviewer", default=None, help="Who decides (default: TERMSMITH_REVIEWER or login).")
@click.pass_context
def deprecate(ctx: click.Context, term: str, replacement: str, reviewer: str | None) -> None:
    """Deprecate (forbid) an approved TERM in favour of another; exports mark it forbidden."""
    from termsmith import review

    if term.startswith("#"):
        raise click.BadParameter("give the term's text, not the concept id", param_hint="TERM")
    tb = _open(ctx)
    cid, text = review.deprecate_text(tb, term, replacement, _reviewer(reviewer, tb))
    click.echo(f"Deprecated {text!r} in concept #{cid}; use {replacement!r}.")


@main.command(epilog=_examples(
    'termsmith merge "Daqing Oilfield" "Daqing oil field"',
    "termsmith merge '#12' '#40'"))
@click.argument("keep")
@click.argument("other")
@click.option("--reviewer", default=None, help="Who decides (default: TERMSMITH_REVIEWER or login).")
@click.pass_context
def merge(ctx: click.Context, keep: str, other: str, reviewer: str | None) -> None:
    """Merge the concept of OTHER into the concept of KEEP (terms or #IDs).

    For two entries that name one thing, e.g. two English renderings of one
    brand that `termsmith check` reports as en-two-renderings. Every term,
    context, gloss and history entry moves over; nothing is lost.
    """
    tb = _open(ctx)
    ids = []
    for name in (keep, other):
        hits = {c for c, _ in _find(tb, name)}
        if not hits:
            raise NotFound(f"no term {name!r} in {tb.path}")
        if len(hits) > 1:
            raise StoreError(f"{name!r} names {len(hits)} concepts "
                             f"({', '.join('#' + str(c) for c in sorted(hits))}); give one as #ID")
        ids.append(hits.pop())
    tb.merge_concepts(ids[0], ids[1], _reviewer(reviewer, tb))
    click.echo(f"Merged concept #{ids[1]} into #{ids[0]} "
               f"({tb.get(ids[0], contexts=False).head.text}).")


# -- export / import ---------------------------------------------------------------


@main.command("export", epilog=_examples(
    'termsmith export -o glossary.tbx --status approved',
    'termsmith export -o memory.tmx --zh-tag zh-TW'))
@click.option("--format", "fmt", type=click.Choice(formats.names(writes=True)),
              default=None, help="Format (default: from the file name; .tbx is TBX v2).")
@click.option("-o", "--output", required=True, metavar="FILE", help="Where to write.")
@click.option("--status", "statuses", multiple=True,
              type=click.Choice([r.value for r in Review]),
              help="Only terms of this review status (repeatable; default all but rejected).")
@_kinds_option("Only concepts of this kind (repeatable).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=None, help="Minimum score.")
@click.option("--zh-tag", type=click.Choice(["zh-CN", "zh-TW", "zh", "zh-Hans", "zh-Hant"]),
              default="zh-CN", show_default=True,
              help="Language tag written for Chinese (one variant per file).")
@click.option("--contexts", "max_contexts", type=click.IntRange(min=0), default=3,
              show_default=True, help="Context sentences per term (TBX).")
@click.option("--timestamps", is_flag=True, help="Write created/modified dates.")
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str | None, output: str, statuses: Sequence[str],
               kinds: Sequence[str], min_score: float | None, zh_tag: str, max_contexts: int,
               timestamps: bool) -> None:
    """Export the term base as TBX (v2 or v3), TMX, CSV or OmegaT TSV.

    The file is written beside the target and renamed over it, so an
    interrupted export never leaves half a file.
    """
    from termsmith import exchange

    _guard_output(ctx, output)
    if fmt is None:
        named = formats.for_path(output, writes=True)
        if named is None:
            raise click.UsageError("cannot tell the format from the file name; give --format")
        fmt = named.name
    tb = _open(ctx)
    wanted = [Review(s) for s in statuses] or [Review.CANDIDATE, Review.APPROVED]
    n = exchange.export(tb, output, fmt, statuses=wanted, kinds=kinds, min_score=min_score,
                        zh_tag=zh_tag, timestamps=timestamps, max_contexts=max_contexts)
    click.echo(f"Wrote {n} {formats.FORMATS[fmt].entries} to {output} ({fmt}).")


@main.command("import", epilog=_examples(
    'termsmith import colleague.tbx memory.tmx',
    'termsmith import --format tsv omegat-glossary.txt'))
@click.argument("files", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--format", "fmt", type=click.Choice(formats.names(reads=True)),
              default=None, help="Format (default: from the name and content).")
@click.option("--force", is_flag=True,
              help="Take the file's values even where a reviewer decided otherwise.")
@click.option("--reviewer", default=None, help="Who is importing (recorded in the history).")
@click.pass_context
def import_cmd(ctx: click.Context, files: Sequence[str], fmt: str | None, force: bool,
               reviewer: str | None) -> None:
    """Import TBX (v2 or v3), TMX, CSV, TSV, XLIFF or PO files into the term base.

    Each file is one transaction: a malformed file changes nothing. Importing
    twice adds nothing twice; a difference with a reviewed term is reported as
    a conflict and not applied unless --force.
    """
    from termsmith import exchange

    tb = _open(ctx)
    who = _reviewer(reviewer, tb)
    conflicts = 0
    for f in files:
        st = exchange.import_file(tb, f, fmt=fmt, force=force, who=who)
        click.echo(f"{f}: {st.concepts_added} concepts added, {st.terms_added} terms added, "
                   f"{st.terms_updated} terms updated, {st.unchanged} unchanged"
                   + (f", {st.units_added} translation units added"
                      f" ({st.units_unchanged} already there)"
                      if st.units_added or st.units_unchanged else "")
                   + f", {len(st.conflicts)} conflicts.")
        for line in st.report.summary():
            click.echo(f"  {line}")
        for c in st.conflicts:
            click.echo(f"  conflict: {c}", err=True)
        conflicts += len(st.conflicts)
    if conflicts:
        ctx.exit(EXIT_FINDINGS)


@main.command(epilog=_examples(
    'termsmith build',
    'termsmith build --check'))
@click.option("--root", type=click.Path(readable=False), default=".",
              show_default=True, help="The project folder (holding corpus/ and glossary/).")
@click.option("--check", is_flag=True,
              help="Build into a temporary folder and exit 1 if the shipped files differ.")
def build(root: str, check: bool) -> None:
    """Regenerate glossary/ and tmx/ from corpus/ and glossary/decisions.csv.

    The shipped files are never edited by hand: change the decisions, run
    this, and review the diff.
    """
    from pathlib import Path

    from termsmith import build as building

    base = Path(root)
    if not base.is_dir():
        raise UserError(f"{root}: not a folder (give the project folder holding corpus/)")
    if check:
        stale = building.check(base)
        if stale:
            for name in stale:
                click.echo(f"{name}: differs from what 'termsmith build' produces" if
                           (base / name).exists() else f"{name}: missing; 'termsmith build' "
                           "writes it", err=True)
            sys.exit(EXIT_FINDINGS)
        click.echo("Shipped glossary/ and tmx/ are up to date.")
        return
    for path in building.build(base):
        click.echo(f"Wrote {path}")


# -- history / stats --------------------------------------------------------------


def _change_line(ch: Any, concept: bool) -> str:
    """One history line, naming the term changed (and, across the base, the concept)."""
    what = ch.term or (ch.old if ch.field.startswith("term[") and ch.new is None else None)
    where = (f"#{ch.concept_id} {ch.head or ''}".rstrip() + ": ") if concept else ""
    subject = f"{where}{what!r} " if what else (where or "concept ")
    return visible(f"{ch.at}  {ch.who}  {subject}{ch.field}: {_shown(ch.old)} -> "
                   f"{_shown(ch.new)}")


@main.command(epilog=_examples(
    'termsmith history "Leading Wild Goose"',
    'termsmith history --reviewer wang.li --since 2025-06-01'))
@click.argument("term", required=False, callback=_text)
@click.option("--reviewer", "who", default=None, metavar="NAME", help="Only changes by NAME.")
@click.option("--since", default=None, metavar="DATE",
              help="Only changes at or after DATE (ISO 8601: 2025-06-12 or 2025-06-12T10:00:00Z).")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=None,
              help="At most N changes (newest first across the term base).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.pass_context
def history(ctx: click.Context, term: str | None, who: str | None, since: str | None,
            limit: int | None, fmt: str) -> None:
    """Show who changed what and when: the entry of TERM (or #ID), oldest first, or without
    TERM every change across the term base, newest first. Every line names the term."""
    import re
    from datetime import datetime

    if since and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?", since):
        raise click.BadParameter("give a date as 2025-06-12 or 2025-06-12T10:00:00Z",
                                 param_hint="--since")
    try:                    # 2025-13-01 or 2025-02-30 matched nothing, silently
        datetime.fromisoformat(since.removesuffix("Z")) if since else None
    except ValueError as e:
        raise click.BadParameter(f"{since!r} is no date ({e})", param_hint="--since") from e
    tb = _open(ctx)
    if term is None:
        changes = tb.changes(who=who, since=since, limit=limit)
        if fmt == "json":
            click.echo(json.dumps([c.as_dict() for c in changes], ensure_ascii=False, indent=2))
            return
        if not changes:
            click.echo("No changes recorded" + (" matching the filter." if who or since else "."),
                       err=True)
        for ch in changes:
            click.echo(_change_line(ch, concept=True))
        return
    hits = _find(tb, term)
    if not hits:
        raise NotFound(f"no term {term!r} in {tb.path}")
    out = []
    for cid in dict.fromkeys(c for c, _ in hits):
        changes = [c for c in tb.history(cid) if (not who or c.who == who)
                   and (not since or c.at >= since)]
        out.append((cid, changes))
    if fmt == "json":
        click.echo(json.dumps([c.as_dict() for _, cs in out for c in cs], ensure_ascii=False,
                              indent=2))
        return
    for cid, changes in out:
        click.echo(visible(f"#{cid} {tb.get(cid, contexts=False).head.text}"))
        if not changes:
            click.echo("  (no changes recorded: harvested and not yet edited)")
        for ch in changes[-limit:] if limit else changes:
            click.echo("  " + _change_line(ch, concept=False))


@main.command(epilog=_examples(
    'termsmith undo --reviewer wang.li'))
@click.option("--reviewer", default=None,
              help="Whose last decision to take back (default: TERMSMITH_REVIEWER or login).")
@click.option("--action", type=click.IntRange(min=1), default=None,
              help="Undo this decision (its number in `termsmith history --format json`).")
@click.pass_context
def undo(ctx: click.Context, reviewer: str | None, action: int | None) -> None:
    """Take back your last decision (every change it made), recorded in the history."""
    from termsmith import review

    tb = _open(ctx)
    who = _reviewer(reviewer)
    done = review.undo(tb, who, action=action)
    if not done:
        click.echo(f"Nothing to undo for {who}.")
        return
    click.echo(f"Undid decision {done[0].action} ({len(done)} change{'s' * (len(done) != 1)}):")
    for ch in done:
        click.echo("  " + _change_line(ch, concept=True))


@main.command(epilog=_examples(
    'termsmith stats',
    'termsmith stats --format json'))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.pass_context
def stats(ctx: click.Context, fmt: str) -> None:
    """Count documents, concepts, terms and contexts, by kind, status and language."""
    tb = _open(ctx)
    st = tb.stats()
    if fmt == "json":
        click.echo(json.dumps(st, ensure_ascii=False, indent=2))
        return
    click.echo(f"Term base: {tb.path}")
    for k in ("documents", "concepts", "terms", "contexts", "glosses", "quotations", "units"):
        click.echo(f"  {k:<12}{st[k]:>8}")
    # Kinds are the concepts'; review status and language are the terms'.
    for group, title in (("by_kind", "concepts by kind"), ("by_status", "terms by review status"),
                         ("by_lang", "terms by language")):
        click.echo(f"{title}:")
        counts: dict[str, int] = st[group]
        for k, v in counts.items():
            click.echo(f"  {k:<12}{v:>8}")


def _find(tb: Any, name: str) -> list[tuple[int, int]]:
    """(concept id, term id) of what the user named: a term's text or variant, or ``#ID``.

    A concept id is ``#`` and ASCII digits that SQLite can hold; anything else
    after ``#`` (``#²``, ``#99999999999999999999``) is no id, said in one line.
    """
    text = name.strip()
    if text.startswith("#") and text[1:].strip():
        digits = text[1:].strip()
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 18:
            raise NotFound(f"{name!r} is not a concept id (# and a number, e.g. #12)")
    hits: list[tuple[int, int]] = tb.find(text)
    return hits


def _shown(value: object) -> str:
    """A history value for people: "(none)" rather than Python's None, text as it is."""
    return "(none)" if value is None or value == "" else str(value)


def run() -> None:
    """Entry point for ``python -m termsmith``."""
    main(prog_name="termsmith")


if __name__ == "__main__":  # pragma: no cover
    run()



# The check and review commands live in their own modules; importing them registers them.
from termsmith import cli_check as _cli_check  # noqa: E402,F401
from termsmith import cli_equivalents as _cli_equivalents  # noqa: E402,F401
from termsmith import cli_review as _cli_review  # noqa: E402,F401
from termsmith import cli_tm as _cli_tm  # noqa: E402,F401
