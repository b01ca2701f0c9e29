"""Names: organisations, places, programmes, brands, events, awards, companies, people.

A name is a run of capitalised words, with lowercase connectors inside it
(``Food Safety Commission of the State Council``, ``Belt and Road Initiative``),
ordinals (``9th Asian Winter Games``), hyphenated and apostrophe compounds
(``Harbin-Daqing-Qiqihar``, ``Xing'an``) and company suffixes (``Co. Ltd.``).

English capitalises the first word of every sentence, so a sentence-initial word
is only taken when the document shows it is a name: it is capitalised where it
starts a name mid-sentence elsewhere, it is rare in general English, or it is
followed by more of the name and is not a function word or an adverb/participle
(``Currently``, ``Following``). The harvester therefore reads the whole input
first (two passes, both linear in its size).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import dropwhile, pairwise, takewhile

from termsmith.document import Role, Segment
from termsmith.frequency import zipf
from termsmith.harvest.base import KEPT, OBJECT, OWNED, PART, SERIES, Candidate, Kind, Occurrence
from termsmith.harvest.lexicon import (
    AUTONOMOUS_UNITS,
    COUNTRIES,
    DYNASTY_NAMES,
    FUNCTION_WORDS,
    HISTORICAL_FIGURES,
    PEOPLES,
    PROVINCES,
    ROMAN_NUMERAL,
    agent_noun,
    unknown_to_english,
)
from termsmith.harvest.tagger import lexicon as _lexicon
from termsmith.harvest.tagger import verb as _verb
from termsmith.normalize import singular
from termsmith.readers.script import PINYIN, PINYIN_SYLLABLE
from termsmith.text import sentences

# An ampersand between capitals joins them ("R&D", "M&A"), as in the tagger's tokens.
# (and a slash between two acronyms joins them as one: `DRG/DIP`, `ESCAP/WMO`, `ISO/TC`)
_AMP = r"[&/](?<=[A-Z][&/])(?=[A-Z])"
_TOKEN = re.compile(r"[^\W_]+(?:(?:['’\-]|" + _AMP + r")[^\W_]+)*(?:\.(?<=\d\.)\d+)?")   # PM2.5 too
# The first letter or digit of a word (as _TOKEN splits words) that is not a-z:
# not after another letter or digit, nor after one and a joining ' ’ -. Written
# as a character class first so that the regex engine scans for it quickly: an ASCII
# capital or digit, or a letter or digit beyond ASCII (the look-behind checks the
# character just taken). The same as `[^\W_a-z]`, whose categories are slower to scan.
_RUN_START = r"[0-9A-Z\x80-\U0010ffff](?<=[^\W_])(?<![^\W_].)(?<![^\W_]['’\-].)(?<![A-Z]&[A-Z])"
# Possessive quantifiers take a whole _TOKEN word (no backtracking into it); a word
# ending in a possessive 's is left to the word-by-word step (_step_run). A decimal
# after a digit stays in its word: `PM2.5`.
_REST = r"[^\W_]*+(?:(?:['’\-]|" + _AMP + r")[^\W_]++)*+(?:\.(?<=\d\.)\d++)?+(?<!['’]s)"
# (_CONNECTORS | _SECOND_CONNECTORS)
_RUN_CONNECTORS = ("of|and|&|for|on|into|in|with|through|among|between|against|under|de|du|la"
                   "|the|an|a")
_NOT_CONNECTOR = r"(?!(?:of|and|&|for|on|into|in|with|de|du|la)(?![^\W_]|['’\-][^\W_]))"
# A run start (group 1 set when a word and one space come before it), and when it
# opens a run of the common shape, the rest of it (group 2): words that begin with
# A-Z or 0-9, and connectors, one space apart. Group 3 is set when one space and a
# lowercase word follow (it ends the run); group 4 when nothing may continue it: the
# end of the sentence, or punctuation that joins nothing (not spaces alone, nor the
# `' ` of `Martyrs' Day`) before a word that is no connector (which would open a run).
_RUN = re.compile(
    _RUN_START + r"(?:(?<=[^\W_][ ].)())?(?:(?<=[A-Z0-9])(" + _REST
    + r"(?:[ ](?:[A-Z0-9]" + _REST + r"|(?:" + _RUN_CONNECTORS
    + r")(?![^\W_]|['’\-][^\W_])))*+)"
    + r"(?:(?=[ ][a-z]" + _REST + r")()"
    + r"|(?=\Z|(?![^\S\n]*+[^\W_])(?!['’][ ][^\W_])[\W_]++(?:\Z|" + _NOT_CONNECTOR
    + r"[^\W_]" + _REST + r"))())?)?"
)
_QUOTES = "\"“‘'"
_OPENERS = _QUOTES + ":;([—–"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# A document's status after its title: `(Trial)`, `(Provisional)`, `(Draft)`.
_STATUS = re.compile(r" \((?:Trial|Provisional|Draft|for Trial Implementation"
                     r"|(?:\d{4} )?(?:Revision|Revised|Edition|Version)"
                     # a part's number in its series: `Criminal Law Amendment (XI)`
                     r"|" + ROMAN_NUMERAL + r")\)")
_ROMAN = re.compile(r"[IVXLC]+")        # phase III, Part IV: numerals, not acronyms
_NUMBERED = re.compile(r"\d+-[A-Z][a-z]*")    # `10-Year Action Plan`: part of the name
# A craft's serial name: a word, a hyphen and its number in the series (Shenzhou-20,
# Chang'e-6, Long March-2F, Fengyun-3G, Tianwen-1: China's spacecraft, rockets and
# satellites are named so, 神舟二十号 and the like); one word, but as sure a name as two.
SERIAL_NAME = re.compile(r"[A-Z][a-z]+(?:['’][a-z]+)?-\d{1,2}[A-Z]?")
_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Madam|Dr|Prof)\.?\s+")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_YEAR_SPAN = re.compile(r"(?:1[5-9]|20)\d\d[-–](?:1[5-9]|20)\d\d")
# Latin endings of a species epithet: `Lonicera edulis` is the glossed harvester's.
_EPITHET = re.compile(r"[a-z]{3,}(?:us|is|um|ae|ii|ensis|oides|a)")

# Lowercase words that may join capitalised words, and may follow one of the first.
# ("into": a title's "Building China into a Leading Country in Education")
# ("through": only inside a title's subject, `Opinions on Stimulating ... through the
# High-Quality Development of ...`; elsewhere it ends the name, see _coordinates)
_CONNECTORS = frozenset({"of", "and", "&", "for", "on", "into", "in", "with", "through", "de",
                         "du", "la", "among", "between", "against", "under"})
_SECOND_CONNECTORS = frozenset({"the", "a", "an", "de", "la"})
# After these connectors a location or companion follows, not more of the name,
# when the left side is already a complete organisation/place/person/event.
_LOOSE_CONNECTORS = frozenset({"in", "with"})
# Connectors after which the head of an `X of Y` name stands on the left.
_HEAD_CUT = frozenset({"of", "for", "on", "in", "with", "among", "between", "against"})

# Abbreviations whose full stop is part of the name, not a sentence or run end.
_ABBREVIATIONS = frozenset({"Co", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Jr", "Inc",
                            "Ltd", "LTD", "Corp", "Gen", "Gov", "Sen", "Rev", "Hon", "No"})
_COMPANY_END = frozenset({"Ltd", "LTD", "Limited", "Inc", "Corp"})  # nothing follows these
# A country's or body's initials with their full stops, one word: `U.S.`, `U.K.`, `U.N.`
# ("War to Resist U.S. Aggression and Aid Korea", "U.S.-China Business Council").
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Madam", "Sir", "Dame"})
_TITLES = _HONORIFICS | frozenset(
    """
    General Secretary Secretary-General Governor Vice Vice-Governor Premier
    Vice-Premier President Vice-President Chairman Chairwoman Chairperson
    Minister Mayor Director Director-General Deputy Executive Ambassador Professor
    Comrade Spokesperson Commissioner Chief Senator King Queen Prince Princess
    Lord Lady Gov Gen Sen Rev Hon Councillor Consul Envoy Representative Marshal
    Commander Commander-in-Chief
    """.split()
)
# Royal titles, which the genre's history and legends give to one name (`King Gesar`).
_ROYAL = frozenset({"King", "Queen", "Prince", "Princess"})
# The event every transcript of the genre is (boilerplate, as the domain harvester's
# _BOILERPLATE_HEADS): capitalised in a title it makes no name (`Regular Press Conference`).
_EVENT_OF_THE_GENRE = frozenset({("Press", "Conference"), ("News", "Conference"),
                                 ("Press", "Briefing"), ("Regular", "Briefing")})
# The levels of a local body that a speaker names without its place after naming the
# place once (`the CPC Hebei Provincial Committee, the Provincial People's Government`).
_LEVELS = frozenset({"Provincial", "Municipal", "Prefectural", "County"})
# The lowercase "period" after a plan's name: the years it covers.
_PLAN_PERIOD = re.compile(r" period\b(?![-'’])")
# The year an International Labour Organization convention's title ends in, after a
# comma, and its number if said (the ILO's style): `Forced Labour Convention, 1930 (No.
# 29)`, `Maritime Labour Convention, 2006`.
_CONVENTION_YEAR = re.compile(r", (?:19|20)\d\d(?: \(No\. \d{1,3}\))?(?=$|[\s.,;:)])")
# The five-year plan period a title is for, its "during" said in lowercase but its
# "Period" capitalised as the title's ("十四五"…规划): `Copyright Work Plan during the
# 14th Five-Year Plan Period` (its years after it in brackets are a gloss, as after
# other titles).
_DURING_PERIOD = re.compile(r" during the \d{1,2}(?:st|nd|rd|th) Five-Year Plan Period\b"
                            r"(?![-'’])")
# The eras a year is counted in, after its number (`208 AD`, `221 BC`).
_ERAS = frozenset({"AD", "BC", "BCE", "CE"})
# Title Case prepositions of time a title's deadline follows (`... Peaking Before 2030`).
_DEADLINES = frozenset({"Before", "By", "Until"})
# Plural nouns whose possessive stays inside a name: `National People's Congress`.
_POSSESSIVE_NOUNS = frozenset({"People", "Children", "Women", "Men", "Workers", "Youth"})
_DATED = frozenset({"Day", "Fourth", "First"})    # after a month: a name's (`May Day`)
# A day of a month, and a month just before it: what a name of an event or of its
# memorial may open with (`September 18 History Museum`, `July 7th Incident`).
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
_MONTHS = frozenset("""January February March April May June July August September
    October November December""".split())
# The heads of events of history named after their date, which no head list holds.
_HISTORIC = frozenset({"Incident", "Movement", "Uprising", "Massacre"})
_MONTHS_DAYS = _MONTHS | frozenset(
    """
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()
)
_PRONOUNS = frozenset({"I", "I'm", "I'll", "I'd", "I've", "OK"})
# Capitalised words that may stop or cut a run: stepped word by word (_step_run).
_SPECIAL = _PRONOUNS | _MONTHS_DAYS | _COMPANY_END | _ERAS
# Sentence starters that are never part of a following name (beyond FUNCTION_WORDS).
_STARTERS = frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth last next
    finally lastly meanwhile moreover furthermore additionally besides indeed
    today tomorrow yesterday currently recently please thank thanks ladies
    gentlemen dear let yes well again already overall together since once
    while although though because unless whether if according regarding
    """.split()
)

# Quantifiers that open a sentence before a name or a class (`Several Class 1 innovative
# drugs`), except as the first word of a document's title: China's documents named
# "several" measures, opinions or provisions (若干措施, 若干意见, 若干规定).
_QUANTIFIERS = frozenset({"several", "various", "numerous", "multiple"})
_SOME_DOCUMENTS = frozenset({"Measures", "Opinions", "Provisions", "Policies", "Policy",
                             "Suggestions", "Rules", "Guidelines", "Regulations", "Questions"})

# Names of the genre with "and" inside that head other names (English renderings of
# Chinese policy names): `Belt and Road` (一带一路) in `Belt and Road Energy Partnership`,
# `Belt and Road Forum for International Cooperation`; never two names.
_ONE_NAME = frozenset({("Belt", "Road"), ("Bosnia", "Herzegovina"), ("Trinidad", "Tobago"),
                       ("Antigua", "Barbuda"),    # (and the countries named so)
                       # the field China's names of bodies, parks and zones say as one
                       # (科技: "... Science and Technology Innovation Cooperation Zone")
                       ("Science", "Technology")})

# The heads a place's name starts with (`Mount Wutai`, `Lake Qinghai`): with one after
# "and", a name of its own begins.
_PLACE_FIRST = frozenset({"Mount", "Mt.", "Lake"})

_HEADS: dict[str, str] = {}
for _cat, _words in {
    "company": "Ltd LTD Limited Inc Corp Corporation Company Group Holdings Industries Co",
    "organisation": """Committee Office Bureau Council Ministry Administration
        Commission Agency Federation Institute University Party Congress
        Association Academy Department Government Court Procuratorate Bank
        Centre Center Society League Union Organization Organisation College
        School Foundation Authority Assembly Army Daily Herald Times Television
        Radio Press Laboratory Laboratories Lab Labs Museum Hospital Station Alliance Partnership
        Headquarters
        Observatory Observatories Tribunal""",
    "place": """Province River Rivers Mountain Mountains Lake Lakes City County Zone
        Area Airport Port Village Region District Sea Ocean Island Islands Park
        Resort Valley Plain Plains Plateau Basin Desert Bridge Road Street Square
        Oilfield Field Township Town Prefecture Harbor Harbour Canal Gorge Gorges
        Forest Wetland Reserve Pass Strait Peninsula World Gate Palace Temple
        Republic Kingdom Emirates Site Base Railway Highway Expressway
        Grassland Grasslands Prairie Bazaar Grottoes Grotto Glacier Oasis Falls
        Cave Caves Bay Gulf Peak Peaks Causeway Pavilion Waterfall Waterfalls Courtyard
        Beach Canyon Cape Cliff Hill Ridge Dunes Pagoda Tomb Mausoleum Dam""",
    "programme": """Initiative Plan Program Programme Strategy Project Campaign Projects Programs Programmes
        Measures Action Scheme Policy Policies Standards Interpretation Interpretations Guidelines
        Treatise
        Regulations Law Outline Framework Agenda Vision Opinions Thought""",
    "event": """Games Olympics Paralympics Expo Festival Forum Week Fair Summit Day
        Championship Championships Cup Exhibition Session Sessions Dialogue
        Marathon Olympiad Conference Competition Contest Symposium Seminar Talks""",
    "award": "Prize Award Awards Medal Trophy",
    "instrument": "Convention Treaty Charter Covenant Protocol Agreement Pact Compact Accord",
    "brand": "Brand Brands",
}.items():
    _HEADS.update(dict.fromkeys(_words.split(), _cat))
# The heads that make a place's name of any words before them (`Yellow River`).
PLACE_HEADS = frozenset(w for w, cat in _HEADS.items() if cat == "place")
# A lowercase word right after a name that says what it names: `Heilongjiang province`.
_FOLLOWERS = {w: cat for cat, ws in {
    "place": "province city county village town river lake district prefecture mountains",
    "brand": "app brand platform website",
    "company": "company group",
    "programme": "initiative plan project campaign programme program",
}.items() for w in ws.split()}
_STRONG_FOLLOWERS = frozenset({"app", "brand", "platform", "website"})
# The lowercase words that say a name is a place's (`Zhejiang province`).
PLACE_FOLLOWERS = frozenset(w for w, cat in _FOLLOWERS.items() if cat == "place")
# The word one space after a name when it may say what the name is (_FOLLOWERS) or make
# it a genus (a Latin epithet), taken whole as _TOKEN takes a word; both are a-z only.
_FOLLOWER = re.compile(r"[ ](" + "|".join(_FOLLOWERS) + "|" + _EPITHET.pattern
                       + r")(?![^\W_]|['’\-][^\W_])")

# Romanised (pinyin) Chinese names: a common surname and a 1-2 syllable given name.
_SURNAMES = frozenset(
    """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin
    Luo Gao Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong
    Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lyu Lü Ding Ren Lu Yao Shen Zhong
    Cui Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Hou Xue
    Yan Duan Lei Long Shao Wan Qian Yi Chang Kong Mao Mi Ni Niu Qi Wen Dai Gu Hao
    Kang Mo Xi Zhan Lai Kou Shang Ou Ouyang Sima Zhuge Geng Guan Bao Ji Hua Lan
    Lou Miao Nie Pei Qu Rao Ruan Sheng Shu Tao Xing Xiang Yin You Zhai Zhuang Zuo
    Gong Jiao Ke Lian Ning Pu Quan Tong Tu Xian Yue Zhen Zhuo Ge Bi Ai Yin
    """.split()
)
_SYLLABLE = PINYIN_SYLLABLE
_PINYIN = PINYIN
_GIVEN_NAME = re.compile(f"(?:{_SYLLABLE})(?:['’-]?{_SYLLABLE})?")


@dataclass(slots=True)
class _Tok:
    """A word of a sentence; ``end`` includes an abbreviation's full stop."""

    text: str
    start: int
    end: int
    initial: bool = False     # stands where English capitalises any word
    quoted: bool = False      # right after an opening quote: may start a title
    possessive: bool = False  # had a possessive 's, cut off


@dataclass(slots=True)
class _Found:
    """One occurrence of a name before scoring (not frozen: one is built per occurrence,
    and a frozen dataclass's ``__init__`` is several times slower)."""

    seg: Segment
    sentence: str
    start: int
    end: int
    text: str                 # sentence[start:end], the name as written
    category: str | None
    evidence: str
    words: int
    common: bool


def harvest(segments: Iterable[Segment]) -> Iterator[Candidate]:
    """Yield a NAME candidate for every occurrence of a capitalised name."""
    yield from _harvest(segments)


