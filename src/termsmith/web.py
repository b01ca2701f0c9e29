"""The review page: a local web server where a translator decides on candidates in a browser.

``termsmith review serve`` runs :func:`serve`; tests run :func:`start`. Only the
standard library: :class:`http.server.ThreadingHTTPServer` on 127.0.0.1, one
static page (``static/review.html`` with its script and style sheet) and a JSON
API. Every change goes through :mod:`termsmith.review` and
:meth:`Store.update_concept`, in one transaction, recorded with the reviewer's
name in the history::

    GET  /                                  the page; embeds the session token, no data
    GET  /static/review.js, review.css      its script and style sheet
    GET  /api/info                          reviewer, term base, kinds with counts
    GET  /api/queue?kind=&status=&q=&after=&limit=
                                            English terms, best score first, with progress
    GET  /api/progress?kind=&q=             reviewed N of M (in the filter, and overall)
    GET  /api/concepts/ID?contexts=N|all    one concept: terms, contexts, glosses, history
    GET  /api/concepts/ID/proposals         equivalents proposed from the translation memory
                                            (accepted with POST /api/concepts/ID {"zh": …})
    POST /api/terms/ID/status               {"status": "approved"}  → review.set_status
    POST /api/concepts/ID                   {"zh": …, "old": …, "definition": …, "note": …}; a blank
                                            "zh" withdraws the one in use (review.remove_equivalent)
    POST /api/concepts/ID/deprecate         {"term": TERM_ID, "use": …}  → review.deprecate
    POST /api/concepts/ID/variants          {"variant": …}  → review.accept_variant
    POST /api/concepts/ID/merge             {"other": CID, "then": {…}} → review.merge, then
                                            the deprecation or variant that proposed it
    GET  /api/suggest?q=&lang=              terms by prefix, for autocompletion
    GET  /api/terms/ID/cursor               a term's sort key (deep links page from there)
    POST /api/undo                          {} → review.undo: this reviewer's last decision
    POST /api/bulk                          {"ids": […], "versions": […] | "view": {…}, "expect": N,
                                             "status"}

A replaced equivalent becomes what ``old`` says (typo, synonym, shortForm, abbreviation,
forbidden). A deprecation or variant naming another concept's term answers 409 with
``merge`` (that concept), so the page offers the merge instead of making a duplicate.
``queue`` also takes ``before=SCORE:ID`` (the page ending just before a row).

The queue is filtered, sorted (score, then term id) and cut in SQL, and paged by
key, not offset: ``after`` is the previous page's ``next`` (``SCORE:ID``, its last
row's sort key), so deciding on candidates while the filter is "candidate" skips none.

Security (the page can change a term base, and any web site the reviewer opens
could try to talk to it): the socket listens on loopback only; every request
must carry our own ``Host`` (DNS rebinding); a POST needs the random token
issued with the page in ``X-Termsmith-Token``, a JSON body, and, when the
browser says where it comes from, our own ``Origin`` and ``Sec-Fetch-Site:
same-origin``. The page gets a strict Content-Security-Policy and builds its
DOM with ``textContent`` only, so a term such as ``<script>`` shows as text.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import secrets
import sqlite3
import threading
import webbrowser
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from termsmith import inputs, render, review
from termsmith.errors import (
    ConflictError,
    GlossaryError,
    NotFound,
    ReviewError,
    StoreError,
    database_message,
)
from termsmith.model import Concept, Review, TermRow, TermType, Usage
from termsmith.normalize import form_key
from termsmith.store import Store, is_url, open_store

log = logging.getLogger(__name__)

HOST = "127.0.0.1"                 # loopback only: never 0.0.0.0
TOKEN_HEADER = "X-Termsmith-Token"
PAGE_SIZE = 100
MAX_PAGE = 500
MAX_BODY = 64 * 1024
REQUEST_TIMEOUT = 30.0             # seconds a connection may stall before it is closed
CONTEXTS = 3                       # contexts per term shown before "more"
MANUAL = "manual"                  # the kind shown for concepts added by hand
BUSY_SECONDS = 5.0                 # how long a request waits for a busy term base, then 503

_STATIC: dict[str, tuple[str, str]] = {
    "/static/review.js": ("review.js", "text/javascript; charset=utf-8"),
    "/static/review.css": ("review.css", "text/css; charset=utf-8"),
}
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
_BOOT = "<!--BOOT-->"              # where the page gets its token
_STATUSES = frozenset(r.value for r in Review)

Json = dict[str, Any]


class HttpError(Exception):
    """An error answered as ``{"error": message}`` with an HTTP status."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def _asset(name: str) -> bytes:
    return resources.files("termsmith").joinpath("static", name).read_bytes()


