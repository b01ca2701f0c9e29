"""Domain terms: lowercase multi-word terms salient against general English.

Candidates are noun phrases found from part-of-speech tags
(:mod:`termsmith.harvest.tagger`): one regular expression over the string of tag
classes finds runs of modifiers (adjectives, participles, nouns) ending in a noun,
with at most one connector inside (``ice and snow tourism``, ``rule of law``).
Every sub-phrase of a run that starts with a modifier or noun and ends with a
noun is a candidate (up to five words; six when an -ly adverb and its participle
lead). Termhood follows Frantzi, Ananiadou & Mima (2000), "Automatic recognition of
multi-word terms: the C-value/NC-value method":

* C-value rewards frequent longer strings and discounts a string by the
  frequency of the longer candidates it is nested in, so ``productive forces``
  inside ``new quality productive forces`` does not count on its own;
* specificity: words rare in general English (``wordfreq`` Zipf scale) make a
  phrase more technical, so a single ``conservation tillage`` still qualifies,
  while a one-off phrase of common words does not; adjectives and participles
  count half, as they describe more often than they classify.

Frequencies are counted over a key with the head noun singularised, so
``black soil belt`` and ``black soil belts`` count together; each candidate
keeps the form written, and the merge step groups the variants.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TypeVar

from termsmith.document import Segment
from termsmith.frequency import zipf as _zipf
from termsmith.harvest import tagger
from termsmith.harvest.base import PLENARY, Candidate, Kind, Occurrence
from termsmith.harvest.lexicon import (
    ANCHORS,
    COUNTRIES,
    DYNASTY_NAMES,
    ELEMENTS,
    FORMULATIONS,
    GRADES,
    INDICATORS,
    PEOPLES,
    agent_noun,
    evaluative,
    no_genus,
    pinyin_name,
)
from termsmith.harvest.names import PLACE_FOLLOWERS, PLACE_HEADS, SERIAL_NAME
from termsmith.matcher import Matcher
from termsmith.normalize import plural, singular
from termsmith.readers.script import PINYIN
from termsmith.text import Sentences, sentences

__all__ = ["harvest"]

# Termhood below which a candidate is dropped. Set so that established collocations of
# common words seen twice or more ("food safety", "air quality", "clean energy") come
# in, at the bottom of the ranking, where a reviewer meets them last.
MIN_SCORE = 0.35
_MAX_N = 5
_LONGEST = _MAX_N + 1     # the most words of a candidate (an -ly adverb leading, _ngrams)
# A set formulation of the genre is a term for sure, but statistical evidence ranks it no
# higher than a quoted slogan.
_FORMULATION_SCORE = 0.8
# A set formulation said bare that glossaries seldom keep (lexicon.ANCHORS) scores with the
# statistical phrases said inside longer terms (harvest.NESTED_SCORE): below the terms a
# glossary keeps, still a candidate.
_ANCHOR_SCORE = 0.45
_SINGLE_RARITY = 0.6      # a term seen once must be at least this rare in general English
# How much rarer than its estimate a hyphened compound is (Zipf): wordfreq splits it at
# the hyphen and estimates it from its commonest parts' frequencies, but "left-behind"
# and "water-saving" are far rarer as words than "left" or "water". Not the compounds
# of general English, which the tagger's lexicon (Brown corpus and Penn Treebank) has:
# "long-term", "on-site", "decision-making". (Chosen on the dev set: 0.5, 1.0 and 1.5
# give the same must recall; 1.0 and 1.5 two should terms more.)
_COMPOUND = 1.0
_COMMONEST = 5.3          # Zipf frequency of the commonest adjectives (good, great, high, key)


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Nouns and adjectives of counting and time (general English): "first quarter", "last
# year", "two years", "hundreds" make no term; nor do the quantifiers the tagger's
# lexicon reads as adjectives ("many ethnic groups", "few cases", "much progress"), the
# postdeterminer "other" ("other arid regions") and the pro-form "ones" ("weaker ones").
# ("period" is none: a period a rule or nature sets is a term, 过渡期, 禁火期, 冷静期, 无霜期:
# "transition period", "fire-prohibition period", "cooling-off period", "frost-free period";
# "the same period" is a deictic's.)
_COUNTING = _w("""
    many few much
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion billions dozens tens first
    second third fourth fifth sixth seventh eighth ninth tenth last next previous latest recent
    year years month months week weeks day days time times quarter quarters decade decades
    moment yesterday tomorrow today
    other others ones
""")
# General nouns (Halliday & Hasan 1976, "Cohesion in English", 6.4; Mahlberg 2005,
# "English General Nouns"): nouns of such wide reference that they make no term as a
# head or modifier ("important role", "every effort", "various aspects").
_GENERAL = _w("""
    aspect aspects way ways thing things effort efforts measure measures number numbers level
    levels part parts segment segments portion portions role roles field fields kind kinds
    type types sort matter example
    instance case cases point points step steps place side regard respect terms basis manner
    fact situation context extent degree scope result results people condition conditions
    everyone everything something anything individuals opportunity opportunities lot lots
    idea ideas question questions answer answers issue issues area areas
""")
# General nouns that also name a field's object when they modify ("case" a lawsuit in
# "case filing registration system", "point" a source in "point source pollution",
# "area" a territory in "area chief system"); not those of discourse ("for example
# booking systems": "example", "instance", "way" never modify a term).
_FIELD_GENERAL = _w("case point area level type field condition")
# Titles and units of measurement: "square kilometers" is not a domain term.
_UNITS = _w("""
    mr ms mrs dr percent percentage kilometer kilometers kilometre kilometres meter meters
    metre metres ton tons tonne tonnes kilogram kilograms gram grams microgram micrograms
    hectare hectares acre acres mile miles liter liters litre litres watt watts kilowatt
    kilowatts gigabit gigabits degrees inch inches square cubic metric latitude longitude yuan
    dollar dollars mu jin
""")
_BREAK = _COUNTING | _GENERAL | _UNITS
# ... but "field" after a resource mined from it names a place of a kind (气田, 油田, 煤田:
# "shale gas field", "Fuling shale gas field"), and so it does after the way a farm's
# fields are built (梯田, 水田: "Yunhe terraced fields", "paddy fields"); a gold field (金矿田)
# is one too ("Wangu gold field"), and a salt field (盐田) where salt is made from brine.
_MINED_FIELDS = frozenset({"field", "fields"})
_MINED = frozenset({"gas", "oil", "coal", "gold", "salt", "terraced", "paddy"})
# General nouns that head a term of statistics after a noun: "sales area", "sown area"
# name what is measured (the area of floor or land), unlike "key areas", "in the area of".
_MEASURED = _w("area areas")
# ... and "point" after a noun names a site of a service or a watch (点: 监测点, 服务点,
# 预警点): "monitoring points", "delivery service points", "early-warning points",
# unlike "key points", "at this point".
_SITE_POINTS = _w("point points")
_HEADED_AFTER_NOUN = _MEASURED | _SITE_POINTS
# Evaluative and size adjectives of general English (Biber et al. 1999, "Longman Grammar
# of Spoken and Written English", 7.4: the commonest evaluative, size and degree
# adjectives): they judge or grade what a term names, so a phrase said once and starting
# with one ("remarkable progress", "huge market") is a description, not a term. Not
# "basic" nor "special": in the genre they classify, rendering 基本 and 专项/特殊 in
# names of schemes ("basic old-age insurance", "special customs operations").
_EVALUATIVE = _w("""
    good better best great greater greatest big bigger biggest large larger largest small
    smaller smallest huge vast enormous tremendous important significant major main chief
    principal notable remarkable outstanding excellent beautiful wonderful fantastic nice
    fine strong stronger solid positive negative serious severe obvious clear clearer
    considerable substantial steady stable rapid fast quick slow slight sharp various
    several numerous certain particular specific entire whole overall full total further
    relevant real true genuine unique distinctive typical fundamental
    essential crucial vital critical necessary effective efficient successful useful
    tangible fresh bright profound broad wide deep high higher highest low lower lowest
    long short increasing growing rising continuous constant sustained
    popular renowned well-known attractive vibrant thriving rich abundant diverse
    favorable favourable sound sounder robust well-developed
""")
# Abstract nouns of change, evaluation and activity (the "shell noun" classes of Schmid
# 2000, "English Abstract Nouns as Conceptual Shells": factual, eventive and mental
# nouns of general English), and the genre's metaphor of a stage of history ("a new
# chapter", "the Hubei chapter of Chinese modernization"): as the head of a phrase said
# once they make a description ("reform momentum", "policy effects", "visible
# progress"), not a term. A phrase said again and again with one is left to its
# termhood when a word of it is uncommon ("structural adjustment"); of common words
# only, it stays a description however often it is said ("economic performance": the
# shell, not a concept).
_VAGUE_HEADS = _w("""
    change changes trend trends progress improvement improvements adjustment adjustments
    momentum challenge challenges difficulty difficulties problem problems achievement
    achievements breakthrough breakthroughs advance advances effect effects impact impacts
    outcome outcomes performance situation situations activity activities sentiment
    sentiments enthusiasm vitality atmosphere potential prospect prospects aspiration
    aspirations contribution contributions strength strengths landscape landscapes craze
    data feature features characteristic characteristics work chapter chapters
""")
# Of those, the mass nouns of things and labour rather than shells of change or
# judgement: said again and again, "big data" is a term of common words.
_MASS_HEADS = _w("data work")
# Adjectives that place what a noun names in time relative to the speaker (English
# grammar: deictic time adjectives, Quirk et al. 1985, "A Comprehensive Grammar of the
# English Language", 7.36): "ongoing reforms", "present arrangements" describe the moment,
# like the evaluative ones. ("future" is left out: "future industries" is a term.)
_DEICTIC = _w("ongoing current contemporary present existing former upcoming")
# Adjectives of spatial scope (general English: the place adjectives that say where, not
# what kind, Quirk et al. 1985, 7.36 with the deictic ones): a phrase said once with one
# ("regional tourism", "local delicacies", "international railway trains") places a
# thing, it does not name a kind. ("domestic" is left out: it also means household, as
# in "domestic sewage", "domestic demand".)
_SCOPE = _w("regional global international national local worldwide overseas foreign")
# Grading words (comparison, English grammar): a phrase with one grades ("more
# balanced growth", "wider coverage"), it does not name.
_GRADING = _w("more most less least fewer")
# Adjectives of a period (how often, over what span): before a term the text also says
# alone, they measure it, they do not name a new one.
_PERIODIC = _w("annual yearly quarterly monthly weekly daily")
# Adjectives that relate what a noun names to something outside the phrase (English
# grammar: relational rather than classifying uses, Quirk et al. 1985, 7.36-7.44): an
# average of a measure, a possessor's "own" ("their own development paths"), what a
# rule admits ("eligible enterprises"). Said a few times, the phrase is the term after
# them, said so.
_AVERAGED = _w("average own eligible")
_RECURRING = _w("survey surveys census report reports review reviews inspection inspections")
# Boilerplate of the genre (press conferences and white-paper releases): the event, its
# documents, its speech and its people's posts. A phrase headed by one of these is no
# term of the conference ("press conference", "regular briefing", "opening remarks",
# "vice governor", "deputy commissioner"): it scores _BOILERPLATE.
_BOILERPLATE_HEADS = _w("""
    conference conferences briefing briefings paper papers remark remarks question questions
    reporter reporters journalist journalists audience spokesperson spokespersons
    governor governors mayor mayors secretary secretaries minister ministers director
    directors director-general directors-general commissioner commissioners chairman
    chairperson chairwoman president presidents premier deputy deputies vice head heads
    official officials counsellor inspector
