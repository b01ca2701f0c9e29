"""The store interface: what the rest of termsmith may ask of a term base.

:class:`Store` is the protocol both backends implement (:mod:`.sqlite` over one
file, :mod:`.postgres` over a shared server); nothing outside this package
speaks SQL or sees a connection. Records go in and out as the model's frozen
dataclasses (:mod:`termsmith.model`), never as rows.

Concurrency contract (issue 11). Every concept carries a ``version``, raised by
every reviewer-visible write to it or its terms. A write that passes
``expected_version`` (the version the reviewer saw: ``Concept.version``,
``TermRow.version``) is refused with :class:`~termsmith.errors.ConflictError`
when the concept has moved on; the error names who changed what and when.
Without ``expected_version`` the write reads and writes in one transaction
(``termsmith edit``). Harvests never raise the version: they add contexts,
glosses and scores, which no reviewer edits. Writes change only the fields
that differ from what is stored; a field not named is never written.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Protocol, TypeVar

from termsmith.model import (
    Change,
    Concept,
    Context,
    Gloss,
    MemoryUnit,
    Quotation,
    Review,
    Term,
    TermRow,
    TranslationUnit,
)

T = TypeVar("T")


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Mode(Enum):
    """What a transaction does, so each backend can pick its isolation level.

    ``EDIT``: a reviewer's change (SQLite: an immediate write lock; PostgreSQL:
    read committed, with the concept's row locked before it is read).
    ``BULK``: a harvest or an import that looks terms up by key and adds what is
    missing (PostgreSQL: serializable, so two harvests cannot both add one concept;
    a serialization failure re-runs the whole unit of work).
    ``READ``: a consistent snapshot for several queries (PostgreSQL: repeatable read,
    read only; SQLite: a deferred read transaction).
    """

    EDIT = "edit"
    BULK = "bulk"
    READ = "read"


@dataclass(slots=True)
class HarvestStats:
    """What storing one harvest changed."""

    concepts_added: int = 0
    terms_added: int = 0
    contexts_added: int = 0
    glosses_added: int = 0
    quotations_added: int = 0
    terms_kept: int = 0          # already there; reviewed ones left untouched
    reviewed_untouched: int = 0


@dataclass(frozen=True, slots=True)
class Filter:
    """Which terms a listing shows."""

    kinds: Sequence[str] = ()
    statuses: Sequence[Review] = ()
    min_score: float | None = None
    lang: str | None = None
    text: str | None = None       # substring, case-insensitive
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A harvested document as the store keys it.

    ``content`` is the hash of its normalised text (see
    :func:`termsmith.ingest.content_key`), so the same transcript harvested as
    ``seed.txt``, ``./seed.txt`` or its absolute path, or re-saved with other line
    ends, is one document; ``canonical`` its resolved path; ``path`` the name
    contexts show (the one it was first harvested under).
    """

    path: str
    sha256: str                   # of the raw bytes
    content: str
    canonical: str
    title: str | None = None
    date: str | None = None


@dataclass(slots=True)
class GroupPlan:
    """One harvested concept to store: its terms (with contexts) by key, glosses, scores."""

    terms: list[tuple[str, Term]]             # (harvest key, term with its contexts)
    kind: str | None
    category: str | None
    score: float | None
    evidence: list[str]
    glosses: list[Gloss] = field(default_factory=list)


