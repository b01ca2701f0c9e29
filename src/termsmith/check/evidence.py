"""How much of an approved English rendering a target sentence holds: graded evidence.

A professional translation does not repeat a term the way its Chinese original
does. 马克思主义理论 becomes "Marxist theory", 中华民族伟大复兴 "the great renewal
of the Chinese nation", a term said again in the next clause "this path". A check
that wants the full rendering in every sentence cries wolf on such work; one that
takes any word of the rendering hides a wrong one ("the mass route" for "the mass
line"). The grades, from the evidence a terminologist would weigh:

* **present**: the approved rendering, an admitted short form or acronym, in any
  inflection (found by the caller's matcher);
* **loose**: the rendering's head word in any derived form (``Marxist`` for
  ``Marxism``, ``rejuvenating`` for ``rejuvenation``, ``nation`` for ``Chinese
  nation``: :func:`heads`, :func:`stem`), or the rendering of a term of the term
  base nested in the source term (caller), or a word of the rendering for a
  member noun (中国共产党人 "Chinese Communists": :func:`member_noun`), or a
  personal pronoun for a named person (邓小平同志 "he": :func:`named_person`);
* **absent**: nothing of it. :func:`deviation` finds the phrase that keeps the
  rendering's modifiers and swaps its head ("mass route"), for the message.

Pure functions of strings; no term base, no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

__all__ = ["Word", "carried_on", "collective_pronoun", "content_stems", "demonstrative",
           "deviation", "deviations", "dictionary_sense", "dictionary_words", "explained",
           "head_candidates", "head_words", "heads", "is_heading", "led_by", "linked_head",
           "member_noun", "modifier_head", "named_person", "opens_sentence", "plain", "pronoun",
           "rendered_elsewhere", "rest_of", "rest_rendered", "stem", "tail_swaps", "words"]

Word = tuple[int, int, str]            # start, end, the word as written

# Letters with inner apostrophes (People’s); a hyphen splits (pre-reform-and-opening-up).
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_PREPOSITIONS = frozenset("of with on from for in to at by into under over between against "
                          "among through toward towards".split())
_FUNCTION = _PREPOSITIONS | frozenset("a an the and or up out its their our this that these "
                                      "those".split())
# Suffixes stripped to reach a word's stem, longest first: inflection, then derivation
# (English morphology: -ism/-ist Marxism/Marxist, -ation/-ate rejuvenation/rejuvenate,
# -ity/-ous prosperity/prosperous, -ization modernization/modern, -ship relationship).
_SUFFIXES = tuple(sorted((
    "s es ies ed ing 's ’s "
    "ism isms ist ists istic ization izations isation isations ize izes ized izing ise "
    "ation ations ating ated ate ates ity ities ous ness ment ments ship ships ance ence "
    "al ally ic ical ically ive y").split(), key=len, reverse=True))
_MIN_STEM = 4


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude derivational stem: ``Marxist`` and ``Marxism`` → ``marx``, ``national`` → ``nation``.

    Suffixes come off until none is left that would leave four letters, so ``nation``
    keeps its ``-ation`` and ``line`` its ``e``. Coarse on purpose (``community`` and
    ``communism`` meet): it only decides whether a word is a *loose* rendering,
    reported at info, never that a term is present.
    """
    w = word.casefold().replace("’", "'")
    if w.endswith("ies") and len(w) > 5:
        w = w[:-3] + "y"                       # parties -> party
    while True:
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= _MIN_STEM:
                w = w[: -len(suffix)]
                break
        else:
            return w


