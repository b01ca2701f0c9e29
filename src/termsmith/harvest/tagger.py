"""Part-of-speech tags for term harvesting: one character per token, whole texts at a time.

The tagger is Brill's (Brill 1992, "A simple rule-based part of speech tagger"):
a lexicon gives each known word its most frequent tag, suffix rules tag unknown
words, and contextual rules correct tags from their neighbours. The lexicon is
the one trained on the Brown corpus and the Penn Treebank that ships inside the
``textblob`` wheel (``textblob/en/en-lexicon.txt``, MIT licence, about 94,000
words); it is read from the installed package, never downloaded, and textblob
itself is not imported (it would import NLTK, which costs a second).

What makes it fast enough for a harvest of several megabytes a second is the
representation: a text becomes a string with one *class* character per token
(``N`` noun, ``J`` adjective, ``V`` verb …), built with ``map`` over a dict that
classifies each distinct word once. The contextual rules are the few of Brill's
that change a class the chunker cares about (noun or verb, modifier or not),
written as regular expressions over that string, and noun phrases are then one
regex over it as well (:mod:`termsmith.harvest.domain`). No Python code runs per
token except in C (``re``, ``map``, ``str.join``).

Lemmas: the harvest needs only the singular of plural nouns, which
:func:`termsmith.harvest.merge.singular` gives; the tagger says which words are
plural nouns.

Classes (one character each):

====  ==========================================  ====  ===========================
N     common noun (NN, NNS, FW)                   W     pronoun, wh-word (PRP, WP, WDT, EX)
P     proper noun, capitalised unknown word       M     modal (MD)
J     adjective (JJ, JJR, JJS)                    T     ``to``
E     past participle (VBN)                       O     ``of``
G     -ing form (VBG)                             A     ``and``, ``&``
V     other verb form (VB, VBP, VBZ, VBD)         C     other conjunction (or, but)
B     a form of ``be`` or ``have``                I     other preposition (IN)
D     determiner, possessive (DT, PDT, PRP$)      R     adverb, particle (RB, RP, WRB)
X     number (CD), ordinal, list marker           S     possessive ``'s``
U     interjection                                ``.`` sentence end ``,`` comma ``;`` other
====  ==========================================  ====  ===========================
"""

from __future__ import annotations

import importlib.util
import os
import re
from bisect import bisect_left
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

__all__ = ["PLURAL_MODIFIERS", "Tagged", "data_file", "lexicon", "tag", "verb", "verb_too"]

# What joins two parts of one token: the decimal point or thousands comma of a number
# ("2.4", "1,200": one number, not a sentence end or a comma) and the ampersand of an
# abbreviation in capitals ("R&D", "M&A"), and the slash between two ("DRG/DIP").
_JOINED = r"(?:[.,](?<=\d[.,])(?=\d)|[&/](?<=[A-Z][&/])(?=[A-Z]))"
# Words with apostrophes or hyphens inside, in any order, are one token (``Xing'an``,
# ``high-quality``, ``Ya'an-Nyingchi``); a possessive ``'s`` is a token of its own.
# A suspended hyphen stays on its word ("small- and medium-sized enterprises", "medium-
# and long-term loans"): the word is the first of two modifiers sharing one second part.
_SUSPENDED = r"(?:-(?= (?:and|or|to) ))"
TOKEN = re.compile(r"[^\W_]+(?:" + _JOINED + r"[^\W_]+)*(?:-[^\W_]+|['’](?![sS]\b)[^\W_]+)*"
                   + _SUSPENDED + r"?|['’][sS]\b|\S")
# The same tokens, split out with the gaps between them. Possessive quantifiers: every
# part after the first word is optional, so the greedy match is the one found and no
# backtracking state need be kept. A text without "_" (nearly all) is split with ``\w``
# for ``[^\W_]``, which ``re`` tests a character against faster: the same tokens there.
_SPLIT = re.compile(r"([^\W_]++(?:" + _JOINED + r"[^\W_]++)*+"
                    r"(?:-[^\W_]++|['’](?![sS]\b)[^\W_]++)*+" + _SUSPENDED + r"?+|['’][sS]\b|\S)").split
_SPLIT_NO_UNDERSCORE = re.compile(r"(\w++(?:" + _JOINED + r"\w++)*+"
                                  r"(?:-\w++|['’](?![sS]\b)\w++)*+" + _SUSPENDED
                                  + r"?+|['’][sS]\b|\S)").split
# An ASCII text without "_" (nearly all English) is split under re.ASCII, where ``\w`` is
# a table look-up instead of a call per character: the same tokens, as on ASCII both
# flags agree on ``\w`` and ``\b``, and on ``\s`` once \x1c-\x1f (spaces to Unicode,
# not to ASCII) are added to it.
_SPLIT_ASCII = re.compile(r"(\w++(?:" + _JOINED + r"\w++)*+(?:-\w++|'(?![sS]\b)\w++)*+"
                          + _SUSPENDED + r"?+|'[sS]\b|[^\s\x1c-\x1f])", re.ASCII).split

# A code of a number and capitals naming a technology's generation or dimension.
CODE = re.compile(r"\d{1,2}[A-Z]{1,2}")

_PENN = {
    "NN": "N", "NNS": "N", "FW": "N", "NNP": "P", "NNPS": "P", "JJ": "J", "JJR": "J",
    "JJS": "J", "VBN": "E", "VBG": "G", "VB": "V", "VBP": "V", "VBZ": "V", "VBD": "V",
    "DT": "D", "PDT": "D", "PRP$": "D", "WP$": "D", "PRP": "W", "WP": "W", "WDT": "W",
    "EX": "W", "MD": "M", "TO": "T", "IN": "I", "CC": "C", "RB": "R", "RBR": "R",
    "RBS": "R", "WRB": "R", "RP": "R", "CD": "X", "LS": "X", "POS": "S", "UH": "U",
}
# The forms of "be" (a progressive's auxiliary among them).
_BE_FORMS = frozenset("be is are was were been being am".split())
# Closed-class words the chunker must tell apart (English grammar, not a lexicon).
_FIXED = {
    "of": "O", "and": "A", "&": "A", "'s": "S", "’s": "S", "'S": "S", "’S": "S",
    **dict.fromkeys([*_BE_FORMS, "have", "has", "had", "having"], "B"),
    # Takes an object as a preposition does (Huddleston and Pullum's reading; Brill's
    # lexicon has JJ): "a market worth trillions of yuan" holds no "market worth ...".
    "worth": "I",
    # A determiner ("such measures") or the head of "such as" (Brill's lexicon has JJ):
    # never a modifier of a term ("first-tier cities such as Beijing" held "cities such").
    "such": "D",
}
_SENTENCE_END = frozenset(".!?…")
# Number words that make a hyphenated word an adjective: ``one-off``, ``two-way``.
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
    twenty hundred thousand first second third fourth fifth sixth seventh eighth ninth
    tenth multi single double triple half""".split())
# Particles that end a hyphenated noun: ``opening-up``, ``follow-up``, ``start-up``.
_PARTICLES = frozenset("up out in off down over on".split())
# Suffixes of unknown words (Brill's morphological rules, simplified to classes).
_ADJ_SUFFIXES = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ish", "ese")
# Nominal suffixes: such a word is a noun even after "to" or a modal.
NOUN_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "ure",
                 "age", "ery", "dom", "hood", "ist", "ics")


def data_file(name: str) -> str:
    """The path of a data file shipped in the textblob wheel (``en/NAME``)."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the textblob package (which ships the tagger's lexicon) is not installed")
    return os.path.join(next(iter(spec.submodule_search_locations)), "en", name)


@cache
def lexicon() -> dict[str, str]:
    """Word -> class character, from Brill's lexicon (read once, about 0.1 s)."""
    out: dict[str, str] = {}
    base = _BASE_FORMS
    with open(data_file("en-lexicon.txt"), encoding="utf-8") as f:
        for line in f:
            word, _, penn = line.rstrip("\n").partition(" ")
            if word and not word.startswith(";;;"):
                first = penn.split("|")[0]
                cls = _PENN.get(first)
                if cls:
                    out[word] = cls
                    if first in ("VB", "VBP"):
                        base.add(word)
                    elif word.isdigit() and cls != "X":
                        out[word] = "X"     # "2", "4": chat spellings of "to", "for"
    out.update(_FIXED)
    return out