""")
# ... and the outlets of the press the chairperson asks questioners to name ("Please
# identify the news outlet you represent"): the conference's procedure, not its subject
# (an outlet of a trade or a service is a term: "emergency supply outlets").
_PRESS_OUTLETS = frozenset({("news", "outlet"), ("media", "outlet")})
_BOTTOM = 0.3
# Boilerplate scores under the default cut of harvest.run (MIN_SCORE 0.3): not shown
# unless asked for (--min-score 0.2), and then last.
_BOILERPLATE = 0.2
# A modifier put before this many different heads in one text is a productive modifier
# (see _productive).
_PRODUCTIVE = 4
# Said up to this many times, a phrase of common words after a productive modifier is
# still a description (benchmarks/harvest_loo.py chooses it leaving each transcript out).
_PRODUCTIVE_SAID = 3
# A modifier this rare in general English (Zipf) is a word of the field, not a
# description: its phrases are a family of terms however many there are.
_RARE_MODIFIER = 2.5
# Modifiers a head is put after in one text from which it is freely exchanged (_exchangeable).
_EXCHANGEABLE_HEAD = 4
# Occurrences from which a phrase always after the same modifier is a tail (_bound_left).
_BOUND_MIN = 2
# Plural premodifiers ("sales tax", "parks dot" is a clause): the tagger's list.
_PLURAL_MODIFIERS = tagger.PLURAL_MODIFIERS
# Invariant nouns ending in -s (English grammar): their last s is no plural.
_UNSINGULAR = _w("goods news series species means headquarters logistics economics grassroots")

# The words a text says in lowercase (hyphens inside), for a set of them: no look-around
# (a third faster on 3 MB); the tail of a capitalised word ("arket" of "Market") that it
# also yields is no word the tagger asks about.
_LOWERCASE_WORD = re.compile(r"[a-z][a-z-]*")
# A capitalised word opening a sentence before a lowercase word: a common word of English
# that the document capitalises only where a sentence opens is a common word there
# ("Property management service enterprises must ...", "Sexual harassment is ..."), though
# the document never says it in lowercase; one it capitalises inside a sentence too (after
# a lowercase word, a digit or a comma), not as the first words of a longer name ("the
# Ecological Protection Red Line"), is a name ("China", "Belt"). The capital is matched
# first: a look-behind tried at every character costs three times as much.
_OPENING_CAPITAL = re.compile(r"[A-Z](?:(?<=[.!?] [A-Z])|(?<=^[A-Z]))[a-z]+(?= [a-z])", re.M)
_INSIDE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;")
# A run: tag classes that may stand in a noun phrase term. N noun, J adjective,
# E past participle, G -ing form, A "and", O "of" (see termsmith.harvest.tagger).
# (The look-ahead only skips runs of one word, which make no candidate, before they are
# matched: the runs of two words or more are the same.)
# Two adjectives joined by "and" before more of a noun phrase (_harvest), and the words
# of degree that grade such a pair.
_GRADED_PAIR = re.compile(r"[JE]A[JE][JNE]")
_DEGREE_WORDS = frozenset({"more", "most", "less", "increasingly"})
_RUN = re.compile(r"(?=[LNJEGAO][NJEGAO])L?[NJEGAO]*N[NJEGAO]*")
# An adverb in -ly before a participle or adjective that it grades into a classifying
# modifier ("newly built warehouses", "highly trained welders", "densely populated
# counties"): L, allowed at the start of a run.
# Where a noun phrase starts: after a determiner, preposition, conjunction or number; or
# opening a sentence before an adjective or participle ("Fully digitalized e-invoices
# ..."), or a clause before an adjective ("..., fully digitalized e-invoices": before a
# past form after a comma it is the clause's verb, "..., comprehensively cultivated
# brands").
_ADVERB = re.compile(r"R(?:(?<=[DIOAXG]R)(?=[JE]|V[NJ])|(?<=[.;]R)(?=[JE][NJ])"
                     r"|(?<=^R)(?=[JE][NJ])|(?<=,R)(?=J[NJ]))")     # (R first: scans fast)
# Adverbs in -ly that focus on or single out what follows ("namely", "especially", Quirk
# et al. 1985, 8.116-8.117: focusing subjuncts), never a compound's modifier.
_FOCUSING = frozenset("""namely especially particularly mainly mostly largely notably
    primarily chiefly partly principally specifically respectively exclusively solely
    merely simply only nearly roughly approximately currently originally previously
    initially finally eventually""".split())
# Chunk classes: what a word of a run may be in a candidate (_count). A candidate starts
# with a modifier or noun (N, J, E, L), ends with a noun or a measured head (N, M), has
# only these, -ing forms and at most one connector (A, O) inside, and never crosses a
# break: _GAP, a word that makes no term (_BREAK, or a single character) or the gap
# between two runs.
_STARTS, _ENDS, _INSIDE, _LINK = "NJEL", "NM", "NJELGAO", "AO"
_GAP = " "


@dataclass(slots=True)
class _Runs:
    """The runs of a text, one after another, each followed by a gap (and the first one
    preceded by one): per word its lowercase form, tag class, chunk class, sentence (an
    index into the list of sentences) and offsets in its paragraph. A candidate is a
    span ``(i, j)`` of word indices; the spans of a text in order are in text order."""

    words: list[str] = field(default_factory=lambda: [""])
    tags: list[str] = field(default_factory=list)       # per run: joined by freeze()
    classes: list[str] = field(default_factory=list)
    sentence: list[int] = field(default_factory=lambda: [-1])
    starts: list[int] = field(default_factory=lambda: [0])
    ends: list[int] = field(default_factory=lambda: [0])

    def add(self, words: list[str], tags: str, sentence: int, starts: list[int],
            ends: list[int]) -> None:
        """Append a run and the gap after it (the lists given are taken over)."""
        self.tags.append(tags)
        self.classes.append(_chunk_classes(words, tags))
        words.append("")
        self.words += words
        starts.append(0)
        self.starts += starts
        ends.append(0)
        self.ends += ends
        self.sentence += [sentence] * len(words)

    def freeze(self) -> tuple[str, str]:
        """The tag and chunk classes of all the words, as two strings (with the gaps)."""
        return (f"{_GAP}{_GAP.join(self.tags)}{_GAP}",
                f"{_GAP}{_GAP.join(self.classes)}{_GAP}")


def _chunk_classes(words: list[str], tags: str) -> str:
    """The chunk classes of a run's words: their tags, but a gap for a word that makes no
    term and M for a measured head ("sales area", "sown area")."""
    if _BREAK.isdisjoint(words) and 1 not in map(len, words):
        return tags         # most runs
    classes = [_GAP if w in _BREAK or len(w) < 2 else t for w, t in zip(words, tags, strict=True)]
    if (classes[0] == _GAP and words[0] in _FIELD_GENERAL and tags[:3] == "NNN"
            and not _looks_plural(words[0]) and classes[1] != _GAP and classes[2] != _GAP):
        # a general noun that opens a compound of two nouns more modifies it as a field's
        # word: "case filing registration system" (立案登记制), not "in this case"
        classes[0] = "N"
    for x in range(1, len(words) - 1):
        if (classes[x] == _GAP and words[x] in _FIELD_GENERAL and tags[x - 1:x + 2] == "NNN"
                and classes[x - 1] != _GAP and not _looks_plural(words[x])):
            # ... and so does one inside a compound of nouns: "skill level certification",
            # "water level monitoring", "sea area use rights"
            classes[x] = "N"
    for x in range(1, len(words)):
        if words[x] in _MINED_FIELDS and words[x - 1] in _MINED and classes[x - 1] != _GAP:
            classes[x] = "N"    # a field a resource is mined from: "gas field" (气田)
    if not _HEADED_AFTER_NOUN.isdisjoint(words):
        for x in range(1, len(words)):
            if words[x] in _HEADED_AFTER_NOUN and classes[x - 1] != _GAP and (
                    tags[x - 1] in "NE" or (tags[x - 1] == "J" and "-" in words[x - 1])):
                # a measure after a noun, a head though a general noun ("sown area");
                # so is an area a participle or compound classifies ("protected areas",
                # "poverty-stricken areas")
                classes[x] = "M"
    return "".join(classes)


Key = tuple[str, ...]
_K = TypeVar("_K", bound=Hashable)     # a key, or what stands for one


@dataclass(slots=True)
class _Stats:
    forms: list[tuple[int, int]] = field(default_factory=list)  # (first, end) words of _Runs
    final: int = 0       # occurrences where it is a head: at a chunk end or before a connector
    parents: dict[Key, int] = field(default_factory=dict)   # longer candidate -> frequency
    descriptive: tuple[bool, ...] = ()    # per word: an adjective or participle


def harvest(segments: Iterable[Segment], *, min_score: float = MIN_SCORE) -> Iterator[Candidate]:
    """Yield one DOMAIN candidate per occurrence of each term scoring ``min_score`` or more."""
    return _harvest(segments, min_score)   # a generator: lazy all the same


def _opening_only(text: str, lowercase: set[str]) -> list[str]:
    """The common words of English (a noun or adjective of the lexicon) that ``text``
    capitalises only where they open a sentence, in lowercase (:data:`_OPENING_CAPITAL`)."""
    lex = tagger.lexicon()
    return [low for w in set(_OPENING_CAPITAL.findall(text)) if (low := w.lower()) not in lowercase
            and lex.get(low) in ("N", "J") and not _said_inside(text, w)]


def _said_inside(text: str, word: str) -> bool:
    """Whether ``text`` capitalises ``word`` inside a sentence, not as a longer name's
    first word (:data:`_OPENING_CAPITAL`); found with ``str.find``, a few words a text."""
    n = len(word)
    i = text.find(word, 2)
    while i >= 0:
        end = i + n
        if (text[i - 1] == " " and text[i - 2] in _INSIDE_BEFORE
                and not text[end:end + 1].isalpha()
                and not (text[end:end + 1] == " " and text[end + 1:end + 2].isupper())):
            return True
        i = text.find(word, i + 1)
    return False


def _harvest(segments: Iterable[Segment], min_score: float) -> Iterator[Candidate]:
    content = [s for s in segments if s.role.is_content]
    said: set[tuple[int, str, int, int]] = set()     # where set formulations were said
    formulas: dict[Key, int] = defaultdict(int)       # how often each was said
    tagged: dict[int, tagger.Tagged] = {}             # segment index -> its tags (once)
    # The words the document says in lowercase: a capitalised word opening a sentence is
    # the common word if the document uses it so anywhere ("Market procurement trade
    # grew ..." beside "markets"), not only in its own paragraph (tagger.tag).
    whole = "\n".join(s.text for s in content)
    lowercase = set(_LOWERCASE_WORD.findall(whole))
    lowercase.update(_opening_only(whole, lowercase))
    for c in _formulations(content, said, tagged, lowercase):
        o = c.occurrence
        said.add((o.line, o.sentence, o.start, o.end))
        *rest, last = c.term.lower().split()
        formulas[(*rest, _singular(last))] += 1
        yield c
    sents: list[tuple[Segment, str, int]] = []     # segment, sentence text, its offset
    runs = _Runs()
    named: list[tuple[Segment, tuple[int, int], int, int]] = []
    # The document's lowercase words of no English (a word's tail too, "arket" of
    # "Market": it matches no token); most documents have none.
    coined = frozenset(filter(_coined_or_field, lowercase))
    counted: list[_Place] = []          # numbered sets and censuses said
    aimed: list[_Place] = []            # zones named for an aim
    coinages: list[_Place] = []         # coined words said
    coined_said: dict[str, int] = defaultdict(int)  # ... as any word, alone or not
    designated: list[_Place] = []       # national designations ("national ... parks")
    economies: list[_Place] = []        # named sectors of the economy ("silver economy")
    hotlines: list[_Place] = []         # numbered service hotlines ("12345 hotline")
    isotopes: list[_Place] = []         # isotopes by name ("iodine-131")
    sessions: list[_Place] = []         # plenary sessions said in lowercase
    old_towns: list[_Place] = []        # "the ancient city of Dali"
    spirits: list[_Place] = []          # "the spirit of the Zunyi Meeting"
    stretches: list[_Place] = []        # "the upper reaches of the Yellow River"
    goals: list[_Place] = []            # national goals ("a leading sporting nation")
    fields: list[_Place] = []           # integrations of two or three fields
    ecosystems: list[_Place] = []       # the ecosystems listed as one life community
    crimes: list[_Place] = []           # the charges of the Criminal Law ("crime of ...")
    positions: list[_Place] = []        # what a place is built into
    rates: list[_Place] = []            # indicators stated as rates
    rated: list[_Place] = []            # ... and as a rate or ratio of what they count
    per_capita: list[_Place] = []       # ... and per capita of whom
    actions: list[_Place] = []          # a policy's action and what it acts on ("of")
    programmes: list[_Place] = []       # programmes named for their span and aim
    chapters: list[_Place] = []         # places' chapters of Chinese modernization
    characterised: list[_Place] = []    # systems "with Chinese characteristics"
    genitives: list[_Place] = []        # descriptive genitives ("people's mediation")
    highlands: list[_Place] = []        # highlands a place is to be
    nicknamed: list[_Place] = []        # phrases given a popular name
    lists: list[_Place] = []            # the state's named lists
    inside: list[_Place] = []           # terms with an acronym glossed inside them
    alternated: list[_Place] = []       # terms with a word's alternative in brackets
    tiered: list[_Place] = []           # systems of so many tiers ("three-tier ...")
    resting: list[_Place] = []          # systems said with what they rest on ("with ... as
                                        # the mainstay")
    sized: list[_Place] = []            # indicators of firms above designated size
    controlled: list[_Place] = []       # dual controls ("dual control over ...")
    graded: list[_Place] = []           # classes of a classification ("Class I ports")
    titled = _Titled()                  # runs of proper nouns (names, titles)
    lower = _LOWER.__getitem__
    for n, seg in enumerate(content):
        text = seg.text
        tg = tagged.pop(n, None) or tagger.tag(text, lowercase)
        spans = sentences(text)
        if "PP" in tg.tags:
            titled.add(tg)
        if "P" in tg.tags:
            crafted = tg
            if "G" in tg.tags:
                # (a name's craft in an -ing word of no English: "Dongyang woodcarving";
                # or a nominal -ing head after its noun: "Qingtian stone carving")
                marked = _nominal_gerunds(tg.tags, tg.tokens)
                if "PG" in marked:
                    marked = _unknown_gerunds(marked, tg.tokens)
                if marked != tg.tags:
                    crafted = tagger.Tagged(tg.text, tg.tokens, tg.starts, tg.ends, marked)
            named.extend((seg, sp, a, b) for sp, a, b in _named_heads(crafted, spans))
        if "hotline" in text or " 12" in text or " 95" in text or " 96" in text:
            hotlines.extend(_hotlines(seg, spans))
        if "-" in text and _HYPHEN_DIGIT.search(text):
            isotopes.extend(_placed_all(_ISOTOPE, seg, spans, _isotope))
        if " plenary session of the " in text:
            sessions.extend(_placed_all(_PLENARY, seg, spans))
        if " city of " in text or " town of " in text:
            old_towns.extend(_placed_all(_OLD_TOWN, seg, spans))
        if "spirit of the " in text:
            spirits.extend(_placed_all(_NAMED_SPIRIT, seg, spans, _named_spirit))
        if " of the " in text and " River" in text:
            stretches.extend(_placed_all(_RIVER_STRETCH, seg, spans))
        if ("leading " in text or "strong " in text) and _GOAL.search(text):
            goals.extend((seg, sp, a, b) for sp, a, b in _national_goals(tg, spans))
        if " into a" in text and _INTO.search(text):
            positions.extend((seg, sp, a, b) for sp, a, b in _positionings(tg, spans))
        if "ntegration of " in text:
            fields.extend((seg, sp, a, b) for sp, a, b in _integrations(tg, spans))
        if "ountains, " in text:
            ecosystems.extend((seg, sp, a, b) for sp, a, b in _ecosystem_lists(tg, spans))
        if "rime of " in text:
            crimes.extend((seg, sp, a, b) for sp, a, b in _crimes(tg, spans))
        if "chapter of Chinese" in text:
            chapters.extend(_placed_all(_CHAPTER, seg, spans))
        if " with Chinese characteristics" in text:
            characterised.extend((seg, sp, a, b) for sp, a, b in _characterised(tg, spans))
        if "'s " in text or "’s " in text or "s' " in text or "s’ " in text:
            genitives.extend((seg, sp, a, b) for sp, a, b in _genitives(tg, spans))
        if "-tier " in text:
            tiered.extend((seg, sp, a, b) for sp, a, b in _tiered(tg, spans))
        if " with " in text and any(r in text for r in _RESTS_ON_SAID):
            resting.extend((seg, sp, a, b) for sp, a, b in _resting_on(tg, spans))
        if "dual control" in text:
            controlled.extend((seg, sp, a, b) for sp, a, b in _dual_controls(tg, spans))
        if " above designated size" in text:
            sized.extend((seg, sp, a, b) for sp, a, b in _above_size(tg, spans))
        if " (" in text:
            alternated.extend((seg, sp, a, b) for sp, a, b in _alternatives_inside(tg, spans))
        brackets = _glossed_brackets(text) if " (" in text else None
        if brackets:
            inside.extend((seg, sp, a, b) for sp, a, b in _glossed_inside(tg, spans, brackets))
        if "he list of " in text or "national list of " in text:
            lists.extend((seg, sp, a, b) for sp, a, b in _named_lists(tg, spans))
        staged = "tandard" in text and _STAGE.search(text) is not None
        if staged or any(g in text for g in _GRADES_SAID):
            graded.extend((seg, sp, a, b) for sp, a, b in _graded_classes(tg, spans, staged))
        if any(w in text for w in _KNOWN_AS_SAID):
            nicknamed.extend((seg, sp, a, b) for sp, a, b in _nicknamed(tg, spans))
        if "highland" in text:
            highlands.extend((seg, sp, a, b) for sp, a, b in _highlands(tg, spans))
        if "-year " in text and _YEARS_FOR.search(text):
            programmes.extend((seg, sp, a, b) for sp, a, b in _year_programmes(tg, spans))
        if " per " in text and _RATE.search(text):
            rates.extend((seg, sp, a, b) for sp, a, b in _rates(tg, spans))
        if " rate of " in text or " ratio of " in text:
            rated.extend((seg, sp, a, b) for sp, a, b in _rates_of(tg, spans))
        if "er capita " in text and " of " in text:
            per_capita.extend((seg, sp, a, b) for sp, a, b in _per_capita_of(tg, spans))
        if " of " in text:
            actions.extend((seg, sp, a, b) for sp, a, b in _actions_of(tg, spans))
        if (" for " in text or any(z in text for z in _ZONES_OF)) and _AIMED.search(text):
            aimed.extend((seg, sp, a, b) for sp, a, b in _aimed_zones(tg, spans))
        if coined and not coined.isdisjoint(tg.tokens):
            said_here = coined.intersection(tg.tokens)
            coinages.extend((seg, sp, a, b) for sp, a, b in _coined_nouns(said_here, tg, spans))
            for w in said_here:
                coined_said[w] += tg.tokens.count(w)
        first = len(sents)
        sents.extend([(seg, text[s:e], s) for s, e in spans])
        economy = "economy" in text
        bounds = [s for s, _ in spans]
        starts, ends, tokens = tg.starts, tg.ends, tg.tokens
        classes = _adverbs(tg) if "R" in tg.tags else tg.tags
        if "P" in classes:
            classes = _participles_after_names(_inner_acronyms(classes, tokens), tokens)
        if "G" in classes:
            classes = _unknown_gerunds(_nominal_gerunds(classes, tokens), tokens)
            if "DG" in classes:
                classes = _GERUND_AFTER_DETERMINER.sub("J", classes)
        if not _ING_FIRSTS.isdisjoint(tokens):
            classes = _formulation_gerunds(classes, tokens)
        for m in _RUN.finditer(classes):
            a, b = m.span()
            if tokens[a] in _DEGREE_WORDS and b - a > 5:
                a += 1      # (a word of degree read as an adjective opens the run)
            if b - a > 4 and a > 1 and _GRADED_PAIR.match(classes, a):
                j = a - 1
                while j > 1 and classes[j] == "," and classes[j - 1] in "JE":
                    j -= 2      # (the first of a list: "more ubiquitous, integrated and ...")
                if tokens[j] in _DEGREE_WORDS and "-" not in tokens[a] + tokens[a + 2]:
                    # adjectives graded before a noun phrase say how it is, no kind of
                    # it: "a more open and inclusive national innovation system", "a
                    # more ubiquitous, integrated and intelligent national comprehensive
                    # PNT system" (a list ungraded may classify: "criminal,
                    # administrative and public interest litigation"; and so does a
                    # compound after a "more" of quantity: "more medium- and long-term
                    # funds")
                    a += 3
            if classes[b - 1] == "E" and classes[b - 2] == "N" and classes[b:b + 1] in ("I", "T"):
                b -= 1      # a participle after its noun, before its phrase, begins a reduced
                            # relative clause ("a one-time disability allowance graded by
                            # the level of disability"): the noun ends the phrase
            if b - a < 2:
                continue
            k = bisect_right(bounds, starts[a]) - 1
            if k < 0:
                continue
            stop = spans[k][1]
            if ends[b - 1] > stop:      # crosses a sentence end: cut it there
                b = bisect_right(ends, stop, a, b)
                if b - a < 2:
                    continue
            runs.add(list(map(lower, tokens[a:b])), classes[a:b], first + k, starts[a:b],
                     ends[a:b])
            if economy:
                economies.extend((seg, spans[k], starts[_sector_start(tokens, a, e)], ends[e])
                                 for e in range(a + 1, b) if tokens[e] == "economy"
                                 and _names_an_economy(tokens[e - 1], classes[e - 1]))
            if a and classes[a - 1] == "X" and tokens[a - 1] in _SET_COUNTS:
                if _numbered_set(tokens[a:b], classes[a:b]):
                    # (with the aim it is named for: "ten partnership actions for
                    # modernization", 十大伙伴行动)
                    aim = _aim(tokens, classes, b) if classes[b - 1] == "N" else b
                    if "and" in tokens[b:aim]:
                        # one word after "and" is the aim's ("for cooperation and
                        # exchange"); more begin another phrase ("for modernization and
                        # zero-tariff treatment"): the aim ends before it
                        j = tokens.index("and", b, aim)
                        if aim - j > 2:
                            aim = j if j > b + 1 and classes[j - 1] == "N" else b
                    end = aim if ends[aim - 1] <= stop else b
                    counted.append((seg, spans[k], starts[a - 1], ends[end - 1]))
            elif tokens[a] in _ORDINALS and _census(
                    tokens[a:classes.rfind("N", a, b) + 1]):
                end = classes.rfind("N", a, b) + 1      # (a run may end in "and")
                counted.append((seg, spans[k], starts[a], ends[end - 1]))
            elif (b - a >= 2 and (at := _designation_at(tokens, classes, a, b)) >= 0
                    # (a run may end in "and"; one may end before the designation's noun,
                    # at a name: "of national key | R&D programs")
                    and (end := classes.rfind("N", at, b) + 1) > at):
                aim = _aim(tokens, classes, end) if end == b else end
                if _designated(tokens[at:end]) or (
                        aim > end and end - at == 2 and tokens[end - 1] in _DESIGNATED):
                    # (a designation of two words is one with its aim: "national bases
                    # for energy and strategic resources")
                    end = aim
                    if ends[end - 1] <= stop:
                        designated.append((seg, spans[k], starts[at], ends[end - 1]))
                else:
                    designated.extend((seg, spans[k], starts[i], ends[j - 1])
                                      for i, j in _coordinated_designations(tokens, at, end))
    yield from _named_candidates(named)
    if coinages:
        yield from _coined_candidates(coinages, said, coined_said)
    yield from _unclaimed(counted, _SET_SCORE, said,
                          "a numbered set of the genre: a count before a noun phrase")
    for place in aimed:
        yield _candidate_at(place, _AIMED_SCORE,
                            "a zone named for its aim (a pilot or demonstration zone)")
    yield from _unclaimed(designated, _SET_SCORE, said, "a national designation: a class "
                          "of sites or bodies the state names (国家级)")
    yield from _unclaimed(economies, _AIMED_SCORE, said, "a named sector of the economy")
    yield from _formulations_by_shape(goals, _GOAL_SCORE, said, "a national goal of the "
                                      "genre: a leading or strong country in a field (强国)")
    yield from _formulations_by_shape(positions, _INTO_SCORE, said, "a place's positioning: "
                                      "what it is to be built into (建设成)")
    yield from _formulations_by_shape(fields, _AIMED_SCORE, said, "a policy of the genre: "
                                      "the integration of two or three fields (融合)")
    yield from _formulations_by_shape(ecosystems, _INTO_SCORE, said, "a set formulation "
                                      "of the genre: the ecosystems of one life community "
                                      "(山水林田湖草沙), listed")
    yield from _formulations_by_shape(crimes, _AIMED_SCORE, said, "a charge of the "
                                      "Criminal Law (罪): \"crime of\" and what is done")
    yield from _formulations_by_shape(chapters, _INTO_SCORE, said, "a set formulation of "
                                      "the genre: a place's chapter of Chinese modernization")
    yield from _formulations_by_shape(characterised, _INTO_SCORE, said, "a set formulation "
                                      "of the genre: a system with Chinese characteristics")
    yield from _formulations_by_shape(highlands, _INTO_SCORE, said, "a place's positioning: "
                                      "a highland it is to be (高地)")
    yield from _formulations_by_shape(inside, _AIMED_SCORE, said, "a term with an acronym "
                                      "glossed inside it, its head after the gloss")
    yield from _formulations_by_shape(tiered, _AIMED_SCORE, said, "a system of the genre "
                                      "named by its tiers (三级体系, 网络)")
    yield from _formulations_by_shape(resting, _AIMED_SCORE, said, "a set formulation of "
                                      "the genre: a system said with what it rests on "
                                      "(以…为主体)")
    yield from _formulations_by_shape(controlled, _AIMED_SCORE, said, "a policy of the "
                                      "genre: dual control of a total and an intensity (双控)")
    yield from _formulations_by_shape(sized, _AIMED_SCORE, said, "a statistical indicator "
                                      "of the firms above designated size (规模以上)")
    yield from _formulations_by_shape(alternated, _ANCHOR_SCORE, said, "a term with a word's "
                                      "alternative in brackets inside it, its head after them")
    yield from _formulations_by_shape(lists, _SET_SCORE, said, "a list the state keeps "
                                      "(名单, 清单): \"the list of\" and what it lists")
    yield from _formulations_by_shape(graded, _AIMED_SCORE, said, "a class of a state "
                                      "classification and what it classifies")
    yield from _formulations_by_shape(nicknamed, _AIMED_SCORE, said, "a phrase the speaker "
                                      "gives a popular name (\"known as ...\")")
    yield from _formulations_by_shape(programmes, _AIMED_SCORE, said, "a programme of the "
                                      "genre named for its span of years and its aim")
    yield from _formulations_by_shape(rates, _AIMED_SCORE, said, "a statistical indicator "
                                      "stated as a rate: a measure per unit or count")
    yield from _unclaimed(actions, _ACTION_SCORE, said, "a policy's action named with what "
                          "it acts on (a noun of action, \"of\" and a bare noun phrase)")
    # (an indicator's words still make the phrases they make alone: "compliance rate",
    # "coal gangue" in "comprehensive utilization rate of coal gangue")
    yield from _unclaimed(rated, _AIMED_SCORE, said, "a statistical indicator named as a "
                          "rate or ratio of what it counts")
    yield from _unclaimed(per_capita, _AIMED_SCORE, said, "a statistical indicator of the "
                          "household surveys said per capita of whom (居民人均)")
    for place in hotlines:
        said.add(_said_at(place))       # its words are no phrase of their own
        yield _candidate_at(place, _AIMED_SCORE, "a service hotline named by its number")
    for place in isotopes:
        said.add(_said_at(place))       # (nor are its words a run's)
        yield _candidate_at(place, _AIMED_SCORE, "an isotope: a chemical element named "
                            "with its mass number")
    for place in old_towns:
        said.add(_said_at(place))
        yield _candidate_at(place, _AIMED_SCORE, "a historic town named in lowercase with "
                            "its place")
    yield from _unclaimed(stretches, _AIMED_SCORE, said, "a stretch of a named river, said "
                          "in lowercase with it")
    yield from _unclaimed(spirits, _AIMED_SCORE, said, "a spirit of the genre named for a "
                          "place, a people or an event (精神)")
    for place in sessions:
        said.add(_said_at(place))
        yield _candidate_at(place, _AIMED_SCORE, PLENARY)
    yield from _formulations_by_shape(_unsaid(genitives, said), _GENITIVE_SCORE, said,
                                      "a descriptive genitive and the noun phrase it "
                                      "classifies (people's, women's, children's)")
    stats = _count(runs)
    tags, classes = runs.freeze()
    # Termhood of the keys said as a head: no other key is accepted (_accept).
    scored = {key: _termhood(key, st) for key, st in stats.items() if st.final}
    accepted = _accept(stats, scored, min_score, len(runs.words), titled)
    if formulas:
        accepted = [k for k in accepted if not _before_formulation(k, stats[k], formulas)]
    accepted = [k for k in accepted if not _bound_left(stats[k], runs.words, tags, classes)]
    if said:
        within = _said_within(said)
        accepted = [k for k in accepted if not _inside_formulation(k, stats[k], runs, sents, within)]
    accepted = [k for k in accepted if not _pinyin_gloss(k, stats[k], runs, sents)]
    # Every occurrence of the accepted keys in text order, each key by its index in
    # ``accepted`` (an int hashes and compares at once; no two occurrences share a span).
    found = [(i, j, n) for n, key in enumerate(accepted) for i, j in stats[key].forms]
    found.sort()
    alone = _spread(found, runs, sents)
    # Score and evidence are the key's, shared by all its occurrences: compute once.
    results = [(_BOILERPLATE if key[-1] in _BOILERPLATE_HEADS or key in _PRESS_OUTLETS
                else _calibrated(scored[key][0],
                                 len(alone[n]) if len(stats[key].forms) > 1 else 1,
                                 _shaped(key, stats[key], scored[key][3])),
                _termhood_evidence(scored[key]), any(map(_CODE_WORD, key)))
               for n, key in enumerate(accepted)]
    sentence, starts, ends, domain = runs.sentence, runs.starts, runs.ends, Kind.DOMAIN
    here = -1                   # the sentence of the occurrence before (most share one)
    for i, j, n in found:
        if sentence[i] != here:
            here = sentence[i]
            seg, text, base = sents[here]
            line, speaker = seg.line, seg.speaker
        start, end = starts[i] - base, ends[j - 1] - base
        if said and (line, text, start, end) in said:
            continue    # a set formulation, already yielded as one
        score, evidence, coded = results[n]
        raw = text[start:end]
        term = raw.lower()
        if coded:       # "5G base stations": a code keeps its capitals
            term = _CODE_LOWER.sub(_upper, term)
        if _ACRONYM_IN.search(raw) or "-" in raw and (
                _GRADE_CODE.search(raw) or any(map(tagger.prefixed_name, raw.split(" ")))):
            # an acronym inside keeps its capitals: "registration-based IPO system"; so
            # does a rating's grade: "national 4A-level scenic spot", and a name after a
            # prefix: "cross-Strait youth entrepreneurship bases"
            term = _cased(raw, term)
        # Positional arguments: measurably cheaper than keywords, once per occurrence.
        yield Candidate(term, domain, score, Occurrence(line, speaker, text, start, end),
                        evidence)


# A word of no English (not in the tagger's lexicon, nor its singular; rare in general
# English) said as a noun of its own is a loanword or a coinage of the genre: "dibao",
# "cyberpower", "megacity", "empty-nesters". A term candidate, though one word, ranked
# low (a reviewer meets it after the phrases): about half such words were terms on the
# development and written transcripts (benchmarks/harvest_eval.py).
_COINED_BELOW = 2.5         # Zipf
_COINED_SCORE = 0.45        # said in one paragraph; 0.55 in more
# Endings of inflected forms the lexicon lacks though it has the word: a verb's
# ("prioritizes"), a comparative's ("tidier"), a gerund's plural; and a cut prefix ("pre-").
_INFLECTED = ("ings", "izes", "ises", "yzes", "ier", "iest", "-")


@lru_cache(maxsize=1 << 17)     # (asked of every lowercase word of every document)
def _coined_or_field(word: str) -> bool:
    """Whether a lowercase word a document says is a coined word or a word of a field
    (a noun English has but hardly uses): those are looked for as nouns of their own."""
    lex = tagger.lexicon()
    return (word not in lex and _coined(word)
            or lex.get(word, "N") == "N" and _field_word(word))


@cache
def _coined(word: str) -> bool:
    """Whether a word (as written) is a lowercase word of no English: see above."""
    # (a hyphenated compound of English words is as rare as its rarest part says, which
    # is no measure of the compound: "record-filing", "re-lending")
    return (len(word) >= 4 and word[0].islower() and word.islower()
            and not word.endswith(_INFLECTED)
            and ("-" in word or _zipf(word) < _COINED_BELOW)
            and singular(word) not in tagger.lexicon())


# A noun English has but hardly uses (Zipf below 2.5), said as a noun of its own in two
# paragraphs or more, is a word of the field: "codification", "desertification"; so is
# a rare one (below 3.0) said so in three or more: "reinsurance", "deflation", "imams".
_FIELD_WORD_BELOW = 2.5
_FIELD_WORD_RARE = 3.0
_FIELD_WORD_SCORE = 0.45


@cache
def _field_word(word: str) -> bool:
    """Whether a lowercase noun is a word of a field when said again: see above."""
    return (len(word) >= 5 and word.isalpha() and word.islower()
            and not word.endswith(_INFLECTED) and _zipf(word) < _FIELD_WORD_RARE)


def _coined_nouns(words: frozenset[str], tg: tagger.Tagged, spans: list[tuple[int, int]]
                  ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each coined word of a paragraph said as a noun of its own (no noun or modifier
    before it, no noun after it): its sentence's span and its offsets."""
    index = Sentences(spans)
    tags, tokens = tg.tags, tg.tokens
    for i in [i for i, w in enumerate(tokens) if w in words]:
        if (tags[i] == "N" and (i == 0 or tags[i - 1] not in "NJEPG")
                and (i + 1 == len(tags) or tags[i + 1] not in "NP")
                # (a compound of English words before a modifier or a conjunction is a
                # modifier itself: "low-carbon, green consumption", "elderly-care and
                # health tourism"); one whose last part is a plural noun is a noun, in
                # a list too: "coal-to-liquids, coal-to-olefins and ...")
                and ("-" not in tokens[i] or i + 1 == len(tags) or tags[i + 1] not in "JAC,"
                     or _plural_compound(tokens[i]))):
            start = tg.starts[i]
            sp = index.holding(start, tg.ends[i])
            if sp is not None:
                yield sp, start, tg.ends[i]


def _plural_compound(word: str) -> bool:
    """Whether a hyphened compound ends in a plural noun ("coal-to-liquids",
    "empty-nesters"): no modifier is plural."""
    last = word.rsplit("-", 1)[-1]
    return len(last) >= 4 and last.endswith("s") and not last.endswith(("ss", "us", "is")) \
        and singular(last) != last


# Where a candidate of one of the shapes below is said: its segment, its sentence's
# span in the segment and its own offsets in the segment.
_Place = tuple[Segment, tuple[int, int], int, int]


def _said_at(place: _Place) -> tuple[int, str, int, int]:
    """The place as the set formulations' spans are kept (line, sentence, offsets in it)."""
    seg, (s, e), a, b = place
    return seg.line, seg.text[s:e], a - s, b - s


def _formulations_by_shape(places: list[_Place], score: float,
                           said: set[tuple[int, str, int, int]],
                           evidence: str) -> Iterator[Candidate]:
    """A candidate for each place a set formulation found by its shape is said, unless a
    listed formulation was said there; its words then make no phrase of their own."""
    for place in places:
        at = _said_at(place)
        if at not in said:
            said.add(at)
            yield _candidate_at(place, score, evidence)


def _unclaimed(places: list[_Place], score: float, said: set[tuple[int, str, int, int]],
               evidence: str) -> Iterator[Candidate]:
    """A candidate for each place a phrase found by its shape is said, unless a listed
    formulation was said there; unlike :func:`_formulations_by_shape`, its words still
    make the phrases they make alone."""
    for place in places:
        if _said_at(place) not in said:
            yield _candidate_at(place, score, evidence)


def _unsaid(places: list[_Place], said: set[tuple[int, str, int, int]]) -> list[_Place]:
    """The places that overlap no set formulation said (a listed one holds them:
    "whole-process people's democracy")."""
    if not places or not said:
        return places
    at = _said_within(said)
    out = []
    for place in places:
        line, sentence, a, b = _said_at(place)
        if not any(a < y and x < b for x, y in at.get((line, sentence), ())):
            out.append(place)
    return out


def _candidate_at(place: _Place, score: float, evidence: str) -> Candidate:
    """The DOMAIN candidate said at ``place``, as written."""
    seg, (s, e), a, b = place
    text = seg.text[s:e]
    term = text[a - s:b - s]
    if a == s and term[1:2].islower():
        # a sentence's capital is no term's: "Industrial output above designated size
        # rose" is the indicator "industrial output above designated size" (a name's
        # word, of no common noun or modifier, keeps it)
        first = term.split(" ", 1)[0].rstrip(",").lower()
        lex = tagger.lexicon()
        if (lex.get(first) or lex.get(_singular(first))) in ("N", "J", "E", "G") or first == "per":
            # (and "per" of "per capita")
            term = term[:1].lower() + term[1:]
    return Candidate(term, Kind.DOMAIN, score,
                     Occurrence(seg.line, seg.speaker, text, a - s, b - s), evidence)


def _coined_candidates(words: list[_Place], said: set[tuple[int, str, int, int]],
                       total: dict[str, int]) -> Iterator[Candidate]:
    """Candidates of the coined words and the words of a field said as nouns of their own
    (``words``); ``total``: how often each word is said, alone or inside a phrase."""
    lines: dict[str, set[int]] = defaultdict(set)
    alone: dict[str, int] = defaultdict(int)
    for seg, _, a, b in words:
        lines[singular(seg.text[a:b])].add(seg.line)
        alone[seg.text[a:b]] += 1
    lex = tagger.lexicon()
    for place in words:
        if _said_at(place) in said:
            continue
        seg, _, a, b = place
        word = seg.text[a:b]
        paragraphs = len(lines[singular(word)])
        if word in lex or not _coined(word):
            # (a word said mostly inside phrases is theirs: "revitalization" beside the
            # many "rural revitalization")
            if (paragraphs > (1 if _zipf(word) < _FIELD_WORD_BELOW else 2)
                    and 2 * alone[word] >= total[word]):
                yield _candidate_at(place, _FIELD_WORD_SCORE,
                                    "a word English hardly uses, said as a noun again")
            continue
        score = _COINED_SCORE + (0.1 if paragraphs > 1 else 0.0)
        yield _candidate_at(place, score,
                            "a word of no English said as a noun: a loanword or coinage")


# China's public service hotlines are named by their short numbers (12345 for government
# services, 12301 for tourism, 12315 for consumers, 12348 for legal aid): the number, the
# words of its service and "hotline" make one name, whatever the number (a word of the
# service may be a possessive: "12338 women's rights hotline").
_HOTLINE = re.compile(r"(?<![\w,.])\d{3,6}(?: [a-z][a-z-]*(?:['’]s\b|s['’](?= ))?){0,4} hotlines?\b")


# So is a service's platform or app by its short number (12306 for rail tickets, 12123
# for traffic management, 95xxx for companies' services): five digits, no year.
_SERVICE_PLATFORM = re.compile(r"(?<![\w,.])(?:12|95)\d{3}(?: [a-z][a-z-]*){0,2} "
                               r"(?:platform|app|website)s?\b")


# ... and the short number alone, which the genre says as the service's name ("tickets
# bought on 12306", "calls from 96110", "the 12381 early-warning system"): five digits
# of a service's range, no thousands comma, no decimal point, no unit or count after it
# (its first digit matched before the look-behind: faster than a look-behind everywhere).
_SERVICE_NUMBER = re.compile(r"[19](?<![\w,.$€£¥-][19])(?:(?<=1)2|(?<=9)[56])\d{3}"
                             r"(?![\w,.%]\w|[\w%-])"
                             r"(?! (?:yuan|people|persons|households|tons|tonnes|units|cases|"
                             r"times|km|kilometers|meters|hectares|mu|years|days|visitors|"
                             r"companies|enterprises|vehicles|trips|patents|jobs)\b)")


# A plenary session of a numbered central committee said in lowercase (capitalised, it
# is the names harvester's): "the third plenary session of the 20th CPC Central
# Committee" (二十届三中全会), which the genre's lists keep whole; the party named in full
# with its acronym glossed, as a release first names it, too ("the third plenary session
# of the 20th Communist Party of China (CPC) Central Committee").
_PLENARY = re.compile(r"(?<![\w-])(?:first|second|third|fourth|fifth|sixth|seventh) plenary "
                      r"session of the \d{1,2}(?:st|nd|rd|th)(?: Communist Party of China"
                      r"(?: \(CPC\))?)?(?: [A-Z][A-Za-z]*){0,3} Committee"
                      r"(?: of the (?:Communist Party of China|CPC))?\b")


# A historic town said in lowercase with its place's name (古城, 老城: "the ancient city of
# Dali", "the old city of Kashgar", "the ancient town of Zhouzhuang"), which the genre's
# lists keep whole: the place alone is a place, the town a site of heritage.
_OLD_TOWN = re.compile(r"(?<![\w-])(?:ancient|old) (?:city|town) of [A-Z][a-z]+(?:['’-][A-Za-z]+)?"
                       r"(?! [A-Z])")


# A stretch of a named river said in lowercase with it (上游, 中下游, 故道, 第一湾, 源头):
# "the upper reaches of the Yellow River", "the old course of the Yellow River", "the
# first bend of the Yellow River", which the genre's lists keep whole (the river alone is
# a name, the stretch a place of policy: an ecological barrier, a hydropower base).
_RIVER_STRETCH = re.compile(
    r"(?<![\w-])(?:(?:upper|middle|lower)(?: and (?:middle|lower))? reaches|(?:old|ancient|"
    r"former) course|first bend|source region|headwaters) of the (?:[A-Z][\w'’-]* ){1,3}"
    r"Rivers?\b")


# A spirit named for a place, a people, a team or an event of history (精神: "the spirit
# of the Zunyi Meeting", "the spirit of the Dabie Mountains", "the spirit of the Chinese
# women's volleyball team"), which the genre's lists keep whole; not the spirit of a
# document, an initiative or a meeting of the Party's (会议精神, its guidelines: "the
# spirit of the Third Plenary Session").
_NAMED_SPIRIT = re.compile(
    r"(?<![\w-])spirit of the (?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|of|and|the))*"
    r"(?<! of)(?<! and)(?<! the)(?: [a-z]+['’]s [a-z]+ team)?(?![\w-])")
_SPIRITS_OF_NONE = frozenset("""Initiative Treaty Convention Declaration Charter Agreement
    Decision Session Congress Plenum Games Law Constitution Plan Outline Opinions""".split())


def _named_spirit(m: re.Match[str]) -> bool:
    """Whether a match of :data:`_NAMED_SPIRIT` names a spirit (not a document's)."""
    words = m.group().split()
    return words[-1] not in _SPIRITS_OF_NONE and len(words) > 3


def _placed_all(pattern: re.Pattern[str], seg: Segment, spans: list[tuple[int, int]],
                keep: Callable[[re.Match[str]], bool] | None = None) -> Iterator[_Place]:
    """Each match of ``pattern`` in a segment (that ``keep`` keeps), with its sentence."""
    index: Sentences | None = None      # built at the first match (most segments have none)
    for m in pattern.finditer(seg.text):
        if keep is not None and not keep(m):
            continue
        if index is None:
            index = Sentences(spans)
        sp = index.holding(m.start(), m.end())
        if sp is not None:
            yield seg, sp, m.start(), m.end()


# An isotope named by its element and mass number ("iodine-131", "technetium-99m",
# "Cobalt-60" opening a sentence; hydrogen's and helium's of one digit, "helium-3"): a
# term of nuclear medicine, power and dating said without a gloss. (Its symbol's form,
# "Lu-177", is a name's shape; glossed by the element's name it pairs in glossed.)
_ISOTOPE = re.compile(r"(?<![\w-])([A-Za-z]{3,13})-([1-9]\d{0,2})m?(?![\w-])")
# (a paragraph is searched for one only where a hyphen comes before a digit: a literal
# the engine finds fast, where the pattern above is tried at every letter)
_HYPHEN_DIGIT = re.compile(r"-[1-9]")


def _isotope(m: re.Match[str]) -> bool:
    """Whether a match of :data:`_ISOTOPE` names an element and a mass number it may have."""
    name = m.group(1).lower()
    return name in ELEMENTS and (len(m.group(2)) > 1 or name in _LIGHT_ELEMENTS)


