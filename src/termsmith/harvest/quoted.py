"""Quoted terms: slogans, programme names and scare-quoted words; quotations kept apart.

Government transcripts put their set phrases in quotes ("Leading Wild Goose",
"nine delicacies and 18 products"); they also quote whole remarks and song
lines, which are evidence but not terms. American style puts a closing comma or
full stop inside the quotes, which is never part of the term.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from termsmith.document import Segment
from termsmith.frequency import zipf
from termsmith.harvest.base import Candidate, Kind, Occurrence
from termsmith.harvest.lexicon import FUNCTION_WORDS, SPEECH_VERBS, unknown_to_english
from termsmith.harvest.tagger import lexicon, tag
from termsmith.matcher import Matcher
from termsmith.text import Sentences, sentences

# Punctuation that American style puts inside closing quotes (and colons, dashes).
_TRAILING = ".,;:!?…—–- "
_SENTENCE_FINAL = re.compile(r"[.!?…]$")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# A quotation is introduced by a speech verb and a comma or colon: `commented, "`,
# `as one villager put it, "`, `as he told reporters: "`.
_INTRO = re.compile(r"[,:]\s*$")
# The words for a saying or a slogan, which the patterns below name it by.
_SAYINGS = "saying|adage|proverb|motto|slogan"
# The "that" of reported speech right before a quote, or the word for a slogan ("our
# slogan is", "the theme this year is", "the theme set by the UNODC for this year's
# International Day against Drug Abuse is", "summed up in one sentence:"): a saying or
# slogan cited whole follows.
_DICTUM = re.compile(rf"(?:\bthat|\b(?:{_SAYINGS}|theme|tagline)s?"
                     r"(?:[^.;!?\"“”]{0,120}?\s+(?:is|was))?|\b(?:phrases|words|one sentence):)\s+$",
                     re.I)
# The leader and the classics whose words the genre cites as set formulations, named in
# the clause that introduces a quote (its speech verb, then a comma or colon, right
# before it): `As the Book of Rites puts it, "All living things grow side by side ..."`.
_LEADER = re.compile(r"(?:Xi Jinping|President Xi|General Secretary Xi|Book of [A-Z][a-z]+|"
                     r"Classic of [A-Z][a-z]+|Analects|Confucius|Mencius|Laozi|"
                     r"ancient Chinese (?:saying|sage|poem|classic))\b[^.;!?\"“”]{0,60}"
                     r"\b(?:said|says|stressed|stresses|noted|notes|pointed out|emphasized|"
                     r"put it|puts it|goes|stated|remarked|observed)\b[^.;!?\"“”]{0,20}[,:]\s*[\"“]?\Z")
# A saying named right before the colon or comma that opens it, or with where it is said
# ("a saying in the mountains:", "the carmaker's slogan,"), or said to go ("as the saying
# goes,", "as a well-known song puts it,"), or a poem's or song's famous line ("with the
# famous line:"); a speech verb's colon opens a remark (_introduced).
_NAMED_SAYING = re.compile(rf"\b(?:{_SAYINGS})s?(?:\s+[a-z]+){{0,4}}:\s+$"
                           rf"|\b(?:{_SAYINGS})s?,\s+$"
                           r"|\b(?:saying|adage|proverb|song|poem|ballad)\s+(?:goes|puts it|says),\s+$"
                           r"|\b(?:famous|well-known|popular|memorable)\s+(?:line|verse|lyric)s?:\s+$")
# A saying of the people, said by a collective rather than a speaker, which the genre
# quotes as a set phrase of a place or trade (`as farmers here put it, "...`, `people in
# Shanxi like to say, "...`, `we often say, "...`, `people often say "...`): its speech
# verb's subject is a people, a trade or "we", with adverbs and a place between (or the
# place after the verb).
_FOLK_SAYING = re.compile(
    r"\b(?:[Pp]eople|[Ll]ocals|[Ff]armers|[Vv]illagers|[Hh]erders|[Ff]ishermen|[Rr]esidents|"
    r"[Ww]e|[Ee]lders|[Tt]ea growers|[Ff]olks)"
    r"(?:\s+(?:here|there|often|usually|always|still|also|would|like to|love to"
    r"|in\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
    r"|in\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+China))*"
    r"\s+(?:say|put it|joke|call it)"
    # (where it is said may follow the verb: `as we often say here,`, `as we say in
    # Sanmenxia,`)
    r"(?:\s+(?:here|there|locally|in\s+[A-Z][\w'-]*))?\s*[,:]?\s*$")
_INTRO_CLAUSE = re.compile(r"[^.;!?,:\"“”]*$")
# A remark's speaker and speech verb after it and its comma: `"We ...," one of them said.`
_SAID_AFTER = re.compile(r"[ ]+(?:[\w'’-]+[ ]+){0,4}?(?:said|says|told|added|noted|explained|"
                         r"recalled|replied|asked)\b")
_INTRO_WORDS = 3          # the speech verb is among the last words before the comma
_INTRO_REACH = 120        # characters looked back (keeps the search linear)
_MAX_TERM_WORDS = 16
# A quote in lowercase is a slogan or a set principle, not a remark, up to this many
# words: the genre quotes its principles whole ("people in rural areas can drink water of
# the same quality from the same source as people in urban areas", 21 words).
_MAX_SLOGAN_WORDS = 30
_NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
_QUOTE_MARKS = "\"“”‘'"
_ARTICLE = re.compile(r"(?:the|a|an)\s+")
# The number a white paper's chapter or section is listed by, before its title: a Roman
# or Arabic numeral and a full stop ("IV. ", "3. ").
_CHAPTER_NUMBER = re.compile(r"(?:[IVX]{1,4}|[1-9]\d?)\. (?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted span: offsets of the content (inside the quote marks)."""

    start: int
    end: int

    def outer(self) -> tuple[int, int]:
        """Offsets including the quote marks."""
        return self.start - 1, self.end + 1