# The verbs whose commonest reading is the base form (VB, VBP), filled by lexicon():
# "launch", "build"; not a past form ("saw", "grew") nor a third person ("covers").
_BASE_FORMS: set[str] = set()


def _unknown(word: str) -> str:
    """The class of a word the lexicon does not know."""
    if word.endswith("-") and len(word) > 1:
        # a suspended hyphen's word ("small-", "medium-"): the modifier it is the first of
        stem = word[:-1]
        cls = lexicon().get(stem.lower()) or _unknown(stem)
        return "J" if cls in "JNEV" else cls
    first = word[0]
    if first.isdigit():
        # A number hyphened to a word is an adjective, as the lexicon has "five-year"
        # and the Penn Treebank tags "10-year" (JJ): "10-year action plan".
        last = word.rsplit("-", 1)[-1]
        if "-" in word:
            return "J" if last.isalpha() and last.islower() else "X"
        # A technology's generation or dimension, "5G", "3D", "4K": a noun, as the Penn
        # Treebank tags such codes (NN), and a term's first word ("5G base stations").
        return "N" if CODE.fullmatch(word) else "X"
    if not first.isalnum():
        if word in _SENTENCE_END:
            return "."
        return "," if word == "," else ";"
    if first.isupper():
        return "P"
    if any(c.isupper() for c in word[1:]):
        return "J" if prefixed_name(word) else "P"     # other mixed case is a name's
    if "-" in word:
        if word.split("-", 1)[0] in _NUMBER_WORDS:
            return "J"           # one-off, two-way, three-year: as "10-year" above
        last = word.rsplit("-", 1)[1]
        if last in _PARTICLES:
            return "N"           # opening-up, follow-up
        cls = lexicon().get(last) or _suffix(last)
        return {"N": "N", "G": "N", "E": "J", "V": "N"}.get(cls, "J")
    return _suffix(word)


def prefixed_name(word: str) -> bool:
    """Whether ``word`` is a lowercase prefix hyphened to a proper name, an adjective (两岸,
    党内: "cross-Strait exchanges", "intra-Party oversight", "post-Games use", "near-Earth
    objects", "anti-China forces") that keeps the name's capital in a term."""
    prefix, _, rest = word.partition("-")
    return (prefix.isalpha() and prefix.islower() and rest[:1].isupper()
            and rest[1:].islower())


def _suffix(word: str) -> str:
    if word.endswith("ly") and len(word) > 4:
        return "R"
    if word.endswith("ing") and len(word) > 5:
        return "G"
    if word.endswith("ed") and len(word) > 4:
        return "E"
    if word.endswith(_ADJ_SUFFIXES) and len(word) > 5 and not word.endswith("fish"):
        return "J"      # (not "crayfish", "catfish": a compound of "fish", no "-ish")
    return "N"


class _Classes(dict[str, str]):
    """Token -> class, each distinct token classified once."""

    def __missing__(self, word: str) -> str:
        lex = lexicon()
        cls = lex.get(word)
        if cls is None:
            cls = _unknown(word)
        if word[:1].isupper() and cls in "PNJEGV":
            # Capitalised: ``p`` (a title-case word) until the context decides. At a
            # sentence start it may be a common word ("Development of ...",
            # "Promoting ..."); elsewhere it is a name or part of one ("Economic Daily").
            cls = "p" if word[1:].islower() else "P"
        self[word] = cls
        return cls


_CLASSES = _Classes()


@dataclass(frozen=True, slots=True)
class Tagged:
    """A tagged text: tokens, their offsets and one class character per token."""

    text: str
    tokens: list[str]
    starts: list[int]
    ends: list[int]
    tags: str


def tag(text: str, said: Container[str] | None = None) -> Tagged:
    """Tag ``text`` (any length; linear time).

    ``said``: the lowercase words of the whole document, if known; a capitalised word
    opening a sentence is a common word if the document says it in lowercase (or its
    plural), else only if this text does.
    """
    # Split into [gap, token, gap, token, ..., gap]: the offsets are running sums of the
    # parts' lengths, computed in C (no match object per token).
    parts = (_SPLIT(text) if "_" in text else _SPLIT_ASCII(text) if text.isascii()
             else _SPLIT_NO_UNDERSCORE(text))
    tokens = parts[1::2]
    pos = list(accumulate(map(len, parts)))
    starts = pos[0:-1:2]
    ends = pos[1::2]
    tags = "".join(map(_CLASSES.__getitem__, tokens))
    if "p" in tags:
        tags = _sentence_starts(tags, tokens, text, said)
    if "value added" in text:
        tags = _value_added(tags, tokens)
    if "er capita " in text:
        tags = _per_capita(tags, tokens)
    if "wide" in text or "overseas" in text:
        tags = _extent_adverbs(tags, tokens)
    if "first " in text:
        tags = _first_before_past(tags, tokens)
    if " rank" in text:
        tags = _ranks(tags, tokens)
    if "he She " in text:
        tags = _pronoun_as_name(tags, tokens, "She", _the)
    if " I " in text:
        tags = _pronoun_as_name(tags, tokens, "I", _grade_word)
    if any(w in text for w in _PLAIN_VERB_SAID):
        tags = _plain_verbs(tags, tokens, text, starts)
    for pattern, repl in _rules(tokens):
        tags = pattern.sub(repl, tags)
    if "?" in text:
        tags = _inverted_questions(tags, tokens)
    tags = _verbs_of_measure(tags, tokens)
    tags = _counted_plurals(tags, tokens)
    if "N" in tags:
        tags = _phrasal_verbs(tags, tokens)
    if ",V" in tags or ",E" in tags or ",AV" in tags or ",AE" in tags:
        tags = _series_after_commas(tags, tokens)
    if "NANJ" in tags:
        tags = _verb_conjuncts(tags, tokens)
    if "RN" in tags:
        tags = _verbs_after_adverbs(tags, tokens)
    return Tagged(text, tokens, starts, ends, tags)


