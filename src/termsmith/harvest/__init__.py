"""Harvest a document: run the harvesters, merge their candidates, locate every occurrence.

Each harvester is a module with ``harvest(segments) -> Iterator[Candidate]``,
registered by name in :data:`HARVESTERS` and imported only when used. A
document is harvested by the harvesters of its language: the ``zh-…`` ones
(:mod:`termsmith.harvest.zh`) for a Chinese document, the others for English;
its terms go into the language section the reader gave it (``zh-Hans`` for
Chinese), never into English::

    from termsmith import reader, harvest
    result = harvest.run(reader.read("transcript.txt"))
    for group in result.concepts():
        print(group[0].term, group[0].score)
"""

from __future__ import annotations

import bisect
import importlib
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, islice
from typing import Any

from termsmith.document import Document, Role, Segment
from termsmith.errors import SourceError
from termsmith.harvest.base import (
    NESTED,
    PLENARY,
    Candidate,
    Entry,
    Harvester,
    Kind,
    Occurrence,
    gc_paused,
)
from termsmith.harvest.merge import SentenceOffsets, Spans, locate, merge
from termsmith.langs import is_chinese
from termsmith.model import Gloss, GlossType
from termsmith.normalize import key

# The only registry of harvesters: name -> module (imported lazily).
HARVESTERS: dict[str, str] = {
    "quoted": "termsmith.harvest.quoted",
    "glossed": "termsmith.harvest.glossed",
    "names": "termsmith.harvest.names",
    "domain": "termsmith.harvest.domain",
    # Chinese documents (termsmith.harvest.zh).
    "zh-quoted": "termsmith.harvest.zh.quoted",
    "zh-names": "termsmith.harvest.zh.names",
    "zh-domain": "termsmith.harvest.zh.domain",
    "zh-numbers": "termsmith.harvest.zh.numbers",
}
MIN_SCORE = 0.3


@dataclass(slots=True)
class HarvestResult:
    """What harvesting one document found."""

    document: Document
    entries: list[Entry]            # terms, best first
    quotations: list[Candidate]     # quoted sentences: evidence, not terms
    language: str = ""              # the language harvested (see language_of)

    @property
    def lang(self) -> str:
        """The language of the document, and of every term found in it."""
        return self.language or self.document.lang

    def concepts(self) -> list[list[Entry]]:
        """Entries grouped into concepts: an expansion and its acronym share one.

        The first entry of each group is the main term (the full form).
        """
        by_key = {e.key: e for e in self.entries}
        joined: dict[str, str] = {}          # acronym key -> expansion key
        for e in self.entries:
            if e.kind is Kind.ACRONYM:
                for r in e.related:
                    if key(r) in by_key and by_key[key(r)].kind is not Kind.ACRONYM:
                        joined[e.key] = key(r)
                        break
        groups: dict[str, list[Entry]] = {}
        for e in self.entries:
            if e.key in joined:
                continue
            groups[e.key] = [e]
        for acro, full in joined.items():
            groups[full].append(by_key[acro])
        return list(groups.values())


def language_of(document: Document) -> str:
    """The language to harvest ``document`` in: the reader's, unless its text is mostly
    Chinese, which is never harvested as English (a :class:`Document` built by hand, or
    read by another reader). Counted as the reader counts (:mod:`termsmith.readers.script`)."""
    if is_chinese(document.lang):
        return document.lang
    from termsmith.readers.script import chinese_tag, mostly_chinese

    texts = [seg.text for seg in document.content()[:200]]
    return chinese_tag("".join(texts)) if mostly_chinese(texts) else document.lang


# What makes a text a transcript of the genre: a speaker list, or turns opened by labels.
_TRANSCRIPT_ROLES = frozenset({Role.SPEAKER_LIST, Role.SPEAKER_LABEL, Role.SPEECH, Role.QUESTION})
# A turn written inline after a sentence (a transcript saved as one long line): "... today.
# Shou Xiaoli: Thank you." One to four capitalised words, a colon, more text.
_INLINE_TURN = re.compile(r"(?:^|[.!?…)\]\"”]\s+)[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}:\s+\S")


