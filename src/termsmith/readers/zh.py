"""Read a Chinese press-conference transcript (国新办新闻发布会 文字实录) into a :class:`Document`.

The genre's shape, the Chinese counterpart of what :mod:`termsmith.reader`
reads in English: a title, a date (``2024年4月26日``, ``时间：…``), a speaker list
under ``发布人``/``出席人员`` and ``主持人`` headings (``post name`` per line), then
turns opened by ``姓名：`` labels (full- or half-width colon, alone on a line
or before the text): ``主持人 寿小丽：``, a participant's name with or without
post or title, or an outlet's reporter (``中央广播电视总台央视记者：``), whose
turns are questions. Page-break tags, photo captions (``/6  姓名``, ``图为…``),
credits (``责任编辑：…``, ``（完）``) and courtesies (``谢谢。``) are marked so the
aligner and the harvesters can leave them out. Generic patterns only: nothing
here knows a name from any particular file.

Chinese web text keeps a paragraph on one line; a line that stops without
closing punctuation and is followed by another (a hard-wrapped file) is
joined to it without a space.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable

from termsmith.document import Document, Participant, Role, Segment

__all__ = ["parse", "find_date"]

Line = tuple[int, str]

PAGE_BREAK_TAG = "_ueditor_page_break_tag_"   # left in exported pages by the UEditor CMS
_COLON = "[:：]"
_SPACE = re.compile(r"[\s\u3000]+")

# Speaker-list headings of the genre (value: True for the chair's heading).
# Traditional forms beside the Simplified ones: Big5 pages of the same genre.
_LIST_HEADINGS = {"发布人": False, "发布人员": False, "出席人员": False, "出席嘉宾": False,
                  "嘉宾": False, "发言人": False, "出席": False, "介绍人": False,
                  "發布人": False, "發佈人": False, "出席嘉賓": False, "嘉賓": False,
                  "發言人": False, "介紹人": False, "主持人": True, "主持": True}
# Other front-matter headings; "时间：…" and "日期：…" carry the date.
_OTHER_HEADINGS = frozenset({"时间", "日期", "地点", "图文实录", "文字实录", "实录", "视频",
                             "直播", "图文直播", "视频直播", "发布时间", "来源",
                             "時間", "地點", "圖文實錄", "文字實錄", "實錄", "視頻", "發布時間", "來源"})
# Credits at the foot of a page: editors, sources, translators.
_CREDIT = re.compile(
    rf"^[【\[（(]?\s*(?:责任编辑|编辑|来源|作者|摄影|摄像|校对|审核|审校|翻译|文字整理|整理|"
    rf"供稿|图片|制作|监制|纠错|責任編輯|編輯|來源|攝影|攝像|校對|審核|審校|翻譯|圖片|製作|糾錯)"
    rf"\s*(?:{_COLON}|[】\]）)])"
    r"|^[（(]\s*完\s*[）)]$|^【纠错】")
_CAPTION = re.compile(r"^/\d+\s+\S(?:.{0,60})$|^[图圖][为為].{1,80}$")
# Outlets asking questions: a reporter of a paper, agency, station or site.
_OUTLET = re.compile(r"(?:记者|記者|通讯员|通訊員|主播|(?:日报|晚报|时报|周刊|杂志|通讯社|新闻社|"
                     r"电视台|广播电台|卫视|频道|新闻网|日報|晚報|時報|週刊|雜誌|通訊社|新聞社|電視臺|"
                     r"電視台|衛視|頻道|網|网|社|报|報|台|臺|客户端|APP|App))$")
# Words that end in a colon to introduce a list or a note, not a turn.
_NOT_LABELS = frozenset({"一是", "二是", "三是", "四是", "五是", "首先", "其次", "再次", "最后",
                         "第一", "第二", "第三", "第四", "第五", "总之", "例如", "比如", "注",
                         "注意", "说明", "备注", "背景", "问题", "原文", "译文", "电话", "网址",
                         "链接", "附件", "其中", "同时", "另外", "此外", "目前", "特别是",
                         "具体来说", "主要是", "包括", "一方面", "另一方面", "比方说"})
_QUESTION_LABELS = frozenset({"问", "记者问", "提问", "记者", "問", "記者問", "記者"})
# What a name does not begin or end with: a pronoun or determiner, a verb of saying
# ("他说：", "我们认为：" introduce a quotation in running speech, not a turn).
_NOT_NAME = re.compile(r"^(?:我|你|他|她|它|这|這|那|其|各|本|该|該|有|据|據)|(?:说|說|道|表示|指出|"
                       r"强调|強調|认为|認為|提出|要求|介绍|介紹|称|稱|问|問|是|有|为|為|在|的)$")
# A personal name: two to four Han characters, or a transliterated name with a middle dot.
_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff·•・]{1,12})$")
_COURTESY = re.compile(r"^(?:好的?|谢谢(?:大家|你|您|主持人|各位)?|感谢(?:大家|各位)?|再见|大家再见|"
                       r"请提问|下面请提问|最后一个问题|请|[，。！？、,.!?\s])+$")
_CLOSING = tuple("。！？!?…；;：:”’」』）)》】")
_WRAPPED = 20        # a line this long without closing punctuation may be a wrapped paragraph

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_DATE = re.compile(r"([0-9]{4}|[〇零一二三四五六七八九]{4})\s*年"
                   r"\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                   r"\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]")
_DATE_ISO = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")


class _Mode(enum.Enum):
    START = "start"    # the next paragraph is the title
    FRONT = "front"    # front matter
    LIST = "list"      # under a speaker-list heading
    TURNS = "turns"    # after the first turn label


def parse(lines: list[Line], path: str, digest: str, lang: str = "zh-Hans") -> Document:
    """Parse the numbered lines of a Chinese transcript into a :class:`Document`."""
    return _Parser(path, digest, lang).parse(lines)


class _Parser:
    """One pass over the lines, as a reader of the transcript goes through it."""

    def __init__(self, path: str, digest: str, lang: str) -> None:
        self.path, self.digest, self.lang = path, digest, lang
        self.segments: list[Segment] = []
        self.participants: dict[str, Participant] = {}
        self.list_lines: list[str] = []       # speaker-list lines whose name could not be split off
        self.title: str | None = None
        self.date: str | None = None
        self.mode = _Mode.START
        self.chair = False
        self.speaker: str | None = None
        self.turn_role = Role.SPEECH
        self.labels: set[str] = set()
        self.run: list[Line] = []

    def parse(self, lines: list[Line]) -> Document:
        for n, raw in lines:
            s = _SPACE.sub(" ", raw).strip()
            if not s:
                self.flush()
            else:
                self.feed(n, s)
        self.flush()
        return Document(path=self.path, title=self.title, date=self.date,
                        segments=tuple(self.segments),
                        participants=tuple(self.participants.values()), sha256=self.digest,
                        lang=self.lang)

    def feed(self, n: int, s: str) -> None:
        """Classify one non-blank line."""
        if PAGE_BREAK_TAG in s:
            rest = s.replace(PAGE_BREAK_TAG, " ").strip()
            if not rest:
                self.emit(n, PAGE_BREAK_TAG, Role.PAGE_BREAK)
                return
            s = rest
        if _CREDIT.match(s):
            self.emit(n, s, Role.CREDIT)
        elif _CAPTION.match(s):
            self.emit(n, s, Role.CAPTION)
        elif self.heading(n, s):
            pass
        elif self.mode is not _Mode.TURNS and _is_dateline(s):
            self.emit(n, s, Role.DATELINE)
            self.date = self.date or find_date(s)
        elif (turn := self.label(s)) is not None:
            label, rest = turn
            self.start_turn(label)
            if rest:
                self.flush()
                self.run = [(n, rest)]
                self.flush_if_complete()
            else:
                self.emit(n, s, Role.SPEAKER_LABEL, self.speaker)
        elif self.mode is _Mode.LIST and self.participant(n, s):
            pass
        else:
            if self.mode is _Mode.LIST:
                self.mode = _Mode.FRONT
            self.run.append((n, s))
            self.flush_if_complete()

    def flush_if_complete(self) -> None:
        """A line that ends a sentence ends its paragraph (one paragraph per line on the web);
        so does a short one (a title, a heading); a long open line is wrapped and continues."""
        if self.run and (self.run[-1][1].endswith(_CLOSING) or len(self.run[-1][1]) < _WRAPPED):
            self.flush()

    def heading(self, n: int, s: str) -> bool:
        """``发布人：``, ``主持人``, ``时间：2024年4月26日`` and the like."""
        m = re.match(rf"^([^:：]{{1,8}})({_COLON})\s*(.*)$", s) or re.match(r"^(.{1,8})()()$", s)
        if m is None:
            return False
        key = m[1].replace(" ", "")
        rest = m[3].strip()
        if key not in _LIST_HEADINGS and key not in _OTHER_HEADINGS:
            return False
        if key in _LIST_HEADINGS and self.mode is _Mode.TURNS:
            return False                       # "主持人：" after the turns began is the chair's turn
        if key in _LIST_HEADINGS and rest and (not m[2] or len(rest) > 40
                                               or re.search("[。！？，,]", rest)):
            return False          # "主持人寿小丽" (a label or a list line), "主持人：女士们，…" (a turn)
        self.emit(n, f"{m[1]}{m[2]}", Role.HEADING)
        if key in _LIST_HEADINGS:
            self.mode, self.chair = _Mode.LIST, _LIST_HEADINGS[key]
        elif self.mode is not _Mode.TURNS:
            self.mode = _Mode.FRONT
        if rest:
            if key in _OTHER_HEADINGS:
                self.emit(n, rest, Role.DATELINE if find_date(rest) else Role.NARRATIVE)
                self.date = self.date or find_date(rest)
            else:
                for part in re.split(r"[；;]", rest):
                    if part.strip() and not self.participant(n, part.strip()):
                        self.emit(n, part.strip(), Role.NARRATIVE)
        return True

    def participant(self, n: int, s: str) -> bool:
        """A speaker-list line: ``省委书记、省人大常委会主任 许勤`` (post then name, or name then post)."""
        if len(s) > 80 or s.endswith(("。", "！", "？")):
            return False
        parts = s.split(" ")
        name, post = None, ""
        if _NAME.match(parts[-1]) and (len(parts) > 1 or _NAME.match(s)):
            name, post = parts[-1], " ".join(parts[:-1])
        elif len(parts) > 1 and _NAME.match(parts[0]):
            name, post = parts[0], " ".join(parts[1:])
        self.emit(n, s, Role.SPEAKER_LIST)
        if name is None:
            self.list_lines.append(s)           # "新闻发言人寿小丽": matched against labels later
            return True
        old = self.participants.get(name)
        self.participants[name] = Participant(name, old.post if old and old.post else post,
                                              (old.chair if old else False) or self.chair)
        return True

    def label(self, s: str) -> tuple[str, str] | None:
        """``(label, text after it)`` if ``s`` opens a turn, else None."""
        m = re.match(rf"^([^:：。！？；，,]{{1,40}}?)\s*{_COLON}\s*(.*)$", s)
        if m is None or self.mode is _Mode.START:
            return None
        raw, rest = m[1].strip(), m[2].strip()
        name = raw.replace(" ", "")
        if not name or name in _NOT_LABELS:
            return None
        if (name.startswith("主持人") or self.known(name) is not None
                or name in _QUESTION_LABELS or name == "答" or _OUTLET.search(name)):
            return raw, rest
        # An unknown name: a label alone on its line, one seen before, one glued to its
        # post in the speaker list, or a short name opening a paragraph once turns began.
        if _NAME.match(name) and not _NOT_NAME.search(name) and (
                not rest or name in self.labels or self._post_of(name)
                                  or (self.mode is _Mode.TURNS and len(name) <= 3)):
            return raw, rest
        return None

    def known(self, label: str) -> str | None:
        """The participant a label names (``许勤``, ``许勤书记``, ``省委书记许勤``), if any."""
        for p in sorted(self.participants, key=len, reverse=True):
            if p in label:
                return p
        return None

    def start_turn(self, raw: str) -> None:
        """Make the label's speaker the current one; outlets and ``问`` ask questions."""
        self.flush()
        label = raw.replace(" ", "")
        self.mode = _Mode.TURNS
        self.turn_role = Role.SPEECH
        who = self.known(label)
        if label.startswith("主持人"):
            rest = label[len("主持人"):]
            who = who or rest or "主持人"
            if who not in self.participants:
                self.participants[who] = Participant(who, self._post_of(who), True)
        elif who is None:
            who = label
            if label in _QUESTION_LABELS or _OUTLET.search(label):
                self.turn_role = Role.QUESTION
            elif _NAME.match(label) and label not in self.participants and label != "答":
                self.participants[label] = Participant(label, self._post_of(label))
        self.speaker = who
        self.labels.add(label)

    def _post_of(self, name: str) -> str:
        """The post of ``name`` from a speaker-list line that ends with it (name glued to post)."""
        for line in self.list_lines:
            if line.endswith(name) and len(line) > len(name):
                return line[:-len(name)].strip(" ，,、")
        return ""

    def emit(self, n: int, text: str, role: Role, speaker: str | None = None) -> None:
        self.flush()
        self.segments.append(Segment(text, n, role, speaker))

    def flush(self) -> None:
        """Turn the pending lines into one paragraph segment."""
        if not self.run:
            return
        n = self.run[0][0]
        text = _join(t for _, t in self.run)
        self.run = []
        speaker = self.speaker if self.mode is _Mode.TURNS else None
        if self.mode is _Mode.START:
            role, self.title, self.mode = Role.TITLE, text, _Mode.FRONT
        elif _COURTESY.match(text):
            role = Role.FORMULA
        elif self.mode is _Mode.TURNS:
            role = self.turn_role
        else:
            role = Role.NARRATIVE
        if role not in (Role.SPEECH, Role.QUESTION, Role.FORMULA):
            speaker = None
        self.segments.append(Segment(text, n, role, speaker))


