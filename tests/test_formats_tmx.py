"""TMX reader and writer: golden file, DTD validity, other tools, round trips, interop, bad input."""

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
from hypothesis import given, settings
from hypothesis import strategies as st

from termsmith.errors import FormatError
from termsmith.formats import Report, tmx
from termsmith.model import (
    Concept,
    Context,
    Review,
    Term,
    TermType,
    TranslationUnit,
    Tuv,
    Usage,
)

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data" / "tmx"
GOLDEN = TESTS / "golden" / "basic.tmx"
INTEROP = TESTS / "data" / "interop"

# -- sample data ------------------------------------------------------------------------

CONCEPTS = [
    Concept(id=1, terms=(
        Term("Water Tower of China", "en", usage=Usage.PREFERRED, review=Review.APPROVED,
             contexts=(Context('Qinghai is the "Water Tower of China."', "qinghai.en.txt", 20),)),
        Term("中华水塔", "zh-Hans", review=Review.APPROVED),
    )),
    Concept(id=2, terms=(                              # 2 English x 1 Chinese, one rejected
        Term("State Council Information Office", "en", review=Review.APPROVED),
        Term("SCIO", "en", type=TermType.ACRONYM,
             contexts=(Context("Mr. Shou Xiaoli, spokesperson of the SCIO", "qinghai.en.txt"),)),
        Term("S.C.I.O.", "en", review=Review.REJECTED),
        Term("国务院新闻办公室", "zh-Hans", review=Review.APPROVED),
    )),
    Concept(id=3, terms=(                              # markup characters and astral CJK
        Term("R&D <beta> \"lab\" 'x'", "en", usage=Usage.DEPRECATED),
        Term("研发 <β> “实验室” 𠀀𪚥", "zh-Hans"),
    )),
    Concept(id=4, terms=(Term("Sanjiangyuan National Park", "en"),)),   # no Chinese: no unit
    Concept(id=5, terms=(Term("中华", "zh-Hans"),)),                      # no English: no unit
]

UNITS = [                                            # segment pairs from a translation memory
    TranslationUnit(
        variants=(Tuv("en", "Press <b>Save</b> & exit."), Tuv("zh-Hans", "按 <b>保存</b> 并退出。")),
        id="tm-1", notes=("from the style guide",), props=(("x-domain", "software"),),
        created="20250612T150000Z", changed="20250613T090000Z"),
    TranslationUnit(variants=(Tuv("en", "  spaces kept\tand a\nline break ", props=(("x-src", "1"),)),
                              Tuv("zh-Hant", "臺灣 𠀀"), Tuv("fr", "« bonjour »"))),
]


def sample_units() -> list[TranslationUnit]:
    return [*tmx.units_from_concepts(CONCEPTS), *UNITS]


def written(units: list[TranslationUnit] | Iterator[TranslationUnit], **kw: object) -> bytes:
    buf = io.BytesIO()
    tmx.write(units, buf, **kw)  # type: ignore[arg-type]
    return buf.getvalue()


def read_bytes(data: bytes, report: Report | None = None) -> list[TranslationUnit]:
    return list(tmx.read(io.BytesIO(data), report=report))


# -- writer -----------------------------------------------------------------------------


def test_golden_file(update_golden: bool) -> None:      # fixture from conftest.py
    data = written(sample_units())
    if update_golden:
        GOLDEN.write_bytes(data)
    assert data == GOLDEN.read_bytes()


def test_output_shape() -> None:
    text = written(sample_units()).decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')
    assert text.endswith("</tmx>\n")
    assert "ns0" not in text and "xmlns:xml" not in text
    assert text.count("<tuv ") == text.count('<tuv xml:lang="')
    assert re.findall(r'xml:lang="([^"]+)"', text) == ["en", "zh-CN"] * 5 + ["en", "zh-CN", "fr"]
    header = re.search(r"<header [^>]*/>", text)
    assert header is not None
    assert header.group(0) == (
        '<header creationtool="termsmith" creationtoolversion="0.1.0" segtype="phrase" '
        'o-tmf="termsmith" adminlang="en" srclang="en" datatype="plaintext"/>')
    assert "R&amp;D &lt;beta&gt; \"lab\" 'x'" in text


def test_units_from_concepts() -> None:
    units = list(tmx.units_from_concepts(CONCEPTS))
    assert [u.id for u in units] == ["c1-1", "c2-1", "c2-2", "c3-1"]
    first = units[0]
    assert first.variants == (Tuv("en", "Water Tower of China"), Tuv("zh-Hans", "中华水塔"))
    assert first.props == (("x-concept", "1"), ("x-status", "approved"), ("x-usage", "preferred"),
                           ("x-termType", "fullForm"))
    assert first.notes == ('Qinghai is the "Water Tower of China." (qinghai.en.txt:20)',)
    assert dict(units[2].props)["x-status"] == "candidate"      # SCIO is not approved
    assert dict(units[2].props)["x-termType"] == "acronym"
    assert units[2].notes == ("Mr. Shou Xiaoli, spokesperson of the SCIO (qinghai.en.txt)",)
    assert units[1].notes == ()
    with_rejected = list(tmx.units_from_concepts(CONCEPTS, include_rejected=True))
    assert [u.id for u in with_rejected] == ["c1-1", "c2-1", "c2-2", "c2-3", "c3-1"]
    assert dict(with_rejected[3].props)["x-status"] == "rejected"


