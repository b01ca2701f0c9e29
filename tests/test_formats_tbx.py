"""TBX reader and writer: golden files, schema validation, other tools, round trips, errors."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import VALIDATE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from termsmith.errors import FormatError
from termsmith.formats import Report, tbx
from termsmith.model import Concept, Context, Gloss, GlossType, PartOfSpeech, Review, Term, TermType, Usage

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "tbx"
GOLDEN = HERE / "golden"
INTEROP = DATA.parent / "interop"


# --- sample concepts ---------------------------------------------------------------

@pytest.fixture
def sample_concepts() -> list[Concept]:
    """English + Chinese terms, an acronym, a deprecated term, a rejected candidate,
    contexts with CJK, astral characters and markup characters, a unit gloss."""
    sentence = 'We promote the Belt and Road Initiative (BRI) & "green" <growth> 𝐀𝐁.'
    bri = Concept(
        id=1, subject="international cooperation",
        definition="China's programme of infrastructure & trade links.",
        note="Spokesperson's wording.", kind="glossed", category="programme", score=0.92,
        evidence=("Belt and Road Initiative (BRI)",),
        terms=(
            Term("Belt and Road Initiative", "en", pos=PartOfSpeech.PROPER_NOUN,
                 usage=Usage.PREFERRED, review=Review.APPROVED, id=11,
                 contexts=(Context(sentence, "corpus/scio-2024.en.txt", 12, "Wu Xiaomei",
                                   15, 39),
                           Context("一带一路倡议 🚀", "corpus/zh.txt", None, None),
                           Context("third", "a:7"), Context("fourth, not written", "x"))),
            Term("BRI", "en", type=TermType.ACRONYM, usage=Usage.ADMITTED,
                 review=Review.APPROVED, id=12, note="termsmith:looks like a prefix"),
            Term("One Belt One Road", "en", usage=Usage.DEPRECATED, review=Review.APPROVED,
                 note="older name; avoid"),
            Term("一带一路", "zh-Hans", pos=PartOfSpeech.PROPER_NOUN, usage=Usage.PREFERRED,
                 review=Review.APPROVED, id=13),
        ))
    mu = Concept(
        id=2, kind="unit", score=0.5,
        glosses=(Gloss(GlossType.UNIT, "about 17.2 million hectares", unit="mu",
                       quantity=258e6, target_unit="hectares", target_quantity=17.2e6,
                       approximate=True, source="corpus/a.txt", line=3),),
        terms=(Term("mu", "en", pos=PartOfSpeech.NOUN), Term("亩", "zh-Hans")))
    rejected = Concept(terms=(Term("press conference held", "en", review=Review.REJECTED,
                                   type=TermType.PHRASE),))
    return [bri, mu, rejected]


def _expected(concepts: list[Concept], max_contexts: int | None = 3) -> list[Concept]:
    """What reading back gives: one section per language, ordered English, Chinese, then
    the others as first seen; contexts capped."""
    out = []
    for c in concepts:
        seen = list(dict.fromkeys(t.lang for t in c.terms))

        rank = {lang: (0 if lang == "en" else 1 if lang.startswith("zh") else 2, i)
                for i, lang in enumerate(seen)}
        terms = tuple(Term(**{**_fields(t), "contexts": t.contexts[:max_contexts]})
                      for t in sorted(c.terms, key=lambda t: rank[t.lang]))
        out.append(Concept(**{**_fields(c), "terms": terms}))
    return out


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}  # type: ignore[attr-defined]


def _write(concepts: list[Concept], **kw: object) -> bytes:
    buf = io.BytesIO()
    tbx.write(concepts, buf, **kw)  # type: ignore[arg-type]
    return buf.getvalue()


def _read(data: bytes, report: Report | None = None) -> list[Concept]:
    return list(tbx.read(io.BytesIO(data), report=report))


# --- golden files ------------------------------------------------------------------

@pytest.mark.parametrize(("name", "version"), [("basic.tbx", 2), ("basic.tbx3", 3)])
def test_golden(sample_concepts: list[Concept], update_golden: bool, name: str,
                version: int) -> None:
    data = _write(sample_concepts, version=version)
    path = GOLDEN / name
    if update_golden:
        path.write_bytes(data)
    assert data == path.read_bytes()


@pytest.mark.parametrize("name", ["basic.tbx", "basic.tbx3"])
def test_own_files_rewrite_byte_for_byte(name: str) -> None:
    data = (GOLDEN / name).read_bytes()
    report = Report()
    again = _write(_read(data, report), version=3 if name.endswith("3") else 2)
    assert again == data
    assert report.dropped == {} and report.warnings == []


def test_output_shape(sample_concepts: list[Concept]) -> None:
    text = _write(sample_concepts).decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<martif ')
    assert text.endswith("</martif>\n")
    assert "\n  <martifHeader>\n    <fileDesc>\n" in text       # 2-space indent
    assert "ns0:" not in text
    assert 'id="u3"' in text                                  # the unnumbered concept
    assert "fourth, not written" not in text                  # max_contexts=3
    assert "&amp; &quot;green&quot;" not in text and '&amp; "green" &lt;growth&gt;' in text


def test_max_contexts_none_writes_all(sample_concepts: list[Concept]) -> None:
    data = _write(sample_concepts, max_contexts=None)
    assert b"fourth, not written" in data
    assert _read(data) == _expected(sample_concepts, None)


# --- schema validation (tests/data/oracles/validate) ------------------------------------

def _validate(path: Path, kind: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(VALIDATE), str(path), kind],
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(("version", "kind"), [(2, "tbx2-basic"), (3, "tbx3-basic")])
@pytest.mark.parametrize("timestamps", [False, True])
def test_output_validates(sample_concepts: list[Concept], tmp_path: Path, version: int,
                          kind: str, timestamps: bool) -> None:
    stamped = [Concept(**{**_fields(c), "created": "2025-06-12T07:00:00Z",
                          "modified": "2025-06-13T09:30:00Z"}) for c in sample_concepts]
    path = tmp_path / f"out.v{version}.tbx"
    path.write_bytes(_write(stamped if timestamps else sample_concepts, version=version,
                            timestamps=timestamps))
    result = _validate(path, kind)
    assert result.returncode == 0, result.stdout
    assert "FAIL" not in result.stdout


def test_empty_v3_validates(tmp_path: Path) -> None:
    path = tmp_path / "empty.tbx"
    path.write_bytes(_write([], version=3))
    result = _validate(path, "tbx3-basic")
    assert result.returncode == 0, result.stdout


# --- other tools ---------------------------------------------------------------------

def test_translate_toolkit_reads_v2(sample_concepts: list[Concept], tmp_path: Path) -> None:
    from translate.storage import tbx as ttk

    path = tmp_path / "out.tbx"
    path.write_bytes(_write(sample_concepts))
    store = ttk.tbxfile.parsefile(str(path))
    pairs = {u.source: u.target for u in store.units}
    assert pairs["Belt and Road Initiative"] == "一带一路"
    assert pairs["mu"] == "亩"
    assert "press conference held" in pairs


# --- round trips ---------------------------------------------------------------------

def test_roundtrip_sample(sample_concepts: list[Concept]) -> None:
    for version in (2, 3):
        report = Report()
        assert _read(_write(sample_concepts, version=version), report) == \
            _expected(sample_concepts)
        assert not report.dropped


def test_timestamps_only_when_asked() -> None:
    c = Concept(id=5, created="2025-06-12T07:00:00Z", modified="2025-06-13T09:30:00Z",
                terms=(Term("a", created="2025-06-12T07:00:00Z"),))
    assert b"transacGrp" not in _write([c])
    assert _read(_write([c]))[0].created is None
    v3 = _read(_write([c], version=3, timestamps=True))[0]
    assert (v3.created, v3.modified, v3.terms[0].created) == (c.created, c.modified,
                                                               c.terms[0].created)
    # TBX-Basic 2.x <date> is xsd:date: the day survives, the time does not
    v2 = _read(_write([c], timestamps=True))[0]
    assert (v2.created, v2.modified, v2.terms[0].created) == ("2025-06-12", "2025-06-13",
                                                               "2025-06-12")


@pytest.mark.parametrize(("zh_tag", "lang"), [("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"),
                                              ("zh", "zh-Hans"), ("zh-Hant", "zh-Hant")])
def test_zh_tag(zh_tag: str, lang: str) -> None:
    c = Concept(id=1, terms=(Term("glossary"), Term("术语表", "zh-Hans"),
                             Term("術語表", "zh-Hant")))
    data = _write([c], zh_tag=zh_tag, en_tag="en-US")
    assert f'<langSet xml:lang="{zh_tag}">'.encode() in data
    assert data.count(b"<langSet") == 2                       # one Chinese section per entry
    assert b'<langSet xml:lang="en-US">' in data
    got = _read(data)[0]
    assert [t.lang for t in got.terms] == ["en", lang, lang]


def test_empty_input_contract() -> None:
    for version in (2, 3):
        buf = io.BytesIO()
        assert tbx.write(iter([]), buf, version=version) == 0
        assert _read(buf.getvalue()) == []


_text = st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn")),
                min_size=1).map(str.strip).filter(bool)
_opt = st.none() | _text
_str = st.just("") | _text | st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn")))


@st.composite
def _contexts(draw: st.DrawFn) -> Context:
    sentence = draw(_text)
    start = draw(st.integers(0, len(sentence)))
    end = draw(st.integers(start, len(sentence)))
    return Context(sentence, draw(_str), draw(st.none() | st.integers(1, 10**6)),
                   draw(st.none() | _str), start, end)


_terms = st.builds(
    Term, text=_text, lang=st.sampled_from(["en", "zh-Hans", "fr", "pt-BR"]),
    type=st.sampled_from(TermType), pos=st.none() | st.sampled_from(PartOfSpeech),
    usage=st.sampled_from(Usage), review=st.sampled_from(Review), note=_opt,
    contexts=st.lists(_contexts(), max_size=3).map(tuple),
    id=st.none() | st.integers(0, 10**9))
_glosses = st.builds(
    Gloss, type=st.sampled_from(GlossType), text=_text, unit=_opt,
    quantity=st.none() | st.floats(allow_nan=False), target_unit=_opt,
    target_quantity=st.none() | st.floats(allow_nan=False), approximate=st.booleans(),
    source=_str, line=st.none() | st.integers(0, 10**6))
_concepts = st.builds(
    Concept, terms=st.lists(_terms, min_size=1, max_size=4).map(tuple),
    id=st.none() | st.integers(0, 10**9), subject=_opt, definition=_opt, note=_opt,
    kind=_opt, category=_opt, score=st.none() | st.floats(0, 1),
    glosses=st.lists(_glosses, max_size=2).map(tuple),
    evidence=st.lists(_text, max_size=2).map(tuple))


def _id_key(c: Concept) -> object:
    """Concept ids in one file are distinct (the writer refuses a repeated one); None repeats."""
    return c.id if c.id is not None else object()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_concepts, max_size=4, unique_by=_id_key), st.sampled_from([2, 3]))
def test_roundtrip_property(concepts: list[Concept], version: int) -> None:
    data = _write(concepts, version=version)
    report = Report()
    got = _read(data, report)
    assert got == _expected(concepts)
    assert not report.dropped
    assert _write(got, version=version) == data


@pytest.mark.parametrize(("source", "line"), [("a.txt", 3), ("a.txt:3", None), ("a:", None),
                                              ("", 4), ("a:-", None), ("x:1", 2), ("", None)])
def test_citation_roundtrip(source: str, line: int | None) -> None:
    ctx = Context("s", source, line, "speaker")
    c = Concept(terms=(Term("t", contexts=(ctx,)),))
    assert _read(_write([c]))[0].terms[0].contexts == (ctx,)


# --- other tools' files ------------------------------------------------------------------

# file -> (concepts, a term that must be there, report keys that must be there)
INTEROP_FILES = {
    "lisa-oracle-termbase-tbx2.tbx": (2, ("pt", "Valor a Atingir"),
                                      {"xref[type=corpusTrace]", "admin[type=productSubset]"}),
    "phrase-tms-tbx3-core-dca.tbx": (3, ("sq-AL", "Ujë"), {"termNote[type=termId]"}),
    "multiterm-export-tbx3-min-dct.tbx": (45, ("en", "open cluster"), {"langSec/note"}),
    "heartsome-tmx2tbx-en-zh-cn.tbx": (314, ("zh-Hans", "音频设置"),
                                       {"descrip[type=Txt::Text Field]"}),
    "translate-toolkit-en-cs.tbx": (4, ("cs", "správce"), set()),
    "interpretbank-tbx-default.tbx": (9, ("it", "ItTerm1"), {"CommentAll", "term[empty]",
                                                             "glossary"}),
}


@pytest.mark.parametrize("name", sorted(INTEROP_FILES))
def test_interop_files(name: str) -> None:
    path = INTEROP / name
    count, (lang, text), dropped = INTEROP_FILES[name]
    report = Report()
    concepts = list(tbx.read(path, report=report))
    assert len(concepts) == count
    assert (lang, text) in {(t.lang, t.text) for c in concepts for t in c.terms}
    assert dropped <= set(report.dropped)
    assert bool(report.dropped) == bool(dropped)


def test_interop_mapped_fields() -> None:
    lisa = list(tbx.read(INTEROP / "lisa-oracle-termbase-tbx2.tbx"))
    assert lisa[0].subject == "HR" and lisa[0].definition.startswith("GREs and PREs")
    assert lisa[0].terms[2].usage is Usage.PREFERRED          # standardizedTerm-admn-sts
    mt = list(tbx.read(INTEROP / "multiterm-export-tbx3-min-dct.tbx"))
    galactic = mt[0].terms[1]
    assert (galactic.pos, galactic.usage) == (PartOfSpeech.NOUN, Usage.DEPRECATED)
    assert galactic.note and galactic.note.startswith("Another name")
    phrase = list(tbx.read(INTEROP / "phrase-tms-tbx3-core-dca.tbx"))
    assert phrase[0].terms[0].review is Review.APPROVED
    assert phrase[0].terms[0].created == "2025-05-08T18:26:04Z"


@pytest.mark.parametrize("name", ["ntig-termgrp-default.tbx", "utf16le-bom.tbx"])
def test_valid_quirks(name: str) -> None:
    report = Report()
    [concept] = list(tbx.read(DATA / "valid" / name, report=report))
    assert concept.section("zh")[0].lang == "zh-Hans"
    assert concept.terms[0].lang == "en"


def test_ntig_fields() -> None:
    report = Report()
    [c] = list(tbx.read(DATA / "valid" / "ntig-termgrp-default.tbx", report=report))
    assert (c.id, c.subject) == (12, "ecology")
    en = c.terms[0]
    assert (en.pos, en.usage) == (PartOfSpeech.NOUN, Usage.PREFERRED)
    assert en.contexts[0].sentence.startswith("Grassland restoration")
    assert report.dropped == {"descrip[type=usageNote]": 1}


# --- invalid files -----------------------------------------------------------------------

INVALID = [
    ("malformed-tag.tbx", "line 10, column 9: expected '>'"),
    ("wrong-root.tbx", "line 3: the root element is <tmx>, not <martif> (TBX v2) or <tbx>"),
    ("langset-without-lang.tbx", "line 11: <langSet> has no xml:lang"),
    ("entry-without-term.tbx", "line 12: <conceptEntry> has no <term>"),
    ("external-entity.tbx", "line 3: the document declares XML entities"),
    ("billion-laughs.tbx", "line 4: the document declares XML entities"),
]


@pytest.mark.parametrize(("name", "message"), INVALID)
def test_invalid(name: str, message: str) -> None:
    path = DATA / "invalid" / name
    with pytest.raises(FormatError) as e:
        list(tbx.read(path))
    assert str(e.value).startswith(f"TBX: {path}: ")
    assert message in str(e.value)


def test_invalid_from_stream_names_stream() -> None:
    data = (DATA / "invalid" / "wrong-root.tbx").read_bytes()
    with pytest.raises(FormatError, match=r"^TBX: <stream>: line 3: the root element is <tmx>"):
        _read(data)


def test_bad_version() -> None:
    with pytest.raises(ValueError):
        tbx.write([], io.BytesIO(), version=4)


# --- what XML cannot hold ----------------------------------------------------------------

@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize("field", ["definition", "note", "context", "speaker", "term note"])
def test_control_character_is_format_error(version: int, field: str) -> None:
    bad = "before\x08after"
    ctx = Context(bad if field == "context" else "fine", "a.txt",
                  speaker=bad if field == "speaker" else None)
    term = Term("t", contexts=(ctx,), note=bad if field == "term note" else None)
    c = Concept(id=7, terms=(term,), definition=bad if field == "definition" else None,
                note=bad if field == "note" else None)
    buf = io.BytesIO()
    with pytest.raises(FormatError, match=r"^TBX: concept 7: .*'\\x08'"):
        tbx.write([Concept(id=6, terms=(Term("ok"),)), c], buf, version=version)
    assert b'id="c7"' not in buf.getvalue()                 # nothing of the bad entry


@pytest.mark.parametrize("bad", ["\x00", "\x1f", "\ud800", "\ufffe"])
def test_characters_lxml_refuses_are_refused(bad: str) -> None:
    c = Concept(terms=(Term("t"),), subject=f"x{bad}")
    with pytest.raises(FormatError, match=r"^TBX: concept #1 \(no id\): "):
        _write([c])


def test_escaping_is_lxml_s() -> None:
    """Text and attributes come out escaped as lxml (libxml2) escapes them."""
    from lxml import etree

    tricky = 'a\r\n\t"\'<>& \x7f\u2028\u3000𝐀 ]]>'
    c = Concept(id=1, terms=(Term("t"),), definition=tricky)
    data = _write([c])
    el = etree.Element("descrip", type="definition")
    el.text = tricky
    assert etree.tostring(el, encoding="UTF-8") in data
    assert _read(data)[0].definition == tricky.strip()
    odd_tag = 'e"<&>\t\n\r'
    el = etree.Element("langSet", lang=odd_tag)
    assert etree.tostring(el).removeprefix(b"<langSet ").removesuffix(b"/>") in \
        _write([c], en_tag=odd_tag)


def test_duplicate_concept_ids() -> None:
    concepts = [Concept(id=3, terms=(Term("a"),)), Concept(terms=(Term("b"),)),
                Concept(id=3, terms=(Term("c"),))]
    for version in (2, 3):
        with pytest.raises(FormatError, match=r"^TBX: concept 3 comes twice.* c3"):
            _write(concepts, version=version)
    # concepts without an id are numbered by position, so they never clash
    assert _write([Concept(terms=(Term("a"),)), Concept(terms=(Term("b"),))]).count(b'id="u') == 2


# --- streaming -------------------------------------------------------------------------

def _many(n: int) -> Iterator[Concept]:
    for i in range(n):
        yield Concept(id=i, terms=(Term(f"term {i}"), Term(f"术语 {i}", "zh-Hans")))


def test_streaming_write_consumes_generator_lazily() -> None:
    sink = _Sink()
    seen: list[int] = []

    def concepts() -> Iterator[Concept]:
        for i, c in enumerate(_many(100_000)):
            if i % 25_000 == 0:
                seen.append(sink.size)       # bytes already out when concept i is asked for
            yield c

    assert tbx.write(concepts(), sink) == 100_000   # type: ignore[arg-type]
    assert seen[1] > 1_000_000 and seen == sorted(seen) and sink.size > seen[-1]


def test_streaming_write_bounded_memory() -> None:
    sink = _Sink()
    tracemalloc.start()          # slows writing ~5x, hence 20k concepts rather than 100k
    try:
        written = tbx.write(_many(20_000), sink)            # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == 20_000 and sink.size > 10_000_000
    assert peak < 10 * 1024 * 1024


def test_streaming_read_releases_entries(tmp_path: Path) -> None:
    path = tmp_path / "big.tbx"
    with open(path, "wb") as f:
        tbx.write(_many(20_000), f)
    tracemalloc.start()
    try:
        n = sum(1 for _ in tbx.read(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 20_000
    assert peak < 20 * 1024 * 1024


class _Sink(io.RawIOBase):
    """A binary stream that counts bytes and keeps none."""

    size = 0

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.size += len(b)
        return len(b)


# --- templates: refilled entries ------------------------------------------------------

def _entry_bytes(data: bytes) -> list[bytes]:
    """The entries of a written file, each with the line break and indentation before it."""
    return re.findall(rb"\n      <(?:termEntry|conceptEntry) .*?\n      </(?:termEntry|conceptEntry)>",
                      data, re.DOTALL)


@pytest.mark.parametrize("version", [2, 3])
def test_entries_do_not_depend_on_neighbours(version: int) -> None:
    """Entries are written from templates kept per shape and refilled: an entry comes out
    the same whatever was written before it, also once more shapes than the cache keeps
    have gone by, and with empty and markup-laden texts in the same slots."""
    concepts = []
    for i in range(1300):           # over 600 shapes (3 term counts x 200), each twice or more
        shape = i % 600
        ctx = Context(f"in <t{i}> & out" if i % 3 else "t", "src.txt" if i % 2 else "",
                      i if i % 4 else None, "" if i % 5 == 0 else None,
                      *((3, 7) if i % 2 and i % 3 else (0, 0)))
        terms = tuple(Term(f"t{i}-{k}&", ("en", "zh-Hans", "fr")[k], id=i * 10 + k,
                           pos=PartOfSpeech.PROPER_NOUN if i % 7 == 0 else None,
                           note="termsmith:x" if i % 11 == 0 else None,
                           contexts=(ctx,) if k == 0 else ())
                      for k in range(shape % 3 + 1))
        concepts.append(Concept(id=i, terms=terms, evidence=(f"e{i}",) * (shape // 3),
                                subject=f"s{i}" if i % 2 else None))
    data = _write(concepts, version=version, timestamps=False)
    alone = [_entry_bytes(_write([c], version=version))[0] for c in concepts]
    assert _entry_bytes(data) == alone
    assert _read(data) == _expected(concepts)


def test_template_cache_is_bounded() -> None:
    """The cache of entry templates keeps at most a fixed number of shapes."""
    seen: list[int] = []
    original = tbx._Entries.write

    def spy(self: tbx._Entries, c: Concept, n: int) -> None:
        original(self, c, n)
        seen.append(len(self.templates))

    concepts = [Concept(id=i, terms=(Term("t"),), evidence=("e",) * i) for i in range(700)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tbx._Entries, "write", spy)
        _write(concepts)
    assert max(seen) == tbx._MAX_TEMPLATES < len(concepts)


def test_truncated_tbx_names_the_place_once(tmp_path: Path, sample_concepts: list[Concept]) -> None:
    # lxml ends its own message with ", line L, column C"; the error said it twice
    whole = _write(sample_concepts).decode("utf-8")
    cut = whole[: whole.index("</langSet>")]
    path = tmp_path / "cut.tbx"
    path.write_text(cut, encoding="utf-8")
    with pytest.raises(FormatError) as info:
        list(tbx.read(path))
    message = str(info.value)
    assert "\n" not in message
    assert re.match(r"TBX: \S+: line \d+, column \d+: \S", message), message
    assert len(re.findall(r"line \d+, column \d+", message)) == 1, message
