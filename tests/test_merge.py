"""Merging candidates: variants grouped, evidence combined, every occurrence located."""

from __future__ import annotations

import pytest

from termsmith.document import Role, Segment
from termsmith.harvest.base import Candidate, Kind, Occurrence
from termsmith.harvest.merge import locate, merge
from termsmith.normalize import key, singular


@pytest.mark.parametrize(("a", "b"), [
    ("Daqing Oil Field", "Daqing Oilfield"),
    ("time-honored brands", "Time-Honored Brand"),
    ("black  soil", "Black Soil"),
    ("SMEs", "SME"),
    ("lion’s mane mushrooms", "lion's mane mushroom"),
])
def test_variants_share_a_key(a: str, b: str) -> None:
    assert key(a) == key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("black soil", "black soils belt"),
    ("new brands", "old brands"),
    ("Asian Winter Games", "Asian Winter"),
])
def test_different_terms_keep_different_keys(a: str, b: str) -> None:
    assert key(a) != key(b)


@pytest.mark.parametrize(("plural", "single"), [
    ("delicacies", "delicacy"), ("brands", "brand"), ("species", "species"),
    ("process", "process"), ("SMEs", "SME"), ("status", "status"), ("Games", "Game"),
])
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


def _cand(term: str, kind: Kind, score: float, line: int, sentence: str,
          speaker: str = "Liang") -> Candidate:
    start = sentence.index(term)
    return Candidate(term=term, kind=kind, score=score, evidence=f"{kind.value} says so",
                     occurrence=Occurrence(line=line, speaker=speaker, sentence=sentence,
                                           start=start, end=start + len(term)))


def test_merge_combines_kinds_evidence_and_keeps_best_kind_first() -> None:
    s = 'They joined the "Belt and Road Initiative" early.'
    entries, quotations = merge([
        _cand("Belt and Road Initiative", Kind.NAME, 0.8, 4, s),
        _cand("Belt and Road Initiative", Kind.QUOTED, 0.9, 4, s),
        _cand("Just a remark", Kind.QUOTATION, 0.1, 5, '"Just a remark."'),
    ])
    assert len(entries) == 1 and len(quotations) == 1
    e = entries[0]
    assert e.kinds == [Kind.QUOTED, Kind.NAME]
    assert e.score == pytest.approx(0.95)            # best score plus agreement bonus
    assert len(e.occurrences) == 1                   # the same spot is kept once
    assert e.evidence == ["name says so", "quoted says so"]


def test_display_form_prefers_singular_then_most_frequent() -> None:
    entries, _ = merge([
        _cand("time-honored brands", Kind.QUOTED, 0.8, 1, 'the "time-honored brands" work'),
        _cand("Time-Honored Brands", Kind.NAME, 0.7, 2, "the Time-Honored Brands list"),
        _cand("time-honored brand", Kind.QUOTED, 0.8, 3, 'a "time-honored brand" firm'),
    ])
    assert [e.term for e in entries] == ["time-honored brand"]


def test_locate_finds_every_occurrence_and_records_variants() -> None:
    segs = [
        Segment("We protect black soil. Black soil is scarce.", 3, Role.SPEECH, "Liang"),
        Segment("The black soils of the north; blacksoil is not a word.", 5, Role.QUESTION, "CCTV"),
        Segment("black soil in a caption", 7, Role.CAPTION),
    ]
    entries, _ = merge([_cand("black soil", Kind.DOMAIN, 0.8, 3, "We protect black soil.")])
    locate(entries, segs)
    e = entries[0]
    assert [(o.line, o.speaker, o.form) for o in e.occurrences] == [
        (3, "Liang", "black soil"), (3, "Liang", "Black soil"), (5, "CCTV", "black soils")]
    assert e.occurrences[1].sentence == "Black soil is scarce."
    assert e.variants == {"black soil": 1, "Black soil": 1, "black soils": 1}


def test_locate_matches_acronyms_only_as_written() -> None:
    segs = [Segment("The GI label and a gi joint.", 1, Role.SPEECH)]
    entries, _ = merge([_cand("GI", Kind.ACRONYM, 0.9, 1, "The GI label and a gi joint.")])
    locate(entries, segs)
    assert [o.form for o in entries[0].occurrences] == ["GI"]


@pytest.mark.parametrize("enabled", [True, False])
def test_harvest_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    import gc

    from termsmith import harvest, reader

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        doc = reader.parse_text("Title\n\nThe Harbin Institute of Technology (HIT) is in Harbin.\n")
        assert harvest.run(doc).entries
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_locate_returns_the_spans_prune_would_work_out() -> None:
    from termsmith.harvest import prune_fragments
    from termsmith.harvest.merge import SentenceOffsets

    segs = [
        Segment("Minister Wang of the Ministry of Water Resources", 1, Role.SPEAKER_LIST),
        Segment("Water resources matter. The Ministry of Water Resources said so.", 3,
                Role.SPEECH, "Wang"),
        Segment("Water resources matter. Saving water resources again.", 5, Role.QUESTION,
                "CGTN"),
    ]
    entries, _ = merge([
        _cand("Ministry of Water Resources", Kind.NAME, 0.7, 1,
              "Minister Wang of the Ministry of Water Resources"),
        _cand("Ministry of Water Resources", Kind.NAME, 0.7, 3,
              "The Ministry of Water Resources said so."),
        _cand("water resources", Kind.DOMAIN, 0.6, 5, "Saving water resources again."),
        _cand("Water Resources", Kind.NAME, 0.4, 1, "Minister Wang of the Ministry of Water Resources"),
        _cand("not said", Kind.DOMAIN, 0.6, 3, "A sentence that is not in the line: not said."),
    ])
    located = locate(entries, segs)
    offsets = SentenceOffsets({s.line: s.text for s in segs})
    for e in entries:
        assert located[id(e)] == [
            (o.line, base + o.start, base + o.end)
            for o, base in zip(e.occurrences, offsets.bases(e.occurrences), strict=True)
            if base >= 0]
    kept = [e.term for e in prune_fragments(entries, segs, located=located)]
    assert kept == [e.term for e in prune_fragments(entries, segs)]
