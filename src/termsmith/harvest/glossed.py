"""Glossed phrases: a term followed by a parenthetical gloss, each typed.

The genre glosses what a foreign reader would not know: acronyms
(``Belt and Road Initiative (BRI)``), Chinese units (``258 million mu (about
17.2 million hectares)``), species (``lion's mane mushrooms (Hericium
erinaceus)``), slogans (``"..." (This means ...)``) and local usage
(``9,829 villages (state farms)``). The gloss is kept with the candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from termsmith import numbers
from termsmith.document import Role, Segment
from termsmith.frequency import zipf
from termsmith.harvest import tagger
from termsmith.harvest.base import Candidate, Kind, Occurrence
from termsmith.harvest.lexicon import (
    COUNTRIES,
    ELEMENTS,
    ETHNIC_GROUPS,
    FORMULAS,
    FUNCTION_WORDS,
    GRADES,
    PROVINCES,
    ROMAN_NUMERAL,
    no_genus,
    unknown_to_english,
)
from termsmith.harvest.quoted import Quote, find_quotes
from termsmith.model import Gloss, GlossType
from termsmith.normalize import singular
from termsmith.text import Sentences, sentences

# Traditional Chinese units (and the currency) that English texts keep in pinyin; and
# ping (坪), the unit of floor area Taiwan uses, as texts on cross-Strait affairs keep it.
CHINESE_UNITS = frozenset(
    "mu jin liang qian qing li zhang chi cun fen dan dou sheng shi hu gongjin gongli "
    "ping yuan jiao renminbi rmb".split()
)
# The currencies among the units here (singular): a sum of money is a value, no measure.
_CURRENCIES = frozenset("yuan jiao renminbi rmb dollar euro usd cent".split())
# The traditional measures among them (not the currency): said after a number without a
# conversion ("farmers plant rice on 300,000 mu"), still a unit a glossary renders.
_MEASURE_UNITS = CHINESE_UNITS - _CURRENCIES
# (and 人次, a count of visits or trips rendered "person-times": "119 million
# person-times", the genre's tourism and transport unit; and 人年, the full-time
# equivalent R&D statistics count personnel in: "7.2 million person-years")
# Figures only: the scan starts with its digit class, where a pattern opening with the
# number words would be tried at every position (a tenth of the glossed stage).
_UNGLOSSED_UNIT = re.compile(
    r"[0-9][0-9,.]*(?:\s+(?:thousand|million|billion|trillion))?"
    rf"\s+(?:({'|'.join(sorted(_MEASURE_UNITS, key=len, reverse=True))})\b(?![-’']|\s*\()"
    r"|(person-(?:times?|years?))\b(?![-’']))")

# Units a conversion may be stated in (singular; plurals are reduced). A number
# before a parenthesised number is not a conversion unless both sides are units:
# "5.2 percent (12.3 billion yuan)", "80 villages (2,000 households)".
_MEASURES = frozenset(
    """
    hectare acre km kilometer kilometre meter metre mile foot feet yard inch
    centimeter centimetre millimeter millimetre degree barrel
    kg kilogram gram ton tonne pound ounce catty catties liter litre gallon
    dollar euro yuan usd rmb cent kwh kilowatt watt knot point
    carat karat bushel quintal
    calorie kilocalorie joule
    """.split()
)
# One Chinese unit named before its gloss: "per mu", "each mu", "one jin".
# (its square or cube too: "per square chi", 平方尺)
_ONE_UNIT = re.compile(r"(?<![\w-])(?:per|each|every|one|a)\s+((?:square\s+|cubic\s+)?[a-zA-Z]+)\s*$",
                       re.I)
# ... or named alone, its size in the gloss: "units such as qian (about 3 grams)".
_BARE_UNIT = re.compile(r"(?<![\w-])([a-z]+)\s*$")
_APPROX = (r"about|approximately|around|roughly|nearly|almost|some|circa|approx\.|over"
           r"|more\s+than|less\s+than|up\s+to")
# (a nautical mile is a unit of its own, the sea's: "12 nautical miles (22.2 kilometers)")
# (a hyphen joins the two when the measure modifies a noun: "a 3,000-mu lotus pond")
# (and a rate's step is a unit: "50 basis points (0.5 percentage points)")
_SOURCE = re.compile(rf"(?<![\w.,])({numbers.QUANTITY})(?:\s+|-)"
                     r"((?:square\s+|cubic\s+)?(?:nautical\s+|basis\s+|percentage\s+)?[a-zA-Z]+)"
                     r"\s*$", re.I)
# A range's lower bound and what joins it to the upper: "3.7 to ", "0.67-".
_RANGE_LOW = rf"(?:{numbers.QUANTITY}\s*(?:to|–|-)\s*)?"
# (a range's lower bound before its upper, which is group 3: "about 3.7 to 5.6 kilometers
# per hour"; a speed's unit is a unit "per" a time; group 5 says the size is of each one
# counted: "5 mu (about 667 square meters each)")
_TARGET = re.compile(
    rf"^\s*(?:({_APPROX})\s+)?(US\$|\$|USD\s?|€|£)?\s*"
    rf"{_RANGE_LOW}({numbers.QUANTITY})"
    r"(?:(?:\s+|-)((?:square\s+|cubic\s+|metric\s+|U\.S\.\s+|basis\s+|percentage\s+)?"
    r"[a-zA-Z]+(?:\s+(?:dollars|euros))?"
    r"(?:\s+per\s+(?:second|minute|hour|day|year))?))?"
    r"(\s+(?:each|apiece))?\s*$",
    re.I,
)
# A range's bounds: what comes before a range's upper bound.
_RANGE_TO = re.compile(r"\d\s*(?:to|–|-)\s*$")
_PER = re.compile(r"\s+per\s+", re.I)
# An acronym: capitals (PM2.5, 5G-A), or one lowercase letter before two or more (eVTOL,
# mRNA: a prefix kept small, as "e" for electric and "m" for messenger).
_ACRONYM = re.compile(r"^(?:[A-Z]|\d{1,2}[A-Z]|[a-z](?=[A-Z]{2}))[A-Za-z0-9&\-]*[A-Z0-9](?:\.\d+)?(?:s)?$")
_BINOMIAL = re.compile(r"^([A-Z][a-z]{2,})\s+([a-z]{3,})(?:\s+([a-z]{3,}))?$")
# ``\b[A-Z]`` written as a capital then a look-behind (no word character before it): a
# pattern that starts with a character class lets the engine skip to the next capital,
# where a leading ``\b`` is tried at every position (4x slower over a whole paragraph).
# The epithet ends as _LATIN_ENDING asks (_is_latin asks it first of a binomial in running
# text), as look-behinds of one width each (`ensis` ends in `is`, `ata` in `a` ...): most
# capitalised words before a lowercase one are no match to look at.
_BINOMIAL_IN_TEXT = re.compile(r"([A-Z](?<!\w.)[a-z]{3,})\s+([a-z]{4,})"
                               r"(?:(?<=a)|(?<=us|um|is|ii|ae|es|or|ix|ax)|(?<=ens))\b")
_LATIN_ENDING = re.compile(r"(?:us|um|a|is|ii|ae|ensis|ata|ica|ina|oides|es|ens|or|ium|ix|ax)$")
# Epithet endings of botanical and zoological Latin that no English word has: a
# patronym (-ii, "sieboldii"), a place (-ensis, "sinensis"), a likeness (-oides), a
# leaf or shape (-ifolia, -iformis), a dedication (-iana, -ianus).
_STRONGLY_LATIN = re.compile(r"(?:ii|ae|ensis|oides|ifolia|iformis|iana|ianus|ianum)$")
_EXPLANATION = re.compile(
    r"^(?:(?:this|that|it|which)\s+(?:means|meant|refers|requires|indicates|is|was|signifies)"
    r"|(?:namely|meaning|referring|in\s+other\s+words|literally)\b"
    r"|i\.\s?e\.)",     # no \b after "i.e.": a dot then a space is no word boundary
    re.I,
)
# Hyphenated words are one word: "golden snub-nosed monkeys".
_PAREN_CHARS = re.compile(r"[()]")
# A word as acronyms are spelt from: hyphens, dashes and clause punctuation split words.
_PART = re.compile(r"[^\s\-–,;:()\"“”]+")
_AUXILIARIES = frozenset("have has had having been be is are was were".split())
# A gerund opening a clause of a list (after a colon or a comma), the clause running on
# to the comma before the next: "three steps: relocating residents ..., building ...".
_GERUND_LISTED = re.compile(r"[:,]\s+([a-z]+ing)\b[^.;:,]*,\s*\Z")
# The auxiliary of a perfect: the word after one that English has as a verb is its
# participle, whatever its form ("have set", "has built").
_PERFECT = frozenset({"have", "has", "had"})
# A past verb earlier in the clause (no full stop, semicolon or comma between, and no
# gerund after its preposition whose object the "and" may coordinate: "supported
# enterprises in producing seasoning packets and prepared dishes (...)").
_PAST_BEFORE_AND = re.compile(r"\b[a-z]+ed\b(?:(?!\b(?:in|of|by|for|on|to) [a-z]+ing\b)[^.;,])*\Z")
# Participles that name what a thing is called, the name after them.
_CALLED = frozenset({"called", "named", "dubbed", "nicknamed", "renamed"})
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_TAIL = 256     # characters before a bracket that end-anchored patterns look at
_LAST_WORD = re.compile(r"(?:^|(?<=[\s\"“‘]))(\S+)$")
# One or two words in capitals (acronyms, checked after) and a lowercase head of one or
# two words at the end of the text before a bracket.
_ACRONYMS_HEADED = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w&-]*[A-Z0-9] )?[A-Z][\w&-]*[A-Z0-9])"
                              r"(?: [a-z][a-z-]+){1,2}$")
_CONNECTORS = frozenset({"and", "of", "the", "for", "in", "on", "&", "to", "with", "de"})
_ARTICLES = frozenset({"a", "an", "the"})
# What stands right before a clause's verb: a subject pronoun or a frequent adverb.
_SUBJECT_LEADS = frozenset({"we", "they", "he", "she", "it", "also", "further", "already",
                            "then", "still", "just", "jointly", "recently",
                            # (a relative clause's subject: "traders who practiced ...")
                            "who", "which"})
# Object pronouns, after which a verb of making or helping has its own verb ("helps us
# fight recycled drugs (...)" glosses "recycled drugs").
_OBJECT_PRONOUNS = frozenset({"us", "them", "him", "her", "me"})
# Subject pronouns: a word after one that English has as a verb is the verb ("we support
# soil remediation (...)").
_PRONOUNS = frozenset({"we", "they", "i", "you"})
# Adjectives that work as determiners (Quirk et al. 1985, 5.17 and 7.21: "same", "other",
# "such" ...): they open a noun phrase, never a term ("share the same Bashu culture").
_SEMI_DETERMINERS = frozenset({"same", "other", "such", "very", "whole", "entire", "own",
                               "various", "certain", "respective"})
_NP_REACH = 300                     # characters looked back for a glossed noun phrase
_NP_CLASSES = frozenset("NJEGPS")   # tagger classes a noun phrase holds (see tagger)
# A plural noun, as an -ing word's subject: "tourists", "farmers" (not "glass", "bus").
_PLURAL = re.compile(r"[A-Za-z]*[^su]s")


@dataclass(frozen=True, slots=True)
class Paren:
    """A parenthetical: offsets of the content (inside the brackets)."""

    start: int
    end: int


def find_parens(text: str) -> list[Paren]:
    """Find balanced top-level parentheticals in a paragraph."""
    found: list[Paren] = []
    if "(" not in text:
        return found    # most paragraphs: a substring test is far faster than a regex scan
    depth, opened = 0, -1
    for m in _PAREN_CHARS.finditer(text):
        i, c = m.start(), m.group()
        if c == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            if depth == 0:
                found.append(Paren(opened + 1, i))
    return found


def harvest(segments: Iterable[Segment]) -> Iterator[Candidate]:
    """Yield glossed terms of every type, with their gloss."""
    # Posts in the speaker list gloss acronyms too: "Ministry of ... (MCT)".
    segs = [seg for seg in segments if seg.role.is_content or seg.role is Role.SPEAKER_LIST]
    texts = [seg.text for seg in segs]
    binomials = _matches(_BINOMIAL_IN_TEXT, texts)
    units = _matches(_UNGLOSSED_UNIT, texts)
    for k, seg in enumerate(segs):
        # The sentence index and the quotes only where a bracket needs them (most
        # paragraphs have none).
        parens = find_parens(seg.text)
        spans: Sentences | None = None
        if parens:
            spans = Sentences(sentences(seg.text))
            quotes = find_quotes(seg.text)
            quote_ends = [q.end for q in quotes]
            for p in parens:
                yield from _glossed(seg, p, spans, quotes, quote_ends)
        if k in binomials:
            yield from _binomials_in_text(seg, spans, *binomials[k])
        if k in units:
            yield from _unglossed_units(seg, spans, *units[k])


def _matches(pattern: re.Pattern[str],
             texts: list[str]) -> dict[int, tuple[list[re.Match[str]], int]]:
    """Per text that has any: the matches of ``pattern``, and where the text starts in the
    string they were found in.

    The texts are searched as one, a NUL between each, in one scan of the regular-expression
    engine instead of a call (and a generator) per paragraph for the few that have a match.
    The patterns searched so (_BINOMIAL_IN_TEXT, _UNGLOSSED_UNIT) match no NUL, nor look
    across one, and see it as they see a text's end: no word character, no space. A text
    that holds a NUL itself (no reader gives one) has each text searched on its own.
    """
    whole = "\0".join(texts)
    if whole.count("\0") != len(texts) - 1:
        return {k: (found, 0) for k, text in enumerate(texts)
                if (found := list(pattern.finditer(text)))}
    starts = list(accumulate([len(text) + 1 for text in texts[:-1]], initial=0))
    out: dict[int, tuple[list[re.Match[str]], int]] = {}
    for m in pattern.finditer(whole):
        k = bisect_right(starts, m.start()) - 1
        got = out.get(k)
        if got is None:
            got = out[k] = ([], starts[k])
        got[0].append(m)
    return out


def _occ(seg: Segment, spans: Sentences, start: int, end: int,
         anchor: int | None = None) -> Occurrence:
    """An occurrence of text[start:end], with the sentence(s) around it and ``anchor``."""
    a = min(start, anchor) if anchor is not None else start
    b = max(end, anchor) if anchor is not None else end
    lo, hi = spans.touching(a, b) or (0, len(seg.text))
    return Occurrence(line=seg.line, speaker=seg.speaker, sentence=seg.text[lo:hi],
                      start=start - lo, end=end - lo)


def _is_acronym(word: str) -> bool:
    return (bool(_ACRONYM.match(word) or _MIXED_ACRONYM.match(word))
            and sum(c.isupper() for c in word) >= 2)


# An acronym whose last word gives more than its initial, in lowercase after it: "TOPCon"
# (tunnel oxide passivated contact). Three capitals at least: a name of two ("WeChat",
# "McDonald") is a word.
_MIXED_ACRONYM = re.compile(r"^[A-Z](?=(?:[a-z]{0,3}[A-Z]){2})[A-Za-z]*[A-Z][a-z]{1,3}$")


# One lowercase noun between a quoted name and a bracket: the name's head.
_HEAD_AFTER_QUOTE = re.compile(r"[\"”’']? [a-z]+(?:-[a-z]+)? ?")


def _glossed(seg: Segment, p: Paren, spans: Sentences, quotes: list[Quote],
             quote_ends: list[int]) -> Iterator[Candidate]:
    text = seg.text
    gloss = " ".join(text[p.start:p.end].split())
    # The text before the bracket is text[:before] (trailing white space left out). It
    # is never copied: on a one-line document a copy per bracket was quadratic.
    before = p.start - 1
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if not gloss or not before:
        return
    if "-" in gloss and _ISOTOPE.fullmatch(gloss):
        isotope = _isotope(seg, p, gloss, before, spans)
        if isotope:
            yield from isotope
            return
    if _is_acronym(gloss):
        found = list(_acronym(seg, p, gloss, before, spans))
        # an acronym none of whose expansions is found may be a unit's symbol ("1.2
        # gigawatts (GW)")
        yield from (len(found) == 1 and _unit_symbol(seg, p, gloss, before, spans)) or found
        return
    if " " in gloss:
        headed = list(_headed_acronym(seg, p, gloss, before, spans))
        if headed:
            yield from headed
            return
    clipped = (_CLIPPED.fullmatch(gloss) and list(_clipped(seg, p, gloss, before, spans))
               or "/" in gloss and list(_clipped_reversed(seg, p, gloss, before, spans)))
    if clipped:
        yield from clipped
        return
    if _UNIT_ABBREVIATION.fullmatch(gloss):
        abbreviated = list(_unit_abbreviation(seg, p, gloss, before, spans))
        if abbreviated:
            yield from abbreviated
            return
    reverse = list(_acronym_reversed(seg, p, before, spans))
    if reverse:
        yield from reverse
        return
    symbol = _unit_symbol(seg, p, gloss, before, spans)
    if symbol:
        yield from symbol
        return
    temperature = _temperature(seg, p, gloss, before, spans)
    if temperature is not None:
        yield temperature
        return
    wind = _wind_force(seg, p, gloss, before, spans)
    if wind is not None:
        yield wind
        return
    if "," in gloss or ";" in gloss:
        # a unit a name counts in, defined after the name's own gloss: the name's gloss
        # is read on
        after = _defined_unit(seg, p, gloss, spans, _DEFINITION_AFTER)
        if after is not None:
            yield after
    unit = (_unit(seg, p, gloss, before, spans) or _defined_unit(seg, p, gloss, spans)
            or _self_defined_unit(seg, p, gloss, before, spans)
            or _unit_by_genus(seg, p, gloss, before, spans)
            or _compound_unit(seg, p, gloss, before, spans)
            or _rate_unit(seg, p, gloss, before, spans))
    if unit is not None:
        yield unit
        return
    reading = _scale_reading(seg, p, gloss, before, spans)
    if reading is not None:
        yield reading
        return
    if _BINOMIAL.match(gloss) and _is_latin(gloss, glossed=True):
        yield from _scientific(seg, p, gloss, before, spans)
        return
    service = _service_number(seg, p, gloss, before, spans)
    if service is not None:
        yield service
        return
    # The parenthetical may sit inside a quoted slogan or right after it. Quotes are
    # disjoint and in order; one that fits ends at before - 1 or later (bisect).
    quote = None
    for k in range(bisect_left(quote_ends, before - 1), len(quotes)):
        q = quotes[k]
        if q.start > p.start:
            break
        if q.start <= p.start - 1 <= q.end + 1 \
                or (q.end < p.start and not text[q.end + 1:p.start - 1].strip()):
            quote = q
            break

    if quote is None and _EXPLANATION.match(gloss):
        k = bisect_left(quote_ends, before - 1) - 1
        if k >= 0 and _HEAD_AFTER_QUOTE.fullmatch(text, quotes[k].end + 1, p.start - 1):
            # `the "Nuanhe No. 1" project (meaning "warm nuclear power")`: the gloss
            # explains the quoted name, not the one common noun after it
            quote = quotes[k]
    if _EXPLANATION.match(gloss) or (quote is not None and len(gloss.split()) >= 6):
        yield from _explained(seg, p, gloss, quote, before, spans)
        return
    defined = _defined_word(seg, p, gloss, before, spans)
    if defined is not None:
        yield defined
    yield from _clarified(seg, p, gloss, before, spans)


def _headed_acronym(seg: Segment, p: Paren, gloss: str, before: int,
                    spans: Sentences) -> Iterator[Candidate]:
    """``free trade accounts (FT accounts)``: an acronym and the head the expansion ends
    in, the acronym spelling the words before that head: the short form is the acronym
    with its head, as the text goes on to say it."""
    acro, _, head = gloss.partition(" ")
    if not head.isalpha() or not head.islower() or not _is_acronym(acro):
        return
    last = _LAST_WORD.search(seg.text, max(0, before - 40), before)
    if last is None or last.group(1).lower() != head:
        return
    end = last.start(1)
    while end > 0 and seg.text[end - 1].isspace():
        end -= 1
    found = _expansion_before(seg.text, end, acro) if end else None
    if found is None:
        return
    s = found[0]
    yield from _pair(" ".join(seg.text[s:before].split()),
                     _occ(seg, spans, s, before, anchor=p.end), gloss,
                     _occ(seg, spans, p.start, p.end), 0.9, "acronym with its head")


# A Roman numeral up to 39, as a series numbers its parts ("Amendment (XI)").
_ROMAN_NUMERAL = re.compile(ROMAN_NUMERAL)

# The number an acronym opens with, said before its expansion: "3rd" for "3GPP".
_ACRONYM_NUMBER = re.compile(r"(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)? \Z")


def _acronym(seg: Segment, p: Paren, acro: str, before: int,
             spans: Sentences) -> Iterator[Candidate]:
    """``Expansion (ACR)``: the acronym and its expansion, paired."""
    found = _expansion_before(seg.text, before, acro)
    if found is None and acro[:1].isdigit():
        found = _coded_expansion(seg.text, before, acro)
    acro_occ = _occ(seg, spans, p.start, p.end)
    if found is None and _ROMAN_NUMERAL.fullmatch(acro):
        return      # a part's number in brackets, no acronym: "Criminal Law Amendment
                    # (XI)" (刑法修正案(十一)), "small (II) reservoirs"
    if found is None:
        # An acronym in brackets after a name it does not spell letter for letter
        # ("United Nations Children's Fund (UNICEF)", "Beidou Navigation Satellite System
        # (BDS)"): the brackets gloss it all the same, it ranks with the names.
        yield Candidate(term=acro, kind=Kind.ACRONYM, score=0.75, occurrence=acro_occ,
                        evidence="parenthesised acronym; no expansion found before it")
        return
    s, e = found
    lead = _ACRONYM_NUMBER.search(seg.text, max(0, s - 12), s)
    if lead is not None and acro.startswith(lead.group(1)):
        s = lead.start()    # "3rd Generation Partnership Project (3GPP)": its number too
    exp = " ".join(seg.text[s:e].split())
    yield from _pair(exp, _occ(seg, spans, s, e, anchor=p.end), acro, acro_occ, 0.95,
                     "acronym")


def _pair(exp: str, exp_occ: Occurrence, abbr: str, abbr_occ: Occurrence, score: float,
          what: str) -> Iterator[Candidate]:
    """``Expansion (ABBR)``: the expansion and the acronym or abbreviation in the bracket
    after it, each glossed by the other."""
    yield Candidate(term=exp, kind=Kind.EXPANSION, score=score, occurrence=exp_occ,
                    gloss=Gloss(GlossType.ACRONYM, abbr), related=abbr,
                    evidence=f"expanded {what}: glossed as ({abbr})")
    yield Candidate(term=abbr, kind=Kind.ACRONYM, score=score, occurrence=abbr_occ,
                    gloss=Gloss(GlossType.ACRONYM, exp), related=exp,
                    evidence=f"{what} of '{exp}'")


def _pair_reversed(abbr: str, abbr_occ: Occurrence, exp: str, exp_occ: Occurrence,
                   what: str) -> Iterator[Candidate]:
    """``ABBR (Expansion)``: the expansion in the bracket and the acronym or abbreviation
    before it, each glossed by the other."""
    yield Candidate(term=exp, kind=Kind.EXPANSION, score=0.9, occurrence=exp_occ,
                    gloss=Gloss(GlossType.ACRONYM, abbr), related=abbr,
                    evidence=f"expansion of the {what} before it ({abbr})")
    yield Candidate(term=abbr, kind=Kind.ACRONYM, score=0.9, occurrence=abbr_occ,
                    gloss=Gloss(GlossType.ACRONYM, exp), related=exp,
                    evidence=f"{what} glossed as ({exp})")


# A lowercase abbreviation of hyphenated parts (`ro-ro`, `lo-lo`).
_CLIPPED = re.compile(r"[a-z]{2,4}(?:-[a-z]{2,4})+")


def _clipped(seg: Segment, p: Paren, gloss: str, before: int,
             spans: Sentences) -> Iterator[Candidate]:
    """``roll-on/roll-off (ro-ro)``: a lowercase abbreviation each of whose parts spells
    the initials of one of the slashed compounds before it."""
    text = seg.text
    start = text.rfind(" ", max(0, before - _TAIL), before) + 1
    word = text[start:before]
    if not _spells_compounds(gloss, word):
        return
    yield from _pair(word, _occ(seg, spans, start, before, anchor=p.end), gloss,
                     _occ(seg, spans, p.start, p.end), 0.9, "abbreviation")


# A unit's lowercase abbreviation: "tce" for "tons of standard coal equivalent".
_UNIT_ABBREVIATION = re.compile(r"[a-z]{2,5}")
# A figure and the lowercase words of a unit after it, up to the bracket.
_UNIT_WORDS_BEFORE = re.compile(rf"(?<![\w.,]){numbers.QUANTITY}\s+((?:[a-z]+\s+){{0,5}}[a-z]+)\s*$",
                                re.I)


_SCALE_BEFORE = re.compile(r"\b(thousand|million|billion|trillion)\s+\Z", re.I)


def _unit_abbreviation(seg: Segment, p: Paren, gloss: str, before: int,
                       spans: Sentences) -> Iterator[Candidate]:
    """``5.4 billion tons of standard coal equivalent (tce)``: a unit's words after a
    figure, the first a unit, and the lowercase abbreviation in the bracket spelling the
    initials of some of them, the first word's and the last's among them."""
    m = _UNIT_WORDS_BEFORE.search(seg.text, max(0, before - _TAIL), before)
    if m is None:
        return
    words = m.group(1).split()
    if not (_is_unit(words[0]) or words[0] in ("cubic", "square") and len(words) > 1
            and _is_unit(words[1])):
        return
    start = m.start(1)
    if not _initials_of(gloss, [w[0] for w in words]):
        # a scale word is the unit's first initial: "38 billion cubic meters (bcm)",
        # "16.5 million tons per annum (mtpa)"
        scale = _SCALE_BEFORE.search(seg.text, m.start(), m.start(1))
        if scale is None or not _initials_of(gloss, [scale.group(1)[0]] + [w[0] for w in words]):
            return
        words.insert(0, scale.group(1).lower())
        start = scale.start(1)
    yield from _pair(" ".join(words), _occ(seg, spans, start, m.end(1), anchor=p.end),
                     gloss, _occ(seg, spans, p.start, p.end), 0.9, "unit abbreviation")


def _initials_of(abbr: str, initials: list[str]) -> bool:
    """Whether ``abbr`` spells the first initial, some of the ones between and the last."""
    if (len(abbr) < 2 or len(initials) < len(abbr) or abbr[0] != initials[0]
            or abbr[-1] != initials[-1]):
        return False
    k = 1
    for letter in abbr[1:-1]:
        while k < len(initials) - 1 and initials[k] != letter:
            k += 1
        if k >= len(initials) - 1:
            return False
        k += 1
    return True


def _spells_compounds(abbr: str, word: str) -> bool:
    """Whether each hyphened part of ``abbr`` spells the initials of one of the slashed
    compounds of ``word`` (`ro-ro`, `roll-on/roll-off`)."""
    compounds = word.split("/")
    parts = abbr.split("-")
    return len(compounds) == len(parts) and all(
        "".join(w[:1] for w in c.split("-")).lower() == part
        for c, part in zip(compounds, parts, strict=True))


def _clipped_reversed(seg: Segment, p: Paren, gloss: str, before: int,
                      spans: Sentences) -> Iterator[Candidate]:
    """``ro-ro (roll-on/roll-off)``: the abbreviation before, the compounds in the
    bracket."""
    text = seg.text
    start = text.rfind(" ", max(0, before - _TAIL), before) + 1
    abbr = text[start:before]
    if not _CLIPPED.fullmatch(abbr) or not _spells_compounds(abbr, gloss):
        return
    yield from _pair_reversed(abbr, _occ(seg, spans, start, before, anchor=p.end), gloss,
                              _occ(seg, spans, p.start, p.end, anchor=start), "abbreviation")


def _acronym_reversed(seg: Segment, p: Paren, before: int,
                      spans: Sentences) -> Iterator[Candidate]:
    """``ACR (Expansion)``: an acronym whose parenthesis spells it out."""
    # End-anchored patterns are searched from a tail of the text only: searched from the
    # line's start, every bracket of a one-line document rescanned the whole line.
    # A "word" longer than the tail (no space in it) is no acronym: searching the whole
    # line for it made a line of brackets and no spaces quadratic.
    text = seg.text
    last = _LAST_WORD.search(text, max(0, before - _TAIL), before)
    if last is None:
        return
    acro = last.group(1).strip("\"“”‘’'")
    if not acro:
        return
    a0 = last.start(1) + last.group(1).index(acro)
    if not _is_acronym(acro):
        # `the UHV AC project (ultra-high voltage alternating current)`: one or two
        # acronyms before a lowercase head of a word or two, the bracket spelling them.
        headed = _ACRONYMS_HEADED.search(text, max(0, before - _TAIL), before)
        if headed is None or not all(map(_is_acronym, headed.group(1).split())):
            return
        acro, a0 = " ".join(headed.group(1).split()), headed.start(1)
    inner = text[p.start:p.end]
    found = expansion(inner, acro.replace(" ", ""))
    if found is None and "-" in acro:
        # `5G-A (5G-Advanced)`: a coded acronym, the bracket its one coded word
        found = _coded_expansion(inner, len(inner.rstrip()), acro)
    # The whole parenthesis must be the expansion (a leading "the" aside).
    if found is None or inner[:found[0]].strip().lower() not in ("", "the"):
        return
    if inner[found[1]:].strip():
        return
    s, e = p.start + found[0], p.start + found[1]
    exp = " ".join(text[s:e].split())
    yield from _pair_reversed(acro, _occ(seg, spans, a0, a0 + len(acro), anchor=p.end), exp,
                              _occ(seg, spans, s, e, anchor=a0), "acronym")


def expansion(before: str, acro: str) -> tuple[int, int] | None:
    """Find the words at the end of ``before`` whose initials spell ``acro``.

    Words split at hyphens, so ``small and medium-sized enterprises`` spells
    SME(s) and ``China-Shanghai Cooperation Organization`` ends in SCO.
    Connectors (and, of, the ...) and inner parts of hyphenated words may be
    skipped. Returns the span in ``before`` or None.
    """
    return _expansion_before(before, len(before), acro)


def _coded_expansion(text: str, before: int, acro: str) -> tuple[int, int] | None:
    """``5G-Advanced (5G-A)``: an acronym led by a technology's code (tagger.CODE) stands
    for the word before it that starts with the same code, when the words after the code
    give the acronym's letters after it."""
    code, _, rest = acro.partition("-")
    start = text.rfind(" ", 0, before) + 1
    word = text[start:before]
    if not rest or not word.startswith(code + "-"):
        return None
    initials = "".join(w[:1] for w in re.split(r"[-\s]+", word[len(code) + 1:]) if w)
    return (start, before) if initials.lower() == rest.lower() else None


