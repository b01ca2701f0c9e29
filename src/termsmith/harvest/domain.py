"""Domain terms: lowercase multi-word terms salient against general English.

Termhood is computed offline from three signals (Frantzi, Ananiadou & Mima 2000,
"Automatic recognition of multi-word terms: the C-value/NC-value method"):

* candidates are 2–5-word n-grams of lowercase words inside one run of words
  separated by white space only (so never across punctuation, digits, names or
  possessives), split further at function, vague, evaluative and time words;
  they must start and end with a content word, end with a noun-like head, and
  may hold one connector (``ice and snow tourism``, ``rule of law``);
* C-value rewards frequent longer strings and discounts a string by the
  frequency of the longer candidates it is nested in, so ``productive forces``
  inside ``new quality productive forces`` does not count on its own;
* specificity: words rare in general English (``wordfreq`` Zipf scale) make a
  phrase more technical, so a single ``conservation tillage`` still qualifies,
  while a one-off phrase of common words does not.

There is no POS tagger: verbs are told from nouns by word lists plus what the
text itself shows (a word after "we will", a word followed by its object).
Frequencies are counted over a key with the head noun singularised, so
``black soil belt`` and ``black soil belts`` count together; each candidate
keeps the form written, and the merge step groups the variants.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat

from termsmith.document import Segment
from termsmith.harvest.base import Candidate, Kind, Occurrence
from termsmith.harvest.lexicon import zipf as _zipf
from termsmith.normalize import singular
from termsmith.text import sentences

__all__ = ["harvest"]

# Termhood below which a candidate is dropped. Set so that established collocations of
# common words seen twice or more ("food safety", "air quality", "clean energy") come
# in, at the bottom of the ranking, where a reviewer meets them last.
MIN_SCORE = 0.35
_MAX_N = 5
_SINGLE_RARITY = 0.6      # a term seen once must be at least this rare in general English


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Words that can never be part of a term; a run of words is split into chunks at
# each of them. "and" and "of" are handled as connectors.
# Function words: determiners, pronouns, prepositions, conjunctions, auxiliaries, adverbs.
_FUNCTION = _w("""
    a an the this that these those my your his her its our their we you he she it they i me us
    them him who whom whose which what whatever each every either neither some any no none all
    both half several such own same other another others much many more most few fewer less
    least enough lot lots about above across after against along amid among amongst around as
    at before behind below beneath beside besides between beyond by despite down during except
    for from in inside into like near off on onto out outside over past per since than through
    throughout till to toward towards under unlike until up upon via with within without or but
    nor so yet if because although though while whereas unless whether when where why how then
    thus therefore hence however moreover furthermore meanwhile also be is are was were been
    being am have has had having do does did doing done will would shall should can could may
    might must ought cannot not very too quite rather just only even still already always never
    often again now here there today currently recently further ever once twice almost nearly
    well really indeed etc
""")
# Numbers, ordinals and time words: "first quarter", "last year".
_COUNTING = _w("""
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion billions dozens tens first
    second third fourth fifth sixth seventh eighth ninth tenth last next previous latest recent
    year years month months week weeks day days time times quarter decade decades moment period
    yesterday tomorrow
""")
# Vague nouns that make no term as head or modifier: "important role", "every effort".
_VAGUE = _w("""
    aspect aspects way ways thing things effort efforts measure measures number numbers level
    levels part parts role roles field fields kind kinds type types sort matter example
    instance case cases point points step steps place side regard respect terms basis manner
    fact situation context extent degree scope result results people areas condition conditions
    everyone everything something anything individuals opportunity opportunities