_LIGHT_ELEMENTS = frozenset({"hydrogen", "helium"})


def _hotlines(seg: Segment, spans: list[tuple[int, int]]) -> Iterator[_Place]:
    """The numbered hotlines and service platforms said in a segment, each with its
    sentence, and their short numbers said alone ("calls from 96110")."""
    text = seg.text
    named: list[_Place] = []
    if "hotline" in text:
        named.extend(_placed_all(_HOTLINE, seg, spans))
    if " 12" in text or " 95" in text:
        named.extend(_placed_all(_SERVICE_PLATFORM, seg, spans))
    yield from named
    for place in _placed_all(_SERVICE_NUMBER, seg, spans):
        if not any(a <= place[2] < b for _, _, a, b in named):
            yield place


# Descriptive genitives (Quirk et al. 1985, "A Comprehensive Grammar of the English
# Language", 5.123: "a women's college", "children's books"): a plural of people with an
# irregular possessive classifies the noun after it, as a modifier does, and so makes
# terms; in the genre they render 人民, 妇女, 儿童 before an institution or a field:
# "people's mediation", "people's congresses", "women's federations", "children's
# welfare homes". (A possessive of a regular plural, "farmers' income", is more often
# whose than what kind: it classifies only a body those people form, _BODIES below.)
# "people's" says whose as often
# as what kind ("people's lives", "people's health"): it classifies only the
# institutions and ideas the state names for the people (人民), whose heads follow.
_PEOPLES = _w("""
    court courts congress congresses procuratorate procuratorates tribunal tribunals
    mediation mediator mediators assessor assessors juror jurors deputy deputies
    government governments police army bank commune communes democracy livelihood
    livelihoods
""")
# A regular plural of people with its possessive classifies a noun too where the noun
# is a body those people form or run (村民委员会, 居民委员会, 职工代表大会, 人大代表联络站,
# 农民专业合作社): "villagers' committees", "residents' committees", "workers'
# congresses", "deputies' liaison stations", "farmers' professional cooperatives" (but
# "farmers' income", "residents' savings" say whose).
_BODIES = _w("""
    committee committees congress congresses cooperative cooperatives association
    associations union unions council councils assembly assemblies meeting meetings
    station stations federation federations
""")
# ... and a place or a facility kept for them, or a scheme of theirs (边民互市贸易区, 户外劳动者
# 服务站, 烈士纪念设施, 台湾农民创业园, 居民医保): "border residents' mutual trade zones",
# "outdoor workers' service stations", "martyrs' memorial facilities", "farmers'
# entrepreneurship parks", "residents' basic medical insurance".
_OWNED_KINDS = _BODIES | _w("""
    zone zones park parks facility facilities cemetery cemeteries hall halls
    center centers centre centres insurance
""")
# (villagers, deputies, veterans, martyrs)
_PEOPLE_PLURAL = re.compile(r"(?:er|or|ist|ent|ant|ian|an|ee|ie|ive|yr)s")
# (the words first, the word boundary before them checked after: a pattern that opens
# with a look-behind is tried at every position)
_GENITIVE = re.compile(r"(?:people|women|children|men)['’]s [a-z]")
_PLURAL_GENITIVE = re.compile(r"s['’] [a-z]")
_GENITIVE_MAX = 4           # words after the possessive
_GENITIVE_SCORE = 0.55