# "rank(s)" after a noun and before a place in an order or "among" is the verb of a
# ranking (位居, 排名: "the city's output ranks first in the province", "per capita GDP
# ranks among the top"), not a plural noun closing the subject's phrase; "the ranks of"
# stays a noun.
_RANK_AFTER = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth
    top among""".split())


def _ranks(tags: str, tokens: list[str]) -> str:
    """"rank(s)" between a noun and an ordinal or "among" is a verb (see _RANK_AFTER)."""
    out = _Retag(tags)
    for x in range(1, len(tokens) - 1):
        if (tokens[x] in ("ranks", "rank") and tags[x] == "N" and tags[x - 1] in "NP"
                and tokens[x + 1].lower() in _RANK_AFTER):
            out.set(x, "V")
    return out.result()


class _Retag:
    """Changes of class to a text's tag string, made one at a time by the rules below it;
    the string is copied into a list at the first change only, as most texts need none."""

    __slots__ = ("_out", "_tags")

    def __init__(self, tags: str) -> None:
        self._tags = tags
        self._out: list[str] | None = None

    def set(self, i: int, cls: str) -> None:
        if self._out is None:
            self._out = list(self._tags)
        self._out[i] = cls

    def result(self) -> str:
        return self._tags if self._out is None else "".join(self._out)


# A noun with a verb's reading, a particle and a preposition after a conjunction, a modal,
# "to" or a pronoun: a phrasal verb with its preposition ("and crack down on speeding",
# "we will step up on ..."), no noun phrase ("school zones and crack").
_PHRASAL = re.compile(r"N(?<=[AMTW]N)(?=[RI]I)")
_PHRASAL_PARTICLES = frozenset({"down", "up", "out", "off"})
_PHRASAL_PREPOSITIONS = frozenset({"on", "with", "against"})


def _phrasal_verbs(tags: str, tokens: list[str]) -> str:
    """N before a particle and a preposition is VB (see _PHRASAL)."""
    out = _Retag(tags)
    for m in _PHRASAL.finditer(tags):
        i = m.start()
        if (tokens[i + 1].lower() not in _PHRASAL_PARTICLES
                or tokens[i + 2].lower() not in _PHRASAL_PREPOSITIONS
                or not verb_too(tokens[i].lower())):
            continue
        out.set(i, "V")
    return out.result()


# A count, its modifiers and nouns, and a word in -s the tagger took for a verb, before
# "and", a preposition or a stop: "1,993 intelligent fully mechanized mining faces and
# 2,471 intelligent heading faces". A count above one makes its phrase plural and a verb
# in -s would not agree with it, so the word is the plural head of the counted phrase.
_COUNTED_PLURAL = re.compile(r"X[JRNGE]{0,5}[NG](V)(?=[A,.;IO])")
# Words of a count that make its phrase a singular quantity ("5 percent growth rises"),
# and counts that are one.
_SINGULAR_COUNTS = frozenset({"percent", "%", "one", "1", "per"})
# Four digits or more with no thousands separator are no count in the genre's house
# style ("1,993 faces") but a year or a number that names something: "in 2024 output
# rises", "the 12345 public service hotline serves as".
_LABEL_NUMBER = re.compile(r"\d{4,}")


def _counted_plurals(tags: str, tokens: list[str]) -> str:
    """V in -s at the end of a counted phrase is NNS (see _COUNTED_PLURAL)."""
    out = _Retag(tags)
    for m in _COUNTED_PLURAL.finditer(tags):
        i = m.start(1)
        word = tokens[i]
        x = m.start()
        if (not word.endswith("s") or word.endswith("ss") or not word.islower()
                or _LABEL_NUMBER.fullmatch(tokens[x])
                or any(t.lower() in _SINGULAR_COUNTS for t in tokens[x:i])):
            continue
        out.set(i, "N")
    return out.result()


# Verbs whose noun never modifies a noun after a plural subject: before a modifier or a
# noun too they are its verb ("patients need platelet transfusions", "small firms face
# high costs", "villages lack clean water", "clinics offer acupuncture"): _plain_verbs.
_PLURAL_SUBJECTS_VERBS = frozenset({"need", "lack", "face", "use", "offer"})


def _plain_verbs(tags: str, tokens: list[str], text: str, starts: list[int]) -> str:
    """A verb of :data:`_PLURAL_SUBJECTS_VERBS` after a plural noun, before a noun phrase or
    a number, is the plural's verb, not a noun of a compound with it."""
    out = _Retag(tags)
    for m in _PLAIN_VERB.finditer(text):
        i = bisect_left(starts, m.start())
        if 0 < i < len(tokens) - 1 and tags[i] == "N" and tags[i - 1] in "NP" and tags[i + 1] in "DXJN":
            if _plural_subject(tokens[i - 1].lower()):
                out.set(i, "V")
    return out.result()


def _plural_subject(word: str) -> bool:
    """Whether ``word`` (lowercase) is a plural noun that may be a clause's subject: not a
    plural modifier ("sales", "sports")."""
    return word.endswith("s") and not word.endswith("ss") and word not in PLURAL_MODIFIERS


_PLAIN_VERB = re.compile(r"(?<= )(?:" + "|".join(sorted(_PLURAL_SUBJECTS_VERBS)) + r")(?= )")
_PLAIN_VERB_SAID = tuple(f"{w} " for w in sorted(_PLURAL_SUBJECTS_VERBS))   # looked for first


def _first_before_past(tags: str, tokens: list[str]) -> str:
    """"first" before a past form is its adverb ("Xi Jinping first proposed the
    initiative", "people first played cuju"), so the rules do not read the verb after an
    adjective as a noun; before a base form or a noun it stays the adjective ("the first
    launch", "first aid")."""
    out = _Retag(tags)
    for i, word in enumerate(tokens[:-1]):
        if (word == "first" and tags[i] == "J" and tags[i + 1] in "VE"
                and tokens[i + 1].endswith("ed")):
            out.set(i, "R")
    return out.result()


# A past form after a comma, before a noun phrase: a conjunct of a series.
_PAST_AFTER_COMMA = re.compile(r"[VE](?<=,[VE])(?=[NJE])")
# "and" before a past form that has an object or a modifier after it: the last conjunct
# of a series of verb phrases ("... and completed the dam").
_LAST_PAST_CONJUNCT = re.compile(r"A[BR]{0,3}[VE](?=[DNJEXR])")


def _series_after_commas(tags: str, tokens: list[str]) -> str:
    """A past form in -ed after a comma, before a noun phrase, read as what the series
    it stands in holds: the verb of a conjunct when the first "and" after it comes before
    a past verb ("We have built the sluice, improved flood detention areas and completed
    the dam", "... and has promptly strengthened"), the modifier of a noun phrase when
    it comes before anything else ("we have developed new materials, advanced
    manufacturing and biomedicine") when a noun or adjective follows it. Otherwise (no
    "and" before the sentence ends, or "and the", which may join inside a conjunct) the
    tag stays."""
    out = _Retag(tags)
    for m in _PAST_AFTER_COMMA.finditer(tags):
        i = m.start()
        if not tokens[i].endswith("ed"):
            continue
        end = len(tags)
        for stop in ".;":
            k = tags.find(stop, i)
            if k != -1 and k < end:
                end = k
        j = tags.find("A", i, end)
        if j == -1:
            continue
        last = _LAST_PAST_CONJUNCT.match(tags, j, end)
        if last is not None and tokens[last.end() - 1].endswith("ed"):
            new = "V"
        elif j + 1 < end and tags[j + 1] in "NJ":
            new = "E"
        else:
            continue    # "... of the plan and the ...": the "and" may be inside a conjunct
        if new != tags[i]:
            out.set(i, new)
    for m in _LAST_PAST_AFTER_COMMA.finditer(tags):
        # the last conjunct, after ", and": what the conjunct before it began with says
        # ("... clusters: new energy vehicles, electronic information manufacturing, and
        # advanced materials" lists noun phrases; "we dredged canals, restored wetlands,
        # and improved water quality" verb phrases)
        i = m.start()
        if not tokens[i].endswith("ed"):
            continue
        c = i - 2                               # the comma before "and"
        b = max(tags.rfind(",", 0, c), tags.rfind(";", 0, c))
        if b < 0 or tags.find(".", b, c) != -1 or b + 1 >= c:
            continue
        first = tags[b + 1]
        if first in "VE" and tokens[b + 1].endswith("ed"):
            new = "V"
        elif first in "NJ" or (first == "E" and not tokens[b + 1].endswith("ed")):
            new = "E"
        else:
            continue
        if new != tags[i]:
            out.set(i, new)
    return out.result()


# A noun after a noun and "and", before a modifier: a verb's second conjunct ("we provide
# care subsidies and support age-friendly home renovation") if the clause has a verb.
_NOUN_CONJUNCT = re.compile(r"N(?<=NAN)(?=J)")
# What a verb's object may hold up to the "and" of its second conjunct: determiners,
# modifiers, nouns, names, numbers, prepositions and adverbs, "of".
_OBJECT_CLASSES = frozenset("DJNEGXPOIR")


def _verb_conjuncts(tags: str, tokens: list[str]) -> str:
    """A noun after "and" that is a verb's base form too ("support", "help"), before a
    modifier and its noun: the verb of a second conjunct when the clause before the "and"
    is a plain verb (not in -s or -ed) and its object ("We cut fees and support small
    firms"), as a noun is seldom followed by a modifier of the next noun in one phrase;
    without that verb the noun stays ("care and support services", "funds and support
    available")."""
    out = _Retag(tags)
    for m in _NOUN_CONJUNCT.finditer(tags):
        i = m.start()
        word = tokens[i]
        k = i + 1
        while k < len(tags) and tags[k] == "J":
            k += 1
        if k == len(tags) or tags[k] not in "NEG" or not _bare_verb(word):
            continue
        j = i - 3               # the object's last word is i - 2
        while j >= 0 and tags[j] in _OBJECT_CLASSES:
            j -= 1
        if (j >= 0 and tags[j] == "V"
                and not tokens[j].endswith(("s", "ed")) and tokens[j].islower()):
            out.set(i, "V")
    return out.result()


# An adverb before a noun that is a verb's base form too, before a noun phrase: the
# verb of a clause ("banks now offer settlement in local currencies", "they jointly
# support start-ups"), as no noun phrase has an adverb before its noun. The adverbs that
# stand between a subject and its verb (general English: time, frequency, focus and
# manner adverbs in -ly); not "so", "as", "very", "well" and the like, which also
# modify adjectives and clauses.
_MID_ADVERBS = frozenset("now also still further jointly often always never already "
                         "usually generally mainly mostly".split())