# -- reading -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Query:
    """A queue request: filters and the page wanted."""

    kinds: tuple[str, ...] = ()
    statuses: tuple[Review, ...] = ()
    text: str = ""
    after: tuple[float, int] | None = None
    before: tuple[float, int] | None = None      # the page ending just before this key
    limit: int = PAGE_SIZE

    @classmethod
    def parse(cls, qs: Mapping[str, list[str]]) -> Query:
        """Read ``kind``, ``status`` (``all`` or comma-separated), ``q``, ``after``, ``limit``."""
        def values(name: str) -> list[str]:
            return [v for raw in qs.get(name, []) for v in raw.split(",") if v.strip()]

        statuses = [s for s in values("status") if s != "all"]
        bad = [s for s in statuses if s not in _STATUSES]
        if bad:
            raise HttpError(HTTPStatus.BAD_REQUEST, f"unknown status {bad[0]!r}; one of "
                            f"{', '.join(r.value for r in Review)} or all")
        return cls(kinds=tuple(k for k in values("kind") if k != "all"),
                   statuses=tuple(Review(s) for s in statuses),
                   text=(qs.get("q") or [""])[0].strip(),
                   after=_cursor((qs.get("after") or [""])[0]),
                   before=_cursor((qs.get("before") or [""])[0]),
                   limit=_int(qs, "limit", PAGE_SIZE, 0, MAX_PAGE) or 0)


def _int(qs: Mapping[str, list[str]], name: str, default: int | None, lo: int, hi: int) -> int | None:
    raw = (qs.get(name) or [""])[0]
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18 or not lo <= int(raw) <= hi:
        raise HttpError(HTTPStatus.BAD_REQUEST, f"{name} must be a whole number from {lo} to {hi}")
    return int(raw)


def _cursor(raw: str) -> tuple[float, int] | None:
    """``SCORE:ID`` (a page's ``next``: its last row's sort key) → where the next page starts."""
    score, _, ident = raw.partition(":")
    if not raw:
        return None
    if re.fullmatch(r"[01](\.\d{1,20})?(e-\d{1,3})?", score, flags=re.A) and ident.isascii() \
            and ident.isdigit() and len(ident) < 19 \
            and float(score) <= 1:
        return float(score), int(ident)
    raise HttpError(HTTPStatus.BAD_REQUEST, "after must be the previous page's next cursor (SCORE:ID)")


def _next(r: TermRow) -> str:
    return f"{1.0 if r.score is None else r.score!r}:{r.term_id}"


def _progress(tb: Store, q: Query) -> Json:
    """Reviewed N of M in the filter and overall, and the queue's length (``matching``): one query."""
    return dict(tb.review_counts(kinds=q.kinds, text=q.text, statuses=q.statuses))


def _zh(c: Concept) -> str | None:
    """The Chinese equivalent in use (not withdrawn): preferred first, the latest set first."""
    zh = [t for t in c.section("zh") if t.usage is not Usage.DEPRECATED and t.review is not Review.REJECTED]
    best = max(zh, key=lambda t: (t.usage is Usage.PREFERRED, t.modified or "", t.id or 0), default=None)
    return best.text if best else None


def queue(tb: Store, q: Query) -> Json:
    """One page of the review queue, with the filter's total, the next cursor and the progress."""
    page, more = tb.review_page(kinds=q.kinds, statuses=q.statuses, text=q.text, after=q.after,
                                before=q.before, limit=q.limit)
    progress = _progress(tb, q)     # with "matching": the queue's length
    concepts = tb.get_many([r.concept for r in page])        # a few queries, not one per row
    items = []
    for r in page:
        c = concepts[r.concept]
        # "version": what a decision on this row sends back as expected_version (issue 11).
        items.append({"id": r.term_id, "concept": r.concept, "term": r.term, "kind": r.kind or MANUAL,
                      "category": r.category, "type": r.type.value, "status": r.status.value,
                      "usage": r.usage.value, "score": r.score, "occurrences": r.occurrences, "zh": _zh(c),
                      "definition": c.definition, "note": c.note,
                      "partner": _partner(c, r.term_id), "cursor": _next(r), "version": c.version})
    return {"items": items, "total": progress.pop("matching"), "more": more,
            "next": _next(page[-1]) if page else None, "progress": progress,
            "before": q.before is not None}


