"""The shape of a source document once read: metadata and speaker-attributed segments.

A reader (:mod:`termsmith.reader`) turns a file into a :class:`Document`; the
harvesters only ever see :class:`Segment` objects, so they know nothing about
files, encodings or HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """What a segment is, so boilerplate can be told from content."""

    TITLE = "title"              # the headline of the transcript
    DATELINE = "dateline"        # "Beijing | 10 a.m. April 26, 2024"
    SPEAKER_LIST = "speakers"    # the list of speakers / chairperson and their posts
    SPEECH = "speech"            # a paragraph spoken by a speaker (content)
    QUESTION = "question"        # a paragraph asked by a journalist (content)
    NARRATIVE = "narrative"      # lead paragraph, notes (content, no speaker)
    HEADING = "heading"          # "Speakers:", "Chairperson", "Date:", "Read in Chinese"
    SPEAKER_LABEL = "label"      # a "Name:" line that opens a turn
    PAGE_BREAK = "page-break"    # _ueditor_page_break_tag_
    CAPTION = "caption"          # "/6    Name" photo captions
    CREDIT = "credit"            # "Translated and edited by ..."
    FORMULA = "formula"          # "Thank you!" and similar courtesies

    @property
    def is_content(self) -> bool:
        """True for segments whose text is the document's content (all harvesters read it)."""
        return self in _CONTENT

    @property
    def is_harvested(self) -> bool:
        """True for segments some harvester reads: content, the speaker list (organisations
        in posts) and turn labels (media outlets)."""
        return self in _HARVESTED


_CONTENT = frozenset({Role.SPEECH, Role.QUESTION, Role.NARRATIVE, Role.TITLE})
_HARVESTED = _CONTENT | {Role.SPEAKER_LIST, Role.SPEAKER_LABEL}


@dataclass(frozen=True, slots=True)
class Segment:
    """One paragraph of a document, with where it stands and who said it."""

    text: str
    line: int                    # 1-based line number in the source file
    role: Role
    speaker: str | None = None   # person or outlet ("CCTV") speaking, if any

    def __post_init__(self) -> None:
        if self.line < 1:
            raise ValueError(f"line must be >= 1, got {self.line}")


@dataclass(frozen=True, slots=True)
class Participant:
    """A named speaker from the speaker list, with the post given there."""

    name: str
    post: str
    chair: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """A read source document."""

    path: str                                  # as given by the user
    title: str | None
    date: str | None                           # ISO 8601 date when known
    segments: tuple[Segment, ...]
    participants: tuple[Participant, ...] = field(default=())
    sha256: str = ""                           # of the raw bytes, for idempotence
    lang: str = "en"                           # BCP 47: "en", "zh-Hans", "zh-Hant"

    def content(self) -> list[Segment]:
        """The content segments (no speaker list, labels or boilerplate)."""
        return [s for s in self.segments if s.role.is_content]

    def harvested(self) -> list[Segment]:
        """Segments that some harvester reads (content, speaker list, turn labels)."""
        return [s for s in self.segments if s.role.is_harvested]

    @property
    def speakers(self) -> list[str]:
        """Distinct speakers in order of first appearance."""
        seen: dict[str, None] = {}
        for s in self.segments:
            if s.speaker and s.speaker not in seen:
                seen[s.speaker] = None
        return list(seen)