def test_context_note_reads_back() -> None:
    note = tmx.units_from_concepts(CONCEPTS[:1]).__next__().notes[0]
    assert tmx.context_from_note(note) == Context('Qinghai is the "Water Tower of China."',
                                                  "qinghai.en.txt", 20)
    assert tmx.context_from_note("a note without a source") is None


def test_tags_and_timestamps() -> None:
    text = written(sample_units(), srclang="en-US", zh_tag="zh-TW", timestamps=True).decode()
    assert 'srclang="en-US"' in text and 'adminlang="en-US"' in text
    assert set(re.findall(r'xml:lang="([^"]+)"', text)) == {"en-US", "zh-TW", "fr"}
    assert re.search(r'<header [^>]*creationdate="\d{8}T\d{6}Z"', text)
    with pytest.raises(ValueError, match="Chinese"):
        written([], zh_tag="fr")
    with pytest.raises(ValueError, match="segtype"):
        written([], segtype="word")


def test_empty_input() -> None:
    data = written([])
    assert b"<body>\n  </body>" in data
    assert read_bytes(data) == []


def test_unwritable_character_is_refused_before_any_writer() -> None:
    # XML cannot hold it: the model refuses it where it comes in (issue 15, item 21).
    with pytest.raises(ValueError, match="control character U\\+0007"):
        Tuv("en", "bell \x07")


def test_output_is_valid_against_the_tmx14_dtd(tmp_path: Path) -> None:
    f = tmp_path / "out.tmx"
    f.write_bytes(written(sample_units(), srclang="en-US", timestamps=True))
    r = subprocess.run([sys.executable, str(VALIDATE), str(f), "tmx14"], capture_output=True,
                       text=True, check=False)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "OK   tmx/tmx14.dtd" in r.stdout


def test_translate_toolkit_reads_our_file(tmp_path: Path) -> None:
    from translate.storage import tmx as ttk_tmx

    f = tmp_path / "out.tmx"
    f.write_bytes(written(sample_units()))
    store = ttk_tmx.tmxfile.parsefile(str(f))
    pairs = [(u.source, u.target) for u in store.units]
    assert pairs[:4] == [("Water Tower of China", "中华水塔"),
                         ("State Council Information Office", "国务院新闻办公室"),
                         ("SCIO", "国务院新闻办公室"),
                         ("R&D <beta> \"lab\" 'x'", "研发 <β> “实验室” 𠀀𪚥")]
    assert pairs[4] == ("Press <b>Save</b> & exit.", "按 <b>保存</b> 并退出。")


def test_writing_a_generator_does_not_materialise_it() -> None:
    class Sink:
        def write(self, b: bytes) -> int:
            return len(b)

    def units() -> Iterator[TranslationUnit]:
        for i in range(200_000):
            yield TranslationUnit(variants=(Tuv("en", f"term {i}"), Tuv("zh-Hans", f"术语{i}")),
                                  id=f"u{i}", props=(("x-concept", str(i)),))

    tracemalloc.start()
    try:
        n = tmx.write(units(), Sink())  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 200_000
    assert peak < 5_000_000           # a list of these units alone would take > 100 MB


# -- round trips --------------------------------------------------------------------------

_text = st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn")) | st.sampled_from("\t\n\r"),
                max_size=12)
_props = st.lists(st.tuples(_text, _text), max_size=2).map(tuple)
_tuvs = st.builds(Tuv, lang=st.sampled_from(["en", "zh-Hans", "fr", "pt-BR"]), text=_text,
                  props=_props)
_units = st.builds(TranslationUnit, variants=st.lists(_tuvs, min_size=1, max_size=3).map(tuple),
                   id=st.none() | _text, props=_props,
                   notes=st.lists(_text, max_size=2).map(tuple),
                   created=st.none() | st.just("20250612T150000Z"), changed=st.none() | _text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_units, max_size=5))
def test_round_trip(units: list[TranslationUnit]) -> None:
    assert read_bytes(written(units)) == units


def test_our_own_output_rewrites_to_the_same_bytes() -> None:
    data = GOLDEN.read_bytes()
    assert written(tmx.read(GOLDEN)) == data


# -- reader -------------------------------------------------------------------------------


