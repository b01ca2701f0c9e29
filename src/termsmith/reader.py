"""Read a press-conference transcript (plain text or HTML) into a :class:`Document`.

The genre (English transcripts of SCIO press conferences) has a fixed shape: a
title and dateline, a speaker list under ``Speakers``/``Chairperson`` headings,
then turns opened by ``Name:`` labels, and boilerplate at the end (credits,
``/6  Name`` photo captions).  Everything here is generic pattern matching on
that shape; nothing knows the names in any particular file.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import os
import re
from itertools import islice

from termsmith.document import Document, Participant, Role, Segment
from termsmith.errors import SourceError
from termsmith.readers import bilingual
from termsmith.readers.bilingual import is_bilingual
from termsmith.readers.encoding import decode
from termsmith.readers.script import PINYIN, Script, chinese_tag, mostly_chinese, script_of
from termsmith.text import squash

__all__ = ["read", "read_pair", "parse_text"]

Line = tuple[int, str]  # (1-based line number in the source, text of that line)

PAGE_BREAK_TAG = "_ueditor_page_break_tag_"  # left in exported pages by the UEditor CMS

_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Madam|Dr|Prof)\.?\s+")
_CAPTION = re.compile(r"^/\d+\s+\S+(?:\s+\S+){0,7}$")  # "/6    Group photo": a gallery caption
_CREDIT = re.compile(
    r"^(?:(?:Translated|Edited|Proofread|Compiled)(?: and (?:edited|translated|proofread))? by\b"
    r"|In case of (?:any )?discrepancy between the English and Chinese)",
    re.I,
)
# Possessive ({1,80}+): a line with no colon near its start fails at once, without
# trying each shorter run (a shorter one cannot end before a colon either).
_INLINE_LABEL = re.compile(r"^([^:：]{1,80}+)[:：]\s+(\S.*)$")

_LIST_HEADINGS = {"speakers": False, "speaker": False, "participants": False, "guests": False,
                  "spokesperson": False, "spokespersons": False, "presenters": False,
                  "chairperson": True, "chair": True, "moderator": True, "host": True}
_OTHER_HEADINGS = frozenset({"date", "time", "venue", "location", "read in chinese",
                             "read in english", "video", "transcript"})
_HEADING_LEN = max(map(len, [*_LIST_HEADINGS, *_OTHER_HEADINGS]))
_CONNECTIVES = frozenset({"and", "of", "the", "for", "in", "on", "at", "de", "du", "van",
                          "von", "bin", "al", "&"})
# Single capitalised words that end in a colon to introduce a list, not a turn.
_NOT_LABELS = frozenset({"note", "notes", "summary", "background", "example", "examples",
                         "first", "second", "third", "fourth", "fifth", "finally", "firstly",
                         "secondly", "source", "sources", "contents", "introduction",
                         "conclusion", "update", "abstract", "keywords", "tags"})
_OUTLET_WORDS = frozenset({"daily", "news", "times", "radio", "television", "tv", "agency",
                           "herald", "post", "press", "service", "journal", "network", "media",
                           "broadcasting", "magazine", "weekly", "newspaper", "channel",
                           "gazette", "tribune", "online", "review", "app", "reporter",
                           "journalist", "correspondent", "reuters", "bloomberg", "xinhua"})
_COURTESY = frozenset({"thank", "thanks", "you", "all", "very", "much", "so", "everyone",
                       "everybody", "again", "goodbye", "bye", "good", "morning", "afternoon",
                       "evening", "the", "last", "final", "next", "one", "more", "question"})
_COURTESY_ANCHORS = frozenset({"thank", "thanks", "goodbye", "bye", "question", "morning",
                               "afternoon", "evening"})

_MONTHS = {m.lower()[:3]: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}
_MONTH = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE_MDY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})\b", re.I)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

_HTML_START = re.compile(r"(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)\b",
                         re.I | re.S)
_HTML_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li)\s*>|<br\s*/?>", re.I)


def read(path: str | os.PathLike[str], *, encoding: str | None = None,
         lang: str | None = None) -> Document:
    """Read a transcript file (text or HTML, English or Chinese) into a :class:`Document`.

    The encoding is detected (:mod:`termsmith.readers.encoding`) unless
    ``encoding`` names it; the language is detected and routes the text to the
    English or the Chinese parser. A bilingual page (Chinese and English
    paragraphs in turn) gives its ``lang`` side: ``en`` unless ``zh`` is asked
    for (:func:`read_pair` gives both).
    """
    name, data = _load(path)
    text = decode(data, name, encoding).text
    return _parse(text, name, hashlib.sha256(data).hexdigest(), lang)


def read_pair(path: str | os.PathLike[str], *,
              encoding: str | None = None) -> tuple[Document, Document]:
    """The Chinese and the English side of a bilingual page, each with the file's line numbers."""
    name, data = _load(path)
    text = decode(data, name, encoding).text
    lines = _lines(_normalise(text, name), name)
    if not is_bilingual(lines):
        raise SourceError(f"{name}: not a bilingual page (Chinese and English paragraphs in turn)")
    digest = hashlib.sha256(data).hexdigest()
    zh, en = bilingual.split(lines)
    return _parse_lines(zh, name, digest, chinese=True), _parse_lines(en, name, digest, chinese=False)