_ADVERB_THEN_NOUN = re.compile(r"N(?<=RN)(?=[DJNEGX])")


def _verbs_after_adverbs(tags: str, tokens: list[str]) -> str:
    """A noun after a mid-clause adverb that is a verb's base form too, before a noun
    phrase, is that verb (:data:`_MID_ADVERBS`)."""
    out = _Retag(tags)
    for m in _ADVERB_THEN_NOUN.finditer(tags):
        i = m.start()
        adverb, word = tokens[i - 1].lower(), tokens[i]
        if (adverb in _MID_ADVERBS or adverb.endswith("ly") and len(adverb) > 4) and _bare_verb(word):
            out.set(i, "V")
    return out.result()


def _bare_verb(word: str) -> bool:
    """Whether a noun as written may be a verb's base form read as a noun: lowercase, not
    in -s or -ed, a verb in the lexicon's forms (verb_too) and a base form (_base_form)."""
    return (word.islower() and not word.endswith(("s", "ed"))
            and verb_too(word) and _base_form(word))


# A past form after ", and", before a noun phrase: the last conjunct of a series.
_LAST_PAST_AFTER_COMMA = re.compile(r"[VE](?<=,A[VE])(?=[NJ])")


def _value_added(tags: str, tokens: list[str]) -> str:
    """"value added" is one noun of the statistics genre (增加值: "manufacturing value
    added reached ...", "the value added of industry"), not a noun and its verb; only
    "value added to" keeps the verb. (Before the contextual rules, which then read the
    verb after it as one: "reached".)"""
    out = list(tags)
    for x in range(1, len(tokens)):
        if (tokens[x] == "added" and tokens[x - 1].lower() == "value"
                and (x + 1 == len(tokens) or tokens[x + 1] != "to")):
            out[x] = "N"
    return "".join(out)


def _per_capita(tags: str, tokens: list[str]) -> str:
    """"per capita" before a noun phrase is its modifier (人均: "per capita grain
    possession", "per capita disposable income"), as an adjective is; after its noun it
    stays a preposition's phrase ("GDP per capita")."""
    out = list(tags)
    for x in range(1, len(tokens) - 1):
        if (tokens[x] == "capita" and tokens[x - 1].lower() == "per"
                and tags[x + 1] in "NJE" and (x < 2 or tags[x - 2] not in "NP")):
            out[x - 1] = out[x] = "J"
    return "".join(out)


# A plural noun after a noun, before a number or "for" and a number or modifier (an
# adverb or "about" may come between): the verb of a clause that gives a share or a rank
# ("Green electricity accounts for 40 percent", "Grain output tops 700 million tonnes"),
# if the clause has no other verb.
_MEASURE_VERB = re.compile(r"N(?<=[NP]N)(?=X|I[RI]?[XJ])")
# The verbs of measure said with "for": a share ("accounts for 40 percent") and a price
# ("sells for 30 yuan").
_FOR_SHARES = frozenset({"account", "accounts", "sell", "sells"})


def _verbs_of_measure(tags: str, tokens: list[str]) -> str:
    """The third-person verb of a statistics clause, which the lexicon has as a plural noun
    ("accounts", "tops", "exports"): read as a noun, it makes one phrase of the subject
    and itself ("green electricity accounts"). Only a verb English also uses (verb_too),
    followed by a number or by "for" and a number or modifier, in a clause with no other
    verb: "export controls for chips took effect" keeps its noun."""
    out = _Retag(tags)
    for m in _MEASURE_VERB.finditer(tags):
        x = m.start()
        word = tokens[x].lower()
        if tags[x + 1] == "I" and (tokens[x + 1].lower() != "for" or word not in _FOR_SHARES):
            continue    # (a plural noun before "for" and a modifier is a noun: "pilot
                        # projects for universal service")
        if not word.endswith("s"):
            # the bare verb after a plural subject: "chronic diseases account for 88 ..."
            before = tokens[x - 1].lower()
            if not (before.endswith("s") and not before.endswith(("ss", "us", "is"))
                    and before not in PLURAL_MODIFIERS and verb_too(word)):
                continue
        elif (len(word) < 4 or word.endswith("ss")
                or not (verb_too(word[:-1])
                        or (word.endswith("es") and verb_too(word[:-2])))):
            continue
        start = max(tags.rfind(c, 0, x) for c in ".;,") + 1
        ends = [e for e in (tags.find(c, x) for c in ".;,") if e >= 0]
        end = min(ends) if ends else len(tags)
        if _VERBAL.search(tags, start, x) or _VERBAL.search(tags, x + 1, end):
            continue
        out.set(x, "V")
    return out.result()


# A question whose auxiliary comes before its subject: a wh-phrase of up to four words
# ("How", "What measures", "In what ways"), a modal or a form of "do", then the subject;
# at a sentence start or after ", and" ("..., and will the NDRC support ...?").
# Group 1 is the auxiliary; the match runs to the end of the clause.
_INVERTED = re.compile(r"(?:^|(?<=[.;])|(?<=,A))[CRWNIDJV]{0,4}?([MV])R?(?=[DNPJ])[^.;,]*")
_DO = frozenset({"do", "does", "did"})
# What may come between the auxiliary and the verb: the subject (a determiner, modifiers,
# nouns, names, possessives, "and").
_SUBJECT = frozenset("DJNPSA")


def _inverted_questions(tags: str, tokens: list[str]) -> str:
    """``How will the ministry support local governments?``: with the auxiliary before
    the subject, the verb stands after a noun, where the lexicon's noun reading of
    "support", "plan" or "help" makes the subject and the verb one noun phrase
    ("ministry support local governments"). In such a clause with no other verb, the
    first noun after a noun or name of the subject that English also uses as a verb
    (verb_too) and that is followed by an object, an adverb or "to" is the verb. Left ambiguous: a
    clause ending in such a noun ("How will the support plan work?" reads "plan" as the
    verb, as "How will the ministry plan work?" must)."""
    out = _Retag(tags)
    for m in _INVERTED.finditer(tags):
        aux = m.start(1)
        if tags[aux] == "V" and tokens[aux].lower() not in _DO:
            continue
        end = m.end()
        x = m.end(1) + (tags[m.end(1)] == "R")
        while x < end and (tags[x] in _SUBJECT or _plural_head(tags, tokens, x, end)):
            if tags[x] == "V":
                # After the auxiliary the verb is bare ("will ... contribute"): a verb's
                # -s form after the subject's noun and before a verb is the plural head
                # of the subject ("How will forest carbon sinks contribute ...?").
                out.set(x, "N")
                x += 1
                continue
            if (tags[x] == "N" and tags[x - 1] in "NP" and x + 1 < len(tags)
                    and (tags[x + 1] in "DJNPXTR"
                         # (or ending the clause, or before its preposition, after a
                         # plural the bare form cannot head: "how do villagers benefit?")
                         or tags[x + 1] in "I." and _plural_subject(tokens[x - 1].lower())
                         and not tokens[x].lower().endswith("s"))
                    and not _VERBAL.search(tags, x + 1, end)
                    and verb_too(tokens[x].lower())):
                out.set(x, "V")
                break
            x += 1
    return out.result()


def _plural_head(tags: str, tokens: list[str], x: int, end: int) -> bool:
    """Whether the verb at ``x`` of an inverted question's subject is a plural noun: an
    -s form after a noun or name, with the clause's bare verb after it."""
    w = tokens[x]
    return (tags[x] == "V" and tags[x - 1] in "NP" and x + 1 < end and tags[x + 1] == "V"
            and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w.islower())


# A verb of the clause after the candidate; one after "to" or a preposition is its
# complement ("plan to attract", "support them in protecting"), not a verb of the clause.
_VERBAL = re.compile(r"(?<![TI])(?<![TI]R)[VBM]")


@cache
def verb(word: str) -> bool:
    """True if ``word`` (lowercase) is a verb: the lexicon's commonest tag for it, or a
    noun whose inflected forms are verbs (:func:`verb_too`: "trace")."""
    return lexicon().get(word) == "V" or verb_too(word)


