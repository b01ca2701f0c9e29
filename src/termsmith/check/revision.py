"""Which harvested document a checked file is a revision of (issue 9, "Revised documents").

A desk harvests a transcript, then receives a corrected copy under another name
(``briefing-v2.txt``, a download folder). The checks against an original compare the
term base's contexts with the file by their source; a copy under another name would
match none of them, and its stale terms, moved or deleted sentences and renamed terms
would go unreported. The file is recognised as a revision of a harvested document by,
in order:

1. the user's word (``--as DOC``: a path or file name the document was harvested under);
2. its own name (the contexts name it: nothing to recognise);
3. its title and date, when both are known and one harvested document has the same;
4. its content: the share of a harvested document's context sentences that the file
   still holds (at least half of them, and at least :data:`MIN_SENTENCES`).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from termsmith.document import Document
from termsmith.model import Concept
from termsmith.store.base import DocumentRecord
from termsmith.text import squash

__all__ = ["Revision", "UnknownDocument", "recognise", "recognise_among", "same_source"]

MIN_SENTENCES = 5       # context sentences a document must have to be recognised by content
MIN_SHARE = 0.5         # of them the file must still hold


class UnknownDocument(LookupError):
    """``--as`` names no harvested document."""


@dataclass(frozen=True, slots=True)
class Revision:
    """The harvested document (its source as contexts name it) a file revises, and how
    that was decided: ``"as"``, ``"title and date"`` or ``"content"`` (with the share)."""

    source: str
    by: str
    share: float | None = None


def same_source(a: str, b: str) -> bool:
    """Whether two names of a document name the same one. Paths are stored as given at
    harvest time; the same file may be named from another directory, so the file name
    decides in the end."""
    return a == b or os.path.abspath(a) == os.path.abspath(b) or \
        os.path.basename(a) == os.path.basename(b)


def recognise(document: Document, concepts: Sequence[Concept], documents: Sequence[DocumentRecord],
              as_doc: str | None = None) -> Revision | None:
    """The harvested document ``document`` revises, or None (it is one the contexts name
    already, or nothing matches)."""
    contexts = [c for con in concepts for t in con.terms for c in t.contexts]
    return recognise_among(document, {c.source for c in contexts},
                           lambda: ((c.source, c.sentence) for c in contexts), documents, as_doc)


def recognise_among(document: Document, sources: Collection[str],
                    sentences: Callable[[], Iterable[tuple[str, str]]],
                    documents: Sequence[DocumentRecord],
                    as_doc: str | None = None) -> Revision | None:
    """:func:`recognise` from what a term base holds without reading its concepts: the
    ``sources`` its contexts name, and ``sentences()``, each context's (source, sentence),
    asked for only when the file must be recognised by its content."""
    if as_doc is not None:
        known = [d.path for d in documents] + sorted(sources)
        named = next((s for s in known if same_source(s, as_doc)), None)
        if named is None:
            raise UnknownDocument(f"no harvested document is named {as_doc!r}")
        return None if same_source(named, document.path) else Revision(named, "as")
    if any(same_source(s, document.path) for s in sources):
        return None
    if document.title and document.date:
        same = [d for d in documents if d.title and d.date and d.date == document.date
                and squash(d.title).casefold() == squash(document.title).casefold()]
        if len(same) == 1 and same[0].path in sources:
            return Revision(same[0].path, "title and date")
    text = squash(" ".join(s.text for s in document.segments))
    held: dict[str, set[str]] = defaultdict(set)
    for source, sentence in sentences():
        held[source].add(squash(sentence))
    # The largest share wins; of equal shares, the document with more sentences, then
    # the name first in order (the contexts come in no set order).
    best: tuple[float, int, str] | None = None
    for source, said in held.items():
        if len(said) < MIN_SENTENCES:
            continue
        share = sum(1 for s in said if s in text) / len(said)
        if share >= MIN_SHARE and (best is None or (share, len(said), best[2]) >
                                   (best[0], best[1], source)):
            best = (share, len(said), source)
    return None if best is None else Revision(best[2], "content", best[0])