def refusal(document: Document) -> str | None:
    """Why the English harvest cannot serve ``document``, or None when it can.

    The harvesters read press-conference transcripts: a speaker list and turns opened by
    ``Name:`` labels tell speakers, officials and outlets from the terms they use, and the
    ranking is tuned on them. A text with neither (a letter, an article, a white paper's
    own text) is harvested into junk, so :func:`into` refuses it unless forced. A
    Chinese document is served by the Chinese harvesters.
    """
    if is_chinese(language_of(document)):
        return None
    if any(seg.role in _TRANSCRIPT_ROLES for seg in document.segments):
        return None
    turns = sum(1 for seg in document.content() for _ in islice(_INLINE_TURN.finditer(seg.text), 2))
    if turns >= 2:
        return None
    return ("not a transcript: no speaker list and no 'Name:' turns (a letter, an article, "
            "a white paper's text?); --force harvests it as plain text")


@dataclass(frozen=True)
class Gathered:
    """The documents :func:`gather` read, and the files it left out with the reason."""

    documents: list[Document]
    skipped: list[tuple[str, str]]


def gather(paths: Sequence[str], *, encoding: str | None = None, force: bool = False) -> Gathered:
    """Read ``paths`` for a harvest, a directory standing for the transcripts in it
    (:func:`termsmith.files.transcripts`).

    A file found in a directory that is no transcript (a README, notes: :func:`refusal`)
    is left out and listed in ``skipped``, unless ``force``; a file named is kept, for
    :func:`into` to refuse with its reason. A file that cannot be read is a SourceError
    wherever it came from (nothing is stored).
    """
    from termsmith import reader
    from termsmith.files import transcripts

    docs: list[Document] = []
    skipped: list[tuple[str, str]] = []
    for path, found in transcripts(paths):
        doc = reader.read(path, encoding=encoding)
        why = None if force or not found else refusal(doc)
        if why is not None:
            skipped.append((path, why.split(";")[0]))
            continue
        docs.append(doc)
    return Gathered(docs, skipped)


def for_language(lang: str, names: Sequence[str] | None = None) -> list[str]:
    """The harvesters to run on a document in ``lang``: all of its language, or those of
    ``names`` that fit it (``quoted`` names ``zh-quoted`` for a Chinese document)."""
    prefix = "zh-" if is_chinese(lang) else ""
    own = [n for n in HARVESTERS if n.startswith("zh-") == bool(prefix)]
    if not names:
        return own
    wanted = {n if n.startswith("zh-") or not prefix else prefix + n for n in names}
    return [n for n in own if n in wanted]


def harvester(name: str) -> Harvester:
    """The harvester registered under ``name``."""
    module = importlib.import_module(HARVESTERS[name])
    fn: Harvester = module.harvest
    return fn


def run(document: Document, *, harvesters: Sequence[str] | None = None,
        min_score: float = MIN_SCORE,
        progress: Callable[[str], None] | None = None) -> HarvestResult:
    """Harvest ``document`` with the named harvesters (all by default)."""
    with gc_paused():
        return _run(document, harvesters, min_score, progress)


def _run(document: Document, harvesters: Sequence[str] | None, min_score: float,
         progress: Callable[[str], None] | None) -> HarvestResult:
    # Every segment: each harvester takes the roles it reads (content, and for names
    # and glosses the speaker list and turn labels too).
    segments = document.harvested()
    lang = language_of(document)
    names = for_language(lang, harvesters)
    candidates: list[Candidate] = []
    for name in names:
        if progress:
            progress(name)
        candidates.extend(harvester(name)(segments))
    entries, quotations = merge(candidates)
    entries = [e for e in entries if e.score >= min_score]
    if progress:
        progress("locate")
    located: Spans | None = None
    if is_chinese(lang):
        from termsmith.harvest.zh.locate import locate as locate_zh

        locate_zh(entries, segments)
    else:
        located = locate(entries, segments)
    entries = prune_fragments(entries, segments, chinese=is_chinese(lang), located=located)
    entries = _drop_lowercase_names(entries)
    _demote_portfolios(entries)
    _demote_series_members(entries)
    entries.sort(key=lambda e: (-e.score, e.kind is Kind.DOMAIN, -len(e.occurrences),
                                e.term.casefold()))
    return HarvestResult(document=document, entries=entries, quotations=quotations, language=lang)


