"""Storing harvests: concepts built, idempotence, reviewers' decisions kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith import harvest, ingest, reader
from termsmith.model import Review, TermType
from termsmith.store import TermBase


def _harvest(tb: TermBase, path: Path) -> ingest.HarvestStats:
    return ingest.store(tb, harvest.run(reader.read(path)))


def test_acronym_and_expansion_are_one_concept(tb: TermBase, transcript: Path) -> None:
    _harvest(tb, transcript)
    (cid, _), = tb.find("SCIO")
    c = tb.get(cid)
    assert [(t.text, t.type) for t in c.terms] == [
        ("State Council Information Office", TermType.FULL_FORM), ("SCIO", TermType.ACRONYM)]
    assert c.kind == "expansion"


def test_unit_gloss_is_stored_with_factor(tb: TermBase, transcript: Path) -> None:
    _harvest(tb, transcript)
    (cid, _), = tb.find("jin")
    g = tb.get(cid).glosses[0]
    assert (g.unit, g.target_unit, g.approximate) == ("jin", "kilograms", True)
    assert g.factor == 0.5
    assert g.line == 30 and g.source == str(transcript)


def test_every_occurrence_kept_with_line_and_speaker(tb: TermBase, transcript: Path) -> None:
    _harvest(tb, transcript)
    (cid, _), = tb.find("Water Tower of China")
    ctx = tb.get(cid).terms[0].contexts
    assert [(c.line, c.speaker, c.form) for c in ctx] == [
        (20, "Wu Xiaomei", "Water Tower of China"), (30, "Wu Xiaomei", "Water Tower of China")]


def test_quotation_is_kept_apart_from_terms(tb: TermBase, transcript: Path) -> None:
    _harvest(tb, transcript)
    assert [q.text for q in tb.quotations()] == [
        "Our pastures are greener than ever before in our lives"]
    assert not tb.find("Our pastures are greener than ever before in our lives")


def test_boilerplate_is_never_harvested(tb: TermBase, transcript: Path) -> None:
    _harvest(tb, transcript)
    texts = {r.term for r in tb.rows()}
    assert not any("Translated" in t or "Jane Doe" in t or "ueditor" in t for t in texts)
    assert "Li Ming" not in texts                       # credit line
    contexts = [x.line for r in tb.rows() for t in tb.get(r.concept).terms for x in t.contexts]
    assert 32 not in contexts and 34 not in contexts    # credit and caption lines


def test_harvesting_twice_adds_nothing(tb: TermBase, transcript: Path) -> None:
    first = _harvest(tb, transcript)
    before = tb.stats()
    again = _harvest(tb, transcript)
    assert first.concepts_added > 0
    assert (again.concepts_added, again.terms_added, again.contexts_added,
            again.glosses_added, again.quotations_added) == (0, 0, 0, 0, 0)
    assert tb.stats() == before


def _counts(tb: TermBase) -> dict[int, tuple[int, int]]:
    """Per term: the count of contexts the listings sort by, and the contexts there are."""
    return {int(r[0]): (int(r[1]), int(r[2])) for r in tb.q(
        "SELECT t.id, t.occurrences, (SELECT count(*) FROM context x WHERE x.term_id = t.id) "
        "FROM term t")}


def test_occurrence_counts_are_the_contexts_stored_however_they_arrive(
        tb: TermBase, transcript: Path, tmp_path: Path) -> None:
    _harvest(tb, transcript)                       # every context new: counts raised by rows
    first = _counts(tb)
    assert first and all(kept == there for kept, there in first.values())
    assert max(kept for kept, _ in first.values()) >= 2
    _harvest(tb, transcript)                       # every context there already
    assert _counts(tb) == first
    # The same briefing saved under another name with a paragraph more: a document of its
    # own, whose contexts go to terms that already have some.
    revised = tmp_path / "qinghai-revised.en.txt"
    revised.write_text(transcript.read_text(encoding="utf-8") + "\nWu Xiaomei: The Water "
                       "Tower of China is our pride, and clean energy plus is its future.\n",
                       encoding="utf-8")
    _harvest(tb, revised)
    after = _counts(tb)
    assert all(kept == there for kept, there in after.values())
    (_, tid), = tb.find("Water Tower of China")
    assert after[tid][0] > first[tid][0]
    # A batch holding a context already stored and a new one twice: one added, count exact.
    known = tb.q("SELECT term_id, document_id, source, line, speaker, sentence, start, stop, "
                 "form FROM context WHERE term_id = ? ORDER BY id", (tid,))[0]
    fresh = (*known[:3], 999, *known[4:])
    with tb.transaction():
        assert tb.add_contexts([tuple(known), fresh, fresh]) == 1
    assert _counts(tb)[tid] == (after[tid][0] + 1, after[tid][0] + 1)


def test_reharvest_keeps_reviewer_decisions_and_edits(tb: TermBase, transcript: Path) -> None:
    _harvest(tb, transcript)
    (cid, tid), = tb.find("Water Tower of China")
    tb.update_term(tid, "reviewer", review="rejected")
    (cid2, tid2), = tb.find("clean energy plus")
    tb.update_term(tid2, "reviewer", text="clean energy plus model")
    stats = _harvest(tb, transcript)
    assert stats.reviewed_untouched >= 2
    assert tb.get(cid).terms[0].review is Review.REJECTED
    assert tb.get(cid2).terms[0].text == "clean energy plus model"
    # The harvest key stays with the edited term, so the harvest found it again.
    assert [c for c, _ in tb.find("clean energy plus")] == [cid2]
    assert len(tb.rows()) == len({(r.concept, r.term_id) for r in tb.rows()})


def test_second_document_adds_contexts_to_known_concepts(tb: TermBase, transcript: Path,
                                                         tmp_path: Path) -> None:
    _harvest(tb, transcript)
    other = tmp_path / "other.txt"
    other.write_text("Briefing\n\nThe State Council Information Office (SCIO) met again.\n",
                     encoding="utf-8")
    stats = _harvest(tb, other)
    (cid, _), = tb.find("SCIO")
    sources = {x.source for t in tb.get(cid).terms for x in t.contexts}
    assert sources == {str(transcript), str(other)}
    assert stats.concepts_added == 0
    assert tb.stats()["documents"] == 2


_GI_BRIEFINGS = {
    # an acronym glossed in the plural ("GIs") and said alone in the singular: the
    # expansion's concept takes "GIs", and "GI" becomes a concept of its own
    "ip.en.txt": """SCIO press conference on intellectual property protection

