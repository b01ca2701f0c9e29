"""Review decisions: status changes, equivalents, deprecation with a replacement, history."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from termsmith import harvest, ingest, reader, review
from termsmith.cli import main
from termsmith.errors import NotFound, ReviewError
from termsmith.model import Concept, Context, Review, Term, TermType, Usage
from termsmith.store import TermBase


@pytest.fixture
def harvested(tb: TermBase, transcript: Path) -> TermBase:
    ingest.store(tb, harvest.run(reader.read(transcript)))
    return tb


def _term(tb: TermBase, text: str):  # type: ignore[no-untyped-def]
    (cid, tid), = tb.find(text)
    return cid, tid, next(t for t in tb.get(cid).terms if t.id == tid)


def test_approve_reject_reopen_each_recorded(harvested: TermBase) -> None:
    cid, tid, _ = _term(harvested, "Water Tower of China")
    assert review.set_status(harvested, tid, Review.APPROVED, "wang")
    assert not review.set_status(harvested, tid, Review.APPROVED, "wang")     # no-op
    assert review.set_status(harvested, tid, Review.REJECTED, "li")
    assert review.set_status(harvested, tid, Review.CANDIDATE, "zhao")
    assert [(c.who, c.old, c.new) for c in harvested.history(cid)] == [
        ("wang", "candidate", "approved"), ("li", "approved", "rejected"),
        ("zhao", "rejected", "candidate")]


def test_rejected_candidate_stays_rejected_on_reharvest(harvested: TermBase,
                                                        transcript: Path) -> None:
    _, tid, _ = _term(harvested, "clean energy plus")
    review.set_status(harvested, tid, Review.REJECTED, "wang")
    ingest.store(harvested, harvest.run(reader.read(transcript)))
    assert _term(harvested, "clean energy plus")[2].review is Review.REJECTED


def test_a_replaced_equivalent_becomes_what_the_reviewer_says(harvested: TermBase) -> None:
    cid, _, _ = _term(harvested, "Water Tower of China")

    def zh() -> dict[str, tuple[str, str, str]]:
        return {t.text: (t.usage.value, t.type.value, t.review.value)
                for t in harvested.get(cid).section("zh")}

    assert review.set_equivalent(harvested, cid, "中国水塔", "wang")
    # Nothing is forbidden on its own: by default the old one stays, an admitted synonym.
    assert review.set_equivalent(harvested, cid, "中华水塔", "li")
    assert not review.set_equivalent(harvested, cid, "中华水塔", "li")
    assert zh() == {"中国水塔": ("admitted", "fullForm", "approved"),
                    "中华水塔": ("preferred", "fullForm", "approved")}
    # An agreed synonym stays one when the next equivalent comes; a short form is kept as such.
    assert review.set_equivalent(harvested, cid, "青海水塔", "li", old=review.Replaced.SHORT_FORM)
    assert zh()["中华水塔"] == ("admitted", "shortForm", "approved")
    assert zh()["中国水塔"] == ("admitted", "fullForm", "approved")
    # Forbidden: kept, deprecated (exports mark it so).
    assert review.set_equivalent(harvested, cid, "中华之水塔", "li", old=review.Replaced.FORBIDDEN)
    assert zh()["青海水塔"] == ("deprecated", "fullForm", "approved")
    # A typo: the old text goes; the history keeps it.
    assert review.set_equivalent(harvested, cid, "中华水塔", "li", old=review.Replaced.TYPO)
    assert "中华之水塔" not in zh() and zh()["中华水塔"][0] == "preferred"
    assert ("term[zh-Hans]", "中华之水塔", None) in [(h.field, h.old, h.new)
                                                    for h in harvested.history(cid)]
    with pytest.raises(ReviewError):
        review.set_equivalent(harvested, cid, "   ", "li")


def test_undo_takes_back_one_decision_whole(harvested: TermBase) -> None:
    cid, tid, _ = _term(harvested, "Water Tower of China")
    review.set_status(harvested, tid, Review.APPROVED, "wang")
    review.set_equivalent(harvested, cid, "中华水塔", "wang")
    review.set_equivalent(harvested, cid, "中国水塔", "wang", old=review.Replaced.TYPO)
    undone = review.undo(harvested, "wang")
    assert {(h.field, h.old, h.new) for h in undone} == {
        ("term[zh-Hans]", "中华水塔", None), ("term[zh-Hans]", None, "中国水塔")}
    assert [(t.text, t.usage) for t in harvested.get(cid).section("zh")] == [
        ("中华水塔", Usage.PREFERRED)]
    assert len(review.undo(harvested, "wang")) == 1            # the equivalent, added
    assert harvested.get(cid).section("zh") == []
    assert review.undo(harvested, "li") == []                  # li decided nothing
    # Someone else changed the field since: refused, naming who.
    review.undo(harvested, "wang")                             # the approval
    review.set_status(harvested, tid, Review.APPROVED, "wang")
    review.set_status(harvested, tid, Review.REJECTED, "li")
    with pytest.raises(ReviewError, match=r"review was changed again by li at \d{4}-"):
        review.undo(harvested, "wang")
    assert _term(harvested, "Water Tower of China")[2].review is Review.REJECTED
    assert [h.field for h in harvested.history(cid)].count("undone") == 3


def test_deprecating_for_another_concepts_term_offers_a_merge(harvested: TermBase) -> None:
    cid, tid, _ = _term(harvested, "Water Tower of China")
    other, _, _ = _term(harvested, "Sanjiangyuan National Park")
    review.set_status(harvested, tid, Review.APPROVED, "wang")
    before = harvested.stats()["concepts"]
    with pytest.raises(review.SameTermElsewhere) as e:
        review.deprecate(harvested, tid, "Sanjiangyuan National Park", "wang")
    assert (e.value.concept, e.value.into) == (other, cid) and "merge" in str(e.value)
    with pytest.raises(review.SameTermElsewhere):
        review.accept_variant(harvested, cid, "sanjiangyuan national park", "wang")
    assert harvested.stats()["concepts"] == before
    assert _term(harvested, "Water Tower of China")[2].usage is not Usage.DEPRECATED
    review.merge(harvested, cid, other, "wang")
    review.deprecate(harvested, tid, "Sanjiangyuan National Park", "wang")
    assert harvested.stats()["concepts"] == before - 1


def test_a_deprecated_rendering_merged_in_does_not_name_the_concept(tb: TermBase) -> None:
    """Two concepts for one park, the older one's English rendering to be avoided: merged
    (the older term keeps its lower id) and deprecated, the concept is named by the
    rendering kept, in show, in the history and for ``#ID``, not by the deprecated one."""
    old = tb.add_concept(Concept(terms=(Term(text="Three Rivers Source Park"),)))
    keep = tb.add_concept(Concept(terms=(Term(text="Sanjiangyuan National Park"),)))
    for cid in (old, keep):
        review.set_status(tb, tb.get(cid).terms[0].id or 0, Review.APPROVED, "wang")
    review.merge(tb, keep, old, "wang")
    (_, tid), = tb.find("Three Rivers Source Park")
    review.deprecate(tb, tid, "Sanjiangyuan National Park", "wang")
    c = tb.get(keep)
    assert [t.text for t in c.section("en")][0] == "Three Rivers Source Park"     # lower id
    assert c.head.text == "Sanjiangyuan National Park"
    assert {h.head for h in tb.history(keep)} == {"Sanjiangyuan National Park"}
    (_, head), = tb.find(f"#{keep}")
    assert head == next(t.id for t in c.terms if t.text == "Sanjiangyuan National Park")


