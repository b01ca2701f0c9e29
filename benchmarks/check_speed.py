"""Term finding at scale: termsmith's automata beside ``grep -F -f terms`` on the same data.

Generates (deterministically) 50,000 English terms over a 100 MB English corpus
and 20,000 Chinese terms over a 50 MB Chinese corpus of synthetic sentences,
about one in five containing a term (full size; ``--quick`` a tenth), then times,
line by line as :func:`termsmith.check.bilingual.check_pairs` sees segments:

* English: building a :class:`~termsmith.matcher.Matcher` and one ``find`` per line
  (whole words, leftmost-longest), in one process and in two
  (``Matcher.find_many(processes=2)``), beside ``grep -Fwo -f terms`` (every
  whole-word match printed: the same job);
* Chinese: ``ZhTermFinder.candidates`` per line (every occurrence) beside
  ``grep -Fo -f terms``; then ``ZhTermFinder.find`` (word-boundary confirmation
  by the segmenter where a match touches Chinese characters on both sides), its
  rate after the segmenter is made (making it, with the 20,000 terms as user
  words, is a row of its own: once per check).

Targets (issue 14): English ≥ 1.5× grep (2.5× on both cores); Chinese candidates
≥ 1.5× grep; with jieba confirmation ≥ 20 MB/s.

    python benchmarks/run.py --only check_speed [--quick]
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

from _rows import Row

SIZES = {"full": 1000, "quick": 100}      # thousandths of 100 MB English + 50 MB Chinese
EN_TERMS, ZH_TERMS = 50_000, 20_000


def rows(size: int) -> list[Row]:
    en_mb, zh_mb = 100 * size / 1000, 50 * size / 1000
    grep_w, grep_o = "grep -Fwo -f terms", "grep -Fo -f terms"
    return [
        Row(f"English term finding, {EN_TERMS // 1000}k terms, {en_mb:g} MB", "en: find",
            "en: grep", grep_w, "≥ 1.5×", min_ratio=1.5, mb=en_mb),
        Row(f"English term finding, {EN_TERMS // 1000}k terms, {en_mb:g} MB, 2 processes",
            "en: find, 2 processes", "en: grep", grep_w, "≥ 2.5×", min_ratio=2.5, mb=en_mb,
            cores=2),
        Row(f"Chinese candidates, {ZH_TERMS // 1000}k terms, {zh_mb:g} MB", "zh: candidates",
            "zh: grep", grep_o, "≥ 1.5×", min_ratio=1.5, mb=zh_mb),
        Row(f"Chinese with jieba confirmation, {zh_mb:g} MB (segmenter made)", "zh: find",
            target="≥ 20 MB/s", mb=zh_mb, min_rate=20),
        Row(f"  (making the segmenter with {ZH_TERMS // 1000}k user words, once per check)",
            "zh: segmenter"),
    ]


# Common Han characters of the genre, to build terms and filler text from.
HAN = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
       "子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制"
       "机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心"
       "反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展"
       "五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论"
       "运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增"
       "争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走"
       "积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越"
       "织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历")
SYLLABLES = [c + v for c in "bdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou", "an")]


def _words(rng: random.Random, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(out)


def generate(folder: Path, scale: float) -> dict[str, Path]:
    """Write terms and corpora into ``folder``; return their paths."""
    rng = random.Random(20240426)
    vocab = _words(rng, 6000)
    en_terms = sorted({" ".join(rng.sample(vocab, rng.randint(2, 3))) for _ in range(EN_TERMS * 2)})
    en_terms = rng.sample(en_terms, EN_TERMS)
    zh_terms: set[str] = set()
    while len(zh_terms) < ZH_TERMS:
        zh_terms.add("".join(rng.choices(HAN, k=rng.randint(3, 5))))
    zh_list = sorted(zh_terms)
    paths = _paths(folder)
    paths["en_terms"].write_text("\n".join(en_terms) + "\n", encoding="utf-8")
    paths["zh_terms"].write_text("\n".join(zh_list) + "\n", encoding="utf-8")
    for key, size, make in (("en", 100e6, lambda: _en_line(rng, vocab, en_terms)),
                            ("zh", 50e6, lambda: _zh_line(rng, zh_list))):
        target = int(size * scale)
        with paths[key].open("w", encoding="utf-8") as f:
            written = 0
            while written < target:
                line = make()
                f.write(line)
                written += len(line.encode("utf-8"))
    return paths


def _paths(folder: Path) -> dict[str, Path]:
    return {"en_terms": folder / "terms.en.txt", "zh_terms": folder / "terms.zh.txt",
            "en": folder / "corpus.en.txt", "zh": folder / "corpus.zh.txt"}


def _en_line(rng: random.Random, vocab: list[str], terms: list[str]) -> str:
    sentences = []
    for _ in range(5):
        words = rng.choices(vocab, k=rng.randint(12, 24))
        if rng.random() < 0.2:
            words.insert(rng.randrange(len(words)), rng.choice(terms))
        sentences.append(" ".join(words).capitalize() + f", with {rng.randint(1, 999)} units.")
    return " ".join(sentences) + "\n"


def _zh_line(rng: random.Random, terms: list[str]) -> str:
    sentences = []
    for _ in range(5):
        text = "".join(rng.choices(HAN, k=rng.randint(20, 40)))
        if rng.random() < 0.2:
            i = rng.randrange(len(text))
            term = rng.choice(terms)
            text = text[:i] + (f"“{term}”" if rng.random() < 0.5 else term) + text[i:]
        sentences.append(text + f"，达{rng.randint(1, 999)}万。")
    return "".join(sentences) + "\n"


def setup(size: int, folder: Path) -> None:
    generate(folder, size / 1000)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _grep(args: list[str], terms: Path, corpus: Path) -> None:
    # Output goes to a real file: GNU grep stops at the first match when its output
    # is /dev/null (it then behaves like -q), which would make it look 50x faster.
    with open(corpus.with_suffix(".grep-out"), "wb") as out:
        subprocess.run(["grep", *args, "-f", str(terms), str(corpus)], stdout=out, check=False)


def job(name: str, size: int, folder: Path, clock: Any) -> None:
    p = _paths(folder)
    if name == "en: grep":
        _grep(["-Fwo"], p["en_terms"], p["en"])
    elif name == "zh: grep":
        _grep(["-Fo"], p["zh_terms"], p["zh"])
    elif name.startswith("en: find"):
        from termsmith.matcher import Matcher

        terms = _lines(p["en_terms"])
        matcher = Matcher((w, i, False) for i, w in enumerate(terms))
        processes = 2 if name.endswith("2 processes") else 1
        with p["en"].open(encoding="utf-8") as f:
            for _ in matcher.find_many((line.rstrip("\n") for line in f), processes=processes):
                pass
    elif name == "zh: candidates":
        from termsmith.check.segment import ZhTermFinder

        finder = ZhTermFinder(_lines(p["zh_terms"]))
        with p["zh"].open(encoding="utf-8") as f:
            for line in f:
                finder.candidates(line.rstrip("\n"))
    elif name in ("zh: find", "zh: segmenter"):
        from termsmith.check.segment import ZhTermFinder

        finder = ZhTermFinder(_lines(p["zh_terms"]))
        finder.segmenter.cut("黑土地")           # made, and its dictionary loaded
        if name == "zh: segmenter":
            return
        clock.restart()
        with p["zh"].open(encoding="utf-8") as f:
            for line in f:
                finder.find(line.rstrip("\n"))
    else:
        raise SystemExit(f"unknown job {name!r}")


if __name__ == "__main__":
    sys.exit(subprocess.call([sys.executable, str(Path(__file__).with_name("run.py")),
                              "--only", "check_speed", *sys.argv[1:]]))