def prune_fragments(entries: list[Entry], segments: Sequence[Segment], *,
                    chinese: bool = False, located: Spans | None = None) -> list[Entry]:
    """Drop candidates that only ever occur as a piece of a stronger term.

    ``mane mushrooms`` (inside ``lion's mane mushrooms``, a glossed name) and
    ``edulis fruit`` (across ``Lonicera edulis``) are fragments: every one of
    their occurrences lies inside, or straddles the edge of, an occurrence of a
    quoted, glossed or named term. A domain term with any free-standing
    occurrence is kept. So is a name, unless every occurrence lies inside a longer
    term: ``UAV`` in "island and UAV sightseeing" (quoted), ``Haixi`` in ``Haixi
    Oyster Week``, ``Epic Journey`` (a name and a statistical phrase both) in a quoted
    white-paper title. A name that a harvester of marked terms found too (an acronym's
    expansion, a quoted term) is never a fragment.

    Offsets come from an index of each segment's sentences (or ``located``, what
    :func:`~termsmith.harvest.merge.locate` returned for these entries and segments),
    and the strong spans of a line are searched with ``bisect``: a one-line document
    stays linear (issue 14).
    """
    offsets = SentenceOffsets({s.line: s.text for s in segments}, chinese=chinese)
    found: Spans = dict(located) if located is not None else {}

    def spans(e: Entry) -> list[tuple[int, int, int]]:
        got = found.get(id(e))
        if got is None:
            got = found[id(e)] = []
            for o, base in zip(e.occurrences, offsets.bases(e.occurrences), strict=True):
                if base >= 0:
                    got.append((o.line, base + o.start, base + o.end))
        return got

    strong_spans: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    # (a name of two words or more is a piece only of a longer name or a marked term, not
    # of a name's phrase with a lowercase head: `Lancang-Mekong Cooperation` of
    # `Lancang-Mekong Cooperation mechanism`)
    named_spans: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    for e in entries:
        if any(k is not Kind.DOMAIN for k in e.kinds):
            headed = all(ev.startswith(_LOWERCASE_HEAD) for ev in e.evidence)
            for line, a, b in spans(e):
                strong_spans[line].append((a, b))
                if not headed:
                    named_spans[line].append((a, b))
        elif any(ev.startswith(PLENARY) for ev in e.evidence):
            # (a plenary session said in lowercase holds its committee's name as a
            # capitalised one does: `20th CPC Central Committee`, below)
            for line, a, b in spans(e):
                named_spans[line].append((a, b))
    strong: dict[int, _Spans] = {}      # indexed when a line is first asked about
    named: dict[int, _Spans] = {}

    def indexed(index: dict[int, _Spans], by_line: dict[int, list[tuple[int, int]]],
                line: int) -> _Spans | None:
        on = index.get(line)
        if on is None and line in by_line:
            on = index[line] = _Spans(by_line[line])
        return on

    def piece(line: int, s: int, t: int) -> bool:
        on = indexed(strong, strong_spans, line)
        return on is not None and (on.covers(s, t) or on.straddles(s, t))

    def within(line: int, s: int, t: int, one_word: bool) -> bool:
        # (one word before a lowercase head is the place a product is of, no name of its
        # own: "Wuchang rice", "Manchurian tigers")
        on = (indexed(strong, strong_spans, line) if one_word
              else indexed(named, named_spans, line))
        return on is not None and on.covers(s, t)

    kept = []
    for e in entries:
        if e.kinds == [Kind.DOMAIN]:
            sp = spans(e)
            if sp and all(piece(*x) for x in sp) and not _formulation(e):
                continue    # (a set formulation is a term inside a title too: the
                            # series "Promoting High-Quality Development")
        elif (Kind.NAME in e.kinds and set(e.kinds) <= _SHAPED
              and e.category not in ("instrument", "organisation")
              and not _division(e)):
            # (A treaty's name is a term inside a body's too, `Conference of the Parties
            # to the Convention on Biological Diversity`, and an organisation's inside its
            # department's, `Publicity Department of the CPC Central Committee`; so is a
            # recurring event's inside its edition's, `the 10th China Charity Day`.)
            sp = spans(e)
            # (an acronym is a name of its own before a lowercase head, no place a
            # product is of: "WTO working groups", "APEC meetings")
            one_word = " " not in e.term and not _ACRONYM_NAME.fullmatch(e.term)
            if (sp and all(within(*x, one_word) for x in sp) and not _nested(e)
                    and not _formulation(e)):
                continue    # (a set formulation the name harvester saw capitalised in a
                            # quoted title stays, as a domain one does: "Space Power")
        elif (e.kinds == [Kind.NAME] and e.score > NESTED_SCORE
              and (_LOCAL_GOVERNMENT.search(e.term) or _NUMBERED_COMMITTEE.match(e.term)
                   or _autonomous_area(e.term))):
            sp = spans(e)
            if sp and all(within(*x, False) for x in sp):
                # a local government said only inside its office's name is the host's
                # parent, boilerplate of a local briefing (`Shandong Provincial People's
                # Government` in `Information Office of the ...`), and a numbered central
                # committee said only inside its plenary session's name is the session's,
                # and an autonomous area said only inside its government's name is the
                # host's place (`Guangxi Zhuang Autonomous Region` in `Information Office
                # of the People's Government of ...`)
                # (`20th CPC Central Committee` in `the third plenary session of the ...`:
                # the written transcripts' lists keep 0 of 19 said so): ranked below the
                # names said on their own
                e.score = NESTED_SCORE
                e.evidence.append("said only inside longer names")
        kept.append(e)
    _demote_nested(kept, spans)
    return kept