def test_inline_markup_and_whitespace() -> None:
    report = Report()
    units = list(tmx.read(DATA / "valid" / "inline-markup.tmx", report=report))
    assert [(u.text("en"), u.text("zh")) for u in units] == [
        ("Press Save & exit.", "按保存并退出。"),
        ("Total: items", "共项"),                                # ph, it, ut content dropped
        ("See Water Tower of China and the map.", "参见中华水塔和地图。"),   # hi and sub kept
        ("  two  spaces,\n  a line break\tand a tab ", " 前后有空格 "),
        ("Beforeafter", None),                                  # comments left out
    ]
    assert report.dropped["inline <ph>"] == 4 and report.dropped["inline <bpt>"] == 2
    assert report.warnings == []


def test_tmx11_lang_attribute_and_astral_characters() -> None:
    units = list(tmx.read(DATA / "valid" / "tmx11-lang.tmx"))
    assert [[(v.lang, v.text) for v in u.variants] for u in units] == [
        [("en", "Water Tower of China"), ("zh-Hans", "中华水塔")],
        [("en", "𝐀𝐁𝐂 astral"), ("zh-Hant", "𠀀𠀁 臺灣")],
    ]


def test_props_notes_dates_and_what_is_dropped() -> None:
    report = Report()
    (unit,) = tmx.read(DATA / "valid" / "props-notes.tmx", report=report)
    assert unit.id == "u1"
    assert (unit.created, unit.changed) == ("20250612T150000Z", "20250613T090000Z")
    assert unit.notes == ("Said by Wu Xiaomei.",)
    assert unit.props == (("x-domain", "ecology"), ("x-domain", "geography"))
    assert [v.lang for v in unit.variants] == ["en", "zh-Hans", "zh-Hans", "zh-Hant"]
    assert unit.variants[0].props == (("x-issource", "true"),)
    # Who created the unit and a variant is kept (provenance), the usage count is not.
    assert unit.created_by == "wang" and [v.created_by for v in unit.variants][:1] == ["wang"]
    assert dict(report.dropped) == {
        "header/prop[type=x-TMName]": 1, "header/note": 1, "tu@usagecount": 1, "tuv/note": 1}


def test_trados_style_utf16_crlf() -> None:
    text = (
        '<?xml version="1.0" ?>\r\n<tmx version="1.4">\r\n<header\r\n'
        '\t creationtool="TRADOS Translator\'s Workbench for Windows"\r\n'
        '\t creationtoolversion="Edition 7 Build 719"\r\n\t segtype="sentence"\r\n'
        '\t o-tmf="TW4Win 2.0 Format"\r\n\t adminlang="EN-US"\r\n\t srclang="EN-US"\r\n'
        '\t datatype="rtf"\r\n>\r\n<prop type="RTFFontTable">{\\fonttbl}</prop>\r\n</header>\r\n'
        "<body>\r\n"
        '<tu creationdate="20060113T000200Z" creationid="OLI" changedate="20060117T230800Z">\r\n'
        '<prop type="Att::Status">Approved</prop>\r\n'
        '<tuv xml:lang="EN-US">\r\n<seg>This is <bpt i="1" type="bold">{\\b </bpt>the'
        '<ept i="1">}</ept> Water Tower\r\nof China.</seg>\r\n</tuv>\r\n'
        '<tuv xml:lang="ZH-CN">\r\n<seg>这是中华水塔。</seg>\r\n</tuv>\r\n</tu>\r\n'
        "</body>\r\n</tmx>\r\n")
    data = "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    report = Report()
    (unit,) = read_bytes(data, report)
    assert unit.variants == (Tuv("en", "This is the Water Tower\nof China."),   # CRLF -> LF (XML 2.11)
                             Tuv("zh-Hans", "这是中华水塔。"))
    assert unit.props == (("Att::Status", "Approved"),)
    assert (unit.created, unit.changed) == ("20060113T000200Z", "20060117T230800Z")
    assert unit.created_by == "OLI" and report.dropped["header/prop[type=RTFFontTable]"] == 1


# The "Units" column of tests/data/interop/README.md.
INTEROP_UNITS = {
    "sdl-trados-studio-8.0-en-de.tmx": 19,
    "trados-tw4win-rtf-en-de-utf16.tmx": 2,
    "trados-tw4win-html-utf16.tmx": 11,
    "heartsome-tmserver-en-zh-utf16le.tmx": 2,
    "heartsome-tmserver-en-zh-utf16be.tmx": 2,
    "dejavu-dvmdb-en-zh-cn.tmx": 2,
    "omegat-2.1.3-tmx11-smp.tmx": 1,
    "omegat-4.2.1-multiple-tuv.tmx": 3,
    "translate-toolkit-3.10-en-ca.tmx": 259,
    "matecat-it-en.tmx": 2,
    "opentm2-1.5-en-de.tmx": 3,
    "t5memory-0.4-en-de.tmx": 10,
    "olifant-3.0-windows1252.tmx": 9,
    "alignfactory-logiterm-en-de.tmx": 2,
    "okapi-po-to-tmx-en-fr.tmx": 12,
}