# A comma between two capitalised words, and the capitalised word that ends the text
# before it (the comma at the match's second character).
_TITLE_COMMA = re.compile(r"[a-z], [A-Z]")
_TITLE_WORD = re.compile(r"(?<![^\s(])[A-Z][a-z]+\Z")


def _expansion_before(text: str, before: int, acro: str) -> tuple[int, int] | None:
    """:func:`expansion` of ``text[:before]``, copying only the tail it reads."""
    letters = [c.lower() for c in acro if c.isalpha()]
    if acro.endswith("s") and acro[:-1].isupper():
        letters = letters[:-1]                  # plural acronym: SMEs
    # Only the last few words can spell the acronym: look at a tail of the text, not the
    # whole line before the bracket (a one-line document made every bracket rescan it).
    keep = len(letters) * 3 + 2
    tail = keep * 64
    if before > tail:
        offset = before - tail
        window = text[offset:before]
        if len(_PART.findall(window)) > keep:   # enough whole words in it
            found = _expansion(window, letters, keep)
            return None if found is None else (found[0] + offset, found[1] + offset)
    return _expansion(text[:before], letters, keep)


def _expansion(before: str, letters: list[str], keep: int) -> tuple[int, int] | None:
    # Stop at the clause boundary: only the words after the last , ; : ( " count (no
    # word holds one of them, so the scan starts after it). A part is (start, end,
    # continues a hyphenated word).
    cut = max(before.rfind(ch) for ch in ",;:(\"“”")
    while cut > 0 and _TITLE_COMMA.match(before, cut - 1) and _TITLE_WORD.search(before, 0, cut):
        # a comma inside a name's title-case list of fields: "United Nations
        # Educational, Scientific and Cultural Organization (UNESCO)"
        cut = max(before.rfind(ch, 0, cut) for ch in ",;:(\"“”")
    if before[cut:cut + 1] == ",":
        listed = _LOWER_LIST.search(before, max(0, cut - 40))
        if listed is not None and listed.start() < cut:
            # a lowercase list of single words, all spelled: "positioning, navigation
            # and timing (PNT)"
            cut = listed.start() - 1
    parts = [(m.start(), m.end(), m.start() > 0 and before[m.start() - 1] == "-")
             for m in _PART.finditer(before, cut + 1)][-keep:]
    if not parts:
        return None
    last_s, last_e, _ = parts[-1]
    if not letters or not _gives(before[last_s:last_e], letters, len(letters) - 1):
        return None
    words = [before[s:e] for s, e, _ in parts]
    # The first letter of each whole word (a hyphened word's first part's).
    whole = [before[s] for s, _, joined in parts if not joined]
    at = list(accumulate(not joined for _, _, joined in parts))     # 1-based whole word
    skippable = [w.lower() in _CONNECTORS or joined or w[0].isdigit()
                 or (1 < at[i] < len(whole) and w.islower()
                     and whole[at[i] - 2].isupper() and whole[at[i]].isupper())
                 for i, (w, (_, _, joined)) in enumerate(zip(words, parts, strict=True))]
    # (a lowercase word inside a capitalised name gives it no letter: "Five-hundred-meter
    # Aperture Spherical radio Telescope (FAST)", "Large Area gamma-ray Survey Telescope")
    first = _spelled(words, skippable, letters, len(letters) - 1, len(parts) - 1, {})
    if first is None:
        return None
    start = parts[first][0]
    # A match that starts inside a lowercase hyphenated word takes the whole word
    # (state-owned); one that starts at a proper-name part does not (China-Shanghai).
    while parts[first][2] and first > 0 and before[parts[first - 1][0]].islower():
        first -= 1
        start = parts[first][0]
    if before[start:].split()[0].lower() in FUNCTION_WORDS:
        return None
    prev = _DOUBLED.search(before, max(0, start - 40), start)
    if (prev is not None and before[start:start + 1].isupper()
            and prev.group(1) == before[start] and prev.group(1).lower() == letters[0]):
        # `National Natural Science Foundation of China (NSFC)`: one initial for two
        # capitalised words that start alike; the name is the whole of it
        start = prev.start()
    return start, parts[-1][1]