""")
# Evaluative, intensifying or merely descriptive adjectives: "great importance".
_EVALUATIVE = _w("""
    important significant great greater greatest good better best various certain different
    diverse numerous major main key overall whole entire general specific particular relevant
    related real true concrete practical crucial vital pivotal essential necessary possible
    available large larger largest big bigger biggest huge vast wide broad high higher highest
    low lower lowest strong stronger solid effective efficient positive active full excellent
    outstanding remarkable impressive tremendous robust heartfelt sincere vibrant warm
    beautiful lovely pleasant picturesque tranquil lush lucid expansive rich unique distinctive
    exquisite splendid prosperous harmonious happy steady stable sound swift rapid fast timely
    proper favorable favourable promising notable noticeable substantial considerable extensive
    comprehensive first-class world-class top-tier top-notch top unprecedented historic
""")
# Titles and units of measurement: "square kilometers" is not a domain term.
_UNITS = _w("""
    mr ms mrs dr percent percentage kilometer kilometers kilometre kilometres meter meters
    metre metres ton tons tonne tonnes kilogram kilograms gram grams microgram micrograms
    hectare hectares acre acres mile miles liter liters litre litres watt watts kilowatt
    kilowatts gigabit gigabits degrees inch inches square cubic metric latitude longitude yuan
    dollar dollars mu jin
""")
_BREAK = _FUNCTION | _COUNTING | _VAGUE | _EVALUATIVE | _UNITS

# Verbs that, at the start of a chunk, are almost always the verb before its
# object ("promote conservation tillage"). Their -s/-ed/-ing forms are derived.
_VERBS = _w("""
    accelerate achieve adhere address adopt advance advocate allow apply attach attract become
    benefit boost bring build carry choose coordinate consolidate continue contribute create
    cultivate deal deepen deliver develop embrace empower enable encourage engage enhance
    ensure establish expand explore extend facilitate foster fulfil fulfill give grasp guide
    harness help highlight implement improve increase innovate integrate intensify introduce
    invite join keep launch lead leverage make maintain meet mobilize mobilise modernize
    modernise optimize optimise organize organise participate pay play prioritize prioritise
    promote protect provide pursue put raise reach realize realise reduce regulate reinforce
    remain replace respond revitalize revitalise safeguard seek serve solve spur stabilize
    stabilise stimulate strengthen strive support sustain take tackle transform turn unleash
    upgrade use utilize utilise focus see get go say think know find show hold form offer run
    set cut break involve concern regard return spark demonstrate accomplish nurture normalize
    normalise propel earn host equate secure abound boast hit exceed witness showcase express
    describe signify reverse require relate consider conduct enjoy opt reflect represent
""")
_IRREGULAR = _w("""
    built made took taken gave given brought kept led met sought held became grew grown drove
    driven saw seen knew known thought found left began begun shown went gone said got gotten
    ran upheld broke broken
""")
# -ing words that are nouns or fixed modifiers in their own right.
_NOUN_ING = _w("""
    building housing training funding planning processing manufacturing farming heating
    marketing financing banking engineering mining shipping clothing breeding planting camping
    catering packaging printing livestreaming sightseeing skiing skating cooling lighting
    recycling logging fishing warming computing learning leading emerging supporting opening-up
    living drinking spring offspring ceiling string morning evening wedding
""")
# Modifiers that make a term only in a fixed phrase seen more than once
# ("new energy vehicle"), but mostly describe ("new experiences").
_WEAK_START = _w("new small old modern advanced")
# Common adjectives that cannot be the head (last word) of a term.
_ADJ = _w("""
    new old green local clean open modern smart digital national international global regional
    rural urban social economic ecological agricultural industrial cultural public private
    domestic foreign natural traditional strategic technical scientific technological
    environmental financial commercial special official professional intelligent innovative
    sustainable integrated friendly healthy safe fresh free
""")
_LY_NOUNS = _w("""
    supply family assembly ally rally anomaly monopoly reply fly butterfly jelly belly lily
    friendly elderly early daily eco-friendly user-friendly
