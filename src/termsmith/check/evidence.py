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
from functools import lru_cache

__all__ = ["Word", "collective_pronoun", "content_stems", "demonstrative", "deviation",
           "dictionary_sense", "explained", "heads", "is_heading", "led_by", "member_noun",
           "modifier_head", "named_person", "pronoun", "rest_of", "stem", "words"]

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


def _plain(w: str) -> str:
    w = w.casefold().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


@lru_cache(maxsize=65536)
def heads(rendering: str) -> frozenset[str]:
    """Stems of the head words of an English term: the last content word before its first
    preposition, in each conjunct.

    ``rejuvenation of the Chinese nation`` → rejuven; ``Chinese nation`` → nation;
    ``reform and opening up`` → reform, open; ``Marxism`` → marx.
    """
    ws = [_plain(w) for _, _, w in words(rendering)]
    for i, w in enumerate(ws):
        if i and w in _PREPOSITIONS:
            ws = ws[:i]
            break
    out: set[str] = set()
    conjunct: list[str] = []
    for w in [*ws, "and"]:
        if w in ("and", "or"):
            content = [c for c in conjunct if c not in _FUNCTION]
            if content:
                out.add(stem(content[-1]))
            conjunct = []
        else:
            conjunct.append(w)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _modifiers(rendering: str) -> tuple[str, ...]:
    """Stems of the content words before the head of a one-conjunct term (``mass line`` → mass)."""
    ws = [_plain(w) for _, _, w in words(rendering)]
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
    return frozenset(stem(_plain(w)) for _, _, w in words(rendering) if _plain(w) not in _FUNCTION)


def find_stems(target_words: list[Word], stems: frozenset[str]) -> Word | None:
    """The first word of the target whose stem is one of ``stems``."""
    for w in target_words:
        if stem(_plain(w[2])) in stems:
            return w
    return None


def deviation(rendering: str, target: str, target_words: list[Word]) -> tuple[int, int] | None:
    """The span of a phrase that keeps the rendering's modifiers and swaps its head.

    ``mass line`` in "we follow the mass route" → "mass route". None when the
    rendering has no modifier or the target has no such phrase.
    """
    mods = _modifiers(rendering)
    if not mods:
        return None
    hd = heads(rendering)
    stems = [stem(_plain(w)) for _, _, w in target_words]
    n = len(mods)
    for i in range(len(stems) - n):
        if tuple(stems[i:i + n]) == mods and stems[i + n] not in hd \
                and _plain(target_words[i + n][2]) not in _FUNCTION \
                and all(not target[a[1]:b[0]].strip(" -") for a, b in
                        zip(target_words[i:i + n], target_words[i + 1:i + n + 1], strict=True)):
            return target_words[i][0], target_words[i + n][1]   # one phrase: no comma between
    return None


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