class Store(Protocol):
    """A term base. Open one with :func:`termsmith.store.open_store`."""

    path: str
    """What the user named it by (a file path, or the URL without its password)."""

    # -- plumbing -------------------------------------------------------------
    def close(self) -> None:
        """Close the connection(s)."""

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...

    def transaction(self, mode: Mode = Mode.EDIT) -> AbstractContextManager[None]:
        """Run the block in one transaction (nested blocks join the outer one).

        A busy database is retried when the transaction begins; a failure inside
        rolls everything back. Use :meth:`atomic` where the work can be re-run.
        """

    def atomic(self, work: Callable[[], T], mode: Mode = Mode.EDIT) -> T:
        """Run ``work()`` in one transaction, re-running it (bounded) on a busy
        database, a deadlock or a serialization failure; return its result."""

    @property
    def schema_version(self) -> int:
        """The schema version of the open term base."""

    # -- documents and harvests -------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        """The harvested documents, oldest first."""

    def add_document(self, doc: DocumentRecord) -> tuple[int, str]:
        """Record a document once per content; return (its id, the path contexts name)."""

    def store_harvest(self, doc: DocumentRecord, groups: Sequence[GroupPlan],
                      quotations: Sequence[Quotation]) -> HarvestStats:
        """Store one document's harvest in one short transaction (batched statements).

        New keys become new concepts; known ones get the new terms, contexts and
        glosses, and a better score; reviewed terms are never changed.
        """

    def find_term_by_key(self, lang: str, key: str) -> tuple[int, int] | None:
        """(concept id, term id) of the term with this harvest key, if any."""

    def find_terms_by_keys(self, lang: str, keys: Sequence[str]) -> dict[str, tuple[int, int]]:
        """:meth:`find_term_by_key` for many keys at once (absent keys left out)."""

    def add_concept(self, concept: Concept, *, who: str | None = None,
                    keep_id: bool = False, document_id: int | None = None) -> int:
        """Insert a concept with its terms, contexts and glosses; return its id."""

    def add_concepts(self, concepts: Sequence[Concept], *, keep_id: bool = False,
                     document_id: int | None = None) -> list[int]:
        """Insert many new concepts with batched statements; return their ids."""

    def add_term(self, concept_id: int, term: Term, *, key: str, who: str | None = None,
                 keep_id: bool = False, document_id: int | None = None,
                 expected_version: int | None = None) -> int:
        """Add a term (and its contexts) to a concept; return the term id."""

    def add_context(self, term_id: int, c: Context, document_id: int | None = None) -> bool:
        """Add a context unless already there; return whether it was added."""

    def add_gloss(self, concept_id: int, g: Gloss) -> bool:
        """Add a gloss unless already there; return whether it was added."""

    def add_quotation(self, q: Quotation, document_id: int | None = None) -> bool:
        """Record a quoted sentence unless already there."""

    def refresh_harvest(self, concept_id: int, *, score: float | None, evidence: Sequence[str],
                        kind: str | None, category: str | None) -> None:
        """Update harvest-owned fields (score, evidence); never reviewer fields."""

    def term_is_reviewed(self, term_id: int) -> bool:
        """True if a reviewer has decided on or edited the term."""

    # -- reading --------------------------------------------------------------
    def get(self, concept_id: int, *, contexts: bool = True) -> Concept:
        """The concept with this id, with its terms (and their contexts); NotFound if none."""

    def get_many(self, ids: Sequence[int]) -> dict[int, Concept]:
        """Concepts (without contexts) by id, fetched together; unknown ids left out."""

    def term(self, term_id: int) -> tuple[Concept, Term]:
        """The concept (without contexts) holding a term, and the term; NotFound if none."""

    def concepts(self, *, contexts: bool = False, max_contexts: int | None = None,
                 forms: bool = False) -> Iterator[Concept]:
        """Every concept in id order, streamed (memory stays flat); ``forms``: each term's
        variants (forms seen, how often) without its contexts."""

    def context_counts(self) -> dict[int, int]:
        """How many contexts each term has, by term id."""

    def context_sources(self) -> list[str]:
        """The sources contexts name, sorted."""

    def source_sentences(self) -> Iterator[tuple[str, str]]:
        """Each (source, sentence) of the contexts once, streamed."""

    def contexts_from(self, sources: Collection[str]) -> dict[int, tuple[Context, ...]]:
        """The contexts from these sources by term id, in :meth:`concepts`' order."""

    def find(self, text: str, lang: str | None = None) -> list[tuple[int, int]]:
        """(concept id, term id) of terms whose text or key matches; ``#12`` is concept 12."""

    def rows(self, flt: Filter | None = None) -> list[TermRow]:
        """Flat term rows for listings, best score first."""

    def review_page(self, *, lang: str = "en", kinds: Sequence[str] = (),
                    statuses: Sequence[Review] = (), text: str = "",
                    after: tuple[float, int] | None = None,
                    before: tuple[float, int] | None = None,
                    limit: int = 100) -> tuple[list[TermRow], bool]:
        """One page of the review queue and whether more follow (see the SQLite docs)."""

    def review_rows(self, *, lang: str = "en", kinds: Sequence[str] = (),
                    statuses: Sequence[Review] = (), batch: int = 500) -> Iterator[list[TermRow]]:
        """The whole review queue in review_page's order, streamed in batches (one query);
        the rows carry no equivalents (read the concepts: :meth:`get_many`)."""

    def first_contexts(self, term_ids: Sequence[int]) -> dict[int, Context]:
        """Each term's first context (by source, line, position)."""

    def review_counts(self, *, lang: str = "en", kinds: Sequence[str] = (), text: str = "",
                      statuses: Sequence[Review] = ()) -> dict[str, int]:
        """Review progress: all_total, all_reviewed, total, reviewed, matching."""

    def kind_counts(self, lang: str = "en") -> dict[str, int]:
        """Terms of ``lang`` per kind as the review page shows it, most first."""

    def quotations(self) -> list[Quotation]:
        """Quoted sentences seen, in document order."""

    def concept_of(self, term_id: int) -> int:
        """The id of the concept a term belongs to; NotFound if none."""

    def history(self, concept_id: int) -> list[Change]:
        """The recorded changes of a concept, oldest first."""

    def changes(self, *, who: str | None = None, since: str | None = None,
                limit: int | None = None) -> list[Change]:
        """Recent changes across the term base, newest first."""

    def merged_concepts(self) -> set[int]:
        """Ids of the concepts another was merged into."""

    def suggest(self, text: str, *, lang: str = "en", limit: int = 10) -> list[tuple[int, int, str]]:
        """(concept id, term id, text) of terms starting with, then containing, ``text``."""

    def review_kinds(self, *, lang: str = "en") -> list[tuple[str, int]]:
        """Kinds of the terms of ``lang`` with counts, most first."""

    def stats(self) -> dict[str, object]:
        """Counts for ``termsmith stats``."""

    # -- translation units ------------------------------------------------------
    def add_unit(self, unit: TranslationUnit, source: str = "", *,
                 document_id: int | None = None, target_document_id: int | None = None) -> bool:
        """Store a translation unit unless an identical one is there; return whether added.

        ``document_id`` / ``target_document_id`` link a unit aligned from two documents."""

    def add_units(self, units: Sequence[TranslationUnit], source: str = "", *,
                  document_id: int | None = None, target_document_id: int | None = None) -> int:
        """Store many translation units (batched); return how many were new."""

    def units(self) -> Iterator[TranslationUnit]:
        """Stored translation units in insertion order, streamed."""

    def unit_count(self) -> int:
        """How many translation units the memory holds."""

    def memory_units(self, keys: Sequence[int]) -> list[MemoryUnit]:
        """The stored units with these keys, in the order given; unknown keys skipped."""

    def unit_keys_containing(self, text: str) -> Iterator[int]:
        """Keys of units whose text may contain ``text`` (a superset), newest first."""

    def unit_keys_with_text(self, text: str) -> list[int]:
        """Keys of units with a variant whose text is exactly ``text``, newest first."""

    def unit_gram_counts(self, grams: Sequence[str], *, chinese: bool) -> dict[str, int]:
        """How many units hold each gram: lowercase character trigrams, or Chinese bigrams."""

    def unit_keys_sharing(self, grams: Sequence[str], *, chinese: bool, limit: int) -> list[int]:
        """Keys of the ``limit`` units that share the most of ``grams``, best first."""

    # -- editing (reviewer-visible: raise the version, recorded in the history) ---
    def version(self, concept_id: int) -> int:
        """The concept's current version; NotFound if none."""

    def check_version(self, concept_id: int, expected: int | None) -> int:
        """Lock the concept for this transaction and return its version.

        Raise :class:`~termsmith.errors.ConflictError` (naming who changed what,
        when) if ``expected`` is given and is not the current version. Call it
        inside :meth:`transaction` before reading what the write depends on.
        """

    def update_concept(self, concept_id: int, who: str,
                       fields: Mapping[str, str | None] | None = None, *,
                       expected_version: int | None = None, at: str | None = None,
                       **more: str | None) -> int:
        """Change concept fields (subject, definition, note, category) that differ;
        return how many changed."""

    def update_term(self, term_id: int, who: str, fields: Mapping[str, str | None] | None = None,
                    *, expected_version: int | None = None, at: str | None = None,
                    **more: str | None) -> int:
        """Change term fields (text, type, pos, usage, review, note) that differ; a new
        text gets a new key. Return how many changed."""

    def merge_concepts(self, keep: int, other: int, who: str, *, at: str | None = None) -> None:
        """Move every term, gloss, context and history entry of ``other`` into ``keep``."""

    def remove_term(self, term_id: int, who: str, *, at: str | None = None) -> None:
        """Delete a term (a typo corrected); the history keeps its text."""

    def last_action(self, who: str) -> int | None:
        """``who``'s latest decision (history action) not yet undone."""

    def undo(self, who: str, *, action: int | None = None) -> list[Change]:
        """Take back one decision whole; return the changes undone."""