""")
_ED_NOUNS = _w("seed speed need feed breed bed shed weed deed reed greed creed steed")
_ADJ_SUFFIX = ("ous", "ful", "less", "ible", "ive", "ical", "ional", "ural", "ental", "cial",
               "esque", "ant", "ent")
_ADJ_SUFFIX_NOUNS = _w("""
    initiative objective executive incentive collective representative alternative directive
    detective explosive additive derivative perspective archive drive hive olive motive native
    relative narrative preservative material potential plant agent element equipment government
    environment development management investment employment department settlement assessment
    achievement improvement movement treatment statement payment content student talent event
    percent parent patent accident client component consent cement segment current restaurant
    giant tenant migrant immigrant pollutant fertilizer merchant applicant assistant consultant
    participant servant elephant infant entrant lubricant stimulant disinfectant coolant
    sealant propellant grant elegant
""")
_UNSINGULAR = _w("goods news series species means headquarters logistics economics")

_CONNECTORS = _w("and of")

# A run: words separated by white space only, so no punctuation, digit, name or
# possessive inside. Only the first word may be capitalised (a sentence start).
_WORD = r"[a-z]+(?:-[a-z]+)*"
_RUN = re.compile(rf"(?<![\w'’\-])(?:[A-Z](?=[a-z]))?{_WORD}(?:\s+{_WORD})*(?![\w'’\-]|\.\w)")
_TOKEN = re.compile(r"\S+")
# Where the text itself shows a word is a verb: after a modal or subject pronoun
# ("we will promote"), a participle after an auxiliary ("are promoting"), or a
# word followed by its object ("boasts a cultivated area", "secures our prosperity").
#
# The first two are one pattern, so the text is scanned once for both (each scan
# costs about as much as the matching): their leading words are disjoint, so at
# any position at most one branch matches and ``findall`` yields one non-empty
# group per match. The third stays apart: its matches may overlap theirs.
_ADVERBS = r"(?:[a-z]+ly\s+)*"
_AFTER_AUXILIARY = re.compile(
    rf"\b(?:(?:[Ww]ill|would|shall|should|can|could|may|might|must|cannot|[Ww]e|[Tt]hey"
    rf"|I|you|he|she)\s+(?={_ADVERBS}([a-z]+)\b)"
    rf"|(?:is|are|was|were|be|been|being|have|has|had)\s+"
    rf"(?={_ADVERBS}([a-z]+(?:ed|ing))\b))")
_BEFORE_OBJECT = re.compile(
    r"\b([a-z]+) (?=(?:a|an|the|our|its|their|this|these|those|his|her|my|your"
    r"|them|us|it|him|me)\b)")
# Word classes, as bit flags cached per distinct word. _LINK marks a connector.
_BREAKS, _STARTS, _ENDS, _INSIDE, _LINK = 1, 2, 4, 8, 16


@cache
def _verb_forms() -> frozenset[str]:
    forms: set[str] = set(_IRREGULAR)
    for v in _VERBS:
        stem = v[:-1] if v.endswith("e") else v
        forms.update({v, v + "s", stem + "ing", v + "es"})
        if not v.endswith("ee"):
            forms.add(stem + "ed")        # but "see" + "d" is "seed"
        if v.endswith("y"):
            forms.update({v[:-1] + "ies", v[:-1] + "ied"})
        if len(v) <= 4 and v[-1] in "tpnm" and v[-2] in "aeiou" and v[-3] not in "aeiou":
            forms.update({v + v[-1] + "ed", v + v[-1] + "ing"})   # step -> stepping
    return frozenset(forms - _NOUN_ING)


@cache
def _singular(word: str) -> str:
    """The singular of a plural noun; the word itself when unsure."""
    if (not word.endswith("s") or word.endswith(("ss", "us", "is", "ics"))
            or word in _UNSINGULAR or len(word) < 4):
        return word
    return singular(word)


def _is_adverb(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]
    return last.endswith("ly") and last not in _LY_NOUNS and word not in _LY_NOUNS


def _is_adjective_like(word: str) -> bool:
    """Suffix guess for an adjective or participle: cannot head a term."""
    last = word.rsplit("-", 1)[-1]
    if word in _ADJ or last in _ADJ:
        return True
    if last.endswith("ed") and len(last) > 4 and last not in _ED_NOUNS:
        return True
    return last.endswith(_ADJ_SUFFIX) and last not in _ADJ_SUFFIX_NOUNS


def _is_descriptive(word: str) -> bool:
    """A modifier that describes rather than classifies: its rarity says little."""
    last = word.rsplit("-", 1)[-1]
    return _is_adjective_like(word) or (
        last.endswith(("ary", "ory", "ern", "ile", "ed"))
        and last not in _ED_NOUNS)


@dataclass(slots=True)
class _Run:
    sentence: int        # index into the list of sentences
    start: int           # offset of the run in its sentence
    text: str
    words: list[str]     # lowercased
    capital: bool        # the first word was capitalised, as a sentence start


Key = tuple[str, ...]


@dataclass(slots=True)
class _Stats:
    forms: list[tuple[int, int, int]] = field(default_factory=list)  # (run, first, end) words
    final: int = 0       # occurrences where it is a head: at a chunk end or before a connector
    parents: dict[Key, int] = field(default_factory=dict)   # longer candidate -> frequency


def harvest(segments: Iterable[Segment], *, min_score: float = MIN_SCORE) -> Iterator[Candidate]:
    """Yield one DOMAIN candidate per occurrence of each term scoring ``min_score`` or more."""
    return _harvest(segments, min_score)   # a generator: lazy all the same


def _harvest(segments: Iterable[Segment], min_score: float) -> Iterator[Candidate]:
    sents: list[tuple[Segment, str]] = []
    runs: list[_Run] = []
    verbish: set[str] = set()
    vocab: set[str] = set()      # words seen lowercase, to tell a sentence start from a name
    for seg in segments:
        if not seg.role.is_content:
            continue
        verbish.update(modal or participle
                       for modal, participle in _AFTER_AUXILIARY.findall(seg.text))
        verbish.update(_BEFORE_OBJECT.findall(seg.text))
        for s, e in sentences(seg.text):
            text = seg.text[s:e]
            for m in _RUN.finditer(text):
                run_text, start = m.group(), m.start()
                words = run_text.split()
                capital = False
                if run_text[0].isupper():
                    if start:
                        del words[0]     # a capitalised word inside a sentence is a name
                    else:
                        words[0] = words[0].lower()
                        capital = True
                vocab.update(words[1:] if capital else words)
                if len(words) > 1:
                    runs.append(_Run(len(sents), start, run_text, words, capital))
            sents.append((seg, text))
    stats = _count(runs, vocab, verbish - _NOUN_ING - _BREAK - _CONNECTORS)
    scored = {key: _termhood(key, st) for key, st in stats.items()}
    accepted = _accept(stats, scored, min_score)
    # Score and evidence are the key's, shared by all its occurrences: compute once.
    results = {key: (_calibrated(scored[key][0], len(stats[key].forms)), scored[key][1])
               for key in accepted}
    found = sorted((r, i, j, key) for key in accepted for r, i, j in stats[key].forms)
    tokens: list[re.Match[str]] = []     # of run ``last``; words[i] is tokens[skip + i]
    skip = 0                              # a leading name dropped from the words
    last = -1
    for r, i, j, key in found:
        run = runs[r]
        if r != last:   # ``found`` is sorted by run: tokenise each run once
            tokens = list(_TOKEN.finditer(run.text))
            skip = len(tokens) - len(run.words)
            last = r
        start = run.start + tokens[skip + i].start()
        end = run.start + tokens[skip + j - 1].end()
        seg, text = sents[run.sentence]
        score, evidence = results[key]
        # Positional arguments: measurably cheaper than keywords, once per occurrence.
        yield Candidate(text[start:end].lower(), Kind.DOMAIN, score,
                        Occurrence(seg.line, seg.speaker, text, start, end), evidence)


def _count(runs: list[_Run], vocab: set[str], verbish: set[str]) -> dict[Key, _Stats]:
    """Count every candidate n-gram under its key and record where it occurs."""
    flags = _Flags(verbish)
    heads: dict[str, str] = {}      # word -> its singular, as the last word of a key
    stats: dict[Key, _Stats] = defaultdict(_Stats)
    for r, run in enumerate(runs):
        words = run.words
        if run.capital and words[0] not in vocab:
            words[0] = ""       # a sentence-initial word never seen lowercase: a name
        fl = list(map(flags.__getitem__, words))
        n = len(words)
        # Each n-gram words[a:b] of a chunk (words up to the next one that cannot be
        # in a term), found from its start: a word that may start a term cannot break,
        # so the chunk goes on while words[b - 1] does not break.
        for a, first in enumerate(fl):
            if not first & _STARTS:
                continue
            linked = 0          # a connector among words[a + 1:b - 1]
            for b in range(a + 2, min(a + _MAX_N, n) + 1):
                ending = fl[b - 1]
                if ending & _BREAKS:
                    break
                if b > a + 2:
                    inner = fl[b - 2]
                    if not inner & _INSIDE:
                        break
                    linked |= inner & _LINK
                if not ending & _ENDS:
                    continue    # a connector can neither end nor start a term: only inner
                if linked and not _connected(words[a:b]):
                    continue
                head = words[b - 1]
                if head not in heads:
                    heads[head] = _singular(head)
                st = stats[(*words[a:b - 1], heads[head])]
                st.forms.append((r, a, b))
                # A head: at the chunk end or before a connector.
                st.final += b == n or fl[b] & (_BREAKS | _LINK) != 0
    for key, st in stats.items():
        if not st.final:
            continue   # a fragment such as "new energy vehicle extreme" nests nothing
        # Nesting for C-value: every shorter candidate inside this one.
        n = len(key)
        for a in range(n):
            for b in range(a + 2, n + 1 if a else n):
                sub = key[a:b] if b == n else (*key[a:b - 1], _singular(key[b - 1]))
                if sub in stats:
                    stats[sub].parents[key] = len(st.forms)
    return stats


class _Flags(dict[str, int]):
    """Word -> its class flags, classifying each distinct word once, when first looked up."""

    def __init__(self, verbish: set[str]) -> None:
        super().__init__()
        self.verbish = verbish

    def __missing__(self, word: str) -> int:
        flags = self[word] = _classify(word, self.verbish)
        return flags


def _classify(word: str, verbish: set[str]) -> int:
    """Bit flags saying where in a term a word may stand."""
    if (word in _BREAK or word in _IRREGULAR or len(word) < 2 or _is_adverb(word)
            or word in verbish and word.endswith("s") and not word.endswith("ss")):
        return _BREAKS   # third-person verbs the text uses as such end a noun phrase
    if word in verbish or word in _verb_forms():
        return _BREAKS   # "national park protect fragile ecosystems": the verb ends the phrase
    if word in _CONNECTORS:
        return _INSIDE | _LINK
    if _is_verbal_ing(word):
        return _INSIDE   # "cold-weather testing base", not "testing base"
    return _INSIDE | _STARTS | (0 if _is_adjective_like(word) else _ENDS)


def _connected(gram: list[str]) -> bool:
    """Connector placement: "ice and snow tourism", "rule of law".

    ``gram`` holds at least one connector; ``list.count`` counts them in C, as
    this runs for every such n-gram.
    """
    ands = gram.count("and")
    if ands + gram.count("of") > 1:
        return False
    if _looks_like_head(gram[0]):
        # A plural or nominal first word heads a phrase of its own ("waters and
        # green mountains", "protection of black soil").
        return False
    if ands:
        return gram[1] == "and" and len(gram) >= 4   # coordinated modifiers before a head
    return len(gram) == 3


def _looks_like_head(word: str) -> bool:
    return (word.endswith(("tion", "ment", "ance", "ence", "ity", "ness", "ing"))
            or word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _is_verbal_ing(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]
    return last.endswith("ing") and len(last) > 5 and word not in _NOUN_ING and last not in _NOUN_ING


def _calibrated(termhood: float, occurrences: int) -> float:
    """Map termhood onto the scale shared with the other harvesters.

    Statistical evidence is weaker than a quote, a gloss or a capitalised name,
    and a single occurrence is weaker still, so domain terms top out at 0.85
    (0.75 when seen once) and rank below a quoted slogan of equal confidence.
    """
    return round(0.3 + (0.55 if occurrences > 1 else 0.45) * termhood, 2)


def _termhood(key: Key, st: _Stats) -> tuple[float, str]:
    """Score a key in 0..1 from its C-value and its rarity in general English."""
    content = [w for w in key if w not in ("and", "of")]
    f = len(st.forms)
    nested = sum(st.parents.values()) / len(st.parents) if st.parents else 0.0
    cvalue = math.log2(len(content)) * max(f - nested, 0.0)
    frequent = 1.0 - math.exp(-cvalue / 4.0)
    rare = _rarity(content)
    score = round(1.0 - (1.0 - frequent) * (1.0 - rare), 2)
    usage = ("rare in general English" if rare >= 0.6 else
             "uncommon in general English" if rare >= 0.3 else "common words")
    times = "1 occurrence" if f == 1 else f"{f} occurrences"
    return score, f"termhood {score:.2f}: c-value {cvalue:.1f}, {times}, {usage}"


def _rarity(content: list[str]) -> float:
    """How rare the words are in general English: the rarest counts most.

    Zipf 4.8 (``talent``) counts as common, 2.8 (``tillage``) as fully rare;
    descriptive adjectives count half, as translators reach for rare ones.
    """
    rs = sorted((min(max((4.8 - _zipf(w)) / 2.0, 0.0), 1.0)
                 * (0.5 if _is_descriptive(w) else 1.0) for w in content), reverse=True)
    return min(rs[0] + 0.25 * sum(rs[1:]), 1.0)


def _accept(stats: dict[Key, _Stats], scored: dict[Key, tuple[float, str]],
            min_score: float) -> list[Key]:
    """Keys that pass, longest first; drop keys seen only inside accepted longer ones."""
    passing = []
    for key, st in stats.items():
        f = len(st.forms)
        if scored[key][0] < min_score:
            continue
        if not st.final:
            continue   # only ever a modifier inside a longer phrase: "soil fertile"
        if key[0] in _WEAK_START and len(key) == 2:
            continue   # "new experiences", "small enterprises": a description
        if f == 1 and (len(key) > 2 or _rarity(list(key)) < _SINGLE_RARITY):
            # A one-off is a term only when short and made of rare words: longer
            # one-offs are mostly a description around the rare word.
            continue
        passing.append(key)
    passing.sort(key=lambda k: (-len(k), k))
    accepted: list[Key] = []
    taken: set[Key] = set()
    covered: set[tuple[int, int, int]] = set()
    for key in passing:
        st = stats[key]
        # Seen only inside accepted longer keys (all of its forms covered)?
        if covered.issuperset(st.forms) and sum(1 for p in st.parents if p in taken) < 2:
            continue
        accepted.append(key)
        taken.add(key)
        for s, i, j in st.forms:
            starts, ends = _inner_spans(i, j)
            covered.update(zip(repeat(s), starts, ends))    # the tuples are built in C
    return accepted


@cache
def _inner_spans(i: int, j: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the n-grams of two words or more within words i..j."""
    spans = [(a, b) for a in range(i, j) for b in range(a + 2, j + 1)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)