def _gerund_of_a_verb(word: str) -> str:
    """ "V" for an -ing word (lowercase) whose stem the lexicon has as a verb, else "N"."""
    if not word.endswith("ing"):
        return "N"
    stem = word[:-3]
    lex = lexicon()
    return "V" if any(lex.get(v) == "V" for v in (stem, stem + "e")) or verb_too(stem) else "N"


def verb_too(word: str) -> bool:
    """True if the lexicon has a verb form of ``word`` (a noun in it): its past, participle
    or -ing form tagged as a verb ("supported", "planned", "helping"). Brill's lexicon
    keeps one tag per word, the commonest; its inflected forms say which nouns are verbs
    too ("support", "plan"), and which are not ("ministry", "industry")."""
    lex = lexicon()
    stem = word[:-1] if word.endswith("e") else word
    forms = [word + "ed", stem + "ed", word + "ing", stem + "ing",
             word + word[-1:] + "ed", word + word[-1:] + "ing"]
    if word.endswith("y"):
        forms.append(word[:-1] + "ied")
    return any(lex.get(f) in ("V", "E", "G") for f in forms if f != word)


_START = re.compile(r"p(?<![^.;]p)")        # at the start or after a sentence end
_CLOSING = frozenset({")", "]", "）", "】"})
_OPENING = frozenset({"(", "[", "（", "【"})


def _sentence_starts(tags: str, tokens: list[str], text: str,
                     said: Container[str] | None = None) -> str:
    """A capitalised word at the start of a sentence (or after a quote) takes its lowercase class."""
    parts: list[str] = []
    last = 0
    lower: set[str] | None = None
    for m in _START.finditer(tags):
        i = m.start()
        if i and tokens[i - 1] in _CLOSING and _inside(tags, tokens, i - 1):
            continue    # after a bracket's end inside a sentence the sentence goes on:
                        # "100-li (50-kilometer) Yellow River scenic belt" (not after a
                        # list's number: "(2) Green development ...")
        word = tokens[i]
        low, common, name = _STARTERS.get(word) or _starter(word)
        # Whether the text uses the word lowercase matters only when that changes the
        # class ("China": a name either way), and a word not in the text is no token of
        # it: the set of the tokens is built for the few paragraphs that need it.
        if common == name:
            cls = name
        elif said is not None:
            # (its plural said counts: "Market procurement trade ..." beside "markets")
            cls = common if low in said or low + "s" in said else name
        elif low in text:
            if lower is None:
                lower = set(tokens)
            cls = common if low in lower else name
        else:
            cls = name
        if cls != "P":          # ("P" is what every other "p" becomes below)
            parts.append(tags[last:i])
            parts.append(cls)
            last = i + 1
    if parts:
        parts.append(tags[last:])
        tags = "".join(parts)
    return tags.replace("p", "P")


def _inside(tags: str, tokens: list[str], close: int) -> bool:
    """Whether the bracket that closes at token ``close`` opened inside a sentence: a
    word of it stands before the opening bracket."""
    k = close - 1
    while k >= 0 and close - k <= 12 and tokens[k] not in _OPENING:
        k -= 1
    return k > 0 and close - k <= 12 and tokens[k] in _OPENING and tags[k - 1] not in ".;"


def _starter(word: str) -> tuple[str, str, str]:
    """A capitalised word at a sentence start: its lowercase form, its class if the text
    uses that form too (a common word) and its class if not (a name, "China", "Harbin",
    unless only the lowercase form is known, "Promoting", or it is an unknown adverb)."""
    lex = lexicon()
    low = word.lower()
    common = lex.get(low) or _unknown(low)
    if low in _AUXILIARIES:
        name = common       # "Does the city plan ...?": a question's auxiliary, not a name
    elif lex.get(word) == "N":
        # "Catastrophe", "Drought": the lexicon has the capitalised form as a common noun
        # (seen opening sentences, never in a name), so it is one wherever it opens a
        # sentence, said in lowercase elsewhere or not (but a capitalised adjective is a
        # nationality's: "Chinese", "Tibetan")
        name = "N"
    elif "-" in low and common in ("J", "N") and all(
            part in lex for part in low.split("-")):
        # A compound of lowercase English words ("Cross-border", "New-type",
        # "Low-carbon"): a modifier or noun of a term, as it is inside a sentence; a
        # name's compound has a part English lacks ("Chengdu-Chongqing", "Jiangxi-made").
        name = common
    elif lex.get(word) == "J" and lex.get(low) == "J":
        # "Synthetic biology is ...": the lexicon has the capitalised form as an
        # adjective as well as the lowercase one (seen opening sentences), so it opens a
        # term here as inside a sentence; a nationality's adjective has no lowercase form
        # ("Chinese", "Tibetan") and a name's word is a proper noun there ("National").
        name = "J"
    elif word in lex or low not in lex:
        # "China", "Harbin": a name; but "Digitally deliverable services": an adverb the
        # lexicon does not know (no Chinese name ends so: pinyin has no -ly).
        name = "R" if word not in lex and low.endswith("ly") and len(low) > 4 else "P"
    else:
        name = lex[low]     # "Promoting": only the lowercase form is known
    _STARTERS[word] = low, common, name
    return low, common, name


# Forms of "do", "be" and "have": opening a sentence, the auxiliary of a question.
_AUXILIARIES = frozenset("do does did is are was were has have had".split())
# A capitalised word -> what _starter says of it, each word asked once.
_STARTERS: dict[str, tuple[str, str, str]] = {}


def _pronoun_as_name(tags: str, tokens: list[str], pronoun: str,
                     after: Callable[[str], bool]) -> str:
    """The tags with ``pronoun`` read as a name's word (P) where the word before it is one
    ``after`` accepts, after which no pronoun stands: "She" after "the" (畲族, "the She
    people", the one people of China whose English name is a pronoun: ETHNIC_GROUPS in
    the lexicon), "I" after a grade's word (its Roman numeral: _NUMBERED_AFTER)."""
    out = list(tags)
    for i in range(1, len(tokens)):
        if tokens[i] == pronoun and after(tokens[i - 1]):
            out[i] = "P"
    return "".join(out)


def _the(word: str) -> bool:
    return word in ("the", "The")


def _grade_word(word: str) -> bool:
    return word.lower() in _NUMBERED_AFTER


# The words a grade or a stage is numbered after in Roman numerals (I, II, III): "phase I
# clinical trials", "Class I protected animals", "a Level I emergency response".
_NUMBERED_AFTER = frozenset({"phase", "stage", "level", "class", "grade", "category", "type",
                             "tier"})