# A list of lowercase single words with its "and" that ends the text before a bracket.
_LOWER_LIST = re.compile(r"(?<![\w-])[a-z]+(?:, [a-z]+)+,? and [a-z]+\Z")
# The capitalised word right before an expansion, its initial in group 1.
_DOUBLED = re.compile(r"(?<![\w'’-])([A-Z])[a-z]+ \Z")


def _gives(word: str, letters: list[str], li: int) -> list[int]:
    """How many of the acronym's letters up to ``letters[li]`` ``word`` can give, in the
    order to try: an acronym inside the expansion all its letters ("messenger RNA
    (mRNA)", "UN Environment Assembly (UNEA)"), its initial, then for a syllabic
    acronym its first three or two letters (COMmerce in MOFCOM, CO in COSCO)."""
    n = len(word)
    out = [n] if (1 < n <= li + 1 and word.isupper()
                  and "".join(letters[li - n + 1:li + 1]) == word.lower()) else []
    word = word.lower()
    if word[0] == letters[li]:
        out.append(1)
    if len(letters) >= _SYLLABIC_MIN:
        out += [k for k in range(min(_SYLLABLE, len(word), li + 1), 1, -1)
                if word[:k] == "".join(letters[li - k + 1:li + 1])]
    return out


_SYLLABIC_MIN = 5      # letters an acronym needs before words may give it several each
_SYLLABLE = 3          # the most letters one word gives a syllabic acronym


def _spelled(words: list[str], skippable: list[bool], letters: list[str], li: int, pi: int,
             memo: dict[tuple[int, int], int | None]) -> int | None:
    """The index of the word that matched ``letters[0]`` when ``letters[:li + 1]`` are
    matched backwards against the initials of ``words[:pi + 1]``, a connector, a digit or
    a hyphenated word's inner part skipped where needed; None if they cannot be. Memoised
    in ``memo``: without it the skip/take choices make the search exponential."""
    if li < 0:
        return pi + 1
    if pi < 0:
        return None
    if (li, pi) in memo:
        return memo[li, pi]
    got = None
    # Its initial, or a syllabic acronym's first letters of it: MOFCOM is "Ministry of
    # Commerce" (M, OF, COM), COSCO "China Ocean Shipping Company" (C, O, S, CO).
    for k in _gives(words[pi], letters, li):
        got = _spelled(words, skippable, letters, li - k, pi - 1, memo)
        if got is not None:
            break
    if got is None and skippable[pi]:
        got = _spelled(words, skippable, letters, li, pi - 1, memo)
    memo[li, pi] = got
    return got


def _unit(seg: Segment, p: Paren, gloss: str, before: int,
          spans: Sentences) -> Candidate | None:
    """``258 million mu (about 17.2 million hectares)``: unit, quantities, factor."""
    src = _SOURCE.search(seg.text, max(0, before - _TAIL), before)    # a quantity and its unit
    tgt = _TARGET.match(gloss)
    if not tgt or not tgt.group(4) and not tgt.group(2):
        return None
    if src:
        said, unit, at = src.group(1), src.group(2), src.start(2)
        if tgt.group(5):
            said = "1"      # the size of one: "5 mu (about 667 square meters each)"
    else:
        # "output per mu (about 667 square meters)": one unit, glossed by its size
        one = (_ONE_UNIT.search(seg.text, max(0, before - _TAIL), before)
               or _BARE_UNIT.search(seg.text, max(0, before - _TAIL), before))
        if one is None or one.group(1).lower().rsplit(None, 1)[-1] not in CHINESE_UNITS:
            return None
        said, unit, at = "1", one.group(1), one.start(1)
    if not _is_unit(unit) or tgt.group(4) and not _is_unit(_PER.split(tgt.group(4))[0]):
        return None
    # A range is glossed by a range, bound for bound: "2 to 3 knots (about 3.7 to 5.6
    # kilometers per hour)"; the upper bounds give the factor.
    if (_RANGE_TO.search(gloss, 0, tgt.start(3)) is not None
            and (src is None or _RANGE_TO.search(seg.text, max(0, src.start(1) - 40),
                                                 src.start(1)) is None)):
        return None
    try:
        q_src = numbers.parse(said)
        q_tgt = numbers.parse(tgt.group(3))
    except ValueError:
        return None
    return _unit_candidate(seg, spans, p, gloss, at, unit, q_src.value, tgt, q_tgt.value,
                           f"unit conversion: {said} {unit} = {gloss}")


# A unit's symbol and its name, one glossing the other after a figure: "300 Wh/kg
# (watt-hours per kilogram)", "350 kilometers per hour (km/h)", "1.2 GW (gigawatts)". The
# symbol is letters (a digit for a power: m3) in parts joined by "/", the name its parts
# joined by "per"; each word of a part's name gives the symbol's next letter with its
# own first letter and may give more from inside it ("km": kilometers), and "square" or
# "cubic" stand for the digit. Pairs as an acronym and its expansion do.
_SYMBOL_TEXT = (r"(?:[a-zμµ]{0,2}(?:" + "|".join(FORMULAS) + r")e?|"
                r"[A-Za-zμµ]{1,4}(?:·[A-Za-z]{1,3})?[23²³]?)(?:/[A-Za-zμµ]{1,3}[23²³]?){0,2}")
# (a chemical formula inside a symbol is spelled by its name, which gives no letter of
# its own: "gCO2/kWh", grams of carbon dioxide per kilowatt-hour; lexicon.FORMULAS)
# (a micro sign stands for "micro", a superscript for the power: "μg/m³"; a middle dot
# multiplies two units and says nothing itself: "N·m/kg")
_SYMBOL_LETTERS = str.maketrans({"μ": "m", "µ": "m", "²": "2", "³": "3", "·": None})
_NAME_TEXT = r"[a-z]+(?:-[a-z]+)?(?: [a-z]+(?:-[a-z]+)?){0,6}"
_SYMBOL = re.compile(_SYMBOL_TEXT)
_SYMBOL_NAME = re.compile(_NAME_TEXT)
_SYMBOL_BEFORE = re.compile(rf"(?<![\w.,]){numbers.QUANTITY}\s*({_SYMBOL_TEXT})\s*$")
_NAME_BEFORE = re.compile(rf"(?:(?<![\w.,]){numbers.QUANTITY}[\s-]+|(?<![\w-])(?:measured|"
                          rf"expressed|stated) in )({_NAME_TEXT})\s*$")
# (a unit named where a measure is said in it: "measured in tonnes of carbon dioxide
# equivalent (tCO2e)")
_POWERS = frozenset({"square", "cubic"})
# Words inside a unit's name that give its symbol no letter: the qualifier of a ton and
# of coal (公吨, 标准煤).
_UNSPELLED = frozenset({"metric", "standard"})