def concept(tb: Store, cid: int, contexts: int | None = CONTEXTS) -> Json:
    """One concept for the page: contexts pre-split for highlighting, glosses described."""
    c = tb.get(cid)
    terms = []
    for t in c.terms:
        shown = t.contexts if contexts is None else t.contexts[:contexts]
        terms.append({
            "id": t.id, "term": t.text, "lang": t.lang, "type": t.type.value,
            "usage": t.usage.value, "status": t.review.value, "note": t.note,
            "variants": [{"form": f, "count": n} for f, n in t.variants],
            "context_count": len(t.contexts),
            # Split here: Python offsets count code points, JavaScript's UTF-16 units.
            "contexts": [{"source": Path(x.source).name, "line": x.line, "speaker": x.speaker,
                          "before": x.sentence[:x.start] if x.form else x.sentence,
                          "form": x.form, "after": x.sentence[x.end:] if x.form else ""}
                         for x in shown]})
    history = [{"field": h.field, "old": h.old, "new": h.new, "who": h.who, "at": h.at}
               for h in tb.history(cid)[-12:]]
    return {"id": c.id, "head": c.head.text, "kind": c.kind or MANUAL, "category": c.category,
            "score": c.score, "subject": c.subject, "definition": c.definition, "note": c.note,
            "zh": _zh(c), "terms": terms, "evidence": list(c.evidence),
            "glosses": list(dict.fromkeys(render.describe_gloss(g) for g in c.glosses)),
            "history": history, "version": c.version}


def proposals(tb: Store, cid: int) -> Json:
    """The concept's equivalents proposed from the translation memory, best first, for the
    page to offer as suggestions (:func:`termsmith.equivalents.suggestions`)."""
    from termsmith import equivalents

    return {"concept": cid, "proposals": [p.as_dict() for p in equivalents.suggestions(tb, cid)]}


def _label(name: str) -> str:
    """The term base as the page's header names it: a file's name, a URL's database."""
    if is_url(name):
        return unquote(urlsplit(name).path.strip("/")) or name
    return Path(name).name


def info(tb: Store, who: str) -> Json:
    """What the page shows in its header: reviewer, term base, kinds with counts (one
    aggregate query), and whether this reviewer has a decision to undo."""
    return {"who": who, "db": _label(tb.path), "statuses": [r.value for r in Review],
            "kinds": [{"kind": k, "count": n} for k, n in tb.review_kinds()],
            "relations": [r.value for r in review.Replaced],
            "can_undo": tb.last_action(who) is not None}


def suggest(tb: Store, qs: Mapping[str, list[str]]) -> Json:
    """Terms starting with (then containing) ``q``, for autocompletion: each with its concept."""
    text = (qs.get("q") or [""])[0]
    lang = (qs.get("lang") or ["en"])[0]
    if lang not in ("en", "zh"):
        raise HttpError(HTTPStatus.BAD_REQUEST, "lang must be en or zh")
    limit = _int(qs, "limit", 10, 1, 50) or 10
    heads: dict[int, str] = {}
    out = []
    for cid, tid, term in tb.suggest(text, lang=lang, limit=limit):
        if cid not in heads:
            heads[cid] = tb.get(cid, contexts=False).head.text
        out.append({"concept": cid, "id": tid, "term": term, "head": heads[cid]})
    return {"items": out}


def cursor(tb: Store, term_id: int) -> Json:
    """Where a term stands in the queue (its sort key), so a deep link opens the page there."""
    score = tb.get(tb.concept_of(term_id), contexts=False).score
    return {"id": term_id, "cursor": f"{1.0 if score is None else score!r}:{term_id}"}


def _partner(c: Concept, term_id: int) -> Json | None:
    """The acronym of an expansion, or the expansion of an acronym (offered together)."""
    t = next((x for x in c.terms if x.id == term_id), None)
    p = review.partner(c, t) if t is not None else None
    return None if p is None else {"id": p.id, "term": p.text, "status": p.review.value,
                                   "type": p.type.value}


# -- changing ----------------------------------------------------------------------