def test_a_merged_concepts_id_says_where_it_went(tb: TermBase) -> None:
    """A colleague merged #N away: ``show '#N'`` (a link, a note in a ticket) says into
    which concept, by whom and when, rather than only that there is no such concept."""
    other = tb.add_concept(Concept(terms=(Term(text="Three Rivers Source Park"),)))
    keep = tb.add_concept(Concept(terms=(Term(text="Sanjiangyuan National Park"),)))
    review.merge(tb, keep, other, "li")
    at = tb.history(keep)[-1].at
    with pytest.raises(NotFound) as e:
        tb.find(f"#{other}")
    assert str(e.value) == f"no concept #{other}: merged into #{keep} by li at {at}"
    with pytest.raises(NotFound) as e:
        tb.find(f"#{keep}0")
    assert str(e.value) == f"no concept #{keep}0"


def test_deprecating_a_rendering_seen_only_as_a_variant(tmp_path: Path) -> None:
    with TermBase(tmp_path / "t.db") as tb:
        tb.add_concept(Concept(terms=(Term(text="Qinghai Salt Lake", contexts=(
            Context(sentence="The Qinghai Salt Lake works.", source="a.txt", start=4, end=21),
            Context(sentence="The Qinghai Saltlake works.", source="a.txt", start=4, end=20))),)))
        cid, text = review.deprecate_text(tb, "Qinghai Saltlake", "Qinghai Salt Lake", "wang")
        terms = {t.text: (t.usage, t.review) for t in tb.get(cid).section("en")}
    assert text == "Qinghai Saltlake" and terms == {
        "Qinghai Salt Lake": (Usage.PREFERRED, Review.APPROVED),
        "Qinghai Saltlake": (Usage.DEPRECATED, Review.APPROVED)}


def test_deprecate_needs_approval_and_adds_the_replacement(harvested: TermBase) -> None:
    cid, tid, _ = _term(harvested, "Water Tower of China")
    with pytest.raises(ReviewError, match="only an approved term"):
        review.deprecate(harvested, tid, "China's Water Tower", "wang")
    review.set_status(harvested, tid, Review.APPROVED, "wang")
    new_id = review.deprecate(harvested, tid, "China's Water Tower", "wang")
    terms = {t.id: t for t in harvested.get(cid).section("en")}
    assert terms[tid].usage is Usage.DEPRECATED
    assert (terms[new_id].text, terms[new_id].usage, terms[new_id].review) == (
        "China's Water Tower", Usage.PREFERRED, Review.APPROVED)
    # Rejecting a deprecated term makes it plain admitted-and-rejected, not forbidden.
    review.set_status(harvested, tid, Review.REJECTED, "li")
    assert harvested.get(cid).terms[0].usage is Usage.ADMITTED