def _unit_symbol(seg: Segment, p: Paren, gloss: str, before: int,
                 spans: Sentences) -> list[Candidate]:
    """A unit's symbol glossed by its name after a figure, or its name by its symbol."""
    symbolic = _SYMBOL.fullmatch(gloss) is not None
    if "/" in gloss or len(gloss) <= 3 or symbolic and not gloss.islower():
        if not symbolic:
            return []
        m = _NAME_BEFORE.search(seg.text, max(0, before - 80), before)
        if m is None:
            return []
        name, s = _spelled_by(m.group(1), gloss)
        if not name:
            return []
        s += m.start(1)
        e = s + len(name)
        symbol, sym_s, sym_e = gloss, p.start, p.end
    else:
        if not _SYMBOL_NAME.fullmatch(gloss):
            return []
        m = _SYMBOL_BEFORE.search(seg.text, max(0, before - 60), before)
        if m is None or _spelled_by(gloss, m.group(1))[0] != gloss:
            return []
        name, s, e = gloss, p.start, p.end
        symbol, sym_s, sym_e = m.group(1), m.start(1), m.end(1)
    how = "unit symbol and its name, one glossing the other after a figure"
    return [
        Candidate(term=symbol, kind=Kind.ACRONYM, score=0.8,
                  occurrence=_occ(seg, spans, sym_s, sym_e), related=name,
                  gloss=Gloss(GlossType.ACRONYM, name), evidence=f"{how}: {symbol} = {name}"),
        Candidate(term=name, kind=Kind.EXPANSION, score=0.8,
                  occurrence=_occ(seg, spans, s, e), related=symbol,
                  gloss=Gloss(GlossType.ACRONYM, symbol), evidence=f"{how}: {name} = {symbol}"),
    ]


def _spelled_by(words: str, symbol: str) -> tuple[str, int]:
    """The end of ``words`` that spells ``symbol`` as its name, and where it starts in
    ``words`` ("about 350 kilometers per hour", "km/h" -> "kilometers per hour");
    ("", 0) if no end of it does."""
    spelled = words
    for formula, names in FORMULAS.items():
        if formula in symbol:
            low = words.lower()
            at = max(low.rfind(name) for name in names)
            if at < 0:
                return "", 0
            name = next(n for n in names if low.startswith(n, at))
            # (the name's place is kept: what comes before it gives the name's start)
            symbol = symbol.replace(formula, "", 1)
            spelled = spelled[:at] + " " * len(name) + spelled[at + len(name):]
    found, start = _spelled_by_letters(spelled, symbol)
    return (words[start:].rstrip(), start) if found else ("", 0)


def _spelled_by_letters(words: str, symbol: str) -> tuple[str, int]:
    """:func:`_spelled_by`, the symbol's chemical formulas and their names taken out."""
    parts = symbol.lower().translate(_SYMBOL_LETTERS).split("/")
    named = words.split(" per ")
    if len(parts) == 1 and len(named) == 2:
        named = [words]     # a rate's symbol of one part: "per" gives its letter ("fps")
    if len(named) != len(parts) or any(not n.strip() for n in named):
        return "", 0
    # The later parts name their symbol's parts whole; the first part's name may come
    # after other words: it is the longest end that spells it ("cubic meters", not
    # "meters", for "m3").
    first = named[0].split()
    for k in range(len(first)):
        if _spells(first[k:], parts[0], measured=len(parts) > 1):
            rest = zip(named[1:], parts[1:], strict=True)
            if not all(_spells(n.split(), part) for n, part in rest):
                return "", 0
            start = len(" ".join(first[:k])) + (1 if k else 0)
            lead = len(words) - len(words.lstrip())
            return words[lead + start:].rstrip(), lead + start
    return "", 0


def _spells(words: list[str], part: str, measured: bool = False) -> bool:
    """Each word gives the symbol ``part`` its next letter first, and perhaps more from
    inside it; "square" and "cubic" give none (the symbol's digit says them), nor does an
    "of" inside the name, nor a ton's "metric" or coal's "standard"; the first part of a
    rate (``measured``) may end in what it measures after "of" ("tonnes of steam per
    hour", t/h)."""
    letters = [c for c in part if c.isalpha()]
    if not letters or not words or len(" ".join(words)) <= len(part) + 1:
        return False

    def fits(wi: int, li: int) -> bool:
        if wi == len(words):
            return li == len(letters)
        word = words[wi].lower()
        if word in _POWERS and part[-1:] in "23" or word == "of" and wi:
            return fits(wi + 1, li)     # (nor does "of": "grams of coal equivalent", gce)
        if word in _UNSPELLED and wi + 1 < len(words):
            return fits(wi + 1, li)     # "metric ton" (t), "of standard coal equivalent" (ce)
        if measured and li == len(letters) and wi and words[wi - 1].lower() == "of":
            return True     # what a rate measures after "of": "tonnes of steam" (t/h)
        if li == len(letters) or word[0] != letters[li]:
            return False
        # the word gives its first letter, then any run of the next letters it holds in
        # order; the words after it give the rest
        li += 1
        at = 1
        while True:
            if fits(wi + 1, li):
                return True
            if li == len(letters):
                return False
            at = word.find(letters[li], at) + 1
            if not at:
                return False
            li += 1

    return fits(0, 0)


# An isotope's name and its symbol, one glossing the other: "lutetium-177 (Lu-177)",
# "Mo-99 (molybdenum-99)"; the element's name gives its symbol (lexicon.ELEMENTS) and
# both give the same mass number. Pairs as an acronym and its expansion do.
_ISOTOPE_TEXT = r"([A-Za-z]{1,13})-(\d{1,3}m?)"
_ISOTOPE = re.compile(_ISOTOPE_TEXT)
_ISOTOPE_BEFORE = re.compile(rf"(?<![\w-]){_ISOTOPE_TEXT}\s*$")


def _isotope(seg: Segment, p: Paren, gloss: str, before: int,
             spans: Sentences) -> list[Candidate]:
    """An isotope's symbol glossed by its name or its name by its symbol."""
    m = _ISOTOPE_BEFORE.search(seg.text, max(0, before - 20), before)
    g = _ISOTOPE.fullmatch(gloss)
    if m is None or g is None or m.group(2) != g.group(2):
        return []
    said, glossing = m.group(1), g.group(1)
    if ELEMENTS.get(said.lower()) == glossing:
        name_at, symbol_at = m.span(), (p.start, p.end)
    elif ELEMENTS.get(glossing.lower()) == said:
        name_at, symbol_at = (p.start, p.end), m.span()
    else:
        return []
    name = seg.text[name_at[0]:name_at[1]]
    symbol = seg.text[symbol_at[0]:symbol_at[1]]
    how = "an isotope's symbol and its name, one glossing the other"
    return [
        Candidate(term=symbol, kind=Kind.ACRONYM, score=0.8,
                  occurrence=_occ(seg, spans, *symbol_at), related=name,
                  gloss=Gloss(GlossType.ACRONYM, name), evidence=f"{how}: {symbol} = {name}"),
        Candidate(term=name, kind=Kind.EXPANSION, score=0.8,
                  occurrence=_occ(seg, spans, *name_at), related=symbol,
                  gloss=Gloss(GlossType.ACRONYM, symbol), evidence=f"{how}: {name} = {symbol}"),
    ]


# A reading on a graded scale, the scale's word before its number ("winds of force 17",
# "a Category 5 hurricane"), and a gloss that states the measure it stands for ("over 56
# meters per second"): a figure, its unit, and perhaps "per" another.
_SCALE = re.compile(r"(?<![\w-])((?:force|grade|category)\s+\d{1,2})\s*$", re.I)
_MEASURED_GLOSS = re.compile(rf"^(?:(?:{_APPROX})\s+)?{numbers.QUANTITY}\s+[a-z]+"
                             r"(?:\s+(?:per|an|a)\s+[a-z]+)?$", re.I)


def _scale_reading(seg: Segment, p: Paren, gloss: str, before: int,
                   spans: Sentences) -> Candidate | None:
    """``force 17 (over 56 meters per second)``: a reading on a scale, glossed by what it
    measures; the reading is the term a glossary renders (a wind force, a grade)."""
    m = _SCALE.search(seg.text, max(0, before - _TAIL), before)
    if m is None or not _MEASURED_GLOSS.match(gloss):
        return None
    s, e = m.span(1)
    return Candidate(term=" ".join(m.group(1).split()), kind=Kind.CLARIFIED, score=0.8,
                     occurrence=_occ(seg, spans, s, e, anchor=p.end),
                     gloss=Gloss(GlossType.CLARIFICATION, gloss),
                     evidence=f"a reading on a scale, glossed by its measure ({gloss})")


def _unit_candidate(seg: Segment, spans: Sentences, p: Paren, gloss: str, at: int, unit: str,
                    quantity: float, tgt: re.Match[str], target_quantity: float,
                    how: str) -> Candidate:
    """The UNIT candidate for ``unit`` at ``at``, glossed by ``tgt`` (a :data:`_TARGET`
    match: the target quantity and unit), with its conversion factor."""
    target_unit = " ".join((tgt.group(4) or "").split()) or "US dollars"
    g = Gloss(GlossType.UNIT, gloss, unit=unit, quantity=quantity,
              target_unit=target_unit, target_quantity=target_quantity,
              approximate=bool(tgt.group(1)))
    chinese = unit.lower() in CHINESE_UNITS
    factor = f"{g.factor:.6g}" if g.factor is not None else "?"
    return Candidate(
        term=unit, kind=Kind.UNIT, score=0.9 if chinese else 0.5,
        occurrence=_occ(seg, spans, at, at + len(unit), anchor=p.end), gloss=g,
        related=target_unit, evidence=f"{how} (1 {unit} = {factor} {target_unit})",
    )


# A temperature glossed on the other scale: "minus 30 degrees Celsius (minus 22 degrees
# Fahrenheit)", "35°C (95°F)". The scales are affine (F = C x 9/5 + 32), so the pair is
# checked by that formula to the precision written, and no factor is stored.
_SIGNED = rf"(?:(minus|-|−)\s*)?({numbers.QUANTITY})"
_SCALE_NAME = r"\s*(degrees?\s+(?:(Celsius|centigrade)|Fahrenheit)\b|°\s?(?:(C)|F)\b)"
_TEMPERATURE_BEFORE = re.compile(rf"(?<![\w.,]){_SIGNED}{_SCALE_NAME}\s*$", re.I)
_TEMPERATURE_GLOSS = re.compile(rf"^(?:(?:{_APPROX})\s+)?{_SIGNED}{_SCALE_NAME}$", re.I)


# A grade of the Beaufort scale as China's weather service extends it (风力17级), said
# before its speed in brackets: "winds of force 17 (more than 61 meters per second)".
_WIND_FORCE = re.compile(r"(?<![\w-])[Ff]orce \d{1,2}(?: to \d{1,2})?\Z")
_WIND_SPEED = re.compile(r"\bmeters? per second\b|\bm/s\b|\bkilometers? per hour\b")


def _wind_force(seg: Segment, p: Paren, gloss: str, before: int,
                spans: Sentences) -> Candidate | None:
    """``winds of force 17 (more than 61 meters per second)``: a wind force glossed by its
    speed, a grade a glossary renders as said."""
    if not _WIND_SPEED.search(gloss):
        return None
    m = _WIND_FORCE.search(seg.text, max(0, before - 20), before)
    if m is None:
        return None
    said = m.group()
    return Candidate(term=said, kind=Kind.CLARIFIED, score=0.8,
                     occurrence=_occ(seg, spans, m.start(), m.end(), anchor=p.end),
                     gloss=Gloss(GlossType.CLARIFICATION, gloss), related=gloss,
                     evidence=f"a wind force glossed by its speed ({gloss})")


def _temperature(seg: Segment, p: Paren, gloss: str, before: int,
                 spans: Sentences) -> Candidate | None:
    """``minus 30 degrees Celsius (minus 22 degrees Fahrenheit)``: the scale said first is
    the term, glossed by the other."""
    tgt = _TEMPERATURE_GLOSS.match(gloss)
    src = tgt and _TEMPERATURE_BEFORE.search(seg.text, max(0, before - 60), before)
    if not tgt or not src:
        return None
    celsius = bool(src.group(4) or src.group(5))
    if celsius == bool(tgt.group(4) or tgt.group(5)):
        return None
    try:
        said, written = numbers.parse(src.group(2)), numbers.parse(tgt.group(2))
    except ValueError:
        return None
    value = -said.value if src.group(1) else said.value
    expected = value * 9 / 5 + 32 if celsius else (value - 32) * 5 / 9
    if tgt.group(1):
        expected = -expected
    # to the precision written, or to the nearest degree (conversions round to it)
    if not numbers.close_enough(expected, written) and abs(expected - written.value) > 0.5:
        return None
    term, target = " ".join(src.group(3).split()), " ".join(tgt.group(3).split())
    return Candidate(term=term, kind=Kind.UNIT, score=0.8,
                     occurrence=_occ(seg, spans, src.start(3), src.end(3), anchor=p.end),
                     gloss=Gloss(GlossType.UNIT, gloss, unit=term, target_unit=target),
                     related=target,
                     evidence=f"a temperature glossed on the other scale: "
                              f"{' '.join(src.group(0).split())} = {gloss}")


# A service's short number glossed by what it is: "call 12119 (the national hotline for
# reporting forest and grassland fires)", "12315 (the consumer complaints line)". China's
# public hotlines are named by their numbers; the number is the term a glossary renders.
_SHORT_NUMBER = re.compile(r"(?<![\w.,$€£¥-])\d{3,6}\Z")
_SERVICE_GLOSS = re.compile(r"\b(?:hot|help|service |complaints? |reporting )lines?\b")