def set_status(tb: Store, term_id: int, body: Json, who: str) -> Json:
    """Approve, reject or reopen one term (through :func:`review.set_status`)."""
    _only(body, {"status", "version"})
    status = body.get("status")
    if not isinstance(status, str) or status not in _STATUSES:
        raise ReviewError(f"status must be one of {', '.join(r.value for r in Review)}, "
                          f"not {status!r}")
    with tb.transaction():
        cid = tb.concept_of(term_id) if "version" in body else 0
        _expect(tb, cid, body)
        changed = review.set_status(tb, term_id, Review(status), who)
    return {"changed": changed, "status": status,
            "version": tb.version(cid or tb.concept_of(term_id))}


def _expect(tb: Store, cid: int, body: Json) -> None:
    """Refuse a write made on a stale view (issue 11): ``version`` is the concept's version
    the page saw; if someone changed the concept since, ConflictError names who, what, when.
    Called first in the write's transaction (it locks the concept)."""
    expected = body.pop("version", None)
    if expected is None:
        return
    if not isinstance(expected, int) or isinstance(expected, bool):
        raise ReviewError(f"version must be a whole number, not {expected!r}")
    tb.check_version(cid, expected)


def edit_concept(tb: Store, cid: int, body: Json, who: str) -> Json:
    """Set the Chinese equivalent, definition and note: all of them, or (on an error) none.

    A blank ``zh`` withdraws the equivalent in use (rejected and deprecated, kept
    in the term base and the history); another one the concept has then shows.
    """
    _only(body, {"zh", "definition", "note", "old", "version"})
    version = body.pop("version", None)
    for name, value in body.items():
        if not (isinstance(value, str) or (value is None and name not in ("zh", "old"))):
            raise ReviewError(f"{name} must be text, not {type(value).__name__}")
        _checked(name, value)
    old = _replaced(body.pop("old", review.Replaced.SYNONYM.value))
    fields = {k: _clean(k, v) for k, v in body.items() if k != "zh"}
    changed = False
    with tb.transaction():
        _expect(tb, cid, {"version": version})
        c = tb.get(cid, contexts=False)              # NotFound before anything changes
        if "zh" in body and body["zh"].strip():
            if problem := review.typed_equivalent_problem(body["zh"]):
                raise ReviewError(problem)
            changed |= review.set_equivalent(tb, cid, body["zh"], who, old=old)
        elif "zh" in body:
            wrong = _zh(c)
            if wrong is None:
                raise ReviewError(f"{c.head.text!r} has no Chinese equivalent to remove")
            changed |= review.remove_equivalent(tb, cid, wrong, who)
        if fields:
            changed |= tb.update_concept(cid, who, fields) > 0
    return {"changed": changed, "concept": concept(tb, cid)}


def deprecate(tb: Store, cid: int, body: Json, who: str) -> Json:
    """Deprecate an approved term of the concept in favour of ``use`` (:func:`review.deprecate`)."""
    _only(body, {"term", "use", "version"})
    tid = body.get("term")
    if not isinstance(tid, int) or isinstance(tid, bool):
        raise ReviewError(f"term must be a term id, not {tid!r}")
    use = _text(body, "use")
    with tb.transaction():
        _expect(tb, cid, body)
        if tid not in {t.id for t in tb.get(cid, contexts=False).terms}:
            raise ReviewError(f"term {tid} is not a term of concept #{cid}")
        try:
            replacement = review.deprecate(tb, tid, use, who)
        except ValueError as e:                     # the replacement is not a valid term
            raise ReviewError(str(e)) from e
    return {"replacement": replacement, "concept": concept(tb, cid)}


def accept_variant(tb: Store, cid: int, body: Json, who: str) -> Json:
    """Record an agreed English variant of the concept (:func:`review.accept_variant`)."""
    _only(body, {"variant", "version"})
    text = " ".join(_text(body, "variant").split())
    with tb.transaction():
        _expect(tb, cid, body)
        c = tb.get(cid, contexts=False)
        same = next((t for t in c.terms if t.lang == "en" and form_key(t.text) == form_key(text)), None)
        if same is not None and same.type is not TermType.VARIANT and (
                same is c.head or same.review is Review.APPROVED):
            raise ReviewError(f"{same.text!r} is already a term of this concept ({same.review.value}); "
                              "a variant is another form of it")
        try:
            review.accept_variant(tb, cid, text, who)
        except ValueError as e:
            raise ReviewError(str(e)) from e
    return {"concept": concept(tb, cid)}