# An acronym said as a name: capitals (and digits after the first), two to six.
_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9]{1,5}")

# The evidence of a name said before a lowercase head (harvest.domain).
_LOWERCASE_HEAD = "a name before a lowercase head"


# A local people's government's name (人民政府): `Shandong Provincial People's
# Government`, `People's Government of Guizhou Province`.
_LOCAL_GOVERNMENT = re.compile(r"^(?:People['’]s Government of |[A-Z][\w'’ -]* (?:Provincial|"
                               r"Municipal|Regional|Prefectural|County) People['’]s Government$)")


def _autonomous_area(term: str) -> bool:
    """Whether ``term`` names an ethnic autonomous area (自治区, 自治州, 自治县, 自治旗):
    `Guangxi Zhuang Autonomous Region`, `Ili Kazak Autonomous Prefecture`."""
    # (imported here: the harvest has loaded the lexicon; importing the package need not)
    from termsmith.harvest.lexicon import AUTONOMOUS_UNITS
    head, _, unit = term.rpartition(" ")
    return head.endswith(" Autonomous") and unit in AUTONOMOUS_UNITS


# A numbered Central Committee of the Party (第二十届中央委员会): `20th CPC Central
# Committee`, `19th Central Committee of the Communist Party of China`.
_NUMBERED_COMMITTEE = re.compile(r"\d{1,2}(?:st|nd|rd|th) (?:CPC |Communist Party of China "
                                 r"\(CPC\) )?Central Committee"
                                 r"(?: of the (?:CPC|Communist Party of China))?$")


# The heads of China's administrative divisions above the county, and of the zones an
# administrative committee governs as one (开发区管委会: "Administrative Committee of the
# Baotou Rare Earth High-Tech Industrial Development Zone").
_DIVISIONS = frozenset({"Region", "Province", "Prefecture", "Municipality", "Zone"})


def _division(e: Entry) -> bool:
    """Whether ``e`` names an administrative division (`Xinjiang Uygur Autonomous Region`):
    a name of its own inside the name of a body that governs it (`Department of ... of
    the Xinjiang Uygur Autonomous Region`), as an organisation is inside its
    department's; so is a development zone inside its administrative committee's."""
    words = e.term.split()
    return e.category == "place" and len(words) >= 2 and words[-1] in _DIVISIONS


def _nested(e: Entry) -> bool:
    """Whether the name harvester found ``e`` as the series of an event's edition or the
    plan a title is about, a name of its own inside another."""
    return any(ev.endswith(NESTED) for ev in e.evidence)


def _formulation(e: Entry) -> bool:
    """Whether the domain harvester found ``e`` as a set formulation of the genre."""
    return any(ev.startswith("a set formulation") for ev in e.evidence)


def _reach(pairs: list[tuple[int, int]]) -> tuple[list[int], dict[int, int]]:
    """For spans ``(a, b)`` sorted: the furthest end reached by the spans up to each
    (at least -1), and the furthest end of the spans starting at each offset (the last
    one's, as they are sorted; offsets are never negative). In C, not a loop per span."""
    reach = list(accumulate([b for _, b in pairs], max, initial=-1))
    del reach[0]
    return reach, dict(pairs)


