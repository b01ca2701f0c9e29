"""The translation memory: units kept once, concordance search and fuzzy lookup.

The sentence pairs are written for these tests in the genre (press-conference
Chinese and its official-style English); none is taken from the seed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from termsmith import tm
from termsmith.errors import GlossaryError
from termsmith.model import TranslationUnit, Tuv
from termsmith.store import DocumentRecord, TermBase
from termsmith.store.sqlite import MIGRATIONS

PAIRS = [
    ("黑土地保护是一项长期任务。", "Protecting black soil is a long-term task."),
    ("我们要加强黑土地保护，推广保护性耕作。",
     "We will strengthen the protection of black soil and promote conservation tillage."),
    ("今年全省粮食总产量达到1557.6亿斤。",
     "This year the province's total grain output reached 155.76 billion jin."),
    ("“头雁”效应进一步显现。", "The \"Leading Wild Goose\" effect has become more evident."),
    ("下面请记者提问。", "The floor is now open for questions."),
    ("谢谢大家。", "Thank you."),
]


def unit(zh: str, en: str, **kw: object) -> TranslationUnit:
    return TranslationUnit(variants=(Tuv("zh-Hans", zh), Tuv("en", en)), **kw)  # type: ignore[arg-type]


@pytest.fixture
def memory(tb: TermBase) -> TermBase:
    for zh, en in PAIRS:
        assert tb.add_unit(unit(zh, en), source="briefing.tmx")
    return tb


def test_the_same_unit_is_kept_once(memory: TermBase) -> None:
    assert not memory.add_unit(unit(*PAIRS[0]), source="again.tmx")
    assert memory.unit_count() == len(PAIRS)
    assert len(tm.search(memory, "黑土")) == 2


def test_concordance_finds_a_two_character_chinese_term_newest_first(memory: TermBase) -> None:
    hits = tm.search(memory, "黑土")
    assert [h.unit.unit.text("zh") for h in hits] == [PAIRS[1][0], PAIRS[0][0]]
    first = hits[0]
    zh = first.unit.unit.variants[0].text
    assert [zh[s:e] for s, e in first.spans[0]] == ["黑土"]
    assert first.spans[1] == ()          # the English side does not contain it


def test_concordance_is_case_and_space_insensitive_in_english(memory: TermBase) -> None:
    hits = tm.search(memory, "BLACK   soil")
    assert len(hits) == 2
    for h in hits:
        en = h.unit.unit.text("en")
        assert en is not None
        assert [en[s:e] for s, e in h.spans[1]] == ["black soil"]


def test_concordance_finds_part_of_a_word_and_quotes(memory: TermBase) -> None:
    assert [h.unit.unit.text("zh") for h in tm.search(memory, "tillag")] == [PAIRS[1][0]]
    assert [h.unit.unit.text("zh") for h in tm.search(memory, '"Leading Wild')] == [PAIRS[3][0]]
    assert [h.unit.unit.text("en") for h in tm.search(memory, "“头雁”")] == [PAIRS[3][1]]


def test_concordance_of_a_single_character_scans(memory: TermBase) -> None:
    hits = tm.search(memory, "斤")
    assert [h.unit.unit.text("zh") for h in hits] == [PAIRS[2][0]]


def test_concordance_limit_and_language(memory: TermBase) -> None:
    assert len(tm.search(memory, "。", limit=2)) == 2
    assert tm.search(memory, "black soil", langs=["zh"]) == []
    assert len(tm.search(memory, "black soil", langs=["en"])) == 2


def test_concordance_json_shape(memory: TermBase) -> None:
    d = tm.search(memory, "头雁")[0].as_dict()
    assert d["source"] == "briefing.tmx"
    assert d["variants"] == [
        {"lang": "zh-Hans", "text": PAIRS[3][0], "matches": [[1, 3]]},
        {"lang": "en", "text": PAIRS[3][1], "matches": []}]


def test_empty_search_is_an_error(memory: TermBase) -> None:
    with pytest.raises(GlossaryError):
        tm.search(memory, "   ")


def test_lookup_identical_sentence_is_100(memory: TermBase) -> None:
    m = tm.lookup(memory, PAIRS[2][1])
    assert m[0].score == 100
    assert m[0].targets[0].text == PAIRS[2][0]


def test_lookup_case_or_spacing_only_is_99(memory: TermBase) -> None:
    m = tm.lookup(memory, "protecting black  soil is a long-term task.")
    assert m[0].score == 99
    assert m[0].source.text == PAIRS[0][1]


def test_lookup_scores_words_in_english(memory: TermBase) -> None:
    # Of 13 tokens (12 words and the full stop), one changed ("improve" for "strengthen")
    # and one dropped ("the").
    m = tm.lookup(memory, "We will improve protection of black soil and promote conservation tillage.")
    assert m[0].source.text == PAIRS[1][1]
    assert m[0].score == 84              # 2 edits over 13 tokens: 1 - 2/13 = 0.846
    en = m[0].source.text
    assert [en[s:e] for s, e in m[0].differences] == ["strengthen the"]


def test_lookup_scores_characters_in_chinese(memory: TermBase) -> None:
    m = tm.lookup(memory, "我们要加强黑土地的保护，推广保护性耕作。")
    assert m[0].source.text == PAIRS[1][0]
    assert m[0].score == 95              # one character added to 19: 1 - 1/20 = 0.95
    assert m[0].targets[0].lang == "en"


def test_lookup_min_score_and_limit(memory: TermBase) -> None:
    assert tm.lookup(memory, "The weather is fine today.") == []
    assert len(tm.lookup(memory, "Thank you.", min_score=1, limit=1)) == 1


def test_lookup_finds_the_match_among_many_similar_units(tb: TermBase) -> None:
    # Many units share the common words; the candidate index must still bring the close one.
    for i in range(3000):
        tb.add_unit(unit(f"第{i}项任务已经完成。",
                         f"The task number {i} of the province has been completed."))
    tb.add_unit(unit("黑河市的界江旅游项目已经完成。",
                     "The border-river tourism project of Heihe city has been completed."))
    m = tm.lookup(tb, "The border-river tourism project of Heihe has been completed.")
    assert m[0].unit.unit.text("zh") == "黑河市的界江旅游项目已经完成。"
    assert m[0].score == 92
    m = tm.lookup(tb, "第2718项任务已经完成。")
    assert m[0].score == 100
    assert m[0].targets[0].text == "The task number 2718 of the province has been completed."


def test_memory_units_keep_their_documents(tb: TermBase) -> None:
    zh, _ = tb.add_document(DocumentRecord("talk.zh.txt", "a" * 64, "a" * 64, "/d/talk.zh.txt",
                                           "标题", "2025-06-12"))
    en, _ = tb.add_document(DocumentRecord("talk.en.txt", "b" * 64, "b" * 64, "/d/talk.en.txt",
                                           "Title", "2025-06-12"))
    tb.add_unit(unit(*PAIRS[4]), source="talk.zh.txt", document_id=zh, target_document_id=en)
    (hit,) = tm.search(tb, "floor")
    assert hit.unit.documents == ("talk.zh.txt", "talk.en.txt")
    assert hit.unit.added is not None


def test_migration_indexes_units_stored_before_it(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    for sql in MIGRATIONS[:2]:
        con.executescript(sql)
    con.execute("PRAGMA user_version = 2")
    con.execute("INSERT INTO unit (id, fingerprint) VALUES (1, 'x')")
    con.executemany("INSERT INTO unit_variant (unit_id, lang, text, seq) VALUES (1, ?, ?, ?)",
                    [("zh-Hans", PAIRS[0][0], 0), ("en", PAIRS[0][1], 1)])
    con.commit()
    con.close()
    with TermBase(db) as tb:
        assert [h.unit.key for h in tm.search(tb, "黑土")] == [1]
        assert [h.unit.key for h in tm.search(tb, "long-term")] == [1]
        assert tm.lookup(tb, PAIRS[0][1])[0].score == 100
