"""The review page: its JSON API over real HTTP, and a review clicked through in Chromium."""

from __future__ import annotations

import json
import re
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from termsmith import harvest, ingest, reader, web
from termsmith.errors import GlossaryError, StoreError
from termsmith.model import Concept, Context, Review, Term, Usage
from termsmith.store import Filter, TermBase

WHO = "wang.li"
XSS = "<script>alert(1)</script> Initiative"
SCREENSHOT = Path("/tmp/termsmith-review.png")


def _build(db: str, transcript: Path) -> None:
    with TermBase(db) as tb:
        ingest.store(tb, harvest.run(reader.read(transcript)))
        sentence = f'They praised the "{XSS}" <img src=x onerror=alert(2)> today.'
        start = sentence.index(XSS)
        tb.add_concept(Concept(
            terms=(Term(text=XSS, contexts=(Context(sentence=sentence, source="evil.txt", line=3,
                                                    start=start, end=start + len(XSS)),)),),
            kind="quoted", score=0.99, evidence=("<b>not bold</b>",)))


@pytest.fixture
def db(new_db: Callable[[], str], transcript: Path) -> str:
    """A harvested term base of the store under test (a file, or a PostgreSQL URL)."""
    path = new_db()
    _build(path, transcript)
    return path


@pytest.fixture
def served(db: str) -> Iterator[tuple[web.ReviewServer, str]]:
    server, url = web.start(db, who=WHO)
    yield server, url
    server.stop()