def test_interop_table_covers_every_tmx_file() -> None:
    assert sorted(p.name for p in INTEROP.glob("*.tmx")) == sorted(INTEROP_UNITS)


@pytest.mark.parametrize("name", sorted(INTEROP_UNITS))
def test_interop_file_reads(name: str) -> None:
    path = INTEROP / name
    report = Report()
    units = list(tmx.read(path, report=report))
    assert len(units) == INTEROP_UNITS[name]
    assert report.warnings == []
    assert all(v.lang and v.text is not None for u in units for v in u.variants)


def test_interop_details() -> None:
    (unit,) = tmx.read(INTEROP / "omegat-2.1.3-tmx11-smp.tmx")
    assert [(v.lang, v.text) for v in unit.variants] == [("en", "𝐀𝐁𝐂"), ("be", "𝐃𝐄𝐅")]
    for name in ("heartsome-tmserver-en-zh-utf16le.tmx", "heartsome-tmserver-en-zh-utf16be.tmx"):
        units = list(tmx.read(INTEROP / name))
        assert units[1].text("zh") == '&lt;syntaxhighlight lang="java"&gt;'   # escaped twice at source
    units = list(tmx.read(INTEROP / "olifant-3.0-windows1252.tmx"))
    assert any("é" in (u.text("fr") or "") for u in units)
    units = list(tmx.read(INTEROP / "omegat-4.2.1-multiple-tuv.tmx"))
    assert sum(len(u.variants) for u in units) == 14
    assert any([v.lang for v in u.variants].count("fr-CA") == 2 for u in units)
    units = list(tmx.read(INTEROP / "matecat-it-en.tmx"))
    assert all("\t" in (u.text("it") or "") + (u.text("en") or "") for u in units[:1])


# -- bad input ----------------------------------------------------------------------------

# file -> (message pattern, line); errors raise FormatError, the rest are warnings.
ERRORS = {
    "malformed.tmx": (r"line 7, column 46: Opening and ending tag mismatch", 7),
    "wrong-root.tmx": (r"line 2: the root element is <martif>, not <tmx>", 2),
    "xxe.tmx": (r"line 3: the document declares XML entities", 3),
    "billion-laughs.tmx": (r"line 3: the document declares XML entities", 3),
    "empty.tmx": (r"the file is empty", None),
}
WARNINGS = {
    "tuv-without-lang.tmx": ("line 7: <tuv> has no xml:lang; skipped", 2),
    "tu-without-tuv.tmx": ("line 5: <tu> has no <tuv>; skipped", 1),
    "bad-language-tag.tmx": ("line 7: <tuv> has an invalid language tag '*all*'; skipped", 1),
}


def test_every_invalid_file_has_a_test() -> None:
    assert sorted(p.name for p in (DATA / "invalid").iterdir()) == sorted([*ERRORS, *WARNINGS])


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_invalid_file_raises(name: str) -> None:
    pattern, line = ERRORS[name]
    path = DATA / "invalid" / name
    with pytest.raises(FormatError, match=pattern) as e:
        list(tmx.read(path))
    assert str(e.value).startswith(f"TMX: {path}: ")
    if line is not None:
        assert f"line {line}" in str(e.value)


@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_invalid_unit_is_a_warning(name: str) -> None:
    message, n_units = WARNINGS[name]
    path = DATA / "invalid" / name
    report = Report()
    units = list(tmx.read(path, report=report))
    assert report.warnings == [f"TMX: {path}: {message}"]
    assert len(units) == n_units


def test_warnings_are_logged_without_a_report(caplog: pytest.LogCaptureFixture) -> None:
    list(tmx.read(DATA / "invalid" / "tuv-without-lang.tmx"))
    assert "<tuv> has no xml:lang" in caplog.text


def test_wrong_root_from_a_stream() -> None:
    with pytest.raises(FormatError, match=r"<stream>: line 1: the root element is <xliff>"):
        read_bytes(b'<xliff version="1.2"><file/></xliff>')


def test_tmx_nested_in_another_root() -> None:
    with pytest.raises(FormatError, match=r"line 1: the root element is <wrapper>"):
        read_bytes(b"<wrapper>\n<tmx><body><tu><tuv xml:lang='en'><seg>x</seg></tuv></tu></body></tmx>"
                   b"</wrapper>")


def test_entities_are_refused_in_utf16() -> None:
    doc = ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE tmx [<!ENTITY a "b">]>\n'
           '<tmx version="1.4"><body/></tmx>')
    with pytest.raises(FormatError, match="declares XML entities"):
        read_bytes(doc.encode("utf-16"))
