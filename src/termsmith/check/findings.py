"""Finding builders for the checks against an English original.

:func:`finding` anchors a finding on a span of a document segment, with the
sentence around it as context; :func:`note` builds one anchored on a line, or
on the term base alone.
"""

from __future__ import annotations

from termsmith.check import Options
from termsmith.document import Segment
from termsmith.model import Finding
from termsmith.text import sentence_at

__all__ = ["finding", "note"]


def finding(check: str, options: Options, path: str, seg: Segment, start: int, end: int,
            message: str, term: str | None, expected: str | None,
            concept: int | None) -> Finding:
    s0, s1 = sentence_at(seg.text, start)        # bisect: a one-line document stays linear
    s1 = max(s1, end)
    return Finding(check=check, severity=options.severity(check), message=message, path=path,
                   line=seg.line, column=start + 1, term=term, found=seg.text[start:end],
                   expected=expected, concept=concept, context=seg.text[s0:s1],
                   span=(start - s0, end - s0))


def note(check: str, options: Options, path: str | None, line: int | None, message: str,
         term: str | None, concept: int | None, context: str | None = None) -> Finding:
    return Finding(check=check, severity=options.severity(check), message=message, path=path,
                   line=line, term=term, concept=concept, context=context)