Speakers:
Li Ming, deputy commissioner of the National Intellectual Property Administration

Li Ming: Good afternoon. This year we recognized 120 new geographical indications (GIs).

Li Ming: The output value of GI products rose by 8% and GI exports reached new markets in Europe.
""",
    # glossed in the singular: "GI" joins the expansion's concept too
    "guizhou.en.txt": """SCIO press conference on rural specialty products

Speakers:
Wang Fang, vice governor of Guizhou province

Wang Fang: Good morning. Our county has 14 products with a geographical indication (GI) label.

Wang Fang: We will protect every geographical indication in the county.
""",
    # ... and again: "GI" is now a term of two concepts
    "hanzhong.en.txt": """SCIO press conference on tea and rural tourism

Speakers:
Zhao Lei, mayor of Hanzhong

Zhao Lei: Good afternoon. Hanzhong tea received a geographical indication (GI) certificate last year.

Zhao Lei: Each geographical indication brings visitors to the tea gardens.
""",
}


def test_a_term_of_two_concepts_is_enriched_where_its_group_is(tb: TermBase, tmp_path: Path) -> None:
    """A corpus where an acronym is a concept of its own and a term of its expansion's
    concept stores every document (it used to stop at the third: "concept 1 already
    has the en term 'GI'", exit 3), each occurrence on the term of the concept its
    harvest grouped it with."""
    for name, text in _GI_BRIEFINGS.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        _harvest(tb, path)
    (cid, _), = tb.find("geographical indication")
    gi = {t.text: sorted((Path(x.source).name, x.line) for x in t.contexts)
          for t in tb.get(cid).terms}
    assert gi["GI"] == [("guizhou.en.txt", 6), ("hanzhong.en.txt", 6)]
    assert gi["GIs"] == [("ip.en.txt", 6)]
    alone = [c for c, _ in tb.find("GI") if c != cid]
    assert [[t.text for t in tb.get(c).terms] for c in alone] == [["GI"]]
    assert tb.stats()["documents"] == 3


def test_every_context_names_its_document(tb: TermBase, transcript: Path) -> None:
    _harvest(tb, transcript)
    _harvest(tb, transcript)
    assert tb.q("SELECT count(*) FROM context WHERE document_id IS NULL") == [(0,)]  # type: ignore[attr-defined]


def test_harvest_into_is_the_command_as_one_call(tmp_path: Path, transcript: Path) -> None:
    from click.testing import CliRunner

    from termsmith import harvest as harvesting
    from termsmith.cli import main
    from termsmith.errors import SourceError
    from termsmith.store import open_store

    seen: list[tuple[int, int]] = []
    with open_store(tmp_path / "lib.db") as tb:
        got = harvesting.into(tb, [str(transcript)], progress=lambda d, n: seen.append((d, n)))
        assert got.documents == 1 and got.concepts > 0 and got.contexts >= got.terms
        assert seen == [(1, 1)]
        lib = sorted((r.term, r.kind) for r in tb.rows())
        again = harvesting.into(tb, [str(transcript)])          # nothing twice
        assert (again.concepts, again.terms, again.contexts) == (0, 0, 0)
        assert again.kept == got.terms
        # A file that cannot be read stores nothing, even beside a good one.
        empty = tmp_path / "empty.en.txt"
        empty.write_text("", encoding="utf-8")
        before = tb.stats()
        with pytest.raises(SourceError):
            harvesting.into(tb, [str(transcript), str(empty)])
        assert tb.stats() == before
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "cli.db"), "harvest", str(transcript)])
    assert r.exit_code == 0, r.output
    assert f"{got.concepts} new concepts, {got.terms} new terms" in r.output
    with open_store(tmp_path / "cli.db") as tb:
        assert sorted((r.term, r.kind) for r in tb.rows()) == lib