def merge(tb: Store, cid: int, body: Json, who: str) -> Json:
    """Merge concept ``other`` into this one (:func:`review.merge`); then, if asked, finish the
    deprecation or variant that proposed it (``then``: {"deprecate": TERM_ID, "use": …} or
    {"variant": …}), all in one transaction."""
    _only(body, {"other", "then", "version"})
    other = body.get("other")
    if not isinstance(other, int) or isinstance(other, bool):
        raise ReviewError(f"other must be a concept id, not {other!r}")
    then = body.get("then") or {}
    if not isinstance(then, dict):
        raise ReviewError("then must be an object")
    with tb.transaction():
        _expect(tb, cid, body)
        review.merge(tb, cid, other, who)
        if "deprecate" in then:
            deprecate(tb, cid, {"term": then.get("deprecate"), "use": then.get("use")}, who)
        elif "variant" in then:
            accept_variant(tb, cid, {"variant": then.get("variant")}, who)
    return {"concept": concept(tb, cid)}


def undo(tb: Store, body: Json, who: str) -> Json:
    """Take back this reviewer's last decision (:func:`review.undo`), also after a reload."""
    _only(body, set())
    done = review.undo(tb, who)
    return {"undone": [{"concept": h.concept_id, "term_id": h.term_id, "term": h.term or h.old,
                        "field": h.field, "old": h.old, "new": h.new} for h in done],
            "concepts": sorted({h.concept_id for h in done}),
            "can_undo": tb.last_action(who) is not None}


def bulk(tb: Store, body: Json, who: str) -> Json:
    """One status for many terms, in one transaction (one decision: one undo takes it back).

    Either ``ids`` (the rows selected), or ``view`` (``{"kind", "status", "q"}``: every term
    in the filtered queue) with ``expect``, the count the reviewer confirmed: if the view
    now holds another number of terms, nothing is applied (409) and the page asks again.
    """
    _only(body, {"ids", "view", "expect", "status", "versions"})
    status = body.get("status")
    if not isinstance(status, str) or status not in _STATUSES:
        raise ReviewError(f"status must be one of {', '.join(r.value for r in Review)}, "
                          f"not {status!r}")
    ids = body.get("ids")
    view = body.get("view")
    if (ids is None) == (view is None):
        raise ReviewError("give either ids (the rows selected) or view (the filter) with expect")
    if ids is not None:
        if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool)
                                                for i in ids) or len(ids) > 10_000:
            raise ReviewError("ids must be a list of at most 10000 term ids")
        wanted = list(dict.fromkeys(ids))
        seen = _seen_versions(ids, body.get("versions"))
    else:
        if not isinstance(view, dict) or set(view) - {"kind", "status", "q"} or not all(
                isinstance(v, str) for v in view.values()):
            raise ReviewError("view must be {kind, status, q} as the queue takes them")
        expect = body.get("expect")
        if not isinstance(expect, int) or isinstance(expect, bool):
            raise ReviewError("expect must be the number of terms the reviewer confirmed")
        q = Query.parse({k: [v] for k, v in view.items() if v})
        wanted = []
        after = None
        while True:
            page, more = tb.review_page(kinds=q.kinds, statuses=q.statuses, text=q.text,
                                        after=after, limit=MAX_PAGE)
            wanted += [r.term_id for r in page]
            if not more or not page:
                break
            after = (1.0 if page[-1].score is None else page[-1].score, page[-1].term_id)
        if len(wanted) != expect:
            raise Conflict(f"the view now holds {len(wanted)} terms, not {expect}; "
                           "nothing was changed", {"count": len(wanted)})
        seen = {}
    changed = 0
    with tb.transaction():
        concepts = {tid: tb.concept_of(tid) for tid in wanted}
        # Every version the page saw is checked (and its concept locked) before anything is
        # written: one stale row refuses the whole decision (issue 11), nothing applied.
        for tid, version in seen.items():
            if tid in concepts:
                tb.check_version(concepts[tid], version)
        for tid in wanted:
            changed += review.set_status(tb, tid, Review(status), who)
        versions = {str(cid): tb.version(cid) for cid in sorted(set(concepts.values()))}
    return {"changed": changed, "count": len(wanted), "status": status, "versions": versions}