def _load(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    from termsmith import files

    name = os.fspath(path)
    return name, files.read_bytes(name)     # missing, a directory, a FIFO, empty: refused


def parse_text(text: str, *, path: str = "<string>", lang: str | None = None) -> Document:
    """Parse already-decoded transcript text (plain or HTML) into a :class:`Document`."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return _parse(text, path, digest, lang)


_CONTROLS = {c: " " for c in [*range(1, 9), 11, 12, *range(14, 32), 0x7F]}
_CONTROL_CHARS = tuple(map(chr, _CONTROLS))
_LETTERS = re.compile(r"[^\W\d_]+")
# Seven runs of letters (words as _LETTERS finds them), from the start: one match in C.
_NOT_COURTESY_MARK = re.compile(r"[^\w\s.,!?'’]")    # what no courtesy formula holds
_SEVEN_WORDS = re.compile(r"[\W\d_]*(?:[^\W\d_]+[\W\d_]+){6}[^\W\d_]")


def _normalise(text: str, path: str) -> str:
    """One line ending, no BOM, no control characters; refuse empty or binary text."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError(f"{path}: no text (empty or only white space)")
    if "\0" in text:
        raise SourceError(f"{path}: line {text.count(chr(10), 0, text.find(chr(0))) + 1}: "
                          "binary data (NUL character)")
    # Other C0 controls (form feeds from PDF conversions, stray \x08) cannot be
    # written to XML exports; in running text they are spacing, so make them spaces.
    # (Each `in` is a scan in C, faster than a regular expression's character class;
    # translate goes char by char.)
    if any(c in text for c in _CONTROL_CHARS):
        text = text.translate(_CONTROLS)
    return text


def _lines(text: str, path: str) -> list[Line]:
    """The numbered lines of the text, or the block-level lines of an HTML page."""
    if _looks_like_html(text):
        return _html_lines(text, path)
    return list(enumerate(text.split("\n"), start=1))


def _parse(text: str, path: str, digest: str, lang: str | None = None) -> Document:
    """Normalise decoded text, route HTML through lxml, and run the parser of its language."""
    lines = _lines(_normalise(text, path), path)
    if is_bilingual(lines):
        zh, en = bilingual.split(lines)
        if lang is not None and lang.split("-")[0].lower() == "zh":
            return _parse_lines(zh, path, digest, chinese=True)
        return _parse_lines(en, path, digest, chinese=False)
    return _parse_lines(lines, path, digest, chinese=_mostly_chinese(lines))


def _mostly_chinese(lines: list[Line]) -> bool:
    """Whether the lines are mostly Chinese (:func:`~termsmith.readers.script.mostly_chinese`).

    Both sides' counts add up line by line, so lines none of which is mostly Chinese are
    not either: an English document is told so line by line, where most lines are ASCII
    and need no counting, instead of by counting every character of it (curly quotes
    count as Chinese, so an English text is rarely all ASCII).
    """
    # (An ASCII line holds no Han character nor Chinese punctuation: never mostly Chinese.)
    if not any(not t.isascii() and script_of(t) is Script.HAN for _, t in lines):
        return False
    return mostly_chinese(t for _, t in lines)


def _parse_lines(lines: list[Line], path: str, digest: str, *, chinese: bool) -> Document:
    if chinese:
        from termsmith.readers import zh

        return zh.parse(lines, path, digest, chinese_tag("".join(t for _, t in lines)))
    return _Parser(path, digest).parse(lines)


def _looks_like_html(text: str) -> bool:
    """True if the text is an HTML page or a fragment of HTML paragraphs."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and _HTML_BLOCK_END.search(head) is not None


# HTML ---------------------------------------------------------------------

_SKIP_TAGS = frozenset({"script", "style", "nav", "header", "footer", "noscript", "template",
                        "head", "iframe", "object", "svg", "form", "button", "select"})
_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li", "ul", "ol",
                         "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
                         "section", "article", "main", "figure", "figcaption", "address",
                         "center", "body", "html", "hr"})


def _html_lines(text: str, path: str) -> list[Line]:
    """Block-level text of an HTML page as lines; a blank line ends each block."""
    # Lazily: lxml costs start-up time most commands do not need.  No stubs in the venv.
    from lxml import etree, html  # type: ignore[import-untyped, unused-ignore]

    parser = html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:  # bytes, not str: lxml refuses str with an encoding declaration
        root = html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise SourceError(f"{path}: cannot parse HTML ({e})") from e
    out: list[Line] = []
    buf: list[str] = []
    first = [0]  # line where the text in buf starts

    def add(s: str, line: int) -> None:
        if not buf and s.strip():
            first[0] = line + s[: len(s) - len(s.lstrip())].count("\n")
        if s.strip() or buf:
            buf.append(s)

    def end_line() -> None:
        joined = squash("".join(buf))
        if joined:
            out.append((first[0], joined))
        buf.clear()

    def end_block() -> None:
        end_line()
        if out and out[-1][1]:
            out.append((out[-1][0], ""))

    def walk(el: html.HtmlElement, line: int) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP_TAGS:
            return
        line = el.sourceline or line
        block = tag in _BLOCK_TAGS
        if block:
            end_block()
        elif tag == "br":
            end_line()
        add(el.text or "", line)
        for child in el:
            walk(child, line)
            add(child.tail or "", child.sourceline or line)
        if block:
            end_block()

    walk(root, 1)
    end_block()
    if not out:
        visible = re.sub(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", " ", text, flags=re.S | re.I)
        if re.search(r"\w", re.sub(r"<[^>]*>", " ", visible)):
            # The page has text the parser did not reach: libxml2 stops at 255 levels of
            # nesting (issue 15, item 26), which no real transcript page comes near.
            raise SourceError(f"{path}: HTML page nested too deep (its text lies beyond 255 "
                              "levels of elements); save it as plain text and harvest that")
        raise SourceError(f"{path}: HTML page has no text")
    return out


# Structure ----------------------------------------------------------------

class _Mode(enum.Enum):
    START = "start"    # nothing but datelines seen yet: the next paragraph is the title
    FRONT = "front"    # front matter: narrative, datelines, headings
    LIST = "list"      # under a Speakers/Chairperson heading
    TURNS = "turns"    # after the first "Name:" label


class _Parser:
    """One pass over the lines, keeping the state a reader of the transcript keeps."""

    def __init__(self, path: str, digest: str) -> None:
        self.path, self.digest = path, digest
        self.segments: list[Segment] = []
        self.participants: dict[str, Participant] = {}
        self.title: str | None = None
        self.date: str | None = None
        self.mode = _Mode.START
        self.chair = False
        self.speaker: str | None = None
        self.turn_role = Role.NARRATIVE
        self.labels: set[str] = set()          # labels seen on their own line
        self.run: list[Line] = []              # pending lines of one paragraph
        self.run_role: Role | None = None      # CREDIT if the run opened with a credit line
        self.entry: tuple[int, int] | None = None  # the last speaker-list line: (line, length)

    def parse(self, lines: list[Line]) -> Document:
        """Group lines into blocks at blank lines and classify each line."""
        for n, raw in lines:
            s = squash(raw)
            if not s:
                self.flush()
            else:
                self.feed(n, s)
        self.flush()
        return Document(path=self.path, title=self.title, date=self.date,
                        segments=tuple(self.segments),
                        participants=tuple(self.participants.values()), sha256=self.digest)

    def feed(self, n: int, s: str) -> None:
        """Classify one non-blank line; structural lines stand alone, others join a run."""
        if PAGE_BREAK_TAG in s:
            rest = squash(s.replace(PAGE_BREAK_TAG, " "))
            if not rest:
                self.emit(n, PAGE_BREAK_TAG, Role.PAGE_BREAK)
                return
            s = rest  # the tag glued to a paragraph: keep the text, drop the tag
        if _CAPTION.match(s):
            self.emit(n, s, Role.CAPTION)
        elif _CREDIT.match(s):
            self.flush()
            self.run, self.run_role = [(n, s)], Role.CREDIT
        elif self.heading(n, s):
            pass
        elif self.mode is not _Mode.TURNS and _is_dateline(s):
            self.emit(n, s, Role.DATELINE)
            self.date = self.date or _find_date(s)
        elif (label := _label(s)) is not None:
            self.start_turn(label)
            self.emit(n, s, Role.SPEAKER_LABEL, self.speaker)
            self.labels.add(label)
        elif (inline := self.inline_label(s)) is not None:
            self.start_turn(inline[0])
            # The label as a segment of its own, as when it stands on a line of its own:
            # the turn's structure (and an outlet asking, a name) is the same either way.
            # Its text is the line's own ("Bai Lu :" stays so), as every segment's is.
            self.emit(n, s[:len(s) - len(inline[1])].rstrip(), Role.SPEAKER_LABEL,
                      self.speaker)
            self.run = [(n, inline[1])]
        elif self.mode is _Mode.LIST and self.continues_entry(n, s):
            self.extend_entry(n, s)
        elif self.mode is _Mode.LIST and (p := _participant(s, self.chair)) is not None:
            self.emit(n, s, Role.SPEAKER_LIST)
            self.entry = (n, len(s))
            old = self.participants.get(p.name)
            if old is not None:  # the list is usually printed twice; keep the first post
                p = Participant(p.name, old.post or p.post, old.chair or p.chair)
            self.participants[p.name] = p
        else:
            if self.mode is _Mode.LIST:
                self.mode = _Mode.FRONT  # not a "Name, post" line: the list is over
            self.run.append((n, s))

    # A speaker-list line this long that the next line continues was wrapped (a list
    # copied from a PDF or an e-mail); a shorter one is an entry of its own (a bare name).
    _WRAPPED = 50

    def continues_entry(self, n: int, s: str) -> bool:
        """The line right under a long speaker-list entry, not itself ``Name, post``.

        ``Xie Xin, director-general of the Department of Resource Allocation and`` /
        ``Management of the Ministry of Science and Technology``: one entry, wrapped.
        """
        if self.entry is None or self.entry[0] != n - 1 or self.entry[1] < self._WRAPPED:
            return False
        p = _participant(s, self.chair)
        return p is None or not p.post

    def extend_entry(self, n: int, s: str) -> None:
        """Join a wrapped line to the speaker-list entry above it, and read the entry again."""
        last = self.segments[-1]
        text = f"{last.text} {s}"
        self.segments[-1] = Segment(text, last.line, Role.SPEAKER_LIST)
        self.entry = (n, len(s))
        p = _participant(text, self.chair)
        old = self.participants.get(p.name) if p is not None else None
        if p is not None and old is not None and p.post.startswith(old.post):
            self.participants[p.name] = Participant(p.name, p.post, old.chair or p.chair)

    def heading(self, n: int, s: str) -> bool:
        """Handle ``Speakers``, ``Chairperson:``, ``Date: April 26, 2024`` and the like."""
        stop = s.find(":")
        if len((s if stop < 0 else s[:stop]).strip()) > _HEADING_LEN:
            return False    # a paragraph: not partitioned and lowercased (lower() never shortens)
        head, colon, rest = s.partition(":")
        key = head.strip().lower()
        if key not in _LIST_HEADINGS and key not in _OTHER_HEADINGS:
            return False
        if colon and rest.strip() and key in _OTHER_HEADINGS and key != "date":
            return False
        if self.mode is _Mode.TURNS and colon and key in _LIST_HEADINGS:
            return False  # "Host:" after the turns began opens the host's turn
        self.emit(n, f"{head.strip()}{colon}", Role.HEADING)
        if key in _LIST_HEADINGS and self.mode is not _Mode.TURNS:
            self.mode, self.chair = _Mode.LIST, _LIST_HEADINGS[key]
        elif self.mode is not _Mode.TURNS:
            self.mode = _Mode.FRONT
        if rest.strip():
            self.feed(n, rest.strip())
        return True

    def inline_label(self, s: str) -> tuple[str, str] | None:
        """``Name: text`` on one line, when Name is a known speaker or looks like an outlet."""
        m = _INLINE_LABEL.match(s)
        if self.mode is _Mode.START or m is None or not _looks_like_label(m[1].strip()):
            return None
        name = m[1].strip()
        bare = _HONORIFIC.sub("", name)
        if (bare in self.participants or name in self.labels or bare != name
                or _outlet_like(bare) or bare.lower() in _LIST_HEADINGS or _chinese_name(bare)):
            return name, m[2]
        return None

    def start_turn(self, label: str) -> None:
        """Make ``label`` the current speaker: a participant speaks, an outlet asks."""
        self.flush()
        bare = _HONORIFIC.sub("", label)
        honorific = bare != label
        self.mode, self.turn_role = _Mode.TURNS, Role.SPEECH
        if bare in self.participants:
            self.speaker = bare
        elif honorific:  # "Mr. Chen:" names the one participant with that family name
            # Family name first (Chinese order) or last (Western order).
            same = [p for p in self.participants if bare in (p.split()[0], p.split()[-1])]
            self.speaker = same[0] if len(same) == 1 else bare
        else:
            self.speaker = bare
            if bare.lower() not in _LIST_HEADINGS and (self.participants or _outlet_like(bare)):
                self.turn_role = Role.QUESTION

    def emit(self, n: int, text: str, role: Role, speaker: str | None = None) -> None:
        """Flush the pending run, then add one standalone segment."""
        self.flush()
        self.segments.append(Segment(text, n, role, speaker))

    def flush(self) -> None:
        """Turn the pending run of lines into one paragraph segment."""
        if not self.run:
            return
        n, text = self.run[0][0], _join([t for _, t in self.run])
        role, self.run, self.run_role = self.run_role, [], None
        speaker = self.speaker if self.mode is _Mode.TURNS else None
        if role is None:
            if self.mode is _Mode.START:
                role, self.title, self.mode = Role.TITLE, text, _Mode.FRONT
            elif _is_formula(text):
                role = Role.FORMULA
            elif self.mode is _Mode.TURNS:
                role = self.turn_role
            else:
                role = Role.NARRATIVE
        if role not in (Role.SPEECH, Role.QUESTION, Role.FORMULA):
            speaker = None
        self.segments.append(Segment(text, n, role, speaker))


# A line ending in a hyphenated compound's hyphen ("China-Laos-", "anti-") before a line
# going on with a letter: a compound wrapped at its hyphen, joined without a space.
_WRAPPED_HYPHEN = re.compile(r"(?<=[^\W_]-)\n(?=[^\W_])")


# A line at least this long that ends in a hyphen was wrapped there (it fills its width).
_WRAP_WIDTH = 40


def _join(lines: list[str]) -> str:
    """The lines of one paragraph as one text: a space between them, none after a
    compound's hyphen at the end of a wrapped line (text wrapped by a browser, PDF or
    e-mail program breaks compounds there, and only there; the hyphen is kept)."""
    if not any(line.endswith("-") for line in lines[:-1]):
        return " ".join(lines)      # (the common case: one line, or no hyphen at a line end)
    parts = [lines[0]]
    for before, line in zip(lines, lines[1:], strict=False):
        wrapped = len(before) >= _WRAP_WIDTH and _WRAPPED_HYPHEN.search(f"{before[-2:]}\n{line[:1]}")
        parts.append(line if wrapped else f" {line}")
    return "".join(parts)


_SENTENCE_MARK = re.compile(r"[.,;:!?\"“”]")     # what a name (a label) never holds


def _looks_like_label(name: str) -> bool:
    """A short capitalised name, not a sentence: ``Liang Huiling``, ``21st Century Herald``."""
    bare = _HONORIFIC.sub("", name)
    words = bare.split()
    if not 1 <= len(words) <= 8 or len(bare) > 60 or _SENTENCE_MARK.search(bare):
        return False
    if (words[0].lower() in _CONNECTIVES and not (words[0] == "The" and len(words) >= 2)
            or (len(words) == 1 and bare.lower() in _NOT_LABELS)):
        return False        # (an outlet may start with "The": `The Paper`, `The Beijing News`)
    return all(not w[0].islower() or w in _CONNECTIVES or _BRAND.fullmatch(w) for w in words)


# An outlet's brand written in camel case after a lowercase prefix: "iChongqing", "eLong".
_BRAND = re.compile(r"[a-z]{1,2}[A-Z][a-z]+(?:[A-Z][a-z]+)*")


def _label(s: str) -> str | None:
    """The name in a ``Name:`` line that opens a turn, else None."""
    if not s.endswith((":", "：")):
        return None
    name = s[:-1].strip()
    return name if _looks_like_label(name) else None


def _chinese_name(name: str) -> bool:
    """``He Yadong``, ``Shu Jueting``: two or three capitalised words of pinyin, a Chinese
    person's name as the genre writes it (a speaker a transcript without a speaker list
    introduces by an inline label)."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and PINYIN.fullmatch(w.lower()) for w in words)