def words(text: str) -> list[Word]:
    """The words of ``text`` with their offsets; a possessive stays on its word."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def plain(w: str) -> str:
    """``w`` casefolded, without a possessive ending."""
    w = w.casefold().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


@lru_cache(maxsize=65536)
def head_words(rendering: str) -> tuple[str, ...]:
    """The head words of an English term as written (casefolded): the last content word before
    its first preposition, in each conjunct, in order.

    ``rejuvenation of the Chinese nation`` → rejuvenation; ``reform and opening up`` →
    reform, opening.
    """
    ws = [plain(w) for _, _, w in words(rendering)]
    for i, w in enumerate(ws):
        if i and w in _PREPOSITIONS:
            ws = ws[:i]
            break
    out: list[str] = []
    conjunct: list[str] = []
    for w in [*ws, "and"]:
        if w in ("and", "or"):
            content = [c for c in conjunct if c not in _FUNCTION]
            if content:
                out.append(content[-1])
            conjunct = []
        else:
            conjunct.append(w)
    return tuple(out)


@lru_cache(maxsize=65536)
def heads(rendering: str) -> frozenset[str]:
    """Stems of the head words of an English term (:func:`head_words`).

    ``rejuvenation of the Chinese nation`` → rejuven; ``Chinese nation`` → nation;
    ``reform and opening up`` → reform, open; ``Marxism`` → marx.
    """
    return frozenset(stem(w) for w in head_words(rendering))


_AND = ("and", "or")


def head_candidates(target_words: list[Word], renderings: Sequence[str]) -> list[Word]:
    """The words of the target that are a head word of one of ``renderings`` in a derived form:
    what could render the term loosely ("Marxist" for Marxism, "path" for the path of ...).

    One member of a coordinated rendering joined to a word the rendering does not have
    is not ("policy and opening up" for "reform and opening up"): a conjunct swapped, not
    the pair said loosely.
    """
    wanted = frozenset().union(*map(heads, renderings))
    stems = [stem(plain(w)) for _, _, w in target_words]
    out = []
    for k in range(len(target_words)):
        if stems[k] not in wanted:
            continue
        for r in renderings:
            hw = head_words(r)
            own = content_stems(r)
            if not any(stem(h) == stems[k] for h in hw):
                continue
            if len(hw) > 1:
                before = k >= 2 and plain(target_words[k - 1][2]) in _AND \
                    and stems[k - 2] not in own and plain(target_words[k - 2][2]) not in _FUNCTION
                after = k + 2 < len(stems) and plain(target_words[k + 1][2]) in _AND \
                    and stems[k + 2] not in own and plain(target_words[k + 2][2]) not in _FUNCTION
                if before or after:
                    continue
            out.append(target_words[k])
            break
    return out


@lru_cache(maxsize=65536)
def _modifiers(rendering: str) -> tuple[str, ...]:
    """Stems of the content words before the head of a one-conjunct term (``mass line`` → mass)."""
    ws = [plain(w) for _, _, w in words(rendering)]
    for i, w in enumerate(ws):
        if i and w in _PREPOSITIONS:
            ws = ws[:i]
            break
    if "and" in ws or "or" in ws:
        return ()
    content = [w for w in ws if w not in _FUNCTION]
    return tuple(stem(w) for w in content[:-1])


@lru_cache(maxsize=65536)
def content_stems(rendering: str) -> frozenset[str]:
    """Stems of every content word of an English term."""
    return frozenset(stem(plain(w)) for _, _, w in words(rendering) if plain(w) not in _FUNCTION)


def find_stems(target_words: list[Word], stems: frozenset[str]) -> Word | None:
    """The first word of the target whose stem is one of ``stems``."""
    for w in target_words:
        if stem(plain(w[2])) in stems:
            return w
    return None


def deviation(rendering: str, target: str, target_words: list[Word]) -> tuple[int, int] | None:
    """The span of a phrase that keeps the rendering's modifiers and swaps its head.

    ``mass line`` in "we follow the mass route" → "mass route". None when the
    rendering has no modifier or the target has no such phrase.
    """
    return next(deviations(rendering, target, target_words), None)


def deviations(rendering: str, target: str, target_words: list[Word]
               ) -> Iterator[tuple[int, int]]:
    """The spans of every phrase that keeps the rendering's modifiers and swaps its head for
    another noun, in the order of the target (:func:`deviation`). The word after the
    modifiers must be a noun: in "Chinese Communists always keep" the modifier is a member
    noun followed by an adverb, no phrase with another head."""
    mods = _modifiers(rendering)
    if not mods:
        return
    hd = heads(rendering)
    stems = [stem(plain(w)) for _, _, w in target_words]
    n = len(mods)
    nouns: set[int] | None = None
    for i in range(len(stems) - n):
        if tuple(stems[i:i + n]) == mods and stems[i + n] not in hd \
                and plain(target_words[i + n][2]) not in _FUNCTION \
                and all(not target[a[1]:b[0]].strip(" -") for a, b in
                        zip(target_words[i:i + n], target_words[i + 1:i + n + 1], strict=True)):
            if nouns is None:
                from termsmith.harvest import tagger

                tagged = tagger.tag(target)
                nouns = {tagged.starts[k] for k, t in enumerate(tagged.tags) if t in "NP"}
            if target_words[i + n][0] in nouns:
                yield target_words[i][0], target_words[i + n][1]   # one phrase: no comma between


def tail_swaps(rendering: str, target: str, target_words: list[Word]
               ) -> Iterator[tuple[int, int]]:
    """The spans of every phrase that keeps the rendering's prepositional tail and puts another
    noun before it: "policy with Chinese characteristics" for "socialism with Chinese
    characteristics".

    English renderings of the genre put the distinctive part after the head (… with
    Chinese characteristics, … of Peaceful Coexistence); kept with another head noun it
    is the same wrong rendering as "mass route" for "mass line" (:func:`deviations`), only
    mirrored. The tail must have two content words or more (a tail like "of socialism"
    follows many nouns rightly), and the word before it must be a noun (tagger).
    """
    ws = [plain(w) for _, _, w in words(rendering)]
    cut = next((i for i, w in enumerate(ws) if i and w in _PREPOSITIONS), None)
    if cut is None or sum(w not in _FUNCTION for w in ws[cut:]) < 2:
        return
    tail = ws[cut:]
    own = content_stems(rendering)
    said = [plain(w) for _, _, w in target_words]
    nouns: set[int] | None = None
    for i in range(1, len(said) - len(tail) + 1):
        if said[i:i + len(tail)] != tail or stem(said[i - 1]) in own \
                or said[i - 1] in _FUNCTION:
            continue
        if nouns is None:
            from termsmith.harvest import tagger

            tagged = tagger.tag(target)
            nouns = {tagged.starts[k] for k, t in enumerate(tagged.tags) if t in "NP"}
        if target_words[i - 1][0] in nouns:
            yield target_words[i - 1][0], target_words[i + len(tail) - 1][1]


# -- the source side --------------------------------------------------------------

# Titles that follow a person's name in Chinese texts of the genre (邓小平同志, 李主席):
# a name so marked is a person, whom English refers back to with a pronoun.
_PERSON_TITLES = ("同志", "主席", "总书记", "总理", "副总理", "委员长", "书记", "先生", "女士",
                  "教授", "院士")
# Suffixes that make a member noun of an organisation or doctrine (共产党人 Communists,
# 党员 Party members): the English member noun is derived from the rendering's words.
_MEMBER_SUFFIXES = ("人", "员")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers)\b")


def named_person(source: str, end: int) -> bool:
    """Whether the term ending at ``source[end]`` is a person's name (a title follows it)."""
    return source.startswith(_PERSON_TITLES, end)