def _harvest(segments: Iterable[Segment]) -> Iterator[Candidate]:
    runs: list[tuple[Segment, str, list[list[_Tok]]]] = []
    leads: set[str] = set()      # words that start a name mid-sentence somewhere
    mid: set[str] = set()        # words capitalised mid-sentence somewhere
    participants: set[str] = set()
    outlets: list[_Found] = []
    segs = list(segments)
    for i, seg in enumerate(segs):
        if seg.role is Role.SPEAKER_LIST:
            # "Ms. Name, director general of the Press Bureau of ...": the person is a
            # participant (not a term); the organisations in the post are names.
            participants.add(_HONORIFIC.sub("", seg.text.partition(",")[0]).strip())
        elif seg.role is Role.SPEAKER_LABEL:
            outlets.extend(_outlet(seg, segs[i + 1] if i + 1 < len(segs) else None))
            continue
        elif not seg.role.is_content:
            continue
        for s, e in sentences(seg.text):
            sentence = seg.text[s:e]
            if seg.role is Role.TITLE and _title_case(sentence):
                continue  # a Title Case headline says nothing about names
            sent_runs = _runs(sentence)
            if ", " in sentence and len(sent_runs) > 1:
                sent_runs = _join_subject_list(sentence, sent_runs)
            sent_runs = _join_listed(sentence, sent_runs)
            if "(" in sentence:
                sent_runs = _join_bracketed(sentence, sent_runs)
            if ' "' in sentence or " “" in sentence:
                sent_runs = _join_quoted(sentence, sent_runs)
            if " to the " in sentence:
                sent_runs = _join_to_instrument(sentence, sent_runs)
            if "- and " in sentence or "- or " in sentence:
                sent_runs = _join_suspended(sentence, sent_runs)
            if " or " in sentence and len(sent_runs) > 1:
                sent_runs = _join_alternative(sentence, sent_runs)
            if len(sent_runs) > 1 and ("'s " in sentence or "’s " in sentence
                                       or " to " in sentence or " by " in sentence
                                       or " as " in sentence or " at " in sentence
                                       or " from " in sentence or " or " in sentence
                                       or "Opening up " in sentence or ") for " in sentence
                                       or ") on " in sentence
                                       or any(r in sentence for r in _REACH_WORDS)):
                sent_runs = _join_title(sentence, sent_runs)
            runs.append((seg, sentence, sent_runs))
            for run in sent_runs:
                if len(run) == 1:      # most runs: one word, a lead if capitalised mid-sentence
                    t = run[0]
                    if not t.initial and t.text[:1].isupper():
                        mid.add(t.text)
                        leads.add(t.text)
                    continue
                caps = [t for t in run if not t.initial and t.text[:1].isupper()]
                mid.update(t.text for t in caps)
                if caps and caps[0] is next((t for t in run if t.text not in _CONNECTORS), None):
                    leads.add(caps[0].text)

    found: list[_Found] = []
    # Most runs and names recur: which names a run holds and what each is follow from
    # its words (and the word after a name), worked out once per distinct run and name
    # of the document; only the offsets are taken per occurrence.
    cuts: dict[tuple[tuple[str, ...], bool, bool, bool], list[tuple[int, int]]] = {}
    resolved: dict[tuple[tuple[str, ...], str | None], _Name | None] = {}
    for seg, sentence, sent_runs in runs:
        for run in sent_runs:
            if (len(run) >= 4 and run[-1].text in PEOPLES and run[-2].text == "the"
                    and run[-3].text == "of" and sentence.startswith(" people", run[-1].end)):
                run = run[:-3]  # a festival of an ethnic group's people is the festival's
                                # name: `Nadun Festival` (of the Tu people)
            words = tuple([t.text for t in run])
            # (a run before a word that says what it names is a title: "the Young
            # Talent in Guizhou campaign")
            headed = sentence.startswith(" ", run[-1].end) and _follower(
                sentence, run[-1].end) is not None
            key = (words, run[0].initial, run[0].quoted, headed)
            cut = cuts.get(key)
            if cut is None:
                cut = cuts[key] = _cut(run, leads, mid, headed)
            for a, b in cut:
                end = run[b - 1].end
                rkey = (words[a:b], _follower(sentence, end))
                if rkey in resolved:
                    r = resolved[rkey]
                else:
                    r = resolved[rkey] = _resolve(*rkey)
                if r is not None:
                    start = run[a + r.skip].start
                    stop = end
                    dated = (_date_before(sentence, start)
                             if b - a - r.skip >= 2 and sentence[start - 1:start] == " "
                             else None)
                    if (dated is not None
                            and (dated[1] or _DAY.fullmatch(words[a + r.skip]))
                            and r.category != "person"
                            and (r.category in ("organisation", "event", "place", "award")
                                 or words[b - 1] in _HISTORIC)
                            and words[b - 1] not in _CALENDAR
                            # (a name of its own after a date is the place's: "on June 6
                            # Harbin Airport opened"; but a name that opens with the
                            # day is an event's named for the date: `August 1st
                            # Nanchang Uprising`, 八一南昌起义)
                            and (not dated[1] and _DAY.fullmatch(words[a + r.skip])
                                 and (words[b - 1] in _HISTORIC or r.category == "event")
                                 or not any(map(_foreign, words[a + r.skip:b])))):
                        # a name that opens with its date, the month cut off as a date's
                        # (`September 18 History Museum`, `September 18th Incident`,
                        # 九一八事变)
                        start = dated[0]
                    elif (dated is not None and not dated[1]
                          and _DAY.fullmatch(words[a + r.skip]) and b - a - r.skip >= 2):
                        # a day after its month that no name holds is the date's: "on
                        # June 6th Harbin Airport closed" names `Harbin Airport`
                        start = run[a + r.skip + 1].start
                    if b - a == 1 and r.skip == 0 and sentence.startswith(" ", end):
                        stop = _serial(sentence, words[a], end)
                    elif (r.category is None and 2 <= b - a - r.skip <= 3
                          and sentence.startswith(" ", end)):
                        stop = _serial_name(sentence, end)
                    elif words[b - 1] == "Plan" and _PLAN_PERIOD.match(sentence, end):
                        # the years a five-year plan covers (时期): `14th Five-Year Plan
                        # period`, which the genre's lists keep with its "period"
                        stop = end + 7
                    elif (r.category == "programme" and sentence.startswith(" during ", end)
                          and (m := _DURING_PERIOD.match(sentence, end)) is not None):
                        # a title's period written in its capitals is the title's; the
                        # speaker's own "period", lowercase, is no part of it
                        stop = m.end()
                    elif (words[b - 1] == "Convention" and sentence.startswith(", ", end)
                          and (m := _CONVENTION_YEAR.match(sentence, end)) is not None):
                        # an ILO convention's year and number are its title's
                        stop = m.end()
                    elif rkey[1] == "app" and r.category == "brand":
                        # an app's name ends in its word ("个人所得税App": the
                        # `Individual Income Tax app`), as a platform's need not; an
                        # app named for the body that runs it names the body too
                        # (`National Anti-Fraud Center app`, 国家反诈中心App)
                        stop = end + 4
                        if _HEADS.get(_head(list(words[a + r.skip:b]))) == "organisation":
                            found.append(_Found(seg, sentence, start, end, sentence[start:end],
                                                "organisation", r.evidence, r.words, r.common))
                    if sentence.startswith(" (", end) and (
                            r.category == "programme" or words[a + r.skip] in _DOCUMENTS
                            or words[b - 1] == "Amendment"):
                        # a document's status in brackets is part of its title:
                        # `Measures for Sci-Tech Ethics Review (Trial)`, and so is its
                        # number in a series (`Criminal Law Amendment (XI)`)
                        m = _STATUS.match(sentence, end)
                        if m is not None:
                            stop = m.end()
                    elif (r.category == "programme" and sentence.startswith(" by ", end)
                          and _aimed_title(words[a + r.skip:b])):
                        # the year a title's aim is for (到2020年…行动): `Action to Achieve
                        # Zero Growth in Fertilizer Use by 2020`
                        m = _BY_YEAR.match(sentence, end)
                        if m is not None:
                            stop = m.end()
                    found.append(_Found(seg, sentence, start, stop, sentence[start:stop],
                                        r.category, r.evidence, r.words, r.common))

    found.extend(_series(found))
    found.extend(_objects(found))
    found.extend(_owned(found))
    found.extend(_parted(found))
    found.extend(_prefixed_acronyms(runs))
    # People's surnames alone (`Ms. Liang`, `Liang said`) are not glossary terms, nor
    # are the names of the participants (the speaker list names them as people).
    surnames = {f.text.split()[0] for f in found if f.category == "person"}
    found = [f for f in found if (f.words > 1 or f.text not in surnames)
             and f.text not in participants]
    found.extend(f for f in outlets if f.text not in participants)

    found = _drop_cut_off(_cut_modifiers(found))
    counts = Counter(f.text for f in found)
    if any(f.text.startswith(_PROVISIONS) for f in found):
        found = _cited(found, counts)
        counts = Counter(f.text for f in found)
    # A person named with a title (`General Secretary ...`, `Governor ...`) is an
    # official of the genre: below the default cut (harvest.MIN_SCORE), still there
    # for --min-score 0.2. A person named without one may be a historical figure.
    officials = {f.text for f in found if f.evidence == "; after a title"}
    cats: dict[str, Counter[str]] = defaultdict(Counter)
    for f in found:
        if f.category:
            cats[f.text][f.category] += 1
    # One category per name: a person anywhere wins, else the majority (decided once a name).
    category_of = {term: "person" if "person" in votes else votes.most_common(1)[0][0]
                   for term, votes in cats.items()}
    # The evidence text is the same for every occurrence with the same count and reason.
    evidence: dict[tuple[int, str], str] = {}
    for f in found:
        term = f.text
        n = counts[term]
        category = category_of.get(term)
        occ = Occurrence(f.seg.line, f.seg.speaker, f.sentence, f.start, f.end)
        said = evidence.get((n, f.evidence))
        if said is None:
            plural = "occurrence" if n == 1 else "occurrences"
            said = evidence[n, f.evidence] = f"capitalised sequence, {n} {plural}{f.evidence}"
        if category == "person" and term in HISTORICAL_FIGURES:
            # a figure of history, after a title or not (`Premier Zhou Enlai`): a term
            score = _score(f.words, n, "figure", False)
        elif category == "person" and term in officials:
            score = _OFFICIAL
        else:
            score = _score(f.words, n, category, f.common)
        # Positional arguments: cheaper than keywords, once per occurrence.
        yield Candidate(term, Kind.NAME, score, occ, said, None, None, category)


# An acronym with a lowercase letter and a hyphen before it, "electronic" or "digital"
# said in one letter: "e-CNY" (the digital renminbi), "e-HKD". No run holds it (runs
# start at a capital); the hyphen is searched for first, as a literal it is found fast.
_PREFIXED_ACRONYM = re.compile(r"-[A-Z]{2,}[A-Z0-9]*(?![\w\-'’])")


# A provision of a statute cited by its number (条, 款): "Article 55 of the Law on the
# Protection of Consumer Rights and Interests", "Articles 4 and 59 of the Trademark Law".
_PROVISIONS = ("Article ", "Articles ", "Clause ", "Clauses ", "Paragraph ")
_CONSTITUTIONS = ("Basic Law", "Constitution", "Charter")
_CITATION = re.compile(r"(?:Articles?|Clauses?|Paragraph) \d+(?:(?:, | and | to )\d+)* of "
                       r"(?:the )?(?=[A-Z])")


def _cited(found: list[_Found], counts: Counter[str]) -> list[_Found]:
    """The names with each provision cited once replaced by the statute it is of: a
    citation names the law, which is the term; a provision the document cites again is
    one its subject turns on, a term, and so is an article of a constitution or a treaty
    (the genre's debates are about them: "Article 23 of the Basic Law", 基本法第二十三条;
    "Article 298 of UNCLOS")."""
    out: list[_Found] = []
    for f in found:
        m = _CITATION.match(f.text)
        if (m is not None and counts[f.text] == 1
                and not f.text.endswith(_CONSTITUTIONS) and not f.text[m.end():].isupper()):
            cut = m.end()
            f = _Found(f.seg, f.sentence, f.start + cut, f.end, f.text[cut:], f.category,
                       f.evidence, len(f.text[cut:].split()), f.common)
        out.append(f)
    return out


def _prefixed_acronyms(runs: list[tuple[Segment, str, list[list[_Tok]]]]) -> Iterator[_Found]:
    """Acronyms with a lowercase prefix (:data:`_PREFIXED_ACRONYM`), each as a name."""
    for seg, sentence, _ in runs:
        if "-" not in sentence:
            continue
        for m in _PREFIXED_ACRONYM.finditer(sentence):
            start = m.start() - 1
            if (start < 0 or not sentence[start].islower() or not sentence[start].isalpha()
                    or start and (sentence[start - 1].isalnum() or sentence[start - 1] in "-'’")):
                continue
            yield _Found(seg, sentence, start, m.end(), sentence[start:m.end()], "acronym",
                         "; acronym with a lowercase prefix", 1, False)


# A year that leads a name (_year_named), and the space after it.
_YEAR_LEADS = re.compile(_YEAR.pattern + r" +(?=[A-Z])")
# An edition's ordinal before a recurring event: `10th`, `Ninth`.
_EDITION = re.compile(r"(?:\d+(?:st|nd|rd|th)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh"
                      r"|Eighth|Ninth|Tenth)) +")


# The heads of an event that recurs (not a session, numbered within a congress's term:
# `Fourth Plenary Session of the 20th CPC Central Committee`).
_SERIES_HEADS = frozenset(w for w, cat in _HEADS.items() if cat == "event") - {
    "Session", "Sessions"}
# Heads of a yearly season or attraction counted by editions like an event, whatever
# category their head gives the name (`27th Harbin Ice and Snow World`, an ice park
# built anew each winter; `11th National Mass Ice and Snow Season`).
_SEASONAL_HEADS = frozenset({"World", "Season", "Carnival", "Gala"})


def _series(found: list[_Found]) -> list[_Found]:
    """The series of each recurring event named by its edition: `China Charity Day` of
    `the 10th China Charity Day`, `Canton Fair` of `the 136th Canton Fair` (what a
    glossary lists; the edition stays a name too, so that `9th` and `Ninth` can be
    checked against each other). A numbered plan or congress is no series of editions
    (`14th Five-Year Plan`, `20th CPC National Congress`: no event's head)."""
    out: list[_Found] = []
    for f in found:
        year = _YEAR_LEADS.match(f.text)
        if year is not None:
            if f.words > 2 and f.category == "event":
                # an edition named by its year: its series too (`Winter Olympics` of `2022
                # Winter Olympics`); a programme named by the year it aims at is one name
                out.append(_Found(f.seg, f.sentence, f.start + year.end(), f.end,
                                  f.text[year.end():], f.category, SERIES, f.words - 1,
                                  f.common))
            continue
        head = f.text.rsplit(" ", 1)[-1]
        if f.words > 2 and (f.category == "event" and head in _SERIES_HEADS
                            or head in _SEASONAL_HEADS):
            m = _EDITION.match(f.text)
            if m is not None:
                out.append(_Found(f.seg, f.sentence, f.start + m.end(), f.end,
                                  f.text[m.end():], "event", SERIES, f.words - 1, f.common))
    return out


# A purpose said with a gerund and its object inside a name: `for Formulating the `.
_PURPOSE = re.compile(r"\b(for|on) ([A-Z][a-z]+ing) the ")


def _objects(found: list[_Found]) -> list[_Found]:
    """The plan or programme a name's purpose is about, a name of its own: `15th Five-Year
    Plan for National Economic and Social Development` of `Recommendations of the CPC
    Central Committee for Formulating the 15th Five-Year Plan for ...`."""
    out: list[_Found] = []
    for f in found:
        if " the " not in f.text or f.category == "person":
            continue
        for m in _PURPOSE.finditer(f.text):
            if not _gerund_after(m.group(1), m.group(2)):
                continue
            rest = f.text[m.end():]
            words = rest.split()
            if len(words) > 1 and words[1] == "of" and _activity(words[0]):
                continue    # what is done to the plan, no plan: `Deepening the
                            # Implementation of the "AI Plus" Initiative`
            r = _resolve(tuple(words), None)
            if r is not None and r.skip == 0 and r.category == "programme":
                out.append(_Found(f.seg, f.sentence, f.start + m.end(), f.end, rest,
                                  r.category, r.evidence + OBJECT, r.words, r.common))
    return out


def _owned(found: list[_Found]) -> list[_Found]:
    """A document named with the body that owns it, the document a name of its own:
    `SAFE Framework of Standards` of `SAFE Framework of Standards of the World Customs
    Organization` (a programme's or an instrument's head, three words or more, then "of
    the" and an organisation, a company or an acronym: `Employment Policy Convention of
    the ILO`)."""
    out: list[_Found] = []
    for f in found:
        first, _, rest = f.text.partition(" ")
        if " of " in rest and _acronym(first):
            # a register named after its keeper's acronym, a title of its own (名录:
            # `Representative List of the Intangible Cultural Heritage of Humanity` of
            # `UNESCO Representative List of ...`), as its keeper after "of" is (_coordinates)
            words = rest.split()
            if _head(words) in _REGISTERS and words[0][:1].isupper() and len(words) >= 4:
                r = _resolve(tuple(words), None)
                if r is not None and r.skip == 0:
                    out.append(_Found(f.seg, f.sentence, f.end - len(rest), f.end, rest,
                                      r.category, r.evidence + KEPT, r.words, r.common))
        if " of the " not in f.text or (f.category not in ("programme", "instrument")
                                        and _head(f.text.split()) not in _DOCUMENTS):
            continue
        cut = f.text.rfind(" of the ")
        document, owner = f.text[:cut].split(), f.text[cut + 8:].split()
        if (len(document) < 3
                # (a title ending in "the" and a noun goes on with that noun's complement,
                # no owner: `Report on the Work of the Government`)
                or document[-2] == "the"
                or not (_HEADS.get(owner[-1]) in ("organisation", "company")
                        or len(owner) == 1 and _acronym(owner[0]))
                or not (_HEADS.get(_head(document)) in ("programme", "instrument")
                        or _head(document) in _DOCUMENTS)
                or not all(w[:1].isupper() or w in _CONNECTORS for w in owner)):
            continue
        r = _resolve(tuple(document), None)
        if r is not None and r.skip == 0:
            out.append(_Found(f.seg, f.sentence, f.start, f.start + cut, f.text[:cut],
                              r.category, r.evidence + OWNED, r.words, r.common))
    return out


# A numbered part of a facility, "of" (with "the" or not) and the facility (机组, 期):
# `Unit 5 of the Fuqing Nuclear Power Plant`, `Phase IV of Yangshan Deep-Water Port`.
_NUMBERED_PART = re.compile(r"(?:Units?|Phase|Block|Line) (?:\d+|[IVX]+) of (?:the )?")


def _parted(found: list[_Found]) -> list[_Found]:
    """The facility a numbered part is of, a name of its own: `Fuqing Nuclear Power Plant`
    of `Unit 5 of the Fuqing Nuclear Power Plant` (two words or more after "of the" or
    "of")."""
    out: list[_Found] = []
    for f in found:
        m = _NUMBERED_PART.match(f.text)
        if m is None or f.text.count(" ", m.end()) < 1:
            continue
        rest = f.text[m.end():]
        r = _resolve(tuple(rest.split()), None)
        if r is not None and r.skip == 0:
            out.append(_Found(f.seg, f.sentence, f.start + m.end(), f.end, rest, r.category,
                              r.evidence + PART, r.words, r.common))
    return out