def _outlet_like(name: str) -> bool:
    """True for news outlets: ``CCTV``, ``Southern Metropolis Daily``, ``Jinan Times APP``."""
    words = name.split()
    return any((w.isupper() and len(w) >= 2) or w.lower() in _OUTLET_WORDS for w in words)


def _participant(s: str, chair: bool) -> Participant | None:
    """Parse ``Ms. Name, post`` from a speaker list; None if the line is not one."""
    bare = _HONORIFIC.sub("", s.strip().rstrip(";."))
    name, _, post = bare.partition(",")
    words = name.split()
    # A bare name, or "Name Surname, post": a one-word head is more likely "Today, we ..."
    if not (2 if post else 1) <= len(words) <= 5 or any(c.isdigit() for c in name):
        return None
    if any(w[0].islower() and w not in _CONNECTIVES for w in words):
        return None
    return Participant(" ".join(words), post.strip(" ,;"), chair)


def _is_formula(text: str) -> bool:
    """True for courtesy-only paragraphs: ``Thank you!``, ``Goodbye.``, ``The last question.``."""
    # Seven words are enough to tell: a long paragraph is not read (nor lowercased) to its
    # end. Seven words found in its first 120 characters are seven words of the whole.
    if len(text) > 120 and _SEVEN_WORDS.match(text, 0, 120):
        return False
    low = text.lower()
    first = _LETTERS.search(low)
    if first is None or first.group() not in _COURTESY:
        return False                    # every word must be a courtesy word
    words = [m.group() for m in islice(_LETTERS.finditer(low), 7)]
    if len(words) > 6 or _NOT_COURTESY_MARK.search(text):
        return False
    return set(words) <= _COURTESY and bool(set(words) & _COURTESY_ANCHORS)


def _is_dateline(s: str) -> bool:
    """``Beijing | 10 a.m. April 26, 2024`` or a bare date line."""
    if len(s.split()) > 15 or _find_date(s) is None:
        return False
    rest = _DATE_ISO.sub("", _DATE_DMY.sub("", _DATE_MDY.sub("", s)))
    return "|" in s or len(rest.split()) <= 3


def _find_date(s: str) -> str | None:
    """The first valid date in ``s`` as ISO 8601, else None."""
    found: list[tuple[int, int, int, int]] = []  # (position, year, month, day)
    for m in _DATE_MDY.finditer(s):
        found.append((m.start(), int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2])))
    for m in _DATE_DMY.finditer(s):
        found.append((m.start(), int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1])))
    for m in _DATE_ISO.finditer(s):
        found.append((m.start(), int(m[1]), int(m[2]), int(m[3])))
    for _, y, mo, d in sorted(found):
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:  # "February 30": not a date, try the next one
            continue
    return None