def _join(parts: Iterable[str]) -> str:
    """Join wrapped lines: no space between Chinese characters, one between Latin words."""
    out = ""
    for p in parts:
        if out and out[-1].isascii() and out[-1].isalnum() and p[:1].isascii() and p[:1].isalnum():
            out += " "
        out += p
    return out


def _is_dateline(s: str) -> bool:
    """A line that is a date with little else: ``2024年4月26日 星期五 上午10时``, ``（2024年4月26日）``."""
    if find_date(s) is None or "。" in s:
        return False
    rest = _DATE_ISO.sub("", _DATE.sub("", s))
    return len(re.sub(r"[\s（）()|｜:：]", "", rest)) <= 16


def find_date(s: str) -> str | None:
    """The first valid date of ``s`` as ISO 8601.

    ``2024年4月26日``, ``二〇二四年四月二十六日`` and ``2024-04-26`` all give ``2024-04-26``.
    """
    found: list[tuple[int, int, int, int]] = []
    for m in _DATE.finditer(s):
        found.append((m.start(), _number(m[1]), _number(m[2]), _number(m[3])))
    for m in _DATE_ISO.finditer(s):
        found.append((m.start(), int(m[1]), int(m[2]), int(m[3])))
    for _, y, mo, d in sorted(found):
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            continue
    return None


def _number(s: str) -> int:
    """``2024``, ``二〇二四`` (digit by digit), ``二十六`` (with tens) as an int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    value = 0
    for c in s:
        value = value * 10 + _CN_DIGITS[c]
    return value
