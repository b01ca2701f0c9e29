"""Equivalent proposals from a translation memory: scoring, the CLI, accepting.

The aligned pairs below were written for these tests in the genre's style (a
made-up province and made-up figures); none is copied from a published text.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from termsmith import equivalents as eq
from termsmith.cli import main
from termsmith.equivalents import lexicon
from termsmith.equivalents.memory import Memory
from termsmith.equivalents.propose import Proposer
from termsmith.model import Concept, Review, Term, TermType, TranslationUnit, Tuv
from termsmith.store import open_store

PAIRS = [
    ("We will strengthen black soil protection across the province.",
     "我们将在全省加强黑土地保护。"),
    ("Black soil protection is a long-term task.", "黑土地保护是一项长期任务。"),
    ("The county has put black soil protection first in its farm work.",
     "这个县把黑土地保护放在农业工作的首位。"),
    ("Funding for black soil protection rose again this year.", "今年黑土地保护资金再次增加。"),
    ("Every village has a plan for black soil protection.", "每个村都有黑土地保护计划。"),
    ("We built 1.2 million mu of high-standard farmland last year.",
     "去年我们建设高标准农田120万亩。"),
    ("High-standard farmland now covers most of the plain.", "高标准农田现在已覆盖平原大部分地区。"),
    ("Local finance supports high-standard farmland.", "地方财政支持高标准农田建设。"),
    ("More high-standard farmland will be built in the hills.", "丘陵地区将建设更多高标准基本农田。"),
    ("Village heads act as \"Leading Geese\" for their neighbours.",
     "村干部当好乡亲们的“头雁”。"),
    ("The Northern Grain Exchange (NGE) opened in Songjiang Province.",
     "北方粮食交易所（NGE）在松江省开业。"),
    ("The NGE handled more soybeans than ever.", "NGE交易的大豆比以往任何时候都多。"),
    ("Governor Zhang Ming visited the farms of Songjiang Province.", "张明省长考察了松江省的农场。"),
    ("The 14th Five-Year Plan sets new goals for grain output.",
     "第十四个五年规划为粮食产量设定了新目标。"),
    ("The 13th Five-Year Plan ended with a record harvest.", "第十三个五年规划以创纪录的丰收收官。"),
    ("We will keep grain output stable.", "我们将保持粮食产量稳定。"),
    ("Our cooperatives sell rice to the south.", "我们的合作社把大米卖到南方。"),
]


def _units() -> list[TranslationUnit]:
    return [TranslationUnit(variants=(Tuv("en", e), Tuv("zh-Hans", z))) for e, z in PAIRS]


@pytest.fixture(scope="module")
def proposer() -> Proposer:
    return Proposer(Memory.from_units(_units()))


def _best(proposer: Proposer, *forms: str) -> tuple[int, list[str], list[object]]:
    n, props = proposer.chinese_for(list(forms))
    return n, [p.text for p in props], props


def test_consistent_rendering_across_units_wins(proposer: Proposer) -> None:
    n, texts, props = _best(proposer, "black soil protection")
    assert n == 5
    assert texts[0] == "黑土地保护"
    assert props[0].units == 5                      # type: ignore[attr-defined]
    assert "in 5 of 5 units" in props[0].evidence[0]  # type: ignore[attr-defined]


def test_term_rendered_two_ways(proposer: Proposer) -> None:
    n, texts, props = _best(proposer, "high-standard farmland")
    assert n == 4
    assert texts[0] == "高标准农田"
    assert props[0].units == 3                      # type: ignore[attr-defined]
    assert "高标准基本农田" in texts[:3]            # the other rendering, seen once, is offered


def test_quotes_correspond(proposer: Proposer) -> None:
    _, texts, props = _best(proposer, "Leading Geese")
    assert texts[0] == "头雁"
    assert "quoted on both sides" in props[0].evidence  # type: ignore[attr-defined]


def test_acronym_gloss_on_both_sides(proposer: Proposer) -> None:
    n, texts, props = _best(proposer, "Northern Grain Exchange", "NGE")
    assert n == 2                                   # the acronym's unit counts too
    assert texts[0] == "北方粮食交易所"
    assert "same parenthetical gloss on both sides" in props[0].evidence  # type: ignore[attr-defined]


def test_names_through_pinyin(proposer: Proposer) -> None:
    _, texts, props = _best(proposer, "Songjiang Province")
    assert texts[0] == "松江省"
    assert any("松江" in e for e in props[0].evidence)  # type: ignore[attr-defined]
    _, texts, _ = _best(proposer, "Zhang Ming")
    assert texts[0] == "张明"


def test_numbers_must_agree(proposer: Proposer) -> None:
    _, texts, props = _best(proposer, "14th Five-Year Plan")
    assert texts[0] == "第十四个五年规划"
    assert "numbers agree" in props[0].evidence     # type: ignore[attr-defined]
    assert "第十三个五年规划" not in texts


def test_unknown_term_has_no_proposals(proposer: Proposer) -> None:
    assert proposer.chinese_for(["ice and snow tourism"]) == (0, [])


def test_chinese_term_gets_english_proposals(proposer: Proposer) -> None:
    n, props = proposer.english_for(["黑土地保护"])
    assert n == 5
    assert props[0].text.casefold() == "black soil protection"


def test_memory_finds_plurals_and_keeps_acronyms_case_sensitive() -> None:
    mem = Memory([("Two exchanges opened.", "两家交易所开业。"), ("The nge is a word.", "词。"),
                  ("The NGE opened.", "NGE开业。")])
    assert [o.unit for o in mem.find_en("exchange")] == [0]
    assert [o.unit for o in mem.find_en("NGE")] == [2]
    assert mem.zh_units("开业") == frozenset({0, 2})


@pytest.mark.parametrize(("a", "b", "same"), [
    ("characteristics", "characteristic", True), ("theoretical", "theory", True),
    ("economy", "economic", True), ("Chinese", "China", True), ("party", "part", False),
    ("nation", "notion", False),
])
def test_stems(a: str, b: str, same: bool) -> None:
    assert lexicon.stems_match(lexicon.stem(a), lexicon.stem(b)) is same


def test_pinyin_links_spell_names() -> None:
    assert lexicon.pinyin_links("松江省长张明", ["Songjiang", "Ming"]) == [
        (0, 2, "Songjiang"), (5, 6, "Ming")]


# -- the term base, the CLI, accepting -----------------------------------------------------


@pytest.fixture()
def db(tmp_path: object) -> str:
    path = f"{tmp_path}/t.db"
    with open_store(path) as tb:
        tb.add_units(_units(), "briefing.tmx")
        tb.add_concept(Concept(terms=(Term("black soil protection", review=Review.APPROVED),)))
        tb.add_concept(Concept(terms=(Term("Northern Grain Exchange"),
                                      Term("NGE", type=TermType.ACRONYM))))
        tb.add_concept(Concept(terms=(Term("Leading Geese"), Term("领头雁", lang="zh-Hans",
                                                                   review=Review.APPROVED))))
        tb.add_concept(Concept(terms=(Term("高标准农田", lang="zh-Hans"),)))
    return path


def test_cli_json_lists_terms_needing_equivalents(db: str) -> None:
    r = CliRunner().invoke(main, ["--db", db, "equivalents", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    by_term = {d["term"]: d for d in data}
    # Leading Geese has an approved Chinese equivalent: nothing to propose.
    assert set(by_term) == {"black soil protection", "Northern Grain Exchange", "高标准农田"}
    best = by_term["black soil protection"]["proposals"][0]
    assert (best["text"], best["units"]) == ("黑土地保护", 5)
    assert best["evidence"] and 0 < best["score"] <= 1
    assert by_term["高标准农田"]["target"] == "en"
    assert by_term["高标准农田"]["proposals"][0]["text"].casefold() == "high-standard farmland"


def test_cli_table_shows_three_with_examples(db: str) -> None:
    r = CliRunner().invoke(main, ["--db", db, "equivalents", "black soil protection"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].startswith("#1 black soil protection  (5 units)")
    assert lines[1].split()[1] == "黑土地保护"
    assert sum(1 for ln in lines if ln.strip().startswith("en:")) == 3


def test_accept_writes_candidates_through_review_rules(db: str) -> None:
    r = CliRunner().invoke(main, ["--db", db, "equivalents", "--accept", "0.8",
                                  "--reviewer", "li"])
    assert r.exit_code == 0, r.output
    assert "= 黑土地保护" in r.output
    with open_store(db) as tb:
        c = tb.get(tb.find("black soil protection")[0][0], contexts=False)
        zh = [t for t in c.terms if t.lang == "zh-Hans"]
        assert [(t.text, t.review) for t in zh] == [("黑土地保护", Review.CANDIDATE)]
        assert "proposed from the translation memory" in (zh[0].note or "")
        assert any(ch.who == "li" and ch.new == "黑土地保护" for ch in tb.history(c.id or 0))
    # Accepting again adds nothing twice.
    again = CliRunner().invoke(main, ["--db", db, "equivalents", "--accept", "0.8"])
    assert "Accepted 0 proposals" in again.output


def test_withdrawn_rendering_is_not_proposed_again(db: str) -> None:
    from termsmith import review

    with open_store(db) as tb:
        cid = tb.find("black soil protection")[0][0]
        review.propose_equivalent(tb, cid, "黑土地保护", "li")
        review.remove_equivalent(tb, cid, "黑土地保护", "li")
        texts = [p.text for p in eq.suggestions(tb, cid)]
    assert texts and "黑土地保护" not in texts


def test_review_page_offers_proposals(db: str) -> None:
    import urllib.request

    from termsmith import web

    server, url = web.start(db, who="li")
    try:
        with open_store(db) as tb:
            cid = tb.find("black soil protection")[0][0]
        with urllib.request.urlopen(f"{url.rstrip('/')}/api/concepts/{cid}/proposals") as r:
            data = json.loads(r.read())
    finally:
        server.stop()
    assert data["concept"] == cid
    assert data["proposals"][0]["text"] == "黑土地保护"
    assert data["proposals"][0]["units"] == 5


def test_review_page_shows_suggestions_and_one_key_accepts(tmp_path: object, browser: object) -> None:
    import time

    from playwright.sync_api import expect

    from termsmith import web

    path = f"{tmp_path}/page.db"
    with open_store(path) as tb:
        tb.add_units(_units(), "briefing.tmx")
        cid = tb.add_concept(Concept(terms=(Term("black soil protection"),), kind="domain",
                                     score=0.9))
    server, url = web.start(path, who="li")
    try:
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(url)
        page.wait_for_selector("#queue li[aria-selected=true]")
        box = page.locator("#suggestions")
        expect(box).to_be_visible()
        expect(box.locator("li").first).to_contain_text("黑土地保护")
        expect(box.locator("li").first).to_contain_text("5 aligned units")
        page.locator("#queue").focus()
        page.keyboard.press("s")
        deadline = time.monotonic() + 10
        zh: list[str] = []
        while not zh and time.monotonic() < deadline:
            with open_store(path) as tb:
                zh = [t.text for t in tb.get(cid, contexts=False).terms if t.lang == "zh-Hans"]
            time.sleep(0.05)
        assert zh == ["黑土地保护"]
        expect(page.locator("#f-zh, input.zh").first).to_have_value("黑土地保护")
    finally:
        server.stop()