def _rules(tokens: list[str]) -> list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]]:
    """Brill's contextual rules that matter to noun phrases, as substitutions on the class string."""

    def verb_unless_nominal(m: re.Match[str]) -> str:
        # "to support", "will increase", "we plan": a noun-tagged word after "to", a
        # modal or a subject pronoun is a verb, unless its suffix makes it a noun
        # ("contribute to growth" aside, "to development" stays a noun; a plural too,
        # but a verb in "-ss" is none: "to address", "to access"; "to business" is).
        word = tokens[m.end() - 1].lower()
        if tokens[m.start()].lower() in _WH_DETERMINERS:
            return m.group()    # "What policy support ...", "Which pilot zones ...": its noun
        if m.group()[0] == "M" and _asked(m.string, tokens, m.start()):
            return m.group()    # "What role will water rights trading play?": the subject
        if word.endswith("ance") and len(word) < 8:
            pass    # no nominalisation: "to enhance", "will advance", "to balance", "to finance"
        elif not verb_too(word):
            return m.group()    # no verb form in the lexicon: "according to product
                                # specifications", "attention to product quality"
        elif word.endswith(NOUN_SUFFIXES) or (
                word.endswith("s") and m.group()[0] != "W"
                and not (word.endswith(("ss", "us")) and verb_too(word))):
            # (no plural in -us either: "will focus", "to discuss")
            return m.group()
        return m.group()[:-1] + "V"

    def adjective_unless_adverb(m: re.Match[str]) -> str:
        # "high-grade inland waterways", "the overseas markets": an adverb of the lexicon
        # before a noun, after a modifier or determiner, is its adjective; an -ly adverb
        # or a degree or time adverb ("only", "also", "then") stays one.
        word = tokens[m.start()].lower()
        if word in _PARTICLES and m.string[m.start() - 1] == "V":
            return "R"      # a phrasal verb's particle: "break down data silos"
        return "R" if word.endswith("ly") or word in _PURE_ADVERBS else "J"

    def participle_unless_that(m: re.Match[str]) -> str:
        # "develop advanced manufacturing", "with improved quality", "exports to developed
        # countries": a past form after a verb, a preposition or "to", before a noun or
        # modifier, is the participle that modifies it (Brill: VBD VBN PREVTAG VB/IN);
        # after "that" it is the verb of a clause ("that reduced costs").
        i = m.start()
        if not tokens[i].endswith("ed") or tokens[i - 1].lower() == "that":
            return "V"
        return "E"

    def particle_of_a_noun(m: re.Match[str]) -> str:
        # "inland opening up", "the opening up of": the particle of a phrasal verb's
        # -ing noun, with no object after it, belongs to the noun, as in the hyphened
        # spelling of the same word ("opening-up", a noun: _PARTICLES).
        i = m.start()
        if tokens[i].lower() in _NOUN_PARTICLES and tokens[i - 1].lower().endswith("ing"):
            return "N"
        return m.group()

    def noun_between_nouns(m: re.Match[str]) -> str:
        # "spacecraft launch site", "grain purchase price": a verb's base form after a
        # singular noun does not agree with it ("the site launches"), so before another
        # noun it is the noun of a compound; after a plural ("farmers plant trees") or
        # an invariant plural ("people work") or two nouns coordinated ("soil and
        # groundwater pollution affect") it stays the verb.
        i = m.start()
        word, before = tokens[i], tokens[i - 1].lower()
        if (word not in _BASE_FORMS or word in _AUXILIARIES
                or before.endswith("s") and not before.endswith("ss")
                or before in _INVARIANT_PLURALS or _COORDINATED.search(m.string, max(0, i - 8), i)):
            return "V"
        return "N"

    def verb_after_a_plural(m: re.Match[str]) -> str:
        # "central SOEs completed strategic restructuring", "farmers adopted new seeds":
        # a participle with an object after it is no reduced relative (a passive takes
        # none: "goods purchased abroad"), so after a plural it is the clause's past verb.
        # So after a name: "Xi Jinping made comprehensive arrangements".
        tags = m.string
        if tags[m.end()] != "D":
            later = _LATER_VERB.match(tags, m.end())
            if later is not None and not any(
                    t.lower() in _RELATIVES for t in tokens[m.end():later.end() - 1]):
                return "E"
        at = m.start() - 1
        if m.string[at] == "R":
            at -= 1     # an adverb between: "Fujian experts also brought juncao"
        before = tokens[at]
        if m.string[at] == "P":
            # (but places paired with a hyphen name what they do together, no subject of
            # a verb: "Changchun-Siping integrated development", 一体化发展)
            return "E" if at == m.start() - 1 and _PAIRED_NAMES.fullmatch(before) else "V"
        return "V" if before.endswith("s") and not before.endswith("ss") else "E"

    def verb_after_a_plural_subject(m: re.Match[str]) -> str:
        # "shippers use one document", "ports handle more cargo": a noun with a verb's
        # reading after a plural noun, before a determiner, a number or a pronoun only a
        # verb takes ("show what ..."), agrees with it as its verb; a plural modifier
        # ("services trade") stays a compound.
        i = m.start()
        word, before = tokens[i].lower(), tokens[i - 1].lower()
        if word.endswith("s") or not _plural_subject(before) or not verb_too(word):
            return "N"
        if m.string[i + 1] == "W" and tokens[i + 1].lower() not in _OBJECT_PRONOUNS:
            return "N"
        return "V"

    def gerund_verb(m: re.Match[str]) -> str:
        # (but an -ing word English has no verb of is a coined activity's name, no
        # clause's verb: "sell through livestreaming e-commerce", "promote geotagging")
        word = tokens[m.start()]
        if word.islower() and word.endswith("ing"):
            lex = lexicon()
            if not any(w in lex for w in (word, word[:-3], word[:-3] + "e")):
                return "G"
        return "V"

    def plural_after_gerund(m: re.Match[str]) -> str:
        word = tokens[m.start()]
        return "N" if word.endswith("s") and not word.endswith("ss") else "V"

    def adverb_further(m: re.Match[str]) -> str:
        # "we will further expand", "to further improve": the adverb, so the verb after
        # it is seen after its modal or "to".
        return "R" if tokens[m.start()].lower() == "further" else "J"

    def gerund_with_object(m: re.Match[str]) -> str:
        # "in meeting domestic demand", "of building high-level schools": an -ing noun of
        # the lexicon after a preposition, before an adjective, is a gerund with its
        # object (a compound has a noun after it: "building materials").
        return _gerund_of_a_verb(tokens[m.start()].lower())

    def progressive(m: re.Match[str]) -> str:
        # (the match is the pronoun, "be", any adverbs and the -ing noun; a noun the
        # lexicon has no verb of is one here too: "we are piloting ...")
        return m.group()[:-1] + ("V" if tokens[m.end() - 1].endswith("ing") else "N")

    def progressive_with_object(m: re.Match[str]) -> str:
        # "the city is building advanced manufacturing clusters": an -ing noun after a
        # form of "be", before a modifier and its noun, is the progressive's verb with
        # its object ("the priority is housing supply" has no modifier after "housing")
        i = m.start()
        if not tokens[i].endswith("ing") or tokens[i - 1].lower() not in _BE_FORMS:
            return "N"
        return "V"

    def participle_after_a_plural(m: re.Match[str]) -> str:
        # "airports offering through-checked baggage", "companies providing digital
        # services": an -ing noun of a verb after a plural, before a modifier or a
        # determiner, is a participle with its object (a reduced relative clause).
        i = m.end() - 1
        word = tokens[i].lower()
        if not word.endswith("ing") or not _plural_subject(tokens[i - 1].lower()):
            return m.group()
        return m.group()[:-1] + _gerund_of_a_verb(word)

    def verb_after_a_place(m: re.Match[str]) -> str:
        # "farmers in Xiuwen county use sensors", "Mengyin county organized villagers":
        # a place named with its administrative head ends a phrase, so a noun with a
        # verb's reading after it, before its object, is the clause's verb (a product
        # after it is the place's: "Shan county mutton soup").
        i = m.end() - 1
        word = tokens[i].lower()
        if tokens[i - 1] not in _ADMINISTRATIVE_HEADS or not (
                lexicon().get(word) in ("V", "E") or verb_too(word if word.endswith("ss") else
                                                         word.removesuffix("s"))):
            return m.group()
        return m.group()[:-1] + "V"

    def verb_after_relative_that(m: re.Match[str]) -> str:
        # "drugs that address unmet clinical needs", "technologies that use non-grain
        # biomass": after a noun, "that" opens a relative clause (a determiner "that" comes
        # after a verb or a preposition), so a noun with a verb's reading after it, before
        # its object, is the clause's verb; a plural antecedent takes the base form.
        i = m.end() - 1
        word = tokens[i].lower()
        if tokens[i - 1].lower() != "that":
            return m.group()
        if word.endswith("s") and not word.endswith("ss"):
            # a singular antecedent takes the form in -s: "a corridor that links ports"
            if not _plural_subject(tokens[i - 2].lower()) and _verb_s(word):
                return m.group()[:-1] + "V"
            return m.group()
        if not verb_too(word) or not _plural_subject(tokens[i - 2].lower()):
            return m.group()
        return m.group()[:-1] + "V"

    def _verb_s(word: str) -> bool:
        return verb_too(word[:-1]) or word.endswith("es") and verb_too(word[:-2])

    def verb_s_after_relative(m: re.Match[str]) -> str:
        # "Chinese modernization, which features harmony between humanity and nature": a
        # noun in -s with a verb's reading after "which" or "who", before its object, is
        # the relative clause's verb (after "that", verb_after_relative_that).
        i = m.start()
        word = tokens[i].lower()
        if (word.endswith("s") and not word.endswith("ss")
                and tokens[i - 1].lower() in ("which", "who") and _verb_s(word)):
            return "V"
        return "N"

    def coordinated_base_verb(m: re.Match[str]) -> str:
        # "to prevent and address school bullying": a noun with a verb's reading after
        # "and" and a verb's base form (no -ed, -ing or -s on it), before its object, is
        # the verb's second conjunct.
        i = m.end() - 1
        word, verb = tokens[i].lower(), tokens[i - 2].lower()
        if (word.endswith("s") and not word.endswith("ss") or not verb_too(word)
                or verb.endswith(("ed", "ing", "s")) or word.endswith(NOUN_SUFFIXES)):
            return m.group()
        return m.group()[:-1] + "V"

    def verb_after_a_modal(m: re.Match[str]) -> str:
        # "we will resolutely correct pro-cyclical behavior", "China will further open
        # its service sector": after a modal (adverbs between) comes a verb's base form,
        # so an adjective of the lexicon that English has as a verb too is that verb.
        word = tokens[m.end() - 1].lower()
        if verb_too(word) and not _asked(m.string, tokens, m.start()):
            return m.group()[:-1] + "V"
        return m.group()

    def verb_after_a_singular_subject(m: re.Match[str]) -> str:
        # "the corridor links our ports", "the county exports its tea": a noun in -s with
        # a verb's reading after a singular noun, before a determiner, agrees with it as
        # its verb (a plural noun heads its phrase; no determiner comes right after it).
        i = m.start()
        word, before = tokens[i].lower(), tokens[i - 1].lower()
        if (not word.endswith("s") or word.endswith("ss") or before.endswith("s")
                or not before.isalpha() or tokens[m.end()].lower() not in _OBJECT_DETERMINERS
                or not verb_too(word[:-1])):
            return "N"
        return "V"

    def coordinated_verb(m: re.Match[str]) -> str:
        # "we have implemented the law and promoted conservation tillage": a past form
        # after "and", where the clause has a past verb of its own before it, is that
        # verb's second conjunct (its object follows), not a modifier of the noun; an
        # irregular past too ("renovated old compounds and built community life circles"),
        # but not a form that is only a participle ("chilled and frozen pork"). An
        # irregular past is no noun's modifier inside a phrase, so the first conjunct's
        # past verb may stand before a preposition ("added places in kindergartens and
        # built"), an "of" or a verb's -ing ("relocated polluting factories and built").
        i = m.start()
        word = tokens[i].lower()
        if word.endswith(("n", "ne")):
            return "E"
        tags = m.string
        if not word.endswith("ed"):
            for j in range(i - 2, max(i - 16, -1), -1):
                if tags[j] in ".;A":
                    return "E"
                if tags[j] == "V" and tokens[j].endswith("ed"):
                    return "V"
            return "E"
        for j in range(i - 2, max(i - 16, -1), -1):
            t = tags[j]
            if t in ".;AI" or t == "O" and not (tags[j - 1] == "P" and tags[j + 1] in "PD"):
                # another conjunct, or a phrase the "and" may coordinate inside ("in
                # advanced manufacturing and integrated circuits"); but an "of" inside
                # a name is the name's
                return "E"
            if t == "V":
                return "V" if tokens[j].endswith("ed") else "E"
        return "E"

    def head_before_stop(m: re.Match[str]) -> str:
        # (only inside a noun phrase a determiner opens after a preposition: "through
        # the Three Gorges ship lock, giving ..."; "farmers who plant, ..." and "help the
        # village build." keep the verb)
        tags = m.string
        j = m.start() - 1
        while j > 0 and tags[j] in "NPJX":
            j -= 1
        return "N" if (tags[j] == "D" and (j == 0 or tags[j - 1] in "IO") and _base_form(tokens[m.start()])
                       and _PLURAL_SUBJECT.fullmatch(tokens[m.start() - 1]) is None) else "V"

    def head_before_verb(m: re.Match[str]) -> str:
        # (a plural before it is its subject: "the things farmers need are"; a past is a
        # verb: "the railway opened has ...")
        return "N" if (_base_form(tokens[m.start()])
                       and _PLURAL_SUBJECT.fullmatch(tokens[m.start() - 1]) is None) else "V"

    return [
        # JJ "further" after MD or TO: RB
        (_FURTHER, adverb_further),
        # NN in -ing after IN, before JJ (or after be, before JJ or DT): VBG with an object
        (_GERUND_OBJECT, gerund_with_object),
        # NN after NNS, before a determiner or number: VBP when English has the verb
        (_BASE_AFTER_PLURAL, verb_after_a_plural_subject),
        # NN in -ing after a pronoun's be (adverbs between): VBG, the progressive ("we
        # are building utility tunnels", "we are also piloting ...")
        (_PROGRESSIVE, progressive),
        # NN in -ing after be, before a modifier and its noun: VBG with its object
        (_PROGRESSIVE_OBJECT, progressive_with_object),
        # NN in -ing after NNS, before its object's modifier: VBG, a reduced relative
        (_PARTICIPLE_AFTER_PLURAL, participle_after_a_plural),
        # NN after a plural and "that" (NNS after a singular), before its object: the
        # relative clause's verb
        (_RELATIVE_VERB, verb_after_relative_that),
        # NNS after "which" or "who", before its object: VBZ
        (_RELATIVE_S, verb_s_after_relative),
        # NN after a base verb and "and", before its object: the verb's second conjunct
        (_COORDINATED_BASE, coordinated_base_verb),
        # NNS after NN, before a determiner: VBZ when English has the verb
        (_S_AFTER_SINGULAR, verb_after_a_singular_subject),
        # VBN after NNS or NNP, before a noun phrase: VBD (the object rules out a passive)
        (_PLURAL_SUBJECT_VERB, verb_after_a_plural),
        # VB between NN and NN: the noun of a compound (no agreement with the noun before)
        (_BASE_VERB_BETWEEN_NOUNS, noun_between_nouns),
        # NN after a place's name and its head, before its object: the clause's verb
        (_VERB_AFTER_PLACE, verb_after_a_place),
        # RP (or IN) after an -ing noun, with no object after it: part of the noun
        (_PARTICLE_AFTER_NOUN, particle_of_a_noun),
        # JJ RB NEXTTAG NN: an adverb before a noun modifies it
        (_ADVERB_BEFORE_NOUN, adjective_unless_adverb),
        # NN VB PREVTAG TO / PREV1OR2TAG MD / PREVTAG PRP (adverbs may come between)
        (_AFTER_TO_MODAL, verb_unless_nominal),
        # JJ VB PREV1OR2TAG MD: a modal's verb ("will correct", "will further open")
        (_ADJECTIVE_AFTER_MODAL, verb_after_a_modal),
        # VB NN PREV1OR2TAG DT: "the increase", "a record", "our support" (or after
        # "of", where no finite verb stands: "the price of live hogs")
        (_VERB_AFTER_DET, "N"),
        # VBZ after VBG after DT or "of": NNS ("of breeding sows")
        (_PLURAL_AFTER_GERUND, plural_after_gerund),
        # VBN after be/have, or after a pronoun, is a verb: "has connected", "we targeted"
        (_PARTICIPLE_VERB, "V"),
        # VBN after a determiner and a noun, before a noun or determiner, is the verb of
        # a clause: "the province promoted conservation tillage", "the city opened a".
        (_SUBJECT_VERB, "V"),
        # ... and after a noun, before a number: "storage capacity reached 58 million".
        (_VERB_OF_A_FIGURE, "V"),
        # VBD after a verb, a preposition or "to", before a noun or modifier, is a VBN
        (_PAST_BEFORE_NOUN, participle_unless_that),
        # VBG after a preposition, "to", a modal, be, a pronoun or a verb is verbal:
        # "by promoting", "is building", "we are expanding"
        (_GERUND_VERB, gerund_verb),
        # VBN after "and", a past verb before it in the clause: VBD, its second conjunct
        (_COORDINATED_PAST, coordinated_verb),
        # JJ after NNP, before a form of be or have or a modal: NN, the subject's head
        (_HEAD_BEFORE_VERB, "N"),
        # VB after NN, before a form of be or have or a modal: NN, the compound subject's
        # head ("the Three Gorges ship lock is", "the price cap will")
        (_BASE_BEFORE_VERB, head_before_verb),
        # ... or before a stop, a determiner opening the phrase: the same head
        (_BASE_BEFORE_STOP, head_before_stop),
    ]