def _seen_versions(ids: list[int], versions: object) -> dict[int, int]:
    """Term id → the version of its concept the page showed (``versions``, in the order of
    ``ids``; null where the page has none)."""
    if versions is None:
        return {}
    if not isinstance(versions, list) or len(versions) != len(ids) or not all(
            v is None or isinstance(v, int) and not isinstance(v, bool) for v in versions):
        raise ReviewError("versions must give each id's concept version (or null), in the "
                          "order of ids")
    return {tid: v for tid, v in zip(ids, versions, strict=True) if v is not None}


class Conflict(GlossaryError):
    """Answered 409 with the message and ``data`` (the page offers a way out)."""

    def __init__(self, message: str, data: Json) -> None:
        super().__init__(message)
        self.data = data


def _replaced(value: str) -> review.Replaced:
    try:
        return review.Replaced(value)
    except ValueError as e:
        raise ReviewError(f"old must be one of {', '.join(r.value for r in review.Replaced)}, "
                          f"not {value!r}") from e


def _text(body: Json, name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ReviewError(f"{name} must be text, not "
                          f"{'blank' if isinstance(value, str) else type(value).__name__}")
    _checked(name, value)
    return value


def _checked(name: str, value: str | None) -> None:
    """Refuse control characters at the door, naming the field (issue 15, item 21).

    Line breaks pass: they are folded to spaces where a field is one line."""
    try:
        if value is not None:
            inputs.check(name, value)
    except ValueError as e:
        raise ReviewError(str(e)) from e


def _clean(name: str, value: str | None) -> str | None:
    """Blank clears; a definition is one line, a note keeps its line breaks."""
    if value is None:
        return None
    value = " ".join(value.split()) if name == "definition" else value.strip()
    return value or None


def _only(body: Json, allowed: set[str]) -> None:
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise ReviewError(f"unknown field {unknown[0]!r}; expected {', '.join(sorted(allowed))}")


# -- the server --------------------------------------------------------------------


class ReviewServer(ThreadingHTTPServer):
    """The review page's HTTP server, bound to 127.0.0.1; one per term base and reviewer."""

    daemon_threads = True

    def __init__(self, db_path: str | Path, port: int, who: str) -> None:
        super().__init__((HOST, port), _Handler)
        self.db_path = str(db_path)
        self.name = self.db_path                      # as messages name it (make_server)
        self.who = who
        self.token = secrets.token_urlsafe(32)
        self.request_timeout = REQUEST_TIMEOUT
        self.port = int(self.server_address[1])
        self.url = f"http://{HOST}:{self.port}/"
        self.hosts = frozenset(f"{h}:{self.port}" for h in (HOST, "localhost"))
        self.origins = frozenset(f"http://{h}" for h in self.hosts)
        boot = json.dumps({"token": self.token}).replace("<", "\\u003c")
        self.page = _asset("review.html").replace(
            _BOOT.encode(), f'<script id="boot" type="application/json">{boot}</script>'.encode())

    def stop(self) -> None:
        """Stop serving (from another thread) and close the socket."""
        self.shutdown()
        self.server_close()


def make_server(db_path: str | Path, *, port: int = 0, who: str) -> ReviewServer:
    """Check the term base and bind 127.0.0.1:``port`` (0: any free port); don't serve yet."""
    if str(db_path) == ":memory:":
        raise StoreError("the review page needs a term base file, not :memory:")
    if not who.strip():
        raise ReviewError("the reviewer's name must not be blank")
    tb = open_store(db_path)                          # StoreError now rather than per request
    name = tb.path                                    # (a URL without its password)
    tb.close()
    try:
        server = ReviewServer(db_path, port, who)
        server.name = name
        return server
    except OSError as e:
        raise GlossaryError(f"cannot listen on {HOST}:{port}: {e.strerror or e}") from e


def start(db_path: str | Path, *, port: int = 0, who: str) -> tuple[ReviewServer, str]:
    """Serve in a background thread; return the server (``server.stop()`` ends it) and its URL."""
    server = make_server(db_path, port=port, who=who)
    threading.Thread(target=server.serve_forever, name="termsmith-review", daemon=True).start()
    return server, server.url


def serve(db_path: str | Path, *, port: int = 8765, who: str, open_browser: bool = False,
          echo: Callable[[str], object] = print, ready: threading.Event | None = None) -> None:
    """Serve the review page until interrupted (Ctrl-C); ``ready`` is set once listening."""
    server = make_server(db_path, port=port, who=who)
    try:
        echo(f"Reviewing {server.name} as {who} at {server.url}  (Ctrl-C to stop)")
        if open_browser:
            webbrowser.open(server.url)
        if ready is not None:
            ready.set()
        server.serve_forever()
    except KeyboardInterrupt:
        echo("Stopped.")
    finally:
        server.server_close()


# (term base, id from the path, query, JSON body of a POST, reviewer) → the JSON answer
Route = Callable[[Store, int, dict[str, list[str]], Json, str], Json]


def _contexts(qs: Mapping[str, list[str]]) -> int | None:
    return None if (qs.get("contexts") or [""])[0] in ("all", "0") else \
        _int(qs, "contexts", CONTEXTS, 0, 10_000)


_ID = r"([0-9]{1,18})"
_ROUTES: list[tuple[str, re.Pattern[str], Route]] = [
    ("GET", re.compile(r"/api/info"), lambda tb, _, qs, body, who: info(tb, who)),
    ("GET", re.compile(r"/api/queue"), lambda tb, _, qs, body, who: queue(tb, Query.parse(qs))),
    ("GET", re.compile(r"/api/progress"),
     lambda tb, _, qs, body, who: _progress(tb, Query.parse(qs))),
    ("GET", re.compile(f"/api/concepts/{_ID}/proposals"), lambda tb, cid, qs, _, who: proposals(tb, cid)),
    ("GET", re.compile(f"/api/concepts/{_ID}"), lambda tb, cid, qs, _, who: concept(tb, cid, _contexts(qs))),
    ("GET", re.compile(r"/api/suggest"), lambda tb, _, qs, body, who: suggest(tb, qs)),
    ("GET", re.compile(f"/api/terms/{_ID}/cursor"), lambda tb, i, qs, _, who: cursor(tb, i)),
    ("POST", re.compile(r"/api/undo"), lambda tb, _, q, b, who: undo(tb, b, who)),
    ("POST", re.compile(r"/api/bulk"), lambda tb, _, q, b, who: bulk(tb, b, who)),
    ("POST", re.compile(f"/api/concepts/{_ID}/merge"), lambda tb, i, q, b, who: merge(tb, i, b, who)),
    ("POST", re.compile(f"/api/terms/{_ID}/status"), lambda tb, i, q, b, who: set_status(tb, i, b, who)),
    ("POST", re.compile(f"/api/concepts/{_ID}"), lambda tb, i, q, b, who: edit_concept(tb, i, b, who)),
    ("POST", re.compile(f"/api/concepts/{_ID}/deprecate"), lambda tb, i, q, b, who: deprecate(tb, i, b, who)),
    ("POST", re.compile(f"/api/concepts/{_ID}/variants"),
     lambda tb, i, q, b, who: accept_variant(tb, i, b, who)),
]


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    protocol_version = "HTTP/1.1"      # keep-alive: a decision is one round trip on an open socket
    disable_nagle_algorithm = True     # else headers and body, two writes, wait ~40 ms for an ACK
    server_version = "termsmith-review"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        # A stalled client (headers or body never finished) must not hold a thread for ever.
        self.connection.settimeout(self.server.request_timeout)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def _dispatch(self, method: str) -> None:
        self._body: bytes | None = None
        try:
            if method == "POST":
                self._body = self._read_body()     # always drained: the socket stays usable
            if self.headers.get("Host", "") not in self.server.hosts:
                raise HttpError(HTTPStatus.FORBIDDEN, "unexpected Host header")
            url = urlsplit(self.path)
            if method == "GET" and url.path in ("/", "/index.html"):
                return self._send(HTTPStatus.OK, self.server.page, "text/html; charset=utf-8")
            if method == "GET" and url.path in _STATIC:
                name, ctype = _STATIC[url.path]
                return self._send(HTTPStatus.OK, _asset(name), ctype)
            allowed = [m for m, pattern, _ in _ROUTES if pattern.fullmatch(url.path)]
            for m, pattern, route in _ROUTES:
                match = pattern.fullmatch(url.path)
                if m == method and match:
                    if method == "POST":
                        self._check_post()
                    ident = int(match.group(1)) if match.groups() else 0
                    body = self.json_body() if method == "POST" else {}
                    # One connection per request; a busy term base answers 503 within seconds.
                    with open_store(self.server.db_path, busy_timeout=BUSY_SECONDS) as tb:
                        result = route(tb, ident, parse_qs(url.query), body, self.server.who)
                    return self._json(HTTPStatus.OK, result)
            if allowed:
                raise HttpError(HTTPStatus.METHOD_NOT_ALLOWED, f"use {' or '.join(allowed)}")
            raise HttpError(HTTPStatus.NOT_FOUND, f"no such page: {url.path}")
        except HttpError as e:
            self._json(e.status, {"error": str(e)})
        except review.SameTermElsewhere as e:        # the page offers a merge instead
            self._json(HTTPStatus.CONFLICT, {"error": str(e), "merge": {
                "concept": e.concept, "head": e.head, "into": e.into, "term": e.text}})
        except Conflict as e:
            self._json(HTTPStatus.CONFLICT, {"error": str(e), **e.data})
        except ConflictError as e:                   # a stale view: the page offers a way out
            self._json(HTTPStatus.CONFLICT, {"error": str(e), "conflict": {
                "concept": e.concept_id, "expected": e.expected, "current": e.current,
                "changes": [{"who": h.who, "at": h.at, "field": h.field, "term": h.term or h.old,
                             "old": h.old, "new": h.new} for h in e.changes]}})
        except NotFound as e:
            self._json(HTTPStatus.NOT_FOUND, {"error": str(e)})
        except ReviewError as e:
            self._json(HTTPStatus.BAD_REQUEST, {"error": str(e)})
        except GlossaryError as e:                   # StoreError: locked, unreadable …
            self._json(HTTPStatus.SERVICE_UNAVAILABLE, {"error": str(e)})
        except sqlite3.Error as e:                   # locked, read-only, disk full, damaged
            log.warning("review page: %s %s: %s", method, self.path, e)
            self._json(HTTPStatus.SERVICE_UNAVAILABLE,
                       {"error": database_message(self.server.db_path, e)})
        except TimeoutError:
            self.close_connection = True             # the client stalled mid-request
        except Exception:
            log.exception("review page: %s %s failed", method, self.path)
            self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal error; see the server log"})

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding") is not None:
            # Not parsed here: reading on after the headers would take the chunks for a
            # second request (request smuggling). The connection closes instead.
            self.close_connection = True
            raise HttpError(HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length, "
                            "not Transfer-Encoding")
        length = self.headers.get("Content-Length", "0").strip() or "0"
        if not (length.isascii() and length.isdigit()) or int(length) > MAX_BODY:
            self.close_connection = True             # the rest of the request is not read
            raise HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                            f"the body must have a Content-Length of at most {MAX_BODY} bytes")
        return self.rfile.read(int(length))

    def _check_post(self) -> None:
        """Only our own page may change the term base (CSRF, DNS rebinding)."""
        origin = self.headers.get("Origin")
        if origin is not None and origin not in self.server.origins:
            raise HttpError(HTTPStatus.FORBIDDEN, f"cross-origin request from {origin} refused")
        site = self.headers.get("Sec-Fetch-Site")
        if site is not None and site != "same-origin":
            raise HttpError(HTTPStatus.FORBIDDEN, f"{site} request refused")
        token = self.headers.get(TOKEN_HEADER, "")
        if not hmac.compare_digest(token.encode(), self.server.token.encode()):
            raise HttpError(HTTPStatus.FORBIDDEN, f"missing or wrong {TOKEN_HEADER}; reload the page")

    def json_body(self) -> Json:
        """The request's body as a JSON object."""
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise HttpError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send application/json")
        try:
            body = json.loads((self._body or b"").decode("utf-8"))
            # JSON may spell a lone surrogate (\\ud800), which no UTF-8 text can hold.
            json.dumps(body, ensure_ascii=False).encode("utf-8")
        except (UnicodeError, json.JSONDecodeError, RecursionError) as e:
            raise HttpError(HTTPStatus.BAD_REQUEST, f"body is not JSON in UTF-8: {e}") from e
        if not isinstance(body, dict):
            raise HttpError(HTTPStatus.BAD_REQUEST, "body must be a JSON object")
        return body

    def _json(self, status: HTTPStatus, data: Json) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                   "application/json; charset=utf-8")

    def _send(self, status: HTTPStatus, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.send_header("Content-Security-Policy", _CSP)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
