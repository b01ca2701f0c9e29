"""CSV/TSV glossaries: golden files per tool layout, foreign exports, broken files, round trips.

Regenerate the golden files with ``TERMSMITH_UPDATE_GOLDEN=1 pytest tests/test_formats_csv.py``
and review the diff.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termsmith.errors import FormatError
from termsmith.formats import Report, csvglossary
from termsmith.model import Concept, Gloss, GlossType, Review, Term, Usage

DATA = Path(__file__).parent / "data" / "csv"
UPDATE = bool(os.environ.get("TERMSMITH_UPDATE_GOLDEN"))

SAMPLE = [
    Concept(id=1, definition="Qinghai, where the Yangtze, Yellow and Lancang rivers rise",
            note='Say "Water Tower of China", never "water tank"',
            terms=(Term("Water Tower of China", usage=Usage.PREFERRED, review=Review.APPROVED,
                        modified_by="wang.li", modified="2025-06-12T08:30:00Z"),
                   Term("water tower", usage=Usage.DEPRECATED),
                   Term("中华水塔", lang="zh-Hans", usage=Usage.PREFERRED, review=Review.APPROVED,
                        note="固定译法"),
                   Term("水塔", lang="zh-Hans", usage=Usage.DEPRECATED))),
    Concept(id=2, glosses=(Gloss(GlossType.UNIT, "about 667 square metres"),),
            terms=(Term("mu"), Term("亩", lang="zh-Hans", review=Review.APPROVED),
                   Term("acre", review=Review.REJECTED))),
    Concept(terms=(Term("SCIO"),
                   Term("国新办", lang="zh-Hans"), Term("国务院新闻办公室", lang="zh-Hans"),
                   Term("國新辦", lang="zh-Hant"))),
    Concept(id=4, note="line one\nline two",
            terms=(Term('a "quoted", comma term'), Term("术语，带逗号", lang="zh-Hans"))),
]


def _golden(name: str, data: bytes) -> None:
    path = DATA / name
    if UPDATE:
        path.write_bytes(data)
    assert data == path.read_bytes()


def _csv(concepts: list[Concept], **kw: object) -> bytes:
    buf = io.BytesIO()
    csvglossary.write_csv(concepts, buf, **kw)  # type: ignore[arg-type]
    return buf.getvalue()


def _read(data: bytes | Path, **kw: object) -> tuple[list[Concept], Report]:
    report = Report()
    src = data if isinstance(data, Path) else io.BytesIO(data)
    return list(csvglossary.read(src, report=report, **kw)), report  # type: ignore[arg-type]


def _pairs(c: Concept) -> list[tuple[str, str, Usage]]:
    return [(t.lang, t.text, t.usage) for t in c.terms]


# -- golden files ---------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", csvglossary.DIALECTS)
def test_write_csv_golden(dialect: str) -> None:
    _golden(f"basic.{dialect}.csv", _csv(SAMPLE, dialect=dialect))


def test_write_tsv_golden() -> None:
    buf = io.BytesIO()
    assert csvglossary.write_tsv(SAMPLE, buf) == 8       # 2×2 + 1×1 + 1×2 + 1×1 pairs
    _golden("basic.tsv", buf.getvalue())


def test_generic_csv_is_excel_friendly() -> None:
    data = _csv(SAMPLE)
    assert data.startswith(b"\xef\xbb\xbfid,en,zh-CN,definition,note,en usage,")
    assert data.count(b"\r\n") == len(data.decode("utf-8-sig").splitlines()) - 1  # "line one\nline two"


def test_tool_dialects_have_no_bom() -> None:
    for dialect in ("memoq", "phrase", "weblate"):
        assert not _csv(SAMPLE, dialect=dialect).startswith(b"\xef\xbb\xbf")
    assert _csv(SAMPLE, dialect="phrase", bom=True).startswith(b"\xef\xbb\xbfterm,")


def test_write_to_text_stream() -> None:
    out = io.StringIO()
    assert csvglossary.write_csv(SAMPLE[:1], out, dialect="weblate") == 1
    assert out.getvalue().splitlines()[1].startswith("Water Tower of China,中华水塔,1,")


def test_unknown_dialect() -> None:
    with pytest.raises(ValueError, match="unknown CSV dialect"):
        _csv(SAMPLE, dialect="trados")


# -- what each layout carries ---------------------------------------------------------------


@pytest.mark.parametrize("dialect", csvglossary.DIALECTS)
def test_csv_export_holds_no_concept_while_it_reads_the_next(dialect: str) -> None:
    """A whole term base streams from the store into a CSV glossary: the header needs
    every language first, so concepts wait on disk, and none read earlier is still in
    memory when the next is asked for."""
    import gc

    def in_memory() -> int:
        gc.collect()
        return sum(isinstance(o, Concept) for o in gc.get_objects())

    before = in_memory()
    held: list[int] = []

    def concepts() -> Iterator[Concept]:
        for i in range(300):
            if i in (100, 299):
                held.append(in_memory() - before)
            c = Concept(id=i + 1, terms=(Term(f"pilot zone {i}", "en"),
                                         Term(f"试验区{i}", "zh-Hans")) +
                        ((Term(f"zone pilote {i}", "fr"),) if i == 250 else ()))
            yield c
            del c

    out = io.BytesIO()
    n = csvglossary.write_csv(concepts(), out, dialect=dialect)
    assert n == 300 and max(held) <= 1          # (at most the one last handed over)
    header = out.getvalue().decode("utf-8-sig").splitlines()[0]
    # a language only the 251st concept has is in the header the first row is under
    assert ("fr" in header.split(",")) == (dialect in ("generic", "memoq"))


def test_rejected_terms_left_out_unless_asked() -> None:
    assert b"acre" not in _csv(SAMPLE)
    assert b"acre" in _csv(SAMPLE, include_rejected=True)
    buf = io.BytesIO()
    csvglossary.write_tsv([Concept(terms=(Term("acre", review=Review.REJECTED),
                                          Term("英亩", lang="zh-Hans")))], buf)
    assert buf.getvalue().splitlines()[1:] == []


def test_one_chinese_variant_per_file() -> None:
    assert "國新辦" not in _csv(SAMPLE).decode("utf-8-sig")
    tw = _csv(SAMPLE, zh_tag="zh-TW").decode("utf-8-sig")
    assert "國新辦" in tw and "国新办" not in tw and ",zh-TW," in tw


def test_synonyms_per_layout() -> None:
    generic = _csv(SAMPLE).decode("utf-8-sig").splitlines()
    assert [r.split(",")[:3] for r in generic if r.startswith("new-3")] == [
        ["new-3", "SCIO", "国新办"], ["new-3", "", "国务院新闻办公室"]]
    memoq = _csv(SAMPLE, dialect="memoq").decode()
    assert "SCIO,国新办;国务院新闻办公室," in memoq
    weblate = _csv(SAMPLE, dialect="weblate").decode()
    assert "SCIO,国新办,,also: 国务院新闻办公室" in weblate
    tsv = io.BytesIO()
    csvglossary.write_tsv(SAMPLE[2:3], tsv)
    assert tsv.getvalue().decode().splitlines()[1:] == ["SCIO\t国新办", "SCIO\t国务院新闻办公室"]


def test_deprecated_terms_marked_per_tool() -> None:
    memoq = _csv(SAMPLE[:1], dialect="memoq").decode().splitlines()
    assert memoq[0].endswith("en forbidden,zh-CN forbidden")
    assert memoq[1].endswith(",water tower,水塔")
    for dialect in ("phrase", "weblate"):     # no forbidden flag in these CSVs: left out
        assert "水塔\r" not in _csv(SAMPLE[:1], dialect=dialect).decode().replace("中华水塔", "")
    buf = io.BytesIO()
    csvglossary.write_tsv(SAMPLE[:1], buf)
    lines = buf.getvalue().decode().splitlines()
    assert lines[2].startswith("Water Tower of China\t水塔\t[forbidden] Qinghai")
    assert lines[3].startswith("water tower\t中华水塔\t[deprecated source] ")


def test_memoq_separator_in_term_is_refused() -> None:
    with pytest.raises(FormatError, match="separator"):
        _csv([Concept(terms=(Term("a; b"),))], dialect="memoq")


def test_tsv_flattens_tabs_and_newlines() -> None:
    buf = io.BytesIO()
    csvglossary.write_tsv([Concept(note="two\nlines\tand a tab",
                                   terms=(Term("x"), Term("叉", lang="zh-Hans")))], buf)
    assert buf.getvalue().decode().splitlines()[1] == "x\t叉\ttwo lines and a tab"


def test_tsv_whose_first_entry_looks_like_language_columns_reads_as_entries() -> None:
    # Hypothesis found it in CI: an acronym "AA" (Afar's code) and a note "AA_00" on the
    # first line were taken for a header of language columns, and a quote mark in the next
    # entry then broke the CSV parser. OmegaT's own first line says which shape it is.
    cs = [Concept(note="AA_00", terms=(Term("EU"), Term("AA", lang="zh-Hans"))),
          Concept(terms=(Term('"'), Term("引号", lang="zh-Hans")))]
    buf = io.BytesIO()
    csvglossary.write_tsv(cs, buf)
    got, _ = _read(buf.getvalue())
    assert [(c.terms[0].text, c.terms[1].text, c.note) for c in got] == [
        ("EU", "AA", "AA_00"), ('"', "引号", None)]


@pytest.mark.parametrize(("cell", "lang"), [
    ("zh-Hans", "zh-Hans"), ("zh_CN", "zh-Hans"), ("EN-us", "en"), ("es-419", "es-419"),
    ("pt_br", "pt-BR"), ("AA_00", None), ("en-x1", None), ("de-1996", "de-1996"), ("中文", None)])
def test_language_column_names_have_bcp47_shape(cell: str, lang: str | None) -> None:
    assert csvglossary._lang(cell) == lang


# -- reading what the tools export ----------------------------------------------------------


def test_read_omegat_tsv_with_comment_lines() -> None:
    concepts, report = _read(DATA / "omegat.txt")
    assert [(c.terms[0].text, c.terms[1].text, c.note) for c in concepts] == [
        ("Belt and Road Initiative", "一带一路倡议", "BRI; proposed 2013"),
        ("Belt and Road Initiative", "“一带一路”倡议", None),
        ("mu", "亩", "unit of area, about 667 m²"),
        ("grassland restoration", "草原修复", "use 草原生态修复"),
    ]
    assert concepts[-1].terms[1].usage is Usage.DEPRECATED
    assert [t.lang for t in concepts[0].terms] == ["en", "zh-Hans"]
    assert report.warnings == ["omegat.txt: line 8: fewer than two terms, skipped (as OmegaT does)"]


def test_read_memoq_export_semicolons_and_language_names() -> None:
    concepts, report = _read(DATA / "memoq_export.csv")
    assert [(c.id, _pairs(c), c.note) for c in concepts] == [
        (17, [("en", "Water Tower of China", Usage.ADMITTED), ("zh-Hans", "中华水塔", Usage.ADMITTED)],
         'Qinghai; "water tower"'),
        (18, [("en", "SCIO", Usage.ADMITTED), ("zh-Hans", "国务院新闻办公室", Usage.ADMITTED)], None),
    ]
    assert report.summary() == ["dropped 1 × column English_Def", "dropped 1 × column Entry_Domain"]


def test_read_phrase_strings_csv() -> None:
    concepts, report = _read(DATA / "phrase_strings.csv")
    assert [(_pairs(c), c.note) for c in concepts] == [
        ([("en", "SCIO", Usage.ADMITTED), ("zh-Hans", "国新办", Usage.ADMITTED)],
         "State Council Information Office, the PRC cabinet's press office"),
        ([("en", "mu", Usage.ADMITTED), ("zh-Hans", "亩", Usage.ADMITTED)], "unit of area, 1 mu ≈ 667 m²"),
    ]
    assert report.dropped == {"column case sensitive": 2, "column translatable": 2}


def test_read_weblate_csv() -> None:
    concepts, report = _read(DATA / "weblate_glossary.csv")
    assert [(c.id, [t.text for t in c.terms]) for c in concepts] == [
        (12, ["grassland restoration", "草原修复"]), (13, ["Sanjiangyuan", "三江源"])]
    assert concepts[1].note == "keep pinyin in English\nSource of Three Rivers, Qinghai"
    assert report.dropped == {}


def test_read_weblate_flags() -> None:
    data = "source,target,flags\r\nwater tank,水箱,\"forbidden, read-only\"\r\n".encode()
    (c,), report = _read(data)
    assert _pairs(c) == [("en", "water tank", Usage.ADMITTED), ("zh-Hans", "水箱", Usage.DEPRECATED)]
    assert report.dropped == {"flag read-only": 1}


def test_read_semicolon_delimited() -> None:
    concepts, _ = _read(DATA / "semicolon.csv")
    assert [c.terms[0].text for c in concepts] == ["Water Tower; of China", "SCIO"]
    assert concepts[0].note == "Excel in de-DE saves CSV with ;"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_read_bom(encoding: str) -> None:
    (c,), _ = _read("EN\tzh_CN\r\nSCIO\t国新办\r\n".encode(encoding))
    assert _pairs(c) == [("en", "SCIO", Usage.ADMITTED), ("zh-Hans", "国新办", Usage.ADMITTED)]


@pytest.mark.parametrize("header", ["en-US,zh-Hans", "EN,zh", "en,zh-CN", "English,Chinese (PRC)"])
def test_header_spellings(header: str) -> None:
    (c,), _ = _read(f"{header}\nSCIO,国新办\n".encode())
    assert [t.lang for t in c.terms] == ["en", "zh-Hans"]


def test_memoq_layout_reads_back_with_separator() -> None:
    concepts, _ = _read(_csv(SAMPLE, dialect="memoq"), synonym_sep=";")
    assert _pairs(concepts[0]) == [
        ("en", "Water Tower of China", Usage.ADMITTED), ("en", "water tower", Usage.DEPRECATED),
        ("zh-Hans", "中华水塔", Usage.ADMITTED), ("zh-Hans", "水塔", Usage.DEPRECATED)]
    assert [t.text for t in concepts[2].terms] == ["SCIO", "国新办", "国务院新闻办公室"]


def test_header_override() -> None:
    data = "go\tzu\nrun\t跑\n".encode()          # two 2-letter words look like language codes
    assert len(_read(data)[0]) == 1
    assert [c.terms[0].text for c in _read(data, header=False)[0]] == ["go", "run"]
    with pytest.raises(FormatError, match="line 1: no language column"):
        _read(b"foo,bar\nx,y\n", header=True)


def test_empty_input() -> None:
    assert _read(b"")[0] == [] and _read(b"\xef\xbb\xbf\n\n")[0] == []


@pytest.mark.parametrize(("name", "message"), [
    ("misquoted.csv", "misquoted.csv: line 3: ',' expected after '\"'"),
    ("unterminated.csv", "unterminated.csv: line 4: unexpected end of data"),
    ("too_many_cells.csv", "too_many_cells.csv: line 3: 3 cells, header has 2"),
    ("bad_status.csv", "bad_status.csv: line 3: 'maybe' is not a valid Review"),
    ("not_utf8.csv", "not_utf8.csv: line 2: not UTF-8 or UTF-16 (invalid start byte)"),
])
def test_invalid(name: str, message: str) -> None:
    with pytest.raises(FormatError) as e:
        _read(DATA / "invalid" / name)
    assert str(e.value) == message


# -- round trips ----------------------------------------------------------------------------


def test_generic_round_trip_sample() -> None:
    concepts, report = _read(_csv(SAMPLE))
    assert report.summary() == []
    assert [c.id for c in concepts] == [1, 2, None, 4]
    assert concepts[0].definition == SAMPLE[0].definition and concepts[0].note == SAMPLE[0].note
    assert concepts[3].note == "line one\nline two"
    assert [(t.text, t.usage, t.review, t.note, t.modified_by) for t in concepts[0].terms] == [
        (t.text, t.usage, t.review, t.note, t.modified_by) for t in SAMPLE[0].terms]
    # Who decided, and when, read back (provenance).
    assert (concepts[0].terms[0].modified_by, concepts[0].terms[0].modified) == (
        "wang.li", "2025-06-12T08:30:00Z")
    assert [t.text for t in concepts[3].terms] == ['a "quoted", comma term', "术语，带逗号"]


text = st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn")), min_size=1, max_size=12) \
    .map(str.strip).filter(bool)
terms = st.builds(Term, text=text, lang=st.sampled_from(["en", "zh-Hans"]),
                  usage=st.sampled_from(Usage), review=st.sampled_from(Review),
                  note=st.none() | text, modified_by=st.none() | text,
                  modified=st.just("2025-06-12T08:30:00Z"))
concepts = st.lists(st.builds(
    Concept, terms=st.lists(terms, min_size=1, max_size=4, unique_by=lambda t: (t.lang, t.text))
    .map(tuple), definition=st.none() | text, note=st.none() | text,
    id=st.none() | st.integers(0, 10**6)), max_size=5,
    unique_by=lambda c: object() if c.id is None else c.id)     # id 0 is an id too


def _kept(c: Concept) -> list[tuple[str, str, Usage, Review, str | None, str | None]]:
    rows = [(t.lang, t.text, t.usage, t.review, t.note, t.modified_by)
            for t in c.terms if t.review is not Review.REJECTED]
    return sorted(rows, key=lambda r: r[0] != "en")       # English section first, order kept


@given(concepts)
def test_generic_round_trip(cs: list[Concept]) -> None:
    got, report = _read(_csv(cs))
    want = [c for c in cs if _kept(c)]
    assert [_kept(c) for c in got] == [_kept(c) for c in want]
    assert [(c.id, c.definition, c.note) for c in got] == [(c.id, c.definition, c.note) for c in want]
    assert report.summary() == []


@given(concepts)
def test_tsv_round_trip(cs: list[Concept]) -> None:
    cs = [c for c in cs if not any(t.text.startswith("#") for t in c.terms)    # OmegaT comment
          and not (c.definition or c.note or "").startswith("[")]
    buf = io.BytesIO()
    n = csvglossary.write_tsv(cs, buf)
    got, _ = _read(buf.getvalue())
    want = [(s.text, t.text, t.usage, csvglossary._describe(c) or None)
            for c in cs for s in c.section("en") if s.review is not Review.REJECTED
            for t in c.section("zh") if t.review is not Review.REJECTED]
    assert n == len(want)
    assert [(c.terms[0].text, c.terms[1].text, c.terms[1].usage, c.note) for c in got] == [
        (s, t, Usage.DEPRECATED if u is Usage.DEPRECATED else Usage.ADMITTED, note)
        for s, t, u, note in want]


def test_translator_sheet_usage_word_in_status_judges_the_english_rendering(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("en,zh-Hans,kind,status,note\n"
                     "Daqing Oilfield,大庆油田,organisation,approved,\n"
                     "Daqing Oil Field,大庆油田,organisation,deprecated,Use 'Daqing Oilfield'\n",
                     encoding="utf-8")
    report = Report()
    first, second = list(csvglossary.read(sheet, report=report))
    assert [(t.text, t.usage, t.review) for t in second.terms] == [
        ("Daqing Oil Field", Usage.DEPRECATED, Review.APPROVED),
        ("大庆油田", Usage.ADMITTED, Review.APPROVED)]
    assert first.terms[0].usage is Usage.ADMITTED
    assert report.dropped["column kind"] == 2


def test_non_ascii_first_cell_is_not_taken_for_a_language_header(tmp_path: Path) -> None:
    f = tmp_path / "g.txt"
    f.write_text("ß\tss\n", encoding="utf-8")      # "ß".casefold() == "ss": not a code
    (c,) = list(csvglossary.read(f))
    assert [(t.text, t.lang) for t in c.terms] == [("ß", "en"), ("ss", "zh-Hans")]


@pytest.mark.parametrize("value", ["=SUM(A1)", "'=", "''=x", "'x", "plain", "-5", "'"])
def test_cells_round_trip_through_formula_neutralising(value: str) -> None:
    from termsmith.inputs import cell, is_formula, uncell

    assert uncell(cell(value)) == value
    assert not is_formula(cell(value))