_AFTER_TO_MODAL = re.compile(r"[TMW]R{0,2}N")
_ADJECTIVE_AFTER_MODAL = re.compile(r"MR{0,2}J")
_S_AFTER_SINGULAR = re.compile(r"N(?<=NN)(?=D)")
# Determiners that open an object (not "such", "all", "both", which may follow a plural
# noun: "travel models such as", "services all performing"; nor "a", "every", "this",
# which open a span of time after one: "1.3 billion transit bags a year").
_OBJECT_DETERMINERS = frozenset("the our its their his her these those".split())
# Wh-words that open a question (a clause whose auxiliary comes before its subject).
_WH = frozenset("what which how why when where who whose".split())


def _asked(tags: str, tokens: list[str], aux: int) -> bool:
    """Whether the modal at ``aux`` is the inverted auxiliary of a question: a wh-word
    stands among the at most five words that open its clause before it ("What role
    will ...", "In what ways can ...")."""
    start = max(tags.rfind(c, 0, aux) for c in ".;,") + 1
    if aux - start > 5:
        return False
    return any(t.lower() in _WH for t in tokens[start:aux])
_ADVERB_BEFORE_NOUN = re.compile(r"R(?<=[DJXIAOV]R)(?=N)")
# Adverbs of degree, focus and time (closed classes of English grammar): before a noun
# they modify the phrase, not the noun ("only ports", "also farmers", "then minister").
_PURE_ADVERBS = frozenset("""also only even just still very so too not then now here there
    about almost nearly already yet again ever never always often soon more most less least
    well quite rather further once twice""".split())