def find_quotes(text: str) -> list[Quote]:
    """Find quoted spans in a paragraph: straight, curly double and curly single quotes.

    Straight double quotes pair up in order. A straight or curly single quote
    counts only where it cannot be an apostrophe (``world's``, ``Xing'an``).
    """
    quotes: list[Quote] = []
    opened: int | None = None
    skip_to = -1
    # Visit only the quote characters.
    for i in _quote_marks(text):
        if i <= skip_to:
            continue
        c = text[i]
        if c == '"':
            if opened is None:
                opened = i
            else:
                quotes.append(Quote(opened + 1, i))
                opened = None
        elif c == "“" and opened is None:
            opened = i
        elif c == "”" and opened is not None and text[opened] == "“":
            quotes.append(Quote(opened + 1, i))
            opened = None
        elif c in "‘'" and opened is None and _opens_single(text, i):
            close = _close_single(text, i + 1)
            if close is not None:
                quotes.append(Quote(i + 1, close))
                skip_to = close
    return [q for q in quotes if text[q.start:q.end].strip()]


def _quote_marks(text: str) -> list[int]:
    """The offsets of the quote characters in ``text``, in order: found with ``str.find``
    per character, several times faster than a regex scan of a paragraph with a class
    of non-ASCII characters (most paragraphs have none or a few)."""
    found: list[int] = []
    for c in _QUOTE_MARKS:
        i = text.find(c)
        while i >= 0:
            found.append(i)
            i = text.find(c, i + 1)
    found.sort()
    return found


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–") and after.isalnum()


def _close_single(text: str, i: int) -> int | None:
    for j in range(i, min(len(text), i + 200)):
        if text[j] in "’'":
            after = text[j + 1] if j + 1 < len(text) else " "
            before = text[j - 1]
            if not after.isalnum() and not before.isspace():
                return j
        elif text[j] in "\n\"“”":
            return None
    return None