def _service_number(seg: Segment, p: Paren, gloss: str, before: int,
                    spans: Sentences) -> Candidate | None:
    """``12119 (the national hotline for reporting forest fires)``: a hotline's number."""
    text = seg.text
    if not text[before - 1].isdigit():
        return None
    m = _SHORT_NUMBER.search(text, max(0, before - 7), before)
    if m is None or not _SERVICE_GLOSS.search(gloss) or 1900 <= int(m.group()) <= 2100:
        return None
    return Candidate(term=m.group(), kind=Kind.CLARIFIED, score=0.8,
                     occurrence=_occ(seg, spans, m.start(), m.end(), anchor=p.end),
                     gloss=Gloss(GlossType.CLARIFICATION, gloss),
                     evidence=f"a service's number glossed by what it is ({gloss})")


# A gloss that defines a unit: "one liang is 50 grams", "1 jin = 0.5 kilograms".
_DEFINITION = re.compile(r"^\s*(?:one|1|a|each)\s+([a-zA-Z]+)\s+(?:is|equals|=|is equal to)\s+(.+)$",
                         re.I)


_HALF = re.compile(r"\bhalf\s+an?\s+", re.I)


def _defined_unit(seg: Segment, p: Paren, gloss: str, spans: Sentences,
                  definition: re.Pattern[str] | None = None) -> Candidate | None:
    """``a few liang (one liang is 50 grams)``: a Chinese unit defined in its gloss; or
    (``definition``: _DEFINITION_AFTER) after what the gloss says of a name that counts in
    it (``Qianli Changsha (literally "thousand-li sands," a li being about half a
    kilometer)``)."""
    m = _DEFINITION.match(gloss) if definition is None else definition.search(gloss)
    if m is None or m.group(1).lower() not in CHINESE_UNITS:
        return None
    size = _size(m.group(2))
    if size is None:
        return None
    tgt, quantity = size
    unit = m.group(1)
    inside = seg.text.find(gloss, p.start, p.end)
    at = inside + m.start(1) if inside >= 0 else seg.text.find(unit, p.start, p.end)
    return _unit_candidate(seg, spans, p, gloss, at, unit, 1.0, tgt, quantity,
                           f"unit defined: {gloss}")


# ... said after a comma, the unit's size given by "being": "..., a li being about half a
# kilometer", "..., one qing being about 6.67 hectares".
_DEFINITION_AFTER = re.compile(r"[,;][\"”’']?\s+(?:one|a|each)\s+([a-zA-Z]+)\s+(?:is|being|equals)\s+"
                               r"([^,;]+)$", re.I)


def _size(said: str) -> tuple[re.Match[str], float] | None:
    """The size a definition gives a unit, a quantity of a known unit ("50 grams"), as a
    :data:`_TARGET` match and its quantity; None if it gives none."""
    # (a fraction in words: "a li is half a kilometer")
    tgt = _TARGET.match(_HALF.sub("0.5 ", said))
    if (tgt is None or not tgt.group(4)) and "," in said:
        # the first of two sizes: "15 mu, or one hectare"
        tgt = _TARGET.match(_HALF.sub("0.5 ", said.split(",", 1)[0]))
    if tgt is None or not tgt.group(4) or not _is_unit(tgt.group(4).split()[-1]):
        return None
    try:
        return tgt, numbers.parse(tgt.group(3)).value
    except ValueError:
        return None


# A measure of any kind said in a definition's target: a figure or a range of figures and
# one or two words ("16 to 18 class hours"), and what it measures per a time ("1
# centimeter per second squared") or of what ("200 milliliters of whole blood").
_MEASURE_SAID = re.compile(rf"^(?:(?:{_APPROX})\s+)?{_RANGE_LOW}"
                           rf"({numbers.QUANTITY})\s+([a-z]+(?:[ -][a-z]+)?"
                           r"(?:\s+per\s+[a-z]+(?:\s+squared)?)?)(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?$",
                           re.I)
# ... defining a unit of two words too, or saying how long one lasts: "several lunar days
# (one lunar day lasts about 29.5 Earth days)".
_SELF_DEFINITION = re.compile(r"^\s*(?:one|1|a|each)\s+([a-zA-Z]+(?:\s+[a-zA-Z]+)?)\s+"
                              r"(?:is|equals|=|is equal to|lasts)\s+(.+)$", re.I)


def _self_defined_unit(seg: Segment, p: Paren, gloss: str, before: int,
                       spans: Sentences) -> Candidate | None:
    """``converted into credits (one credit equals 16 to 18 class hours)``: a word the gloss
    right after it defines as a measure of something else is a unit, whatever it counts."""
    m = _SELF_DEFINITION.match(gloss)
    if m is None:
        return None
    unit = m.group(1)
    word = _word_before(seg.text, before)
    if word is None or singular(word.group(1).lower()) != unit.rsplit(None, 1)[-1].lower():
        return None
    start, end = word.start(1), word.end(1)
    if " " in unit:
        # a unit of two words: its first said right before the last ("lunar days")
        two = re.compile(rf"(?<![\w-]){re.escape(unit.split(None, 1)[0])}\s+\S+$", re.I)
        both = two.search(seg.text, max(0, start - 40), end)
        if both is None:
            return None
        start = both.start()
    said = _MEASURE_SAID.match(m.group(2).strip().rstrip("."))
    if said is None or any(singular(w) in _CURRENCIES
                           for w in re.split(r"[ -]", said.group(2).lower())):
        return None     # (a sum of money is a thing's value, no measure: "a bonus (one
                        # bonus is 50 yuan)")
    try:
        q_tgt = numbers.parse(said.group(1))
    except ValueError:
        return None
    term = seg.text[start:end]
    g = Gloss(GlossType.UNIT, gloss, unit=term, quantity=1.0,
              target_unit=said.group(2), target_quantity=q_tgt.value)
    return Candidate(term=term, kind=Kind.UNIT, score=0.6,
                     occurrence=_occ(seg, spans, start, end, anchor=p.end),
                     gloss=g, related=said.group(2),
                     evidence=f"a measure defined in its gloss ({gloss})")


# A gloss that defines the word before it by its genus: "Hangjin Banner (a banner is a
# county-level administrative division in Inner Mongolia)", "358 sols (a sol is a Martian
# day, about 24 hours and 40 minutes)".
_DEFINED_WORD = re.compile(r"^\s*(?P<article>an?\s+)?(?P<word>[a-z]+)\s+is\s+(?:an?|the)\s+[a-z]", re.I)
_DEFINED_REACH = 40     # characters before the bracket the defined word may stand in


def _defined_word(seg: Segment, p: Paren, gloss: str, before: int,
                  spans: Sentences) -> Candidate | None:
    """The word a gloss defines, said last before it: the word is the term the translator
    renders (旗, 火星日), in the form said when lowercase (a unit when counted: "358
    sols"), in the gloss's lowercase when it heads a name ("Hangjin Banner"), whose
    name the other harvesters keep."""
    m = _DEFINED_WORD.match(gloss)
    if m is None:
        return None
    text = seg.text
    word = _word_before(text, before)
    if word is None or singular(word.group(1).lower()) != m.group("word").lower():
        # or a word of the words just before, a compound's part among them: "its
        # 20,000-ariary banknote (ariary is the currency of Madagascar)"
        if m.group("article"):
            return None
        defined = re.escape(m.group("word"))
        word = re.compile(rf"(?<![A-Za-z])({defined})(?![A-Za-z])", re.I).search(
            text, max(0, before - _DEFINED_REACH), before)
        if word is None:
            return None
    g = Gloss(GlossType.EXPLANATION, gloss)
    said = word.group(1)
    if said.islower():
        at = word.start(1)
        counted = _counted_before(text, at) is not None
        return Candidate(term=said, kind=Kind.UNIT if counted else Kind.EXPLAINED, score=0.8,
                         occurrence=_occ(seg, spans, at, at + len(said), anchor=p.end),
                         gloss=g, evidence=f"a word defined in its gloss ({gloss})")
    term = m.group("word").lower()
    at = text.find(m.group("word"), p.start, p.end)
    return Candidate(term=term, kind=Kind.EXPLAINED, score=0.8,
                     occurrence=_occ(seg, spans, at, at + len(term), anchor=p.end),
                     gloss=g, evidence=f"the head of a name, defined in its gloss ({gloss})")


def _compound_unit(seg: Segment, p: Paren, gloss: str, before: int,
                   spans: Sentences) -> Candidate | None:
    """``148.5 billion ton-kilometers (one ton of cargo carried one kilometer)``: a unit
    compounded of units with a hyphen, after a figure, that its gloss defines by one of
    its first unit or of itself ("(a ton-kilometer means ...)")."""
    text = seg.text
    word = _word_before(text, before)
    if word is None:
        return None
    parts = word.group(1).split("-")
    at = word.start(1)
    if len(parts) != 2 or _counted_before(text, at) is None:
        return None
    if parts[1] in ("times", "time"):
        # a count of times a unit of a thing is served (人次, 亩次), any gloss saying how
        # it is counted: "2.1 billion mu-times (a plot is counted once for every service)"
        if not _is_unit(parts[0]):
            return None     # ("person-times" is a count of visits, _unglossed_units')
    elif (not gloss.lower().startswith(("one ", "a "))
            or not all(part.isalpha() and _is_unit(part) for part in parts)
            or not {singular(parts[0].lower()), singular(word.group(1).lower())}
            & set(gloss.lower().split()[1:3])):
        return None
    unit = word.group(1)
    return Candidate(term=unit, kind=Kind.UNIT, score=0.8,
                     occurrence=_occ(seg, spans, at, at + len(unit), anchor=p.end),
                     gloss=Gloss(GlossType.UNIT, gloss, unit=unit), related=gloss,
                     evidence=f"a compound unit defined in its gloss ({gloss})")


# A gloss that calls the word before it a unit and gives its size: "in shang (a local unit
# equal to about one hectare)", "two dan (a traditional unit of weight equal to 50
# kilograms)" (a measure the genre's translators define where they keep it).
_UNIT_GENUS = re.compile(r"^\s*an?\s+(?:[a-z-]+\s+){0,3}?unit(?:\s+of\s+[a-z]+)?\s*,?\s*"
                         r"(?:equal(?:l?ing)?\s+to|equivalent\s+to|(?:that|which)\s+equals|of)"
                         r"\s+(.+)$", re.I)


# A gloss that calls the word before it a unit of something, giving no size.
_UNIT_KIND = re.compile(r"\s*an?\s+(?:[A-Za-z-]+\s+){0,3}?unit\s+of\s+(?!the\b)"
                        r"((?:[a-z-]+\s+){0,2}[a-z-]+)\s*"
                        # (and its size, roughly: "..., roughly 667 square meters")
                        r"(?:,\s*(?:about|roughly|around|approximately)\s+[^,]+)?",
                        re.I)


def _unit_by_genus(seg: Segment, p: Paren, gloss: str, before: int,
                   spans: Sentences) -> Candidate | None:
    """``in shang (a local unit equal to about one hectare)``: the lowercase word before a
    gloss that calls it a unit of a size in known units."""
    m = _UNIT_GENUS.match(gloss)
    word = _word_before(seg.text, before)
    if word is None or not word.group(1).isalpha() or not word.group(1).islower():
        return None
    size = m and _size(m.group(1).strip().rstrip("."))
    if not size:
        kind = _UNIT_KIND.fullmatch(gloss)
        # (an English word is none: "village (a basic unit of governance)"; but a known
        # Chinese unit is one, and a word counted is a measure, whatever else it spells:
        # "300 ke (...)", "nine wan (...)")
        counted = _COUNTED.search(seg.text, max(0, word.start(1) - 30), word.start(1))
        if kind is None or (zipf(word.group(1)) >= 3.0 and word.group(1) not in CHINESE_UNITS
                            and counted is None):
            return None
        # a unit of a kind, no size given: "geng (a traditional Chinese unit of sailing
        # distance)"
        unit, at = word.group(1), word.start(1)
        return Candidate(term=unit, kind=Kind.UNIT, score=0.8,
                         occurrence=_occ(seg, spans, at, at + len(unit), anchor=p.end),
                         gloss=Gloss(GlossType.UNIT, gloss, unit=unit),
                         related=kind.group(1), evidence=f"a unit named in its gloss ({gloss})")
    tgt, quantity = size
    unit = word.group(1)
    target_unit = " ".join(tgt.group(4).split())
    g = Gloss(GlossType.UNIT, gloss, unit=unit, quantity=1.0, target_unit=target_unit,
              target_quantity=quantity, approximate=bool(tgt.group(1)))
    at = word.start(1)
    return Candidate(term=unit, kind=Kind.UNIT,
                     score=0.9 if unit.lower() in CHINESE_UNITS else 0.8,
                     occurrence=_occ(seg, spans, at, at + len(unit), anchor=p.end),
                     gloss=g, related=target_unit,
                     evidence=f"a unit defined in its gloss ({gloss})")


# A rate said per thousand or per ten thousand (the 千分之 and 万分之 of the statistics
# releases: "6.77 per mille (births per 1,000 people)"), glossed by what it counts per so
# many or by the same rate in percent ("0.9 per mille (0.09 percent)").
_RATE_UNIT = re.compile(r"(?<![\w-])(per mille|per myriad|permille)\s*$", re.I)
_PER_SO_MANY = re.compile(r"\bper (?:1,000|10,000|thousand|ten thousand)\b"
                          r"|^(?:about |around )?\d[\d.]* ?(?:percent\b|%)")


def _rate_unit(seg: Segment, p: Paren, gloss: str, before: int,
               spans: Sentences) -> Candidate | None:
    """``the birth rate was 6.77 per mille (births per 1,000 people)``: a rate's unit."""
    m = _RATE_UNIT.search(seg.text, max(0, before - 20), before)
    if m is None or _PER_SO_MANY.search(gloss) is None:
        return None
    unit = m.group(1)
    return Candidate(term=unit, kind=Kind.UNIT, score=0.8,
                     occurrence=_occ(seg, spans, m.start(1), m.end(1), anchor=p.end),
                     gloss=Gloss(GlossType.UNIT, gloss, unit=unit),
                     evidence=f"a rate's unit, glossed by what it counts ({gloss})")