def _call(url: str, path: str, body: object = None, *, token: str | None = None,
          headers: dict[str, str] | None = None, raw: bytes | None = None) -> tuple[int, Any]:
    """(status, JSON answer) of a GET, or of a POST when there is a body."""
    data = raw if raw is not None else None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url.rstrip("/") + path, data=data,
                                 method="GET" if data is None else "POST")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token is not None:
        req.add_header(web.TOKEN_HEADER, token)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=10) as res:
            return res.status, json.loads(res.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def _term(db: str, text: str) -> tuple[int, int]:
    with TermBase(db) as tb:
        (cid, tid), = tb.find(text, lang="en")
    return cid, tid


def _status(db: str, tid: int) -> Review:
    with TermBase(db) as tb:
        return next(r.status for r in tb.rows() if r.term_id == tid)


# -- the API, over HTTP ----------------------------------------------------------------


def test_listens_on_loopback_only(served: tuple[web.ReviewServer, str]) -> None:
    server, url = served
    assert server.server_address[0] == "127.0.0.1"
    assert server.socket.family == socket.AF_INET
    assert url == f"http://127.0.0.1:{server.port}/" and server.port > 0


def test_queue_is_english_terms_best_score_first(served: tuple[web.ReviewServer, str],
                                                 db: str) -> None:
    status, data = _call(served[1], "/api/queue?status=all")
    assert status == 200
    with TermBase(db) as tb:
        rows = tb.rows(Filter(lang="en"))
    expected = [r.term_id for r in sorted(rows, key=lambda r: (-(r.score or 1), r.term_id))]
    assert [i["id"] for i in data["items"]] == expected
    scores = [i["score"] for i in data["items"]]
    assert scores == sorted(scores, reverse=True)
    top = [i["term"] for i in data["items"][:4]]      # scores 1, 1, then 0.99 and 1 by harvest
    assert top[:2] == ["State Council Information Office", "SCIO"] and XSS in top
    assert data["more"] is False and data["next"] == f"{data['items'][-1]['score']!r}:{expected[-1]}"
    assert data["progress"] == {"reviewed": 0, "total": len(expected), "all_reviewed": 0,
                                "all_total": len(expected)}


def test_queue_filters_by_kind_status_and_text(served: tuple[web.ReviewServer, str],
                                               db: str) -> None:
    url = served[1]
    names = _call(url, "/api/queue?kind=name&status=all")[1]
    # Qinghai, Sanjiangyuan National Park (Administration) and the outlet Qinghai Daily
    assert {i["kind"] for i in names["items"]} == {"name"} and names["total"] == 4
    assert names["progress"]["total"] == 4 and names["progress"]["all_total"] > 4
    grass = _call(url, "/api/queue?q=GRASS")[1]
    assert [i["term"] for i in grass["items"]] == ["grassland restoration", "degraded grassland",
                                                   "grassland restoration projects"]
    _, tid = _term(db, "grassland restoration")
    assert _call(url, f"/api/terms/{tid}/status", {"status": "approved"}, token=served[0].token)[0] == 200
    assert [i["id"] for i in _call(url, "/api/queue?status=approved")[1]["items"]] == [tid]
    assert tid not in [i["id"] for i in _call(url, "/api/queue?status=candidate")[1]["items"]]
    assert _call(url, "/api/progress?q=grass")[1]["reviewed"] == 1
    assert _call(url, "/api/queue?status=maybe")[0] == 400
    assert _call(url, "/api/queue?limit=-1")[0] == 400
    for bad in ("12", "x:1", "2.0:5", "0.5:-1", "nan:3", "0.5:"):
        status, data = _call(url, f"/api/queue?after={bad}")
        assert status == 400 and "next cursor" in data["error"], bad


def test_paging_by_key_skips_nothing_while_deciding(served: tuple[web.ReviewServer, str]) -> None:
    server, url = served
    everything = [i["id"] for i in _call(url, "/api/queue?status=candidate")[1]["items"]]
    first = _call(url, "/api/queue?status=candidate&limit=4")[1]
    assert first["more"] and [i["id"] for i in first["items"]] == everything[:4]
    assert first["total"] == len(everything)
    for i in first["items"]:        # decided: no longer candidates, yet the next page follows on
        _call(url, f"/api/terms/{i['id']}/status", {"status": "rejected"}, token=server.token)
    second = _call(url, f"/api/queue?status=candidate&limit=4&after={first['next']}")[1]
    assert [i["id"] for i in second["items"]] == everything[4:8]
    assert second["total"] == len(everything) - 4
    assert second["progress"]["reviewed"] == 4
    rest = _call(url, f"/api/queue?status=candidate&limit=500&after={second['next']}")[1]
    assert [i["id"] for i in rest["items"]] == everything[8:] and rest["more"] is False


def test_post_without_or_with_a_wrong_token_is_refused(served: tuple[web.ReviewServer, str],
                                                       db: str) -> None:
    server, url = served
    cid, tid = _term(db, "Water Tower of China")
    for token in (None, "", "x" * 43, server.token[:-1]):
        status, data = _call(url, f"/api/terms/{tid}/status", {"status": "approved"}, token=token)
        assert status == 403 and "Token" in data["error"]
        assert _call(url, f"/api/concepts/{cid}", {"zh": "中华水塔"}, token=token)[0] == 403
        assert _call(url, f"/api/concepts/{cid}/deprecate", {"term": tid, "use": "x"}, token=token)[0] == 403
        assert _call(url, f"/api/concepts/{cid}/variants", {"variant": "x"}, token=token)[0] == 403
    for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"},
                    {"Sec-Fetch-Site": "cross-site"}, {"Host": "evil.example:80"}):
        status, _ = _call(url, f"/api/terms/{tid}/status", {"status": "approved"},
                          token=server.token, headers=headers)
        assert status == 403, headers
    assert _status(db, tid) is Review.CANDIDATE
    with TermBase(db) as tb:
        assert tb.history(cid) == [] and tb.get(cid).section("zh") == []


def test_host_header_is_checked_on_reads_too(served: tuple[web.ReviewServer, str]) -> None:
    status, data = _call(served[1], "/api/queue", headers={"Host": "attacker.example:8765"})
    assert status == 403 and data == {"error": "unexpected Host header"}
    assert _call(served[1], "/api/info", headers={"Host": f"localhost:{served[0].port}"})[0] == 200