# Kinds found by shape or statistics only, not marked by the text (quotes, a gloss).
_SHAPED = frozenset({Kind.NAME, Kind.DOMAIN})


class _Spans:
    """The spans ``(a, b)`` of one line, searched with ``bisect`` (all are short terms)."""

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        pairs = sorted(pairs)
        self.starts = [a for a, _ in pairs]
        self.ends_of_starts = [b for _, b in pairs]
        # The furthest end reached by a span starting before each, and the furthest end
        # of the spans starting at each offset.
        self.reach, self.same = _reach(pairs)
        by_end = sorted([(b, a) for a, b in pairs])
        self.ends = [b for b, _ in by_end]
        self.starts_of_ends = [a for _, a in by_end]

    def covers(self, s: int, t: int) -> bool:
        """Some span holds [s, t) and is not [s, t) itself: ``a <= s and t <= b``."""
        i = bisect.bisect_left(self.starts, s)          # spans starting before s
        return (i > 0 and self.reach[i - 1] >= t) or self.same.get(s, -1) > t

    def straddles(self, s: int, t: int) -> bool:
        """Some span crosses an edge of [s, t): ``s < a < t < b or a < s < b < t``."""
        i = bisect.bisect_right(self.starts, s)
        while i < len(self.starts) and self.starts[i] < t:     # starting inside
            if self.ends_of_starts[i] > t:
                return True
            i += 1
        j = bisect.bisect_right(self.ends, s)
        while j < len(self.ends) and self.ends[j] < t:         # ending inside
            if self.starts_of_ends[j] < s:
                return True
            j += 1
        return False


# The share of a name's occurrences written in lowercase from which it is no name
# (benchmarks/harvest_loo.py chooses it leaving each transcript out).
LOWERCASE_SHARE = 0.5


def _drop_lowercase_names(entries: list[Entry]) -> list[Entry]:
    """Drop a capitalised sequence that the text writes in lowercase as often as not.

    A name keeps its capitals wherever it is said; common words are capitalised only
    by position (a sentence start, a Title Case post: "Vice Minister of Culture and
    Tourism") and are written in lowercase elsewhere ("culture and tourism work",
    "moderate prosperity"). Capitalisation consistency over the whole document is
    the standard evidence for telling the two apart (Mikheev 1999, "A knowledge-free
    method for capitalized word disambiguation"). Only names no other harvester
    found are judged (a quoted title keeps its entry), and acronyms are left alone, and
    so are the outlets a turn label names ("People's Daily:", whatever "people's daily
    lives" a speaker says).
    """
    kept = []
    for e in entries:
        if (e.kinds == [Kind.NAME] and e.category not in ("acronym", "outlet")
                and not _titled_document(e)):
            lower = sum(n for form, n in e.variants.items() if form.islower())
            if lower and lower >= LOWERCASE_SHARE * sum(e.variants.values()):
                continue
        kept.append(e)
    return kept


def _titled_document(e: Entry) -> bool:
    """Whether ``e`` is a document's title of four words or more: written in capitals it
    is the title ("the Action Plan for Revitalizing the Seed Industry"), though a
    dateline or a lead may name it in lowercase ("... implementing the action plan for
    revitalizing the seed industry"); so is a statute's short title, though its field is
    written in lowercase ("the Labor Law" of "a body of labor law"; not "Rule of Law")."""
    return e.category == "programme" and (
        e.term.count(" ") >= 3 or e.term.endswith((" Law", " Code")) and " of " not in e.term)


# The highest score of a statistical phrase said mostly inside longer terms: below
# them, and below the one-off names (0.65).
NESTED_SCORE = 0.45


# A government body named for its field: "Ministry of Human Resources and Social
# Security", "Department of Culture and Tourism of ... Province".
_PORTFOLIO = re.compile(r"(?:Ministry|Department|Bureau|Commission|Administration) of "
                        r"(?:the )?([A-Z][\w'’-]*(?:,? (?:and )?[A-Z][\w'’-]*| and [A-Z][\w'’-]*)*)")


