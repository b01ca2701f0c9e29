"""Checking an original reads the term base lean: each term's forms and context counts, and
only the contexts recorded from the file checked (or the document it revises).

A desk's term base of a whole archive holds half a million context sentences; reading
them all made ``termsmith check ORIGINAL`` slow and big (benchmarks/README.md, stop 58).
The findings must be the ones a check over every context gives.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_check_original import HEADER, approved, en

from termsmith import check, harvest, ingest, reader
from termsmith.check import Options, finalize, original, revision, spelling
from termsmith.check.refs import flatten
from termsmith.model import Concept, Context, Term, TermType
from termsmith.normalize import fold
from termsmith.store import TermBase
from termsmith.store import reading as store_reading

# A second short briefing of the genre, written for this test: it shares some of the
# first one's terms, so their concepts hold contexts of both documents.
OTHER = """\
SCIO briefing on ecological conservation on the Qinghai-Tibet Plateau
Beijing | 10 a.m. July 3, 2025

The State Council Information Office (SCIO) held a press conference Thursday in Beijing on ecological conservation on the Qinghai-Tibet Plateau.

Speakers

Mr. Gao Jianguo, deputy director of the National Forestry and Grassland Administration

Chairperson

Mr. Shou Xiaoli, spokesperson of the SCIO

Shou Xiaoli:

Good morning. Welcome to the press conference held by the State Council Information Office (SCIO).

Gao Jianguo:

The Sanjiangyuan National Park is the "Water Tower of China." Grassland restoration on the plateau has covered 5,000 mu (about 333 hectares) this year. We have set up the Qilian Mountain National Park and promoted the "ecological ranger" scheme, with one ranger for every herding household. The Sanjiangyuan National Park Administration and the Qilian Mountain National Park Administration share monitoring data.

China Daily:

How will the "ecological ranger" scheme help herders? Thank you.

Gao Jianguo:

Ecological rangers earn a stable income. Grassland restoration and the "ecological ranger" scheme will go on in the Qilian Mountain National Park.
"""


@pytest.fixture
def harvested(tb: TermBase, transcript: Path, tmp_path: Path) -> TermBase:
    other = tmp_path / "plateau.en.txt"
    other.write_text(OTHER, encoding="utf-8")
    for path in (transcript, other):
        ingest.store(tb, harvest.run(reader.read(path)))
    return tb


def _revise(transcript: Path, path: Path) -> Path:
    """The transcript retitled and edited (a term renamed, a paragraph cut) under a new name:
    recognised by its content."""
    text = transcript.read_text(encoding="utf-8")
    text = "Green development in Qinghai (corrected)" + text[text.index("\n"):]
    text = text.replace('"Water Tower of China."', '"Water Tower of Asia."')
    text = text.replace("Good afternoon. Welcome to the press conference held by the State "
                        "Council Information Office (SCIO).\n\n", "")
    path.write_text(text, encoding="utf-8")
    return path


def _every_context(tb: TermBase, path: Path) -> list[tuple[object, ...]]:
    """The findings of checking ``path`` with every context of the term base read."""
    concepts = list(tb.concepts(contexts=True))
    document = reader.read(path)
    rev = revision.recognise(document, concepts, tb.documents())
    found = [*original.check_termbase(concepts, Options()),
             *original.check_original(concepts, document, Options(), revision=rev)]
    return [(f.check, f.line, f.term, f.message) for f in finalize(found, Options())]


def _fields(c: Context) -> tuple[str, str, int, str, int, int]:
    return (c.sentence, c.source, c.line or 0, c.speaker or "", c.start, c.end)


def _made_contexts(monkeypatch: pytest.MonkeyPatch) -> list[Context]:
    made: list[Context] = []

    class Counted(Context):
        __slots__ = ()

        def __init__(self, *args: object, **kw: object) -> None:
            super().__init__(*args, **kw)      # type: ignore[arg-type]
            made.append(self)

    monkeypatch.setattr(store_reading, "Context", Counted)
    return made


def test_an_original_gets_only_its_own_contexts_and_the_same_findings(
        harvested: TermBase, transcript: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _every_context(harvested, transcript)
    every = [c for con in harvested.concepts(contexts=True) for t in con.terms
             for c in t.contexts]
    own = [c for c in every if c.source == str(transcript)]
    assert own and len(every) > len(own)
    made = _made_contexts(monkeypatch)
    found = check.run(harvested, [str(transcript)])
    assert [(f.check, f.line, f.term, f.message) for f in found] == expected
    assert sorted(map(_fields, made)) == sorted(map(_fields, own))


def test_a_revised_copy_gets_the_contexts_of_the_document_it_revises(
        harvested: TermBase, transcript: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    copy = _revise(transcript, tmp_path / "v2.txt")
    expected = _every_context(harvested, copy)
    assert any(c == "stale-term" for c, *_ in expected)
    assert any(c == "revised-copy" and "recorded sentences" in str(m) for c, _, _, m in expected)
    made = _made_contexts(monkeypatch)
    found = check.run(harvested, [str(copy)])
    assert [(f.check, f.line, f.term, f.message) for f in found] == expected
    assert {c.source for c in made} == {str(transcript)}


def test_terms_read_lean_carry_the_forms_and_counts_of_their_contexts(
        harvested: TermBase) -> None:
    full = {t.id: t for c in harvested.concepts(contexts=True) for t in c.terms}
    lean = {t.id: t for c in harvested.concepts(forms=True) for t in c.terms}
    counts = harvested.context_counts()
    assert full.keys() == lean.keys()
    for tid, t in lean.items():
        assert t.contexts == ()
        # the forms and counts ``get`` gives a term
        cid = harvested.concept_of(tid or 0)
        [same] = [x for x in harvested.get(cid).terms if x.id == tid]
        assert t.variants == same.variants
        assert counts.get(tid or 0, 0) == len(full[tid].contexts)
    assert any(len(t.variants) > 1 or (t.variants and t.variants[0][1] > 1)
               for t in lean.values())
    sources = harvested.context_sources()
    assert sources == sorted({c.source for t in full.values() for c in t.contexts})
    mine = harvested.contexts_from(sources[:1])
    assert mine == {
        tid: tuple(c for c in full[tid].contexts if c.source == sources[0]) for tid in mine}


def test_of_two_documents_equally_held_the_one_with_more_sentences_is_revised() -> None:
    doc = reader.parse_text("Title\n\nOne. Two. Three. Four. Five. Six. Seven.\n",
                            path="copy.txt")
    sentences = [("a.txt", s) for s in ("One.", "Two.", "Three.", "Four.", "Five.", "Eight.")]
    sentences += [("b.txt", s) for s in ("One.", "Two.", "Three.", "Four.", "Five.", "Six.",
                                          "Nine.", "Ten.")]
    sentences += [("c.txt", s) for s in ("Two.", "Three.", "Four.", "Five.", "Six.", "Ten.",
                                          "Seven.", "Eleven.")]
    # a: 5 of 6; b and c: 6 of 8 each, below a's share; b and c tie, b is first by name
    rev = revision.recognise_among(doc, {s for s, _ in sentences}, lambda: iter(sentences), [])
    assert rev is not None and rev.source == "a.txt"
    rev = revision.recognise_among(doc, {"b.txt", "c.txt"},
                                   lambda: (x for x in sentences if x[0] != "a.txt"), [])
    assert rev is not None and rev.source == "b.txt" and rev.share == 0.75


_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*\.?")


@settings(max_examples=300)
@given(st.text(st.sampled_from("Qilian Mountains' Park-İ.ßǅ ΣΑΣ 5G co. —’_x\u0307"), max_size=40))
def test_a_terms_words_are_read_folded_as_they_were_word_by_word(text: str) -> None:
    # what the spelling index read a term's words as: each token without its dot, folded
    word_by_word = [fold(m.group().rstrip(".")) for m in _TOKEN.finditer(text)]
    assert [fold(w) for w in spelling._WORD.findall(text)] == word_by_word


def test_a_near_miss_is_found_among_many_terms_only_its_own_indexed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[dict[object, object]] = []

    def recorded(factory: Any) -> Any:
        d: Any = defaultdict(factory)
        made.append(d)
        return d

    terms = [f"{place} {kind}" for place in ("Qaidam", "Haixi", "Golmud", "Delingha", "Xining",
                                              "Yushu", "Guoluo", "Huangnan", "Hainan", "Haibei")
             for kind in ("Salt Lake Chemical Base", "Photovoltaic Industrial Park",
                          "Eco-Tourism Demonstration Zone", "Highland Barley Cooperative",
                          "Wind Power Base", "Grassland Monitoring Station")]
    # "Mountians" is a word of a term (it was harvested so): never taken for a misspelling
    terms += ["Qilian Mountains National Park", "Mountians Research Station"]
    concepts = [Concept(id=i + 1, terms=(Term(t, id=i + 1),)) for i, t in enumerate(terms)]
    refs = flatten(concepts)
    doc = reader.parse_text("Title\n\nSpeakers\n\nMr. Li Wei, director\n\nLi Wei:\n\n"
                            "The Qilian Mountians National Park protects snow leopards, and "
                            "the Qilian Mountins National Park patrol grew.\n", path="b.txt")
    monkeypatch.setattr(spelling, "defaultdict", recorded)
    found = list(spelling.misspellings(refs, doc.content(), {}, set(), Options(), "b.txt"))
    assert [f.found for f in found] == ["Qilian Mountins National Park"]
    [index] = made
    # the one term whose words the document says but for one is indexed, none of the 60
    assert {i for entries in index.values() for i, _ in entries} == {60}


def test_a_check_keys_each_term_of_the_term_base_once(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The term-base checks and the gloss checks key the same terms: a big term base's
    keys cost about a second each time, so one run computes each once."""
    from termsmith.check import glosses, refs
    from termsmith.normalize import key

    names = [f"{place} {head}" for place in ("Qinghai", "Gansu", "Ningxia", "Shaanxi", "Hubei")
             for head in ("Salt Lake", "Grassland Park", "Ecological Barrier", "Tea Garden")]
    tb = TermBase(str(tmp_path / "desk.db"))
    for n in names:
        tb.add_concept(approved(n, also=[en("".join(w[0] for w in n.split()),
                                            type=TermType.ACRONYM)]))
    path = tmp_path / "xining.en.txt"
    path.write_text(HEADER + "The Qinghai Salt Lake (QSL) draws visitors.\n", encoding="utf-8")
    asked: Counter[str] = Counter()

    def counted(text: str) -> str:
        asked[text] += 1
        return key(text)

    for module in (original, glosses, refs):
        monkeypatch.setattr(module, "key", counted, raising=False)
    check.run(tb, [str(path)])
    # (the document's own gloss is keyed again where it is compared: a few per document)
    others = names[1:]
    assert {n: asked[n] for n in others} == dict.fromkeys(others, 1)