def harvest(segments: Iterable[Segment]) -> Iterator[Candidate]:
    """Yield quoted terms (kind QUOTED) and quoted sentences (kind QUOTATION).

    A quoted phrase the text says again and again, in quotes or not, is a set phrase of
    the text (a slogan, a programme's wording): each further occurrence adds 0.05 to
    its score, up to 0.15, as repetition does for names. The document is read first.
    """
    found: list[Candidate] = []
    content = [seg for seg in segments if seg.role.is_content]
    for seg in content:
        quotes = find_quotes(seg.text)
        if not quotes:
            continue        # most paragraphs: no sentence index needed
        spans = Sentences(sentences(seg.text))
        found.extend(_scare_phrases(seg, quotes, spans))
        for q in quotes:
            cand = _candidate(seg, q, spans)
            if cand is not None:
                found.append(cand)
    said = _said(content, {c.term for c in found if c.kind is Kind.QUOTED})
    for c in found:
        n = said[c.term.casefold()] if c.kind is Kind.QUOTED else 1
        if n > 1:
            # Built whole (positional arguments), not through dataclasses.replace, which
            # looks the fields up again for every candidate.
            score = round(min(1.0, c.score + min(_REPEATED, 0.05 * (n - 1))), 2)
            c = Candidate(c.term, c.kind, score, c.occurrence, f"{c.evidence}, said {n} times",
                          c.gloss, c.related, c.category)
        yield c


_REPEATED = 0.15    # the most that repetition adds to a quoted phrase's score


def _said(segments: list[Segment], terms: set[str]) -> Counter[str]:
    """How often each of ``terms`` is said (whole words, any case), keyed by casefold:
    one automaton pass over the text."""
    said: Counter[str] = Counter()
    if not terms:
        return said
    matcher: Matcher[str] = Matcher([(t, t.casefold(), False) for t in terms])
    for seg in segments:
        # Every match as one list from the automaton in Rust (spans_all_except, none
        # known), about twice as fast here as spans_all's iterator.
        said.update(value for _, _, value in matcher.spans_all_except(seg.text, ()))
    return said