def _demote_portfolios(entries: list[Entry]) -> None:
    """Rank a body's field said in lowercase ("human resources and social security work",
    "the natural resources sector") at most :data:`NESTED_SCORE`: the speaker names the
    portfolio of the body, a term only as part of its name (the name is the entry a
    glossary holds). A set formulation keeps its score."""
    fields = {key(m.group(1).lower()) for e in entries if e.term[:1].isupper()
              for m in [_PORTFOLIO.match(e.term)] if m is not None}
    if not fields:
        return
    for e in entries:
        if (e.kinds == [Kind.DOMAIN] and e.key in fields and e.score > NESTED_SCORE
                and not _formulation(e)):
            e.score = NESTED_SCORE


# A quoted series of three members or more: "reducing, relocating, upgrading and
# extending", "fewer, stronger, greener and smarter" (its members split at commas and at
# the last "and" or "or").
_SERIES_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# The kinds such a member may have been found as besides quoted (a capitalised word).
_SERIES_KINDS = frozenset({Kind.QUOTED, Kind.NAME})


def _demote_series_members(entries: list[Entry]) -> None:
    """Rank a quoted word that is one member of a quoted series of the same document at
    most :data:`NESTED_SCORE`: the speaker explains the slogan's members one by one
    (`"Reducing" means cutting excess capacity`), and the glossary holds the series."""
    members: dict[str, str] = {}
    for e in entries:
        if Kind.QUOTED in e.kinds and "," in e.term:
            parts = _SERIES_SPLIT.split(e.term.casefold())
            if len(parts) >= 3 and all(p and " " not in p for p in parts):
                for p in parts:
                    members.setdefault(p, e.term)
    if not members:
        return
    for e in entries:
        series = members.get(e.term.casefold())
        if (series is not None and series != e.term and Kind.QUOTED in e.kinds
                and set(e.kinds) <= _SERIES_KINDS and e.score > NESTED_SCORE):
            e.score = NESTED_SCORE
            e.evidence.append(f"a member of the quoted series \u201c{series}\u201d")



def _demote_nested(entries: list[Entry],
                   spans: Callable[[Entry], list[tuple[int, int, int]]]) -> None:
    """Rank a statistical phrase said mostly inside longer terms below them (C-value's
    nesting, across harvesters): ``oyster farming`` said three times, twice inside the
    quoted ``oyster farming to the sea`` or the domain term ``deep-sea oyster farming``,
    scores at most :data:`NESTED_SCORE`. A set formulation keeps its score."""
    todo = [e for e in entries if e.kinds == [Kind.DOMAIN] and e.score > NESTED_SCORE
            and not _formulation(e)]
    if not todo:
        return
    every: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    for e in entries:
        for line, a, b in spans(e):
            every[line].append((a, b))
    # Per line, when first asked about: starts sorted, the furthest end reached by a span
    # starting before each, and the furthest end of the spans starting at each offset
    # (linear on long lines).
    index: dict[int, tuple[list[int], list[int], dict[int, int]]] = {}

    def inside(line: int, s: int, t: int) -> bool:
        got = index.get(line)
        if got is None:
            pairs = every[line]
            pairs.sort()
            reach, same = _reach(pairs)
            got = index[line] = ([a for a, _ in pairs], reach, same)
        starts, reach, same = got
        i = bisect.bisect_left(starts, s)          # spans starting before s
        return (i > 0 and reach[i - 1] >= t) or same.get(s, -1) > t

    for e in todo:
        sp = spans(e)
        # Counted until told: once half its occurrences are free, a phrase is not demoted
        # (and the count, written only when it is, is not needed).
        n = free = 0
        for line, s, t in sp:
            if inside(line, s, t):
                n += 1
            else:
                free += 1
                if 2 * free >= len(sp):
                    break
        if sp and 2 * n > len(sp):
            e.score = NESTED_SCORE
            e.evidence.append(f"said {n} of {len(sp)} times inside longer terms")


def run_many(documents: Sequence[Document], *, workers: int | None = None,
             **kw: Any) -> Iterator[HarvestResult]:
    """Harvest several documents, in parallel processes when there are several cores.

    Results come back in the order of ``documents`` (so stored ids are
    deterministic). ``workers=1`` harvests in this process.
    """
    n = workers if workers is not None else min(len(documents), os.cpu_count() or 1)
    if n <= 1 or len(documents) <= 1:
        for d in documents:
            yield run(d, **kw)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=n, initializer=_worker,
                             initargs=(os.getpid(),)) as pool:
        yield from pool.map(partial(run, **kw), documents, chunksize=1)