def test_approve_changes_the_term_base_and_records_who(served: tuple[web.ReviewServer, str],
                                                       db: str) -> None:
    server, url = served
    cid, tid = _term(db, "Water Tower of China")
    status, data = _call(url, f"/api/terms/{tid}/status", {"status": "approved"}, token=server.token,
                         headers={"Origin": url.rstrip("/")})
    with TermBase(db) as tb:
        version = tb.version(cid)
    # The answer carries the concept's new version: the page's next decision sends it back.
    assert (status, data) == (200, {"changed": True, "status": "approved", "version": version})
    again = _call(url, f"/api/terms/{tid}/status", {"status": "approved"}, token=server.token)[1]
    assert again["changed"] is False and again["version"] == version
    assert _status(db, tid) is Review.APPROVED
    with TermBase(db) as tb:
        assert [(h.field, h.old, h.new, h.who) for h in tb.history(cid)] == [
            ("review", "candidate", "approved", WHO)]


def test_edit_equivalent_definition_and_note(served: tuple[web.ReviewServer, str], db: str) -> None:
    server, url = served
    cid, _ = _term(db, "Water Tower of China")
    status, data = _call(url, f"/api/concepts/{cid}", token=server.token,
                         body={"zh": " 中华水塔 ", "definition": " Qinghai,  as the source\nof rivers ",
                               "note": "SCIO usage"})
    assert status == 200 and data["changed"] is True
    assert data["concept"]["zh"] == "中华水塔"
    assert data["concept"]["definition"] == "Qinghai, as the source of rivers"
    _call(url, f"/api/concepts/{cid}", {"zh": "中国水塔", "note": "", "old": "forbidden"},
          token=server.token)
    with TermBase(db) as tb:
        c = tb.get(cid)
        assert {t.text: t.usage for t in c.section("zh")} == {"中华水塔": Usage.DEPRECATED,
                                                              "中国水塔": Usage.PREFERRED}
        assert c.note is None
        assert {h.who for h in tb.history(cid)} == {WHO}
        assert {h.field for h in tb.history(cid)} >= {"term[zh-Hans]", "definition", "note", "usage"}


def test_invalid_input_is_a_400_with_a_message_and_changes_nothing(
        served: tuple[web.ReviewServer, str], db: str) -> None:
    server, url = served
    cid, tid = _term(db, "Water Tower of China")
    status, data = _call(url, f"/api/terms/{tid}/status", {"status": "maybe"}, token=server.token)
    assert status == 400 and "status must be one of candidate, approved, rejected" in data["error"]
    assert _call(url, f"/api/terms/{tid}/status", {"status": ["approved"]}, token=server.token)[0] == 400
    assert _call(url, f"/api/terms/{tid}/status", {"review": "approved"}, token=server.token)[0] == 400
    assert _call(url, "/api/terms/999999/status", {"status": "approved"}, token=server.token)[0] == 400
    # A blank equivalent withdraws the one in use; with none, it is refused, and the
    # definition sent with it is not written either.
    status, data = _call(url, f"/api/concepts/{cid}", {"zh": "  ", "definition": "x"}, token=server.token)
    assert (status, data) == (400, {"error": "'Water Tower of China' has no Chinese equivalent to remove"})
    assert _call(url, f"/api/concepts/{cid}", {"zh": None}, token=server.token)[0] == 400
    assert _call(url, "/api/concepts/999999", {"note": "x"}, token=server.token)[0] == 404
    assert _call(url, f"/api/concepts/{cid}", raw=b"{not json", token=server.token)[0] == 400
    assert _call(url, f"/api/concepts/{cid}", raw=b"[1]", token=server.token)[0] == 400
    assert _call(url, f"/api/concepts/{cid}", raw=b"x" * (web.MAX_BODY + 1), token=server.token)[0] == 413
    assert _call(url, f"/api/terms/{tid}/status", headers={"Content-Type": "text/plain"},
                 raw=b'{"status": "approved"}', token=server.token)[0] == 415
    assert _call(url, "/api/terms/1/status")[0] == 405
    assert _call(url, "/api/nothing")[0] == 404
    with TermBase(db) as tb:
        assert tb.history(cid) == [] and tb.get(cid).definition is None
    assert _status(db, tid) is Review.CANDIDATE