def _unglossed_units(seg: Segment, spans: Sentences | None, found: list[re.Match[str]],
                     at: int) -> Iterator[Candidate]:
    """``on 300,000 mu of paddy``: a traditional Chinese measure after a figure, unglossed.

    Lower in score than a glossed one (0.9): the text says what it measures only by the
    number before it. Case matters: ``Li`` and ``Chi`` are surnames, ``li`` a measure.
    ``found``: the matches of _UNGLOSSED_UNIT in the segment's text, which starts at
    ``at`` in the string searched (_matches).
    """
    text = seg.text
    for m in found:
        start = m.start() - at
        if start and (text[start - 1].isalnum() or text[start - 1] in "._"):
            continue        # inside a word or a code: `PM2.5`, `G20`
        if spans is None:
            spans = Sentences(sentences(seg.text))
        g = 1 if m.group(1) else 2      # a Chinese measure, or a count of visits
        yield Candidate(m.group(g), Kind.UNIT, 0.6,
                        _occ(seg, spans, m.start(g) - at, m.end(g) - at),
                        "a count of visits or working years after a number" if g == 2
                        else "Chinese unit of measure after a number, unglossed")


def _is_unit(word: str) -> bool:
    """A unit of measure or currency (Chinese or international), plural or not."""
    w = word.lower().rsplit(None, 1)[-1]
    for cut in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w):
        if cut in CHINESE_UNITS or cut in _MEASURES:
            return True
    return False


def _is_latin(name: str, *, glossed: bool = False) -> bool:
    """A binomial whose words are rare in English and the epithet looks Latin.

    In a gloss after a common name the shape is already strong evidence, so rarer
    but real English words are let through (Oryza sativa, Panax ginseng,
    Nipponia nippon), provided the genus is very rare or an epithet ends in Latin.
    """
    genus, *rest = name.split()
    if not glossed and not _LATIN_ENDING.search(rest[0]):
        return False            # (tested first: word frequencies are slow to load)
    if no_genus(genus):
        return False    # a place's name in pinyin before its product: "Xihe pinellia tuber"
    g = zipf(genus.lower())
    if glossed:
        # An epithet of Latin shape after a very rare genus may be a little commoner: a
        # Roman name is English enough to be counted (Elephas maximus, zipf 3.0).
        latin = [bool(_LATIN_ENDING.search(w)) for w in rest]
        if g < 4.0 and all(_STRONGLY_LATIN.search(w) and zipf(w) < 1.5 for w in rest):
            # an epithet only Latin has, a genus English knows as a name or a word
            # ("Rosa roxburghii", "Magnolia sieboldii", "Acer davidii")
            return True
        return g < 3.0 and all(zipf(w) < (3.5 if g < 2.0 and lat else 3.0)
                               for w, lat in zip(rest, latin, strict=True)) and (
            g < 2.0 or any(latin))
    return g < 2.5 and all(zipf(w) < 2.5 for w in rest)


def _defines(term: str, gloss: str) -> bool:
    """Whether a long lowercase gloss defines the term before it: one thing said at
    length ("internet water armies (groups paid to post comments and likes in bulk)"),
    not a list, after a phrase of two words or more or a rare word ("EFLOPS"); a
    word alone that English knows ("the plan (building ...)", "blueprint") stands for a
    name said before."""
    if not (len(term.split()) >= 2 or zipf(term.lower()) < 3.0) and not (
            term.islower() and ("-" in term or zipf(term) < _SPECIAL_SENSE)
            and term not in _SHELLS
            and _definition_shaped(gloss)):
        return False
    if _names_kind(term, gloss) or _genus_relative(gloss) or _PREPOSITION_WHICH.match(gloss):
        return True
    genus = _THE_GENUS_OF.match(gloss)
    if genus is not None:
        # (a name's gloss by another name says which one it is, no term's definition:
        # "Harbin Ice City (the capital of Heilongjiang, ...)")
        # (but a grade's gloss by its place among the grades defines it: "Class I (the
        # highest grade under China's ... standards)")
        return term.split()[0] in GRADES or not (
            gloss[genus.end() - 1].isupper() and all(w[:1].isupper() for w in term.split()))
    # (examples listed inside the definition make it no list: "(networks and systems in
    # sectors such as energy, finance and transport)")
    said = _EXAMPLES_INSIDE.split(gloss, maxsplit=1)[0]
    return not (len(_ITEMS.split(said)) > 2 or gloss.split(maxsplit=1)[0].lower() in FUNCTION_WORDS)


# A relative clause on the term itself, opened by a preposition and "which" (perhaps after
# how long or how far: "up to three years, during which"): a definition of the term before
# the bracket, "a grace period (during which the allowance continues ...)", "the plea
# leniency system (under which suspects who confess ...)".
_PREPOSITION_WHICH = re.compile(r"(?:up to [^,()]{1,30}, )?(?:during|in|under|by|through|"
                                r"with|from|at|on) which ")


# Shell nouns, which stand for a name said before them ("the plan (building ...)"): a
# gloss after one says which plan, no sense of the word (Schmid 2000, "English Abstract
# Nouns as Conceptual Shells").
_SHELLS = frozenset("""plan plans program programs programme programmes project projects
    initiative initiatives campaign campaigns policy policies strategy strategies system
    systems mechanism mechanisms model models measure measures practice practices approach
    pattern concept principle principles idea goal goals task tasks action actions event
    events activity activities platform platforms area areas zone zones""".split())


# The Zipf frequency below which one word defined at length is a term in a sense of its
# own ("tokens", "banking", "hotspot"); commoner words so glossed are said in their
# everyday sense and the gloss explains the case ("period (up to three years, during
# which ...)", "claims (...)"). 4.4 parts them in the written transcripts' lists.
_SPECIAL_SENSE = 4.4


def _infinitive(text: str, start: int, end: int) -> bool:
    """Whether the one word at ``start:end`` is a verb after "to", the end of a longer
    phrase ("persuasion to return (encouraging ...)"), no term alone."""
    return " " not in text[start:end] and text.endswith("to ", 0, start)


def _definition_shaped(gloss: str) -> bool:
    """Whether a gloss is a definition a common word's special sense needs: a gerund and
    its object ("gun-jumping (implementing a transaction without ...)"), or a genus with
    what sets it apart ("tokens (the smallest units of text processed by a model)",
    "hotspot (a surface heat anomaly detected by satellite)")."""
    words = gloss.split()
    return len(words) > 5 and (
        _gerund_led(words[0]) or _genus_relative(gloss) or _THE_GENUS_OF.match(gloss) is not None)


# A definition by a genus and what it is of or in: "Engel's coefficient (the share of food
# expenditure in total consumption expenditure)", "beach areas (the floodplain between the
# river channel and the embankments)", "first-level discipline (a top-tier category in
# China's academic discipline catalog)" (a unit's genus and size are the unit rules': "400
# Gal (a unit of acceleration equal to ...)").
_THE_GENUS_OF = re.compile(r"(?!.* equal to )(?:the|an?) (?:[a-z-]+ ){1,3}"
                           r"(?:of|between|in|for|within|using|with|by|from|on|through"
                           r"|beneath|before|after|at|into|under"
                           # (or an adjective that takes "to": "quasi-geoid (a reference
                           # surface close to mean sea level)")
                           r"|(?:close|similar|next|adjacent|akin|native|peculiar) to) "
                           r"[\"“‘']?[A-Za-z]")    # (what it is of may be quoted)


# A figure right before a counted word: "1.15 billion juan".
_COUNTED = re.compile(rf"(?<![\w.,])(?:{numbers.QUANTITY})\s+\Z", re.I)
_PAIRED_BEFORE = re.compile(r"(?<![\w-])([a-z]+) and \Z")


def _paired(text: str, start: int, end: int, gloss: str) -> int:
    """Where a glossed noun starts with the noun "and" joins it to, when both name
    processes and a definition by one genus ("a measure by which ...") says the pair is
    one thing: "placement and education (a measure by which a court may order ...)";
    else ``start``."""
    if " " in text[start:end] or not _genus_relative(gloss) or not gloss.startswith(
            ("a ", "an ")):
        return start
    m = _PAIRED_BEFORE.search(text, max(0, start - 30), start)
    if (m is None or tagger.lexicon().get(m.group(1)) != "N"
            or not all(_PROCESS.search(w) for w in (m.group(1), text[start:end]))):
        return start    # (two processes make one measure; "rice and ginseng (a plant
                        # ...)" are two things)
    return m.start()


_OF_BEFORE = re.compile(r"([^\W\d_]+)[ ]of[ ](?:the[ ])?\Z")


def _defines_owner(text: str, start: int, gloss_words: list[str]) -> bool:
    """Whether a definition after `X of the Y (...)` is of X, the noun its genus names,
    not of Y: `the "ji"-shaped bend of the Yellow River (a large bend in the river that
    ...)`."""
    m = _OF_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    owner = singular(m.group(1).lower())
    return any(singular(w.strip(",;:").lower()) == owner for w in gloss_words[1:5])


_EXAMPLES_INSIDE = re.compile(r",? (?:such as|including|for example|for instance|e\.g\.,?) ")


# -ing words that are prepositions, introducing no action: "(including ...)".
_ING_PREPOSITIONS = frozenset({"including", "excluding", "regarding", "concerning", "according",
                               "during", "following", "notwithstanding", "considering"})
# The endings of English nouns of a process (an action's name): "-ing", "-tion", "-ment".
_PROCESS = re.compile(r"(?:[a-z]{3}ing|tion|sion|ment|ure|al)$")


def _names_kind(term: str, gloss: str) -> bool:
    """A gloss that opens by naming the term's kind, its own head, defines it: "general
    license (a license that covers several exports)", "Xuan paper (a fine paper made
    from ...)", "(a kind of paper ...)", "blue carbon (carbon captured by ...)" (the
    genus of a definition, its differentia after it)."""
    words = [w.strip(",;:").lower() for w in gloss.split()[:6]]
    if len(words) < 3:
        return False
    head = singular(term.split()[-1].lower())
    if (words[0] in ("a", "an", "the") and words[2] == "of" and _PROCESS.search(head)
            and _PROCESS.search(words[1])):
        # a process defined by the process it is, and what it acts on: "data labeling
        # (the tagging of raw text ...)", "carbon sequestration (the capture of ...)"
        return True
    if (head.endswith("ing") and words[0].endswith("ing") and words[0] not in _ING_PREPOSITIONS
            and any(tagger.verb(v) for v in (words[0][:-3], words[0][:-3] + "e",
                                              words[0][:-4]) if v)):
        # an activity defined by the actions it is, in gerunds: "electrofishing (stunning
        # or killing fish with electric currents)"
        return True
    if words[0] not in ("a", "an", "the"):
        # the head alone, then what it is: "blue carbon (carbon captured and stored by
        # coastal ecosystems)"
        return singular(words[0]) == head and len(term.split()) >= 2
    return any(singular(w) == head for w in words[1:5])


def _gerund_led(word: str) -> bool:
    """Whether a gloss's first word is a gerund of a verb, which opens a definition by the
    actions a practice is ("seasonal grazing rest (suspending grazing for 45 to 60 days
    ...)"), not a preposition ("including", "according")."""
    w = word.lower()
    return (w.endswith("ing") and w not in _ING_PREPOSITIONS
            and any(tagger.verb(v) for v in (w[:-3], w[:-3] + "e", w[:-4]) if v))


# A definition's genus and its differentia said in a relative clause: "(the area close
# to the epicenter where the alert cannot arrive in time)", "(a fund that invests ...)".
_GENUS_RELATIVE = re.compile(r"^(?:a|an|the) [a-z]+(?: [a-z,-]+){0,5} (?:that|which|where|who|whose)"
                             r" ")


# ... or a genus and a participle saying how the thing is made or used: "(a local drink
# made by frying tea leaves ...)", "(a long robe worn by herders ...)".
_GENUS_PARTICIPLE = re.compile(r"^(?:(?:a|an) )?(?:[a-z-]+ ){0,3}([a-z]+) ([a-z]+) (?:by|from|with"
                               r"|in|for|of|on|to|as|after|before|since|between) ")
_IRREGULAR_PARTICIPLES = frozenset("""made grown known built worn given held eaten drunk
    sung woven done written sold found spoken brought taken kept born""".split())
# ... or a mass noun with no article and what it does, a present participle or a relative
# clause: "piping (water flowing through channels beneath a dike ...)", "piping (seepage
# that carries soil particles out of the dam body)".
_MASS_GENUS = re.compile(r"^([a-z]+) (?:([a-z]+ing) (?:through|under|beneath|into|out|from"
                         r"|along|over|across|in|on|at|by|with|to)|that|which) ")
# ... or the term's own head stood for by "one" before the relative clause.
_ONE_RELATIVE = re.compile(r"^one (?:that|which|who|whose|where|in which|of which|for which) ")


def _relative_shaped(gloss: str) -> bool:
    """Whether a gloss has a definition's shape: an article, a word and a relative clause,
    or "one" and a relative clause."""
    return _ONE_RELATIVE.match(gloss) is not None or _GENUS_RELATIVE.match(gloss) is not None


def _genus_relative(gloss: str) -> bool:
    """Whether a gloss defines by a genus, a noun after its article, and a relative clause
    saying what sets the term apart."""
    if _ONE_RELATIVE.match(gloss) is not None:
        return True     # the genus said by "one": "(one in which people aged 60 ...)"
    lex = tagger.lexicon()
    p = _GENUS_PARTICIPLE.match(gloss)
    if p is not None and lex.get(p.group(1)) == "N" and (
            p.group(2) in _IRREGULAR_PARTICIPLES
            or p.group(2).endswith("ed") and lex.get(p.group(2)) in ("V", "E")):
        return True
    mass = _MASS_GENUS.match(gloss)
    if mass is not None and lex.get(mass.group(1)) == "N" and not _PLURAL.fullmatch(
            mass.group(1)) and (mass.group(2) is None or lex.get(mass.group(2)) in ("V", "G")):
        return True
    m = _GENUS_RELATIVE.match(gloss)
    if m is None:
        return False
    # The genus is a noun after the article, its modifiers before it: "(an ancient ball
    # game in which ...)". ("the ones that ..." points back at what was said; it names
    # no genus.)
    words = m.group().split()[1:-1]
    return words[0] not in ("one", "ones") and any(lex.get(w) == "N" for w in words)