# How much the harvesting workers yield to the process that gets their results. A
# harvest of a corpus runs a worker per core and stores each document in the process
# that started them: three processes on two cores, and the fair scheduler gave each two
# thirds of a core. Every document passes through the storing process, so it set the
# pace (the whole written set, 2,344 files: benchmarks/README.md, stop 58). Niced, the
# workers take what the storing process leaves, and all of an idle machine.
WORKER_NICE = 5


def _worker(parent: int) -> None:
    """A pool worker's start: it ends with its parent (:func:`_die_with_parent`) and
    yields the CPU to it (:data:`WORKER_NICE`)."""
    _die_with_parent(parent)
    try:
        os.nice(WORKER_NICE)
    except OSError:             # not allowed here: harvest at the same priority
        pass


def _die_with_parent(parent: int) -> None:
    """In a pool worker: end when the harvesting process ends, however it ends.

    A harvest killed with SIGKILL or SIGTERM runs no clean-up, and its workers used
    to live on for ever, holding memory and the term base (issue 15, item 24). Linux
    sends the worker SIGKILL when its parent dies (``PR_SET_PDEATHSIG``); elsewhere a
    daemon thread notices the parent gone within a second.
    """
    import signal
    import threading
    import time

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)           # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:                  # died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="termsmith-parent-watch", daemon=True).start()


@dataclass(frozen=True, slots=True)
class Harvested:
    """What :func:`into` added to a term base (counts over every document)."""

    documents: int = 0
    concepts: int = 0
    terms: int = 0
    contexts: int = 0
    kept: int = 0            # terms already known
    reviewed: int = 0        # of those, reviewed ones left as they were
    seconds: float = 0.0


def into(tb: Any, paths: Sequence[str | Document], *, harvesters: Sequence[str] | None = None,
         min_score: float | None = None, jobs: int | None = None, encoding: str | None = None,
         progress: Callable[[int, int], None] | None = None, force: bool = False) -> Harvested:
    """Read, harvest and store ``paths`` in the term base ``tb`` (what ``termsmith harvest``
    does, as one call).

    ``paths`` are files or directories (:func:`gather`: their transcripts) or documents
    already read with :func:`termsmith.reader.read`.
    Every file is read and checked first: if any cannot be read, or is not a transcript
    (:func:`refusal`; ``force`` harvests it as plain text), nothing is stored
    (:class:`~termsmith.errors.SourceError`). Documents are harvested in ``jobs``
    processes (default: one per core when several), outside any transaction, and
    each is then stored in one short transaction of its own. A document harvested
    again adds nothing twice and never changes a reviewed term. ``progress(done,
    total)`` is called after each stored document.

    >>> from termsmith import harvest
    >>> from termsmith.store import open_store
    >>> with open_store("termsmith.db") as tb:                    # doctest: +SKIP
    ...     harvest.into(tb, ["briefing.en.txt", "briefing.zh.txt"]).concepts
    """
    import time

    from termsmith import ingest

    started = time.perf_counter()
    docs = [p for p in paths if isinstance(p, Document)]
    named = [p for p in paths if not isinstance(p, Document)]
    if named:
        docs += gather(named, encoding=encoding, force=force).documents
    if not force:
        for d in docs:
            if (why := refusal(d)) is not None:
                raise SourceError(f"{d.path}: {why}")
    kw: dict[str, Any] = {"harvesters": list(harvesters) if harvesters else None}
    if min_score is not None:
        kw["min_score"] = min_score
    totals = [0, 0, 0, 0, 0]
    for done, result in enumerate(run_many(docs, workers=jobs, **kw), 1):
        st = ingest.store(tb, result)
        for i, n in enumerate((st.concepts_added, st.terms_added, st.contexts_added,
                               st.terms_kept, st.reviewed_untouched)):
            totals[i] += n
        if progress is not None:
            progress(done, len(docs))
    concepts, terms, contexts, kept, reviewed = totals
    return Harvested(len(docs), concepts, terms, contexts, kept, reviewed,
                     time.perf_counter() - started)


__all__ = [
    "HARVESTERS", "HarvestResult", "Harvested", "Candidate", "Entry", "Gloss", "GlossType",
    "Kind", "Occurrence", "for_language", "harvester", "into", "is_chinese", "language_of",
    "refusal", "run", "run_many",
]