def test_deprecate_and_accept_a_variant(served: tuple[web.ReviewServer, str], db: str) -> None:
    server, url = served
    cid, tid = _term(db, "Water Tower of China")
    body = {"term": tid, "use": "China's Water Tower"}
    status, data = _call(url, f"/api/concepts/{cid}/deprecate", body, token=server.token)
    assert status == 400 and data["error"] == ("only an approved term can be deprecated; "
                                               "'Water Tower of China' is candidate (reject it instead)")
    _call(url, f"/api/terms/{tid}/status", {"status": "approved"}, token=server.token)
    for bad, message in [({"term": tid, "use": " "}, "use must be text, not blank"),
                         ({"term": str(tid), "use": "x"}, "term must be a term id"),
                         ({"term": tid, "use": "Water Tower of China"}, "is the term being deprecated"),
                         ({"term": tid, "use": "x\x07"}, "control character"),
                         ({"term": tid}, "use must be text, not NoneType")]:
        status, data = _call(url, f"/api/concepts/{cid}/deprecate", bad, token=server.token)
        assert status == 400 and message in data["error"], bad
    other, other_tid = _term(db, "SCIO")
    status, data = _call(url, f"/api/concepts/{other}/deprecate", body, token=server.token)
    assert (status, data) == (400, {"error": f"term {tid} is not a term of concept #{other}"})
    assert _call(url, "/api/concepts/999999/deprecate", body, token=server.token)[0] == 404

    status, data = _call(url, f"/api/concepts/{cid}/deprecate", body, token=server.token)
    assert status == 200
    terms = {t["term"]: t for t in data["concept"]["terms"]}
    assert terms["Water Tower of China"]["usage"] == "deprecated"
    assert (terms["China's Water Tower"]["usage"], terms["China's Water Tower"]["status"]) == (
        "preferred", "approved")
    assert data["replacement"] == terms["China's Water Tower"]["id"]
    queue = _call(url, "/api/queue?status=approved")[1]["items"]
    assert {i["term"]: i["usage"] for i in queue} == {"Water Tower of China": "deprecated",
                                                     "China's Water Tower": "preferred"}

    status, data = _call(url, f"/api/concepts/{cid}/variants", {"variant": " Water  Tower "},
                         token=server.token)
    assert status == 200
    assert {t["term"]: (t["type"], t["status"]) for t in data["concept"]["terms"]}["Water Tower"] == (
        "variant", "approved")
    for bad, message in [({"variant": "water tower of china"},
                          "'Water Tower of China' is already a term of this concept (approved)"),
                         ({"variant": "China's water tower"}, "already a term of this concept (approved)"),
                         ({"variant": ""}, "variant must be text, not blank"),
                         ({"variant": "x", "lang": "fr"}, "unknown field 'lang'")]:
        status, data = _call(url, f"/api/concepts/{cid}/variants", bad, token=server.token)
        assert status == 400 and message in data["error"], bad
    with TermBase(db) as tb:
        assert {h.who for h in tb.history(cid)} == {WHO}
        assert tb.history(other) == []