def _genitives(tg: tagger.Tagged, spans: list[tuple[int, int]]
               ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each descriptive genitive and the noun phrase it classifies: one to four lowercase
    modifiers and nouns ("and" once between nouns: "women's rights and interests"),
    ending in a noun."""
    index = Sentences(spans)
    tokens, tags, starts, ends = tg.tokens, tg.tags, tg.starts, tg.ends
    text = tg.text
    possessors: list[int] = []      # the tokens that own, in order
    if "'s " in text or "’s " in text:
        for m in _GENITIVE.finditer(text):
            at = m.start()
            if not (at and (text[at - 1].isalnum() or text[at - 1] in "'’-_")):
                possessors.append(bisect.bisect_left(starts, at))   # (not "sportsmen's")
    if "s' " in text or "s’ " in text:
        for m in _PLURAL_GENITIVE.finditer(text):
            i = bisect.bisect_left(ends, m.start() + 1)
            if (i < len(tokens) and ends[i] == m.start() + 1 and tokens[i].islower()
                    and _PEOPLE_PLURAL.search(tokens[i], len(tokens[i]) - 5)):
                possessors.append(i)
        possessors.sort()
    for i in possessors:
        regular = tokens[i][-1:] == "s"
        if i + 2 >= len(tokens) or tags[i + 1] != "S" or i and tags[i - 1] == "D":
            continue        # (after a determiner it says whose: "the children's parents")
        j = i + 2
        last = -1           # the last noun of the phrase
        joined = -1         # where its "and" is
        while j < len(tokens) and j - i - 2 < _GENITIVE_MAX and tokens[j].islower() and (
                tags[j] in "NJEG" and tokens[j] not in _BREAK
                or tags[j] == "A" and joined < 0 and last == j - 1
                and tags[j + 1:j + 2] == "N") and tags[j + 1:j + 2] != "S":
            if tags[j] == "G" and last >= 0:
                break       # a clause's verb after the noun: "people's courts providing ..."
            if tags[j] == "A":
                joined = j
            elif tags[j] == "N":
                last = j
            j += 1
        if joined > 0 and tags[j + 1:j + 2] == "S":
            # another possessor: the phrase ends before the "and" that joins it
            # ("children's welfare homes and women's federations")
            last = joined - 1
        if regular and joined > 0 and tokens[last] not in _OWNED_KINDS:
            last = joined - 1   # "workers' congresses and voters": the body before "and"
        if last < 0 or tokens[i].lower() == "people" and _PEOPLES.isdisjoint(
                tokens[i + 2:last + 1]) or regular and tokens[last] not in _OWNED_KINDS:
            continue
        first = i
        if regular:
            # which people: a modifier or a place before the plural ("outdoor workers'
            # service stations", "border residents' mutual trade zones", "Taiwan
            # farmers' entrepreneurship parks", "urban and rural residents' ...")
            k = i - 1
            if (k >= 2 and tags[k] == "J" and tokens[k - 1] == "and" and tags[k - 2] == "J"
                    and tokens[k - 2].islower()):
                first = k - 2
            elif k >= 0 and tokens[k] not in _BREAK and (
                    tags[k] in "NJ" and tokens[k].islower()
                    or tags[k] == "P" and tokens[k][1:].islower() and (k == 0 or tags[k - 1] != "P")):
                first = k
        sp = index.holding(starts[first], ends[last])
        if sp is None and first < i:
            first = i
            sp = index.holding(starts[i], ends[last])
        if sp is not None:
            yield sp, starts[first], ends[last]


# The national goals of becoming strong in a field (X强国: 体育强国, 农业强国, 交通强国,
# 贸易强国, 教育强国) are rendered "a leading sporting nation", "a strong agricultural
# country", "a leading country in sports" (the English of the reports to the Party's
# congresses and of the State Council's plans): after "a" or "an", "leading" or "strong",
# one to three modifiers of the field and "country", "nation" or "power", or those heads
# and "in" and the field, name the goal, a set formulation whatever the field.
_GOAL = re.compile(r"(?<![\w-])[Aa]n? (?=(?:leading|strong) [a-z])")
_GOAL_HEADS = frozenset({"country", "nation", "power"})
_GOAL_SCORE = 0.75


# A phrase the speaker gives its popular name, quoted or not: "black soil, known as the
# "giant panda" of farmland", "rime, known as wusong". A speaker stops to name what a
# listener should remember: the phrase before the comma is a term of the conference.
_KNOWN_AS = re.compile(r"(?<=[a-z]), (?:(?:known|hailed) as|dubbed|nicknamed|called) ")
_KNOWN_AS_SAID = (", known as ", ", hailed as ", ", dubbed ", ", nicknamed ", ", called ")
_MAX_KNOWN = 4              # words of the phrase before the comma
# Measures said before "of" and what they measure (a Chinese unit or a metric one).
_UNITS_BEFORE_OF = frozenset({"mu", "hectares", "tonnes", "tons", "kilometers", "meters",
                              "square", "cubic", "acres", "jin"})


def _nicknamed(tg: tagger.Tagged, spans: list[tuple[int, int]]
               ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each lowercase noun phrase given a popular name (:data:`_KNOWN_AS`): its sentence's
    span and offsets. A single word must be rare in English ("rime", not "rice")."""
    tokens, tags, ends = tg.tokens, tg.tags, tg.ends
    index = Sentences(spans)
    for m in _KNOWN_AS.finditer(tg.text):
        k = bisect.bisect_left(ends, m.start())     # the word before the comma
        if k >= len(tokens) or ends[k] != m.start() or tags[k] != "N":
            continue
        i = k
        while (i > 0 and k - i + 1 < _MAX_KNOWN and tags[i - 1] in "NJE"
               and tokens[i - 1].islower() and tokens[i - 1] not in _EVALUATIVE
               and tokens[i - 1] not in _BREAK):
            i -= 1
        if not tokens[i].islower() or (i == k and _zipf(_singular(tokens[k])) >= 3.5):
            continue
        if i > 0 and (tags[i - 1] in "P,AI" or (tags[i - 1] == "O" and not (
                i > 1 and (tags[i - 2] in "X;" or tokens[i - 2] in _UNITS_BEFORE_OF)))):
            # a name's lowercase tail (the name's), or the last of a list or the
            # complement of a preposition: the popular name is the whole list's or the
            # phrase's ("trains for senior citizens, known as ..."); but a measure's
            # "of" opens the phrase ("10 million mu of black soil, known as ...")
            continue
        start, stop = tg.starts[i], ends[k]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# The state's named lists (名单, 清单), said "the list of" and what it lists: "the list of
# dishonest judgment debtors" (失信被执行人名单), "the list of basic elderly care
# services" (基本养老服务清单). A list a speaker names with "the" is an instrument of
# policy; "a list of" is any list.
_LIST_OF = re.compile(r"(?<![\w-])[Tt]he (?:national )?list of (?=[a-z]|Chinese [a-z])")
_LISTED_MAX = 5             # words of what the list lists


# A term with an acronym glossed inside it, where its expansion ends before the term's
# head: "ultra-high voltage (UHV) direct current transmission line", "compressed air
# energy storage (CAES) power station", "wind and photovoltaic (PV) power bases". The
# genre's lists keep the whole as written, the gloss inside, with the name that opens it
# ("Jiuquan-Hunan ±800 kV ultra-high voltage (UHV) direct current transmission project").
_GLOSSED_INSIDE = re.compile(r"[a-z] \((?:[A-Z][A-Za-z]{0,6}[A-Z]|\d{1,2}G)\) [a-z]")
_INSIDE_LEFT = frozenset("NJEGPX")
_INSIDE_LEFT_MAX = 8        # words before the bracket, at most
_INSIDE_RIGHT_MAX = 5       # words of the head after it, at most
_INSIDE_OPENERS = frozenset({"other", "first", "free", "such", "new"})


def _glossed_inside(tg: tagger.Tagged, spans: list[tuple[int, int]], brackets: list[int]
                    ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each term with an acronym glossed inside it at ``brackets`` (the offsets
    :func:`_glossed_brackets` found in the paragraph, :data:`_GLOSSED_INSIDE`): its
    sentence's span and offsets. The words before the bracket end in what the acronym
    stands for (its letters open words there, in order), the words after it are a
    lowercase noun phrase; an "and" before the expansion joins two modifiers of the head
    ("wind and photovoltaic (PV) power bases")."""
    tokens, tags = tg.tokens, tg.tags
    index = Sentences(spans)
    n = len(tokens)
    for at in brackets:
        p = bisect.bisect_left(tg.starts, at + 1)             # "("
        if p + 3 >= n or tokens[p] != "(" or tokens[p + 2] != ")":
            continue
        acronym = [c.lower() for c in tokens[p + 1] if c.isalpha()]
        # the left: modifiers and names back from the bracket
        i = p
        while i > 0 and p - i < _INSIDE_LEFT_MAX and (
                tags[i - 1] in _INSIDE_LEFT or tokens[i - 1] == "±"
                or tokens[i - 1] == "and" and p - i == 1 and i > 1 and tags[i - 2] in "NJ"):
            i -= 1
        e = _expansion_at(acronym, tokens[i:p])
        if e < 0 or not tokens[p - 1].islower():
            continue
        e += i
        while i < e and (tags[i] not in "NJEGP" or tokens[i] in _DEGREE_WORDS
                         or tokens[i].lower() in _EVALUATIVE or tokens[i].lower() in _INSIDE_OPENERS):
            i += 1      # (it opens with a word of its own: no number, sign or "and", and
                        # no word that judges or picks out before the expansion: "other",
                        # "first", "major"; "good manufacturing practice (GMP)" keeps it)
        # the right: a lowercase noun phrase after the bracket, ending in a noun
        j = p + 3
        while (j < n and j - p - 3 < _INSIDE_RIGHT_MAX and tags[j] in "NJEG"
               and tokens[j].islower() and tokens[j] not in _BREAK):
            j += 1
            if tags[j - 1] == "N" and _looks_plural(tokens[j - 1]):
                break   # a plural ends the phrase ("... (DC) grid projects link ...")
        while j > p + 3 and tags[j - 1] != "N":
            j -= 1
        if j == p + 3:
            continue
        start, stop = tg.starts[i], tg.ends[j - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# A system or policy said with what it rests on (以…为主体/为骨干/为重要载体: "system of
# protected areas with national parks as the mainstay", "modern industrial system with
# advanced manufacturing as the backbone", "urbanization with county seats as important
# carriers"): the noun phrase, "with", what it rests on and its role, one set formulation
# whatever its words (the lexicon holds the commonest; their variants are many).
_RESTS_ON = re.compile(r"(?<= with )((?:[a-z-]+ ){0,3}[a-z-]+) as (?:the |an |a )?(?:mainstay|"
                       r"main body|backbone|pillar|important carriers?|important vehicles?|"
                       r"carriers?)(?![\w-])")
_RESTS_ON_SAID = (" as the mainstay", " as the main body", " as the backbone", " as a pillar",
                  " as the pillar", " as important carrier", " as an important carrier",
                  " as an important vehicle", " as carrier")
_RESTS_ON_WORDS = 4         # words of the phrase before "with", at most


def _resting_on(tg: tagger.Tagged, spans: list[tuple[int, int]]
                ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each noun phrase said with what it rests on (:data:`_RESTS_ON`): its sentence's span
    and offsets, from its first word to the role. Before "with", up to four lowercase
    modifiers and nouns ending in a noun, none judging ("a strong system with ..."); what
    it rests on is a bare noun phrase ("with the aviation industry as" has a determiner)."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    for m in _RESTS_ON.finditer(tg.text):
        w = bisect.bisect_left(starts, m.start()) - 1      # "with"
        k = w + 1
        if w < 1 or tokens[w] != "with" or _bare_phrase(tokens, tags, k, 4) != k + len(
                m.group(1).split()) or tags[w - 1] != "N":
            continue
        j = w
        while (j > w - _RESTS_ON_WORDS and tags[j - 1] in "NJE" and tokens[j - 1].islower()
               and (tokens[j - 1] not in _BREAK or j < w and j > 1 and tags[j - 2] in "JE")):
            j -= 1      # (a general noun a modifier makes a compound of: "protected areas")
        while j < w and (tokens[j] in _JUDGING or tokens[j] in _BREAK or tags[j] != "N" and tags[j] != "J"
                         and tags[j] != "E"):
            j += 1
        if j == w:
            continue
        sp = index.holding(starts[j], m.end())
        if sp is not None:
            yield sp, starts[j], m.end()


# A system named by its tiers (三级…体系, 网络: "three-tier prevention system for birth
# defects", "three-tier rural delivery and logistics network", "two-tier operating
# system"), with the levels said before it ("county, township and village three-tier
# delivery logistics system") and what it is for: a term whatever its words.
_TIERED = re.compile(r"(?<![\w-])(?:two|three|four|five|six)-tier(?= [a-z])")
_TIER_HEADS = _w("system systems network networks net nets structure mechanism safeguard")
_TIER_WORDS = 5         # words between the tiers and the head, at most
_LEVELS_SAID = re.compile(r"(?:count(?:y|ies), townships? and villages?|county-township-village) $")


def _tiered(tg: tagger.Tagged, spans: list[tuple[int, int]]
            ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each system named by its tiers: its sentence's span and offsets. The tiers, up to
    five lowercase modifiers and nouns ("and" once between two nouns), a head of
    :data:`_TIER_HEADS`; then "for" and a bare noun phrase of up to three words if said;
    the levels said before the tiers open it."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    n = len(tokens)
    for m in _TIERED.finditer(tg.text):
        i = bisect.bisect_left(starts, m.start())
        if i >= n or starts[i] != m.start():
            continue
        k = i + 1
        head = -1
        joined = False
        while k < n and k - i <= _TIER_WORDS + 1:
            w = tokens[k]
            if w == "and" and not joined and tags[k - 1] == "N" and k + 1 < n and tags[k + 1] == "N":
                joined = True
            elif not (tags[k] in "NJEG" and w.islower() and w not in _BREAK):
                break
            if w in _TIER_HEADS:
                head = k
            k += 1
        if head < 0 or (head + 1 < n and tags[head + 1] == "N"):
            continue
        end = head + 1
        if end + 1 < n and tokens[end] == "for":
            e = _bare_phrase(tokens, tags, end + 1, 3, "NJ")
            if e > end + 1 and not (e < n and tags[e] in "NJO"):
                end = e
        start = starts[i]
        levels = _LEVELS_SAID.search(tg.text, max(0, start - 40), start)
        if levels is not None:
            start = levels.start()
        sp = index.holding(start, tg.ends[end - 1])
        if sp is not None:
            yield sp, start, tg.ends[end - 1]


# The dual control of a total and an intensity (双控: 能耗双控, 碳排放双控, 用水总量和强度双控)
# is rendered "dual control of" or "over" and what is controlled, the total and the
# intensity joined by "and" or one noun phrase for both ("dual control over total carbon
# emissions and carbon intensity", "dual control of total water consumption and water
# intensity", "dual control over carbon emissions"): a policy's name whatever it controls.
_DUAL_CONTROL = re.compile(r"(?<![\w-])dual control (?:over|of) (?=[a-z])")
_CONTROLLED_WORDS = 4       # words of each noun phrase controlled, at most


def _dual_controls(tg: tagger.Tagged, spans: list[tuple[int, int]]
                   ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each dual control said with what it controls: its sentence's span and offsets."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    n = len(tokens)

    for m in _DUAL_CONTROL.finditer(tg.text):
        k = bisect.bisect_left(starts, m.end())
        if k >= n or starts[k] != m.end():
            continue
        e = _bare_phrase(tokens, tags, k, _CONTROLLED_WORDS)
        if e == k or (e < n and tags[e] in "NJ"):
            continue
        if e + 1 < n and tokens[e] == "and":
            f = _bare_phrase(tokens, tags, e + 1, _CONTROLLED_WORDS)
            if f > e + 1 and not (f < n and tags[f] in "NJ"):
                e = f
        start, stop = m.start(), tg.ends[e - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# Firms above designated size (规模以上, annual revenue of 20 million yuan or more) and
# their indicators: "industrial output above designated size", "enterprises above
# designated size", "agricultural leading enterprises above designated size" -- a noun
# phrase of up to four lowercase words before the phrase, a term with it.
_ABOVE_SIZE = re.compile(r"(?<=[a-z]) above designated size(?![\w-])")
_SIZED_WORDS = 4


def _above_size(tg: tagger.Tagged, spans: list[tuple[int, int]]
                ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each noun phrase said "above designated size": its sentence's span and offsets."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    for m in _ABOVE_SIZE.finditer(tg.text):
        i = bisect.bisect_left(starts, m.start() + 1)      # "above"
        if i < 1 or tags[i - 1] != "N":
            continue
        j = i - 1
        while (j > 0 and i - j < _SIZED_WORDS and tags[j - 1] in "NJE"
               and (tokens[j - 1].islower() or j == 1 and tokens[0][1:].islower())
               and tokens[j - 1].lower() not in _BREAK and tokens[j - 1].lower() not in _JUDGING
               and tokens[j - 1].lower() not in _CLAUSE_WORDS):
            j -= 1      # (a sentence may open with it: "Industrial output above ...")
        sp = index.holding(starts[j], m.end())
        if sp is not None:
            yield sp, starts[j], m.end()


# A word's alternative in brackets inside a term, its head after them: the other name of
# a level ("township (sub-district) social work stations", 乡镇(街道)), of a class
# ("small (II) reservoirs", 小(2)型水库), of a school or a kind ("Chan (Zen) Buddhism",
# "continental (lacustrine) shale oil"). One word (or a Roman numeral) in the brackets, a
# lowercase noun phrase after them; ranked as an anchor (such brackets often gloss the
# word alone).
_ALTERNATIVE_INSIDE = re.compile(r"[A-Za-z] \((?:[a-z]+(?:-[a-z]+)?|[IVX]{1,3}|[A-Z][a-z]+)\) [a-zA-Z]")
_ALTERNATIVE_RIGHT_MAX = 3      # words of the head after the brackets, at most


def _alternatives_inside(tg: tagger.Tagged, spans: list[tuple[int, int]]
                         ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each term with a word's alternative in brackets inside it: its sentence's span and
    offsets. The word before the bracket is a lowercase modifier or noun (or, with a
    capitalised alternative, a capitalised word of no English: "Chan (Zen)"); the words
    after are a noun phrase of up to three words ending in a noun, a capitalised head
    only after a capitalised pair ("Chan (Zen) Buddhism")."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index: Sentences | None = None
    n = len(tokens)
    text = tg.text
    at = text.find(" (")
    while at > 0:
        # (each bracket found with str.find and the pattern tried there only: a regex
        # search would read every character of the paragraph)
        m = _ALTERNATIVE_INSIDE.match(text, at - 1)
        at = text.find(" (", at + 2)
        if m is None:
            continue
        p = bisect.bisect_left(starts, m.start() + 2)        # "("
        if p < 1 or p + 3 >= n or tokens[p] != "(" or tokens[p + 2] != ")":
            continue
        word, alt = tokens[p - 1], tokens[p + 1]
        cased = alt[:1].isupper() and not _ROMAN.fullmatch(alt)
        if cased:
            if not (word[:1].isupper() and word.isalpha() and not _capitalised_english(word)
                    and tags[p - 2:p - 1] not in ("P", "X")):
                continue
        elif not (word.islower() and tags[p - 1] in "NJE" and word not in _BREAK
                  and (word not in _EVALUATIVE or word in _SIZES and _ROMAN.fullmatch(alt))
                  and word not in _CLAUSE_WORDS):
            continue    # (a size is a class's name before its numeral: "small (II)")
        j = p + 3
        head = "NP" if cased else "N"       # (a capitalised head after a capitalised pair)
        while (j < n and j - p - 3 < _ALTERNATIVE_RIGHT_MAX
               and (tags[j] in "NJEG" and tokens[j].islower()
                    or cased and j == p + 3 and tags[j] in head)
               and tokens[j] not in _BREAK):
            j += 1
        while j > p + 3 and tags[j - 1] not in head:
            j -= 1
        if j == p + 3 or (j < n and tags[j] in "NJ"):
            continue        # no head, or a longer phrase than the head said
        start, stop = starts[p - 1], tg.ends[j - 1]
        if index is None:
            index = Sentences(spans)
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


def _glossed_brackets(text: str) -> list[int]:
    """Where ``text`` has an acronym glossed inside a phrase (:data:`_GLOSSED_INSIDE`): the
    offsets of the space before each bracket (found with ``str.find``: most paragraphs
    have few brackets, and a regex search would read every character)."""
    out = []
    i = text.find(" (")
    while i > 0:
        if _GLOSSED_INSIDE.match(text, i - 1):
            out.append(i)
        i = text.find(" (", i + 2)
    return out


def _expansion_at(acronym: list[str], words: list[str]) -> int:
    """The index in ``words`` of the word the acronym's expansion opens with: its letters
    are said in order in the words from there to the end, the first opening that word
    ("UHV": "ultra-high voltage"; "PV": "photovoltaic"); -1 if none does (the last five
    words are tried, the nearest first)."""
    if not acronym:
        return -1
    for k in range(len(words) - 1, max(len(words) - 6, -1), -1):
        if not words[k].lower().startswith(acronym[0]):
            continue
        text = " ".join(w.lower() for w in words[k:])
        at = 0
        for c in acronym:
            at = text.find(c, at)
            if at < 0:
                break
            at += 1
        else:
            return k
    return -1


def _named_lists(tg: tagger.Tagged, spans: list[tuple[int, int]]
                 ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each "list of <noun phrase>" after "the" (:data:`_LIST_OF`): its sentence's span
    and offsets; the noun phrase is up to five lowercase modifiers and nouns ending in a
    plural noun, none of "of", a noun or an -ing verb after it (cut short), and no
    participle first ("the list of filed services": the items described)."""
    tokens, tags = tg.tokens, tg.tags
    index = Sentences(spans)
    for m in _LIST_OF.finditer(tg.text):
        i = bisect.bisect_left(tg.starts, m.end() - 8)       # "list"
        if i + 2 >= len(tokens) or tokens[i] != "list":
            continue
        first = i - 1 if tokens[i - 1] == "national" else i   # the national list (国家名录)
        k = i + 2
        if tokens[k] == "Chinese":
            k += 1      # the nation's own list of a heritage (中国传统村落名录: "the list of
                        # Chinese traditional villages")
        joined = False      # one "and" between two words of the phrase
        while (k < len(tokens) and k < i + 2 + _LISTED_MAX + joined and tokens[k].islower()
               and tokens[k] not in _BREAK and tokens[k:k + 2] != ["subject", "to"] and (
                   tags[k] in "NJE"
                   # (an -ly adverb of a modifier: "seriously illegal and dishonest ...")
                   or tags[k] == "R" and tokens[k].endswith("ly") and tags[k + 1:k + 2] == "J"
                   or tokens[k] == "and" and not joined and k > i + 2 and tags[k - 1] in "NJ"
                   and tags[k + 1:k + 2] in ("N", "J"))):
            joined = joined or tokens[k] == "and"
            k += 1
        while k > i + 2 and tags[k - 1] != "N":
            k -= 1
        if (k == i + 2 or not _looks_plural(tokens[k - 1])
                or tags[k:k + 1] in ("N", "O", "G") and tokens[k:k + 2] != ["subject", "to"]
                or tags[i + 2] == "E"):
            # (a participle first describes the items: "the list of filed services")
            continue
        k = _listed_by(tokens, tags, k)
        start, stop = tg.starts[first], tg.ends[k - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


def _listed_by(tokens: list[str], tags: str, k: int) -> int:
    """Where a list's items end with what they are listed for, after their plural ending
    at ``k``: "subject to" and a bare noun phrase ("dishonest persons subject to
    enforcement", "entities subject to joint disciplinary action"), or "with" and one
    ("enterprises with abnormal operations"); else ``k``."""
    n = len(tokens)
    if k + 1 < n and tokens[k] == "subject" and tokens[k + 1] == "to":
        e = k + 2
    elif k < n and tokens[k] == "with":
        e = k + 1
    else:
        return k
    f = _bare_phrase(tokens, tags, e, 4)
    if f == e or (f < n and tags[f] in "NJO"):
        return k
    return f


def _bare_phrase(tokens: list[str], tags: str, k: int, most: int, classes: str = "NJE", *,
                 coordinated: bool = False) -> int:
    """Where a bare noun phrase starting at ``k`` ends: up to ``most`` lowercase words of
    the tag ``classes`` (none of :data:`_BREAK`), cut back to its last noun; ``k`` if it
    has none. ``coordinated``: an "and" between two of its words is allowed too ("of
    urban and rural residents")."""
    n = len(tokens)
    e = k
    while e < n and e - k < most and tokens[e].islower() and (
            tags[e] in classes and tokens[e] not in _BREAK
            or coordinated and tokens[e] == "and" and e > k and e + 1 < n
            and tags[e + 1] in classes):
        e += 1
    while e > k and tags[e - 1] != "N":
        e -= 1
    return e


# The classes of the state's classifications, named by a numeral or a letter after
# "Class", "Category", "Grade", "Level" or "Type" (Ⅰ类, 甲类, 一级, Ⅳ型: "Class I ports",
# "Class B infectious diseases", "Category 1 innovative drugs", "Level IV emergency
# response", "Type IV hydrogen storage cylinders"): with the noun phrase they classify,
# a term of its field that the genre's lists keep whole. A class is one numeral or
# letter, or a range or pair of them ("Class I or II seawater quality standards").
_GRADES = GRADES           # the words grades are numbered after (lexicon)
# (said in lowercase too: "class 1 innovative drugs", "type 2 diabetes", "grade 1 energy
# efficiency"; not "level", which grades much else in lowercase: "level 2 or above")
_GRADES_LOWER = frozenset({"class", "grade", "type"})
_GRADE_NAMES = "|".join(sorted(_GRADES | _GRADES_LOWER))
_GRADES_SAID = tuple(f"{g} " for g in sorted(_GRADES | _GRADES_LOWER))  # looked for first
_GRADE = re.compile(rf"(?<![\w-])(?:{_GRADE_NAMES}) (?:[IV]{{1,4}}|\d{{1,2}}|[A-E])"
                    rf"(?:(?: or | and | to |-)(?:(?:{_GRADE_NAMES}) )?"
                    r"(?:[IV]{1,4}|\d{1,2}|[A-E]))?(?= [a-z])")
_GRADED_WORDS = 4           # the words of the phrase a class classifies, at most
# The stages of China's motor-vehicle emission standards (国三, 国六排放标准) are
# numbered after "China" or "National" as Europe's are after "Euro": "China VI emission
# standards", "National III emission standard", "Euro 6 standards"; a stage with the
# standard it names is a class as above (the stage's name alone is the names
# harvester's).
_STAGE = re.compile(r"(?<![\w-])(?:China|National|Euro) (?:I{1,3}|IV|VI?|[1-6])"
                    r"(?= (?:emissions? )?standards?\b)")


def _graded_classes(tg: tagger.Tagged, spans: list[tuple[int, int]], staged: bool
                    ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each class of a classification said with the noun phrase it classifies
    (:data:`_GRADE`, and :data:`_STAGE` where ``staged``, the paragraph saying one): its
    sentence's span and offsets."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    found = _GRADE.finditer(tg.text)
    if staged:
        found = itertools.chain(found, _STAGE.finditer(tg.text))
    for m in found:
        i = bisect.bisect_left(starts, m.end() + 1)
        if i >= len(tokens) or starts[i] != m.end() + 1:
            continue
        k = i
        while (k < len(tokens) and k < i + _GRADED_WORDS and tags[k] in "NJE"
               and tokens[k].islower()):
            k += 1
        while k > i and tags[k - 1] != "N":
            k -= 1
        if k == i:
            continue
        start, stop = m.start(), tg.ends[k - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


def _national_goals(tg: tagger.Tagged, spans: list[tuple[int, int]]
                    ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each national goal of a paragraph (:data:`_GOAL`): its sentence's span and offsets."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    for m in _GOAL.finditer(tg.text):
        i = bisect.bisect_left(starts, m.end())            # "leading" or "strong"
        if i >= len(tokens) or starts[i] != m.end():
            continue
        k = i + 1
        while (k < len(tokens) and k <= i + 3 and tokens[k] not in _GOAL_HEADS
               and tags[k] in "NJEG" and tokens[k].islower()):
            k += 1
        if k >= len(tokens) or tokens[k] not in _GOAL_HEADS:
            continue
        end = k + 1
        if k == i + 1:
            # no field before the head: "a leading country in sports", or nothing
            if end >= len(tokens) or tokens[end] != "in":
                continue
            e = end + 1
            while (e < len(tokens) and e < end + 5 and tokens[e].islower()
                   and (tags[e] in "NJ" or (tokens[e] == "and" and tags[e - 1] == "N"))):
                e += 1
            while e > end + 1 and tags[e - 1] != "N":
                e -= 1
            if e == end + 1:
                continue
            end = e
        start, stop = starts[i], tg.ends[end - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# What a province, city or the country is to be built into (把X建设成/打造成: "building
# Qinghai into a highland of ecological civilization", "building Guilin into a
# world-class tourist city", "building China into a leading country in culture") is the
# place's positioning as the central authorities set it, a set formulation the genre
# repeats word for word: after a verb of building, a place's name (or "the province",
# "the city", "the country") and "into a" or "into an", the noun phrase and one
# complement led by "of", "for" or "in".
_INTO = re.compile(r"(?<![\w-])(?:build|building|built|turn|turning|turned|make|making|"
                   r"transform|transforming|develop|developing) (?:the (?:province|city|"
                   r"region|country|nation)|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) into an? ")
_INTO_SCORE = 0.7
_INTO_COMPLEMENTS = frozenset({"of", "for", "in"})


def _positionings(tg: tagger.Tagged, spans: list[tuple[int, int]]
                  ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each positioning of a place in a paragraph (:data:`_INTO`): its sentence's span and
    offsets."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    n_tok = len(tokens)
    for m in _INTO.finditer(tg.text):
        i = bisect.bisect_left(starts, m.end())
        if i >= n_tok or starts[i] != m.end():
            continue
        k = i
        while k < n_tok and k < i + 6 and tags[k] in "JENGX" and tokens[k][:1].islower():
            k += 1
        while k > i and tags[k - 1] != "N":
            k -= 1
        if k == i:
            continue
        end = k
        if k + 1 < n_tok and tokens[k] in _INTO_COMPLEMENTS:
            e = k + 1
            if tokens[e] == "the" or tags[e] == "G" or tokens[e].endswith("ing"):
                e += 1      # (a gerund's object: "a hub for developing new ... forces")
            while (e < n_tok and e < k + 9 and tags[e] in "JNPSEAO"
                   and not (tags[e] == "A" and tags[e + 1:e + 2] not in ("N", "J", "P"))):
                e += 1
            while e > k + 1 and tags[e - 1] not in "NP":
                e -= 1
            if tags[e - 1] in "NP" and e > k + 1:
                end = e
        if end - i < 2:
            continue    # a head alone names no positioning: "into a hub"
        start, stop = starts[i], tg.ends[end - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# A statistical indicator stated as a rate (the genre's safety, energy, health and
# innovation indicators: 每百万飞行小时, 每万人, 单位GDP): a measured noun phrase, "per",
# a unit or a count, and what it is counted over ("serious transport aviation accidents
# per million flight hours", "high-value invention patents per 10,000 people", "water
# consumption per unit of industrial added value").
_RATE = re.compile(r"(?<=[a-z] )per (?=unit |\d|one |a |hundred |thousand |million |billion )")
_COUNTS = frozenset("one a hundred thousand million billion".split())


def _rates(tg: tagger.Tagged, spans: list[tuple[int, int]]
           ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each indicator stated as a rate in a paragraph (:data:`_RATE`): its sentence's span
    and offsets. The measured phrase before "per" has two to five words ending in a noun;
    after it, "unit of" or a count, a noun phrase of up to three words, and perhaps "of"
    and one more noun ("per 100 million yuan of GDP")."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    n_tok = len(tokens)
    for m in _RATE.finditer(tg.text):
        i = bisect.bisect_left(starts, m.start())
        if i >= n_tok or starts[i] != m.start() or not i or tags[i - 1] != "N":
            continue
        j = i
        while (j > i - 5 and tags[j - 1] in "NJE" and tokens[j - 1].lower() not in _BREAK):
            j -= 1          # (a common word capitalised opening a sentence is tagged so)
        while j < i and tokens[j].lower() in _DEICTIC:
            j += 1          # "current ...": the moment is no part of it (but "serious
            #                 accidents" are a class the statistics count)
        if i - j < 2:
            continue        # one word counted ("visits per day") names no indicator
        k = i + 1
        if tokens[k:k + 2] == ["unit", "of"]:
            k += 2
        else:
            while k < n_tok and (tags[k] == "X" or tokens[k] in _COUNTS):
                k += 1
        e = k
        while e < n_tok and e < k + 3 and tags[e] in "NJE" and tokens[e].islower():
            e += 1
        while e > k and tags[e - 1] != "N":
            e -= 1
        if e == k or k == i + 1:
            continue        # no count or no noun it is counted over
        if e + 1 < n_tok and tokens[e] == "of" and (
                tags[e + 1] in "NP" or "-" in tokens[e + 1] and tags[e + 2:e + 3] != "N"):
            e += 2          # "per 100 million yuan of GDP" ("of value-added": a compound)
        start, stop = starts[j], tg.ends[e - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# ... or as a rate or ratio of what it is measured over (the genre's indicators of farming,
# resources, industry and education: 农作物耕种收综合机械化率, 秸秆综合利用率, 关键工序数控
# 化率, 学前教育毛入园率): "comprehensive mechanization rate of crop cultivation and
# harvesting", "numerical control rate of key processes", "gross enrollment ratio of
# preschool education". The words before the head say what kind of rate it is, the noun
# phrase after "of" what it counts.
_RATE_OF_HEADS = frozenset({"rate", "ratio"})
_RATE_OF_LEFT = 4       # words of its kind before the head, at most
_RATE_OF_RIGHT = 5      # words of what it counts, at most


# The modifiers that judge, point, grade or say how often, and so name no indicator or
# action of policy before its head ("a high rate of", "the current rate of", "annual
# ..."): one set for _rates_of and _actions_of.
_JUDGING = _EVALUATIVE | _DEICTIC | _GRADING | _PERIODIC


def _rates_of(tg: tagger.Tagged, spans: list[tuple[int, int]]
              ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each indicator named as a rate or ratio of what it counts (:data:`_RATE_OF_HEADS`):
    its sentence's span and offsets. Before the head, one to four lowercase modifiers
    that judge and grade nothing ("a high rate of", "the current rate of" name no
    indicator); after "of", a lowercase noun phrase of up to five words, "and" between two
    of its words allowed, ending in a noun (no figure: "a growth rate of 5 percent")."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i] not in _RATE_OF_HEADS or tokens[i + 1] != "of" or tags[i - 1] not in "NJEG":
            continue
        j = i
        while (j > i - _RATE_OF_LEFT and tags[j - 1] in "NJEG" and tokens[j - 1].islower()
               and tokens[j - 1] not in _BREAK):
            j -= 1
        while j < i and tokens[j] in _JUDGING:
            j += 1
        if j == i:
            continue
        k = i + 2
        e = _bare_phrase(tokens, tags, k, _RATE_OF_RIGHT, "NJEG", coordinated=True)
        if e == k:
            continue
        start, stop = starts[j], tg.ends[e - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# The per capita indicators of household surveys (居民人均可支配收入, 农村居民人均消费支出)
# said with whose they are: "per capita disposable income of rural residents", "per capita
# consumption expenditure of urban residents". The head is what the survey measures.
_PER_CAPITA_HEADS = frozenset({"income", "expenditure", "expenditures", "consumption"})
_PER_CAPITA_OF = 4      # words of whose it is, at most ("urban and rural residents")


def _per_capita_of(tg: tagger.Tagged, spans: list[tuple[int, int]]
                   ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each per capita indicator said with "of" and whose it is (:data:`_PER_CAPITA_HEADS`):
    its sentence's span and offsets. Between "per capita" and "of", up to three lowercase
    words, the head last; after "of", a lowercase noun phrase ending in a noun ("of rural
    residents", "of urban and rural residents"; no figure, no determiner)."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    n = len(tokens)
    for i in range(n - 4):
        if tokens[i + 1] != "capita" or tokens[i] not in ("per", "Per"):
            continue
        h = i + 2       # the "of" after the head
        while h < i + 5 and h < n and tokens[h].islower() and tags[h] in "NJE":
            h += 1
        if h + 1 >= n or tokens[h] != "of" or tokens[h - 1] not in _PER_CAPITA_HEADS:
            continue
        k = h + 1
        e = _bare_phrase(tokens, tags, k, _PER_CAPITA_OF, "NJ", coordinated=True)
        if e == k:
            continue
        start, stop = starts[i], tg.ends[e - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# A policy's action named with what it acts on (the genre's nominalised policies: 天然林
#商业性采伐, 耕地分类管理, 专利侵权纠纷行政裁决, 无居民海岛有偿使用): a modified noun of action
# (a nominal suffix or -ing), "of" and a bare noun phrase, "commercial logging of natural
# forests", "classified management of farmland", "administrative adjudication of patent
# infringement disputes". Ranked low: many such phrases describe.
_ACTION_SCORE = 0.38
_ACTION_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ing", "al")


def _actions_of(tg: tagger.Tagged, spans: list[tuple[int, int]]
                ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each action named with what it acts on (:data:`_ACTION_SUFFIXES`): its sentence's
    span and offsets. One or two lowercase modifiers that judge nothing (a participle
    only next to the noun: "introduced classified management" opens with a verb), the
    noun of action, "of", and one to three lowercase words of a bare noun phrase ending
    in a noun (no determiner, no figure), or two single nouns joined by "and", two fields
    it acts on together ("integrated development of culture and tourism", 文旅融合发展)."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index: Sentences | None = None
    n = len(tokens)
    i = tags.find("O", 2)
    while 0 < i < n - 1:
        h = i - 1
        head = tokens[h]
        if (tags[h] in "NG" and head.islower() and head.endswith(_ACTION_SUFFIXES)
                and head not in _BREAK and not head.endswith("ings")):
            j = h
            while (j > h - 2 and tags[j - 1] in ("JEN" if j == h else "JN") and tokens[j - 1].islower()
                   and tokens[j - 1] not in _BREAK and tokens[j - 1] not in _JUDGING):
                j -= 1
            e = i + 1
            while (e < n and e - i <= 3 and tags[e] in "NJE" and tokens[e].islower()
                   and tokens[e] not in _BREAK):
                e += 1
            if (e == i + 2 and e + 1 < n and tokens[e] == "and" and tags[e + 1] == "N"
                    and tokens[e + 1].islower() and tokens[e + 1] not in _BREAK
                    and not (e + 2 < n and tags[e + 2] in "NJEPO")):
                e += 2      # two fields (not "of culture and tourism resources")
            elif e <= i + 3 and e < n and tokens[e] == ",":
                e = _fields_listed(tokens, tags, i + 1, e)
            if (j < h and e > i + 1 and tags[e - 1] == "N"
                    and not (e < n and tags[e] in "NJEP")
                    and tokens[e - 1] not in _POPULATIONS):
                if index is None:
                    index = Sentences(spans)
                sp = index.holding(starts[j], tg.ends[e - 1])
                if sp is not None:
                    yield sp, starts[j], tg.ends[e - 1]
        i = tags.find("O", i + 1)


def _fields_listed(tokens: list[str], tags: str, k: int, e: int) -> int:
    """Where a list of three fields or more an action is "of" ends, its first item
    ``tokens[k:e]`` before a comma: items of a noun or a modifier and a noun, or
    modifiers sharing the last one's noun, commas between and "and" before the last
    ("of coal, power and chemicals", "of passenger transport, freight transport and postal
    services", "of large, medium-sized and small enterprises"); else ``e``."""
    n = len(tokens)
    f = e
    items = 1
    while f + 1 < n and tokens[f] == "," and items < 6:
        g = f + 1
        if tokens[g] == "and":
            g += 1
        h = g
        while h < n and h - g < 2 and tags[h] in "NJE" and tokens[h].islower() and tokens[h] not in _BREAK:
            h += 1
        if h == g:
            return e
        items += 1
        f = h
        if tokens[g - 1] == "and":
            break
    if f < n and tokens[f] == "and" and tokens[f - 1] != ",":
        g = f + 1
        h = g
        while h < n and h - g < 2 and tags[h] in "NJE" and tokens[h].islower() and tokens[h] not in _BREAK:
            h += 1
        if h == g:
            return e
        items += 1
        f = h
    elif tokens[f - 2:f - 1] != ["and"] and not (f > 1 and tokens[f - 2] == "and"):
        return e
    if items < 3 or tags[f - 1] != "N" or (f < n and tags[f] in "NJEPO"):
        return e
    return f


# The part a place is to write in the nation's modernization (谱写中国式现代化X篇章): "the
# Hunan chapter of Chinese modernization", "Shandong's chapter of ...", "a new chapter of
# ..." -- a set formulation of the genre with the place in it (a chapter alone is a
# shell noun, _VAGUE_HEADS).
_CHAPTER = re.compile(r"(?<![\w'’-])(?:(?!The |This |That |Its |Our )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
                      r"|new) chapter of Chinese modernization(?![\w-])")
# A highland a place or the country is to be (高地: "an important national advanced
# manufacturing highland", "an inland highland for reform and opening-up", "a
# scientific and technological innovation highland with core competitiveness"): the
# genre's positioning noun, with its modifiers and one complement, is a set formulation.
_HIGHLAND = frozenset({"highland", "highlands"})
_HIGHLAND_COMPLEMENTS = frozenset({"for", "of", "with"})


# What China calls its own kind of a system or path (中国特色…): "socialist trade union
# development with Chinese characteristics", "modern corporate governance system with
# Chinese characteristics", "major-country diplomacy with Chinese characteristics".
_CHARACTERISED = re.compile(r"(?<=[a-z] )with Chinese characteristics(?![\w-])")
_CHARACTERISED_MAX = 6      # words of the noun phrase before it


def _characterised(tg: tagger.Tagged, spans: list[tuple[int, int]]
                   ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each lowercase noun phrase said "with Chinese characteristics": two to six
    modifiers and nouns ("and" once among them, no "of": "the path of socialist ...
    development" keeps the phrase after it), ending in a noun, with the suffix."""
    index = Sentences(spans)
    tokens, tags = tg.tokens, tg.tags
    for m in _CHARACTERISED.finditer(tg.text):
        i = bisect.bisect_left(tg.starts, m.start())        # "with"
        if i < 1 or tags[i - 1] != "N":
            continue
        k = i
        joined = False
        while k > 0 and i - k < _CHARACTERISED_MAX and tokens[k - 1].islower() and (
                tags[k - 1] in "NJEG" or (tags[k - 1] == "A" and not joined and k < i - 1)):
            joined = joined or tags[k - 1] == "A"
            k -= 1
        while k < i and (tags[k] == "A" or tokens[k] in _BREAK):
            k += 1
        if i - k < 2:
            continue
        sp = index.holding(tg.starts[k], m.end())
        if sp is not None:
            yield sp, tg.starts[k], m.end()


def _highlands(tg: tagger.Tagged, spans: list[tuple[int, int]]
               ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each highland named in a paragraph (:data:`_HIGHLAND`): at least one classifying
    modifier before the head (an evaluative word may open it), and a complement of up to
    six words after "for", "of" or "with" ending in a noun."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    n_tok = len(tokens)
    for h, word in enumerate(tokens):
        if word not in _HIGHLAND or tags[h] != "N" or tags[h + 1:h + 2] == "N":
            continue            # (a modifier: "highland barley")
        j = h
        while j > h - 7 and tags[j - 1] in "NJEA" and tokens[j - 1].islower() \
                and tokens[j - 1] not in _BREAK:
            j -= 1
        while j < h and tags[j] == "A":
            j += 1
        if all(t in _EVALUATIVE or t == "new" or evaluative(t) for t in tokens[j:h]):
            continue            # "a new highland", "a great highland": no kind of highland
        end = h + 1
        if end + 1 < n_tok and tokens[end] in _HIGHLAND_COMPLEMENTS:
            e = end + 1
            while e < min(n_tok, end + 7) and tags[e] in "JNEAOP":
                e += 1
            while e > end + 1 and tags[e - 1] not in "NP":
                e -= 1
            if e > end + 1:
                end = e
        start, stop = starts[j], tg.ends[end - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# A programme named for its span and its aim (三年行动, 五年规划: the genre's campaigns
# run for a set number of years and are named so): "the three-year action for a new
# breakthrough in comprehensive revitalization", "the three-year action to tackle the
# root causes of work safety problems", "the eighth five-year plan for public legal
# education". A count of years, the programme's head, "for" or "to" and the aim.
_YEARS_FOR = re.compile(
    r"(?<![\w-])(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|"
    r"[Ee]ighth|[Nn]inth|[Tt]enth|[Nn]ew) )?(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})-year (?:action plan|action|campaign|plan|"
    r"program|programme|initiative|project) (?:for|to) ")
# What the aim may hold after its first word: modifiers, nouns, determiners, numbers,
# "and", "of", and the prepositions that put a field or place in it.
_AIM_TAGS = frozenset("JNEGDXAOP")
_AIM_PREPOSITIONS = frozenset({"in", "for", "on"})
_PARTICLES = frozenset({"up", "out", "down", "off"})


def _year_programmes(tg: tagger.Tagged, spans: list[tuple[int, int]]
                     ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each programme named for its span and aim in a paragraph (:data:`_YEARS_FOR`): its
    sentence's span and offsets. After "to", the aim opens with its verb, and so after
    "for" with the verb's -ing ("for tackling the root causes of ..."); it then runs
    through at most twelve words of a noun phrase and ends in a noun."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    n_tok = len(tokens)
    for m in _YEARS_FOR.finditer(tg.text):
        i = bisect.bisect_left(starts, m.start())
        k = bisect.bisect_left(starts, m.end())      # the aim's first word
        if i >= n_tok or k >= n_tok or starts[i] != m.start() or starts[k] != m.end():
            continue
        e = k + 1 if tokens[k - 1] == "to" or tags[k] == "V" and tokens[k].endswith("ing") else k
        if e > k and e < n_tok and tokens[e] in _PARTICLES:
            e += 1          # the verb's particle: "to clean up rural rivers"
        while e < min(n_tok, k + 12) and (tags[e] in _AIM_TAGS or tokens[e] in _AIM_PREPOSITIONS):
            if tags[e] == "A" and tags[e + 1:e + 2] not in ("N", "J", "E", "P"):
                break       # "... and a five-year plan", "... and giving ...": no more aim
            e += 1
        while e > k and tags[e - 1] not in "NP":
            e -= 1
        if e <= k + (tokens[k - 1] == "to" or tags[k] == "V"):
            continue
        start, stop = starts[i], tg.ends[e - 1]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# The integration of two fields (融合: 体教融合, 文旅融合, 产教融合, 体医融合) is rendered
# "integration of sports and education", "integration of culture and tourism": the
# noun, "of" and two single nouns joined by "and" name a policy of the genre,
# whatever the fields; so do two fields of two words each, a modifier and a noun
# (医防融合 "integration of medical care and disease prevention", 种养结合 "integration of
# crop farming and animal husbandry", 算电协同 "integration of computing power and
# electric power"), and three single fields listed with commas (农文旅融合 "integration
# of agriculture, culture and tourism").
# fields named in the plural (体育, 艺术, and a service named as a field: 托育服务 "childcare
# services", 养老服务 "elderly care services")
_PLURAL_FIELDS = frozenset({"sports", "arts", "services"})
_FIELDS = re.compile(r"(?<![\w-])[Ii]ntegration of [a-z]+(?:, [a-z]+,?| [a-z]+)? and [a-z]+\b")


def _integrations(tg: tagger.Tagged, spans: list[tuple[int, int]]
                  ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each integration of two or three fields in a paragraph: its sentence's span and
    offsets."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    for m in _FIELDS.finditer(tg.text):
        i = bisect.bisect_left(starts, m.start())
        if i + 6 < len(tokens) and tokens[i + 3] == "," and starts[i] == m.start():
            # three single fields listed (农文旅融合 "integration of agriculture, culture and
            # tourism", 文体旅融合 "... of culture, sports and tourism")
            last = i + 8 if tokens[i + 5] == "," else i + 7     # (an Oxford comma or none)
            if (last <= len(tokens) and tokens[last - 2] == "and"
                    and all(tags[k] == "N" and tokens[k].isalpha() and tokens[k].islower()
                            and (not _looks_plural(tokens[k]) or tokens[k] in _PLURAL_FIELDS)
                            for k in (i + 2, i + 4, last - 1))
                    and tags[last:last + 1] not in ("N", "O")
                    and tokens[last:last + 1] not in (["with"], ["into"])):
                sp = index.holding(starts[i], tg.ends[last - 1])
                if sp is not None:
                    yield sp, starts[i], tg.ends[last - 1]
            continue
        if i + 4 < len(tokens) and tokens[i + 4] == "and" and starts[i] == m.start():
            # two fields of two words: a modifier and a noun each, the second ending the
            # phrase ("... and disease prevention in rural areas")
            end = i + 7
            if (end <= len(tokens) and tags[i + 2] in "JNGE" and tags[i + 3] == "N"
                    and tags[i + 5] in "JNGE" and tags[i + 6] == "N"
                    and all(t.isalpha() and t.islower() for t in tokens[i + 2:end])
                    and (not _looks_plural(tokens[i + 3]) or tokens[i + 3] in _PLURAL_FIELDS)
                    and (not _looks_plural(tokens[i + 6]) or tokens[i + 6] in _PLURAL_FIELDS)
                    and tags[end:end + 1] not in ("N", "O")
                    and tokens[end:end + 1] not in (["with"], ["into"])):
                # (fields are activities, no plural: not "integration of local firms
                # and foreign investors into the market")
                sp = index.holding(starts[i], tg.ends[end - 1])
                if sp is not None:
                    yield sp, starts[i], tg.ends[end - 1]
            continue
        if (i + 4 >= len(tokens) or starts[i] != m.start() or tags[i + 2] != "N"
                or tags[i + 4] != "N" or tags[i + 5:i + 6] in ("N", "O")
                or tokens[i + 5:i + 6] == ["with"]):
            # (a field of two words is another phrase: "... of urban and rural areas";
            # one integrated "with" another is one field: "of ice and snow with culture")
            continue
        start, stop = starts[i], tg.ends[i + 4]
        sp = index.holding(start, stop)
        if sp is not None:
            yield sp, start, stop


# The ecosystems Xi Jinping's thought on ecological civilization calls one life community
# (山水林田湖草沙是生命共同体), listed in the interpreters' varying words and order: five
# or more of them from mountains on, farmland among them (田; "mountains, grasslands,
# forests and lakes" describe a landscape) ("mountains, waters, forests, farmlands,
# grasslands and deserts", "mountains, rivers, forests, farmland, lakes, grasslands,
# deserts and glaciers"), a set formulation whatever the list; with the policy said of
# it before its "of" ("integrated protection and systematic governance of ...") too.
_ECOSYSTEM = (r"(?:mountains|rivers|waters|forests|farmlands?|lakes|grasslands|deserts|"
              r"glaciers|sands|wetlands|seas)")
_ECOSYSTEM_LIST = re.compile(rf"(?<![\w-])[Mm]ountains(?=[a-z, ]*farmland)(?:, {_ECOSYSTEM}){{3,}},? "
                             rf"and {_ECOSYSTEM}(?![\w-])")
_POLICY_WORDS = 6       # words of the policy said of the ecosystems, at most


def _ecosystem_lists(tg: tagger.Tagged, spans: list[tuple[int, int]]
                     ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each list of the ecosystems of one life community: its sentence's span and its
    offsets; and the policy said of it, from its modifier to the list, where a phrase of
    lowercase modifiers and nouns of action (two words or more, "and" inside) stands
    before its "of"."""
    index = Sentences(spans)
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    for m in _ECOSYSTEM_LIST.finditer(tg.text):
        sp = index.holding(m.start(), m.end())
        if sp is None:
            continue
        yield sp, m.start(), m.end()
        i = bisect.bisect_left(starts, m.start()) - 1       # the "of" before it, if any
        if i < 2 or tokens[i] != "of":
            continue
        j = i
        while (j > i - _POLICY_WORDS and tokens[j - 1].islower() and tokens[j - 1] not in _BREAK
               and (tags[j - 1] in "JNA" or tags[j - 1] == "E" and tags[j] == "N")):
            j -= 1      # (a participle before a noun only: "coordinated protection"; not the
                        # clause's verb, "pursued holistic protection")
        while j < i and tags[j] == "A":
            j += 1
        if (i - j >= 2 and tags[i - 1] == "N"
                and tokens[i - 1].endswith(_ACTION_SUFFIXES)):
            yield sp, starts[j], m.end()


# The charges of China's Criminal Law are rendered "crime of" and a gerund's phrase (帮助
# 信息网络犯罪活动罪 "crime of assisting information network criminal activities", 提供
# 虚假证明文件罪 "crime of providing false certification documents"; the English of the
# Supreme People's Procuratorate's and the Supreme People's Court's work reports): the
# whole phrase is the charge's name, up to six words after the gerund ("the" and one
# "of" among them) ending in a noun.
_CRIME = re.compile(r"(?<![\w-])crimes? of (?=[a-z]+ing )")


def _crimes(tg: tagger.Tagged, spans: list[tuple[int, int]]
            ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each charge named "crime of <gerund> <noun phrase>": its sentence's span and
    offsets."""
    tokens, tags, starts = tg.tokens, tg.tags, tg.starts
    index = Sentences(spans)
    for m in _CRIME.finditer(tg.text):
        i = bisect.bisect_left(starts, m.start())
        g = i + 2           # the gerund
        if g >= len(tokens) or starts[i] != m.start() or not tokens[g].endswith("ing"):
            continue
        k, last, of = g + 1, -1, False
        while k < len(tokens) and k < g + 7 and (tokens[k].islower() or tags[k] == "S"):
            if tags[k] in "NE":
                last = k
            elif tags[k] == "S" and last == k - 1:
                pass        # a possessive inside: "infringing citizens' personal information"
            elif tokens[k] == "of" and not of and last == k - 1:
                of = True
            elif not (tags[k] in "JG" or tokens[k] == "the" and k == g + 1
                      or tokens[k] == "the" and tokens[k - 1] == "of"):
                break
            k += 1
        if last < 0:
            continue
        sp = index.holding(starts[i], tg.ends[last])
        if sp is not None:
            yield sp, starts[i], tg.ends[last]


# China names its pilot, demonstration and pioneer zones for what they are to show
# (示范区, 试验区, 先行区): "demonstration zone for common prosperity", "national pilot
# zone for ecological conservation". A classified zone or area and "for" and a noun
# phrase of the aim make one name, said once as a rule: a term candidate.
# The central bank names its structural tools the same way, relending for what it funds
# (支农支小再贷款, 科技创新和技术改造再贷款): "relending for agriculture and small
# businesses", "relending for service consumption and elderly care"; the tool's word
# needs no modifier before it.
# So does the state its programmes, campaigns, actions and mechanisms, a compound and
# "for" its aim ("re-lending program for affordable housing", "special action for
# inclusive childcare services", "capacity pricing mechanism for coal power"), and its
# systems (制度, 体系: "electronic traceability system for vaccines", "target
# responsibility system for farmland protection"); a head with no modifier before it is
# no name ("the mechanism for regular wage increases").
_AIMED_SCORE = 0.6
_AIMED = re.compile(r"(?<![\w-])(?:zones?|areas?|re-?lending|cities|city|counties|county|bases?|"
                    r"programs?|programmes?|campaigns?|actions?|mechanisms?|systems?)"
                    r" (for|of) ")
_TOOLS = frozenset({"relending", "re-lending"})
# So does the state its demonstration and pilot cities, counties and bases (示范城市, 示范县,
# 示范基地: "national demonstration cities for childcare services", "national
# demonstration counties for the Four Good Rural Roads"), named so only as such.
_DESIGNATED_PLACES = frozenset("city cities county counties base bases".split())
_DESIGNATIONS = frozenset({"demonstration", "pilot", "model"})
_DESIGNATED_ZONES = frozenset("zone zones area areas base bases".split())
_ZONES_OF = tuple(f" {z} of " for z in sorted(_DESIGNATED_ZONES))   # (found with str.find)


def _aimed_zones(tg: tagger.Tagged, spans: list[tuple[int, int]]
                 ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Each "<modifiers> zone for <aim>" of a paragraph: its sentence's span and offsets.
    One to three lowercase modifiers before the head; after "for", up to five words
    (modifiers, nouns, a hyphened name such as "cross-Strait", two modifiers joined by
    "and") ending in a noun."""
    tokens, tags = tg.tokens, tg.tags
    index = Sentences(spans)
    for m in _AIMED.finditer(tg.text):
        i = bisect.bisect_left(tg.starts, m.start(1))       # the "for" (or "of")
        if i < 2 or i >= len(tokens) or tokens[i] != m.group(1):
            continue
        j = i - 1
        while (j > i - 4 and tags[j - 1] in "NJE" and tokens[j - 1].islower()
               and tokens[j - 1] not in _BREAK and tokens[j - 1] not in _EVALUATIVE
               and tokens[j - 1] not in _DEGREE_WORDS      # ("to more ... zones for")
               and not tokens[j - 1][:1].isdigit()):     # (nor its size: "a 300-billion-
            j -= 1                                          # yuan re-lending program for")
        if tokens[i] == "of" and (_DESIGNATIONS.isdisjoint(tokens[j:i - 1])
                                  or tokens[i - 1] not in _DESIGNATED_ZONES):
            continue    # "of" only after a designated zone: "national demonstration
                        # zones of marine ranching" (not "areas of cooperation")
        k = i + 1
        joined = False      # one "and" between two modifiers of the aim's head
        while k < len(tags) and k < i + 6 + joined:
            if (tags[k] == "A" and not joined and k > i + 1 and tags[k - 1] in "JEN"
                    and (tags[k + 1:k + 2] in ("J", "E") or tags[k + 1:k + 3] == "NN")):
                # "for ecological and economic transformation", "for science and
                # technology innovation" (not "for oil and gas": no head after them)
                joined = True
                k += 1
                continue
            if not (tags[k] in "NJEG" or (tags[k] == "P" and ("-" in tokens[k] or _ACRONYM_IN.fullmatch(
                    tokens[k]) and tags[k + 1:k + 2] == "N"))) or tokens[k] in _BREAK:
                break       # (an acronym modifies a noun of the aim: "for GI product protection")
            k += 1
        if (not joined and k - i >= 3 and tags[k:k + 2] == "AN" and tokens[k] == "and"
                and tags[k - 1] == "N" and tokens[k + 1].islower() and tokens[k + 1] not in _BREAK
                and tags[k + 2:k + 3] not in ("N", "J", "E", "P", "O")):
            k += 2      # the aim's head and one more noun: "for green finance reform and
                        # innovation" (not "for oil and gas": no modified head before "and")
        while k > i + 1 and tags[k - 1] != "N" and not (
                tags[k - 1] == "G" and k - 2 > i and tags[k - 2] in "JN"):
            k -= 1      # (a gerund after its modifier names an activity: "marine ranching")
        if k == i + 2 and tags[k - 1] == "N" and tokens[k:k + 1] == ["of"]:
            # an aim of one noun and what it is of: "ecological compensation mechanism for
            # protection of black soil" (the noun alone is no aim: "for protection"; an
            # "of" phrase that ends in a word of _BREAK leaves a noun after it, and the
            # test below drops the whole: "for interests of major grain-producing areas")
            e = _bare_phrase(tokens, tags, k + 1, 4)
            if e > k + 1:
                k = e
        if tokens[i - 1] in _DESIGNATED_PLACES:
            if _DESIGNATIONS.isdisjoint(tokens[j:i - 1]):
                continue
            if tokens[i + 1:i + 2] == ["the"] and tokens[i + 2:i + 3] and tokens[i + 2][:1].isupper():
                # a designation's aim may be a programme's name: "... counties for the
                # Four Good Rural Roads"
                k = i + 2
                while (k < len(tags) and k < i + 8 and tags[k] in "PX"
                       and tokens[k][:1].isupper()):
                    k += 1
                start, end = tg.starts[j], tg.ends[k - 1]
                sp = index.holding(start, end)
                if sp is not None:
                    yield sp, start, end
                continue
        if k == i + 1 and j < i - 1 and tokens[i] == "for" and tokens[i + 1:i + 2] == ["the"]:
            e = _nominal_aim(tokens, tags, i + 1)
            if e:
                start, end = tg.starts[j], tg.ends[e - 1]
                sp = index.holding(start, end)
                if sp is not None:
                    yield sp, start, end
                continue
        if (j == i - 1 and tokens[i - 1] not in _TOOLS) or k == i + 1 or tags[k:k + 1] in ("N", "A") or (
                tags[k:k + 1] == "," and tags[k + 1:k + 2] in ("N", "J")
                and tags[k + 2:k + 3] in (",", "A")):
            continue    # (an aim coordinated with others is cut: "for oil, gas and ...")
        k = _placed(tokens, tags, k)
        start, end = tg.starts[j], tg.ends[k - 1]
        sp = index.holding(start, end)
        if sp is not None:
            yield sp, start, end


# An aim said as an action on a field: "the", a nominalisation and "of" a bare noun phrase
# ("pilot cities for the digital transformation of SMEs", "demonstration counties for the
# concentrated and contiguous protection and utilization of traditional villages",
# "special lending program for the clean and efficient use of coal"; 推进…的…试点).
_NOMINAL_HEADS = frozenset({"reform", "use", "control", "development"})
_NOMINAL_WORDS = 7          # words between "the" and "of", at most


def _nominal_aim(tokens: list[str], tags: str, d: int) -> int:
    """Where an aim opening with "the" at ``d`` ends (:data:`_NOMINAL_HEADS`), or 0."""
    n = len(tokens)
    h = d + 1
    joined = 0          # "and" twice at most: "concentrated and contiguous protection and
    while h < n and h - d <= _NOMINAL_WORDS and tokens[h].islower() and (    # utilization"
            tags[h] in "JNEG" and tokens[h] not in _BREAK
            or tokens[h] == "and" and joined < 2 and h > d + 1 and tags[h + 1:h + 2] in ("J", "N", "E", "G")):
        joined += tokens[h] == "and"
        h += 1
    if h == d + 1 or h >= n or tokens[h] != "of" or tags[h - 1] not in "NG":
        return 0
    head = tokens[h - 1]       # (or an activity's -ing: "transformation and upgrading")
    if not (head.endswith(tagger.NOUN_SUFFIXES) or head in _NOMINAL_HEADS
            or tags[h - 1] == "G" and head.endswith("ing")):
        return 0
    if h + 1 < n and _ACRONYM_IN.fullmatch(tokens[h + 1]):
        # an acronym's field, or an acronym modifying it: "of SMEs", "of ICT industries"
        e = max(h + 2, _bare_phrase(tokens, tags, h + 2, 3))
    else:
        e = _bare_phrase(tokens, tags, h + 1, 5, coordinated=True)
    if e == h + 1 or (e < n and tags[e] in "NJOP"):
        return 0
    return e


# Where a zone is, said after its aim, is part of its name: "pilot zone for ecological
# protection and high-quality development in the Yellow River Basin", "pioneer zone for
# high-quality development in the western region" (黄河流域生态保护和高质量发展先行区,
# 西部地区高质量发展先行区: the place comes first in Chinese).
_REGION_SIDES = frozenset("""western eastern northern southern central northeastern
    northwestern southwestern southeastern""".split())


def _placed(tokens: list[str], tags: str, k: int) -> int:
    """Where a zone's name ends with its place after its aim ending at ``k``: "in" (and
    "the") and a name of up to four capitalised words, or a side of the country and
    "region"; else ``k``. "Of the" says where as well ("... development of the Yellow River
    Basin": whose and where are one for a region, as _REGION reads formulations)."""
    if k + 1 >= len(tokens) or not (tokens[k] == "in" or tokens[k] == "of" and tokens[k + 1] == "the"):
        return k
    e = k + 1 + (tokens[k + 1] == "the")
    if e + 1 < len(tokens) and tokens[e] in _REGION_SIDES and tokens[e + 1] in ("region",
                                                                                "regions"):
        return e + 2
    f = e
    while f < len(tokens) and f < e + 4 and tags[f] == "P" and tokens[f][:1].isupper():
        f += 1
    if f == e or (f < len(tokens) and tags[f] in "NP"):
        return k        # no name, or a name that goes on ("in Ningxia wine ...")
    return f


# Chinese political and economic discourse names a set by its count, said once and
# listed after ("the six advantageous industries, including ...", "eight major industrial
# clusters", "three control lines": 六大优势产业, 八大产业集群): a count word before a noun
# phrase of a modifier and a plural head is a term candidate, ranked low (about half
# such phrases were terms on the development and written transcripts) unless the head is
# a span of time ("four consecutive years") or a general noun, or the modifier judges
# ("four specific approaches"; "major" and "key" count: 大, 重点).
_SET_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_SET_SCORE = 0.5
# The modifiers a count's set is named with before a general noun (大, 重点).
_SET_MODIFIERS = frozenset({"major", "priority"})
_SPANS_OF_TIME = _w("years months weeks days hours minutes quarters decades times rounds")


# The nationwide censuses and surveys are named by their ordinal (第三次全国土壤普查):
# "the third national soil census", "the fifth national economic census", "the third
# national census of agricultural germplasm resources", and the first of a new one too
# ("the first national comprehensive survey of natural disaster risks", 第一次全国自然灾害
# 综合风险普查).
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_CENSUSES = frozenset({"census", "survey"})


# The state names classes of sites and bodies by a "national" designation (国家级, 国家…):
# "national archaeological site parks", "national cultural ecological protection zones",
# "national manufacturing innovation centers", "national key laboratories",
# "national-level night-time cultural and tourism consumption clusters". Said once,
# "national" is otherwise where, not what (_SCOPE); before two words or more and one of
# these heads it is a status the state grants, a term candidate ranked as numbered sets.
# (and the national platforms the state runs, 国家…平台: "the national integrated online
# government service platform", "the national unified medical insurance information
# platform")
_DESIGNATED = _w("""park parks zone zones center centers centre centres base bases
    laboratory laboratories cluster clusters villages towns area areas platform platforms""")
_PLATFORMS = _w("platform platforms")
_NATIONAL = _w("national national-level")
# ... and the scopes of the centres and hubs the state designates a city or region to
# be (国际科技创新中心, 国际消费中心城市, 区域医疗中心: "international science and
# technology innovation center", "regional medical centers").
_DESIGNATING = _NATIONAL | _w("international regional")
# A measure said of the whole country or the world is where, not a class the state
# designates: "the national infant mortality rate", "the national wheat output",
# "international grain prices" name the measure ("infant mortality rate").
_MEASURES = _w("""rate rates ratio ratios proportion share index coverage output volume
    density intensity average total price prices""")
_COMMITTEES = _w("committee committees")


def _aim(tokens: list[str], classes: str, end: int) -> int:
    """Where a designation ends with the aim it is named for after "for" ("national key
    villages and towns for rural tourism", "national comprehensive reform pilot for the
    energy revolution"): a bare noun phrase of up to five lowercase words (two words may
    be joined by "and"), or ``end``."""
    if end + 1 >= len(tokens) or tokens[end] != "for":
        return end
    e = end + 1
    if tokens[e] == "the":
        e += 1
    k = e
    joined = False      # one "and" between two words: "technologies and systems"
    while k < len(tokens) and k < e + 5 and tokens[k].islower() and tokens[k] not in _BREAK:
        if (classes[k] == "A" and not joined and k > e and classes[k - 1] in "NJ"
                and classes[k + 1:k + 2] in ("N", "J")):
            joined = True
        elif classes[k] not in "JEN" and not (classes[k] == "G" and classes[k - 1] == "N"):
            break       # (a gerund after a noun is its compound's head: "seed breeding")
        k += 1
    while k > e and not (classes[k - 1] == "N" or classes[k - 1] == "G" and k - 1 > e):
        k -= 1
    if k > e and tokens[k:k + 1] == ["of"]:
        # the work's object after "of": "national demonstration areas for comprehensive
        # prevention and control of chronic diseases"
        j = k + 1
        while j < len(tokens) and j < k + 4 and tokens[j].islower() and classes[j] in "JEN":
            j += 1
        while j > k + 1 and classes[j - 1] != "N":
            j -= 1
        if j > k + 1 and classes[j:j + 1] not in ("N", "J", "O", "S"):
            return j
        return end
    if k == e or classes[k:k + 1] in ("N", "J", "O", "S"):
        return end      # no phrase, or one cut short: "for the region's ..."
    return k


def _designation_at(tokens: list[str], classes: str, a: int, b: int) -> int:
    """Where a designation opened by "national" (:data:`_DESIGNATING`) starts in the run
    ``[a, b)``, or -1: at its start, after a word that only describes it ("the
    restructured national key laboratories"), or after the run's "of" ("the building of
    national archaeological site parks")."""
    if tokens[a] in _DESIGNATING:
        return a
    if tokens[a + 1] in _DESIGNATING and (classes[a] in "EJ" or tokens[a] in _ORDINALS):
        return a + 1        # (or its rank: "the first national big data ... pilot zone")
    o = classes.find("O", a + 1, b - 2)
    return o + 1 if o > 0 and tokens[o + 1] in _DESIGNATING else -1


def _least_words(head: str) -> int:
    """The fewest words of a class the state designates, the scope word and the head
    included: a platform is every system's word, one word before it says little
    ("national information platform"); a national platform has its own name of two or
    more."""
    return 4 if head in _PLATFORMS else 3


def _designated(words: list[str]) -> bool:
    """Whether a run opened by "national" names a designation: two words or more, then a
    designated head ending the run, no judgement among them, nor another designated head
    (two designations coordinated: "... grain production base and ... manufacturing
    base")."""
    # (two heads joined into one, 村镇: "national key villages and towns")
    inner = words[1:-3] if len(words) >= 5 and words[-2] == "and" else words[1:-1]
    return (words[-1] in _DESIGNATED and len(words) >= _least_words(words[-1])
            and words.count("and") <= 1
            and not any(w in _EVALUATIVE or w in _BREAK or w in _GRADING or w in _DESIGNATED
                        for w in inner))


def _coordinated_designations(tokens: list[str], at: int, end: int) -> list[tuple[int, int]]:
    """The two designations a run joins by "and", each opened by its scope word and
    ended by its designated head ("national medical centers and national regional
    medical centers", 国家医学中心和国家区域医疗中心): ``[at, end)`` is the run from its
    first scope word to its last noun; each side that is a designation of its own."""
    if tokens[at:end].count("and") != 1:
        return []
    j = tokens.index("and", at, end)
    sides = [(at, j), (j + 1, end)]
    return [(a, b) for a, b in sides
            if b - a >= 2 and tokens[a] in _DESIGNATING and _designated(tokens[a:b])]


# The genre names the sectors and forms of the economy it promotes by one classifying word
# before "economy" (银发经济, 低空经济, 夜间经济, 首发经济, 冰雪经济, 平台经济, 县域经济:
# "silver economy", "low-altitude economy", "night-time economy", "debut economy",
# "ice-and-snow economy", "platform economy", "county economy"); said once, each is a
# term candidate. Not the economy of a place or a scale ("national", "world", "Chinese",
# "domestic", "local") nor a judgement of it ("strong", "stable", "overall").
_NOT_A_SECTOR = _w("world domestic whole entire overall chinese")


def _names_an_economy(word: str, cls: str) -> bool:
    """Whether the word before "economy" names a sector of it (see above)."""
    return (cls in "JNEG" and word.islower() and word not in _NOT_A_SECTOR
            and not _judges_or_places(word)
            and not _comparative(word.rsplit("-", 1)[-1]))   # ("second-largest": a rank)


def _judges_or_places(word: str) -> bool:
    """A modifier that judges, grades or places in time or space what it modifies
    ("greater", "current", "global"): no classifier of a term."""
    return (word in _EVALUATIVE or word in _DEICTIC or word in _SCOPE or word in _GRADING
            or _comparative(word))


def _sector_start(tokens: list[str], a: int, e: int) -> int:
    """Where the sector before "economy" (at ``e``) starts: its word, or two coordinated
    ("ice and snow economy"), within the run starting at ``a``."""
    if e - 3 >= a and tokens[e - 2] == "and" and tokens[e - 3].islower():
        return e - 3
    return e - 1


def _census(words: list[str]) -> bool:
    """Whether a run opened by an ordinal names a census: its head (before any "of") is
    one, after "national" or another modifier."""
    head = words[words.index("of") - 1] if "of" in words else words[-1]
    return head in _CENSUSES and len(words) >= 3 and words[1] != head


def _numbered_set(words: list[str], classes: str) -> bool:
    """Whether a noun phrase after a count word names a numbered set (see above)."""
    low = [_LOWER[w] for w in words]
    head = low[-1]
    if len(low) == 2 and low[0] in _SET_MODIFIERS and head in _BREAK and _singular(head) != head:
        # a general noun counted with a set's modifier names the set ("eight major steps",
        # 八项行动; "six priority areas", 六大重点领域; not "key", which before a general noun
        # is a judgement: "two key areas")
        return True
    if ("A" in classes or "O" in classes or _singular(head) == head
            or head in _SPANS_OF_TIME or head in _VAGUE_HEADS or not _BREAK.isdisjoint(low)):
        return False
    if low[0] in _EVALUATIVE and low[0] not in ("major", "key"):
        return False
    return _DEICTIC.isdisjoint(low) and _GRADING.isdisjoint(low)


# A technology's code (tagger.CODE) among a key's lowercase words ("5g", "3d"), and as a
# whole word of a lowercased form.
_CODE_WORD = re.compile(tagger.CODE.pattern, re.IGNORECASE).fullmatch
_CODE_LOWER = re.compile(rf"(?<![\w-]){tagger.CODE.pattern}(?![\w-])", re.IGNORECASE)


def _upper(m: re.Match[str]) -> str:
    return m.group().upper()


# An acronym among a phrase's words (two capitals or more, perhaps a plural "s").
_ACRONYM_IN = re.compile(r"(?<![\w'’-])[A-Z][A-Z&]+s?(?![\w'’-])")


# A grade of a number and a capital, hyphened to what it grades ("4A-level", 4A级), which
# tagger.CODE (a whole word) does not take.
_GRADE_CODE = re.compile(r"(?<![\w'’-])\d[A-Z]-[a-z]")


def _cased(raw: str, term: str) -> str:
    """``term`` (the phrase in lowercase) with the acronyms and grades of ``raw`` in
    capitals, and the names after a prefix (:func:`~termsmith.harvest.tagger.prefixed_name`)."""
    return " ".join(r if _ACRONYM_IN.fullmatch(r) or _GRADE_CODE.match(r)
                    or tagger.prefixed_name(r) else t
                    for r, t in zip(raw.split(" "), term.split(" "), strict=True))


def _pinyin_gloss(key: Key, st: _Stats, runs: _Runs,
                  sents: list[tuple[Segment, str, int]]) -> bool:
    """``"Red Boat Spirit (hongchuan jingshen)"``: words of pinyin said only alone in
    brackets are the transliteration of the term before them (the glossed harvester keeps
    it as that term's gloss), not an English term of their own. One word stays a term
    (``household registration (hukou)``: the loanword is what the glossary lists)."""
    if len(key) < 2 or not all(PINYIN.fullmatch(w) for w in key):
        return False
    for i, j in st.forms:
        seg, text, base = sents[runs.sentence[i]]
        start, end = runs.starts[i] - base, runs.ends[j - 1] - base
        if text[:start].rstrip()[-1:] != "(" or text[end:].lstrip()[:1] != ")":
            return False
    return True


# A name before a lowercase phrase that it makes a name of: "Chengdu-Chongqing economic
# circle", "China-Laos-Thailand international trains", "Fuling pickled mustard tubers",
# the phrase up to five words ("Yangjiang offshore wind power industrial base"), the fifth
# only after four modifiers with no participle after a noun and no -ing word (a verb's so
# far from the name: "the Jilin Oilfield CCUS project stored more carbon dioxide"). The
# pattern starts with its class: it scans fast.
_NAMED_HEAD = re.compile(r"P(?<!PP)P{0,2}(?:(?:[JE]|N(?!E)){4}|[JENG]{0,3})N(?![NP])")
_ROMAN = re.compile(r"[IVX]+")
# The ways a place is held up as an example by (经验, 模式, 精神): "the Fengqiao
# experience", "the Shouguang model", "the Yan'an spirit"; common words, but with a
# place's name before them the name of a way of doing things.
_WAYS = frozenset({"model", "experience", "spirit"})
# The small places the genre holds up by name, written with their level in lowercase
# (村, 镇, 县, and a city's 区, a county-level unit: "Xiaogang village", "Maotai town", "Anji
# county", "Yuhang district"): the level tells the place from what shares its name (Maotai
# liquor), so glossaries keep it; a province's or a city's name is the term alone
# ("Zhejiang province").
_SMALL_PLACES = frozenset({"village", "town", "township", "county", "district"})
# The levels of China's administration a facility or service is named for (县乡村,
# 社区): "county", "township", "village", "community".
_LEVELS = _SMALL_PLACES | {"community", "county-level", "township-level", "village-level"}
# The traditions a place, a people or a founder gives its name to (文化, 艺术, 派, 式, 戏,
# 舞: "Mazu culture", "Huizhou culture", "Regong art", "Muqam art", "Gelug school", "Yang
# style" tai chi, "Huangmei opera", "Nuo dance", "Yingge dance"): common words, but after
# a name of no English the name of a regional culture, school or art form, as the
# heritage lists write them (the plural too: "Regong arts", 热贡艺术 as UNESCO's list has it).
_TRADITIONS = frozenset({"culture", "art", "arts", "music", "school", "style", "opera", "dance"})
# The produce a place gives its name to whose word is among English's commonest (纸, 咖啡:
# "Xuan paper", "Pu'er coffee"), and the garden and carving stones named after where they
# are quarried (灵璧石, 太湖石, 英石, 寿山石: "Lingbi stone", "Taihu stone", "Ying stone");
# rarer ones are kept by their frequency ("Longjing tea").
_PRODUCE = frozenset({"paper", "coffee", "stone"})
# The remains archaeology names after the place they were found (遗址: "Erlitou site",
# "Yinxu ruins"): the name alone is the place's, the site is the term.
_SITES = frozenset({"site", "ruins"})
# The heads of names of a place or a period (a dynasty's: "Song Dynasty culture", 宋文化),
# which make a name of capitalised English words before a lowercase head.
_NAMED_WHERE = PLACE_HEADS | {"Dynasty"}
# The heads a place's name is kept with: its level, its tradition, its remains, its produce.
_KEPT_WITH_PLACE = _SMALL_PLACES | _TRADITIONS | _SITES | _PRODUCE
# What runs between two places named with a hyphen, a railway's or a power line's part
# (段, 线: "the Lhasa-Nyingchi section", "the Baihetan-Zhejiang line"): common words, but
# after the pair of places they name one stretch of a route.
_STRETCHES = frozenset({"section", "line", "route", "stretch", "segment"})
# ... and the region places named with a hyphen make together (地区: "the Beijing-Tianjin-
# Hebei region", "the Huang-Huai-Hai region", "the Lu-Xi region"): its name with its head.
_JOINED_PLACES = _STRETCHES | {"region"}
_PLACE_PAIR = re.compile(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+")
# The animals a species' common name ends in after a people's or a place's adjective
# ("Siberian cranes", "Asian elephants", "Chinese sturgeon", "Tibetan antelopes", "Chinese
# white dolphins"): general English zoology, not a document's words; the adjective makes
# the name a species, so a capitalised word of English before one is no reason to skip.
# The plural heads of the names of China's eras of division, said before "period" (三国
# 时期 "the Three Kingdoms period", 战国时期 "the Warring States period", 五代十国).
_ERAS = frozenset({"Kingdoms", "States", "Dynasties"})
# The sides and succession a dynasty's name may say (西夏, 北魏, 南宋, 后唐).
_DYNASTY_SIDES = frozenset("Western Eastern Northern Southern Later Former".split())
_SPECIES = _w("""crane tiger leopard elephant antelope sturgeon dolphin porpoise panda
    monkey gibbon ibis deer yak camel horse alligator salamander pheasant stork swan goose
    salmon paddlefish bear wolf macaque langur gazelle lynx otter seal whale shark crab
    shrimp squid eel carp turtle tortoise snake frog toad tern gull egret heron cormorant
    eagle falcon vulture bustard parrot finch poplar pine cypress fir spruce larch yew oak
    elm willow camellia magnolia orchid bee honeybee""")
# What is counted of a species, said after its name ("the Tibetan antelope population").
_HEADCOUNTS = frozenset({"population", "populations", "numbers"})
# (and trees and flowers: "European black poplar", "Chinese yew", "Chinese crested tern",
# "Chinese mitten crab", "Argentine shortfin squid")
# Latin endings of a species epithet: "Lonicera edulis fruit" is a binomial's, not a name's.
_EPITHET = re.compile(r"[a-z]{3,}(?:us|is|um|ae|ii|ensis|oides|a)")


# A model's code: capitals and a number of two to four digits, perhaps a letter or a
# hyphened part after it (C919, ARJ21, CR450, EH216-S).
_MODEL = re.compile(r"[A-Z]{1,4}-?\d{2,4}[A-Z]?(?:-[A-Z0-9]{1,3})?")


# An acronym inside a lowercase noun phrase, a modifier before it and a noun after
# (tagged a name, which no run holds): "the registration-based IPO system".
_INNER_ACRONYM = re.compile(r"P(?<=[JNE]P)(?=N)")


def _inner_acronyms(classes: str, tokens: list[str]) -> str:
    """The classes with an acronym inside a lowercase noun phrase read as a noun."""
    out: list[str] | None = None
    for m in _INNER_ACRONYM.finditer(classes):
        i = m.start()
        w = tokens[i]
        if (len(w) >= 2 and w.isupper() and w.isalpha() and tokens[i - 1].islower()
                and tokens[i + 1].islower()):
            if out is None:
                out = list(classes)
            out[i] = "N"
    return classes if out is None else "".join(out)


# An -ing word after a noun or modifier, with no object after it (punctuation, "and", a
# preposition; a form of "be" after a noun): the head of a noun phrase, an activity a
# field names ("quantum computing", "marine ranching", "cloud computing"), not the verb
# of a clause ("farmers planting rice", "prices rising" after a plural); before a form of
# "be" or "have", a modal or a verb after a noun, the subject's head ("population aging
# will slow growth", "substitute running endangers runners"; a "verb" before a verb is
# a plural noun: "mine working faces are ...").
_NOMINAL_GERUND = re.compile(r"G(?<=[NJ]G)(?=[.,;:AO]|$)|G(?<=NG)(?=[BM]|V(?![BMV]))")


# An -ing word English does not have before a noun: a coinage's compound ("livestreaming
# commerce", "geotagging services"), not a verb with its object; the verbs of clauses are
# words of the lexicon. So is one ending a phrase after a name or a modifier: a craft or
# an activity ("Dongyang woodcarving", "Xiuyan jade carving").
_GERUND_BEFORE_NOUN = re.compile(r"G(?=N)|G(?<=[PNJ]G)(?=[.,;:ABI]|$)")


# An -ing word between a determiner and a noun modifies the noun (an article or a
# possessive leaves no room for a verb): "an operating licence", "the rotating
# presidency", "the hanging coffins", "working gas capacity" after "its".
_GERUND_AFTER_DETERMINER = re.compile(r"G(?<=DG)(?=N)")


def _unknown_gerunds(classes: str, tokens: list[str]) -> str:
    """The classes with each -ing word of no English before a noun, or ending a phrase
    after a name or modifier, read as a noun."""
    out: list[str] | None = None
    lex = tagger.lexicon()
    for m in _GERUND_BEFORE_NOUN.finditer(classes):
        i = m.start()
        word = tokens[i]
        if not word.islower() or word in lex or word[:-3] in lex or word[:-3] + "e" in lex:
            continue
        if out is None:
            out = list(classes)
        out[i] = "N"
    return classes if out is None else "".join(out)


def _nominal_gerunds(classes: str, tokens: list[str]) -> str:
    """The classes with each nominal -ing head (:data:`_NOMINAL_GERUND`) read as a noun."""
    out: list[str] | None = None
    for m in _NOMINAL_GERUND.finditer(classes):
        i = m.start()
        before = tokens[i - 1]
        if (not (before.islower() or classes[i - 1] == "N" and (i == 1 or classes[i - 2] in ".;"))
                or _looks_plural(before) or not tokens[i].islower()):
            continue    # (a capitalised word only as a common noun opening a sentence:
                        # "Population aging is ...", not a name's: "Harbin hosting")
        if classes[i + 1:i + 2] == "O":
            # before "of" only after "the": "the genome sequencing of the virus" (a
            # verb's object has no "of": "farmers finished planting of ..." is rare)
            j = i - 1
            while j > 0 and classes[j - 1] in "NJ" and i - j < 4:
                j -= 1
            if j == 0 or tokens[j - 1].lower() != "the":
                continue
        if out is None:
            out = list(classes)
        out[i] = "N"
    return classes if out is None else "".join(out)


def _opens_a_noun_phrase(formulation: str) -> bool:
    """Whether a set formulation is an -ing word and the nouns and modifiers it heads or
    modifies ("computing power", "processing trade"), no clause with an object after a
    function word ("returning farmland to forests", "guaranteeing the delivery ...")."""
    words = formulation.split(" ")
    return (len(words) > 1 and words[0].endswith("ing") and words[0].islower()
            and not any(w in _CLAUSE_WORDS or "," in w or w.endswith("ly") for w in words[1:]))


# What makes a formulation a clause: function words of an object or a complement, and
# adverbs ("deepening reform comprehensively", "putting prevention first").
_CLAUSE_WORDS = frozenset("""the a an to from and or for in of with over through while by
    on into as any after first""".split())
# The first two words of each set formulation that is an -ing word's noun phrase; the
# -ing word opens a phrase where it stands before the second ("computing power
# infrastructure", "of computing power hubs"), never a gerund with an object.
_ING_PAIRS = frozenset(tuple(f.lower().split(" ")[:2]) for f in FORMULATIONS
                       if _opens_a_noun_phrase(f))
# Their -ing words, as a token may be written (a set: a paragraph's tokens are tested
# against it in C).
_ING_FIRSTS = frozenset(w for a, _ in _ING_PAIRS for w in (a, a.capitalize()))
_VERBAL_BEFORE_NOUN = re.compile(r"[GV](?=[NJ])")


def _formulation_gerunds(classes: str, tokens: list[str]) -> str:
    """The classes with each -ing word that opens a set formulation's noun phrase read as
    a noun (:data:`_ING_PAIRS`): "building computing power infrastructure"."""
    out: list[str] | None = None
    for m in _VERBAL_BEFORE_NOUN.finditer(classes):
        i = m.start()
        if (tokens[i].lower(), tokens[i + 1].lower()) in _ING_PAIRS:
            if out is None:
                out = list(classes)
            out[i] = "N"
    return classes if out is None else "".join(out)


# An -ing word between a proper name and a noun: the name's verb in a participle
# clause, its object after it ("with China illuminating landmarks worldwide", "Anhui
# developing its ports"), not the modifier of a term; a name's own -ing modifier is
# part of the name, which the name harvesters read ("Harbin organizing committee").
_PARTICIPLE_AFTER_NAME = re.compile(r"[GJ](?<=P[GJ])(?=N)")


def _participles_after_names(classes: str, tokens: list[str]) -> str:
    """The classes with each -ing word after a name before a noun read as a verb."""
    out: list[str] | None = None
    for m in _PARTICIPLE_AFTER_NAME.finditer(classes):
        i = m.start()
        if not tokens[i].endswith("ing") or not tokens[i].islower():
            continue
        if out is None:
            out = list(classes)
        out[i] = "V"
    return classes if out is None else "".join(out)


# The directions a part of a province is named by in English (粤北 "northern Guangdong",
# 川南 "southern Sichuan", 鄂西 "western Hubei"), and the heads of what such a part is
# built into: a zone, an urban agglomeration, a programme (a region alone is no term).
_DIRECTIONS = frozenset("""northern southern eastern western central northeastern
    northwestern southeastern southwestern northeast northwest southeast southwest""".split())
_HEADS_OF_REGIONS = frozenset("""zone agglomeration area belt circle corridor program
    programme region cluster""".split())


def _named_heads(tg: tagger.Tagged, spans: list[tuple[int, int]]
                 ) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Token spans of a proper name followed by a lowercase noun phrase it names.

    The name words must be names, not capitalised English (a nationality adjective
    such as "Chinese", or "Party", "Internet"), nor the tail of a longer name ("of
    Commerce data"); the lowercase phrase must classify (no evaluative adjective, no
    boilerplate or general head), and a single lowercase word must be uncommon
    ("Tongnan lemons", not "Chongqing residents").
    """
    lex = tagger.lexicon()
    toks = tg.tokens
    tags = tg.tags
    sentence: Sentences | None = None   # found with bisect: a one-line document stays linear
    for m in _NAMED_HEAD.finditer(tags):
        a, b = m.span()
        if a > 1 and tags[a - 1] == "S" and not toks[a - 2].islower():
            continue    # a name's possessive before another ("Xi's", "Shanghai's"); a
                        # common noun's may stand before one: "the world's Siberian cranes"
        if (a > 0 and tags[a - 1] == "X" and toks[a - 1][:1].isupper() and toks[a - 1].isalpha()
                and (toks[a] in PLACE_HEADS or toks[a] in _ERAS)):
            a -= 1      # a place named with a number word: "the Three Gorges reservoir area"
                        # (or an era: "the Three Kingdoms period")
        if (a > 1 and tags[a - 1] == "O" and toks[a - 2][:1].isupper()
                and not (toks[a].isupper() and len(toks[a]) > 1)):
            # the tail of a longer name ("Ministry of Commerce data"); but an acronym
            # heads a phrase of its own after "of" ("amount of IP pledge financing"), and
            # so does a name after a common noun's "of" ("area of Dingxi potatoes")
            continue
        pair = False        # two one-word names sharing a plural head
        if a > 1 and tags[a - 1] == "A" and tags[a - 2] == "P":
            k = a
            while k < b and toks[k][:1].isupper():
                k += 1
            pair = (k == a + 1 and toks[a - 1] == "and" and (a < 3 or tags[a - 3] != "P")
                    and toks[b - 1].endswith("s") and _singular(toks[b - 1]) != toks[b - 1]
                    and not _capitalised_english(toks[a - 2])
                    and not _capitalised_english(toks[a])
                    and (b - k > 1 or (_singular(toks[b - 1]) not in PLACE_FOLLOWERS
                                       and _zipf(_singular(toks[b - 1])) < 4.3)))
            if not pair and (b - a < 3 or _capitalised_english(toks[a - 2])
                             or _capitalised_english(toks[a])):
                # the second half of a coordinated name ("Culture and Tourism"), or names
                # sharing one head ("Hong Kong and Macao youth"); but in a list of names a
                # place's product of two words is its own: "Anxi Tieguanyin and Fuding
                # white tea"
                continue
            # Two one-word names before one plural head are one term, the head said once
            # for both: "the Ming and Qing dynasties", "the Horqin and Hunshandake sandy
            # lands" (a translator keeps the pair: neither name alone is said with it); a
            # common one-word head is only the places' ("Sichuan and Chongqing
            # enterprises", "Guangdong and Hainan provinces").
        k = a
        while k < b and toks[k][:1].isupper():
            k += 1
        names, lower = toks[a:k], [w.lower() for w in toks[k:b]]
        if not names or not lower or any(w[:1].isupper() for w in toks[k:b]):
            continue
        if len(lower) >= 2 and lower[-1] in _HEADCOUNTS and _singular(lower[-2]) in _SPECIES:
            # a species is named without the count said of it: "the Hainan gibbon
            # population" names the "Hainan gibbon"
            b -= 1
            lower = lower[:-1]
        if (k - a == 1 and _MODEL.fullmatch(names[0])) or SERIAL_NAME.fullmatch(names[-1]):
            # A model's code names the model; the words after it say what it is ("the
            # C929 wide-body aircraft", "the ARJ21 regional jet"): the code is the name.
            # So does a craft's serial name ("the Tianzhou-9 cargo craft", "the
            # Mengzhou-1 crew").
            continue
        if k - a == 1 and (a == 0 or tags[a - 1] in ".;") and _common_word(names[0].lower(), lex):
            # One capitalised word opening a sentence, a common noun or adjective in
            # lowercase: "Container volume of ...", "Agricultural insurance premiums
            # reached ..." (Brill's lexicon has such words as NNP too, from names),
            # "New-type energy storage ...".
            continue
        if len(names) == 2 and names[0] in _GRADES and _ROMAN.fullmatch(names[1]):
            # a grade of a graded system with what it grades: "Level IV emergency
            # response" (四级应急响应), "Class I protected animals": _graded_classes
            continue
        if _ROMAN.fullmatch(names[-1]):
            # A numbered stage: "phase III clinical trials"; "Part II" is a name's.
            if len(names) > 1 or a == 0 or tags[a - 1] != "N" or not toks[a - 1].islower():
                continue
            a -= 1
        elif (names[-1] not in _NAMED_WHERE
              and not (len(names) == 2 and len(lower) == 1 and lower[0] in _WAYS)
              and not (len(names) <= 2 and _singular(lower[-1]) in _SPECIES)
              and not (len(names) == 1 and names[0] in PEOPLES)
              and not (len(names) == 1 and names[0] in DYNASTY_NAMES
                       and lower == ["dynasty"])
              and not (len(names) == 2 and names[0] in _DYNASTY_SIDES and lower == ["dynasty"])
              and not (lower == ["period"] and names[-1] in _ERAS)
              and not (len(names) == 2 and names[1] == "Chinese" and pinyin_name(names[0])
                       and _zipf(names[0].lower()) < 3.0)
              and (all(map(_capitalised_english, names)) if len(names) > 2 else
                   any(map(_capitalised_english, names)))):
            # (a dynasty's name is a period's before "dynasty", an English word or
            # not: "the Song dynasty", "the Han dynasty"; so is one named with its side
            # or its place in a line: "the Western Xia dynasty", "the Northern Wei dynasty";
            # and an era of division before "period": "the Three Kingdoms period")
            # (an event of two capitalised English words names a way too: "the Long
            # March spirit", "the May Fourth spirit"; and a people's adjective its things:
            # "Tibetan medicine", as "Mongolian medicine"; and a place in pinyin its
            # products of China: "Bozhou Chinese herbal medicine market", "Longxi Chinese
            # herbal medicines")
            # Capitalised English: "Chinese characteristics", "Party members"; but a
            # place's head makes a name of it: "Yellow River basin", and so does a word
            # of no English in a name of three ("Silk Road E-commerce cooperation pilot
            # zone").
            continue
        # A binomial (the glossed harvester's): an epithet after a genus nobody says may be
        # a little commoner, as glossed._is_latin lets it be ("Elephas maximus").
        # (but a place in pinyin before a word English has, Zipf above 2.2, is the place's
        # product: "Chuzhou chrysanthemum", "Zhangzhou narcissus"; and so is one before
        # any word when its name ends as no genus all of pinyin does, in -a: "Xihe
        # pinellia tuber"; "Kandelia obovata" and "Lonicera edulis" are binomials)
        if _EPITHET.fullmatch(lower[0]) and _zipf(lower[0]) < (
                3.5 if len(names) == 1 and _zipf(names[0].lower()) < 2.0 else 2.5) and not (
                len(names) == 1 and (_zipf(lower[0]) > 2.2 and pinyin_name(names[0])
                                     or no_genus(names[0]))):
            continue
        head = lower[-1]
        if (any(tags[i] == "G" and (i == k or tags[i - 1] in "NP" and _looks_plural(toks[i - 1]))
                for i in range(k, b))
                or (tags[k] == "J" and toks[k].endswith("ing") and _of_a_verb(toks[k]))) and (
                head not in _DESIGNATED and head not in _COMMITTEES) and not (
                len(names) == 1 and names[0].isupper() and len(names[0]) > 1
                and tags[k] == "G" and k + 1 < b):
            # an -ing word after a name is its verb ("Sichuan ensuring grain security",
            # "Suzhou charming overseas visitors": an -ing adjective too), and one after a
            # plural ("Sichuan farmers ensuring ..."; after a modifier it is one too:
            # "Northeast Asia international shipping center"),
            # but not before a base, zone or committee the name has ("Nanfan breeding
            # base", "Harbin organizing committee"), nor after an acronym of a thing
            # before its noun ("LNG receiving terminals")
            continue
        if b < len(tags) and tagger.verb_too(_singular(head)) and (
                tags[b] == "D" or (tags[b] in "IRX" and len(lower) == 1
                                   and _singular(head) != head)):
            # A verb the tagger read as a noun, its object after it: "Xiamen hosts a
            # forum", "Macao youth visit the museum" (a noun before "a"/"the" is rare);
            # or a name's verb in -s before a preposition, adverb or figure: "the
            # Yellow River flows through nine provinces", "Gansu stretches 1,600 km".
            if tags[b] != "D" or len(lower) < 2 or tags[b - 2] != "N" or head == _singular(head):
                continue
            # the verb after a name's head: "the Liaoning-Manchuria-Europe corridor links
            # our ports" names the corridor
            b -= 1
            lower = lower[:-1]
            head = lower[-1]
        if (len(lower) >= 2 and tags[k] == "N" and _looks_plural(lower[0])
                and lower[0] not in _PLURAL_MODIFIERS and tagger.verb(_singular(lower[0]))):
            # a name's verb in -s the tagger read as a plural noun, its object after it:
            # "Fushun supplies water", "distributed PV suits factories" (a plural seldom
            # modifies the noun after it: "Ningbo magnetic materials cluster" has none
            # that is a verb too)
            continue
        # ... and so is one after the name's own head, a plural object after it: "the
        # Chinagoods platform lists products" names the platform (but a plural before a
        # singular head modifies it: "Hunshandake sandy lands battle")
        verb_at = len(lower) >= 3 and _looks_plural(lower[-1]) and next(
            (i for i in range(1, len(lower) - 1) if tags[k + i] == "N"
             and _looks_plural(lower[i]) and lower[i] not in _PLURAL_MODIFIERS
             and tagger.verb(_singular(lower[i]))), 0)
        if verb_at:
            b = k + verb_at
            lower = lower[:verb_at]
            head = lower[-1]
        # (an area a modifier classifies is a place's: "Chengdu metropolitan area")
        general = lower[:-1] if len(lower) > 1 and (
            head in _MEASURED or head in _MINED_FIELDS and lower[-2] in _MINED) else lower
        if (head in _BOILERPLATE_HEADS and not (len(lower) == 1 and head in _PRODUCE)
                or lower[0] in _EVALUATIVE and not _coloured_variety(lower)
                or lower[0] in _NATIONAL
                or lex.get(head) == "V" and not (len(lower) >= 2 and tags[b - 2:b] == "NN")
                or any(w in _BREAK for w in general) or head in _VAGUE_HEADS):
            # (a verb's word read as the head of a compound is a noun: "the Three Gorges
            # ship lock is ...")
            # (a shell noun names no thing of the place: "with Hainan characteristics";
            # a national designation is the state's, not the place's: "Ningxia national
            # comprehensive pilot zone")
            continue
        sing = _singular(head)
        if len(lower) == 1 and head not in _WAYS and not (head == "period" and names[-1] in _ERAS) and not (
                head in _EPONYMOUS and len(names) == 1 and not pinyin_name(names[0])) and not (
                head in _KEPT_WITH_PLACE
                and (not _capitalised_english(names[-1]) or names[-1] in _NAMED_WHERE)) and not (
                head in _JOINED_PLACES and len(names) == 1
                and _PLACE_PAIR.fullmatch(names[0])) and not (
                sing in _ENGINEERED and len(names) > 1 and _ACRONYM.fullmatch(names[-1])) and (
                head in PLACE_FOLLOWERS or _zipf(sing) >= 4.8 or (
                sing != head and _zipf(sing) >= (4.0 if (agent := agent_noun(sing)) else 4.3)
                and (agent or names[-1].isupper()))):
            # One word of the commonest ("Beijing time", "China today"), or one that
            # only says the name is a place's ("Zhejiang province": the name is the
            # term). A commoner singular names a product of the place ("Wuchang rice",
            # "Wenchang chicken", "Longjing tea": 4.3 for all left those out, with no
            # change in the dev figures either way), and so does a commoner plural
            # ("Yantai apples", "Taiwan-funded enterprises") unless it names people by
            # what they do ("Macao residents", "Shaanxi workers", and from a Zipf of 4.0
            # "Gansu farmers") or follows an acronym ("TCM techniques").
            continue
        start, end = tg.starts[a - 2 if pair else a], tg.ends[b - 1]
        if (not pair and a > 0 and toks[a - 1] in _NATIONAL and k - a == 1
                and names[0].isupper() and lower[-1] in _DESIGNATED):
            # a national designation of a field named by its acronym: "national TCM
            # medical centers" (国家中医医学中心)
            start = tg.starts[a - 1]
        elif (not pair and a > 0 and toks[a - 1] in _DIRECTIONS
              and _singular(lower[-1]) in _HEADS_OF_REGIONS):
            # a part of a province named by its direction is the name's (粤北, 川南, 陕南):
            # "northern Guangdong ecological development zone", "southern Sichuan
            # economic zone", "central Shanxi urban agglomeration"
            start = tg.starts[a - 1]
        if sentence is None:
            sentence = Sentences(spans)     # (built for the few paragraphs that need it)
        sp = sentence.holding(start, end)
        if sp is not None:
            yield sp, start, end


# Heads a scientist's or a physician's surname names in science (general English usage:
# "Planck constant", "Beaufort scale", "Gaucher disease", "Doppler effect"); a place in
# pinyin before one is no eponym.
_EPONYMOUS = frozenset({"constant", "scale", "disease", "syndrome", "effect", "principle",
                        "equation", "theorem", "coefficient"})


# The works a place's name and the acronym of their technique name ("Qilu-Shengli CCUS
# project", "Hami-Chongqing UHV DC project"): the acronym is the work's modifier, no name
# of a thing, so the head is part of the term.
_ENGINEERED = frozenset({"project", "line", "plant", "station", "base", "facility"})
_ACRONYM = re.compile(r"[A-Z]{2,}[0-9]?")


def _of_a_verb(ing: str) -> bool:
    """Whether an -ing adjective is a verb's form ("charming": charm), not a compound's
    ("peacekeeping": no verb "peacekeep")."""
    stem = ing[:-3]
    return any(tagger.verb(w) for w in (stem, stem + "e", stem[:-1]) if w)


def _common_word(low: str, lex: dict[str, str]) -> bool:
    """A common noun or adjective of the lexicon, or a compound of its words ("new-type");
    or an -ing form, a gerund opening its clause ("Reducing sedentary behavior matters")."""
    if "-" in low:
        return all(part in lex for part in low.split("-"))
    return lex.get(low) in ("N", "J", "G")


@cache      # asked of every word of every name before a lowercase phrase
def _capitalised_english(word: str) -> bool:
    """A capitalised word of English rather than of a name: an adjective ("Chinese") or
    a common word ("Party", "Internet"); not an acronym nor a hyphened compound."""
    return tagger.lexicon().get(word) == "J" or (
        "-" not in word and not word.isupper() and _zipf(word.lower()) >= 4.5)


def _named_candidates(named: list[tuple[Segment, tuple[int, int], int, int]]
                      ) -> Iterator[Candidate]:
    """NAME candidates for :func:`_named_heads`, scored by how often each is said."""
    counts: dict[str, int] = defaultdict(int)
    for seg, _, start, end in named:
        counts[seg.text[start:end].lower()] += 1
    for seg, (s0, s1), start, end in named:
        n = counts[seg.text[start:end].lower()]
        if n == 1 and counts.get(seg.text[start:end].lower().rsplit(" ", 1)[0], 0) > 1:
            continue    # a repeated name plus one head said once: its extension, no name
        score = round(min(0.75, 0.65 + 0.05 * (n - 1)), 2)
        yield Candidate(seg.text[start:end], Kind.NAME, score,
                        Occurrence(seg.line, seg.speaker, seg.text[s0:s1], start - s0, end - s0),
                        f"a name before a lowercase head, {n} occurrence{'s' * (n != 1)}")


@cache
def _formulation_matcher() -> Matcher[str]:
    """The set formulations of the genre (:data:`~termsmith.harvest.lexicon.FORMULATIONS`),
    each also with hyphens as spaces and its last word singular or plural."""
    patterns: list[tuple[str, str, bool]] = []
    for f in dict.fromkeys(g for x in FORMULATIONS for g in (x, _gerund_form(x))):
        *rest, last = f.split(" ")
        for head in {last, singular(last), plural(last)}:
            form = " ".join([*rest, head])
            # "new model for real estate development" is also said "of": interpreters
            # render the Chinese 的 of a formulation's complement either way.
            swapped = _PREPOSITION.sub(lambda m: _SWAP[m.group()], form)
            # "... in the Yellow River basin" is also said "of the": where and whose
            # are one in a region's formulation.
            regional = _REGION.sub(lambda m: _SWAP_REGION[m.group()], form)
            patterns.extend((v, f, False) for form_ in {form, swapped, regional}
                            for r in _renderings(form_)
                            for b in {r, _british(r)}
                            for v in _hyphenations(b))
    return Matcher(patterns)


# Words of a formulation that render one Chinese word in more than one standard way,
# each way as good as the others: 全面 "in all respects", "on all fronts", "in all fields"
# ("law-based governance in all fields"), 养老保险 "old-age insurance" or "pension
# insurance" in the name of a scheme for those it covers ("basic pension insurance for
# urban employees"; said bare, "pension insurance" is no formulation of the list); the
# Party governed "over" or "of" (管党治党: "full and rigorous self-governance of the Party");
# 男女平等 "gender equality" or "equality between men and women"; 生态环境 "ecological and
# environmental" or "eco-environmental"; an inspection "on" or "of" what it inspects.
_RENDERINGS = (("in all respects", "on all fronts", "in all fields"),
               ("old-age insurance for ", "pension insurance for "),
               ("governance over the Party", "governance of the Party"),
               ("gender equality", "equality between men and women"),
               ("ecological and environmental", "eco-environmental"),
               ("inspection on ", "inspection of "), ("inspections on ", "inspections of "))


# Any word of _RENDERINGS: most formulations have none, and are passed by one search.
_RENDERED = re.compile("|".join(re.escape(said) for group in _RENDERINGS for said in group))


def _renderings(form: str) -> set[str]:
    """``form`` and the same formulation with each of its words of :data:`_RENDERINGS`
    rendered each other standard way."""
    out = {form}
    if _RENDERED.search(form) is None:
        return out
    for group in _RENDERINGS:
        for said in group:
            if said in form:
                out |= {o.replace(said, other) for o in out for other in group}
    return out


# British spellings of the lexicon's American ones (the house style of the genre's
# published translations is American; a desk, a provincial office or a translator may
# write British: "population ageing", "utilisation", "specialised", "programme", "centre").
_BRITISH_WORDS = {"aging": "ageing", "center": "centre", "centers": "centres",
                  "program": "programme", "programs": "programmes", "labor": "labour",
                  "color": "colour", "colors": "colours", "neighboring": "neighbouring",
                  "harbor": "harbour", "favorable": "favourable", "behavior": "behaviour",
                  "defense": "defence", "modeling": "modelling", "fiber": "fibre",
                  "meter": "metre", "meters": "metres", "liter": "litre", "liters": "litres"}
_IZE = re.compile(r"(?<=[a-z]{3})iz(?=e\b|es\b|ed\b|ing\b|ation\b|ations\b)")
_NOT_IZE = frozenset({"size", "sizes", "sized", "prize", "prizes", "seize", "seized"})


@cache
def _british(form: str) -> str:
    """A formulation in British spelling ("-ise", "-isation", and the words of
    :data:`_BRITISH_WORDS`), or itself if it has no American spelling."""
    words = form.split(" ")
    out = [_BRITISH_WORDS.get(w) or (w if w in _NOT_IZE else _IZE.sub("is", w)) for w in words]
    return " ".join(out)


def _gerund_form(formulation: str) -> str:
    """A formulation that opens with a verb's base form, said as its -ing noun, as
    interpreters say it as a subject or object ("tell China's stories well and make China's
    voice heard" -> "telling China's stories well and making China's voice heard",
    "forging a strong sense of community for the Chinese nation"); the formulation itself
    if it opens with no verb (the lexicon's main reading, no past form: not "yield",
    "advanced")."""
    words = formulation.split(" ")
    lex = tagger.lexicon()
    if len(words) < 2 or lex.get(words[0]) != "V" or words[0].endswith("ed"):
        return formulation
    words[0] = _ing(words[0])
    for i in range(2, len(words)):
        if words[i - 1] == "and" and lex.get(words[i]) == "V" and not words[i].endswith("ed"):
            words[i] = _ing(words[i])       # (its second verb too: "... and making ...")
    return " ".join(words)


def _ing(verb: str) -> str:
    """The -ing form of a verb's base form, spelt as English spells it: "put" -> "putting"
    (the lexicon's form, a final consonant doubled), "forge" -> "forging", "tell" ->
    "telling"."""
    doubled = f"{verb}{verb[-1]}ing"
    if tagger.lexicon().get(doubled) == "G":
        return doubled
    if verb.endswith("e") and not verb.endswith("ee"):
        return f"{verb[:-1]}ing"
    return f"{verb}ing"


def _hyphenations(form: str) -> set[str]:
    """``form`` with each of its hyphens kept or said as a space, in every combination:
    "high-standard opening up" is "high-standard opening-up" too (a formulation's
    hyphens come and go one by one; few have more than two)."""
    parts = form.split("-")
    out = {parts[0]}
    for part in parts[1:]:
        out = {f"{o}{sep}{part}" for o in out for sep in "- "}
    return out


_PREPOSITION = re.compile(r" (?:for|of) ")
# A measured modifier right before a set formulation classifies it, a variant the genre
# names so ("240-hour visa-free transit policy", "10-year fishing ban", "nine-year
# compulsory education"), its count in digits or in words.
_COUNTED = re.compile(r"(?<![\w,.-])(?:\d+|(?:two|three|four|five|six|seven|eight|nine|ten|"
                      r"twelve|fifteen|twenty)(?=-(?:year|month|day|hour)))(?:-[a-z]+)+ $",
                      re.IGNORECASE)
_SWAP = {" for ": " of ", " of ": " for "}
_REGION = re.compile(r" (?:in|of) the ")
_SWAP_REGION = {" in the ": " of the ", " of the ": " in the "}


def _formulations(segments: list[Segment], inner: set[tuple[int, str, int, int]],
                  tagged: dict[int, tagger.Tagged], lowercase: set[str]) -> Iterator[Candidate]:
    """The genre's set formulations, however often they are said (once is enough).

    A formulation said with its complement is taken whole (:func:`_complement`): "the
    high-quality development of employment", "the Chinese Dream of national
    rejuvenation", "sci-tech self-reliance and self-strengthening". Before an "of"
    complement or a policy's head ("... goals", "... system") the formulation itself is
    yielded too, ranked below the whole (glossaries list it bare), unless it is an
    anchor, whose complement is everyday prose (a second half joined by "and" makes one
    formulation of two). A formulation said only inside another one (the nested string
    of C-value: the longer one is the term of the text) is not yielded on its own; its
    span goes into ``inner``. A segment tagged to find a complement is kept in
    ``tagged`` (by its index) for the noun phrases, which then need not tag it again.
    """
    matcher = _formulation_matcher()
    for n, seg in enumerate(segments):
        text = seg.text
        found = matcher.find(text)
        if not found:
            continue
        spans = Sentences(sentences(text))      # bisect: a one-line document stays linear
        tg: tagger.Tagged | None = None
        covered = 0             # the end of the last extended formulation
        for m in found:
            s0, s1 = spans.at(m.start) or (0, len(text))
            if m.start < covered:   # inside the complement of the formulation before it
                inner.add((seg.line, text[s0:s1], m.start - s0, m.end - s0))
                continue
            if m.end > s1:
                continue
            end = m.end
            start = m.start
            extension = "complement"
            compounded = False
            if m.start > s0 + 1 and text[m.start - 1] == " " and _head_first(m.value):
                if tg is None:
                    tg = tagged[n] = tagger.tag(text, lowercase)
                if (at := _modified(tg, m.start, s0)) >= 0:
                    start = at
            elif m.start > s0 + 1 and text[m.start - 1] == " " and _noun_first(m.value):
                if tg is None:
                    tg = tagged[n] = tagger.tag(text, lowercase)
                if (at := _compounded(tg, m.start, s0)) >= 0:
                    start = at
                compounded = start < m.start
            if m.value in _WORKED_ON and text.startswith(" of ", m.start - 4):
                if tg is None:
                    tg = tagged[n] = tagger.tag(text, lowercase)
                if (at := _worked_on(tg, m.start - 4, s0)) >= 0:
                    start = at
                if start < m.start:
                    extension = "work"
            if start == m.start and m.start > s0 and text[m.start - 1] == " ":
                counted = _COUNTED.search(text, max(s0, m.start - 24), m.start)
                if counted is not None:
                    start = counted.start()     # "the 240-hour visa-free transit policy"
            if text.startswith((" of ", " and "), m.end):
                if tg is None:
                    tg = tagged[n] = tagger.tag(text, lowercase)
                end = _complement(tg, text, m.end, m.value) or m.end
                if end > s1:
                    end = m.end
            elif text.startswith(" ", m.end) and _policy_head(text, m.end):
                extension = "head"
                if tg is None:
                    tg = tagged[n] = tagger.tag(text, lowercase)
                end = _headed(tg, m.end) or m.end
                if end > s1:
                    end = m.end
            era = ""
            if text.startswith(_CHARACTERISTICS, end) and end + len(_CHARACTERISTICS) <= s1:
                # the genre's suffix of a Chinese system (中国特色): "socialist rule of law
                # with Chinese characteristics"
                end += len(_CHARACTERISTICS)
                extension = "suffix"
            elif start < m.start and end == m.end:
                era = next((e for e in _NEW_ERA if text.startswith(e, end)), "")
                if era and end + len(era) <= s1:
                    # a community of two named sides for the new era (新时代): "China-Africa
                    # community with a shared future for the new era"
                    end += len(era)
                    extension = "suffix"
                else:
                    era = ""
            covered = end
            # Two formulations joined by "of" ("creative transformation and innovative
            # development of fine traditional Chinese culture"): the whole, and each of
            # them a term of its own, as glossaries list them.
            paired = (extension == "complement" and end > m.end + 4
                      and text.startswith(" of ", m.end)
                      and any(o.start == 0 and o.end == end - m.end - 4
                              for o in matcher.find(text[m.end + 4:end])))
            if paired:
                covered = m.end
            form = text[start:end]
            term = _written(form, m.value, start == m.start)
            if extension == "suffix":
                suffix = era or _CHARACTERISTICS
                term = term[:-len(suffix)] + suffix
            if start < m.start and not text[start:m.start].islower() and not (
                    start == s0 and text[start + 1:m.start].islower()):
                term = form     # a name's: "China-ASEAN community with a shared future"
                                # (not a word a sentence's start capitalised: "Socialist
                                # rule of law is ...")
            evidence = "a set formulation of Chinese political discourse"
            if end > m.end:
                evidence += f", with its {extension} ({m.value})"
            if start < m.start:
                evidence += f", with its modifier ({m.value})"
            if (start < m.start or end > m.end) and not paired:
                inner.add((seg.line, text[s0:s1], m.start - s0, m.end - s0))
            # (a kind of a compound formulation is the text's own, no set one: ranked
            # with the text's aimed zones)
            score = _AIMED_SCORE if compounded else _FORMULATION_SCORE
            if (start == m.start and m.value in ANCHORS
                    and (end == m.end or extension == "complement" and not paired)):
                # (said with no more than its complement, an anchor is the everyday
                # prose it is bare: "installed capacity of wind and solar power", "the
                # high-quality development of manufacturing")
                score = _ANCHOR_SCORE
                evidence += ", said bare (an anchor of longer terms)"
            yield Candidate(term, Kind.DOMAIN, score,
                            Occurrence(seg.line, seg.speaker, text[s0:s1], start - s0,
                                       end - s0), evidence)
            # A formulation said only with an "of" complement or a policy's head is a
            # term bare too, as glossaries list it ("creative transformation and
            # innovative development" of "... of traditional culture", "carbon peaking and
            # carbon neutrality" of "... goals"), ranked as an anchor: below the whole.
            # (An anchor's complement is the everyday prose it is said in.)
            bare = (end > m.end and start == m.start and m.value not in ANCHORS
                    and (extension == "complement" and text.startswith(" of ", m.end)
                         or extension == "head"))
            if paired or bare:
                yield Candidate(_written(text[start:m.end], m.value, start == m.start),
                                Kind.DOMAIN,
                                _ANCHOR_SCORE if m.value in ANCHORS or not paired
                                else _FORMULATION_SCORE,
                                Occurrence(seg.line, seg.speaker, text[s0:s1], start - s0,
                                           m.end - s0),
                                "a set formulation of Chinese political discourse")
            for a, b, value in _halves(matcher, text, m.start, m.end, m.value):
                # Two formulations joined by "and" into a third ("large-scale equipment
                # upgrades and consumer goods trade-ins", 两新): each is a term too.
                yield Candidate(_written(text[a:b], value, True), Kind.DOMAIN,
                                _ANCHOR_SCORE if value in ANCHORS else _FORMULATION_SCORE,
                                Occurrence(seg.line, seg.speaker, text[s0:s1], a - s0, b - s0),
                                f"a set formulation of Chinese political discourse, "
                                f"one of the two in ({m.value})")
            skip = _object_at(m.value)
            if skip:
                # A task said with its verb ("forging a strong sense of community for the
                # Chinese nation") names the concept it works on too, and an indicator
                # the body it measures ("value added of industrial enterprises above
                # designated size"): glossaries list either.
                obj = m.start + skip
                for o in matcher.find(text[obj:m.end]):
                    a, b = obj + o.start, obj + o.end
                    form = text[a:b]
                    # (an anchor is one as the object too: "poverty alleviation" of
                    # "consolidate the gains of poverty alleviation")
                    yield Candidate(form if _capitalised(o.value) else form.lower(),
                                    Kind.DOMAIN,
                                    _ANCHOR_SCORE if o.value in ANCHORS else _FORMULATION_SCORE,
                                    Occurrence(seg.line, seg.speaker, text[s0:s1], a - s0,
                                               b - s0),
                                    f"a set formulation of Chinese political discourse, "
                                    f"the object of ({m.value})")


_CHARACTERISTICS = " with Chinese characteristics"
_NEW_ERA = (" for the new era", " in the new era", " for a new era")


def _halves(matcher: Matcher[str], text: str, start: int, end: int,
            value: str) -> list[tuple[int, int, str]]:
    """The two formulations a set formulation joins by "and", where each half of it is a
    formulation of its own (none, as for nearly all): their spans in ``text``, and each
    one's formulation as listed."""
    if " and " not in value:
        return []
    form = text[start:end]
    at = form.find(" and ")
    while at >= 0:
        left = matcher.find(form[:at])
        right = matcher.find(form[at + 5:])
        lv = [o.value for o in left if o.start == 0 and o.end == at]
        rv = [o.value for o in right if o.start == 0 and o.end == len(form) - at - 5]
        if lv and rv:
            return [(start, start + at, lv[0]), (start + at + 5, end, rv[0])]
        at = form.find(" and ", at + 5)
    return []


@cache      # asked of every formulation said
def _object_at(formulation: str) -> int:
    """Where the object of a formulation starts (0 if it has none): after the verb of a
    task ("forge a strong sense of ...", "consolidating and expanding the achievements
    of ..."), after the "of" of an indicator ("value added of industrial enterprises
    above designated size")."""
    if " " not in formulation:
        return 0
    if tagger.tag(formulation).tags[:1] in ("V", "G"):
        return formulation.index(" ") + 1
    if formulation in _INDICATOR_SET and " of " in formulation:
        return formulation.index(" of ") + 4
    return 0


@cache      # asked of every formulation said
def _head_first(formulation: str) -> bool:
    """A formulation that starts with its head noun and its complement ("community with
    a shared future", "rule of law", "trade in services"): a modifier before it makes a
    concept of its own. Not a statistical indicator ("annual investment in real estate
    development" only says which)."""
    if formulation in _INDICATOR_SET:
        return False
    tags = tagger.tag(formulation).tags
    return len(tags) > 2 and tags[0] == "N" and tags[1] in "IO"


_INDICATOR_SET = frozenset(INDICATORS)


# Formulations that name what policy works on, said after the work's nouns and "of":
# "integrated protection and restoration of mountains, rivers, forests, farmlands, lakes,
# grasslands and deserts" (山水林田湖草沙一体化保护和修复), "systematic governance of
# ...": the work and its object are one term, whatever the work's wording.
# (田 is rendered "farmland" as often as "farmlands")
_WORKED_ON = frozenset({"mountains, rivers, forests, farmlands, lakes, grasslands and deserts",
                        "mountains, rivers, forests, farmlands, lakes and grasslands",
                        "mountains, rivers, forests, farmland, lakes, grasslands and deserts",
                        "mountains, rivers, forests, farmland, lakes and grasslands"})
_WORK_NOUN = re.compile(r"(?:tion|ment|ance|ence|ing)s?$")


def _worked_on(tg: tagger.Tagged, of: int, sentence: int) -> int:
    """Where the work said before " of " (at ``of``) starts: up to five lowercase words
    of modifiers and nouns, "and" between, ending in a noun of work ("protection and
    restoration", "integrated conservation and systematic governance"); or -1."""
    k = bisect.bisect_left(tg.starts, of) - 1      # the word before " of "
    if k < 0 or tg.ends[k] != of or not _WORK_NOUN.search(tg.tokens[k]):
        return -1
    i = k
    while (i > 0 and k - i < 5 and tg.starts[i - 1] >= sentence and tg.tokens[i - 1].islower()
           and (tg.tags[i - 1] in "JNE" or tg.tokens[i - 1] == "and")
           and not _judges_or_places(tg.tokens[i - 1])
           # (a past form after "and" before a modifier is a clause's second verb: "...,"
           # and pursued integrated protection and ...")
           and not (tg.tags[i - 1] == "E" and i > 1 and tg.tokens[i - 2] == "and"
                    and tg.tags[i] in "JE")):
        i -= 1
    while i < k and tg.tokens[i] == "and":
        i += 1
    return tg.starts[i]


def _modified(tg: tagger.Tagged, start: int, sentence: int) -> int:
    """Where a head-first formulation starting at ``start`` starts with the one modifier
    before it that classifies it, or -1: an adjective or noun in lowercase opening the
    noun phrase ("maritime community with a shared future", "socialist rule of law",
    "digital trade in services"), or a hyphened name ("China-ASEAN community with a
    shared future"); not a judgement, a grade or a place in time or space ("greater
    harmony between ...", "global ...", "current ...")."""
    i = bisect.bisect_left(tg.starts, start) - 1
    if i < 0 or tg.ends[i] != start - 1 or tg.starts[i] < sentence:
        return -1
    word, cls = tg.tokens[i], tg.tags[i]
    if (opening := _opening_class(tg, i, sentence)) is not None:
        word, cls = word.lower(), opening   # "Socialist rule of law is ..."
    if cls == "P" and "-" in word and not word.isupper() and i > 0 and (
            tg.tags[i - 1] == "J" and "-" in tg.tokens[i - 1] and tg.tokens[i - 1].islower()
            and (i < 2 or tg.tags[i - 2] not in "JNPEG")):
        # a hyphened adjective before the name: "all-weather China-Africa community
        # with a shared future" (全天候)
        return tg.starts[i - 1]
    if cls == "P" and "-" not in word:
        # a hyphened name of more words: "China-Central Asia community with a shared
        # future", "China-Arab States ..." (the hyphened word one or two words before)
        k = i - 1
        while k >= 0 and k > i - 3 and tg.tags[k] == "P" and "-" not in tg.tokens[k]:
            k -= 1
        if (k >= 0 and k < i and tg.tags[k] == "P" and "-" in tg.tokens[k]
                and not tg.tokens[k].isupper() and tg.tokens[k].split("-")[-1][:1].isupper()
                and (k == 0 or tg.tags[k - 1] not in "JNPEG")):
            return tg.starts[k]
    if i > 0 and tg.tags[i - 1] in "JNPEG":
        return -1       # not the first word of its noun phrase
    if cls == "P":
        return tg.starts[i] if "-" in word and not word.isupper() else -1
    low = word.lower()
    if (cls not in "JN" or not word.islower() or _judges_or_places(low) or low in _BREAK
            or evaluative(low)):
        return -1
    return tg.starts[i]


@cache      # asked of every formulation said
def _noun_first(formulation: str) -> bool:
    """A formulation that is a compound of nouns ("carbon sinks", 碳汇): a noun before
    it makes the compound a kind of it ("forest carbon sinks", "karst carbon sink")."""
    if formulation in _INDICATOR_SET:
        return False
    tg = tagger.tag(formulation)
    # (its head may be a word the tagger takes for a verb out of context: "sinks")
    return (2 <= len(tg.tags) <= 3 and tg.tags[0] == "N" and set(tg.tags[1:]) <= {"N", "V"}
            and all(w.isalpha() and w.islower() for w in tg.tokens))


def _opening_class(tg: tagger.Tagged, k: int, sentence: int) -> str | None:
    """The class of token ``k`` in lowercase ("N" or "J") where only its place opening the
    sentence capitalises it, a common word of English ("Forest carbon sinks grew ...",
    "Socialist rule of law is ...", "Foreign-related ..."); None for any other word, and
    for a country ("China" is no "china", porcelain)."""
    word = tg.tokens[k]
    if (tg.starts[k] != sentence or not word[:1].isupper() or not word[1:].islower()
            or word in COUNTRIES or word == "China"):
        return None
    said = tagger.lexicon().get(word.lower())
    if said in ("J", "N"):
        return said
    return tg.tags[k] if said is None and tg.tags[k] in ("J", "N") else None


def _compounded(tg: tagger.Tagged, start: int, sentence: int) -> int:
    """Where a noun compound formulation starting at ``start`` starts with the one or two
    lowercase nouns before it that open its noun phrase ("afforestation carbon sinks",
    "bamboo forest carbon sink"), or -1."""
    i = bisect.bisect_left(tg.starts, start) - 1
    if i < 0 or tg.ends[i] != start - 1 or tg.starts[i] < sentence:
        return -1
    k = i
    while (k >= 0 and i - k < 2 and tg.starts[k] >= sentence
           and (tg.tags[k] == "N" and tg.tokens[k].islower()
                or _opening_class(tg, k, sentence) == "N")
           and tg.tokens[k].isalpha()
           and not _judges_or_places(low := tg.tokens[k].lower()) and low not in _BREAK
           # (not a verb's object: "trading forest carbon sinks", "offer half portions")
           and not low.endswith("ing") and not tagger.verb(low)):
        k -= 1
    if k >= 0 and tg.tags[k] in "TM" and k + 1 < i:
        return tg.starts[k + 2]     # the verb's object: "will pilot forest carbon sinks"
    if k == i or k >= 0 and (tg.tags[k] in "JNPEGTM" or tg.tokens[k] in ("and", "or")
                             and k > 0 and tg.tags[k - 1] == "N"):
        # no noun before it, or not the first words of their noun phrase; or the second
        # of two nouns it is shared by ("forestry and grassland carbon sinks"); or a verb
        # after "to" or a modal, whatever the tagger says alone ("began to pilot market
        # procurement trade")
        return -1
    return tg.starts[k + 1]


# The heads that make a set formulation the name of a policy, its goal or its measure:
# "carbon peaking and carbon neutrality goals", "urban renewal initiative", "soil and
# water conservation rate" (what the genre's documents name after a formulation).
_POLICY_HEADS = frozenset("""goal goals target targets strategy system mechanism policy
    program programme plan initiative campaign rate ratio project projects
    surplus surpluses deficit deficits""".split())
# (and an account's balance: "current account surplus", "balance of payments deficit")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _policy_head(text: str, end: int) -> bool:
    """Whether the word after a formulation (ending at ``end``) is a policy's head."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in _POLICY_HEADS


def _headed(tg: tagger.Tagged, end: int) -> int:
    """Where a formulation ends with the policy head after it, or 0: the head must end
    the noun phrase ("the dual carbon goals" but not "the dual carbon goal setting")."""
    i = bisect.bisect_left(tg.starts, end + 1)
    if i >= len(tg.tokens) or tg.starts[i] != end + 1 or tg.tokens[i] not in _POLICY_HEADS:
        return 0
    if i + 1 < len(tg.tags) and tg.tags[i + 1] in "NP":
        return 0
    return tg.ends[i]


@cache      # asked of every formulation said
def _capitalised(formulation: str) -> bool:
    return any(c.isupper() for c in formulation)


def _written(form: str, formulation: str, unmodified: bool) -> str:
    """A set formulation as said (``form``) written as its entry: in lowercase unless the
    formulation has capitals, and then with its first letter lowercase where only a
    sentence's start capitalised it ("Energy consumption per unit of GDP ...")."""
    if not _capitalised(formulation):
        return _lower(form)
    if unmodified:
        said, listed = form.split(" "), formulation.split(" ")
        if len(said) == len(listed) and sum(
                a[:1].isupper() and b[:1].islower() for a, b in zip(said, listed, strict=True)) >= 2:
            # a title's capitals are not the formulation's ("... Forging a Strong Sense
            # of Community for the Chinese Nation ..."): each word as the list writes it
            # (one capital more may be a name's: "Healthy China Initiative")
            return " ".join(b if a.lower() == b.lower() else a
                            for a, b in zip(said, listed, strict=True))
        if formulation[:1].islower():
            return form[:1].lower() + form[1:]
    return form


def _lower(form: str) -> str:
    """A formulation said in a sentence, in lowercase but for a nationality adjective of
    its complement ("... of fine traditional Chinese culture")."""
    low = form.lower()
    if not any(c.isupper() for c in form[1:]):
        return low
    lex = tagger.lexicon()
    return " ".join(w if lex.get(w) == "J" and w.lower() not in lex else w.lower()
                    for w in form.split(" "))


# A bare noun phrase (no determiner) after "of": up to three modifiers, a head of up to
# three nouns, and one coordinated head ("culture and tourism", "agriculture and rural
# areas"); a coordination it cannot take whole is no complement to cut ("installed
# capacity of wind and photovoltaic (PV) power": not "of wind"). Tag classes of
# termsmith.harvest.tagger.
_OF_COMPLEMENT = re.compile(r"[JE]{0,3}N{1,3}(?:AJ?N{1,2})?(?![NJEP]|A[JEN])")


def _complement(tg: tagger.Tagged, text: str, end: int, formulation: str) -> int:
    """Where a set formulation said with its complement ends, or 0 if it has none.

    Two shapes of the genre: a formulation whose "of" names its domain by a bare noun
    phrase ("high-quality development of culture and tourism"; not "of the corridor",
    an instance), and a formulation rendering a paired Chinese four-character
    expression, whose second half repeats the first element of its last word
    ("self-reliance and self-strengthening", 自立自强).
    """
    i = bisect.bisect_left(tg.starts, end + 1)
    if i >= len(tg.tokens) or tg.starts[i] != end + 1:
        return 0
    if text.startswith(" and ", end):
        first = formulation.rsplit(" ", 1)[-1]
        prefix = first.split("-", 1)[0] + "-" if "-" in first else ""
        nxt = i + 1
        if (prefix and tg.tokens[i] == "and" and nxt < len(tg.tokens)
                and tg.tokens[nxt].startswith(prefix) and tg.tokens[nxt] != first):
            return tg.ends[nxt]
        return 0
    if tg.tokens[i] != "of":
        return 0
    tags = tg.tags
    if "P" in tags[i + 1:i + 4]:
        # A nationality adjective the tagger takes for a name is a modifier of the phrase
        # ("of fine traditional Chinese culture"); a name is none ("of Beijing").
        lex = tagger.lexicon()
        tags = tags[:i + 1] + "".join(
            "J" if t == "P" and lex.get(w) == "J" else t
            for w, t in zip(tg.tokens[i + 1:i + 4], tags[i + 1:i + 4], strict=True)) + tags[i + 4:]
    m = _OF_COMPLEMENT.match(tags, i + 1)
    if m is None or any((not w.islower() and t != "J") or w in _BREAK
                        for w, t in zip(tg.tokens[i + 1:m.end()], tags[i + 1:m.end()], strict=True)):
        return 0        # not a bare phrase of common nouns: "of thousands", "of Beijing"
    if tg.tokens[m.end() - 1] in _POPULATIONS:
        return 0        # an indicator broken down by population: "... income of rural residents"
    if tg.tokens[i + 1] in _VARIETY:
        return 0        # how many kinds, no domain: "medical consortia of various forms"
    return tg.ends[m.end() - 1]


# Adjectives that say how varied the things are, not what they are (a complement of
# them is a description: "of various forms", "of different types", "of multiple kinds").
_VARIETY = _w("various different diverse multiple many several numerous all")


# The populations a statistics release breaks an indicator down by (its "of" complement
# then says whose, not what: "per capita disposable income of rural residents").
_POPULATIONS = _w("residents households")


class _Lowercase(dict[str, str]):
    """Word -> its lowercase form, each distinct word lowered once (a dictionary look-up
    is cheaper than ``str.lower``, which makes a new string every time)."""

    def __missing__(self, word: str) -> str:
        low = self[word] = word.lower()
        return low


_LOWER = _Lowercase()


@cache
def _singular(word: str) -> str:
    """The singular of a plural noun; the word itself when unsure."""
    if (not word.endswith("s") or word.endswith(("ss", "us", "is", "ics"))
            or word in _UNSINGULAR or len(word) < 4):
        return word
    return singular(word)


def _count(runs: _Runs) -> dict[Key, _Stats]:
    """Count every candidate n-gram of the runs under its key and record where it occurs."""
    heads: dict[str, str] = {}      # word -> its singular, as the last word of a key
    stats: dict[Key, _Stats] = {}
    words = runs.words
    first = 1                       # the index of a run's first word
    for tags, classes in zip(runs.tags, runs.classes, strict=True):
        for i, j, linked, final, descriptive in _ngrams(classes, tags):
            a, b = first + i, first + j
            if linked and not _connected(words[a:b], tags[i:j]):
                continue
            head = words[b - 1]
            sing = heads.get(head)
            if sing is None:
                sing = heads[head] = _singular(head)
            key = (*words[a:b - 1], sing)
            st = stats.get(key)
            if st is None:
                stats[key] = _Stats([(a, b)], final, {}, descriptive)
            else:
                st.forms.append((a, b))
                st.final += final
        first += len(tags) + 1
    for key, st in stats.items():
        # Nesting for C-value: every shorter candidate inside this one. A key of two
        # words has none; a fragment such as "new energy vehicle extreme" nests nothing.
        n = len(key)
        if n < 3 or not st.final:
            continue
        f = len(st.forms)
        for b in range(2, n + 1):
            # The candidates ending at word b: the last one singular, unless it is the key's.
            last = (key[b - 1],) if b == n else (_singular(key[b - 1]),)
            for a in range(1 if b == n else 0, b - 1):
                sub = stats.get(key[a:b - 1] + last)
                if sub is not None:
                    sub.parents[key] = f
    return stats


# A run's n-gram: (start, end, the connector inside or "", said as a head, per word
# whether it is an adjective, participle or -ly adverb).
_NGram = tuple[int, int, str, bool, tuple[bool, ...]]


@lru_cache(maxsize=1 << 12)     # runs of a text share a few hundred shapes
def _ngrams(classes: str, tags: str) -> tuple[_NGram, ...]:
    """The n-grams of a run that may be candidates, from its chunk classes and tags alone
    (one with a connector is a candidate if :func:`_connected` takes its words too)."""
    out = []
    n = len(classes)
    classes += _GAP                 # the gap after the run
    # Where the run's last noun ends: nothing after it continues a term.
    last_noun = max(classes.rfind("N"), classes.rfind("M")) + 1
    # Each n-gram [a:b] of a chunk (words up to the next one that cannot be in a term),
    # found from its start.
    for a, first in enumerate(classes[:n]):
        if first not in _STARTS:
            continue
        linked = ""             # the connector among [a + 1:b - 1], if any
        # An -ly adverb and its participle are one modifier ("newly built"): a phrase
        # led by one may be a word longer.
        for b in range(a + 2, min(a + _MAX_N + (first == "L"), n) + 1):
            ending = classes[b - 1]
            if ending == _GAP:
                break
            if b > a + 2:
                inner = classes[b - 2]
                if inner not in _INSIDE:
                    break
                if inner in _LINK:
                    if linked:
                        break       # one connector at most
                    linked = inner
                if linked == "O" and b > a + 3:
                    break   # "of" joins two words only (_connected): "rule of law"
            if ending not in _ENDS:
                continue    # a connector can neither end nor start a term: only inner
            if linked == "A" and b == a + 3:
                continue    # "and" needs four words or more (_connected)
            if linked == "A" and classes[b] == "A" and classes[b - 2] == "A":
                continue    # its one-word second conjunct opens the next coordination:
                            # "farmland plastic film and livestock and poultry manure"
            # A head: at the chunk end or before a connector.
            # So is the last noun of a run before an -ing participle, which opens a
            # clause ("red lines covering 30 percent of the land"). (Before any word
            # that cannot end a term, "policies introduced", "landmarks worldwide", it
            # also let descriptions said once in: dev P@50 0.904 -> 0.895.)
            final = (classes[b] in _GAP + _LINK or tags[b] not in "NJEG"
                     or (b >= last_noun and tags[b] == "G"))
            out.append((a, b, linked, final, tuple(t in "JEGL" for t in tags[a:b])))
    return tuple(out)


def _connected(gram: list[str], tags: str) -> bool:
    """Connector placement: "ice and snow tourism", "rule of law", "adjustment and transformation"."""
    if tags[0] == "N" and "O" in tags and _looks_like_head(gram[0]) and not (
            _singular(gram[0]) != gram[0] and not _looks_like_head(_singular(gram[0]))):
        # A plural or nominal first word heads a phrase of its own ("protection of
        # black soil", "waters of the river").
        return False
    if "A" in tags:
        # Coordinated modifiers before a head ("cyclical and structural contradictions"),
        # or two heads sharing a modifier ("structural adjustment and transformation").
        # Two nouns alone ("ice and snow") are coordinated words, not one term.
        i = tags.index("A")
        if i and _singular(gram[i - 1]) == _singular(gram[-1]):
            return False    # the head said twice: two phrases ("green growth and blue growth")
        return 1 <= i and len(gram) >= 4 and tags[i - 1] in "JN" and tags[i + 1] in "JNE"
    return len(gram) == 3


def _looks_like_head(word: str) -> bool:
    return (word.endswith(("tion", "ment", "ance", "ence", "ity", "ness", "ing"))
            or word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _calibrated(termhood: float, occurrences: int, shaped: bool = False) -> float:
    """Map termhood onto the scale shared with the other harvesters; ``occurrences``
    counts paragraphs (:func:`_spread`).

    Statistical evidence is weaker than a quote, a gloss or a capitalised name,
    and a single occurrence is weaker still, so domain terms top out at 0.75, below
    a name said once (0.8 with a head word) and a quoted phrase: in the top 50 of the
    written transcripts and of the development ones (benchmarks/harvest_eval.py),
    phrases found by statistics alone were terms half the time or a little more
    (0.58 on dev), one-off names seven times in ten (benchmarks/README.md, "Stop 54").
    A phrase said once tops out at 0.55, below a capitalised name said once (0.65 for
    a name before a lowercase head): fewer than half of the one-off statistical
    phrases were terms, against three quarters of the one-off names. A phrase said
    once and taken for its shape alone (:func:`_named`) tops out at 0.5: below the
    established terms, where a reviewer meets it after them.
    """
    if shaped:
        return round(_BOTTOM + 0.2 * termhood, 2)
    return round(0.3 + (0.45 if occurrences > 1 else 0.25) * termhood, 2)


def _spread(found: list[tuple[int, int, _K]], runs: _Runs,
            sents: list[tuple[Segment, str, int]]) -> dict[_K, set[int]]:
    """In how many paragraphs each accepted phrase is said: its repetition as evidence
    of a term. ``found`` holds every occurrence ``(i, j, key)`` of the accepted phrases,
    in text order; for each phrase said on its own somewhere, the lines where it is.

    A phrase said again and again within one answer ("industrial clusters" four
    times in one paragraph, "world economy" twice in one sentence pair) is the topic
    of that passage, repeated for cohesion (Halliday & Hasan 1976, "Cohesion in
    English", ch. 6: reiteration), not a unit the speakers use across the conference.
    Corpus linguistics weighs a frequency by its dispersion over the parts of a text
    for the same reason (Gries 2008, "Dispersion and adjusted frequencies in
    corpora"); here the parts are paragraphs (turns and their paragraphs), and the
    calibration counts a phrase said only in one of them as said once. Only the
    places where it is said on its own count (C-value's independent occurrences,
    Frantzi et al. 2000): "shuttle bus" said once alone and once inside "highway
    shuttle buses" is said once. Its C-value, and so whether it is kept, are unchanged.
    (A phrase said once is said in one paragraph, on its own or not.)

    In text order, an occurrence is inside a longer one when one that starts before it
    reaches its end, or when the next starts where it starts (and so ends after it).
    """
    sentence = runs.sentence
    alone: dict[_K, set[int]] = defaultdict(set)
    reach = 0               # the furthest end of the occurrences that start before i
    start = end = 0         # the occurrence before
    for n, (i, j, key) in enumerate(found):
        if i != start:
            reach = max(reach, end)
        start, end = i, j
        if reach < j and (n + 1 == len(found) or found[n + 1][0] != i):
            alone[key].add(sents[sentence[i]][0].line)
    return alone


def _shaped(key: Key, st: _Stats, rarity: float) -> bool:
    """Taken only for its shape: said once, and not two rare words (``rarity``: the
    key's, from its termhood)."""
    return len(st.forms) == 1 and not (len(key) == 2 and rarity >= _SINGLE_RARITY)


# A key's termhood and what it was computed from: (score, C-value, frequency, rarity).
Termhood = tuple[float, float, int, float]


def _termhood(key: Key, st: _Stats) -> Termhood:
    """Score a key in 0..1 from its C-value and its rarity in general English (its
    evidence is written by :func:`_termhood_evidence`, for the keys accepted only)."""
    content = len(key) - key.count("and") - key.count("of")     # the words of content
    f = len(st.forms)
    nested = sum(st.parents.values()) / len(st.parents) if st.parents else 0.0
    cvalue = math.log2(content) * max(f - nested, 0.0)
    frequent = 1.0 - math.exp(-cvalue / 4.0)
    rare = _rarity(key, st.descriptive)
    score = round(1.0 - (1.0 - frequent) * (1.0 - rare), 2)
    return score, cvalue, f, rare


def _termhood_evidence(termhood: Termhood) -> str:
    """The evidence of a key's termhood: score, C-value, frequency, usage."""
    score, cvalue, f, rare = termhood
    usage = ("rare in general English" if rare >= 0.6 else
             "uncommon in general English" if rare >= 0.3 else "common words")
    times = "1 occurrence" if f == 1 else f"{f} occurrences"
    return f"termhood {score:.2f}: c-value {cvalue:.1f}, {times}, {usage}"


@lru_cache(maxsize=1 << 16)     # asked of every phrase said as a head, in every document
def _rarity(words: Key, descriptive: tuple[bool, ...]) -> float:
    """How rare the words are in general English: the rarest counts most.

    Zipf 4.8 (``talent``) counts as common, 2.8 (``tillage``) as fully rare;
    descriptive words (adjectives, participles; ``descriptive``, per word) count three
    quarters, as they describe as often as they classify. The connectors "and" and
    "of" are common, so count nothing.
    """
    lex = tagger.lexicon()
    rs = sorted((min(max((4.8 - _zipf(w) + (_COMPOUND if "-" in w and w not in lex else 0.0))
                         / 2.0, 0.0), 1.0)
                 * (0.75 if d else 1.0) for w, d in zip(words, descriptive, strict=True)),
                reverse=True)
    return min(rs[0] + 0.25 * sum(rs[1:]), 1.0)


def _accept(stats: dict[Key, _Stats], scored: dict[Key, Termhood],
            min_score: float, size: int, titled: _Titled | None = None) -> list[Key]:
    """Keys that pass, longest first; drop keys seen only inside accepted longer ones.
    ``titled``: the text's runs of proper nouns (:class:`_Titled`)."""
    passing = []
    phrases = []        # every phrase of the text, terms and descriptions
    for key, st in stats.items():
        if not st.final:
            continue   # only ever a modifier inside a longer phrase: "soil fertile"
        score, _, f, rarity = scored[key]   # (the rarity of its words, "and" and "of" common)
        if score < min_score:
            continue
        phrases.append(key)
        if (len(key) == 2 and st.descriptive[0] and _zipf(key[0]) >= _COMMONEST
                and rarity < 0.3 and f < 5):
            # One of the commonest adjectives of English before a common noun ("good
            # use", "great importance", "high level") describes: a term only when the
            # text uses it again and again ("new energy", "green development").
            continue
        if _shaped(key, st, rarity) and not _named(key, st):
            continue
        if ((key[0] in _EVALUATIVE and not _size_classes(key) or key[0] in _DEICTIC
             or _comparative(key[0])) and f < 4):
            continue        # "slight fluctuations", "strong resilience": a judgement
        if (key[-1] in _VAGUE_HEADS and (f == 1 or rarity < 0.3 and key[-1] not in _MASS_HEADS)
                and not _named_effect(key)):
            # "reform momentum", "policy effects": a description; one of common words
            # ("economic performance", "overall situation") however often it is said.
            continue
        if (f == 1 and key[0] in _SCOPE and not (key[0] == "global" and key[-1] == "governance")
                and not (key[0] in _DESIGNATING and len(key) >= _least_words(key[-1])
                         and not _judges_or_places(key[1]) and key[-1] not in _MEASURES)):
            # "regional tourism": where, not what; but the world's governance of a field
            # is a formulation of the genre's foreign policy (全球…治理): "global ocean
            # governance", "global climate governance"; and before a phrase of two words
            # or more, "national", "international" and "regional" name the class the state
            # designates or runs (国家级, 国家…, 国际…, 区域…): "national hygienic cities",
            # "national soil database", "international air cargo hubs" (the written
            # transcripts' lists keep these whole; without them, must -21, should -81),
            # unless a judgement follows the scope word ("national important zones") or
            # one word names a platform (every system's word, _designation), or the phrase
            # names a measure (_MEASURES)
            continue
        if f == 1 and any(_looks_plural(w) and w not in _PLURAL_MODIFIERS and "-" not in w
                          for w in key[:-1]):
            continue        # two objects, not a term: "offering concertgoers discounts"
        if f < 4 and not _GRADING.isdisjoint(key):
            continue        # "more balanced growth": grading
        if (key[0] in _PERIODIC and f < 4 and len(key) > 2 and key[1:] in stats
                and stats[key[1:]].final and key[-1] not in _RECURRING):
            # "annual GDP growth" beside "GDP growth": the term said over a period, when
            # the text says the term on its own too; but a survey or report made every
            # period is named for it ("annual land change survey")
            continue
        if key[0] in _AVERAGED and f < 4:
            continue        # "average examination cycle": a statistic of the term after it;
                            # "own emergency response plan", "eligible townships": whose, which
        if len(key) == 2 and f == 1 and st.descriptive[0] and evaluative(key[0]):
            continue        # "splendid architecture", "delightful cuisine": a judgement too
        passing.append(key)
    passing = _productive(passing, phrases, stats, titled or _Titled())
    passing.sort(key=lambda k: (-len(k), k))
    accepted: list[Key] = []
    taken: set[Key] = set()
    # Per word: the furthest end of the accepted forms that start there. A form covers
    # word i to j when one starting at most _LONGEST words before j reaches j (no form
    # is longer): a look at a few words, where marking every word a form covers would
    # cost a step per word of every accepted occurrence.
    reach = [0] * size
    for key in passing:
        st = stats[key]
        # Seen only inside accepted longer keys (each of its forms within one)?
        if (all(max(reach[max(j - _LONGEST, 0):i + 1]) >= j for i, j in st.forms)
                and _contexts(st, taken) < 2):
            continue
        accepted.append(key)
        taken.add(key)
        for i, j in st.forms:
            if reach[i] < j:
                reach[i] = j
    return accepted


def _contexts(st: _Stats, taken: set[Key]) -> int:
    """In how many different accepted phrases a key is nested, counting a phrase nested
    in another one once: "salinity index" inside "groundwater salinity index" and "coastal
    groundwater salinity index" has one context; "oyster farming" inside "oyster farming
    zone" and "oyster farming cooperative" has two (C-value's count of distinct parents)."""
    parents = [p for p in st.parents if p in taken]
    if len(parents) < 2:
        return len(parents)
    return sum(1 for p in parents if not any(
        q != p and len(q) < len(p) and _nested(q, p) for q in parents))


def _nested(short: Key, long: Key) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _adverbs(tg: tagger.Tagged) -> str:
    """The tags with each -ly adverb before an adjective or participle and a noun marked L
    ("newly built warehouses"); whether the phrase is a term is then judged as for any other."""
    tags: list[str] | None = None      # copied at the first change (most have none)
    for m in _ADVERB.finditer(tg.tags):
        i = m.start()
        word = tg.tokens[i].lower()
        if not word.endswith("ly") or len(word) < 5 or word in _FOCUSING:
            continue
        if tags is None:
            tags = list(tg.tags)
        if tags[i + 1] == "V":
            if not tg.tokens[i + 1].endswith("ed"):
                continue
            tags[i + 1] = "E"       # "highly trained welders": a participle, not a verb
        tags[i] = "L"
    return tg.tags if tags is None else "".join(tags)


def _bound_left(st: _Stats, words: list[str], tags: str, classes: str) -> bool:
    """A phrase said several times, each time after the same modifier: the tail of a
    longer compound, not a unit of its own ("tourism consumption" only ever in
    "cultural tourism consumption" and "cultural and tourism consumption").

    A unit of a language is used in varied contexts (the accessor variety of Feng et
    al. 2004, "Accessor variety criteria for Chinese word extraction"; the context
    words of the NC-value, Frantzi et al. 2000). Only the word just before counts, and
    only a modifier (adjective or noun; the adjective before a coordinating "and" in
    "cultural and tourism ..."); a phrase said once has no variety to measure.
    """
    if len(st.forms) < _BOUND_MIN:
        return False
    left = None
    for i, _ in st.forms:
        k = i - 1           # (a run starts after a gap, whose tag is no J or N)
        if tags[k] == "A" and tags[k - 1] == "J":
            k -= 1          # "cultural and tourism consumption": the modifier before "and"
        if tags[k] not in "JNL" or classes[k] == _GAP:
            return False    # said free at least once (an adverb of a compound modifies:
            #                 "fully digitalized e-invoices" each time)
        if left is None:
            left = words[k]
        elif words[k] != left:
            return False
    return True


def _said_within(said: set[tuple[int, str, int, int]]) -> dict[tuple[int, str], list[tuple[int, int]]]:
    """The spans of the set formulations said, per sentence."""
    within: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for line, text, a, b in said:
        within[(line, text)].append((a, b))
    return within


@cache
def _formulation_keys() -> frozenset[Key]:
    """The set formulations as keys (lowercase words, the last one singular)."""
    keys = set()
    for f in FORMULATIONS:
        for form in _hyphenations(f):
            *rest, last = form.lower().split()
            keys.add((*rest, _singular(last)))
    return frozenset(keys)


def _inside_formulation(key: Key, st: _Stats, runs: _Runs,
                        sents: list[tuple[Segment, str, int]],
                        within: dict[tuple[int, str], list[tuple[int, int]]]) -> bool:
    """A phrase said only ever inside a set formulation: a piece of it, not a term
    ("centenary goals" of "two centenary goals", "capita disposable income" of "per
    capita disposable income"; C-value's nested string, whose longer string is the
    formulation). A phrase that is a set formulation itself ("moderately prosperous
    society" inside "moderately prosperous society in all respects") stays a term."""
    if key in _formulation_keys():
        return False
    for i, j in st.forms:
        seg, text, base = sents[runs.sentence[i]]
        s, e = runs.starts[i] - base, runs.ends[j - 1] - base
        if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in within.get((seg.line, text), ())):
            return False
    return True


def _before_formulation(key: Key, st: _Stats, formulas: dict[Key, int]) -> bool:
    """A phrase said once that is a word or two before a set formulation of the genre.

    A set formulation is fixed: a word put before it ("global poverty alleviation",
    "balancing high-quality development") describes or governs it, and the formulation
    is the term. The phrase is kept when the formulation is said only inside it and its
    first word is an adjective: a longer term of its own ("all-round rural
    revitalization", "intelligent connected new energy vehicles"). A verb form first
    ("implemented targeted poverty alleviation") is a clause, never a term, and so is a
    word the lexicon has as a noun that governs it ("support processing trade": the
    tagger reads the verb as a noun).
    """
    if len(st.forms) != 1:
        return False
    for i in (1, 2):
        n = formulas.get(key[i:], 0) if len(key) - i >= 2 else 0
        if n and i == 2 and key[1] == "and" and (
                len(key) >= 5 or tagger.lexicon().get(key[0]) == "J"):
            # A modifier coordinated with the formulation's first one, before its head:
            # "river and lake chief system", "unified and high-quality development"
            # (not a noun phrase and a formulation: "medicine and poverty alleviation").
            return False
        if n:
            lead = key[0]
            # (a compound classifies, as a modifier: "import-stage value-added tax")
            governs = "-" not in lead and (tagger.lexicon().get(lead) in ("E", "V", "G", "N")
                                           or lead.endswith(("ed", "ing")))
            return n > 1 or governs
    return False


def _comparative(word: str) -> bool:
    """A comparative or superlative of an evaluative adjective: "deeper", "widest"."""
    if word.endswith("er"):
        stems = (word[:-2], word[:-1], word[:-3])
    elif word.endswith("est"):
        stems = (word[:-3], word[:-2], word[:-4])
    else:
        return False
    return any(s in _EVALUATIVE for s in stems)


def _productive(keys: list[Key], phrases: list[Key], stats: dict[Key, _Stats],
                titled: _Titled | None = None) -> list[Key]:
    """Drop phrases said once whose modifier the text puts before many heads, and
    phrases said a few times whose head and modifier are both exchanged (:func:`_exchangeable`).
    A phrase the text also says inside a name (``titled``) is kept: the name makes a
    term of it ("administrative reconsideration" beside the "Administrative
    Reconsideration Law", whatever else "administrative" is put before).

    Terms have limited paradigmatic modifiability (Wermter & Hahn 2005, "Paradigmatic
    modifiability statistics for the extraction of complex multi-word terms"): the
    words of a term are not freely exchanged. A modifier that the speaker puts before
    one head after another ("maritime agreements, consultation, rescue, corridor ...")
    describes, and each of its one-off combinations is a description, not a term.
    The heads are counted over every phrase of the text (``phrases``), descriptions
    included; a first word counts the phrases that pass (``keys``) it starts.
    """
    heads: dict[Key, int] = defaultdict(int)         # modifiers -> heads after them
    vague: dict[Key, int] = defaultdict(int)         # ... of them, shell nouns
    for key in phrases:
        heads[key[:-1]] += 1
        if key[-1] in _VAGUE_HEADS:
            vague[key[:-1]] += 1
    firsts: dict[str, int] = defaultdict(int)        # first word -> phrases it starts
    for key in keys:
        firsts[key[0]] += 1
    left: dict[str, set[str]] = defaultdict(set)     # head -> modifiers before it
    right: dict[str, set[str]] = defaultdict(set)    # modifier -> heads after it
    for key, st in stats.items():
        if len(key) == 2 and st.final:
            left[key[1]].add(key[0])
            right[key[0]].add(key[1])
    # Words coordinated in the text, in the order said: "ice and snow" beside "snow and ice"
    pairs = Counter((key[i - 1], key[i + 1]) for key in phrases if "and" in key
                    for i in range(1, len(key) - 1) if key[i] == "and")
    inside = titled or _Titled()
    return [k for k in keys if not (
        _described(k, stats[k], heads, firsts, pairs, vague)
        or _exchangeable(k, stats[k], left, right)) or inside.says(k)]


# Two proper nouns or more in a row (tag classes): a name's or a title's words.
_TITLED_RUN = re.compile(r"PP+")


class _Titled:
    """The runs of proper nouns a text says (names, titles), asked whether a phrase is
    said inside one: "administrative reconsideration" in the "Administrative
    Reconsideration Law". The runs are kept as they come; an index of them by word is
    built at the first question (a few phrases per text are asked about)."""

    __slots__ = ("runs", "_index")

    def __init__(self) -> None:
        self.runs: list[list[str]] = []
        self._index: dict[str, list[tuple[int, int]]] | None = None

    def add(self, tg: tagger.Tagged) -> None:
        """Keep the runs of proper nouns of a tagged paragraph."""
        tokens = tg.tokens
        self.runs.extend(tokens[m.start():m.end()] for m in _TITLED_RUN.finditer(tg.tags))

    def says(self, key: Key) -> bool:
        """Whether ``key`` (lowercase words, the last one singular) is said inside a run."""
        if self._index is None:
            self._index = defaultdict(list)
            for r, run in enumerate(self.runs):
                for i, w in enumerate(run[:-1]):
                    self._index[w.lower()].append((r, i))
        n = len(key)
        for r, i in self._index.get(key[0], ()):
            run = self.runs[r]
            if i + n <= len(run) and [w.lower() for w in run[i + 1:i + n - 1]] == list(
                    key[1:-1]) and _singular(run[i + n - 1].lower()) == key[-1]:
                return True
        return False


def _exchangeable(key: Key, st: _Stats, left: dict[str, set[str]],
                  right: dict[str, set[str]]) -> bool:
    """A phrase said a few times whose two ends are both freely exchanged in the text.

    Wermter & Hahn's modifiability looks at every slot of a phrase, not only the
    modifier's: its head put after many modifiers (:data:`_EXCHANGEABLE_HEAD` or more:
    "scientific research", "basic research", "joint research", "vaccine research")
    and its first word put before other heads too ("scientific technology",
    "scientific research") make a combination of two free words, a description,
    however often it is said ("vaccine development", "talent development"). A term
    keeps one slot fixed: "basic research" beside many "... research" phrases, but
    "basic" before no other head. Counted over the two-word phrases of the text;
    a phrase said once is left to :func:`_described`, one said often to its
    termhood. A longer phrase has more slots than its two ends ("small and medium-sized
    financial institutions": its first word and head exchanged say nothing of the
    class between them), so only two-word phrases are judged so.
    """
    if not 1 < len(st.forms) <= _PRODUCTIVE_SAID or len(key) > 2:
        return False
    return len(left[key[-1]]) >= _EXCHANGEABLE_HEAD and len(right[key[0]]) >= 2


def _described(key: Key, st: _Stats, heads: dict[Key, int], firsts: dict[str, int],
               pairs: Counter[tuple[str, str]], vague: dict[Key, int]) -> bool:
    """A phrase of a productive modifier: said once, or said a few times
    (:data:`_PRODUCTIVE_SAID`) and made of common words ("economic operation",
    "tourism market" beside many other "economic ..." and "tourism ..." phrases). A
    phrase said more often, or with a word rare in general English, may head a family
    of terms ("ice and snow tourism", "ice and snow sports"). A phrase said once after a
    modifier that opens many phrases is kept if it has three words or more (a compound
    of the briefing's topic: "quantum error correction"). A coordination said mostly the
    other way in the text is a variant of its order (:func:`_reordered`), never a term."""
    f = len(st.forms)
    if "and" in key and _reordered(key, pairs):
        return True
    if f == 1:
        if (_zipf(key[0]) < _RARE_MODIFIER and "-" not in key[0] and len(key) == 2
                and vague[key[:-1]] <= 1):
            # a word of the field before concrete heads: "airworthiness certification",
            # "... standards", "... validation" (before shell nouns it describes:
            # "estuarine vitality", "estuarine prospects", "estuarine momentum")
            return False
        if len(key) == 2 and _zipf(key[1]) < _RARE_MODIFIER and "-" not in key[1]:
            return False    # a word of the field as the head: "bamboo scrimber" beside
                            # the many "bamboo ..." phrases of a bamboo briefing
        return heads[key[:-1]] >= _PRODUCTIVE or (firsts[key[0]] >= _PRODUCTIVE and len(key) < 3)
    if f > _PRODUCTIVE_SAID or heads[key[:-1]] < _PRODUCTIVE:
        return False
    return _rarity(key, st.descriptive) < 0.3


# The least frequent a word of general English is for "<word> effect" to describe rather
# than name an effect (wordfreq's Zipf scale): "policy effect" (5.2) describes; a field's
# word names one, "spillover effect" (2.5), "multiplier effect" (3.2), "valuation effects"
# (3.75), "greenhouse effect" (3.8).
_EFFECT_NAMED = 3.8


def _named_effect(key: Key) -> bool:
    """Whether a phrase names an effect a field has a word for (economics' "spillover
    effect"), not an effect described: a rare word before "effect"."""
    return len(key) == 2 and key[1] in ("effect", "effects") and _zipf(key[0]) < _EFFECT_NAMED


def _reordered(key: Key, pairs: Counter[tuple[str, str]]) -> bool:
    """Whether a coordination in ``key`` is said more often in the other order in the
    text: a variant of the usual order ("snow and ice resources" beside many "ice and
    snow ..." phrases). ``pairs`` counts the text's phrases per coordinated pair."""
    return any(w == "and" and pairs[key[i + 1], key[i - 1]] > pairs[key[i - 1], key[i + 1]]
               for i, w in enumerate(key[1:-1], start=1))


def _named(key: Key, st: _Stats) -> bool:
    """Whether a phrase said once has the shape of a term: a classifying modifier
    before a head (``inbound tourism``, ``satellite internet``, ``next-generation
    electronic information manufacturing``), rather than a description.

    A description starts with an evaluative adjective ("remarkable progress"), joins
    two noun phrases ("strong complementarity and industrial linkage"), has a verb
    form inside ("routes passing blooming flowers") or a plural noun before its end,
    which usually heads a phrase of its own followed by a mistagged verb ("parks dot").
    Coordinated modifiers before one head ("coastal and inland shipping", "salt and
    pepper shakers") are a term's.
    """
    if not 2 <= len(key) <= _MAX_N + (st.descriptive[0] and key[0].endswith("ly")) or (
            "of" in key or key[0] in _EVALUATIVE and not _size_classes(key)):
        return False
    tags = st.descriptive
    if "and" in key:
        i = key.index("and")
        if i == 2 and len(key) >= 5 and key[0] in _LEVELS and tags[1]:
            # the level of government it serves, then two modifiers joined before one
            # head: "township commercial and trade centers", "county medical and health
            # services"
            pass
        elif i != 1 or len(key) < 4:
            return False
        elif not tags[0] and (tags[2] or _looks_like_head(key[0])) and not _parallel(key[0],
                                                                                    key[2]):
            return False    # a noun phrase, then another: "integration and deep reform"
    lex = tagger.lexicon()
    for i, w in enumerate(key[:-1]):
        if w == "and":
            continue
        if i and key[i - 1] != "and" and "-" not in w and (
                w.endswith("ing") and lex.get(w) == "G" or (
                    not tags[i - 1] and (lex.get(w) == "E" or w.endswith("ed")))):
            # a verb form after a noun: "province promoted conservation tillage" (a
            # compound is an adjective: "import-stage value-added tax")
            return False
        if _looks_plural(w) and w not in _PLURAL_MODIFIERS:
            return False    # modifiers are singular: "yields rise", "parks dot" are clauses
    if lex.get(key[-1]) == "V":
        return False            # a verb taken for a noun: "city further enhance"
    return True


def _parallel(first: str, second: str) -> bool:
    """Two compounds of one first part coordinated ("end-user and end-use", "cross-border
    and cross-regional"): modifiers of one head, whatever the tagger made of each."""
    a, sep, _ = first.partition("-")
    return bool(sep) and len(a) > 1 and second.startswith(a + "-") and first != second


# Size adjectives that, coordinated with another size, name classes of a thing (the
# genre's renderings of 大中型, 中小型, 小微: "large and medium-sized irrigation districts",
# "small and micro businesses"), not a judgement of its size.
_SIZES = _w("small large big medium mid micro")


def _size_classes(key: Key) -> bool:
    """``small and medium-sized reservoirs``: two size classes coordinated before a head;
    or a variety named by its size and colour (:func:`_coloured_variety`)."""
    return (len(key) >= 4 and key[0] in _SIZES and key[1] == "and"
            and key[2].split("-", 1)[0] in _SIZES) or _coloured_variety(key)


# The colours Chinese names of varieties and breeds say after a size (大黄鱼 "large yellow
# croaker", 小白杏 "small white apricots", 大红枣 "big red dates", 小黄牛): the size is
# part of the name, not a judgement of one. (Not "green": a policy's word, "small green
# spaces" is no variety.)
_VARIETY_COLOURS = frozenset("white yellow red black golden purple".split())
_VARIETY_SIZES = frozenset("small large big".split())


def _coloured_variety(words: Sequence[str]) -> bool:
    """Whether ``words`` open with a size and a colour before a noun: a variety's name."""
    return (len(words) >= 3 and words[0] in _VARIETY_SIZES and words[1] in _VARIETY_COLOURS
            and words[2] not in _VARIETY_COLOURS)


def _looks_plural(word: str) -> bool:
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))
            and word not in _UNSINGULAR and _singular(word) != word)