# Wh-words (class W) that before a noun are its determiner, not a subject.
_WH_DETERMINERS = frozenset({"what", "which", "whatever", "whichever"})
# The class replaced comes first and its context is a look-behind: the replacement is
# then a plain string, which ``re.sub`` substitutes in C (a template such as ``\1N`` is
# expanded by Python code for every match), and the search scans for one literal
# character. The context never overlaps the class replaced, so the matches are those of
# ``([DJ])V``, ``([BW]R{0,2})E``, ``(DN)E(?=[DN])`` and ``([ITMBWVRC,.;]|^)G``.
_VERB_AFTER_DET = re.compile(r"V(?<=[DJO]V)")
# A verb in -s after an -ing word after a determiner or "of": the plural the -ing word
# modifies ("the number of breeding sows stood at", "the rising costs"), as no finite
# verb follows "of" and an -ing word.
_PLURAL_AFTER_GERUND = re.compile(r"V(?<=[DO]GV)")
_PARTICIPLE_VERB = re.compile(r"E(?:(?<=[BW]E)|(?<=[BW]RE)|(?<=[BW]RRE))")
_SUBJECT_VERB = re.compile(r"E(?:(?<=DNE)|(?<=DNRE)|(?<=DXNE)|(?<=DXNRE))(?=[DJN])")
_VERB_OF_A_FIGURE = re.compile(r"E(?<=[NP]E)(?=X)")
_FURTHER = re.compile(r"J(?<=[MTW]J)")
_POSTPOSITIVE = re.compile(r"J(?<=[NP]J)(?![NJEL])")
# An adjective of the lexicon after a name, before a form of "be" or "have" or a modal, is
# the head noun of the subject the name classifies: "Shimen citrus has been registered",
# "Turpan raisin is sold ..." (a word the lexicon has as an adjective only, from "citrus
# fruit"); an adjective after a name says nothing of it before a verb.
_HEAD_BEFORE_VERB = re.compile(r"J(?<=PJ)(?=[BM])")
_BASE_BEFORE_VERB = re.compile(r"V(?<=NV)(?=[BM])")
_BASE_BEFORE_STOP = re.compile(r"V(?<=NV)(?=[.,;])")
_PLURAL_SUBJECT = re.compile(r"[a-z]+[^s]s|people|children")


def _base_form(word: str) -> bool:
    """Whether a word is a verb's base form that is a noun's too: English has its form in
    -s ("lock", "locks"; not "began", "opened")."""
    lex = lexicon()
    return not word.endswith("ed") and (word + "s" in lex or word + "es" in lex)
# Adjectives of extent (general English: "-wide" forms and "overseas", adjectives before a
# noun, adverbs after a verb's object: "nationwide coverage", "expanded it nationwide").
_EXTENT = frozenset("nationwide worldwide countrywide statewide citywide provincewide "
                    "overseas".split())


def _extent_adverbs(tags: str, tokens: list[str]) -> str:
    """JJ of extent after NN, before no noun or modifier, is RB: "expanded pension
    insurance nationwide and ..." says where the verb acts, and the noun ends the phrase
    (run only on a text that has such a word)."""
    return _POSTPOSITIVE.sub(lambda m: "R" if tokens[m.start()].lower() in _EXTENT else "J",
                             tags)


# (and after a form of "be", a comma or "and", before a modifier or determiner: "we are
# building important national bases", a progressive verb with its object; "five tasks:
# ..., building important national bases for ...", "... and building national cultural
# parks", a clause of a list)
_GERUND_OBJECT = re.compile(r"N(?<=[IO]N)(?=J)|N(?<=[B,;A]N)(?=[JD])")
_BASE_AFTER_PLURAL = re.compile(r"N(?<=[NP]N)(?=[DXJW])")
# Pronouns that only a verb takes as its object after a noun ("the trains show what
# China can build", "farmers grow them"); a relative ("that", "which") may follow a noun.
_OBJECT_PRONOUNS = frozenset({"what", "how", "why", "whether", "it", "them", "us"})
# (these five open with a literal, which the engine searches for fast; the class they
# may change is the match's last)
_PROGRESSIVE = re.compile(r"WBR{0,2}N")
_RELATIVE_VERB = re.compile(r"NIN(?=[JNDX])")
_RELATIVE_S = re.compile(r"N(?<=WN)(?=[JNDX])")
_PARTICIPLE_AFTER_PLURAL = re.compile(r"NN(?=[JDE])")
_VERB_AFTER_PLACE = re.compile(r"PN[NEJ](?=[NJDE])")
_COORDINATED_BASE = re.compile(r"VAN(?=[JNDX])")
# Two or more names joined by hyphens: places paired ("Changchun-Siping", "Beijing-
# Tianjin-Hebei").
_PAIRED_NAMES = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)+")
# The heads of China's administrative divisions, said in lowercase after a place's name.
_ADMINISTRATIVE_HEADS = frozenset("county village town district province prefecture "
                                  "township".split())
# Nouns put in the plural before another noun (English grammar: plural premodifiers,
# Quirk et al. 1985, "A Comprehensive Grammar of the English Language", on plural
# nouns as premodifiers: "sales tax", "savings bank", "sports ground", "arms race"):
# such a modifier is no plural head of a clause of its own ("parks dot").
PLURAL_MODIFIERS = frozenset("sales savings sports arms goods customs earnings securities "
                             "services rights emissions".split())
_PLURAL_SUBJECT_VERB = re.compile(r"E(?:(?<=[NP]E)|(?<=[NP]RE))(?=[DJNE])")
# A verb later in the clause: the participle before it is a reduced relative ("the
# products developed last year are selling"); one after a relative pronoun is the
# relative clause's ("Zibo developed ceramic matrix composites that are used ...").
_LATER_VERB = re.compile(r"[^.;,]*?[VB]")
_RELATIVES = frozenset({"that", "which", "who"})
_BASE_VERB_BETWEEN_NOUNS = re.compile(r"V(?:(?<=NV)(?=N)|(?<=[NJ]NV)(?=[I.,;A]))")
_COORDINATED = re.compile(r"A[NJE]*$")      # "and" in the noun phrase that ends here
# Plural nouns without -s (English grammar: invariable plurals), which a base form agrees with.
_INVARIANT_PLURALS = frozenset("people police cattle staff personnel media children men women "
                               "livestock poultry clergy".split())
_PARTICLE_AFTER_NOUN = re.compile(r"[RI](?<=N[RI])(?![DNJEPXGW])")
_NOUN_PARTICLES = frozenset({"up", "out"})
_PROGRESSIVE_OBJECT = re.compile(r"N(?<=BN)(?=[JEV]N)")
_PAST_BEFORE_NOUN = re.compile(r"V(?<=[VITXG]V)(?=[NJE])")    # (X: "44,800 recommended standards")
_COORDINATED_PAST = re.compile(r"E(?<=AE)(?=[NJE])")
_GERUND_VERB = re.compile(r"G(?<![^ITMBWVRC,.;]G)")
