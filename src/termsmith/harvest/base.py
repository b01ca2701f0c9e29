"""What every harvester produces: candidates with a kind, a score and evidence.

A harvester is a callable ``(segments) -> Iterator[Candidate]``; it is pure (no
I/O) and sees only :class:`~termsmith.document.Segment` objects. Each candidate
is one *occurrence* of a term; :mod:`termsmith.harvest.merge` groups them into
entries.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Protocol

from termsmith.document import Segment
from termsmith.model import Gloss, GlossType


class Kind(StrEnum):
    """Which harvester found a candidate, and what it is."""

    QUOTED = "quoted"              # a quoted term or slogan: "Leading Wild Goose"
    TITLE = "title"                # a title in title marks: 《黑土地保护法》 (a law, plan, book)
    QUOTATION = "quotation"        # a quoted whole sentence (a remark, lyrics): not a term
    ACRONYM = "acronym"            # SCIO, BRI, SMEs
    EXPANSION = "expansion"        # the full form an acronym stands for
    UNIT = "unit"                  # a Chinese unit glossed with a conversion: mu, jin
    SCIENTIFIC = "scientific"      # a common name glossed with a Latin binomial
    EXPLAINED = "explained"        # a term followed by an explanation "(This means ...)"
    CLARIFIED = "clarified"        # a term followed by a clarification "(state farms)"
    NAME = "name"                  # organisation, place, programme, brand, event, person
    DOMAIN = "domain"              # a lowercase multi-word domain term: black soil

    @property
    def is_term(self) -> bool:
        """False for kinds recorded for evidence only (quotations)."""
        return self is not Kind.QUOTATION


# Occurrence and Candidate write their own __init__ (init=False): a frozen dataclass's
# generated one calls object.__setattr__ for each field, and a harvest makes one of each
# per occurrence (a hundred thousand in 3 MB). Each field is set through its slot's
# descriptor instead, which a frozen class's __setattr__ does not stand in front of:
# 0.65 -> 0.42 us an Occurrence, 0.95 -> 0.57 us a Candidate (its checks included).


@dataclass(frozen=True, slots=True, init=False)
class Occurrence:
    """Where a candidate was seen: the segment, its sentence and the exact span."""

    line: int
    speaker: str | None
    sentence: str          # the whole sentence containing the term
    start: int             # offset of the form within ``sentence``
    end: int
    source: str = ""       # document path; left empty by harvest.run, whose result's
                           # document names it (ingest fills it in when storing)

    def __init__(self, line: int, speaker: str | None, sentence: str, start: int, end: int,
                 source: str = "") -> None:
        set_line, set_speaker, set_sentence, set_start, set_end, set_source = _OCCURRENCE_SLOTS
        set_line(self, line)
        set_speaker(self, speaker)
        set_sentence(self, sentence)
        set_start(self, start)
        set_end(self, end)
        set_source(self, source)

    @property
    def form(self) -> str:
        """The exact text seen."""
        return self.sentence[self.start:self.end]


@dataclass(frozen=True, slots=True, init=False)
class Candidate:
    """One occurrence of a possible term, as one harvester saw it."""

    term: str                       # the term, normalised for display (no quotes or
                                    # trailing punctuation), keeping the case written
    kind: Kind
    score: float                    # 0.0 (junk) .. 1.0 (certain); the harvester's own
    occurrence: Occurrence
    evidence: str                   # short human-readable reason: 'quoted', 'glossed as (BRI)'
    gloss: Gloss | None = None
    related: str | None = None      # the other side of a pair: the acronym of an
                                    # expansion, the unit of a conversion, etc.
    category: str | None = None     # finer class where known: organisation, place,
                                    # programme, brand, event, award, person, company

    def __init__(self, term: str, kind: Kind, score: float, occurrence: Occurrence,
                 evidence: str, gloss: Gloss | None = None, related: str | None = None,
                 category: str | None = None) -> None:
        if not term.strip():
            raise ValueError("candidate term must not be blank")
        if not 0.0 <= score <= 1.0:
            raise ValueError(f"score must be within 0..1, got {score}")
        (set_term, set_kind, set_score, set_occurrence, set_evidence, set_gloss, set_related,
         set_category) = _CANDIDATE_SLOTS
        set_term(self, term)
        set_kind(self, kind)
        set_score(self, score)
        set_occurrence(self, occurrence)
        set_evidence(self, evidence)
        set_gloss(self, gloss)
        set_related(self, related)
        set_category(self, category)


# The slots' setters, in the order of the fields (see above).
_OCCURRENCE_SLOTS = tuple(Occurrence.__dict__[f.name].__set__ for f in fields(Occurrence))
_CANDIDATE_SLOTS = tuple(Candidate.__dict__[f.name].__set__ for f in fields(Candidate))


# The end of the evidence of a recurring event's name found inside its edition's
# (harvest.names; harvest.prune_fragments keeps it).
SERIES = "; the series of an edition"
# The same for a plan named as the object of a title's purpose (`... for Formulating the
# 15th Five-Year Plan ...`).
OBJECT = "; the plan a title is about"
# And for a document named with the body that owns it after "of the" (`SAFE Framework of
# Standards` of `... of the World Customs Organization`).
OWNED = "; a document its owner's name follows"
# And for a facility named after a numbered part of it (`Unit 5 of the ...`).
PART = "; the facility a numbered part is of"
# And for a list or register named after its keeper's acronym (`Representative List of
# the Intangible Cultural Heritage of Humanity` of `UNESCO Representative List ...`).
KEPT = "; a register its keeper's acronym precedes"
NESTED = (SERIES, OBJECT, OWNED, PART, KEPT)
# The evidence of a plenary session of a numbered central committee said in lowercase
# (harvest.domain), whose committee's name inside it ranks as nested (harvest.prune_fragments).
PLENARY = "a plenary session of a numbered central committee, said in lowercase"


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (if on) for the duration of a harvest.

    A harvest builds hundreds of thousands of small objects that all live until
    it ends and form no reference cycles, so the collector, triggered again and
    again by the allocations, re-scans them all and frees nothing: a third of the
    run time on a 5 MB transcript. Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Harvester(Protocol):
    """A term harvester: segments in, candidates out. Must not do I/O."""

    def __call__(self, segments: Iterable[Segment]) -> Iterator[Candidate]: ...


@dataclass(slots=True)
class Entry:
    """A merged candidate entry: one term (and its variants) with all its evidence."""

    term: str                              # the form chosen for display
    key: str                               # the grouping key (see merge.key)
    kinds: list[Kind]                      # every kind that found it, best first
    score: float
    occurrences: list[Occurrence] = field(default_factory=list)
    variants: dict[str, int] = field(default_factory=dict)   # form seen -> count
    glosses: list[tuple[Gloss, Occurrence]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)         # acronym/expansion etc.
    category: str | None = None

    @property
    def kind(self) -> Kind:
        """The primary kind of the entry."""
        return self.kinds[0]


__all__ = ["Candidate", "Entry", "Gloss", "GlossType", "Harvester", "Kind", "Occurrence", "SERIES",
           "gc_paused"]