# What introduces examples of a class rather than all its members: "restorative judicial
# measures (such as replanting trees, releasing fish fry and doing community service)".
_EXAMPLES = re.compile(r"^(?:such as|including|for example|for instance|e\.g\.,?) ", re.I)


def _members(term: str, gloss: str) -> bool:
    """Whether a long gloss lists the members of the class the term before it names:
    "key populations (older adults, pregnant women, children and ...)". Three items or
    more, each of a few words and none led by a function word ("major gaps (between
    ..., between ...)" are no members); a term of two words or more with a plural head."""
    items = _ITEMS.split(_EXAMPLES.sub("", gloss, count=1))
    words = term.split()
    return (len(items) >= 3 and all(0 < len(i.split()) <= 10 for i in items)
            and not any(i.split()[0].lower() in FUNCTION_WORDS and not _people(i)
                        for i in items)
            and 2 <= len(words) <= 4 and _PLURAL.fullmatch(words[-1]) is not None)


def _people(item: str) -> bool:
    """Whether a gloss's item names people by an adjective after "the" (`the elderly`,
    `the disabled`): a member of a class, though it opens with a function word."""
    words = item.split()
    return (len(words) == 2 and words[0].lower() == "the"
            and tagger.lexicon().get(words[1].lower()) == "J")


# The adverbs of degree a comparative or superlative adjective is said with.
_DEGREE = frozenset({"more", "most", "less", "least"})


# The one word after a number that makes a name with it, not a count: a capitalised
# singular ("832 Platform"; "17 Luban Workshops", "280 EFLOPS" are quantities).
_NUMBERED_NAME = re.compile(r"[A-Z][a-z]+(?<![^s]s)\b")


# A rating's grade of a number and a letter (5A级, 4A级: "5A-level", "4A"), which names
# the class a scenic area or an enterprise is rated in: "5A-level tourist attraction".
_GRADED_RATING = re.compile(r"[1-5]A(?:-level)?")


# The words after which an -ing word alone is a noun, not a verb (_noun_phrase_before).
_NOUN_LEADS = frozenset({"and", "or", "as", "of", "from", "against"})


def _noun_phrase_before(text: str, before: int) -> tuple[int, int] | None:
    """The noun phrase that ends ``text[:before]``: a run of content words (no numbers, no
    function words), cut after the last word the tagger says no noun phrase holds (a
    verb: "Farmers in Jilin grow ginseng (...)" glosses "ginseng").

    Only the last few hundred characters are read: a glossed phrase is short, and a
    long paragraph with many glosses stays linear.
    """
    offset = max(0, before - _NP_REACH)
    tail = text[offset:before]
    end = len(tail)
    start = end
    words = list(_WORD.finditer(tail))
    first = len(words)
    for i in range(len(words) - 1, -1, -1):
        m = words[i]
        gap = tail[m.end():start] if start < end else tail[m.end():end]
        if gap.strip():
            break
        w = m.group()
        if w.isdigit() and start < end and _NUMBERED_NAME.fullmatch(tail, start, end):
            start, first = m.start(), i     # a name made with a number: "the 832 Platform"
            break
        if (w.lower() in FUNCTION_WORDS and not (w == "I" and i and words[i - 1].group() in GRADES)
                or w[0].isdigit() and not _GRADED_RATING.fullmatch(w) or w in _SEMI_DETERMINERS):
            break       # (but a grade's numeral is no pronoun: "Class I (the highest ...)";
                        # and a rating's grade is a word of the phrase: "5A-level")
        start, first = m.start(), i
    # "we have protected golden snub-nosed monkeys (...)": a participle right after an
    # auxiliary is the verb, not part of the name.
    if first < len(words) - 1 and first > 0:
        verb, before_verb = words[first].group().lower(), words[first - 1].group().lower()
        if (verb.endswith(("ed", "en")) and before_verb in _AUXILIARIES) or (
                (before_verb in _SUBJECT_LEADS or before_verb in _OBJECT_PRONOUNS)
                and tagger.verb_too(verb)) or (
                tagger.lexicon().get(verb) in ("V", "E") and (
                    before_verb in _SUBJECT_LEADS or before_verb.endswith("ly"))):
            # (or a past verb after its subject pronoun or an adverb: "experts also
            # brought juncao (...)" glosses "juncao")
            start = words[first + 1].start()
        elif ((tagger.lexicon().get(before_verb) == "M" or before_verb in _PERFECT)
              and words[first].group().islower()
              and (tagger.lexicon().get(verb) in ("V", "E") or tagger.verb_too(verb))
              and not verb.endswith(("ing", "ly"))):
            # a modal's verb, or a perfect's participle of any form: "airlines can use
            # fifth freedom traffic rights (...)", "local governments have set avoidance
            # zones (...)", "we have built fishery-solar complementary projects (...)"
            start = words[first + 1].start()
        elif (before_verb == "and" and verb.endswith("ed") and words[first].group().islower()
              and tagger.lexicon().get(verb) in ("V", "E") and first >= 2
              and words[first - 2].group().lower() not in FUNCTION_WORDS
              and _PAST_BEFORE_AND.search(tail, 0, words[first - 1].start()) is not None):
            # the second of two past verbs, the first said before "and" in the clause:
            # "implemented a reporting system and strengthened look-through supervision
            # (...)" glosses "look-through supervision"
            start = words[first + 1].start()
        elif (before_verb == "to" and tagger.verb(verb) and words[first].group() not in GRADES
              and tagger.tag("to " + verb).tags == "TV"):
            # an infinitive's verb: "come to taste oil tea (...)" glosses "oil tea"
            start = words[first + 1].start()
        elif (before_verb in _AUXILIARIES and verb.endswith("ly") and first < len(words) - 2
              and words[first + 1].group().endswith("ed")):
            # a perfect's adverb and participle: "we have fully promoted e-waybills (...)"
            # glosses "e-waybills"
            start = words[first + 2].start()
    if (first < len(words) - 1 and first > 0 and "," in tail[words[first - 1].end():words[first].start()]
            and words[first].group().islower() and _gerund_led(words[first].group())
            and tagger.lexicon().get(words[first].group()) != "J"
            and (g := _GERUND_LISTED.search(tail, 0, words[first].start())) is not None
            and _gerund_led(g.group(1))):
        # a clause of a list of gerunds' clauses, its object the term: "relocating
        # residents ..., building village platforms (...)" glosses "village platforms"
        # (a list of nouns keeps its modifier: "herders, farming households (...)")
        start = words[first + 1].start()
    called = next((i for i in range(len(words) - 2, first - 1, -1)
                   if words[i].group().lower() in _CALLED), -1)
    if called >= 0 and words[called + 1].start() >= start:
        # what a place or thing is called: "Ningde, often called Mindong (...)"
        start = words[called + 1].start()
    if (0 < first < len(words) - 1 and words[first - 1].group().lower() in _DEGREE
          and words[first].group().islower()):
        # a comparison's adjective says how the thing is, not what it is called: "the more
        # destructive S-wave (...)" glosses "S-wave"
        start = words[first + 1].start()
    if start >= end:
        return None
    tg = tagger.tag(tail[start:])
    tags, toks = tg.tags, tg.tokens
    if (len(tags) >= 3 and tags[0] == "R" and toks[0].endswith("ly") and tags[1] in "VGE"
            and (toks[1].endswith("ed") and tags[2] in "NJ"
                 or toks[1].endswith("ing") and tags[2:] == "N")):
        # an -ly adverb and its participle modify as one word: "a moderately aging society
        # (...)", "newly reclaimed land (...)"; an -ing form before more than its noun is
        # a verb with its object ("improperly receiving minimum living allowances")
        tags = "JJ" + tags[2:]
    if tags[:1] == "V" and toks[0].endswith("ing") and first > 0 \
            and words[first - 1].group().lower() in _ARTICLES:
        # tagged alone, an -ing word first reads as a verb; after an article it is the
        # phrase's modifier ("a grazing quota certificate", "a drying yard")
        tags = "G" + tags[1:]
    elif tags == "V" and toks[0].endswith("ing") and toks[0].lower() not in tagger.lexicon():
        # an -ing word English has no verb of is the name of an activity, a noun:
        # "electrofishing (stunning or killing fish ...)"
        tags = "N"
    elif (tags in ("V", "G") and toks[0].endswith("ing") and toks[0].islower() and first > 0
          and words[first - 1].group().lower() in _NOUN_LEADS):
        # alone after a list's "and" or a preposition, an -ing word is the name of what
        # happens, a noun: "seepage, cracks and piping (water flowing through ...)",
        # "dangers such as piping (...)"
        tags = "N"
    for k in range(len(tags) - 1, -1, -1):
        if (tags[k] == "N" and 0 < k < len(tags) - 1 and tags[k - 1] in "NP"
                and tags[k + 1] in "JEN" and _PLURAL.fullmatch(toks[k - 1]) is not None
                and toks[k - 1].lower() not in tagger.PLURAL_MODIFIERS):
            # a plural noun, a noun, a modifier: the noun is the verb of the plural
            # ("ecosystems store blue carbon (...)" glosses "blue carbon", "clinics
            # visit priority groups (...)" "priority groups"; but "sports", "goods"
            # modify: "sports goods exports")
            start += tg.starts[k + 1]
            break
        if (tags[k] == "X" and k + 1 < len(toks) and toks[k + 1][:1].isupper()
                and (toks[k][:1].isupper() and toks[k].isalpha()
                     or k == 0 and len(toks) == 2 and toks[k].isdigit()
                     and _NUMBERED_NAME.fullmatch(toks[1]))):
            continue    # a number in a name: "the Thirteen Hongs (...)", "the 832 Platform"
        if toks[k] == "I" and k and toks[k - 1] in GRADES:
            continue    # a grade's numeral: "Class I (...)"
        if tags[k] not in _NP_CLASSES or (
                tags[k] == "G" and k > 0 and tags[k - 1] in "NP" and k + 1 < len(tags)
                and _PLURAL.fullmatch(toks[k - 1]) is not None) or (
                tags[k] == "E" and k > 0 and tags[k - 1] in "NP" and k + 1 < len(tags)
                and toks[k].endswith("ed") and toks[k + 1][:1].isupper()):
            # (an -ing word after a plural noun is its verb: "young tourists wearing Hanfu
            # (...)" glosses "Hanfu"; "rice processing industry" keeps its gerund; and a
            # past in -ed after a noun, before a capitalised word, the noun's verb: "the
            # Jing River reached Class II (...)" glosses "Class II")
            if k + 1 == len(tags):
                return None
            start += tg.starts[k + 1]
            break
    else:
        # Adjectives before a name describe the things named, they are not in their
        # name: "wild Amur tigers (...)" glosses "Amur tigers" (but a capitalised word of
        # English keeps them: "traditional Chinese medicine").
        # So is a common noun before a name of no English that it stands in apposition
        # to: "call the tournament Cun Chao (village super league)" glosses "Cun Chao".
        lex = tagger.lexicon()
        k = 0
        while k < len(toks) - 1 and tags[k] in "JEN" and toks[k].islower():
            k += 1
        # (the name may be one word: "its app Zheliban (literally ...)" glosses "Zheliban")
        if (0 < k < len(toks) and toks[k][:1].isupper() and not toks[k].isupper()
                and lex.get(toks[k]) in (None, "P") and lex.get(toks[k].lower()) is None
                and ("N" not in tags[:k] or all(t[:1].isupper() for t in toks[k:]))):
            start += tg.starts[k]
    owner = _POSSESSOR.match(tail, start)
    if owner is not None and tail.count(" ", owner.end(), end) >= 1:
        # a place's or a body's possessive owns the thing, it is not in its name:
        # "Wuzhen's blue calico (...)" glosses "blue calico" (but one word after it may be
        # named after a person: "Engel's coefficient", "Alzheimer's disease")
        start = owner.end()
    else:
        owner = _PLACE_POSSESSOR.match(tail, start)
        if owner is not None and owner.group(1) in _POSSESSING_PLACES and owner.end() < end:
            # ... and a province's or a country's owns a name too: "Zhejiang's Zheliban
            # (literally ...)" glosses "Zheliban" (a body's possessive may be its name's:
            # "People's Bank of China")
            start = owner.end()
    return offset + start, offset + end


# A capitalised possessive before a lowercase word.
_POSSESSOR = re.compile(r"[A-Z][\w-]*['’]s (?=[a-z])")
# ... and a place's before a capitalised one.
_PLACE_POSSESSOR = re.compile(r"([A-Z][\w-]*)['’]s (?=[A-Z])")
_POSSESSING_PLACES = PROVINCES | COUNTRIES | {"China"}


def _scientific(seg: Segment, p: Paren, gloss: str, before: int,
                spans: Sentences) -> Iterator[Candidate]:
    np = _noun_phrase_before(seg.text, before)
    if np is None:
        return
    s, e = np
    g = Gloss(GlossType.SCIENTIFIC, gloss)
    yield Candidate(term=seg.text[s:e], kind=Kind.SCIENTIFIC, score=0.9,
                    occurrence=_occ(seg, spans, s, e, anchor=p.end), gloss=g, related=gloss,
                    evidence=f"common name glossed with scientific name ({gloss})")