def test_a_blank_equivalent_withdraws_the_one_in_use(served: tuple[web.ReviewServer, str],
                                                     db: str) -> None:
    server, url = served
    cid, _ = _term(db, "Water Tower of China")
    _call(url, f"/api/concepts/{cid}", {"zh": "中华水塔"}, token=server.token)
    _call(url, f"/api/concepts/{cid}", {"zh": "中国水塔", "old": "forbidden"}, token=server.token)
    status, data = _call(url, f"/api/concepts/{cid}", {"zh": "", "note": "wrong"}, token=server.token)
    assert status == 200 and data["changed"] and data["concept"]["zh"] is None
    assert data["concept"]["note"] == "wrong"
    with TermBase(db) as tb:
        zh = {t.text: (t.usage, t.review) for t in tb.get(cid).section("zh")}
        assert zh == {"中华水塔": (Usage.DEPRECATED, Review.APPROVED),
                      "中国水塔": (Usage.DEPRECATED, Review.REJECTED)}
        assert [(h.field, h.old, h.new, h.who) for h in tb.history(cid)][-3:-1] == [
            ("review", "approved", "rejected", WHO), ("usage", "preferred", "deprecated", WHO)]
    status, data = _call(url, f"/api/concepts/{cid}", {"zh": "中华水塔"}, token=server.token)
    assert status == 200 and data["concept"]["zh"] == "中华水塔"          # set again: restored