def _title_case(sentence: str) -> bool:
    """True for a headline whose content words are all capitalised."""
    words = [w for w in _TOKEN.findall(sentence) if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _runs(sentence: str) -> list[list[_Tok]]:
    """Split a sentence into runs of capitalised words, numbers and connectors.

    A run breaks at any punctuation (commas, brackets, quotes, dashes), except the
    full stop of an abbreviation (``Mr. Liang``, ``Co. Ltd.``) and the comma of
    ``Co., Ltd.``.

    Most words are lowercase prose, and outside a run a lowercase word never
    starts one, so the scan jumps straight to the next word that may (``_RUN``).
    The same regex takes the whole run when it has the common shape (ASCII
    capitalised words, numbers and connectors, one space apart) and what follows
    it ends it plainly; Python then only checks the run, not each word. Any other
    run is stepped word by word (:func:`_step_run`). The result is the same as
    visiting every word of the sentence (issue 10: the names harvester's speed).
    """
    runs: list[list[_Tok]] = []
    m = _RUN.search(sentence)
    while m is not None:
        start, end = m.span()
        after_word, body, lower, ends = m.groups()
        if (body is not None and (after_word is not None or start == 0)
                and (lower is not None or ends is not None)):
            # The common run: after a word and a space or at the start of the sentence
            # (where English capitalises any word), and ended plainly.
            text = sentence[start:end]
            if " " not in text:
                if text not in _SPECIAL and (lower is not None or sentence[end:end + 1] != "."
                                             or not _abbreviated(text)):
                    runs.append([_Tok(text, start, end, start == 0)])
                    m = _RUN.search(sentence, end)
                    continue
            else:
                words = text.split(" ")
                if _SPECIAL.isdisjoint(words) and (
                        lower is not None or sentence[end:end + 1] != "."
                        or not _abbreviated(words[-1])):
                    runs.append(_spaced(words, _Tok(words[0], start, start + len(words[0]),
                                                    start == 0)))
                    m = _RUN.search(sentence, end)
                    continue
        if body is None or (plain := _plain_run(sentence, start, end)) is None:
            end = _step_run(sentence, start, runs)
        else:
            runs.append(plain)
        m = _RUN.search(sentence, end)
    # (Most runs are one capitalised word: its first letter decides.)
    return [r for r in runs if r[0].text[:1].isupper() or any(t.text[:1].isupper() for t in r)]


def _undotted(run: list[_Tok]) -> list[_Tok]:
    """``run`` without dotted initials at its end, nor the connectors before them: `U.S.`
    names a country inside a name ("War to Resist U.S. Aggression and Aid Korea"), but
    ends none ("Trade with the U.S.", "the U.S." alone)."""
    if run[-1].text[-1:] != ".":
        return run
    k = len(run)
    while k and (run[k - 1].text[-1:] == "." or run[k - 1].text[:1].islower()):
        k -= 1
    return run[:k]


def _plain_run(sentence: str, start: int, end: int) -> list[_Tok] | None:
    """The words of a run ``_RUN`` took whole, or None where :func:`_step_run` must
    decide: a word that may stop or cut a run (``I``, ``March``, ``Ltd``), an
    abbreviation's full stop, or a following word or gap that may continue it."""
    text = sentence[start:end]
    words = text.split(" ")
    if not _SPECIAL.isdisjoint(words):
        return None
    after = sentence[end:end + 1]
    if after == "." and _abbreviated(words[-1]):
        return None
    if after:
        nxt = _TOKEN.search(sentence, end)
        if nxt is not None:
            word = nxt.group()
            if word[-2:] in ("'s", "’s"):
                return None
            gap = sentence[end:nxt.start()]
            if gap == " ":
                # A word _RUN did not take: it ends the run only if lowercase.
                if not word[0].islower():
                    return None
            elif ((gap.isspace() and "\n" not in gap) or gap in ("' ", "’ ")
                  or word in _CONNECTORS):
                # A gap that joins, or a connector that would open a run of its own
                # right after this one (`Harbin, and Daqing`).
                return None
    # The gap before the run decides whether its first word stands where English
    # capitalises any word (as in _step_run).
    if start >= 2 and sentence[start - 1] == " " and sentence[start - 2].isalnum():
        first = _Tok(words[0], start, start + len(words[0]))
    else:
        prev_end = start
        while prev_end and not sentence[prev_end - 1].isalnum():
            prev_end -= 1
        stripped = sentence[prev_end:start].strip()
        opener = bool(stripped) and stripped[-1] in _OPENERS
        first = _Tok(words[0], start, start + len(words[0]), (prev_end == 0 and not stripped)
                     or opener, quoted=opener and stripped[-1] in _QUOTES)
    return [first] if len(words) == 1 else _spaced(words, first)


def _abbreviated(word: str) -> bool:
    """Whether a full stop after ``word`` may belong to it: an abbreviation (`Co.`, `Mr.`)
    or a capital that may open dotted initials (`U.S.`, decided word by word)."""
    return word in _ABBREVIATIONS or len(word) == 1


def _spaced(words: list[str], first: _Tok) -> list[_Tok]:
    """The tokens of ``words``, one space apart, the first of them ``first``."""
    toks = [first]
    pos = first.end + 1
    for w in words[1:]:
        toks.append(_Tok(w, pos, pos + len(w)))
        pos += len(w) + 1
    return toks


def _step_run(sentence: str, start: int, runs: list[list[_Tok]]) -> int:
    """Step word by word through the run that may start at ``start``, appending the
    runs it makes to ``runs``; return where the scan goes on."""
    run: list[_Tok] = []
    if sentence[start].islower():  # a lowercase letter beyond a-z: `éclair`
        return start + 1
    made = len(runs)                 # the runs before this step's
    dotted = False                   # whether dotted initials were taken as a word (`U.S.`)
    # The gap of punctuation and space since the word before (or the start).
    prev_end = start
    while prev_end and not sentence[prev_end - 1].isalnum():
        prev_end -= 1
    gap = sentence[prev_end:start]
    first = prev_end == 0            # no word before it in the sentence
    word = _TOKEN.match(sentence, start)
    assert word is not None          # _RUN found its first character
    text, end = word.group(), word.end()
    while True:   # one word; `run` is empty for the first
        if len(text) == 1 and sentence[end:end + 1] == "." and (
                initials := _DOTTED.match(sentence, start)) is not None:
            text, end = initials.group(), initials.end()    # `U.S.`: one word
            dotted = True
        if (text[0].islower() and text not in _CONNECTORS
                and text not in _SECOND_CONNECTORS and text[-2:] not in ("'s", "’s")):
            # The common way a run ends: a lowercase word that cannot join it
            # (the gap does not matter, the run ends there either way).
            if run:
                runs.append(run)
                run = []
            break
        if run and (gap == " " or _plural_possessive(run[-1], gap, text)
                    or text == "and" and _paired_possessive(run[-1], gap, sentence, start)):
            # The usual gap inside a run: it joins (a run never ends in a cut
            # possessive, and no full stop to look at) and opens nothing.
            tok = _Tok(text, start, end)
        else:
            if run and not _joins(run[-1], gap, text):
                runs.append(run)
                run = []
            stripped = gap.strip()
            opener = bool(stripped) and stripped[-1] in _OPENERS
            tok = _Tok(text, start, end, (first and not stripped) or opener,
                       quoted=opener and stripped[-1] in _QUOTES)
        if text[-2:] in ("'s", "’s") and len(text) > 2:
            tok.text, tok.end, tok.possessive = text[:-2], end - 2, True
        elif text in _ABBREVIATIONS and sentence[end:end + 1] == ".":
            tok.end += 1
        following = _TOKEN.search(sentence, end)
        word_text = tok.text
        if word_text[:1].isupper() and word_text not in _PRONOUNS and word_text not in _MONTHS_DAYS \
                and word_text not in _ERAS:
            stop = False        # the common case of _word_class: "cap"
        else:
            nxt = following.group() if following else ""
            stop = _word_class(word_text, run[-1].text if run else "", nxt) == "stop"
        if stop:
            if run:
                runs.append(run)
            run = []
        else:
            run.append(tok)
            if tok.text in _COMPANY_END or (tok.possessive
                                            and tok.text not in _POSSESSIVE_NOUNS):
                runs.append(run)  # nothing continues a name after `Ltd.` or `Harbin's`
                run = []
        if not run or following is None:
            break
        # Inside a run every word counts, lowercase connectors included.
        gap = sentence[end:following.start()]
        text = following.group()
        start, end = following.span()
        first = False
    if run:
        runs.append(run)
    if dotted:
        # dotted initials end no name, nor are one alone (_undotted)
        runs[made:] = [r for r in map(_undotted, runs[made:]) if r]
    return end


def _plural_possessive(prev: _Tok, gap: str, nxt: str) -> bool:
    """`Martyrs' Day`, `Workers' Congress`: a plural possessive inside a name."""
    return _possessive_plural(prev, gap) and nxt[:1].isupper()


def _possessive_plural(prev: _Tok, gap: str) -> bool:
    """Whether ``prev`` and the ``gap`` after it are a capitalised plural's possessive."""
    return (gap in ("' ", "’ ") and len(prev.text) > 2 and prev.text.endswith("s")
            and prev.text[:1].isupper())


# "and" and a second plural possessive before a capitalised word: "Workers' and Peasants'
# Red Army" (工农红军).
_PAIRED_POSSESSIVE = re.compile(r"and [A-Z][a-z]+s['’] [A-Z]")


def _paired_possessive(prev: _Tok, gap: str, sentence: str, at: int) -> bool:
    """`Chinese Workers' and Peasants' Red Army`: two plural possessives joined by "and"
    before one head, inside a name (the "and" at ``at``)."""
    return _possessive_plural(prev, gap) and _PAIRED_POSSESSIVE.match(sentence, at) is not None


def _people_plural(word: str) -> bool:
    """A capitalised plural naming people by what they do (`Workers`, `Peasants`,
    `Farmers`) or who they are (`Women`, `Youth`)."""
    return word in _POSSESSIVE_NOUNS or (
        word[:1].isupper() and word.endswith("s") and not word.endswith("ss")
        and agent_noun(word[:-1].lower()))


def _join_suspended(sentence: str, runs: list[list[_Tok]]) -> list[list[_Tok]]:
    """Join a name whose word shares its second part with the next, its hyphen suspended:
    `Medium- and Long-Term Plan for ...`, `National Medium- and Long-Term Plan ...` (the
    runs break at the hyphen; the name goes on after "and" or "or")."""
    out: list[list[_Tok]] = []
    for run in runs:
        if (out and len(run) > 1 and run[0].text in ("and", "or")
                and run[1].text[:1].isupper() and "-" in run[1].text):
            prev = out[-1]
            if sentence[prev[-1].end:run[0].start] == "- " and prev[-1].text[:1].isupper():
                out[-1] = prev + run
                continue
        out.append(run)
    return out


# Heads of the titles that may name their subject with "or" between two of its words.
_ALTERNATIVE_HEADS = frozenset({"instrument", "programme", "award", "event"})


def _join_alternative(sentence: str, runs: list[list[_Tok]]) -> list[list[_Tok]]:
    """Join a title whose subject names two alternatives with "or": `Nobel Prize in
    Physiology or Medicine`, `Convention on Stolen or Illegally Exported Cultural
    Objects` (runs break at a lowercase word; "or" joins two names nowhere else: a title
    whose subject stands after its head and a preposition, the run after capitalised)."""
    out: list[list[_Tok]] = []
    for run in runs:
        if out and run[0].text[:1].isupper():
            prev = out[-1]
            gap = sentence[prev[-1].end:run[0].start]
            if gap == " or " and _title_subject([t.text for t in prev]):
                out[-1] = [*prev, _Tok("or", prev[-1].end + 1, prev[-1].end + 3), *run]
                continue
        out.append(run)
    return out


# Prepositions that open a title's subject and may open a second one after "and".
_PARALLEL = frozenset({"on", "for", "against"})


def _parallel_subject(name: list[_Tok], conns: list[str]) -> bool:
    """Whether ``and``, a preposition the name has said already and ``the`` open a second
    subject of its title (three connectors that otherwise end a name)."""
    return (len(conns) == 3 and conns[0] == "and" and conns[1] in _PARALLEL
            and conns[2] == "the" and any(t.text == conns[1] for t in name[1:]))


def _title_subject(words: list[str]) -> bool:
    """Whether words are a title's head, a preposition and its subject in capitalised
    words so far (the subject's last word capitalised)."""
    return (len(words) >= 3 and words[-1][:1].isupper()
            and any(w in _HEAD_CUT for w in words[1:-1])
            and _HEADS.get(_head(words)) in _ALTERNATIVE_HEADS)


def _join_subject_list(sentence: str, runs: list[list[_Tok]]) -> list[list[_Tok]]:
    """Join a document's title whose subject lists three nouns or more with commas: `Law
    on the Protection of the Status, Rights and Interests of Military Personnel`, `Guiding
    Principles on Human Cell, Tissue and Organ Transplantation` (the run before the comma
    a title ending in the list's first item, a word or two after its preposition, the run
    after it the next item and "and" and the last, and what goes on)."""
    out: list[list[_Tok]] = []
    for run in runs:
        if out and len(run) >= 3 and "and" in (run[1].text, run[2].text):
            prev = out[-1]
            words = [t.text for t in prev]
            if (sentence[prev[-1].end:run[0].start] == ", " and len(words) >= 3
                    and (words[-3:-1] == ["of", "the"] or words[-2] in ("on", "of", "for")
                         or words[-3] in ("on", "of", "for") and words[-2][:1].isupper())
                    and words[-1] not in _HEADS and _document_title(words)):
                out[-1] = prev + run
                continue
        out.append(run)
    return out


def _join_listed(sentence: str, runs: list[list[_Tok]]) -> list[list[_Tok]]:
    """Join a title-case list of fields before one head: `Belt and Road Science,
    Technology and Innovation Cooperation Action Plan` is one programme, its comma inside.

    The run before the comma ends in no head of its own, and the run after it coordinates
    (an `and`) and ends in a programme's or organisation's head.
    """
    if len(runs) < 2:
        return runs
    out: list[list[_Tok]] = []
    skip = 0
    for i, run in enumerate(runs):
        if skip:
            skip -= 1
            continue
        if (out and len(run) == 1 and sentence[out[-1][-1].end:run[0].start] == ", "
                and (_organisation_of(out[-1]) or _fields_before_head(out[-1], runs, i))):
            # an organisation's fields listed after its "of", one word each before the
            # last two: `Municipal Bureau of Culture, Radio, Television and Tourism`
            j = i
            while (j + 1 < len(runs) and len(runs[j]) == 1
                   and _lexicon().get(runs[j][0].text.lower()) in ("N", "J")
                   and sentence[runs[j][-1].end:runs[j + 1][0].start] == ", "):
                j += 1
            last = runs[j]
            if (j >= i and len(last) >= 3 and last[1].text == "and"
                    and all(_lexicon().get(t.text.lower()) == "N" for t in (last[0], last[2]))):
                # (the list ends the name: what follows a connector after it is another)
                k = 3 if len(last) > 3 and last[3].text in _CONNECTORS else len(last)
                out[-1] = out[-1] + [t for r in runs[i:j] for t in r] + last[:k]
                rest = last[k:]
                while rest and not rest[0].text[:1].isupper():
                    rest = rest[1:]
                if rest:
                    out.append(rest)
                skip = j - i
                continue
        # (a person after the comma is no field: "Ms. Xu of the Ministry of Water
        # Resources, Mr. Gao of the National Development and Reform Commission")
        # (nor is a body that opens with its head: the parent of the unit before the
        # comma, "Department of Basic Research, Ministry of Science and Technology")
        # (and a lone acronym before the comma is a name of its own in a list of names:
        # "including USTC, Hefei University of Technology and Anhui University")
        if (out and len(run) >= 3 and run[0].text[:1].isupper() and run[0].text not in _HONORIFICS
                and not (_HEADS.get(run[0].text) == "organisation" and run[1].text == "of")
                and not (len(out[-1]) == 1 and _acronym(out[-1][0].text))):
            prev = out[-1]
            if (sentence[prev[-1].end:run[0].start] == ", "
                    and (prev[-1].text not in _HEADS
                         # (a programme's head is a body's field too: `Department of
                         # Policy, Laws and Regulations`)
                         or _HEADS[prev[-1].text] == "programme" and _organisation_of(prev))
                    # (an "and" that ends the run joins what follows, no list: "the
                    # University of ... of China, Hefei University of Technology and ...")
                    and any(t.text == "and" for t in run[:-1])
                    and (len(run) >= 4 and (_HEADS.get(_last_word(run)) in ("programme", "organisation",
                                                                          "event")
                                            or _last_word(run) in _LISTED_HEADS
                                            # (a body's, its parent after "of": `...
                                            # Inspection and Anti-Unfair Competition
                                            # Bureau of the SAMR`)
                                            or _HEADS.get(_head([t.text for t in run]))
                                            == "organisation"
                                            and _lexicon().get(prev[-1].text.lower()) == "N")
                         # an organisation's fields listed after its "of": `Bureau of
                         # Industry Security, Import and Export Control of the Ministry
                         # of Commerce`, `Department of Science, Technology and Education`
                         or (_organisation_of(prev) and any(t.text == "and" for t in run[1:3]))
                         # a document's subject listed: `Outline of the Plan for the
                         # Protection, Inheritance and Utilization of the ... Heritage`,
                         # and a treaty's: `Treaty on Long-Term Good-Neighborliness,
                         # Friendship and Cooperation`
                         # (or a programme's subject listed in items of "X of Y" each:
                         # `... Project for Hundreds of Counties, Thousands of Towns and
                         # Tens of Thousands of Villages`)
                         or (len(prev) >= 4 and prev[-2].text == "of" and run[1].text == "of"
                             and any(t.text == "and" for t in run)
                             and any(_HEADS.get(t.text) == "programme" for t in prev[:-3]))
                         or (any(t.text == "and" for t in run[1:3])
                             and (_document_title([t.text for t in prev])
                                  or _instrument_on([t.text for t in prev])
                                  # (or the aim of a title said with "to": `Work Plan
                                  # for ... to Cover the Steel, Cement and ...`)
                                  or len(out) >= 2
                                  and sentence[out[-2][-1].end:prev[0].start] == " to "
                                  and _document_title([t.text for t in out[-2]]))))):
                # The list's name starts after the last "of the" before it: a name of
                # what it owns goes before ("Representative List of ... of Humanity of the
                # United Nations Educational, Scientific and Cultural Organization").
                k = max((i for i in range(len(prev) - 2)
                         if prev[i].text == "of" and prev[i + 1].text == "the"), default=-1)
                if k > 0 and all(t.text[:1].isupper() for t in prev[k + 2:]):
                    out[-1:] = [prev[:k], prev[k + 2:] + run]
                else:
                    out[-1] = prev + run
                continue
        out.append(run)
    return out


# China's public service numbers (12306 rail tickets, 12345 government services, 95xxx
# companies' service lines): five digits, no year.
_SERVICE_NUMBER = re.compile(r"(?:12|95)\d{3}")
# The heads of a year's work programme, titled "... in <year>" (重点工作任务, 工作要点).
_YEARS_TASKS = frozenset({"Tasks", "Priorities", "Points"})
# The word a company's group stands in brackets as, inside its name (集团).
_GROUPED = frozenset({"Group", "Holdings", "Holding"})
# Documents known by their number after the head (a United Nations resolution, a
# section of a law: `Section 301`).
_NUMBERED_DOCUMENTS = frozenset({"Resolution", "Section"})
# Programmes named for the year they look to, whichever it is (`Agenda 2063`, `Vision
# 2030`).
_VISIONS = frozenset({"Agenda", "Vision"})
# Roads the network names by their numbers (国道, 省道: `National Highway 318`, `Provincial
# Highway 219`).
_NUMBERED_ROADS = frozenset({"Highway", "Road", "Route"})


def _fields_before_head(prev: list[_Tok], runs: list[list[_Tok]], i: int) -> bool:
    """Whether ``prev`` opens a Title Case list of fields, one word each between commas,
    that the run after the last comma ends with "and" and a head: `National Wind, Solar,
    Storage and Transmission Demonstration Project`, `Beijing-Zhangjiakou Sports, Culture
    and Tourism Belt` (a programme's, a body's or a place's)."""
    # (a run after a comma may open with the connectors before the name: "..., and the
    # China-Laos Economic, Trade, ... Fair")
    prev = list(dropwhile(
        lambda t: t.text in _CONNECTORS or t.text in _SECOND_CONNECTORS, prev))
    if not prev or not all(t.text[:1].isupper() for t in prev) or prev[-1].text in _HEADS:
        return False    # (a field alone may open the list: "the Culture, Sports, Radio,
                        # Film and Tourism Bureau of ...")
    if _lexicon().get(prev[-1].text.lower()) not in ("N", "J"):
        return False    # (a field's adjective: `China-DPRK Economic, Trade, ... Expo`)
    j = i
    while j + 1 < len(runs) and len(runs[j]) == 1:
        j += 1
    last = runs[j]
    if len(last) < 4 or last[1].text != "and":
        return False
    # (the Title Case words after the "and" end the list's name; the run may go on after
    # a connector: "... Demonstration Project in 2011 and the ...")
    end = 2
    while end < len(last) and last[end].text[:1].isupper():
        end += 1
    head = last[end - 1].text
    return end >= 4 and (_HEADS.get(head) in ("programme", "organisation", "place", "event")
                         or head in _LISTED_HEADS)


# Heads a Title Case list of fields may end in that name no kind of their own.
_LISTED_HEADS = frozenset({"Belt"})


def _organisation_of(run: list[_Tok]) -> bool:
    """A run that is an organisation's head, "of" and capitalised words of its field
    (`Bureau of Industry Security`, `Department of Science`)."""
    if run and run[0].text in ("The", "the"):
        run = run[1:]
    # (its place and level may come before it: `Harbin Municipal Bureau of Culture`)
    k = next((i for i, t in enumerate(run[:4]) if _HEADS.get(t.text) == "organisation"), 0)
    if k and not all(t.text[:1].isupper() for t in run[:k]):
        k = 0
    return (len(run) >= k + 3 and _HEADS.get(run[k].text) == "organisation"
            and run[k + 1].text == "of" and all(t.text[:1].isupper() for t in run[k + 2:]))


def _words_end(run: list[_Tok]) -> int:
    """Where a run's words end before the connectors and numbers it may end in ("...
    Cultural Organization in 2009", "... Provincial Committee and governor of ...": the
    lowercase word after them cut them off)."""
    end = len(run)
    while end > 1 and (run[end - 1].text in _CONNECTORS or run[end - 1].text[:1].isdigit()):
        end -= 1
    return end


def _last_word(run: list[_Tok]) -> str:
    """The last word of a run that is no connector nor number (see _words_end)."""
    return run[_words_end(run) - 1].text


def _join_bracketed(sentence: str, runs: list[list[_Tok]]) -> list[list[_Tok]]:
    """Join a name whose place stands in brackets inside it: `China (Yunnan) Pilot Free
    Trade Zone`, the official form of every pilot free trade zone's name and of some
    institutes'. A capitalised word or two, a bracketed place of one or two words, then
    a name ending in a head (an acronym in the brackets is a gloss, not a place; but an
    organisation named after a glossed one takes it whole)."""
    out: list[list[_Tok]] = []
    for run in runs:
        if (len(out) >= 2 and len(out[-1]) == 1 and out[-1][0].text in _GROUPED
                and run[-1].text in _COMPANY_END
                and sentence[out[-2][-1].end:out[-1][0].start] == " ("
                and sentence[out[-1][0].end:run[0].start] == ") "):
            # a company's group in brackets inside its name, as Chinese groups' listed
            # arms write it: `Baotou Iron and Steel (Group) Co., Ltd.`
            out[-2:] = [out[-2] + out[-1] + run]
            continue
        end = _words_end(run)
        owned = 0
        if len(out) >= 2 and end >= 2 and sentence[out[-1][-1].end:run[0].start] == ") ":
            # (the name after the bracket may end before a connector and another name:
            # "... (CPC) Central Committee with Comrade Xi Jinping at its core"; but a
            # committee "of" a place is its: "... (CPC) Working Committee of Hebei
            # Xiong'an New Area")
            head = next((i + 1 for i in range(1, end) if _HEADS.get(run[i].text) in (
                "organisation", "programme", "event", "place") and (
                    i + 1 == end or run[i + 1].text in _CONNECTORS)), 0)
            if head and not (head < end and run[head].text == "of"):
                end = head
            elif head:
                owned = head    # the body's head, the place that owns it after it
        if (len(out) >= 2 and end >= 2
                # (the official form "China (<place>) ..." names whatever its head:
                # `China (Hainan) International Trade Single Window`)
                and (_HEADS.get(run[end - 1].text) or out[-2][-1].text == "China")
                and sentence[out[-1][-1].end:run[0].start] == ") "):
            before, inside = out[-2], out[-1]
            if (len(inside) == 1 and _acronym(inside[0].text)
                    and _HEADS.get(run[(owned or end) - 1].text) in (
                        "organisation", "programme", "event")
                    and sentence[before[-1].end:inside[0].start] == " ("
                    and before[-1].text[:1].isupper() and run[0].text[:1].isupper()):
                # `Communist Party of China (CPC) Central Committee`: the party's committee,
                # its acronym glossed inside the name (the glossed harvester pairs them);
                # so `Greater Mekong Subregion (GMS) Economic Cooperation Program`, a
                # programme, and `Shanghai Cooperation Organization (SCO) Summit`, an event.
                rest = run[end:]
                while rest and rest[0].text in _CONNECTORS:
                    rest = rest[1:]
                out[-2:] = [before + inside + run[:end], *([rest] if rest else [])]
                continue
            # (the words before the bracket may end a run of names joined by connectors,
            # "Ningbo-Zhoushan Port and the China (Zhejiang) ...": its last name is the one)
            k = max((i for i, t in enumerate(before) if not t.text[:1].isupper()), default=-1)
            lead, tail = before[:k + 1], before[k + 1:]
            while lead and lead[-1].text in _CONNECTORS | _SECOND_CONNECTORS:
                lead = lead[:-1]
            if (1 <= len(tail) <= 4 and len(inside) <= 2 and run[0].text[:1].isupper()
                    and sentence[tail[-1].end:inside[0].start] == " ("
                    and all(t.text[:1].isupper() and t.text[1:].islower() for t in inside)):
                # (a place in brackets sits inside a name, capitalised words after it; "of"
                # after the brackets follows a short name glossing the one before: "...
                # in Polar Waters (Polar Code) of the International Maritime Organization")
                if lead and [t.text for t in before[len(lead):k + 1]] in (["of", "the"], ["of"]) and (
                        _HEADS.get(lead[-1].text) == "organisation"
                        or lead[-1].text in _HEADS and any(t.text == "of" for t in lead)):
                    # a body "of" the bracketed name is named with it: `Office of the China
                    # (Fujian) Pilot Free Trade Zone`, `Administration of the Lingang Special
                    # Area of the China (Shanghai) Pilot Free Trade Zone`; each of the two is
                    # a name too (but an area of it is a name of its own, said so on its
                    # own: `Lingang Special Area`, `Suzhou Area`)
                    out[-2:] = [lead, tail + inside + run, before + inside + run]
                    continue
                out[-2:] = [*([lead] if lead else []), tail + inside + run]
                continue
        out.append(run)
    return out


def _date_before(sentence: str, start: int) -> tuple[int, bool] | None:
    """Where a month (and perhaps its day) said just before ``start`` begins, and whether
    the day was said there: "September 18 " before "History Museum" -> (its start,
    True); "September " before "18th Incident" -> (its start, False); else None."""
    at = sentence.rfind(" ", 0, start - 1) + 1
    word = sentence[at:start - 1]
    if word in _MONTHS:
        return at, False
    if at < 2 or not _DAY.fullmatch(word):
        return None
    before = sentence.rfind(" ", 0, at - 1) + 1
    return (before, True) if sentence[before:at - 1] in _MONTHS else None


def _join_quoted(sentence: str, runs: list[list[_Tok]]) -> list[list[_Tok]]:
    """Join a document's title and the quoted name of what its subject is about, with the
    head after the quotes: `Opinions on Deepening the Implementation of the "AI Plus"
    Initiative` is one title, its quotes inside (the quoted harvester takes "AI Plus")."""
    out: list[list[_Tok]] = []
    for run in runs:
        if len(out) >= 2 and _HEADS.get(run[0].text) in ("programme", "event"):
            prev, quoted = out[-2], out[-1]
            opened = sentence[prev[-1].end:quoted[0].start]
            closed = sentence[quoted[-1].end:run[0].start]
            if (len(prev) >= 3 and prev[-1].text == "the" and opened in (' "', " “")
                    and closed in ('" ', "” ") and len(quoted) <= 4
                    and all(t.text[:1].isupper() for t in quoted)
                    and _document_title([t.text for t in prev])):
                out[-2:] = [prev + quoted + run]
                continue
        out.append(run)
    return out


# Heads of the names of international instruments (treaties and their kin): a body or
# a protocol "to the" one of them is named with it, `Conference of the Parties to the
# Convention on Biological Diversity`, `Protocol to the Convention on Wetlands`.
_INSTRUMENTS = frozenset(w for w, cat in _HEADS.items() if cat == "instrument")


def _instrument_on(words: list[str]) -> bool:
    """Whether ``words`` end in an instrument's title and its subject after "on"
    (`Treaty on Long-Term Good-Neighborliness`), or after "of" where the subject is
    said in common words, what the parties pledge (`Treaty of Permanent
    Good-Neighborliness`), not a place the instrument is named for (`Treaty of Rome`)."""
    last = max((i for i, w in enumerate(words) if w in _INSTRUMENTS), default=-1)
    if last < 0:
        return False
    subject = words[last + 1:]
    if "on" in subject:
        return True
    lex = _lexicon()
    return (len(subject) >= 2 and subject[0] == "of"
            and all(lex.get(part.lower()) in ("N", "J", "G")
                    for w in subject[1:] for part in w.split("-")))


def _join_to_instrument(sentence: str, runs: list[list[_Tok]]) -> list[list[_Tok]]:
    """Join a name and the instrument it is "to the": `Conference of the Parties` `to the`
    `United Nations Framework Convention on Climate Change` is one body's name. The
    connectors become words of the run, and _coordinates keeps them inside the name."""
    out: list[list[_Tok]] = []
    for run in runs:
        if out and out[-1][-1].text[:1].isupper():
            prev = out[-1]
            a = prev[-1].end
            if (sentence[a:run[0].start] == " to the "
                    and (any(t.text in _INSTRUMENTS for t in _up_to_connector(run))
                         or _to_the_object([t.text for t in prev]))):
                out[-1] = [*prev, _Tok("to", a + 1, a + 3), _Tok("the", a + 4, a + 7), *run]
                continue

        out.append(run)
    return out


# Heads of bodies a country posts abroad, or opens abroad, named with where they are:
# `Embassy of China in Pakistan`, `Confucius Institute in Kenya`, `Luban Workshop in
# Djibouti` (鲁班工坊).
_POSTED = frozenset("""Embassy Embassies Consulate Consulate-General Institute Institutes
    Workshop Workshops Chamber Mission Office Center Centre Delegation""".split())


# Heads of the names of statutes (法, 条例).
_STATUTES = frozenset({"Law", "Regulations"})


# Heads of the names of journeys and of missions sent somewhere (考察, 科考, 使团).
_JOURNEYS = frozenset({"Expedition", "Expeditions", "Mission", "Missions", "Voyage",
                       "Journey"})
# Heads of what is dedicated "to the" people or thing it honours: `Monument to the People's
# Heroes` (人民英雄纪念碑), `Ode to the Motherland`.
_DEDICATIONS = frozenset({"Monument", "Monuments", "Ode", "Tribute"})


def _to_the_object(words: list[str]) -> bool:
    """Whether a run's words name what goes on with "to the" and its object, another
    run: an amendment (`Amendment IX to the Criminal Law`), "Give (Full) Play", a title's
    gerund (`Five-Year Plan for Adhering to the Sinicization of Islam`, `... New Energy
    Vehicles Going to the Countryside`), or a journey named with where it goes (`Second
    Comprehensive Scientific Expedition to the Qinghai-Xizang Plateau`, `Permanent
    Mission of China to the United Nations`, `Journey to the West`), or a monument
    dedicated to whom it honours (`Monument to the People's Heroes`)."""
    return (_amendment(words) or _gives_play(words) or _titled_gerund(words)
            or words[-1] in _JOURNEYS or _head(words) in _JOURNEYS
            or words[-1] in _DEDICATIONS)


def _titled_gerund(words: list[str]) -> bool:
    """Whether a run's words end in a title's gerund: after "for" or "on" (`... for
    Adhering`), or after two Title Case words (`... Support New Energy Vehicles Going`)."""
    return len(words) >= 2 and (_gerund_after(words[-2], words[-1]) or (
        len(words) >= 3 and _title_gerund(words[-1])
        and all(w[:1].isupper() for w in words[-3:])))


def _gives_play(words: list[str]) -> bool:
    """Whether a run's words end in "Give (Full) Play", a title's 发挥作用 that goes on
    with "to the" and what it gives play to: `... to Better Give Play to the Role of
    Data ...`."""
    return words[-2:] == ["Give", "Play"] or words[-3:] == ["Give", "Full", "Play"]


def _amendment(words: list[str]) -> bool:
    """Whether the words end in a numbered amendment (`Amendment IX`, `Amendment 11`),
    named with the law it amends after "to the" (`Amendment IX to the Criminal Law`)."""
    return (len(words) >= 2 and words[-2] == "Amendment"
            and (_ROMAN.fullmatch(words[-1]) is not None or words[-1].isdigit()))


# The heads of the titles of policy documents (a programme's heads and the kinds of
# document the central authorities issue): a title in Title Case goes on through a
# place's possessive and an infinitive, `Opinions on Supporting Fujian's Exploration of
# ...`, `Decision ... on Further Deepening Reform Comprehensively to Advance ...`.
_DOCUMENTS = frozenset(w for w, cat in _HEADS.items() if cat == "programme") | frozenset(
    "Decision Resolution Notice Circular Provisions Rules Report Communique Regulation"
    " Code Book Position Statement Declaration Methods Principles Catalog Catalogue"
    " Guide".split())
# What a possessive makes one name with: `New Year's Day`, `Chinese Valentine's Day`.
_POSSESSED_DAYS = frozenset({"Day", "Eve"})
# What a figure's possessive makes one name with, the place of their memory: `Zhu De's
# Former Residence`, `Hami King's Mausoleum`, `Pu Songling's Former Residence`.
_MEMORIALS = frozenset({"Former", "Mausoleum", "Tomb", "Memorial", "Birthplace", "Shrine"})
# A document a country's possessive opens, the stance it states on a subject: `China's
# Position on the Political Settlement of the Ukraine Crisis` (立场文件).
_STANCES = frozenset({"Position"})


# A noun made of a verb, as a title's subject is said: "Promotion", "Development".
_NOMINAL = re.compile(r"[a-z](?:tion|sion|ment|ance|ence)s?$")


def _activity(word: str) -> bool:
    """A capitalised noun of an activity: one made of a verb (`Exhibition`, `Development`)
    or a gerund (`Trading`)."""
    return word[:1].isupper() and (
        _NOMINAL.search(word) is not None
        or word.endswith("ing") and _lexicon().get(word.lower()) in ("G", "N"))


def _activity_with_the(words: list[str]) -> bool:
    """Whether the words end in an activity said with "the", its modifiers between them
    (`... for the Development`, `... for the Digital Transformation`): it takes its object
    with "of"."""
    if not _activity(words[-1]):
        return False
    the = max((i for i, w in enumerate(words) if w == "the"), default=-1)
    return the >= 0 and all(w == "and" or w[:1].isupper() and w not in _HEADS
                            for w in words[the + 1:-1])


def _subject_with_the(words: list[str], prep: str = "on") -> bool:
    """Whether a title's subject after its last "on" (or ``prep``) opens with "the", so that
    "and the" adds a second one: `Law ... on the Territorial Sea and the Contiguous Zone`."""
    on = max((i for i, w in enumerate(words) if w == prep), default=-1)
    return 0 < on < len(words) - 2 and words[on + 1] == "the" and "and" not in words[on:]


def _subject_said(words: list[str]) -> bool:
    """Whether the words are a title that says its subject after "for" or "on" (`Day for
    Dialogue ...`, `Measures on ...`): "among", "against" or "under" go on in it."""
    return "for" in words or "on" in words


def _listed_fields(words: list[str]) -> bool:
    """Whether the words after the last "of" are two capitalised words or more with no
    connector between: a list of a body's fields whose commas the run dropped (`Bureau of
    Culture, Tourism`)."""
    if "of" not in words:
        return False
    fields = words[len(words) - words[::-1].index("of"):]
    return len(fields) >= 2 and not any(w in _CONNECTORS for w in fields)


def _body_field(words: list[str]) -> bool:
    """Whether the words name a body's field: a body's head and "of" (`Department of
    ...`), its field after it."""
    return any(_HEADS.get(w) == "organisation" and nxt == "of" for w, nxt in pairwise(words))


def _document_title(words: list[str]) -> bool:
    """Whether a run's words open with a policy document's title: a document head and,
    after it, the `on` or `for` of its subject (`Guidelines on`, `Decision of the CPC
    Central Committee on`)."""
    for i, w in enumerate(words):
        if w in _DOCUMENTS:
            return "on" in words[i + 1:] or "for" in words[i + 1:]
    return False


def _agent_title(words: list[str], first: str, last: str) -> bool:
    """Whether a document's title goes on with `by` and who is to act under it, a plural
    noun or an organisation (`Measures for the Administration of ... by Banking and
    Insurance Institutions`, `... Disclosure of Information by Listed Companies`), with
    `by` and what causes the activity it ends in, a common noun (`Law on the Prevention and
    Control of Environmental Pollution by Solid Waste`), or with `by` and a gerund, the
    means (`Action Plan for ... Consumer Goods Trade-ins by Raising Standards`); ``first``
    and ``last`` are the first and last words after `by`."""
    return _document_title(words) and (
        _plural_noun(last) or _HEADS.get(last) == "organisation"
        or _activity(words[-1]) and _lexicon().get(last.lower()) == "N"
        or _title_gerund(first))


def _infinitive_title(words: list[str], verb: str) -> bool:
    """Whether a title goes on with `to` and ``verb`` (capitalised): after a document's
    title and its subject (`Decision ... on Deepening Reform to Advance ...`), or a
    programme's name of two words or more ending in its head (`Special Action Plan to
    Boost Consumption`) or a war's (`War to Resist ...`), when the verb is a word of
    English (not a place: `... Plan to Beijing`)."""
    if _document_title(words):
        return True
    # (a programme's head alone before its aim is the title's start: `Program to
    # Revitalize Border Areas ...`; so is an observed day's: `World Day to Combat
    # Desertification and Drought`)
    return ((len(words) >= 2 or _HEADS.get(words[-1]) in ("programme", "instrument")
             or words[-1] in _WARS)
            and (words[-1] in _DOCUMENTS or words[-1] in _OBSERVED or words[-1] in _WARS
                 or words[-1] in _INSTRUMENTS)
            and verb.lower() in _lexicon())


# A war named for its aim with "to": `War to Resist US Aggression and Aid Korea` (抗美援朝
# 战争), alone or the name of a memorial hall, a spirit or a victory after "of the".
_WARS = frozenset({"War", "Struggle"})


# The heads of the names of seas and oceans, which a treaty's subject may be in.
_SEAS = frozenset({"Ocean", "Sea", "Seas"})
# The year a title's aim is to be reached by, in lowercase "by" after it.
_BY_YEAR = re.compile(r" by (?:19|20)\d\d\b(?![,.]?\d)")


def _aimed_title(words: Sequence[str]) -> bool:
    """Whether a programme's title says its aim with "to" and a verb or with a gerund after
    "for" or "on" (`Action to Achieve ...`, `Action Plan for Reducing ...`)."""
    return any(w == "to" and _verb(nxt.lower()) or _gerund_after(w, nxt)
               for w, nxt in pairwise(words))


# The words after a document's subject that say where or in what case it applies.
_APPLIES_AT = frozenset({" at ", " in the ", " in "})
# The words after a title's gerund and object that give them a role or a place.
_TITLE_ROLES = frozenset({" as a ", " as an ", " as ", " as the ", " at ", " at the "})
# ... or where, or from where, it acts (the connectors "among", "under" ... join runs
# anyway): `Action Plan for Effectively Reducing Logistics Costs across Society`,
# `Memorandum of Understanding on Facilitating Cross-boundary Data Flow within the
# Guangdong-Hong Kong-Macao Greater Bay Area`.
_TITLE_REACH = frozenset({" across ", " across the ", " within ", " within the ", " from ",
                          " from the ", " along ", " along the "})
# (what _join_title looks for in a sentence before it reads the sentence's runs)
_REACH_WORDS = tuple({f" {g.split()[0]} " for g in _TITLE_REACH})


def _figure(words: list[str]) -> bool:
    """Whether ``words`` name a person, a figure of history or a king or emperor."""
    return (_person_shaped(_untitled(words)) or " ".join(words) in HISTORICAL_FIGURES
            or words[0] in _ROYAL or words[-1] in _ROYAL or "Emperor" in (words[0], words[-1]))


# A plan's span of years in brackets (before the "for" or "on" of its subject).
_SPANNED_TITLE = re.compile(r" \(((?:19|20)\d\d[-–](?:19|20)\d\d)\) ")
# ... and the kind of list a document's measures are, in Title Case (a run of its own):
# `Special Administrative Measures (Negative List) for Foreign Investment Access`
# (特别管理措施（负面清单）).
_LISTED_TITLE = re.compile(r" \([A-Z][a-z]+ List\) ")


def _join_title(sentence: str, runs: list[list[_Tok]]) -> list[list[_Tok]]:
    """Join what a possessive, an infinitive or an agent cut out of one title: the runs
    after a document's title that go on in Title Case, a place's possessive between them
    (`Opinions on Supporting Zhejiang's High-Quality Development ...`), a `to` (`...
    Comprehensively to Advance Chinese Modernization`), a `by` and who acts (_agent_title)
    or, after a gerund's object, an `as a` or an `at` (_TITLE_ROLES); and a day named with
    a possessive (`New Year's Day`). The words between become words of the run."""
    out: list[list[_Tok]] = []
    for run in runs:
        if (out and run[0].text in ("for", "on") and len(run) > 1
                and out[-1][-1].text in _DOCUMENTS
                and (spanned := _SPANNED_TITLE.fullmatch(
                    sentence, out[-1][-1].end, run[0].start)) is not None):
            # the years a plan covers, in brackets before its subject: `14th Five-Year
            # Plan (2021-2025) for Civil Aviation Development`
            a, b = spanned.span(1)
            out[-1] = [*out[-1], _Tok(spanned.group(1), a, b), *run]
            continue
        if (len(out) >= 2 and run[0].text in ("for", "on") and len(run) > 1
                and out[-2][-1].text in _DOCUMENTS
                and _LISTED_TITLE.fullmatch(sentence, out[-2][-1].end, run[0].start)):
            # the kind of list its measures are, a run of its own between them
            inside = out.pop()
            out[-1] = [*out[-1], *inside, *run]
            continue
        if out and run[0].text[:1].isupper():
            prev = out[-1]
            last = prev[-1]
            gap = sentence[last.end:run[0].start]
            if (last.possessive and gap in ("'s ", "’s ") and run[0].text in _MEMORIALS
                    and _figure([t.text for t in prev])):
                # the place of a figure's memory, up to a connector: `Zhu De's Former
                # Residence`, `Mao Zedong's Former Residence in Shaoshan`, `Zhu De's Former
                # Residence and the ...`
                k = next((i for i, t in enumerate(run) if not t.text[:1].isupper()), len(run))
                out[-1] = prev + run[:k]
                rest = list(dropwhile(lambda t: not t.text[:1].isupper(), run[k:]))
                if rest:
                    out.append(rest)
                continue
            if last.possessive and gap in ("'s ", "’s ") and (
                    (run[0].text in _POSSESSED_DAYS and len(run) == 1)
                    or (run[0].text in _STANCES and len(run) > 2 and run[1].text == "on"
                        and len(prev) == 1)
                    or _document_title([t.text for t in prev])):
                out[-1] = prev + run
                continue
            if (gap in (" up ", " up the ") and last.text == "Opening" and len(prev) > 1
                    and prev[-2].text in ("for", "on")):
                # the particle of a title's "Opening up" (对外开放), in lowercase as the
                # genre writes it: `... Demonstration Zone for Opening up the Services
                # Sector`
                words = gap.split()
                a = last.end + 1
                toks = [_Tok("up", a, a + 2)] + ([_Tok("the", a + 3, a + 6)] if len(words) > 1 else [])
                out[-1] = [*prev, *toks, *run]
                continue
            if (gap == " by " and last.text[:1].isupper()
                    and _agent_title([t.text for t in prev], run[0].text, _last_word(run))):
                a = last.end + 1
                out[-1] = [*prev, _Tok("by", a, a + 2), *run]
                continue
            if gap in (" from ", " or ") and last.text in _BARRED and (
                    gap == " from " or run[0].text in _BARRED):
                # what a catalogue's items are barred from: `Catalogue of Items Prohibited
                # from Delivery`, `... Prohibited or Restricted from Export`
                a = last.end + 1
                out[-1] = [*prev, _Tok(gap.strip(), a, a + len(gap) - 2), *run]
                continue
            if (gap == " to " and last.text[:1].isupper()
                    and (last.text in _RELATED
                         or _infinitive_title([t.text for t in prev], run[0].text))):
                # (or a title's `Related to ...`: `Central Conference on Work Related to
                # Law-Based Governance`)
                a = last.end + 1
                out[-1] = [*prev, _Tok("to", a, a + 2), *run]
                continue
            if (gap in _APPLIES_AT and last.text[:1].isupper()
                    and _document_title([t.text for t in prev])
                    and (run[0].text == "Case" if gap != " at " else (
                        len(run) >= 2 and _plural_noun(run[-1].text)))):
                # a document's subject goes on with the kind of facility it applies at
                # or the case it is for: `Regulations on Emergency Management of Nuclear
                # Accidents at Nuclear Power Plants`, `Convention on Assistance in the
                # Case of a Nuclear Accident or Radiological Emergency`
                out[-1] = _joined(prev, gap, run)
                continue
            if ((gap in _TITLE_ROLES or gap in _TITLE_REACH and not _modifies(sentence, run))
                    and last.text[:1].isupper() and _gerund_title([t.text for t in prev])):
                # a title's gerund and object go on with the role or place it gives
                # them: `Guidelines on Developing Tourism as a Pillar Industry`, `Action
                # Plan for Controlling Plastic Pollution at Source`
                out[-1] = _joined(prev, gap, run)
                continue
        out.append(run)
    return out


def _modifies(sentence: str, run: list[_Tok]) -> bool:
    """Whether a lowercase content word follows ``run``: the run then modifies a common
    noun ("among SCO member states"), no name a title could end with."""
    run = _up_to_connector(run) or run
    m = _NEXT_WORD.match(sentence, run[-1].end)
    return m is not None and m.group(1).islower() and m.group(1) not in FUNCTION_WORDS


_NEXT_WORD = re.compile(r" ([^\W\d_][\w'-]*)")


def _joined(prev: list[_Tok], gap: str, run: list[_Tok]) -> list[_Tok]:
    """``prev`` and ``run`` as one run, the lowercase words of the ``gap`` between them
    (one space apart, as the gaps _join_title reads are) made words of it."""
    a = prev[-1].end + 1
    extra = []
    for w in gap.split():
        extra.append(_Tok(w, a, a + len(w)))
        a += len(w) + 1
    return [*prev, *extra, *run]


def _up_to_connector(run: list[_Tok]) -> list[_Tok]:
    """The capitalised words that open a run, up to its first lowercase word."""
    for i, t in enumerate(run):
        if not t.text[:1].isupper():
            return run[:i]
    return run


def _joins(prev: _Tok, gap: str, nxt: str) -> bool:
    """Whether the text between two words lets them belong to one name."""
    if prev.possessive and prev.text not in _POSSESSIVE_NOUNS:
        return False
    if prev.text in _ABBREVIATIONS and gap[:1] == ".":
        gap = gap[1:]
        if prev.text == "Co" and gap.startswith(",") and nxt in _COMPANY_END:
            gap = gap[1:]
    return gap.isspace() and "\n" not in gap


def _word_class(text: str, prev: str, nxt: str) -> str:
    """'cap', 'num', 'conn' or 'stop' (ends a run); ``prev`` is the run's last word so
    far ("" before a run)."""
    in_run = bool(prev)
    prev_cap = prev[:1].isupper()
    first = text[:1]
    if first.isupper():
        if text in _PRONOUNS:
            # a department's number, before the body it belongs to: `Department of
            # Equipment Industry I of the Ministry ...` (装备工业一司), not the pronoun
            return "cap" if text == "I" and prev_cap and in_run and nxt == "of" else "stop"
        # `March 5`, `Friday`: a date; but `Long March` is a name, and so are a month's
        # day and a movement named after it (`May Day Labor Medal`, `May Fourth Youth
        # Medal`).
        if (text in _MONTHS_DAYS and (not prev_cap or nxt[:1].isdigit()) and nxt not in _DATED
                and not (prev == "the" and nxt[:1].isdigit())
                and not (prev == "Long" and text == "March")):     # (`Long March 8`)
            # (but after a name's "of the" a month and its day open what the name is of:
            # `Memorial Hall of the August 1st Nanchang Uprising`)
            return "stop"
        if text in _ERAS and prev[:1].isdigit():
            return "stop"   # `the Battle of Red Cliffs in 208 AD`: a date, not a name's word
        return "cap"
    if first.isdigit():
        return "num"
    return "conn" if text in _CONNECTORS or (in_run and text in _SECOND_CONNECTORS) else "stop"


def _drop_starter(run: list[_Tok], leads: set[str], mid: set[str]) -> list[_Tok]:
    """Remove a sentence-initial word that is capitalised only because it starts."""
    first = run[0]
    if not first.initial or not first.text[:1].isupper():
        return run
    low = first.text.lower()
    if low in FUNCTION_WORDS or low in _STARTERS:
        return run[1:]
    if (not first.quoted and first.text not in mid and first.text not in leads
            and len(run) >= 2 and _lexicon().get(low) == "J" and zipf(low) >= 3.0
            and all(_acronym(t.text) for t in run[1:])):
        return run[1:]  # `Average PM2.5 density`, `Annual GDP growth`: a common adjective
                        # before an acronym is capitalised only because it starts
    if (not first.quoted and len(run) >= 2 and low.endswith("-level")
            and first.text[1:].islower() and first.text not in mid):
        return run[1:]  # `Community-level Party organizations`, `County-level TCM
                        # hospitals`: the level of an administration (基层, 县级) says where
                        # what follows stands, no name starts with it
    if low in _QUANTIFIERS and run[1:2] and run[1].text not in _SOME_DOCUMENTS:
        return run[1:]  # `Several Class I ports`, but `Several Measures for ...` (若干措施)
    if (first.text not in mid and first.text not in _HEADS and run[1:2]
            and run[1].text in _HEAD_CUT and zipf(low) >= 3.0):
        return run[1:]  # `Read in Chinese`, `Dream of Winter`: a verb or noun, then a name
    if len(run) == 1 or not any(t.text[:1].isupper() for t in run[1:]):
        # A lone word: a name only if it starts names elsewhere, or is rare English, or
        # is an acronym ("ASEAN remained ...": no common word is written in capitals);
        # a participle known to English opening a sentence is none ("Orienting toward").
        if first.text not in leads and _lexicon().get(low) in ("G", "E") and low.endswith(("ing", "ed")):
            return []
        return run if first.text in leads or zipf(low) < 3.0 or _acronym(first.text) else []
    if (not first.quoted and first.text not in mid and _lexicon().get(low) == "V"
            and run[1].text[:1].isupper() and first.text not in _PLACE_FIRST):
        return run[1:]  # `Take Anxi Tieguanyin as an example`: an imperative's verb (but
                        # `Mount Yiwulü, one of ...` opens with its place's head)
    # `Following the ...`, `Currently ...`: adverbs and participles, unless pinyin;
    # after a quote mark they may open a title: "Promoting High-Quality Development".
    if (not first.quoted and first.text not in mid and low.endswith(("ly", "ing", "ed"))
            and not _PINYIN.fullmatch(low) and zipf(low) >= 3.0):
        return run[1:]
    return run


# A craft, probe or vessel named in pinyin and numbered in its series (国信1号, 天问一号):
# "the Guoxin 1, a 100,000-ton aquaculture vessel", "Tianwen 1 reached Mars". One or
# two digits, then punctuation or a verb; a count after a place is no such number
# ("Zhejiang 2 percent").
_SERIAL = re.compile(r" (\d{1,2})(?:(?=[,.;:)!?]|\Z)| (?=([a-z]+)\b))")


# ... or numbered up to three digits and glossed in English right after: "Xueying 601 (Snow
# Eagle 601)", "Xuelong 2 (Snow Dragon 2)".
_SERIAL_GLOSSED = re.compile(r" (\d{1,3})(?= \([A-Z])")


def _serial(sentence: str, word: str, end: int) -> int:
    """Where a one-word pinyin name ending at ``end`` ends with its serial number."""
    if not _PINYIN.fullmatch(word.lower()) or zipf(word.lower()) >= 3.0:
        return end
    glossed = _SERIAL_GLOSSED.match(sentence, end)
    if glossed is not None:
        return glossed.end(1)
    return _numbered_end(sentence, end, _SERIAL, nouns=False)


# A craft, a vehicle, a variety or a work named in words of their own and numbered in
# its series ("Snow Eagle 601" aircraft, "Macao Science 1" satellite, "Shendi Take 1"
# well, "Long March 12" rocket, "Fortune Global 500"): up to three digits (and a letter)
# after a name of no known kind, then punctuation, a verb or the singular noun of what
# it is; a count after a name is followed by its plural or unit ("Guangdong 20 cities").
_SERIAL_NUMBER = re.compile(r" (\d{1,3}[A-Z]?)(?:(?=[,.;:)!?]|\Z)| (?=([a-z]+)\b))")
_NOT_SERIAL_NOUNS = frozenset("""percent per cent yuan dollar euro ton tonne meter metre
    kilometer kilometre km mu hectare kilowatt degree time year month day hour minute
    million billion trillion thousand hundred""".split())


def _serial_name(sentence: str, end: int) -> int:
    """Where a name of two or three words ending at ``end`` ends with its serial number
    (:data:`_SERIAL_NUMBER`)."""
    return _numbered_end(sentence, end, _SERIAL_NUMBER, nouns=True)


def _numbered_end(sentence: str, end: int, pattern: re.Pattern[str], *, nouns: bool) -> int:
    """Where a name ending at ``end`` ends with the number ``pattern`` matches after it:
    then punctuation, or a word that is a verb (``nouns``: or the singular noun of what
    the name is, no unit: "the Snow Eagle 601 aircraft", "the Shendi Take 1 well"; or
    an -ing word opening a clause: "the Long March 5 carrying Chang'e-6")."""
    m = pattern.match(sentence, end)
    if m is None:
        return end
    after = m.group(2)
    if after is not None:
        cls = _lexicon().get(after)
        if not (cls in ("V", "E", "B", "M", "A") or nouns and cls == "G" or nouns and (
                after == "well"     # (an oil well's)
                or cls == "N" and not _plural_noun(after) and after not in _NOT_SERIAL_NOUNS)):
            return end
    return m.end(1)


def _participle_compound(word: str) -> bool:
    """`Hong Kong-funded`, `Beidou-guided`: a name hyphened to a participle or adjective
    is a modifier ("Hong Kong-funded enterprises"), not a name."""
    tail = word.rsplit("-", 1)[-1] if "-" in word else ""
    return tail.islower() and _lexicon().get(tail) in ("E", "J")


def _split(run: list[_Tok], headed: bool = False) -> Iterator[list[_Tok]]:
    """Cut a run into names at connectors that coordinate rather than join (``headed``:
    see :func:`_cut`)."""
    if len(run) <= 1:       # most runs: one word (a name if it is capitalised or a number)
        if run and (run[0].text[:1].isupper() or run[0].text[:1].isdigit()):
            yield from _trim([run[0]])
        return
    # (an "and" after the run's last capitalised word coordinates nothing inside it:
    # "... of the GACC and spokesperson of ...")
    last_word = max((i for i, t in enumerate(run) if t.text[:1].isupper() or t.text[:1].isdigit()),
                    default=len(run))
    # (who acts under a title is its last capitalised word, a year after it aside: "...
    # Personal Information by Apps in 2019")
    last_cap = max((i for i, t in enumerate(run) if t.text[:1].isupper()), default=last_word)
    name: list[_Tok] = []
    i = 0
    while i < len(run):
        if run[i].text[:1].isupper() or run[i].text[:1].isdigit():
            name.append(run[i])
            i += 1
            continue
        j = i
        while j < len(run) and not (run[j].text[:1].isupper() or run[j].text[:1].isdigit()):
            j += 1
        conns = [t.text for t in run[i:j]]
        k = j
        while k < len(run) and (run[k].text[:1].isupper() or run[k].text[:1].isdigit()):
            k += 1
        if (not name or j == len(run) or len(conns) > 2 and not _parallel_subject(name, conns)
                or _coordinates([t.text for t in name], conns,
                                # (who acts under a title is named by its last word)
                                [t.text for t in run[j:last_cap + 1 if conns == ["by"] else k]],
                                # (an "and" of who acts under a title is none of its own)
                                more_and=any(t.text == "and" for t in takewhile(
                                    lambda t: t.text != "by", run[j:last_word])),
                                headed=run[-1].text in _HEADS, titled=name[0].quoted or headed,
                                last=not any(t.text[:1].isupper() or t.text[:1].isdigit()
                                             for t in run[k:]))):
            yield from _trim(name)
            name = []
        else:
            name.extend(run[i:j])
        i = j
    yield from _trim(name)



def _coordinates(left: list[str], conns: list[str], rights: list[str], *,
                 more_and: bool = False, headed: bool = False, last: bool = False,
                 titled: bool = False) -> bool:
    """True if the connectors end the left name instead of continuing it.

    With a second ``and`` further on, a plural head before the first one closes
    a name: ``Black Soil Premium Products and Forest Delicacies and Specialties``
    names two brands (one ``and`` belongs inside the second), while
    ``Thousand Villages Demonstration and Ten Thousand Villages Renovation`` is one.
    ``rights`` are the capitalised words after the connectors (up to the next one);
    ``headed`` says whether the whole run ends in a head (`Plan`, `Ministry`); ``last``
    whether no capitalised word follows ``rights`` in the run; ``titled`` whether the
    left name opens a quote or the run comes before a word that says what it names (a
    title: `"Skilled Personnel in Heilongjiang"`, `Young Talent in Guizhou campaign`).
    """
    right = rights[0]
    if conns == ["&"]:
        return False    # one name: `Footwear & Sports Industry Expo`, `Procter & Gamble`
    if (conns == ["for"] and _place_words(rights)
            and (len(left) == 1 and left[0] not in _HEADS and not _everyday(left[0])
                 or _HEADS.get(_head(left)) == "place" or _person_shaped(_untitled(left)))):
        return True     # a journey's start and where it is for, or a leader's visit and the
                        # place: `trains leave Xining for Qinghai Lake`, `... the Land Port
                        # for Central Asia and Europe` (a body's or a forum's place is its
                        # name's: `Boao Forum for Asia`)
    if (conns == ["and"] and len(rights) >= 2 and rights[-1] in _HEADS
            and left[-1] not in _HEADS and _lexicon().get(left[-1].lower()) == "J"
            and _lexicon().get(right.lower()) == "J" and not _foreign(left[-1])):
        return False    # two adjectives of one head, a name ends in none: `Office of the
                        # Central Ecological and Environmental Protection Inspection Work
                        # Leading Group`, `Economic and Social Council`
    if conns == ["and"] and last and rights == ["Party"] and left[-1] in _HEADS:
        return True     # the Party of a post after a body (党委书记): `... CPC Lanxi
                        # Municipal Committee and Party secretary of Lanxi`
    if (conns == ["and"] and len(left) >= 2 and len(rights) >= 2 and right == left[0]
            and "of" not in left
            and (left[-1] in _HEADS or _HEADS.get(rights[-1]) != "organisation")):
        return True     # a second name opened by the first one's first word: `Fantawild
                        # Adventure and Fantawild Oriental Heritage`, `Harbin Turbine and
                        # Harbin Boiler` (but a body's field may say a word twice before
                        # its head: `Government Information and Government Affairs
                        # Disclosure Office`; and a body's "of" goes on: `... of the
                        # Ministry of Industry and Information Technology`)
    if (conns == ["and"] and len(left) >= 3 and left[-2] == "Autonomous"
            and left[-1] in AUTONOMOUS_UNITS):
        return True     # an autonomous area's name is whole at its unit, the "and" of
                        # its peoples inside it: `Gongshan Derung and Nu Autonomous County
                        # and Lanping Bai and Pumi Autonomous County` names two counties
    if (conns == ["and"] and len(left) >= 3 and left[-2] == "the" and len(rights) >= 2
            and "-" not in left[-1] and _lexicon().get(left[-1].lower()) == "J"):
        return False    # two modifiers of one head after a title's "the", a name ends in
                        # no adjective: `... for Building the Green and Low-Carbon
                        # High-Quality Development Pilot Zone`
    if conns[0] == "up" and left[-1] == "Opening":
        return False    # a title's "Opening up" (_join_title)
    if conns == ["and"] and left[-1] in DYNASTY_NAMES and right in DYNASTY_NAMES:
        return False    # two dynasties, one period a name is of: `Sui and Tang Grand
                        # Canal`, `Sui and Tang Luoyang City National Heritage Park`
    between = next((i for i, w in enumerate(left) if w in ("between", "Between")), -1)
    if conns in (["and"], ["and", "the"]) and between >= 0 and "and" not in left[between:]:
        return False    # `... between China and Portuguese-Speaking Countries`, `...
                        # between China and the Holy See`: both parties
    if conns == ["and"] and len(rights) == 1 and right in left and _foreign(right):
        return True     # `the Classical Gardens of Suzhou and Suzhou embroidery`: said again
    if len(conns) == 2 and conns[0] == "and" and conns[1] in _HEAD_CUT and conns[1] in left:
        return False    # parallel complements: `Action Plan for Good and for All`
    if (conns == ["and"] and len(rights) >= 2 and rights[-1] in _HEADS
            and _people_plural(left[-1]) and _people_plural(right)):
        return False    # two groups of people one body is of: `Chinese Workers' and
                        # Peasants' Red Army` (工农红军)
    if conns == ["and"] and (left[-1], right) in _ONE_NAME:
        return False    # `Belt and Road Energy Partnership`: one name, whatever follows
    if (conns == ["and", "the"] and rights == ["Pacific"] and left[-1] == "Asia"
            and len(left) >= 2 and left[-2] in _CONNECTORS):
        return False    # one region a name is for: `... Commission for Asia and the
                        # Pacific` (亚太; but `Southeast Asia and the Pacific islands`)
    if conns == ["and"] and right == "Other" and len(rights) == 2 and _document_title(left):
        return False    # a title's closing "and Other Measures" (及其他措施): `Rules on
                        # Counteracting ... of Foreign Legislation and Other Measures`
    if (conns == ["and"] and len(left) >= 2 and not headed and _acronym(left[0])
            and _foreign(left[-1]) and _foreign(right) and right not in _HEADS
            and rights[-1] not in _HEADS and all(w not in _HEADS for w in left)):
        return True     # two companies' names, the first led by its group's acronym:
                        # `HBIS Tangsteel and Shougang Jingtang United Iron and Steel`
    if conns == ["and"] and _coordinated_subject(left, rights):
        return False    # a title's subject goes on: `... on Implementing ... and Promoting ...`
    if (conns == ["and"] and len(rights) >= 2 and _lexicon().get(left[-1].lower()) == "J"
            and _lexicon().get(right.lower()) in ("N", "J") and not _foreign(right)
            and _document_title(left) and not _document_title(rights)):
        return False    # two modifiers of one noun in a document's title: `... Alignment
                        # with High-Standard International Economic and Trade Rules`
    if (conns == ["and"] and len(rights) == 1 and _HEADS.get(right) == "organisation"
            and _activity(right) and _activity(left[-1])
            and (_body_field(left) or _document_title(left))):
        return False    # a body's field or a document's subject is two activities, the
                        # second a body's head too: `Department of Certification
                        # Supervision and Administration`, `Measures for the Supervision
                        # and Administration of Food Safety on ...`
    if (conns == ["and"] and len(left) == 1 and len(rights) == 2
            and rights[-1] in _STATUTES and _activity(left[0]) and _activity(right)):
        return False    # two activities one statute regulates: `Surveying and Mapping Law`
                        # (测绘法), `Bidding and Tendering Law`
    if (conns == ["and"] and more_and and rights == [right] and right in _MEDIA
            and _body_field(left) and _listed_fields(left)):
        return False    # a body's fields listed with commas go on to the media its "and"
                        # pairs: `Municipal Bureau of Culture, Tourism and Radio and
                        # Television` (but `Ministry of Culture and Tourism and ...` ends)
    if (conns == ["and"] and _body_field(left) and _listed_fields(left)
            and "the" not in left[len(left) - left[::-1].index("of"):]
            and _HEADS.get(rights[0]) != "organisation"
            and _HEADS.get(rights[-1]) not in ("organisation", "place")):
        return False    # the last of a body's fields listed with commas: `Bureau of Price
                        # Supervision, Inspection and Anti-Unfair Competition` (but a
                        # place after "of the" and "and" is another name: `Museum of the
                        # Long March and Zunyi Conference Site`)
    if (conns == ["and"] and len(rights) == 2 and _HEADS.get(rights[-1]) == "organisation"
            and _activity(left[-1]) and _activity(right)):
        return False    # two activities before one body's head: `... Commodity Exhibition
                        # and Trading Center`, `... Training and Exchange Center`
    # A name of its own on the right: it starts with an organisation's head (`Ministry of
    # ...`) or ends in a head (`Industrial Bank`); another lone word is a field
    # (`Policies and Regulations`, `Strategy and Planning`).
    right_head = (_HEADS.get(right) == "organisation"
                  or (len(rights) >= 2 and rights[-1] in _HEADS))
    if (conns == ["and"] and more_and and len(left) >= 2 and left[-1][:1].isupper()
            and singular(left[-1]) != left[-1] and not _document_title(left)
            and not _body_field(left)):
        # (but a document's subject lists on: `Regulations on Export Control of Missiles
        # and Missile-related Items and Technologies`, and so does a body's field:
        # `Department of Standards and Quotas of the Ministry of Housing and ...`)
        return True
    if (conns == ["and"] and len(rights) >= 2 and (
            _HEADS.get(rights[-1]) == "organisation" and any(
                w == rights[-1] and nxt == "of" for w, nxt in pairwise(left))
            or next((w for w in reversed(rights) if not w[:1].isdigit()), "") in _DOCUMENTS
            and _document_title(left) and left[-2] != "of")):
        # (but a word after "of" and one before a document's head are that word's object,
        # the head a common noun: `... Reform of Drug and Medical Device Regulation to
        # Promote ...`)
        # (so a document's title ends where another document is named: `Regulations on
        # ... Items and Technologies and UN Security Council Resolution 1540`)
        # `National University of Defense Technology and Central South University`: an
        # organisation's field after "of" ends where another of its kind is named
        return True
    if (conns in (["and"], ["and", "the"]) and not last and len(left) >= 3
            and left[0] in _DOCUMENTS and left[1] == "of"
            and _HEADS.get(rights[-1]) == "organisation"):
        # the bodies that issue a document jointly, its title going on after them:
        # `Opinions of the CPC Central Committee and the State Council on ...`
        return False
    if conns == ["and"] and last and len(rights) == 1 and _HEADS.get(right) == "organisation":
        # a body's head alone names no body: `... Reform of Tax Collection and
        # Administration` goes on (`Ministry of ... and Ministry of ...` has words after)
        return False
    if conns == ["to", "the"]:
        return not (any(w in _INSTRUMENTS for w in rights)    # _join_to_instrument
                    or _to_the_object(left))
    if conns in (["from"], ["or"]) and left[-1] in _BARRED:
        return False                                    # _join_title
    if conns == ["to"]:
        return not (left[-1] in _RELATED or _infinitive_title(left, right))   # _join_title
    if conns == ["by"]:
        return not _agent_title(left, rights[0], rights[-1])    # _join_title
    if (conns == ["at"] and _document_title(left) and len(rights) >= 2
            and _plural_noun(rights[-1])):
        return False                                    # _join_title
    if (conns == ["in", "the"] and _HEADS.get(_head(left)) == "organisation"
            and (rights in (["HKSAR"], ["MSAR"])
                 or rights[-3:] == ["Special", "Administrative", "Region"] and "Office" in left)):
        return False    # the central government's office in a special administrative
                        # region is named with it (驻香港特别行政区): `Office for
                        # Safeguarding National Security of the Central People's
                        # Government in the HKSAR`, `Liaison Office of the Central People's
                        # Government in the Macao Special Administrative Region` (the
                        # region said in full: the office's name, not the government's)
    if conns == ["in"] and left[-2:] == ["on", "Work"]:
        return False    # the work a meeting is on is a place's (西藏工作座谈会): `Third
                        # Central Symposium on Work in Tibet`
    if conns in (["in", "the"], ["in"]) and rights == ["Case"] and (
            _document_title(left) or not _INSTRUMENTS.isdisjoint(left)):
        return False    # the case a document's or a treaty's subject is for: `Convention
                        # on Assistance in the Case of a Nuclear Accident or ...`
    if " " + " ".join(conns) + " " in _TITLE_ROLES:
        return not _gerund_title(left)                  # _join_title
    if " " + " ".join(conns) + " " in _TITLE_REACH and _gerund_title(left):
        return False                                    # _join_title
    if (conns == ["the"] and rights == ["Great"]
            and (len(left) == 1 or left[-2] in _CONNECTORS)):
        return False    # a ruler's epithet: `Yu the Great` (大禹), `Peter the Great`
    if conns == ["the"] and len(left) >= 2 and _subject_participle(left[-2], left[-1]):
        return False    # an instrument's subject after its participle: `Madrid Agreement
                        # Concerning the International Registration of Marks`, `Agreement
                        # Establishing the World Trade Organization`
    if conns == ["the"]:
        # Title Case capitalises prepositions: `Addressing Problems Across the Province`;
        # a document's title goes on after its subject's verb: `Law on Promoting the
        # Transformation of ...`, and so does any name's purpose said with a gerund and
        # its object: `Leading Group for Promoting the Development of ...`.
        return (left[-1].lower() not in FUNCTION_WORDS and not _document_title(left)
                and not (len(left) >= 3 and _gerund_after(left[-2], left[-1]))
                # (a programme's "of" and gerund: `Project of Tracing the Origins of ...`)
                and not (len(left) >= 3 and left[-2] == "of" and _title_gerund(left[-1])
                         and _HEADS.get(left[-3]) == "programme")
                # (two gerunds of one object: `Convention on the Means of Prohibiting
                # and Preventing the Illicit Import, ...`)
                and not (len(left) >= 4 and left[-2] == "and"
                         and _title_gerund(left[-1]) and _title_gerund(left[-3]))
                and not _infinitive_verb(left))
    if conns in (["a"], ["an"]) and (any(_HEADS.get(w) == "programme" for w in left)
                                     or len(left) >= 3 and _gerund_after(left[-2], left[-1])):
        return False    # a title's object: `Outline for Building a Quality Power`; a body's
                        # gerund's: `Central Guidance Commission on Building a Spiritual
                        # Civilization`
    if conns == ["or"]:
        return not _title_subject(left)      # (_join_alternative)
    if len(conns) > 1 and conns[0] == "and" and conns[1] in _PARALLEL and conns[1] in left[1:]:
        # a title's second subject with its preposition said again: `Joint Convention on
        # the Safety of Spent Fuel Management and on the Safety of Radioactive Waste
        # Management` (_parallel_subject)
        return _HEADS.get(_head(left)) not in _ALTERNATIVE_HEADS
    if conns[0] not in _CONNECTORS:
        return True
    if (conns == ["on", "the"] and len(rights) == 1 and "-" in right
            and all(_foreign(p) or p in COUNTRIES or p in PROVINCES for p in right.split("-"))):
        # two places joined name a line whose head follows in lowercase: what a station
        # stands on, no part of its name (`Badaling Great Wall Station on the
        # Beijing-Zhangjiakou high-speed railway`, `Detian Waterfall on the China-Vietnam
        # border`: countries and provinces too)
        return True
    if conns[0] == "under":
        # a status a list or a title's subject is under, said without "the": `List of
        # Wildlife under Special State Protection`; under "the" a body or a framework it
        # belongs to, a name of its own (`... Economic Corridor under the Belt and Road
        # Initiative`)
        return not (conns == ["under"] and ("of" in left or _subject_said(left)))
    if conns[0] == "against":
        # what a day, a campaign or a convention is against: `International Day against
        # Drug Abuse and Illicit Trafficking`, `Convention against Torture`; elsewhere two
        # names (`Beijing against Shanghai`)
        return not (_HEADS.get(_head(left)) in ("event", "programme", "instrument")
                    or _subject_said(left))
    if conns[0] in _PARTIES:
        # the parties of a title's subject, said after its "for" or "on": `International
        # Day for Dialogue among Civilizations`, `Forum for Economic and Trade Cooperation
        # between China and Portuguese-Speaking Countries`; elsewhere who is between
        # whom (`Friendship between China and Laos`): the names either side
        # (an acronym alone after it modifies a lowercase head: `... among SCO member
        # states`)
        # (an agreement's or a treaty's parties are in its name: `Provisional Agreement
        # between China and the Holy See on the Appointment of Bishops`)
        if "instrument" in (_HEADS.get(left[-1]), _HEADS.get(_head(left))) and not (
                len(rights) == 1 and _acronym(right)):
            return False    # (`Treaty of Peace and Friendship between China and Japan`)
        return not _subject_said(left) or len(rights) == 1 and _acronym(right)
    if conns[0] in _MEANS and _gerund_title(left):
        # A title's subject goes on with its means or its result: `Pilot Zone for
        # Replacing Old Growth Drivers with New Ones`, `Opinions on Stimulating the
        # Vitality of ... through the High-Quality Development of ...`
        return False
    if conns[0] == "through":
        return True     # `visitors from Beijing through Harbin`: two names
    if (conns == ["with"] and len(left) == 1 and left[0] not in _HEADS and len(rights) == 1
            and (_acronym(right) or right in COUNTRIES or right in PROVINCES)):
        return True     # `Trade with ASEAN and ...`, `Cooperation with Laos`: a common word
                        # opening a sentence, and a name it is done with
    if conns == ["with"] and len(left) == 1 and left[0] not in _HEADS and not _everyday(left[0]):
        return True     # `combine Pingyao with Wang Family Courtyard`, `Fuyun with Kanas
                        # Lake`: a place's one word and what it is joined with, two names
                        # (a common word's is a title's: `Socialism with Chinese ...`)
    if (conns == ["for", "the"] and len(left) == 1 and rights[-1] in _OBSERVED
            and _lexicon().get(left[0].lower()) == "N"
            and all(_lexicon().get(w.lower()) in ("N", "J") for w in rights[:-1])):
        return False    # a month or day observed for what a common noun says: `Respect
                        # for the Elderly Month` (敬老月), not `... China for the Spring ...`
    if ((conns[0] == "on" or conns == ["for", "the"]) and len(left) == 1
            and left[0] not in _HEADS and left[0] not in _DOCUMENTS):
        # `a press conference in Beijing on Shandong's efforts`, `travel to China for the
        # Spring Festival`: a name has "on" or "for the" after its head (`Forum on ...`,
        # `Center for the ...`), never after a place's one word (but `Grain for Green`)
        return True
    if (conns in (["on"], ["on", "the"]) and len(left) >= 2 and len(rights) >= 2
            and (_HEADS.get(left[-1]) == "place" or left[-1] in _FACILITIES
                 or _HEADS.get(_head(left)) in ("place", "organisation"))
            and (_HEADS.get(rights[-1]) == "place" or rights[0] in _PLACE_FIRST)):
        # `Shaolin Temple on Songshan Mountain`, `Baihetan Hydropower Station on the
        # Jinsha River`, `Foguang Temple on Mount Wutai`: a place (or a plant), and where
        # it stands; so does a place or body named with its owner (`Maritime Silk Road
        # Museum of Guangdong on Hailing Island`)
        return True
    if (conns == ["on", "the"] and len(rights) == 1 and len(left) >= 2
            and (left[-1] in _FACILITIES or _HEADS.get(left[-1]) == "place")
            and (_foreign(right) or right in COUNTRIES or right in PROVINCES)):
        # `Three Gorges Project on the Yangtze`, `Sanjiang Port on the Yangtze`: a plant or
        # a place, and the river or the region it stands on, said in one word of its own
        return True
    if all(_ORDINAL.fullmatch(w) or w.isdigit() for w in left):
        return True     # `ranked 10th on the Global Innovation Index`: a rank, then a name
    if conns[0] == "into":
        # A title's aim: `Master Plan on Building China into a Leading Country in
        # Education`; elsewhere what a place is turned into (`Harbin into a ... City`)
        return not any(_HEADS.get(w) == "programme" for w in left)
    if (conns in (["of", "the"], ["of"]) and len(rights) == 1 and _acronym(right)
            and (last and _HEADS.get(_head(left)) == "programme" or left[-1] == "List"
                 or last and _head(left) in _REGISTERS)
            and not _activity_with_the(left)):
        return True     # `Strategic Priority Program on Space Science of the CAS`, `World
                        # Heritage List of UNESCO`, `Representative List of the Intangible
                        # Cultural Heritage of Humanity of UNESCO`: its owner; but the
                        # activity a title is about takes its object so: `14th Five-Year
                        # Plan for the Development of TCM`, `Law on the Promotion of SMEs`
    if (conns == ["and"] and len(left) > 1 and len(rights) > 1 and left[-1].isdigit()
            and rights[-1].isdigit()):
        return True     # `Agenda 2063 and Saudi Vision 2030`: each named with its number
    if conns[0] == "of" and len(left) == 1 and _acronym(left[0]):
        return True     # `GDP of Hunan and Hubei`: an acronym and its complement, two names
    if (conns == ["of"] and len(left) == 1 and " ".join(rights) in PROVINCES
            and _foreign(left[0]) and _category(left, None) is None):
        return True     # `Hechi of Guangxi`: a place of no English and the province it is in
    if conns[0] == "of" and (left[0] in _HONORIFICS or _person_shaped(_untitled(left))
                             or len(left) == 2 and left[1] == "Emperor" and rights[-1] in _DYNASTIES):
        return True     # `Mr. Ren Kaiming of the National Energy Administration`, `Director
                        # Li Ming of the ...`, `King Pan Geng of the Shang Dynasty`, `Kangxi
                        # Emperor of the Qing Dynasty` (named by his reign's title): a person
    if (conns == ["and", "the"] and _document_title(left) and not any(w in _DOCUMENTS for w in rights)
            and (_NOMINAL.search(right) or _subject_with_the(left)
                 # (or after "for": `... for the Development of National Undertakings for
                 # the Elderly and the Elderly Care Service System`)
                 or _subject_with_the(left, "for") and _HEADS.get(rights[-1]) != "organisation"
                 or _plural_noun(rights[-1]) and rights[-1] not in _HEADS
                 and _lexicon().get(rights[-1].lower()) == "N")):
        # a title's subject of two nominalisations: `Law on Basic Medical and Health Care
        # and the Promotion of Health`; or of two groups it protects: `... Rights and
        # Interests of Returned Overseas Chinese and the Family Members of ...`
        return False
    if conns[0] == "and":
        if (left[0] in _TITLES and not (len(left) > 1 and (
                left[1] in _DOCUMENTS or _HEADS.get(left[1]) is not None
                or _HEADS.get(singular(left[1])) == "organisation"))
                or _person_shaped(left[-2:]) or right in _TITLES):
            # `Mr. Yu Jian and Mr. Xu Xiangguo` (but a title's word before a document's
            # or a body's head is no one's title: `General Code for ...`, `General Offices
            # of the CPC Central Committee and the State Council`)
            return True
        if (len(conns) == 1 and len(rights) >= 2 and rights[0] in _PLACE_FIRST
                and _HEADS.get(left[0]) != "organisation"):
            return True  # `the Ancient City of Pingyao and Mount Wutai`: two sites
        if (last and not headed and len(left) >= 2 and " ".join(left) in COUNTRIES
                and rights[-1] not in _HEADS):
            return True     # `the Republic of Korea and Southeast Asia`, `the United States
                            # and Southeast Asia`: a country of more words and a place
        if (len(conns) == 1 and len(left) >= 3 and left[-2] == "of" and len(rights) >= 2
                and left[-1] == "China" and _HEADS.get(_head(left)) in ("company", "organisation")):
            # a body named with the country it is of ends there: `State Grid
            # Corporation of China and China Southern Power Grid` names two companies
            return True
        if len(conns) == 1 and any(w in ("of", "for") for w in left[1:]):
            # The complement of `X of ...` coordinates inside the name: `Ministry of
            # Industry and Information Technology`, `Department of Strategy and Planning`;
            # `Ministry of Commerce and Ministry of ...` names two (a head on the right).
            # But two words or more after the last connector, none a head, are the first
            # half of one organisation whose head ends the right: `Department of ... of
            # the National Development and Reform Commission`.
            tail = left[max(i for i, w in enumerate(left) if not w[:1].isupper()) + 1:]
            if (len(tail) >= 2 and not any(w in _HEADS for w in tail)
                    and _HEADS.get(right) != "organisation"
                    and (_HEADS.get(rights[-1]) == "organisation"
                         # (or a zone's, its fields in English: `Administrative Committee
                         # of the Zhundong Economic and Technological Development Zone`)
                         or _HEADS.get(rights[-1]) == "place" and not _foreign(right)
                         and (_lexicon().get(right.lower()) in ("J", "N")
                              # (a compound of common words too: `... of the Ruili Key
                              # Development and Opening-up Experimental Zone`)
                              or "-" in right and _everyday(right)))):
                return False
            if last and len(rights) == 1 and _lexicon().get(right) == "J":
                return True     # an adjective of what follows in lowercase, no field:
                                # `Red Cross Society of China and Chinese medical teams`
            if rights[-1] == "Industries" and _document_title(left):
                return False    # a document's subject: `... to Cover the Steel, Cement and
                                # Aluminum Smelting Industries`, no company of that name
            if (_document_title(left) and _HEADS.get(rights[-1]) == "place"
                    and _lexicon().get(right.lower()) == "N" and not _foreign(right)):
                return False    # the zone a document is for, its fields coordinated:
                                # `Implementation Plan for the ... Ceramic Culture
                                # Heritage and Innovation Pilot Zone`
            return right_head
        if (len(rights) >= 2 and _HEADS.get(left[-1]) == "place"
                and rights[-1] in _ADMINISTRATIVE_UNITS
                and _HEADS.get(right) != "organisation" and not _foreign(right)
                and _lexicon().get(right.lower()) == "N"):
            # a place's common noun and another before an administration's part: the
            # fields of the part (`Forest and Grassland Fire Prevention Department`,
            # `Chongqing Municipal Port and Logistics Office`); a name on the right is a
            # body of its own (`Yangshan Port and Shanghai Customs`), and a center may
            # be the place's neighbour (`Zhoushan Port and Logistics Center`)
            return False
        if (len(left) == 1 and len(rights) >= 2 and not headed and left[0] not in _HEADS
                and _HEADS.get(rights[-1]) not in ("organisation", "programme", "instrument")
                and not (_lexicon().get(left[0].lower()) == "J"
                         and _lexicon().get(rights[0].lower()) == "J")
                and not (len(rights) == 2 and rights[-1] in _DYNASTIES
                         and _everyday(left[0]) and _everyday(rights[0]))):
            # (a period of history named by two common words is one: `Spring and Autumn
            # Period`)
            # `Europe and Central Asia`: two places, not one name (but `Food and
            # Agriculture Organization`: the fields of one body, `Anti-Telecom and Online
            # Fraud Law`: the subjects of one law, `Diagnosis and Treatment Protocol for
            # COVID-19`: of one protocol; and two adjectives share the head:
            # `Lunar and Planetary Data Release System`)
            return True
        if (len(left) == 2 and len(rights) == 1 and last and not headed
                and not any(w in _HEADS for w in left)
                and _lexicon().get(right.lower()) not in ("N", "J", "V", "E", "G")):
            # `Hong Kong and Macao`, `Inner Mongolia and Ningxia`: two places (but
            # `Changbai Berries and Herbs`: a common word on the right is a field).
            return True
        if len(left) >= 2 and len(rights) >= 2 and left[-1] == rights[-1]:
            return True  # `South Asia and Southeast Asia`: the head said twice, two names
        if (len(left) == 2 and len(rights) == 2 and last and not headed
                and not any(w in _HEADS for w in (*left, *rights))
                and not any(_lexicon().get(w.lower()) in ("N", "J", "V", "E", "G")
                            for w in (left[-1], rights[-1]))):
            # `Latin America and Central Asia`, `North Korea and South Africa`: each half
            # ends in a proper noun, so each is a place (`Rural Development and Poverty
            # Alleviation` ends in common nouns: one field).
            return True
        if last and len(rights) == 1 and _acronym(right) and not _acronym(left[-1]):
            return True  # `BeiDou Navigation Satellite System and AI`: a name of its own
        if last and left[-1] in _HEADS and all(w in _HEADS for w in rights):
            return False  # `... Conservation Strategy and Action Plan`: heads alone name nothing
        if (conns == ["and"] and more_and and headed and not right_head
                and _HEADS.get(left[-1]) == "place"):
            # `National Forest and Grassland Fire Prevention and Extinguishment
            # Headquarters`: fields coordinated before the head that ends the run, not
            # a place and another name (the right half ends in no head)
            return False
        if (len(left) == 1 and len(rights) == 1 and last
                and _lexicon().get(left[0].lower()) is None
                and _lexicon().get(right.lower()) is None):
            return True     # `France and Japan`, `Nepal and Uzbekistan`: two proper nouns
        if (len(conns) == 1 and len(left) == 1 and left[0] != "China" and len(rights) >= 2
                and _HEADS.get(rights[-1]) == "organisation" and rights[0] not in _HEADS
                and _lexicon().get(left[0].lower()) == "N"
                and _lexicon().get(rights[0].lower()) == "N"):
            return False    # two fields of one body, common nouns (`Fire and Rescue
                            # Operations Department`), which may spell like pinyin
        if (len(conns) == 1 and left[-1] in _MEDIA and len(rights) >= 2
                and _HEADS.get(rights[-1]) == "organisation"
                and (rights[0] in _MEDIA or rights[0] not in _HEADS
                     and _lexicon().get(rights[0].lower()) == "N")):
            return False    # `National Radio and Television Administration`, `National
                            # Press and Publication Administration`: the fields of one body
        if (conns == ["and", "the"] and "of" in left[1:3] and _HEADS.get(rights[-1]) == "organisation"
                and any(w != singular(w) and _HEADS.get(singular(w)) == "organisation"
                        for w in left[:left.index("of")])):
            return False    # the offices of two bodies, named once in the plural: `General
                            # Offices of the CPC Central Committee and the State Council`
        if conns == ["and"] and len(rights) >= 2 and right == "China":
            return True     # a name that opens with "China" after "and" is a body or a
                            # firm of its own (中国...): `Air China and China Southern
                            # Airlines`, `Sunward Intelligent Equipment and China Railway
                            # Construction Heavy Industry`
        # `Luban Prize and the Dayu Prize`, `Oil Field and Beidahuang Group`,
        # `Beijing and Tianjin`, `Johnson & Johnson and Procter & Gamble` -- but `Belt
        # and Road`, `Ministry of Industry and ...`, and a rare common noun is a field of
        # the event or body named after it (`Footwear and Sports Industry Expo`).
        return (len(conns) > 1 or left[-1] in _HEADS or "&" in left
                or (len(left) == 1 and (zipf(left[0].lower()) < 3.5 and not (
                    _lexicon().get(left[0].lower()) in ("N", "J")
                    and _HEADS.get(rights[-1]) in ("event", "organisation"))
                    or _PINYIN.fullmatch(left[0].lower()) is not None)))
    if conns[0] in _LOOSE_CONNECTORS and len(left) == 1 and _acronym(left[0]):
        return True     # `host APEC in Shenzhen`: an acronym's name has no place in it
    if conns[0] in _LOOSE_CONNECTORS and (_person_shaped(left) or " ".join(left) in HISTORICAL_FIGURES):
        return True     # `recorded by Sima Qian in the Records of the Grand Historian`: a
                        # person's name goes on with no "in" or "with"
    if conns == ["of", "the"] and last and len(rights) == 1 and right in DYNASTY_NAMES:
        return True     # `Yongling Mausoleum of the Qing dynasty`: when it was built, the
                        # dynasty said in lowercase after the name
    if conns in (["in"], ["in", "the"]) and rights[-1] in _DYNASTIES:
        return True     # `Complete Library of the Four Treasuries in the Qing Dynasty`: when
                        # it was made, no part of its name
    if (conns == ["in", "the"] and _HEADS.get(rights[-1]) == "event"
            and _category(left, None) in (None, "place")):
        return True     # `the United States in the Four-Party Talks`: who took part in
                        # what, two names
    if conns[0] in _LOOSE_CONNECTORS:
        # `Harbin Institute of Technology in Harbin`; a programme's place at the end is no
        # part of its name either (`Free Trade Port Pilot Program in Hainan`), but a place
        # the title goes on after is (`60 Measures for ... in Heilongjiang in the New
        # Era`), as are `in the New Era` and a word that is no Chinese place name (`Pilot
        # Program in Education`).
        category = _category(left, None)
        if (conns == ["with"] and _plural_noun(left[-1]) and left[-1] not in _HEADS
                and all(_lexicon().get(w.lower()) in ("N", "J") and w not in _HEADS
                        and not _foreign(w) for w in rights[-1:])
                and all(_lexicon().get(w.lower()) in ("N", "J") and w not in _HEADS
                        or _foreign(w) for w in rights[:-1])):
            # people or things named by what they have: `International Day of Persons
            # with Disabilities`, `National Games for Persons with Disabilities`, `...
            # Association of Enterprises with Taiwan Investment` (a companion or a place
            # after "with" is a name: `Shenzhen with ...`)
            return False
        if conns == ["in"] and rights == ["China"] and left[-1] in _CHURCHES:
            # a church is named with the country it is of: `Bishops' Conference of the
            # Catholic Church in China`, `... of the Protestant Churches in China`
            return False
        if conns == ["in"] and _plural_noun(right) and left[-1] not in _HEADS:
            # `Department of Trade in Services`, `China International Fair for Trade in
            # Services`, `Agreement on Trade in Services`: a field, not a place
            return False
        if (conns == ["in"] and _HEADS.get(_head(left)) == "award" and not any(map(_foreign, rights))
                and (len(left) >= 3 or all(_lexicon().get(w.lower()) == "N" for w in rights))):
            # the field an award's achievement is in: `Award for Outstanding Achievement
            # in Social Security`, or a prize's: `Nobel Prize in Physiology or Medicine`
            # (but `... Award in Beijing`: where it was given)
            return False
        if not _INSTRUMENTS.isdisjoint(left):
            # `Convention on Migratory Species in Samarkand`: its venue; but a subject's
            # field in common English words is the title's: `Convention against Illicit
            # Traffic in Narcotic Drugs and Psychotropic Substances`
            return not (conns == ["in"] and rights[-1] not in _HEADS and all(
                _lexicon().get(w.lower()) in ("N", "J") and not _foreign(w) for w in rights)
                # (or the region a zone its subject names is in: `Treaty on a
                # Nuclear-Weapon-Free Zone in Central Asia`)
                or conns == ["in"] and _HEADS.get(left[-1]) == "place"
                # (or the sea its subject is in: `Agreement to Prevent Unregulated High Seas
                # Fisheries in the Central Arctic Ocean`)
                or conns == ["in", "the"] and rights[-1] in _SEAS)
        if conns == ["in"] and rights == [right] and right in left:
            return True     # the place a title names already, where it was signed: `Beijing
                            # Declaration on ... National Unity in Beijing`
        if conns == ["in"] and len(left) >= 3 and _document_title(left):
            # a document's title whose subject is said after "on" or "for" goes on with
            # where it applies: `Regulations on the Establishment of a Model Area for
            # Ethnic Unity and Progress in Xizang Autonomous Region`, `Implementation
            # Plan for the Comprehensive Reform Pilot Program in Shenzhen`, `Blue Book on
            # Climate Change in China`
            return False
        if (category is None and conns in (["in"], ["in", "the"])
                and " ".join(rights) in COUNTRIES and _head(left) not in _POSTED):
            # `Lao Cai in Vietnam`, `Karachi Nuclear Power Plant in Pakistan`: a place or a
            # work of no known kind in the country that holds it (a body posted abroad is
            # named with it: `Confucius Institute in Kenya`)
            return True
        if (category is None and len(left) <= 2 and all(map(_foreign, left))
                and (_HEADS.get(rights[-1]) == "place" or " ".join(rights) in PROVINCES)):
            # `Altay in the Xinjiang Uygur Autonomous Region`: a place of no English, in
            # the region, county or city that holds it
            return True
        if (category is None and last and conns == ["in"] and len(rights) >= 2
                and left[-1] not in _HEADS and _HEADS.get(rights[-1]) == "place"
                and any(map(_foreign, left))):
            return True     # a place's building of no known kind in a place named with its
                            # head: `Sanya International Duty-Free Shopping Complex in
                            # Haitang Bay`
        if (category is None and last and len(rights) == 1 and _foreign(right)
                and any(map(_foreign, left))):
            # `Yiwu in Zhejiang`: a place in a place, two names; `Dounan Flower Market
            # in Kunming`: a place's name of no known kind in a Chinese place (but
            # `Skilled Personnel in Heilongjiang`, of English words, is a title)
            return True
        if (category is None and last and (len(left) >= 2 or conns == ["in", "the"])
                and not titled
                and not any(map(_foreign, left)) and left[-1] not in _HEADS and (
                    (conns == ["in"] and len(rights) == 1 and _foreign(right)
                     and right != "China")
                    or (conns == ["in", "the"] and len(rights) >= 2
                        and _HEADS.get(rights[-1]) == "place"))):
            # a thing of English words of no known kind in a Chinese place: where it is,
            # not part of its name (`High Energy Photon Source in Beijing`, `Terracotta
            # Warriors in Xi'an`, `Cross-boundary Wealth Management Connect in the
            # Greater Bay Area`); but a foreign body's branch names the country it works
            # in (`European Union Chamber of Commerce in China`)
            return True
        if category in ("programme", "brand"):
            pinyin = len(rights) == 1 and _PINYIN.fullmatch(right.lower()) is not None
            # (or a place of no English: `Suki Kinari Hydropower Project in Khyber
            # Pakhtunkhwa`)
            return last and conns == [conns[0]] and (_HEADS.get(rights[-1]) == "place" or pinyin
                                                     or all(map(_foreign, rights)))
        if (category in ("organisation", "event") and conns == ["in"] and rights[-1] not in _HEADS
                and all(_lexicon().get(w.lower()) in ("N", "J") and not _foreign(w)
                        for w in rights)):
            # the field a body works in, of common English words: `CAS Center for
            # Excellence in Quantum Information and Quantum Physics` (not a place:
            # `University in Beijing`, `Office in Geneva`), and where an event is held by
            # kind: `Water Conservation Publicity Week in Cities` (not `Summit in Paris`)
            return False
        return category is not None
    return False


# What a title's subject goes on with, after its verb: the means or the result
# (_gerund_title).
_MEANS = frozenset({"with", "through"})
# Heads of media bodies that are the fields a body regulates too (广播电视, 新闻出版):
# `Foreign Languages Press`, but `National Radio and Television Administration`.
_MEDIA = frozenset({"Press", "Radio", "Television", "Film"})
# The periods of observance a common noun's cause names (`Respect for the Elderly Month`).
_OBSERVED = frozenset({"Month", "Week", "Day"})
# The periods of history a name's "in" may date it by.
_DYNASTIES = frozenset({"Dynasty", "Dynasties", "Period"})
# A religion's bodies in a country, named with it (`Catholic Church in China`).
_CHURCHES = frozenset({"Church", "Churches"})
# What names the parties of a title's subject (`Dialogue among Civilizations`).
_PARTIES = frozenset({"among", "between"})
# Organisations' heads that name a plant standing on a place (`... Station on the ...
# River`), and the works built on one (`Danjiangkou Reservoir on the Hanjiang River`,
# `Karot Hydropower Project on the Jhelum River`).
_FACILITIES = frozenset({"Station", "Dam", "Plant", "Reservoir", "Project", "Terminal"})


def _gerund_title(words: list[str]) -> bool:
    """Whether a name's words are a title whose subject is said with a gerund after a
    document's or zone's `for` or `on` (`Pilot Zone for Replacing ...`, `Opinions on
    Stimulating ...`, perhaps after adverbs: `for Effectively Reducing ...`): the subject
    may then go on with its means (`with`, `through`)."""
    words = [w for w in words[1:] if not (w.endswith("ly") and w[:1].isupper())]
    return any(_gerund_after(w, nxt) for w, nxt in pairwise(words))


# The continents and the world's regions named by one of them (general geography).
_CONTINENTS = frozenset({"Asia", "Europe", "Africa", "America", "Americas", "Oceania",
                         "Antarctica"})


def _place_words(words: list[str]) -> bool:
    """Whether ``words`` name a place: a country, a province, a continent or a region of
    one (`Central Asia`), or a name with a place's head (`Qinghai Lake`)."""
    name = " ".join(words)
    return (name in COUNTRIES or name in PROVINCES or words[-1] in _CONTINENTS
            or len(words) > 1 and _HEADS.get(words[-1]) == "place")


def _coordinated_subject(left: list[str], rights: list[str]) -> bool:
    """Whether "and" and ``rights`` go on the subject of a title said with a gerund or an
    infinitive in ``left``: another gerund or verb (`Opinions on Implementing the ...
    Strategy and Promoting High-Quality and Full Employment`, `Program to Revitalize
    Border Areas and Enrich the People`), or another plural object of the gerund
    (`Center for Countering Security Threats and Challenges`)."""
    right = rights[0]
    lex = _lexicon()
    if _gerund_title(left):
        if right.endswith("ing") and lex.get(right.lower()) == "G":
            return True
        return (len(rights) == 1 and _plural_noun(right) and _plural_noun(left[-1])
                and left[-1] not in _HEADS)
    return _infinitive_aim(left) and lex.get(right.lower()) == "V"


def _infinitive_aim(left: list[str]) -> bool:
    """Whether ``left`` is a programme's title whose aim is said with "to" and a verb
    (`Program to Revitalize Border Areas`), its head the first word or the one before
    "to" (`Several Measures to Accelerate the ... and Promote ...`)."""
    to = next((i for i, w in enumerate(left) if w == "to"), -1)
    return (0 < to < len(left) - 1
            and "programme" in (_HEADS.get(left[0]), _HEADS.get(left[to - 1]))
            and _verb(left[to + 1].lower()))


def _infinitive_verb(left: list[str]) -> bool:
    """Whether ``left`` ends in a verb of a title's aim said with "to" (`Program to
    Revitalize Border Areas and Enrich`, `Project to Trace`): its object follows after
    "the"."""
    return _infinitive_aim(left) and _verb(left[-1].lower())



def _gerund_after(word: str, nxt: str) -> bool:
    """Whether ``nxt`` is a capitalised gerund saying a purpose or subject after ``word``,
    a `for` or `on` (`for Promoting`, `on Deepening`)."""
    return word in ("for", "on") and _title_gerund(nxt)


def _title_gerund(word: str) -> bool:
    """A gerund in Title Case (`Promoting`, `Building`)."""
    return (word.endswith("ing") and word[:1].isupper()
            and (_lexicon().get(word.lower()) == "G" or word == "Building"))


# Title Case participles a title goes on after with "to" and its subject (`... Work
# Related to ...`, `Catalog of Measuring Instruments Subject to Compulsory Verification`),
# and the document whose subject "to" says (`Guide to Consular Protection ...`).
_RELATED = frozenset({"Related", "Relating", "Pertaining", "Subject", "Guide"})
# Title Case participles of what a list's items are barred from, "from" and the act after
# them (`Catalogue of Items Prohibited from Delivery`, 禁止寄递物品目录).
_BARRED = frozenset({"Prohibited", "Restricted", "Banned", "Exempted", "Excluded"})


def _foreign(word: str) -> bool:
    """A word of no English: pinyin (`Kunming`) or one the lexicon and general English do
    not know (`Horgos`); pinyin's syllable mark is no English (`Xi'an`, `Yan'an`)."""
    low = word.lower()
    return (_PINYIN.fullmatch(low.replace("'", "").replace("’", "")) is not None
            or unknown_to_english(low, 3.0))


def _plural_noun(word: str) -> bool:
    """A capitalised plural of a common noun (`Services`, `Goods`): no place is one."""
    low = word.lower()
    lex = _lexicon()
    # (a plural the lexicon lacks counts when its singular is a noun: `Apps`)
    return (low.endswith("s") and lex.get(low, "N") == "N" and singular(low) != low
            and lex.get(singular(low)) == "N")


# A version number after a name ("Free Trade Area 3.0", "Industry 4.0"); other numbers
# after a name are counts or years ("Harbin 2025").
_VERSION = re.compile(r"\d{1,2}\.0")
# A form of "be" in a title-case slogan ("Xinjiang Is a Good Place"): no name ends in it.
_TITLE_CASE_BE = frozenset({"Is", "Are", "Was", "Were"})


# The days and festivals of the calendar: a year before one dates it ("the 2025 Spring
# Festival holiday"), no edition of it.
_CALENDAR = frozenset({"Festival", "Day", "Days", "Eve", "Holiday", "Holidays"})


def _year_named(words: list[str]) -> bool:
    """Whether a year before ``words`` is part of the name: an event's edition named by
    its year (`2024 Beijing Summit`), a programme named by the year it aims at (`2030
    Agenda`) or a convention by the year it was adopted (`1970 UNESCO Convention on
    ...`); not a festival of the calendar the year dates."""
    head = _head(words)
    return (_HEADS.get(head) in ("event", "programme", "instrument")
            and head not in _CALENDAR)


# The series of standards whose codes the genre cites (China's national standards, GB
# mandatory, GB/T recommended, GB/Z guidance; the sector codes of environment, transport,
# agriculture and medicine; ISO and IEC), and a standard's number with its year.
_STANDARD_SERIES = frozenset({"GB", "GB/T", "GB/Z", "HJ", "JT", "NY", "YY", "ISO", "IEC",
                              "ISO/IEC"})
_STANDARD_NUMBER = re.compile(r"\d{2,6}(?:\.\d{1,3})?(?:-\d{4})?")
# Title Case prepositions that bound an age a title's people are of (3岁以下).
_AGE_BOUNDS = frozenset({"Under", "Over", "Above", "Below", "Aged"})


def _trim(name: list[_Tok]) -> Iterator[list[_Tok]]:
    """Drop leading years/cardinals and trailing numbers and connectors; a name ending in
    a participle compound is none (`Hong Kong-funded`)."""
    if name and _participle_compound(name[-1].text):
        return
    while name and (name[-1].text in _CONNECTORS or name[-1].text in _SECOND_CONNECTORS
                    or name[-1].text[:1].isdigit() or name[-1].text in _TITLE_CASE_BE):
        if len(name) > 1 and _VERSION.fullmatch(name[-1].text):
            break   # `China-ASEAN Free Trade Area 3.0`: a version is part of the name
        if len(name) > 2 and name[-2].text in _DEADLINES and _YEAR.fullmatch(name[-1].text):
            break   # `Action Plan for Carbon Dioxide Peaking Before 2030`: its deadline
        if (len(name) > 1 and name[-2].text in _VISIONS and _YEAR.fullmatch(name[-1].text)):
            break   # `Agenda 2063`, `Saudi Vision 2030`
        if (len(name) > 2 and name[-2].text == "China" and _YEAR.fullmatch(name[-1].text)
                and int(name[-1].text) % 5 == 0 and int(name[-1].text) > 2000):
            break   # a national programme named for China and the milestone year it aims
                    # at: `Healthy China 2030`, `Made in China 2025`
        if (len(name) > 2 and _HEADS.get(name[-2].text) == "programme"
                and _YEAR.fullmatch(name[-1].text) and int(name[-1].text) % 5 == 0):
            break   # `National Climate Change Adaptation Strategy 2035`: the milestone
                    # year it aims at (2025, 2030, 2035: not a year that dates a report)
        if len(name) > 2 and (
                _YEAR.fullmatch(name[-1].text) and _HEADS.get(name[-2].text) == "event"
                and name[-3].text == "Annual"
                or _YEAR_SPAN.fullmatch(name[-1].text) and (
                    name[-2].text == "of"
                    or any(_HEADS.get(t.text) == "programme" for t in name[:-1]))):
            break   # `Boao Forum for Asia Annual Conference 2022`: an annual meeting's
                    # edition is named with its year (an expo's is not: `Harbin Expo`);
                    # `Global Traditional Medicine Strategy 2025-2034`, `Sendai Framework
                    # for Disaster Risk Reduction 2015-2030`: the years a plan covers;
                    # `Sino-Japanese War of 1894-1895`: the years a war is named by
        if (len(name) > 3 and name[-2].text == "in" and _YEAR.fullmatch(name[-1].text)
                and _head([t.text for t in name]) in _YEARS_TASKS):
            break   # `Key Tasks for Deepening the Reform of ... in 2025`: a year's work
                    # programme is titled with its year (2025年…重点工作任务, …工作要点)
        if (len(name) > 2 or name[0].text == "Section") and name[-2].text in _NUMBERED_DOCUMENTS \
                and name[-1].text.isdigit():
            break   # `UN Security Council Resolution 1540`: a resolution's number
        if (len(name) > 2 and name[-2].text in _NUMBERED_ROADS and name[-1].text.isdigit()
                and not _YEAR.fullmatch(name[-1].text)):
            break   # `National Highway 318` (国道318): a road named by its number
        if len(name) > 1 and _SERVICE_NUMBER.fullmatch(name[-1].text):
            break   # `China Railway 12306`, `Traffic Management 12123`: a service named
                    # with its short number (the hotlines' and apps' 12xxx, 95xxx)
        if (len(name) == 2 and name[0].text in ("Project", "Program", "Programme")
                and name[-1].text.isdigit() and not _YEAR.fullmatch(name[-1].text)):
            break   # `Project 921` (921工程), `Project 908`: a programme named by its number
        if len(name) > 2 and name[-2].text == "No" and name[-1].text.isdigit():
            break   # `Deep Sea No. 1`: a craft's or document's number in its series (号)
        if name[-2:-1] and name[-2].text in _STANDARD_SERIES and _STANDARD_NUMBER.fullmatch(
                name[-1].text):
            break   # `GB 41700-2022`, `GB/T 24067-2024`, `ISO 14067`: a standard's number
        if (len(name) > 3 and name[-2].text in _AGE_BOUNDS and name[-1].text.isdigit()
                and int(name[-1].text) < 100):
            break   # `... for Infants and Young Children Under 3`: an age the title says
        name = name[:-1]
    while name and name[0].text[:1].isdigit():
        t = name[0].text
        follower = name[1].text if len(name) > 1 else ""
        if _ORDINAL.fullmatch(t) or _NUMBERED.fullmatch(t) or (t.isdigit() and not _YEAR.fullmatch(t)
                                     and follower in _HEADS):
            break  # `9th Asian Winter Games`, `60 Measures for ...`
        if _YEAR.fullmatch(t) and follower[:1].isupper() and _year_named([w.text for w in name[1:]]):
            break  # `2030 Agenda for Sustainable Development`, `2024 Beijing Summit of ...`
        if (_YEAR_SPAN.fullmatch(t) and follower[:1].isupper()
                and _HEADS.get(_head([w.text for w in name[1:]])) == "programme"):
            break  # `2024-2025 Action Plan for Building ...`: the years a plan covers
        name = name[1:]
        while name and name[0].text[:1].islower():
            name = name[1:]     # `version 2.0 of the DRG/DIP ...`: no name opens with "of"
    if name:
        yield name


def _cut(run: list[_Tok], leads: set[str], mid: set[str],
         headed: bool = False) -> list[tuple[int, int]]:
    """Where the names of a run stand: ``(a, b)`` for each name ``run[a:b]``; ``headed``:
    the run is followed by a word that says what it names."""
    kept = _drop_starter(run, leads, mid)      # the run, or all but its first word, or none
    if len(run) == 1:
        # A one-word run is a name if it is capitalised (all that _split and _trim leave).
        return [(0, 1)] if kept and run[0].text[:1].isupper() else []
    index = {id(t): i for i, t in enumerate(run)}
    spans = [(index[id(name[0])], index[id(name[-1])] + 1) for name in _split(kept, headed)]
    for a, b in list(spans):
        for i in range(a + 1, b - 2):
            # The instrument a body is "to the" is a name of its own as well
            # (_join_to_instrument); so is the organisation a department or office is
            # "of the": `Publicity Department of the CPC Central Committee`.
            if run[i + 1].text == "the" and (run[i].text == "to" or (
                    run[i].text == "of" and (
                        _HEADS.get(run[b - 1].text) in ("organisation", "place")
                        # (or its head before its own "of": `General Administration of
                        # Sport of China`; or the region it governs: `Department of
                        # Agriculture and Rural Affairs of the Xinjiang Uygur Autonomous
                        # Region`)
                        or _HEADS.get(_head([t.text for t in run[i + 2:b]])) == "organisation")
                    and _HEADS.get(_head([t.text for t in run[a:i + 1]])) == "organisation"
                    and b - i - 2 >= 2)):
                # (the body ends before the region its office is in: `... of the Central
                # People's Government in the HKSAR`, `... in the Macao Special
                # Administrative Region`)
                end = b
                if b - i - 2 > 3 and run[b - 3].text == "in" and run[b - 1].text in ("HKSAR",
                                                                                   "MSAR"):
                    end = b - 3
                elif [t.text for t in run[b - 3:b]] == ["Special", "Administrative", "Region"]:
                    end = next((k for k in range(b - 5, i + 3, -1)
                                if run[k].text == "in" and run[k + 1].text == "the"), b)
                spans.append((i + 2, end))
                break
        unit = _unit_of(run, a, b)
        if unit > 0:
            spans.append((a, unit))
        if (b - a >= 5 and run[b - 2].text == "Autonomous"
                and run[b - 1].text in AUTONOMOUS_UNITS):
            # An ethnic autonomous area a body is "of" is a name of its own, official
            # names that carry their peoples' (广西壮族自治区: `Guangxi Zhuang Autonomous
            # Region` of `People's Government of Guangxi Zhuang Autonomous Region`; the
            # written transcripts' lists keep 210 of the 336 such names said): its words
            # back to "of", all capitalised (a place, then a people).
            for i in range(b - 3, a, -1):
                if run[i].text == "of":
                    s = i + 2 if run[i + 1].text == "the" else i + 1
                    if b - s >= 3 and (s, b) not in spans:
                        spans.append((s, b))
                    break
                if not run[i].text[:1].isupper():
                    break
    return spans


# The heads of the parts of a body (a ministry's departments and bureaus, a committee's
# offices): named with their field after "of" or before the head, then "of the" body.
_UNITS = frozenset({"Department", "Bureau", "Office", "Division", "Center", "Centre"})
# ... and those a unit named before "of the" its body may have: an administration a
# ministry runs too (`Chinese Arctic and Antarctic Administration of the Ministry of
# Natural Resources`), an academy's institute (`Institute of Agricultural Resources and
# Regional Planning of the Chinese Academy of Agricultural Sciences`), an academy's
# observatories and stations, a court's tribunals (`National Astronomical Observatories of
# the Chinese Academy of Sciences`, `Case-filing Tribunal of the SPC`).
_UNIT_HEADS = _UNITS | {"Administration", "Institute", "Observatory", "Observatories", "Station",
                        "Tribunal", "Laboratory"}
# The parts an administration is divided into (no centre: a centre is also a facility).
_ADMINISTRATIVE_UNITS = _UNITS - {"Center", "Centre"}


def _unit_of(run: list[_Tok], a: int, b: int) -> int:
    """Where a body's unit named before "of the" and the body ends, if ``run[a:b]`` is such
    a name: `Department of Marine Early Warning and Monitoring of the MNR` holds the
    department's own name, `Department of Marine Early Warning and Monitoring` (what a
    glossary lists, the body beside it), and so does `Department of Foreign Trade of
    MOFCOM`, the body's acronym without "the". The unit has a field of its own (`Department
    of ...`, a field's noun before the head, `Press Bureau`, or three words or more:
    `Investor Protection Bureau`); `Standing Committee`, `General Office` and `Political
    Bureau` name no unit alone. 0 if none."""
    if b - a < 5:
        return 0            # (most names: no unit, "of" and body in fewer words)
    words = [t.text for t in run[a:b]]
    bare = words[-2] == "of" and _acronym(words[-1])     # `... of MOFCOM`, no "the"
    if "the" not in words and not bare:
        return 0
    for i in range(len(words) - 2, 1, -1):
        if words[i] != "of" or not (words[i + 1] == "the" or bare and i == len(words) - 2):
            continue
        unit, body = words[:i], words[i + 2:] if words[i + 1] == "the" else words[i + 1:]
        if words[i + 1] != "the" and len(unit) < 3:
            return 0    # (a unit of two words is its body's only with "the": the
                        # `Information Office of MOFCOM` is no `Information Office` alone)
        if len(unit) > 2 and _ROMAN.fullmatch(unit[-1]):
            unit = unit[:-1]    # a numbered department: `Anti-Monopoly Enforcement
                                # Department I of the SAMR` (反垄断执法一司)
        head = _head(unit)
        if head not in _UNIT_HEADS or not (
                len(unit) >= 3 and (unit[1] == "of" or unit[-1] == head
                                    or "for" in unit[1:3] and unit[0] == "National")
                or len(unit) == 2 and unit[-1] == head
                and _lexicon().get(unit[0].lower()) == "N"
                and not ("Government" in body and body[0] != "Central")):
            # (two words: a field's noun before the head, `Volunteer Department`, `Press
            # Bureau`; not a rank's adjective, `General Office`, `Political Bureau`; nor
            # a local government's office, named only with it: `Information Office of the
            # People's Government of Guizhou Province`, the host of a province's briefings;
            # the central government's is named alone too: `Liaison Office`)
            return 0
        if _HEADS.get(_head(body)) == "organisation" or (len(body) == 1 and _acronym(body[0])):
            return a + i
        return 0
    return 0


def _follower(sentence: str, end: int) -> str | None:
    """The word right after a name that may say what it names (`Heilongjiang province`) or
    make it a genus (`Lonicera edulis`), one space after it; else None."""
    m = _FOLLOWER.match(sentence, end)
    return m.group(1) if m else None


@dataclass(frozen=True, slots=True)
class _Name:
    """What a name's words make of it: a name from its ``skip``-th word (after a title)."""

    skip: int
    category: str | None
    evidence: str
    words: int
    common: bool


def _resolve(name: tuple[str, ...], follower: str | None) -> _Name | None:
    """Whether a candidate run's words (and the word after them, :func:`_follower`) are a
    name, and what kind; None if they are not one."""
    titled = False
    k = 0
    while k < len(name) and name[k] in _TITLES:
        k += 1
    if k == 1 and len(name) == 2 and name[0] in _ROYAL:
        k = 0   # a king or princess of history or legend by one name: `King Gesar`,
                # `Princess Wencheng` (as `Emperor Qianlong`), no surname after a post
    if not k and len(name) >= 3 and name[-3] in _TITLES and _person_shaped(list(name[-2:])):
        k = len(name) - 2   # `Foreign Ministry Spokesperson Lin Jian`: a post, then a person
    if k:
        rest = list(name[k:])
        honorific = any(t in _HONORIFICS for t in name[:k])
        if not rest:
            return None  # a bare title: `Governor`, `Mr.`
        if len(rest) == 1 and rest[0] not in _HEADS and (
                honorific or rest[0] in _SURNAMES or zipf(rest[0].lower()) < 3.5):
            return None  # a bare surname: `Governor Liang`, `Ms. Liang`
        if 2 <= len(rest) <= 3 and (honorific or _person_shaped(rest) or not any(
                w in _HEADS or not w[:1].isupper() for w in rest)):
            titled = True  # `General Secretary Xi Jinping`
    skip = k if titled else 0
    words = list(name[skip:])
    if tuple(words[-2:]) in _EVENT_OF_THE_GENRE:
        return None     # `Regular Press Conference`: the event itself, in every transcript
    if words[0] in _LEVELS and words[-1] in _HEADS and all(
            w in _HEADS or w in _LEVELS or w in _POSSESSIVE_NOUNS or w in _CONNECTORS
            for w in words[1:-1]):
        return None     # `the Provincial People's Government`: the body of a place unnamed
    if len(words) == 1:
        w = words[0]
        low = w.lower()
        if _acronym(w):
            if not _ROMAN.fullmatch(w) and _lexicon().get(w) != "N":
                # An acronym used without a gloss (`APEC`, `G20`, `WTO`): a name; a
                # glossed one is also the glossed harvester's, and they merge. Not a
                # word English writes in capitals, a common noun in Brill's lexicon
                # (`film and TV shows`, `PC sales`).
                return _Name(0, "acronym", "; acronym", 1, False)
            return None
        if SERIAL_NAME.fullmatch(w) and zipf(low.rpartition("-")[0]) < 3.0:
            # (not an English word's rank: "Top-10", "Group-7")
            return _Name(0, None, "; serial name", 2, False)
        if (len(w) < 2 or w in _HEADS or w in _TITLES or w in _MONTHS_DAYS
                or zipf(low) >= 4.5 or _latin_epithet(follower) or _participle_compound(w)):
            return None
    elif all(_acronym(w) for w in words if w not in _CONNECTORS):
        return None  # all-caps runs are the acronym harvester's
    if titled or _person_shaped(words):
        category: str | None = "person"
        evidence = "; after a title" if titled else "; Chinese personal name"
    else:
        category = _category(words, follower)
        head = _head(words)
        evidence = f"; head '{head}'" if category and head in _HEADS else ""
    content = [w for w in words if w not in _CONNECTORS and w not in _SECOND_CONNECTORS]
    # `Golden Belt`, `English and Chinese`: everyday words, probably not a name.
    common = (category is None and len(content) <= 2
              and (all(_everyday(w) for w in content) or _people(content)))
    return _Name(skip, category, evidence, len(content), common)


def _demonym(word: str) -> bool:
    """A nationality or regional adjective (`Chinese`, `American`, `European`): English
    writes it capitalised only (no lowercase entry in the tagger's lexicon) and forms it
    with the demonym suffixes (-ese, -an, -ian, -ish, -ic, -i, -ch; Quirk et al. 1985,
    "A Comprehensive Grammar of the English Language", App. I.55-57, nationality words).
    A word the lexicon has as a proper noun only is a demonym by the longer suffixes
    alone (`American`, `Arabian`, `Pacific`): a place's own name ends in -an or -i
    too (`Shanghai`, `Sichuan`, `Taiwan`, `Japan`), and no place names its own kind."""
    if not word[:1].isupper() or not word.endswith(("ese", "an", "ish", "ic", "i", "ch")):
        return False
    lex = _lexicon()
    lower = lex.get(word.lower())
    tag = lex.get(word)
    if lower not in (None, "J") or lower == "J" and tag != "J":
        # (an adjective of English that the lexicon has capitalised as a proper noun only
        # is title case, no demonym: "Strategic", "Economic", "Public")
        return False
    return tag == "J" or (tag == "P" and word.endswith(_PROPER_DEMONYMS)
                          and word not in PROVINCES and word not in COUNTRIES)


# The endings of a demonym the lexicon has as a proper noun (no -i, -an or -ch alone: a
# place's or person's name ends so: `Shanghai`, `Taiwan`, `Munich`).
_PROPER_DEMONYMS = ("ese", "ian", "ean", "can", "ish", "ic")


def _people(content: list[str]) -> bool:
    """A nationality adjective before a plural common noun: `Chinese Communists`, `Asian
    Americans` name a group of people, not an organisation or a term."""
    if len(content) != 2 or not _demonym(content[0]):
        return False
    noun = content[1]
    return (noun.endswith("s") and singular(noun) != noun
            and _lexicon().get(noun.lower()) == "N")


def _drop_cut_off(found: list[_Found]) -> list[_Found]:
    """Drop a name at the very end of a paragraph that stops without punctuation, when it
    is the start of a longer name said elsewhere: the text was cut off inside the name
    (`... a member of the Standing Committee of the Provincial` where `Standing Committee
    of the Provincial Party Committee` is said too). Transcripts rebuilt from web pages,
    or pasted from them, break off so."""
    ends: dict[int, int] = {}       # per segment: where its text ends, spaces stripped
    cut = []
    for f in found:
        end = ends.get(f.seg.line)
        if end is None:
            end = ends[f.seg.line] = len(f.seg.text.rstrip())
        if f.seg.text.endswith(f.text, 0, end):
            cut.append(f)
    if not cut:
        return found
    names = {f.text for f in found}
    drop = set()
    for f in cut:
        text = f.text
        if any(n.startswith(text + " ") for n in names):
            drop.add(id(f))
    return [f for f in found if id(f) not in drop]


def _cut_modifiers(found: list[_Found]) -> list[_Found]:
    """Cut what the document shows is not part of a name.

    * A nationality adjective before a name said more often without it: `Chinese
      Spring Festival` where `Spring Festival` is said (in `Happy Spring Festival`
      too) more often than with `Chinese`; `Asian Winter Games`, never said without
      `Asian`, keeps it.
    * A country or place after `of`, when the name before it is said on its own: `State
      Council Information Office of China` where `State Council Information Office` is
      said too (`Bank of China`, whose `Bank` is said alone, is no name without `of`).
    """
    if not found:
        return found
    whole = Counter(f.text for f in found)
    inside: Counter[str] = Counter()     # every run of two words or more inside a name
    for text, n in whole.items():
        words = text.split()
        for a in range(len(words)):
            for b in range(a + 2, len(words) + 1):
                inside[" ".join(words[a:b])] += n
    # Decided once per distinct name: how many characters to cut from its start or end.
    cuts: dict[str, tuple[int, int]] = {}
    for text in whole:
        words = text.split()
        if len(words) >= 3 and _demonym(words[0]):
            rest = " ".join(words[1:])
            if inside[rest] - inside[text] > inside[text]:
                cuts[text] = (len(words[0]) + 1, 0)
        elif (len(words) >= 4 and words[-2] == "of" and words[-1] not in _HEADS
              and words[-1][:1].isupper() and whole[" ".join(words[:-2])]):
            cuts[text] = (0, len(words[-1]) + 4)
    if not cuts:
        return found
    out = []
    for f in found:
        cut = cuts.get(f.text)
        if cut is not None:
            start, end = f.start + cut[0], f.end - cut[1]
            f = _Found(f.seg, f.sentence, start, end, f.sentence[start:end],
                       f.category, f.evidence, f.words - 1, f.common)
        out.append(f)
    return out


# The heads of the lists and registers a body keeps (名录: "Representative List of the
# Intangible Cultural Heritage of Humanity", "Memory of the World Register"): their
# keeper's acronym after "of" is no part of the title.
_REGISTERS = frozenset({"List", "Register"})


def _subject_participle(head: str, word: str) -> bool:
    """Whether ``word`` after an instrument's or a document's ``head`` is the participle
    its subject follows ("Agreement Concerning", "Protocol Establishing")."""
    return word.endswith("ing") and (head in _INSTRUMENTS or head in _DOCUMENTS)


def _head(words: list[str]) -> str:
    """The head word: before the first `of`/`for`/... (`Institute of ...`) or the `to` of a
    title's aim (`Action Plan to Boost ...`), else the last."""
    for i, w in enumerate(words):
        if (w in _HEAD_CUT or w == "to") and i:
            return words[i - 1]
        if i and words[i + 1:i + 2] == ["the"] and _subject_participle(words[i - 1], w):
            return words[i - 1]     # `Agreement Establishing the ...` (_coordinates)
    if len(words) > 2 and words[-2] in _UNITS and _ROMAN.fullmatch(words[-1]):
        return words[-2]    # a numbered department: `Anti-Monopoly Enforcement Department I`
    return words[-1]


def _category(words: list[str], follower: str | None) -> str | None:
    """Infer a category from company suffixes, the head word or the word after."""
    if words[-1] in _COMPANY_END or words[-1] in ("Co", "Corporation", "Group", "Company"):
        return "company"
    after = _FOLLOWERS.get(follower) if follower is not None else None
    if follower in _STRONG_FOLLOWERS:
        return after  # `Addressing Problems Across the Province app` names an app
    return _HEADS.get(_head(words)) or _HEADS.get(words[-1]) or after


def _untitled(words: list[str]) -> list[str]:
    """The words after the titles they open with: `Director Li Ming` is `Li Ming`."""
    k = 0
    while k < len(words) - 1 and words[k] in _TITLES:
        k += 1
    return words[k:]


def _person_shaped(words: list[str]) -> bool:
    """`Xi Jinping`, `Liang Huiling`: a pinyin surname and given name, title case."""
    if not 2 <= len(words) <= 3 or words[0] not in _SURNAMES:
        return False
    return all(w[:1].isupper() and w[1:].islower() and _GIVEN_NAME.fullmatch(w.lower())
               for w in words[1:])


def _everyday(word: str) -> bool:
    """A common English word (or hyphenated compound of them): `Golden`, `China-Russia`."""
    return all(p.isalpha() and zipf(p.lower()) >= 4.0 for p in re.split(r"[-'’]", word))


@lru_cache(maxsize=65536)     # asked of every capitalised word: cached per distinct word
def _acronym(word: str) -> bool:
    """SCIO, CPC, SMEs, PM2, G20: capitals (two, or one and a digit), no lowercase but a plural s."""
    core = word[:-1] if word.endswith("s") else word
    caps = sum(c.isupper() for c in core)
    return ((caps >= 2 or caps == 1 and core[1:].isdigit() and len(core) > 1)
            and not any(c.islower() for c in core))


# Labels of a question that name who asks but no outlet (transcripts of ministries'
# regular press conferences: `Reporter:`, `Q:`).
_ASKERS = frozenset({"reporter", "journalist", "correspondent", "question", "q", "questioner",
                     "audience", "media"})


# An outlet's name with its acronym in brackets in a turn label: `China Central Television
# (CCTV):`.
_LABEL_ACRONYM = re.compile(r" \(([A-Z][A-Za-z&-]*[A-Z])\)$")


def _outlet(label: Segment, following: Segment | None) -> list[_Found]:
    """A turn label naming who asks (`Xinhua News Agency:`): a media outlet, with the label as
    context; its name and its acronym apart when the label gives both (`China Central
    Television (CCTV):`).

    The reader marks the paragraphs of a turn opened by a non-participant as
    questions; a label followed by a question is an outlet's.
    """
    if following is None or following.role is not Role.QUESTION or not label.speaker:
        return []
    name = label.speaker
    if _HONORIFIC.sub("", name).lower() in _ASKERS:
        return []       # `Reporter:` asks, but names no outlet
    start = label.text.find(name)
    if start < 0 or _person_shaped(name.split()):
        return []
    bracketed = _LABEL_ACRONYM.search(name)
    names = [(start, name)] if bracketed is None else [
        (start, name[:bracketed.start()]), (start + bracketed.start(1), bracketed.group(1))]
    out = []
    for at, said in names:
        words = [w for w in said.split() if w not in _CONNECTORS]
        out.append(_Found(label, label.text, at, at + len(said), said, "outlet",
                          "; media outlet (turn label)", len(words), False))
    return out


def _latin_epithet(follower: str | None) -> bool:
    """`Lonicera edulis`: a capitalised genus followed by a rare Latin epithet."""
    return bool(follower and _EPITHET.fullmatch(follower) and zipf(follower) < 2.5)


_OFFICIAL = 0.2     # an official named with a title: under harvest.MIN_SCORE (0.3)


@lru_cache(maxsize=4096)     # once per occurrence, of a few dozen distinct arguments
def _score(words: int, count: int, category: str | None, common: bool) -> float:
    """Multi-word over single-word, frequent over rare, known heads over none.

    People rank last: the officials named in a press conference are no glossary
    terms (a reviewer may still approve a historical figure).
    """
    if category == "person":
        return 0.3
    if category == "acronym":
        return round(min(0.7, 0.5 + 0.05 * (count - 1)), 3)
    if category == "outlet":
        # Named by the transcript's structure (a turn label before a question), not by
        # the shape of its words: a name whatever its length (`CCTV`, `Cover News`),
        # above the names a capitalised run and a head word make likely.
        return round(min(0.95, 0.85 + 0.05 * (count - 1)), 3)
    s = 0.35 if words == 1 else 0.6 if words == 2 else 0.65
    if category in ("organisation", "programme", "event", "award", "company"):
        s += 0.15
    elif category in ("place", "brand", "person"):
        s += 0.08
    s += min(0.15, 0.05 * (count - 1))
    if words == 1:
        s = min(s, 0.55)
    if common:
        s *= 0.6
    return round(min(1.0, s), 3)