def test_accepted_variant_is_a_variant_term(harvested: TermBase) -> None:
    cid, _, _ = _term(harvested, "State Council Information Office")
    tid = review.accept_variant(harvested, cid, "State Council Info Office", "wang")
    t = next(t for t in harvested.get(cid).terms if t.id == tid)
    assert (t.type, t.review) == (TermType.VARIANT, Review.APPROVED)


def test_cli_deprecate_and_history(db: str, transcript: Path) -> None:
    run = CliRunner().invoke
    run(main, ["--db", db, "harvest", str(transcript)])
    r = run(main, ["--db", db, "deprecate", "Water Tower of China", "--use", "China's Water Tower"])
    assert r.exit_code == 3 and "only an approved term" in r.output
    run(main, ["--db", db, "edit", "Water Tower of China", "--status", "approved",
               "--reviewer", "wang"])
    r = run(main, ["--db", db, "deprecate", "Water Tower of China", "--use", "China's Water Tower",
                   "--reviewer", "li"])
    assert r.exit_code == 0, r.output
    hist = run(main, ["--db", db, "history", "Water Tower of China"]).output
    assert "wang  'Water Tower of China' review: candidate -> approved" in hist
    assert "li  'Water Tower of China' usage: admitted -> deprecated" in hist
    assert "li  \"China's Water Tower\" term[en]: (none) -> China's Water Tower" in hist


def test_remove_equivalent_rejects_and_deprecates_never_deletes(harvested: TermBase) -> None:
    cid, _, _ = _term(harvested, "Water Tower of China")
    review.set_equivalent(harvested, cid, "中国水塔", "wang")
    assert review.remove_equivalent(harvested, cid, " 中国水塔 ", "li")
    assert not review.remove_equivalent(harvested, cid, "中国水塔", "li")        # already withdrawn
    (t,) = harvested.get(cid).section("zh")
    assert (t.text, t.usage, t.review) == ("中国水塔", Usage.DEPRECATED, Review.REJECTED)
    assert [(h.field, h.old, h.new, h.who) for h in harvested.history(cid)][-2:] == [
        ("review", "approved", "rejected", "li"), ("usage", "preferred", "deprecated", "li")]
    with pytest.raises(ReviewError, match="'中华水塔' is not a zh equivalent of 'Water Tower of China'"):
        review.remove_equivalent(harvested, cid, "中华水塔", "li")
    with pytest.raises(ReviewError, match="not a zh equivalent"):
        review.remove_equivalent(harvested, cid, "Water Tower of China", "li")
    assert review.set_equivalent(harvested, cid, "中国水塔", "zhao")               # set again: restored
    (t,) = harvested.get(cid).section("zh")
    assert (t.usage, t.review) == (Usage.PREFERRED, Review.APPROVED)


def test_merge_two_renderings_into_one_concept(db: str) -> None:
    from termsmith.errors import NotFound
    from termsmith.model import Concept, Context, Gloss, GlossType, Term

    tb = TermBase(db)
    ctx = Context("We sell Black Soil Premium Products.", "a.txt", line=3, start=8, end=35)
    keep = tb.add_concept(Concept(terms=(
        Term("Black Soil Premium Products", review=Review.APPROVED, usage=Usage.PREFERRED,
             contexts=(ctx,)),
        Term("黑土优品", lang="zh-Hans", review=Review.APPROVED)), kind="name"))
    ctx2 = Context('More "black soil superior products" reach tables.', "a.txt", line=9,
                   start=6, end=34)
    other = tb.add_concept(Concept(terms=(
        Term("black soil superior products", review=Review.APPROVED, usage=Usage.DEPRECATED,
             contexts=(ctx2,)),
        Term("黑土优品", lang="zh-Hans", review=Review.APPROVED)),
        note="Use 'Black Soil Premium Products'",
        glosses=(Gloss(GlossType.CLARIFICATION, "provincial brand"),)))
    tb.update_term(tb.get(other).terms[0].id or 0, "li", note="seen once")
    r = CliRunner().invoke(main, ["--db", db, "merge", "Black Soil Premium Products",
                                  "black soil superior products", "--reviewer", "wang"])
    assert r.exit_code == 0, r.output
    c = tb.get(keep)
    assert [(t.text, t.lang) for t in c.terms] == [
        ("Black Soil Premium Products", "en"), ("black soil superior products", "en"),
        ("黑土优品", "zh-Hans")]                               # the Chinese twin is not doubled
    assert c.note == "Use 'Black Soil Premium Products'"
    assert [g.text for g in c.glosses] == ["provincial brand"]
    assert sum(len(t.contexts) for t in c.terms) == 2
    with pytest.raises(NotFound):
        tb.get(other)
    fields = [(h.field, h.who) for h in tb.history(keep)]
    assert ("merged", "wang") in fields and ("note", "li") in fields   # history moves along
    from termsmith.check import Options
    from termsmith.check.original import check_termbase

    assert [f.check for f in check_termbase(list(tb.concepts()), Options())] == []
