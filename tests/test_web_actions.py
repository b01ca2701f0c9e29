"""The review page's API for relations, merges, undo, bulk decisions and deep links (over HTTP)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web import WHO, _build, _call, _status, _term

from termsmith import review, web
from termsmith.model import Review, Usage
from termsmith.store import TermBase


@pytest.fixture
def db(tmp_path: Path, transcript: Path) -> Path:
    path = tmp_path / "terms.db"
    _build(path, transcript)
    return path


@pytest.fixture
def served(db: Path) -> Iterator[tuple[web.ReviewServer, str]]:
    server, url = web.start(db, who=WHO)
    yield server, url
    server.stop()


def test_kinds_are_counted_in_one_query_and_match_the_queue(served: tuple[web.ReviewServer, str]) -> None:
    url = served[1]
    info = _call(url, "/api/info")[1]
    for k in info["kinds"]:
        assert _call(url, f"/api/queue?kind={k['kind']}&status=all&limit=0")[1]["total"] == k["count"]
    assert info["can_undo"] is False and "typo" in info["relations"]


def test_suggest_finds_terms_by_prefix_first(served: tuple[web.ReviewServer, str]) -> None:
    items = _call(served[1], "/api/suggest?q=sanji")[1]["items"]
    assert [i["term"] for i in items][:2] == ["Sanjiangyuan National Park",
                                              "Sanjiangyuan National Park Administration"]
    assert all(i["head"] and i["concept"] for i in items)
    assert [i["term"] for i in _call(served[1], "/api/suggest?q=restoration")[1]["items"]] == [
        "grassland restoration", "grassland restoration projects"]
    assert _call(served[1], "/api/suggest?q=x&lang=fr")[0] == 400


def test_deprecating_for_another_concepts_term_offers_a_merge(served: tuple[web.ReviewServer, str],
                                                              db: Path) -> None:
    server, url = served
    cid, tid = _term(db, "Sanjiangyuan National Park")
    other, _ = _term(db, "Sanjiangyuan National Park Administration")
    _call(url, f"/api/terms/{tid}/status", {"status": "approved"}, token=server.token)
    with TermBase(db) as tb:
        before = tb.stats()["concepts"]
    status, data = _call(url, f"/api/concepts/{cid}/deprecate",
                         {"term": tid, "use": "Sanjiangyuan National Park Administration"},
                         token=server.token)
    assert status == 409 and data["merge"] == {
        "concept": other, "head": "Sanjiangyuan National Park Administration", "into": cid,
        "term": "Sanjiangyuan National Park Administration"}
    with TermBase(db) as tb:
        assert tb.stats()["concepts"] == before       # no duplicate concept made
    status, data = _call(url, f"/api/concepts/{cid}/merge", {
        "other": other, "then": {"deprecate": tid, "use": "Sanjiangyuan National Park Administration"}},
        token=server.token)
    assert status == 200
    terms = {t["term"]: t["usage"] for t in data["concept"]["terms"]}
    assert terms == {"Sanjiangyuan National Park": "deprecated",
                     "Sanjiangyuan National Park Administration": "preferred"}
    with TermBase(db) as tb:
        assert tb.stats()["concepts"] == before - 1
    assert _call(url, f"/api/concepts/{cid}/merge", {"other": cid}, token=server.token)[0] == 400


def test_undo_takes_back_the_last_decision_also_after_a_reload(served: tuple[web.ReviewServer, str],
                                                               db: Path) -> None:
    server, url = served
    cid, tid = _term(db, "Water Tower of China")
    _call(url, f"/api/terms/{tid}/status", {"status": "approved"}, token=server.token)
    _call(url, f"/api/concepts/{cid}", {"zh": "中华水塔", "note": "epithet"}, token=server.token)
    assert _call(url, "/api/info")[1]["can_undo"] is True
    # A new server (the page reloaded, or opened tomorrow) undoes from the history.
    server.stop()
    server, url = web.start(db, who=WHO)
    try:
        status, data = _call(url, "/api/undo", {}, token=server.token)
        assert status == 200 and data["concepts"] == [cid]
        assert {(u["field"], u["new"]) for u in data["undone"]} == {
            ("term[zh-Hans]", "中华水塔"), ("note", "epithet")}
        with TermBase(db) as tb:
            c = tb.get(cid)
            assert c.note is None and c.section("zh") == []
        _call(url, "/api/undo", {}, token=server.token)
        assert _status(db, tid) is Review.CANDIDATE
        status, data = _call(url, "/api/undo", {}, token=server.token)
        assert status == 200 and data == {"undone": [], "concepts": [], "can_undo": False}
    finally:
        server.stop()


def test_bulk_by_selection_and_by_view_with_the_confirmed_count(served: tuple[web.ReviewServer, str],
                                                                db: Path) -> None:
    server, url = served
    domain = _call(url, "/api/queue?kind=domain&status=candidate")[1]
    ids = [i["id"] for i in domain["items"]]
    assert len(ids) >= 2
    status, data = _call(url, "/api/bulk", {"ids": ids[:2], "status": "rejected"}, token=server.token)
    assert (status, data["changed"]) == (200, 2)
    view = {"kind": "domain", "status": "candidate", "q": ""}
    left = len(ids) - 2
    status, data = _call(url, "/api/bulk", {"view": view, "expect": left + 1, "status": "rejected"},
                         token=server.token)
    assert status == 409 and data["count"] == left and "nothing was changed" in data["error"]
    assert all(_status(db, i) is Review.CANDIDATE for i in ids[2:])
    status, data = _call(url, "/api/bulk", {"view": view, "expect": left, "status": "rejected"},
                         token=server.token)
    assert (status, data["changed"]) == (200, left)
    assert all(_status(db, i) is Review.REJECTED for i in ids)
    # One undo takes the whole bulk decision back.
    _call(url, "/api/undo", {}, token=server.token)
    assert [_status(db, i) for i in ids] == [Review.REJECTED] * 2 + [Review.CANDIDATE] * left
    for bad in ({"ids": [1], "view": view, "status": "approved"}, {"ids": "1", "status": "approved"},
                {"view": view, "status": "approved"}, {"ids": [1], "status": "maybe"}):
        assert _call(url, "/api/bulk", bad, token=server.token)[0] == 400, bad


def test_bulk_by_selection_refuses_rows_changed_since_they_were_loaded(
        served: tuple[web.ReviewServer, str], db: Path) -> None:
    """Issue 11: the page sends the version of each selected row's concept; if a colleague
    decided on one of them meanwhile, the whole decision is refused (409, who and what) and
    nothing is applied; with the current versions it goes through and returns the new ones."""
    server, url = served
    items = _call(url, "/api/queue?kind=domain&status=candidate")[1]["items"][:3]
    ids = [i["id"] for i in items]
    versions = [i["version"] for i in items]
    with TermBase(db) as tb:                         # a colleague, after the page loaded
        review.set_status(tb, ids[1], Review.APPROVED, "li")
    status, data = _call(url, "/api/bulk", {"ids": ids, "versions": versions, "status": "rejected"},
                         token=server.token)
    assert status == 409 and data["conflict"]["concept"] == items[1]["concept"]
    assert [c["who"] for c in data["conflict"]["changes"]] == ["li"]
    assert [_status(db, i) for i in ids] == [Review.CANDIDATE, Review.APPROVED, Review.CANDIDATE]
    fresh = {i["id"]: i["version"] for i in _call(url, "/api/queue?kind=domain&status=all")[1]["items"]}
    status, data = _call(url, "/api/bulk", {"ids": ids, "versions": [fresh[i] for i in ids],
                                            "status": "rejected"}, token=server.token)
    assert status == 200 and data["changed"] == 3
    assert [_status(db, i) for i in ids] == [Review.REJECTED] * 3
    with TermBase(db) as tb:
        assert data["versions"] == {str(i["concept"]): tb.version(i["concept"]) for i in items}
    for bad in ([1], [None, "2", None], [True, None, None]):
        status, _ = _call(url, "/api/bulk", {"ids": ids, "versions": bad, "status": "approved"},
                          token=server.token)
        assert status == 400, bad


def test_acronym_and_expansion_are_partners(served: tuple[web.ReviewServer, str]) -> None:
    items = {i["term"]: i for i in _call(served[1], "/api/queue?status=all")[1]["items"]}
    assert items["SCIO"]["partner"]["term"] == "State Council Information Office"
    assert items["State Council Information Office"]["partner"]["term"] == "SCIO"
    assert items["clean energy plus"]["partner"] is None


def test_deep_link_pages_backwards_and_forwards_from_any_term(served: tuple[web.ReviewServer, str]) -> None:
    url = served[1]
    everything = [i["id"] for i in _call(url, "/api/queue?status=all&limit=500")[1]["items"]]
    target = everything[7]
    cur = _call(url, f"/api/terms/{target}/cursor")[1]["cursor"]
    back = _call(url, f"/api/queue?status=all&limit=3&before={cur}")[1]
    assert [i["id"] for i in back["items"]] == everything[4:7] and back["more"] is True
    first = _call(url, f"/api/queue?status=all&limit=10&before={cur}")[1]
    assert [i["id"] for i in first["items"]] == everything[:7] and first["more"] is False
    on = _call(url, f"/api/queue?status=all&limit=3&after={back['items'][-1]['cursor']}")[1]
    assert [i["id"] for i in on["items"]] == everything[7:10]
    assert _call(url, "/api/terms/999999/cursor")[0] == 404


def test_replaced_equivalent_kept_as_the_reviewer_says(served: tuple[web.ReviewServer, str],
                                                       db: Path) -> None:
    server, url = served
    cid, _ = _term(db, "Water Tower of China")
    _call(url, f"/api/concepts/{cid}", {"zh": "中华水塔"}, token=server.token)
    _call(url, f"/api/concepts/{cid}", {"zh": "中华水塔2", "old": "typo"}, token=server.token)
    _call(url, f"/api/concepts/{cid}", {"zh": "水塔", "old": "shortForm"}, token=server.token)
    with TermBase(db) as tb:
        assert {t.text: (t.usage, t.type.value) for t in tb.get(cid).section("zh")} == {
            "中华水塔2": (Usage.ADMITTED, "shortForm"), "水塔": (Usage.PREFERRED, "fullForm")}
    assert _call(url, f"/api/concepts/{cid}", {"zh": "x", "old": "lost"}, token=server.token)[0] == 400


def test_a_stale_write_is_refused_naming_who_changed_what(served: tuple[web.ReviewServer, str],
                                                          db: Path) -> None:
    server, url = served
    cid, tid = _term(db, "Water Tower of China")
    seen = next(i for i in _call(url, "/api/queue?status=all")[1]["items"] if i["id"] == tid)["version"]
    # Another reviewer (the CLI, a sheet, another page) changes the concept meanwhile.
    with TermBase(db) as tb:
        review.set_equivalent(tb, cid, "中华水塔", "li.na")
    status, data = _call(url, f"/api/concepts/{cid}", {"note": "mine", "version": seen},
                         token=server.token)
    assert status == 409 and data["conflict"]["expected"] == seen
    assert data["conflict"]["current"] > seen
    assert [(h["who"], h["field"], h["new"]) for h in data["conflict"]["changes"]] == [
        ("li.na", "term[zh-Hans]", "中华水塔")]
    assert "li.na" in data["error"]
    status, _ = _call(url, f"/api/terms/{tid}/status", {"status": "approved", "version": seen},
                      token=server.token)
    assert status == 409 and _status(db, tid) is Review.CANDIDATE
    with TermBase(db) as tb:
        assert tb.get(cid).note is None                  # nothing of the stale writes applied
    # Keep mine: sent again with the version now current, it applies; only what was sent.
    current = data["conflict"]["current"]
    status, data = _call(url, f"/api/concepts/{cid}", {"note": "mine", "version": current},
                         token=server.token)
    assert status == 200 and data["concept"]["note"] == "mine" and data["concept"]["zh"] == "中华水塔"
    status, data = _call(url, f"/api/terms/{tid}/status",
                         {"status": "approved", "version": data["concept"]["version"]}, token=server.token)
    assert status == 200 and _status(db, tid) is Review.APPROVED


@pytest.mark.parametrize(("typed", "said"), [
    ("中华\u3000水塔", "has a space between Chinese characters"),     # the IME's full-width space
    ("“中华水塔”", "begins or ends with “ and ”"),
    ("中华水塔。", "begins or ends with 。"),
])
def test_a_chinese_equivalent_typed_with_a_stray_space_or_mark_is_refused(
        served: tuple[web.ReviewServer, str], db: Path, typed: str, said: str) -> None:
    server, url = served
    cid, _ = _term(db, "Water Tower of China")
    status, data = _call(url, f"/api/concepts/{cid}", {"zh": typed, "note": "epithet"},
                         token=server.token)
    assert status == 400 and said in str(data)
    with TermBase(db) as tb:
        c = tb.get(cid)
        assert c.section("zh") == [] and c.note is None           # none of the edit was written
    assert _call(url, f"/api/concepts/{cid}", {"zh": "《中华水塔》"}, token=server.token)[0] == 200