def member_noun(source: str, end: int) -> bool:
    """Whether the term ending at ``source[end]`` is the stem of a member noun (共产党 + 人)."""
    return source.startswith(_MEMBER_SUFFIXES, end)


# A demonstrative determiner and the noun phrase word after it ("this goal", "these theories").
_DEMONSTRATIVE = re.compile(
    r"\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch)\s+"
    r"(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|shall|"
    r"does|did|do|means|shows|showed|proves|proved|requires|required)\b)[A-Za-z][\w’'-]*")


def demonstrative(target: str) -> tuple[int, int] | None:
    """The span of the first demonstrative phrase of ``target`` ("this goal")."""
    m = _DEMONSTRATIVE.search(target)
    return m.span() if m else None


def opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens a sentence: nothing but quotes before it, or a full stop,
    question or exclamation mark."""
    before = text[:at].rstrip(" “\"'‘(")
    return not before or before[-1] in ".!?…"


def pronoun(target: str) -> tuple[int, int] | None:
    """The span of the first third-person personal pronoun of ``target``."""
    m = _PRONOUN.search(target)
    return m.span() if m else None


# A pronoun for a collective or a thing (a nation, a party, a policy): possessives and
# "they/them" anywhere, "it" unless it opens an impersonal clause ("It is important to").
_COLLECTIVE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Tt]hey|[Tt]hem|"
                         r"[Ii]t(?!\s+(?:is|was|has|had|will|would|seems|seemed|remains|"
                         r"should|must|can|could|may|might|takes|took|goes)\b))\b")


def collective_pronoun(target: str) -> tuple[int, int] | None:
    """The span of a pronoun that opens ``target`` and can stand for a collective or a thing
    (the subject carried on from the sentence before: "Its sufferings …"). A pronoun
    further in points to whatever the sentence itself has named."""
    m = _COLLECTIVE.match(target.lstrip(" “\"'‘"))
    if m is None:
        return None
    skip = len(target) - len(target.lstrip(" “\"'‘"))
    return m.start() + skip, m.end() + skip


# Marks that end a sentence (a heading has none); closing quotes and brackets may follow.
_ZH_END = "。！？!?；;…：:"
_EN_END = ".!?;:…"
_CLOSERS = "”’」』）)》】\"' \t"


def is_heading(source: str, target: str) -> bool:
    """Whether a pair is a heading or title: short, and no sentence-final mark on either side.

    Titles are rewritten rather than translated (a Chinese title that names a
    doctrine in full may have an English one that keeps its gist), so a term a
    title leaves out is not an error of the translation.
    """
    s, t = source.rstrip(_CLOSERS), target.rstrip(_CLOSERS)
    return bool(s and t) and len(s) <= 60 and "\n" not in s and s[-1] not in _ZH_END \
        and t[-1] not in _EN_END


# Marks that end a clause of a Chinese sentence: the unit a translation keeps or drops.
_ZH_CLAUSE = re.compile(r"[，；。！？：,;!?:]")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
MIN_CLAUSE_WORDS = 2      # dictionary words (two characters or more) besides the term


def omitted_clause(source: str, start: int, end: int, target: str) -> bool:
    """Whether the clause of ``source`` holding ``source[start:end]`` has no counterpart in
    ``target``: it has :data:`MIN_CLAUSE_WORDS` or more dictionary words besides the term
    and none of them (nor a name spelled in pinyin, nor a number) shows in the target,
    while another clause of the source does. Official translations condense: a clause
    left out is an omission to look at, not a wrong rendering of the term in it.

    The evidence is CC-CEDICT and pinyin (:mod:`termsmith.equivalents.lexicon`).
    """
    from termsmith.equivalents import lexicon

    said = [w for _, _, w in words(target)]
    stems = {lexicon.stem(w) for w in said}
    names = [w for w in said if w[:1].isupper()]
    numbers = set(_DIGITS.findall(target))

    def shown(lo: int, hi: int, skip: tuple[int, int] | None) -> tuple[int, int]:
        """(dictionary words of source[lo:hi] outside ``skip``, how many show in the target)."""
        text = source[lo:hi]
        listed = shows = 0
        for i, j, meanings in lexicon.links(text):
            if j - i < 2 or (skip and lo + i < skip[1] and lo + j > skip[0]):
                continue
            listed += 1
            if _is_name(text[i:j]):
                continue                      # shown only by its name (pinyin, below)
            if meanings & stems or any(lexicon.stems_match(m, s) for m in meanings
                                       for s in stems):
                shows += 1
        for i, j, _ in lexicon.pinyin_links(text, names):
            if not (skip and lo + i < skip[1] and lo + j > skip[0]):
                shows += 1
        shows += sum(1 for n in _DIGITS.findall(text) if n in numbers)
        return listed, shows

    bounds = [0, *(m.end() for m in _ZH_CLAUSE.finditer(source)), len(source)]
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if source[a:b].strip()]
    mine = next(((a, b) for a, b in clauses if a <= start < b), None)
    if mine is None or len(clauses) < 2:
        return False
    listed, shows = shown(*mine, (start, end))
    if listed < MIN_CLAUSE_WORDS or shows:
        return False
    return any(shown(a, b, None)[1] for a, b in clauses if (a, b) != mine)


@lru_cache(maxsize=65536)
def _is_name(chinese: str) -> bool:
    """Whether CC-CEDICT defines ``chinese`` as a name: its definition opens by spelling it in
    pinyin (邓小平 "Deng Xiaoping (1904-1997), Chinese communist leader, ..."). The words that
    describe a person or a place are not its translation; only the name is."""
    from termsmith.equivalents import lexicon

    # CC-CEDICT opens the definition of a name with the name: "Mao Zedong (1893-1976), ...".
    m = re.match(r"(?:[A-Z][a-z]+\s?)+", lexicon.dictionary().get(chinese, ""))
    names = [w for w in (m.group().split() if m else []) if lexicon.looks_like_pinyin(w.lower())]
    if not names:
        return False
    covered = {k for i, j, _ in lexicon.pinyin_links(chinese, names) for k in range(i, j)}
    return len(covered) == len(chinese)


# -- the dictionary ---------------------------------------------------------------

# What a CC-CEDICT definition says about itself rather than the word: prefixes of idiom
# glosses, the infinitive marker of verb senses, articles, remarks in brackets.
_SENSE_PREFIX = re.compile(r"^(?:lit\.|fig\.|to|the|a|an)\s+", re.I)
_SENSE_SKIP = re.compile(r"^(?:CL:|variant of|old variant|surname|abbr\.|see |used in|"
                         r"Taiwan pr\.|also written)", re.I)
_MAX_SENSE_WORDS = 5


@lru_cache(maxsize=4096)
def _senses(chinese: str) -> re.Pattern[str] | None:
    """One pattern for the definitions of the whole word ``chinese`` in CC-CEDICT (``中华民族``
    → "Chinese nation", "Chinese people"), each in any number and with a possessive."""
    from termsmith.equivalents import lexicon

    defs = lexicon.dictionary().get(chinese)
    if not defs:
        return None
    alternatives = []
    for sense in defs.split("/"):
        sense = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", sense).strip(" ,;.")
        if not sense or _SENSE_SKIP.match(sense) or not sense.isascii():
            continue
        while (m := _SENSE_PREFIX.match(sense)) is not None:
            sense = sense[m.end():]
        ws = re.findall(r"[A-Za-z]+(?:['’-][A-Za-z]+)*", sense)
        if not ws or len(ws) > _MAX_SENSE_WORDS or " ".join(ws) != re.sub(r"\s+", " ", sense):
            continue
        if all(w.lower() in lexicon.FUNCTION_WORDS or len(w) < 3 for w in ws):
            continue
        body = r"\s+".join(map(re.escape, ws))
        alternatives.append(body + r"(?:e?s)?(?:['’]s)?")
    if not alternatives:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(set(alternatives), key=len, reverse=True))
                      + r")\b", re.I)


def dictionary_sense(chinese: str, target: str) -> tuple[int, int] | None:
    """The span of a CC-CEDICT definition of the whole term ``chinese`` in ``target``.

    A translator who writes "the Chinese people" for 中华民族 where the desk approves
    "Chinese nation" uses a sense the word has: a variant to look at, not a wrong
    rendering. Only the whole term's definitions count, never those of its parts
    (路线 "route" does not excuse "mass route" for 群众路线).
    """
    pattern = _senses(chinese)
    if pattern is None:
        return None
    m = pattern.search(target)
    return m.span() if m else None


# Tag classes after a noun that end its phrase: a preposition, "of", a verb, a modal,
# punctuation, a conjunction (:mod:`termsmith.harvest.tagger`).
_PHRASE_END = frozenset("IOVM.,:;A")


def modifier_head(source: str, start: int, target: str) -> tuple[int, int] | None:
    """The span of a noun of ``target`` that renders the numeral and classifier just before
    ``source[start]`` and heads its own phrase: the term understood after it.

    党的第二代中央领导集体 → "the second generation with Deng Xiaoping at the core":
    the classifier 代 "generation" after the ordinal stands for the whole leadership;
    English drops the term the Chinese spells out. The Chinese must count (第二代,
    三届, 两批), the English noun must follow a number or ordinal and end its phrase
    (a preposition, a verb or punctuation follows), so "the second generation cadres"
    renders the term with another noun, and "strengthen" before 黑土保护 proves nothing.
    """
    from termsmith.equivalents import lexicon
    from termsmith.harvest import tagger

    m = _COUNTED.search(source, max(0, start - 8), start)
    if m is None:
        return None
    meanings = lexicon.meanings(m.group("classifier"))
    if not meanings:
        return None
    tagged = tagger.tag(target)
    tags = tagged.tags
    for k, token in enumerate(tagged.tokens):
        if tags[k] != "N" or k == 0 or not _COUNT_WORD.match(tagged.tokens[k - 1]):
            continue
        st = lexicon.stem(token)
        if st not in meanings and not any(lexicon.stems_match(st, x) for x in meanings):
            continue
        if k + 1 == len(tags) or tags[k + 1] in _PHRASE_END:
            return tagged.starts[k], tagged.ends[k]
    return None


# A Chinese count just before a term: an ordinal or numeral and a classifier (第二代, 三届,
# 两批, 第十四个), ending where the term starts.
_COUNTED = re.compile(r"(?:第)?[〇零一二两三四五六七八九十百千\d]+(?P<classifier>[代届批轮期任])$")
# An English word that counts: a cardinal or ordinal, in words or digits.
_COUNT_WORD = re.compile(
    r"(?i)^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|one|two|three|four|five|six|seven|eight|nine|ten|several|new|next)$")

def rest_of(source: str, spans: list[tuple[int, int]]) -> str:
    """``source`` with the given spans (a term's occurrences) blanked by a comma each, so no
    dictionary word runs across them."""
    out, at = [], 0
    for a, b in sorted(spans):
        if a >= at:
            out.append(source[at:a])
            out.append("，")
            at = b
    out.append(source[at:])
    return "".join(out)


def explained(rest: str, word: str) -> bool:
    """Whether an English ``word`` of the target renders some dictionary word of ``rest`` (the
    source outside the term): then it is no evidence of how the term was rendered
    ("socialism" in a target whose source also says 社会主义 on its own)."""
    from termsmith.equivalents import lexicon

    st = lexicon.stem(word)
    return any(st in meanings or any(lexicon.stems_match(st, m) for m in meanings)
               for _, _, meanings in lexicon.links(rest))


def rendered_elsewhere(rest: str, word: str) -> bool:
    """Whether an English ``word`` means a word of ``rest`` (the source outside a term) as a
    reader segments it (:func:`dictionary_words`): stricter than :func:`explained`, which
    takes every substring of the source, single characters included."""
    return any(_means(m, word) for _, _, m in dictionary_words(rest))


# The genre's formula for a leadership named after its leader: 以X同志为核心的党中央,
# 以X同志为总书记的党中央 (name, role, body). Official English says it "the CPC Central
# Committee with X at its core" or, condensed, "the Central Committee headed by X" (the
# Xinhua and CGTN style lists give both): the role and the body then live in "headed by".
_LED = re.compile(r"以(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?为(?P<role>[\u4e00-\u9fff]{1,4}?)的"
                  r"(?P<body>[^，。；、：！？,;:!?]{1,16})")
_LED_EN = re.compile(r"\b(?:headed|led|chaired)\s+(?:\w+\s+)?by\b", re.I)


def led_by(source: str, start: int, end: int, target: str) -> tuple[int, int] | None:
    """The span of "headed by" (or "led by") in ``target`` when ``source[start:end]`` is the
    role or the body of the formula 以X同志为核心的党中央 and the target names X."""
    en = _LED_EN.search(target)
    if en is None:
        return None
    from termsmith.equivalents import lexicon

    names = [w for _, _, w in words(target) if w[:1].isupper()]
    for m in _LED.finditer(source):
        if m.start("role") <= start and end <= m.end("body"):
            name = m.group("name")
            if sum(j - i for i, j, _ in lexicon.pinyin_links(name, names)) >= len(name):
                return en.span()
    return None


# -- which source word a target word renders --------------------------------------------

_MAX_WORD = 8          # characters of the longest CC-CEDICT headword looked up


@lru_cache(maxsize=4096)
def dictionary_words(source: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """The words of ``source`` as a reader segments it with CC-CEDICT: ``(start, end, stems of
    its meanings)``, two characters or more, none overlapping.

    The segmentation covers the most characters with the fewest words: 共产党员 is one
    word ("Communist Party member"), not also 共产, 党员 and 党; 中国人民 is 中国 + 人民,
    not 中国人 and a stray 民. A single character is too ambiguous to account for an
    English word (主 "master", "host", "lord", ...).
    """
    from termsmith.equivalents import lexicon

    d = lexicon.dictionary()
    n = len(source)
    # best[i]: (characters left uncovered, words) for source[i:], and the word taken there.
    best: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    take: list[int] = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        best[i], take[i] = (best[i + 1][0] + 1, best[i + 1][1]), i + 1
        for j in range(i + 2, min(n, i + _MAX_WORD) + 1):
            if source[i:j] in d and _glosses(source[i:j]):
                cost = (best[j][0], best[j][1] + 1)
                if cost < best[i]:
                    best[i], take[i] = cost, j
    out = []
    i = 0
    while i < n:
        j = take[i]
        if j - i >= 2:
            out.append((i, j, _glosses(source[i:j])))
        i = j
    return tuple(out)


@lru_cache(maxsize=65536)
def _glosses(chinese: str) -> frozenset[str]:
    """The content words (lowercased) of the CC-CEDICT definitions of ``chinese``, without the
    remarks in brackets ("(of systems, facilities etc) comprehensive" for 完善 says what the
    word is used of, not what it means) and without negated senses ("to not exist" for 没有
    means the opposite of "exist")."""
    from termsmith.equivalents import lexicon

    defs = lexicon.dictionary().get(chinese, "")
    defs = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", defs)
    senses = [d for d in defs.split("/") if d.strip() and not _SENSE_SKIP.match(d.strip())
              and not _NEGATED.search(d)]
    return frozenset(w.lower() for w in lexicon.content_words(" ".join(senses)))


_NEGATED = re.compile(r"\b(?:not|no|non|never|without|nor)\b|n['’]t\b", re.I)
_MIN_DERIVED = 5         # letters of the shorter word for two derived forms to be one word's


@lru_cache(maxsize=1 << 17)
def _means(meanings: frozenset[str], word: str) -> bool:
    """Whether an English ``word`` is one of a dictionary word's ``meanings`` (:func:`_glosses`):
    the same word, its plural, or a derived form when both are five letters or more
    (``national`` for "nation"; not ``evening`` for "even")."""
    from termsmith.equivalents import lexicon

    w = plain(word)
    if w in meanings or w.rstrip("s") in meanings or w + "s" in meanings:
        return True
    if len(w) < _MIN_DERIVED:
        return False
    st = lexicon.stem(w)
    return any(len(m) >= _MIN_DERIVED and (lexicon.stem(m) == st
                                           or lexicon.stems_match(lexicon.stem(m), st))
               for m in meanings)


def _anchors(source: str, target: str, skip_src: Sequence[tuple[int, int]],
             skip_tgt: Sequence[Word]) -> list[tuple[float, float]]:
    """Points of a pair known to render each other: ``(source position, target position)``,
    relative (0 to 1), in the order of both sentences.

    An anchor is a dictionary word of the source (outside ``skip_src``) that means one
    content word of the target (not in ``skip_tgt``) and no other, which no other source
    word means either: an unambiguous link. Of those, the longest chain in the same
    order on both sides is kept (the nearest the diagonal among equals), so a clause the
    translation moves does not drag the words around it.
    """
    from termsmith.equivalents import lexicon

    n_src, n_tgt = max(len(source), 1), max(len(target), 1)
    src_words = [(a, b, m) for a, b, m in dictionary_words(source)
                 if not any(a < y and x < b for x, y in skip_src)]
    skip = {w[0] for w in skip_tgt}
    tgt_words = [w for w in words(target) if w[0] not in skip
                 and w[2].casefold() not in lexicon.FUNCTION_WORDS]
    links = [(si, ti) for si, (_, _, m) in enumerate(src_words)
             for ti, (_, _, w) in enumerate(tgt_words) if _means(m, w)]
    per_src = Counter(si for si, _ in links)
    per_tgt = Counter(ti for _, ti in links)
    points = sorted(((src_words[si][0] + src_words[si][1]) / 2 / n_src,
                     (tgt_words[ti][0] + tgt_words[ti][1]) / 2 / n_tgt)
                    for si, ti in links if per_src[si] == 1 and per_tgt[ti] == 1)
    # Longest increasing chain (more points first, then less distance from the diagonal).
    best: list[tuple[int, float, int]] = []        # (length, -distance, previous) per point
    for k, (ps, pt) in enumerate(points):
        here = (1, -abs(ps - pt), -1)
        for q in range(k):
            if points[q][1] < pt and (best[q][0] + 1, best[q][1] - abs(ps - pt)) > here[:2]:
                here = (best[q][0] + 1, best[q][1] - abs(ps - pt), q)
        best.append(here)
    if not best:
        return []
    k = max(range(len(best)), key=lambda q: best[q][:2])
    chain = []
    while k >= 0:
        chain.append(points[k])
        k = best[k][2]
    return chain[::-1]


def _project(p: float, anchors: list[tuple[float, float]]) -> float:
    """Where source position ``p`` falls in the target: between the nearest anchors on either
    side, in proportion; beside the nearest one when it has only one side; ``p`` itself
    without anchors."""
    left = [a for a in anchors if a[0] <= p]
    right = [a for a in anchors if a[0] > p]
    if left and right:
        (s0, t0), (s1, t1) = left[-1], right[0]
        return t0 + (t1 - t0) * (p - s0) / (s1 - s0)
    if left:
        s0, t0 = left[-1]
        return min(1.0, t0 + (p - s0))
    if right:
        s1, t1 = right[0]
        return max(0.0, t1 - (s1 - p))
    return p


def linked_head(source: str, term_spans: list[tuple[int, int]], target: str,
                candidates: list[Word], accounted: Sequence[tuple[int, int]] = ()
                ) -> Word | None:
    """The first of ``candidates`` (words of the target that could render the term: its head
    word in any form) that renders the term rather than another word of the source.

    A word of the target renders one word of the source. "Socialism" in a sentence whose
    source says 中国特色社会主义 and, elsewhere, 社会主义 on its own may be either's;
    English keeps the order of a sentence's parts roughly as the Chinese has them, so
    each candidate is linked, one to one, to the occurrence of the term or the other
    dictionary word meaning it that stands nearest it in relative position (competitive
    linking, as in word alignment). A candidate linked to an occurrence of the term is
    evidence of a loose rendering; when every candidate goes to other source words, the
    term has none, however often its head word is said. Source spans in ``accounted``
    (other terms rendered as approved) explain nothing; ``term_spans`` inside them
    (the term nested in a longer term rendered as approved) need nothing.
    """
    if not candidates:
        return None

    def inside(a: int, b: int) -> bool:
        return any(x <= a and b <= y for x, y in accounted)

    spans = [(a, b) for a, b in term_spans if not inside(a, b)]
    if not spans:
        return None
    blanked = list(source)
    for a, b in [*term_spans, *accounted]:
        blanked[a:b] = "，" * (b - a)
    others = [(a, b, m) for a, b, m in dictionary_words("".join(blanked))
              if any(_means(m, w) for _, _, w in candidates)]
    n_src, n_tgt = max(len(source), 1), max(len(target), 1)
    # Word order differs (a Chinese adverbial of manner ends the English sentence), so a
    # source position is carried into the target by the words around it that the
    # dictionary links (anchors), not taken as it is.
    anchors = _anchors(source, target, [*term_spans, *accounted, *((a, b) for a, b, _ in others)],
                       candidates)
    # Source items: occurrences of the term (True) and other words that could be meant.
    items = [(_project((a + b) / 2 / n_src, anchors), True, frozenset[str]()) for a, b in spans]
    items += [(_project((a + b) / 2 / n_src, anchors), False, m) for a, b, m in others]
    edges = sorted(
        (abs(ps - (c[0] + c[1]) / 2 / n_tgt), ci, si)
        for ci, c in enumerate(candidates) for si, (ps, term, m) in enumerate(items)
        if term or _means(m, c[2]))
    taken_c: set[int] = set()
    taken_s: set[int] = set()
    linked: list[int] = []
    for _, ci, si in edges:
        if ci in taken_c or si in taken_s:
            continue
        taken_c.add(ci)
        taken_s.add(si)
        if items[si][1]:
            linked.append(ci)
    return candidates[min(linked)] if linked else None


# A pronoun that carries a noun phrase on: possessive or object, third person.
_CARRIER = re.compile(r"\b(?:its|their|them)\b", re.I)


def carried_on(source: str, term_spans: Sequence[tuple[int, int]], target: str,
               candidates: Sequence[Word]) -> tuple[int, int] | None:
    """The span of a pronoun ("its") that carries the term on, when the source names the same
    thing twice: first by the term's own head noun alone, then in full.

    我们的民族历经磨难，中华民族到了最危险的时候 → "our nation has gone through
    tribulations and faced its greatest perils": Chinese repeats the noun phrase
    where English says it once and refers back with a pronoun. The head noun is
    the longest dictionary word ending the term that one of the ``candidates`` (its
    head word in the target) renders; it must stand before an occurrence of the term,
    and the pronoun after that candidate. (When the term comes first and the bare noun
    after, 坚持中国特色社会主义，就是坚持社会主义, the two are contrasted, not one.)
    """
    if not candidates or not term_spans:
        return None
    a, b = min(term_spans)
    term = source[a:b]
    for k in range(1, len(term) - 1):
        noun = term[k:]
        gloss = _glosses(noun)
        if not gloss or not any(_means(gloss, w) for _, _, w in candidates):
            continue
        alone = [i for i in _find_all(source, noun)
                 if not any(x <= i < y for x, y in term_spans)]
        if not any(i < a for i in alone):
            return None
        first = min(w[1] for w in candidates if _means(gloss, w[2]))
        m = _CARRIER.search(target, first)
        return m.span() if m else None
    return None


def _find_all(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def rest_rendered(term: str, inner: str, renderings: Sequence[str], target: str,
                  span: tuple[int, int]) -> bool:
    """Whether the rendering of the nested term ``inner`` at ``span`` stands for the whole
    ``term``: unless another noun holds it, the rest of the term must show in that noun's
    phrase (a word of the term's rendering the nested one lacks, or a dictionary meaning of
    a word of the rest).

    English makes a noun phrase of a term around a nested one: "the great renewal of the
    Chinese nation" renders 中华民族伟大复兴 (伟大 "great" in the phrase that holds
    "Chinese nation"), while "the cause of the Chinese nation" and "Mao Zedong policy"
    render only the 中华民族 and 毛泽东 inside 中华民族伟大复兴 and 毛泽东思想: the noun
    that holds them is another word. Not held ("do more to keep black soil fertile" for
    加强黑土地保护), the nested rendering says the term loosely.
    """
    from termsmith.harvest import tagger

    tagged = tagger.tag(target)
    toks, tags = tagged.tokens, tagged.tags
    at = [k for k in range(len(toks)) if tagged.starts[k] < span[1] and span[0] < tagged.ends[k]]
    if not at:
        return True
    lo, hi = at[0], at[-1]
    phrase: list[int] = []
    after = hi + 1 + (hi + 1 < len(tags) and tags[hi + 1] == "S")
    if after < len(tags) and tags[after] in "NP":            # X N: "Mao Zedong policy"
        phrase = [after]
    else:                                                    # N of (the) X
        k = lo - 1
        if k >= 0 and tags[k] == "D":
            k -= 1
        if k >= 1 and tags[k] == "O" and tags[k - 1] in "NP":
            phrase = [k - 1]
    if not phrase:
        return True
    k = phrase[0] - 1
    while k >= 0 and tags[k] in "JNPEG":                      # its modifiers: "great renewal"
        phrase.append(k)
        k -= 1
    rest = term.replace(inner, "，")
    glosses = [m for _, _, m in dictionary_words(rest)]
    own = frozenset().union(*map(content_stems, renderings)) - content_stems(
        target[span[0]:span[1]])
    if not glosses:
        return True               # nothing the dictionary can look for (中国化: a suffix)
    return any(stem(plain(toks[k])) in own or any(_means(m, toks[k]) for m in glosses)
               for k in phrase)