def test_page_embeds_only_the_token(served: tuple[web.ReviewServer, str], db: str) -> None:
    server, url = served
    with urllib.request.urlopen(url, timeout=10) as res:
        html = res.read().decode()
        csp = res.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    boot = re.search(r'<script id="boot" type="application/json">(.*?)</script>', html)
    assert boot and json.loads(boot.group(1)) == {"token": server.token}
    with TermBase(db) as tb:
        texts = [t.text for c in tb.concepts() for t in c.terms]
    assert texts and not [t for t in texts if re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", html)]
    assert "alert" not in html and "http://" not in html and "https://" not in html   # no CDN
    js = (Path(web.__file__).parent / "static" / "review.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js.replace("never assigns HTML", "")


def test_concept_detail_splits_contexts_for_highlighting(served: tuple[web.ReviewServer, str],
                                                         db: str) -> None:
    cid, tid = _term(db, XSS)
    d = _call(served[1], f"/api/concepts/{cid}")[1]
    (t,) = d["terms"]
    assert (t["term"], t["context_count"]) == (XSS, 1)
    (c,) = t["contexts"]
    assert c["form"] == XSS and c["before"].endswith('the "') and c["source"] == "evil.txt"
    assert d["evidence"] == ["<b>not bold</b>"]
    scio, _ = _term(db, "SCIO")
    few = _call(served[1], f"/api/concepts/{scio}?contexts=1")[1]
    every = _call(served[1], f"/api/concepts/{scio}?contexts=all")[1]
    assert [len(x["contexts"]) for x in few["terms"]] == [1, 1]
    assert [len(x["contexts"]) for x in every["terms"]] == [x["context_count"] for x in every["terms"]]


def test_serve_prints_the_url_and_opens_the_browser(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[web.ReviewServer] = []
    opened: list[str] = []
    lines: list[str] = []
    real = web.make_server

    def make_server(*args: Any, **kwargs: Any) -> web.ReviewServer:
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(web, "make_server", make_server)
    monkeypatch.setattr("webbrowser.open", opened.append)
    ready = threading.Event()
    thread = threading.Thread(target=web.serve, args=(db,), daemon=True,
                              kwargs={"port": 0, "who": WHO, "open_browser": True,
                                      "echo": lines.append, "ready": ready})
    thread.start()
    assert ready.wait(10)
    (server,) = made
    assert opened == [server.url] and server.url in lines[0]
    assert _call(server.url, "/api/info")[1]["who"] == WHO
    server.shutdown()
    thread.join(10)
    assert not thread.is_alive()


def test_a_port_in_use_or_no_file_is_a_clear_error(served: tuple[web.ReviewServer, str], db: str) -> None:
    with pytest.raises(GlossaryError, match=f"cannot listen on 127.0.0.1:{served[0].port}"):
        web.make_server(db, port=served[0].port, who=WHO)
    with pytest.raises(StoreError, match="needs a term base file"):
        web.make_server(":memory:", who=WHO)


# -- a review clicked through in a real browser -----------------------------------------------


def test_review_in_the_browser(browser: Any, db: str) -> None:
    from playwright.sync_api import expect

    server, url = web.start(db, who=WHO)
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 820})
        dialogs: list[str] = []

        def on_dialog(dialog: Any) -> None:
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        rows = page.locator("#queue li")
        expect(rows.first).to_have_attribute("aria-selected", "true")
        total = rows.count()
        expect(page.locator("#progress-text")).to_have_text(f"Reviewed 0 of {total}")
        expect(page.locator("#detail-term")).to_have_text("State Council Information Office")

        # 1. The first candidate approved with one key; the selection moves on.
        page.keyboard.press("a")
        expect(rows.nth(0).locator(".badge")).to_have_text("approved")
        expect(page.locator("#detail-term")).to_have_text("SCIO")
        expect(page.locator("#progress-text")).to_have_text(f"Reviewed 1 of {total}")
        page.keyboard.press("j")
        expect(page.locator("#detail-term")).to_have_text(rows.nth(2).locator(".t").inner_text())
        rows.filter(has_text=XSS).click()
        expect(page.locator("#detail-term")).to_have_text(XSS)           # as text, not a script
        expect(page.locator("#detail mark")).to_have_text(XSS)

        # 2. Another rejected with a click.
        rows.filter(has_text="clean energy plus").click()
        expect(page.locator("#detail-term")).to_have_text("clean energy plus")
        page.get_by_role("button", name="Reject", exact=True).click()
        expect(rows.filter(has_text="clean energy plus").locator(".badge")).to_have_text("rejected")
        expect(page.locator("#progress-text")).to_have_text(f"Reviewed 2 of {total}")

        # 3. A Chinese equivalent typed and saved with the keyboard, then approved.
        rows.filter(has_text="Water Tower of China").click()
        expect(page.locator("#detail-term")).to_have_text("Water Tower of China")
        page.keyboard.press("z")
        expect(page.locator("#edit-zh")).to_be_focused()
        page.keyboard.insert_text("中华水塔")
        page.keyboard.press("Enter")
        expect(page.locator("#toast")).to_have_text("Saved")
        expect(rows.filter(has_text="Water Tower of China").locator(".z")).to_have_text("中华水塔")
        page.keyboard.press("a")
        expect(page.locator("#progress-text")).to_have_text(f"Reviewed 3 of {total}")
        page.screenshot(path=str(SCREENSHOT))

        # 4. Filter by kind; the counter counts within the filter.
        page.select_option("#f-kind", "name")
        expect(rows).to_have_count(4)
        expect(page.locator("#progress-text")).to_have_text(f"Reviewed 0 of 4 (all: 3 of {total})")
        page.keyboard.press("j")
        page.keyboard.press("r")
        expect(page.locator("#progress-text")).to_have_text(f"Reviewed 1 of 4 (all: 4 of {total})")

        # 5. A reload shows the same state (the filter is kept in the address).
        page.select_option("#f-status", "all")
        page.select_option("#f-kind", "")
        expect(rows).to_have_count(total)
        page.reload()
        expect(page.locator("#progress-text")).to_have_text(f"Reviewed 4 of {total}")
        expect(page.locator("#f-status")).to_have_value("all")
        badges = dict(zip(rows.locator(".t").all_inner_texts(), rows.locator(".badge").all_inner_texts(),
                          strict=True))
        assert (badges["State Council Information Office"], badges["clean energy plus"],
                badges["Water Tower of China"],
                badges["Qinghai Daily"]) == ("approved", "rejected", "approved", "rejected")
        assert badges[XSS] == "candidate"
        expect(rows.filter(has_text="Water Tower of China").locator(".z")).to_have_text("中华水塔")
        assert page.locator("script:not([src]):not(#boot)").count() == 0
        assert page.locator("#queue img, #detail img, #queue b, #detail b").count() == 0

        # 6. The approved "Water Tower of China" deprecated in favour of another term (f).
        water = rows.filter(has_text="Water Tower of China")
        water.click()
        page.keyboard.press("f")
        expect(page.locator("#ask-input")).to_be_focused()
        expect(page.locator("#ask-input")).to_have_value("Water Tower of China")
        page.keyboard.insert_text("China's Water Tower")
        page.keyboard.press("Enter")
        expect(page.locator("#toast")).to_have_text("Deprecated; use China's Water Tower")
        expect(water.locator(".t")).to_have_class(re.compile(r"\bdeprecated\b"))
        expect(page.locator("#detail .terms li").filter(has_text="China's Water Tower")).to_contain_text(
            "en · fullForm · preferred · approved")
        expect(page.locator("#progress-text")).to_have_text(f"Reviewed 5 of {total + 1}")

        # 7. Its Chinese equivalent was wrong: cleared and saved, it is withdrawn.
        page.keyboard.press("z")
        page.keyboard.press("Backspace")
        page.keyboard.press("Enter")
        expect(page.locator("#toast")).to_have_text("Removed")
        expect(water.locator(".z")).to_have_count(0)
        expect(page.locator("#detail .terms li.deprecated").filter(has_text="中华水塔")).to_contain_text(
            "deprecated · rejected")

        # 8. A variant accepted (v); deprecating a candidate is refused with the reason.
        rows.filter(has_text="grassland restoration").first.click()
        expect(page.locator("#detail-term")).to_have_text("grassland restoration")
        page.get_by_role("button", name="Accept variant").click()
        expect(page.locator("#ask-input")).to_be_focused()
        page.keyboard.insert_text("grassland-restoration")
        page.keyboard.press("Enter")
        expect(page.locator("#toast")).to_have_text("Variant accepted")
        expect(page.locator("#progress-text")).to_have_text(f"Reviewed 6 of {total + 2}")
        page.keyboard.press("f")
        page.keyboard.insert_text("grassland renewal")
        page.keyboard.press("Enter")
        expect(page.locator("#toast")).to_contain_text(
            "grassland restoration: only an approved term can be deprecated; "
            "'grassland restoration' is candidate")
        page.keyboard.press("v")
        page.keyboard.press("Escape")
        expect(page.locator("#ask")).to_be_hidden()

        page.keyboard.press("?")
        expect(page.locator("#help")).to_be_visible()
        expect(page.locator("#help")).to_contain_text("deprecate an approved term")
        expect(page.locator("#help")).to_contain_text("accept a variant")
        page.keyboard.press("Escape")
        expect(page.locator("#help")).to_be_hidden()
        assert dialogs == [] and errors == []
        page.close()
    finally:
        server.stop()

    cid, tid = _term(db, "Water Tower of China")
    with TermBase(db) as tb:
        c = tb.get(cid)
        assert [(t.text, t.usage, t.review) for t in c.section("en")] == [
            ("Water Tower of China", Usage.DEPRECATED, Review.APPROVED),
            ("China's Water Tower", Usage.PREFERRED, Review.APPROVED)]
        assert [(t.text, t.usage, t.review) for t in c.section("zh")] == [
            ("中华水塔", Usage.DEPRECATED, Review.REJECTED)]
        history = [(h.term_id, h.field, h.old, h.new, h.who) for h in tb.history(cid)]
        assert (tid, "usage", "admitted", "deprecated", WHO) in history
        assert ("review", "approved", "rejected", WHO) in [h[1:] for h in history]
        assert {h[-1] for h in history} == {WHO}
        grass, _ = _term(db, "grassland restoration")
        assert [(t.text, t.type.value, t.review) for t in tb.get(grass).section("en")][-1] == (
            "grassland-restoration", "variant", Review.APPROVED)
        statuses = {r.term: r.status for r in tb.rows(Filter(lang="en"))}
    assert statuses["State Council Information Office"] is Review.APPROVED
    assert statuses["clean energy plus"] is Review.REJECTED
    assert statuses["Qinghai Daily"] is Review.REJECTED and statuses[XSS] is Review.CANDIDATE
    assert sum(s is not Review.CANDIDATE for s in statuses.values()) == 6