def _sentence_for(spans: Sentences, start: int, end: int, n: int) -> tuple[int, int]:
    """The union of the sentences that the span [start, end) touches."""
    return spans.touching(start, end) or (0, n)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to the term: no trailing punctuation or parenthetical."""
    body = text[start:end]
    # A gloss inside the quotes ("... to follow (This means ...)") is the glossed
    # harvester's business; the term stops before it.
    paren = body.find("(")
    if paren > 0 and body.rstrip(_TRAILING).endswith(")"):
        end = start + paren
    while end > start and text[end - 1] in _TRAILING:
        if text[end - 1] == "-" and end - 2 > start and text[end - 2].isalpha():
            break   # a suspended prefix keeps its hyphen: the "four pre-" (预报、预警 ...)
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    # A leading article is grammar, not term: "a streamlined event"; so is a chapter's
    # number before its title: "II. Steadily Enhancing the Carbon Sink Capacity of
    # Forests".
    m = _ARTICLE.match(text, start, end) or _CHAPTER_NUMBER.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    return start, end


def _candidate(seg: Segment, q: Quote, spans: Sentences) -> Candidate | None:
    text = seg.text
    start, end = _trim(text, q.start, q.end)
    if start >= end:
        return None
    term = " ".join(text[start:end].split())
    words = _WORD.findall(term)
    if not words or len(term) < 2:
        return None     # (one letter or digit quoted names a part of something said
                        # before it: the "N" of a "1+N" framework)
    if _is_scare_modifier(text, q, words):
        return None     # handled as part of a phrase by _scare_phrases
    if _graded(words):
        return None     # `fiscal policy will be "more proactive"`: a judgement, no term
    s0, s1 = _sentence_for(spans, q.start - 1, q.end + 1, len(text))
    occ = Occurrence(line=seg.line, speaker=seg.speaker, sentence=text[s0:s1],
                     start=start - s0, end=end - s0)
    if _is_quotation(text, q, term, words):
        if _classic_line(text, q):
            return Candidate(term=term, kind=Kind.QUOTED, score=_CLASSIC_SCORE, occurrence=occ,
                             evidence="a line of a classic or a poem, cited whole")
        return Candidate(term=term, kind=Kind.QUOTATION, score=0.1, occurrence=occ,
                         evidence="quoted sentence (a remark or quotation, not a term)")
    score, why = _score(term, words)
    if not words[0][:1].isupper() and _classic_line(text, q, _POEM) and any(
            c in "VE" for c in tag(term).tags):
        # a lowercase line of a poem or a classic, cited in part: `the poet wrote that the
        # merchant "went to Fuliang to buy tea"`, ranked as the lines cited whole are (a
        # white paper's words cited in part are the paper's formulation, a term)
        score, why = _CLASSIC_SCORE, "a line of a classic or a poem, cited in part"
    return Candidate(term=term, kind=Kind.QUOTED, score=score, occurrence=occ, evidence=why)


def _graded(words: list[str]) -> bool:
    """A comparative of adjectives alone ("more proactive", "more open and inclusive"):
    a degree said of something named elsewhere; the phrase it grades is the term."""
    if len(words) > 4 or words[0].lower() not in ("more", "less"):
        return False
    tags = tag(" ".join(words[1:]).lower()).tags
    return bool(tags) and all(t in "JRAE" for t in tags)


# A title announced as one: `a white paper titled "Social Security in China: Safeguarding
# the Well-being of 1.4 Billion People."`, its full stop the sentence's.
_TITLED = re.compile(r"\b(?:titled|entitled)\s+[\"“]?\Z")


def _is_quotation(text: str, q: Quote, term: str, words: list[str]) -> bool:
    """Tell a quoted sentence (a remark, lyrics) from a quoted term or slogan."""
    if _TITLED.search(text, max(0, q.start - 12), q.start):
        return False
    # (a quote opening with a lowercase article is a slogan's phrase, its next word a
    # name: `the principle of "the CMC takes charge of ..., and the services focus on
    # development"`)
    capitalised = words[0][0].isupper() and not text[q.start:q.end].lstrip()[:1].islower()
    if len(words) > _MAX_SLOGAN_WORDS:
        return True
    titled = sum(w[0].isupper() for w in words if w.lower() not in FUNCTION_WORDS)
    title_case = titled >= max(1, len([w for w in words if w.lower() not in FUNCTION_WORDS]) - 1)
    if capitalised and len(words) > _MAX_TERM_WORDS and not title_case:
        # (a title in Title Case is as long as a white paper's: "Together as One Family:
        # Forging a Strong Sense of Community for the Chinese Nation in the New Era"; and
        # a saying named or a dictum cited as such is a slogan's length)
        return not _cited(text, q)
    inner = text[q.start:q.end].strip()
    if not capitalised or title_case:
        return False            # slogans and titles: "clear waters ...", "Dream of Winter, ..."
    if _cited(text, q):
        return False
    if _introduced(text, q.start - 1) or (
            text[q.end - 1] == "," and _SAID_AFTER.match(text, q.end + 1)):
        return len(words) >= 4      # (its speaker before it or after it)
    if (len(words) <= _MAX_TERM_WORDS and _SENTENCE_FINAL.search(inner)
            and text[max(0, q.start - 3):q.start - 1].rstrip()[-1:] in ("", ".", "!", "?")):
        # a saying that is a sentence of its own, no speaker's verb before it or after
        # it, is the speaker's motto: `Thank you. "Safety is the lifeline of the
        # railway." We enforce ...`
        return False
    if _DICTUM.search(text, max(0, q.start - 150), q.start - 1):
        # `wrote that "The Huaihe River must be harnessed well."`, `we often say that
        # "Whether China has achieved prosperity will be judged by ..."`: a saying or an
        # instruction cited whole, which the genre renders the same way every time (a
        # remark is introduced by its speaker's verb and a comma or colon: above)
        return False
    # (a list of noun phrases with no verb is a slogan, its full stop the sentence's:
    # `a BeiDou that is "China's BeiDou, the world's BeiDou and a first-class BeiDou."`)
    return (len(words) >= 6 and bool(_SENTENCE_FINAL.search(inner))
            and any(c in "VBM" for c in tag(inner).tags))


# A line of a poem or a classic cited whole, its source named in the words before it in
# its sentence ("As the Tang Dynasty poet Li Bai wrote, "...", "the famous line "...",
# "According to Mencius, "..."): the genre quotes such lines for a place or a virtue, and
# renders each the same way every time (the written transcripts' lists keep 6 of the 13
# they quote); a term candidate, ranked below the slogans. So is a sentence of the white
# paper a release cites ("As the white paper says, "China's door will only open
# wider."": kept in 6 of the 10 cited so). _POEM is the poems' and classics' part alone
# (a line cited in part: _candidate).
_POEM = re.compile(r"\b(?:poet|poem|poems|verse|verses|line|lines|preface|ode)\b"
                   r"|\bAccording to (?:Confucius|Mencius|Laozi|Zhuangzi|the Analects)\b")
_CLASSIC = re.compile(_POEM.pattern
                      + r"|\bwhite paper (?:says|said|states|stated|puts it|notes|noted)\b")
_CLASSIC_REACH = 120
_CLASSIC_SCORE = 0.4


def _classic_line(text: str, q: Quote, source: re.Pattern[str] = _CLASSIC) -> bool:
    """Whether a quoted sentence is a line of a poem or a classic, or a white paper's
    sentence its release cites (:data:`_CLASSIC`; ``source``: what its sentence must name
    before it)."""
    head = text[max(0, q.start - _CLASSIC_REACH):q.start]
    stop = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    return source.search(head, stop + 1) is not None


def _cited(text: str, q: Quote) -> bool:
    """Whether a quote is cited as a set formulation: a dictum of the country's leader
    or a classic, rendered the same way every time (`As General Secretary Xi Jinping has
    stressed, "People's cities are built by the people, ..."`), or a saying named before
    its colon (`there is an old saying: "Water can carry a boat and ..."`), or a saying of
    the people (`as people here say, "..."`)."""
    return (_LEADER.search(text, max(0, q.start - _INTRO_REACH), q.start) is not None
            or _NAMED_SAYING.search(text, max(0, q.start - 50), q.start - 1) is not None
            or _FOLK_SAYING.search(text, max(0, q.start - 80), q.start - 1) is not None)


def _introduced(text: str, opening: int) -> bool:
    """True when the quote opening at ``opening`` follows ``speech verb ...,`` or ``:``."""
    head = text[max(0, opening - _INTRO_REACH):opening]
    m = _INTRO.search(head)
    if m is None:
        return False
    clause = _INTRO_CLAUSE.search(head[:m.start()])
    tail = _WORD.findall(clause.group() if clause else "")[-_INTRO_WORDS:]
    return any(w.lower() in SPEECH_VERBS for w in tail)


def _is_scare_modifier(text: str, q: Quote, words: list[str]) -> bool:
    """A single quoted lowercase word used as a modifier: ``"cold" resources``."""
    if len(words) != 1 or not words[0][0].islower():
        return False
    # `"harmony," reflecting ...`: punctuation inside the quotes ends the phrase.
    if not text[q.end - 1].isalnum():
        return False
    m = _NEXT_WORD.match(text, q.end + 1)      # (no copy of the rest of the line)
    return m is not None and m.group(1) not in FUNCTION_WORDS and m.group(1) not in _DEFINING


# The verbs that say what a quoted word means: `"Reducing" means cutting excess capacity,
# and "extending" means lengthening the chain` explains a slogan's members one by one; the
# word is the subject, modifying nothing.
_DEFINING = frozenset({"means", "meant", "refers", "referred", "stands", "signifies",
                       "denotes", "represents", "implies"})
_SHAPED = "-shaped "
# Tag classes (harvest.tagger) that end the noun phrase a scare-quoted word modifies.
_NOT_NOMINAL = frozenset("VBERM")


def _scare_phrases(seg: Segment, quotes: list[Quote],
                   spans: Sentences) -> Iterator[Candidate]:
    """Join scare-quoted modifiers with their nouns into one phrase.

    ``turn "cold" resources into "hot" economy`` gives the slogan
    ``cold resources into hot economy``: the quoted words alone are adjectives,
    not terms; the phrase is what a translator must render consistently.
    """
    text = seg.text
    pieces: list[tuple[int, int]] = []     # (start, end) of each "modifier" + noun phrase
    shapes: set[int] = set()               # the starts of the pieces of a shape's name
    for q in quotes:
        words = _WORD.findall(text[q.start:q.end])
        # A character's shape that names a thing ("ji"-shaped bend, 几字弯; a "mi"-shaped
        # railway hub, 米字型): the quoted character is kept quoted in the name.
        shaped = len(words) == 1 and text.startswith(_SHAPED, q.end + 1)
        if not shaped and not _is_scare_modifier(text, q, words):
            continue
        end = q.end + 1 + (len(_SHAPED) if shaped else 0)
        if shaped:
            shapes.add(q.start - 1)
        head = end
        for m in _WORD.finditer(text, end):
            gap = text[end:m.start()]
            if gap.strip() or m.group().lower() in FUNCTION_WORDS or not m.group()[0].isalpha():
                break
            if end > head and lexicon().get(m.group().lower()) in _NOT_NOMINAL:
                break       # a verb or adverb after the noun: '"cold" resources grew'
            end = m.end()
        if shaped and end == q.end + 1 + len(_SHAPED):
            continue        # (a shape said of nothing: '"ji"-shaped.')
        pieces.append((q.start - 1, end))
        word = text[q.start:q.end]
        coined = "-" in word.strip("-")
        noun = not shaped and end > head and lexicon().get(word) == "N"
        if not shaped and (coined or noun or _loanword(word)):
            # A coined compound in the quotes is a term of its own as well ("road-to-water"
            # shift): the glossary lists the coinage, as it lists a quoted number ("33618");
            # so is a word English does not have, a loanword in pinyin ("dibao" families),
            # and a noun quoted as the name of a thing or a charge, said before the noun
            # it names ("forerunner" system, "overcapacity" claim: 领跑者, 产能过剩), scored
            # as a quoted single word (an adjective, "cold" resources, describes only).
            s0, s1 = _sentence_for(spans, *q.outer(), len(text))
            yield Candidate(term=word, kind=Kind.QUOTED,
                            score=_score(word, words)[0] if noun and not coined else 0.6,
                            occurrence=Occurrence(line=seg.line, speaker=seg.speaker,
                                                  sentence=text[s0:s1], start=q.start - s0,
                                                  end=q.end - s0),
                            evidence=("scare-quoted coinage" if coined else
                                      "scare-quoted noun" if noun else "scare-quoted loanword"))
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        if merged:
            gap = text[merged[-1][1]:s]
            gap_words = gap.split()
            if 0 < len(gap_words) <= 2 and all(w.lower() in FUNCTION_WORDS for w in gap_words):
                merged[-1] = (merged[-1][0], e)
                continue
        merged.append((s, e))
    for s, e in merged:
        s0, s1 = _sentence_for(spans, s, e, len(text))
        term = " ".join((text[s:e] if s in shapes else
                         text[s:e].replace('"', "").replace("“", "").replace("”", "")).split())
        occ = Occurrence(line=seg.line, speaker=seg.speaker, sentence=text[s0:s1],
                         start=s - s0, end=e - s0)
        yield Candidate(term=term, kind=Kind.QUOTED, score=0.6, occurrence=occ,
                        evidence="phrase built on scare-quoted words")


# Below this general-English frequency (Zipf) a word the tagger's lexicon does not know
# either is no English word: pinyin such as "dibao", "xiaokang" (0) or "hukou" (2.0,
# from English texts about China), where "harmony" is 4.1 and "jin" 4.0.
_LOANWORD_ZIPF = 2.5


def _loanword(word: str) -> bool:
    """A word English does not have: unknown to the lexicon and rare in general English."""
    low = word.lower()
    return low.isalpha() and low.isascii() and unknown_to_english(low, _LOANWORD_ZIPF)


def _score(term: str, words: list[str]) -> tuple[float, str]:
    """Score a quoted term: named programmes and multi-word slogans high, common words low."""
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if not content:
        return 0.15, "quoted function words"
    if len(words) == 1:
        z = zipf(words[0].lower())
        if words[0][0].isupper():
            return 0.75, "quoted name"
        # A quoted common word ("beauty") is emphasis more often than a term.
        score = 0.65 if z < 3.5 else 0.45 if z < 4.5 else 0.3
        return score, f"quoted single word (general-English frequency {z:.1f})"
    titled = all(w[0].isupper() for w in content)
    if titled:
        return 0.9, "quoted title-case name"
    if len(words) > 10:
        # A slogan said in full ("those who protect should benefit, and those who benefit
        # should pay"): in the genre's glossaries as often as a short one.
        return 0.75, "long quoted phrase"
    return 0.8, "quoted phrase"