def _binomials_in_text(seg: Segment, spans: Sentences | None, found: list[re.Match[str]],
                       at: int) -> Iterator[Candidate]:
    """Latin binomials in running text (``Lonicera edulis fruit``), unglossed. ``found``:
    the matches of _BINOMIAL_IN_TEXT in the segment's text, which starts at ``at`` in the
    string searched (_matches)."""
    for m in found:
        start, end = m.start() - at, m.end() - at
        if seg.text[end:end + 1] == ")":
            continue                            # a gloss: reported with its common name
        if _is_latin(m.group()) and zipf(m.group(1).lower()) < (
                2.5 if _STRONGLY_LATIN.search(m.group(2)) else 2.0):
            # (a genus English medicine or gardening says a little, "Mycoplasma", before
            # an epithet no English word ends as, "pneumoniae": Latin all the same)
            if spans is None:
                spans = Sentences(sentences(seg.text))
            yield Candidate(term=m.group(), kind=Kind.SCIENTIFIC, score=0.7,
                            occurrence=_occ(seg, spans, start, end),
                            evidence="Latin binomial in running text")


def _explained(seg: Segment, p: Paren, gloss: str, quote: Quote | None, before: int,
               spans: Sentences) -> Iterator[Candidate]:
    text = seg.text
    if quote is not None:
        s = quote.start
        e = min(p.start - 1, quote.end)
    else:
        np = _noun_phrase_before(text, before)
        if np is None:
            return
        s, e = np
    while e > s and text[e - 1] in " .,;:!?\"”":
        e -= 1
    if s >= e:
        return
    g = Gloss(GlossType.EXPLANATION, gloss)
    yield Candidate(term=" ".join(text[s:e].split()), kind=Kind.EXPLAINED, score=0.85,
                    occurrence=_occ(seg, spans, s, e, anchor=p.end), gloss=g,
                    evidence="explained in a parenthetical gloss")


# What separates the items of an enumerated gloss: "rice, wheat and corn".
_ITEMS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# A number word right before a noun phrase (its start), at most "twelve" (the genre's
# numbered formulations: "two sessions", "three rural issues", "five-sphere").
_NUMBER_WORD = (r"(?:^|(?<=\W))(one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve)\s+")
_NUMBER_BEFORE = re.compile(_NUMBER_WORD + "$", re.I)


# ... or a number word and a word of kinds before "of" and the phrase: "four categories
# of offenders (...)", "two types of insurance (...)".
_KINDS_BEFORE = re.compile(_NUMBER_WORD + r"(?:categories|types|kinds|classes|groups)\s+of\s+$",
                           re.I)


def _loanword(phrase: str) -> str:
    """The last word of ``phrase`` if it is a lowercase word of no English (pinyin:
    "guochao", "hukou") after lowercase English words; else ''. A name before it keeps it
    ("Fuling zhacai")."""
    words = phrase.split()
    if len(words) < 2 or not all(w.islower() for w in words):
        return ""
    last = words[-1]
    return last if last.isalpha() and unknown_to_english(last, 2.0) else ""


# A name's possessive before another name: the owner, no part of the name it owns ("the
# WTO's Services Sectoral Classification List"; but "Engel's coefficient" is one term).
_OWNER = re.compile(r"[A-Z][\w-]*['’]s (?=[A-Z])")


def _word_before(text: str, before: int) -> re.Match[str] | None:
    """The last word of ``text[:before]`` (the word a bracket after it glosses), read from
    the 40 characters before ``before``."""
    return _LAST_WORD.search(text, max(0, before - 40), before)


def _counted_before(text: str, at: int) -> re.Match[str] | None:
    """The figure that counts the word at ``at``, read from the 24 characters before it
    ("358 sols", "148.5 billion ton-kilometers"); None if no figure counts it."""
    return _COUNTED.search(text, max(0, at - 24), at)


def _loanword_alone(phrase: str) -> bool:
    """Whether ``phrase`` is one lowercase word of no English (pinyin: "bimo", "hukou")."""
    return phrase.isalpha() and phrase.islower() and unknown_to_english(phrase, 2.0)


def _ethnic_led(words: list[str]) -> bool:
    """Whether a gloss is a common noun phrase led by an adjective of a people or a place
    ("Martian days", "Tibetan barley flour"): capitalised as English writes such
    adjectives, no name for all that."""
    # (the phrase ends at a comma: "sols (Martian days, each about 24 hours ...)")
    cut = next((i + 1 for i, w in enumerate(words) if w.endswith(",")), len(words))
    words = [w.rstrip(",") for w in words[:cut]]
    first = words[0]
    return (len(words) >= 2 and first[:1].isupper() and (
                first[1:].islower() and first.endswith(("an", "ese", "ish"))
                and first.lower() not in tagger.lexicon()
                or first in ETHNIC_GROUPS)     # "bimo (Yi priests and keepers of ...)"
            and all(w.islower() for w in words[1:]))


def _numbered(text: str, start: int, gloss: str, end: int) -> int | None:
    """Where a number word before the phrase at ``start`` starts, if the gloss lists as
    many items as it says ("three ... (rice, wheat and corn)"); else None. The number
    may also lead a plural and what it is for or of, the phrase ending at ``end``:
    "five systems for maternal and newborn safety (...)"."""
    m = _NUMBER_BEFORE.search(text, max(0, start - 8), start) or _KINDS_BEFORE.search(
        text, max(0, start - 24), start) or _NUMBER_LEADS.search(text, max(0, end - 80), end)
    if m is None:
        return None
    n = numbers.parse(m.group(1)).value
    return m.start(1) if n > 1 and n in _listed(gloss) else None   # (one thing is no list)


# A number word, a plural (perhaps after a modifier), and what the things are for, of or
# in, up to the bracket: "five systems for maternal and newborn safety".
_NUMBER_LEADS = re.compile(_NUMBER_WORD + r"(?:[a-z-]+\s+)?[a-z-]+s\s+(?:for|of|in|on)"
                           r"(?:\s+[a-z-]+,?){1,6}\s*$", re.I)
_SERIAL = re.compile(r",\s*(?:and\s+|or\s+)?")


def _listed(gloss: str) -> tuple[int, int]:
    """How many items a gloss may list: split at commas and "and"; or at the commas alone
    (and the "and" after the last), where items hold an "and" of their own ("screening
    and assessment, case management, ..., and accountability interviews")."""
    g = gloss.strip()
    if ";" in g:
        # items that hold commas and "and" are parted by semicolons ("from Chongqing via
        # Guiyang and Nanning to ...; from ...; and from ...")
        n = len([i for i in _SEMICOLON.split(g) if i.strip()])
        return (n, n)
    return (len([i for i in _ITEMS.split(g) if i.strip()]),
            len([i for i in _SERIAL.split(g) if i.strip()]))


_SEMICOLON = re.compile(r";\s*(?:and\s+|or\s+)?")


# A gloss that defines a unit of China's administrative system by its level (the levels
# of the Constitution's Article 30 and of the genre's English: "county-level", "township-
# level"): "banners (county-level administrative divisions of Inner Mongolia)", "sumu
# (township-level units)"; or the word it defines first inside the bracket.
_LEVEL_WORDS = r"(?:provincial|prefecture|prefectural|county|township|village)-level "
_LEVEL = re.compile(rf"(?:(?:the|an?) )?{_LEVEL_WORDS}")
_LEVEL_INSIDE = re.compile(rf"([a-z]+), (?:(?:the|an?) )?{_LEVEL_WORDS}")


def _level_unit(text: str, p: Paren, gloss: str, s: int, e: int) -> tuple[int, int, str] | None:
    """Where a unit of an administrative system that a gloss defines by its level stands,
    and its definition: the word the gloss opens with ("120 autonomous counties (banners,
    the county-level units of Inner Mongolia)"), or else the word before the bracket ("five
    banners (county-level administrative divisions of Inner Mongolia)"); None if neither."""
    inside = _LEVEL_INSIDE.match(gloss)
    if inside is not None and _word_of_a_system(inside.group(1), gloss[inside.end():]):
        at = text.index(inside.group(1), p.start)
        return at, at + len(inside.group(1)), gloss[inside.end(1):].lstrip(", ")
    level = _LEVEL.match(gloss)
    if level is not None and _word_of_a_system(text[s:e], gloss[level.end():]):
        return s, e, gloss
    return None


def _word_of_a_system(word: str, genus: str) -> bool:
    """One lowercase word (a unit's name: "banners", "sumu"), no phrase or name, that its
    level's genus does not just say again ("12 cities (prefecture-level cities)" says
    which cities)."""
    return (word.isalpha() and word.islower()
            and singular(word) not in {singular(w) for w in genus.split()[:3]})


def _plural_first(words: list[str]) -> bool:
    """Whether a gloss opens with a plural of at most three words and a comma, what it is
    said after it ("volumes, the traditional filing unit ...", "Martian days, each about
    24 hours ...")."""
    comma = next((i for i, w in enumerate(words[:3]) if w.endswith(",")), -1)
    return comma >= 0 and len(words[comma]) > 2 and words[comma].endswith("s,")


def _clarified(seg: Segment, p: Paren, gloss: str, before: int,
               spans: Sentences) -> Iterator[Candidate]:
    """``9,829 villages (state farms)``: a short lowercase gloss of the word before.

    A numbered formulation glossed by as many items as its number says keeps the
    number, which is part of its name: ``the three staple grains (rice, wheat and
    corn)``, ``the two sessions (the NPC and the CPPCC)``.
    """
    words = gloss.split()
    if not words or not words[0][0].isalpha() or (
            any(c.isdigit() for c in gloss) and len(_ITEMS.split(gloss)) < 3
            and not _relative_shaped(gloss) and not _gerund_led(words[0])
            and not _genus_relative(gloss) and not _plural_first(words)
            and not (words[0] in ("a", "an") and len(words) >= 4)):
        return      # (a figure or a date: "about 7.5 tonnes per hectare", no gloss of words;
                    # a definition may hold one: "(one in which people aged 60 ...)",
                    # "(suspending grazing for 45 to 60 days ...)", "post-00s (young
                    # people born after 2000)", and so may one that opens with its genus'
                    # article: "rapid intensification (a rise in maximum winds of at least
                    # 15 meters per second within 24 hours)")
    np = _noun_phrase_before(seg.text, before)
    if np is None:
        return
    s, e = np
    owner = _OWNER.match(seg.text, s, e)
    if owner is not None:
        s = owner.end()     # "the WTO's Services Sectoral Classification List (...)"
    loanword = _loanword(seg.text[s:e])
    if loanword:
        # A word of no English before the bracket is the word glossed ("young people
        # love guochao (China-chic) products"): the English before it is the sentence's.
        s = e - len(loanword)
    if gloss[0].isupper() and _ethnic_led(words):
        gloss_cased = False     # "sols (Martian days)", "zanba (Tibetan barley flour)"
    else:
        gloss_cased = gloss[0].isupper()
    alone = _loanword_alone(seg.text[s:e])
    if gloss_cased and not _ITEMS.search(gloss) and not (
            loanword and len(words) <= 3 and not gloss.isupper()
            or alone and gloss.split()[0] not in FUNCTION_WORDS and not gloss.isupper()):
        return      # a name, not a gloss; but a loanword's gloss may start with one, and a
                    # word of no English alone's at any length ("weilongwu (Hakka enclosed
                    # houses built around a courtyard)")
    unit = _level_unit(seg.text, p, gloss, s, e)
    if unit is not None:
        at, end, definition = unit
        yield Candidate(term=seg.text[at:end], kind=Kind.EXPLAINED, score=0.8,
                        occurrence=_occ(seg, spans, at, end, anchor=p.end),
                        gloss=Gloss(GlossType.EXPLANATION, definition),
                        evidence="an administrative unit defined by its level")
        return
    numbered = _numbered(seg.text, s, gloss, e)
    if numbered is not None:
        s = numbered
    elif len(words) > 5 and not gloss[0].isupper() and not _infinitive(seg.text, s, e) and _defines(
            seg.text[(s := _paired(seg.text, s, e, gloss)):e], gloss):
        if _defines_owner(seg.text, s, words) or seg.text[max(0, s - 2):s] in ('" ', "” "):
            return      # (or the phrase after a scare-quoted modifier, whose whole phrase
                        # the quoted harvester takes: the "dual-channel" management
                        # mechanism (in which ...))
        yield Candidate(term=seg.text[s:e], kind=Kind.EXPLAINED, score=0.75,
                        occurrence=_occ(seg, spans, s, e, anchor=p.end),
                        gloss=Gloss(GlossType.EXPLANATION, gloss),
                        evidence="defined in a parenthetical gloss")
        return
    elif (len(words) > 5 and not gloss_cased and " " not in seg.text[s:e]
          and seg.text[s:e].islower() and _COUNTED.search(seg.text, max(0, s - 40), s)
          and _plural_first(words)):
        # a counting word after a figure, glossed by the English plural it counts and
        # what it is: "1.15 billion juan (volumes, the traditional filing unit for ...)",
        # "358 sols (Martian days, each about 24 hours and 40 minutes long)"
        yield Candidate(term=seg.text[s:e], kind=Kind.CLARIFIED, score=0.65,
                        occurrence=_occ(seg, spans, s, e, anchor=p.end),
                        gloss=Gloss(GlossType.CLARIFICATION, gloss), related=gloss,
                        evidence=f"a counting word glossed as ({gloss})")
        return
    elif len(words) > 5 and _members(seg.text[s:e], gloss):
        yield Candidate(term=seg.text[s:e], kind=Kind.CLARIFIED, score=0.6,
                        occurrence=_occ(seg, spans, s, e, anchor=p.end),
                        gloss=Gloss(GlossType.CLARIFICATION, gloss), related=gloss,
                        evidence="a class glossed by its members")
        return
    elif len(words) > 5 and not alone or gloss_cased and not (loanword or alone):
        return      # (a word of no English alone is glossed at any length: "the bimo (Yi
                    # priests and keepers of traditional knowledge)")
    term = seg.text[s:e]
    single_common = len(term.split()) == 1 and zipf(term.lower()) > 4.0
    g = Gloss(GlossType.CLARIFICATION, gloss)
    yield Candidate(term=term, kind=Kind.CLARIFIED, score=0.45 if single_common else 0.65,
                    occurrence=_occ(seg, spans, s, e, anchor=p.end), gloss=g, related=gloss,
                    evidence=f"clarified as ({gloss})")
