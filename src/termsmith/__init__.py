"""termsmith: harvest, review, exchange and check English-Chinese terminology.

The library comes first; the ``termsmith`` command is a thin layer over it::

    from termsmith import reader, harvest, ingest, TermBase
    with TermBase("terms.db") as tb:
        ingest.store(tb, harvest.run(reader.read("transcript.txt")))

Heavy modules (lxml, wordfreq, pyahocorasick) are imported only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from termsmith.store import TermBase

from termsmith.errors import FormatError, GlossaryError, NotFound, ReviewError, SourceError, StoreError
from termsmith.model import Concept, Context, Gloss, GlossType, PartOfSpeech, Review, Term, TermType, Usage


def __getattr__(name: str) -> Any:
    # TermBase pulls in sqlite3 and the store; load it on first use.
    if name == "TermBase":
        from termsmith.store import TermBase

        return TermBase
    raise AttributeError(name)


__all__ = [
    "__version__", "TermBase", "Concept", "Context", "Gloss", "GlossType", "PartOfSpeech",
    "Review", "Term", "TermType", "Usage", "GlossaryError", "SourceError", "FormatError",
    "StoreError", "NotFound", "ReviewError",
]
