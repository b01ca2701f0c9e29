"""Speed of the bilingual check's term finding, next to ``grep -F -f terms`` on the same data.

Generates (deterministically, into a scratch folder) 50,000 English terms with
Chinese equivalents, a 100 MB English corpus and a 50 MB Chinese corpus of
synthetic sentences, about one in five containing a term; then times, line by
line as :func:`termsmith.check.bilingual.check_pairs` sees segments:

* English: one :class:`~termsmith.matcher.Matcher` pass (whole words, leftmost-longest);
* Chinese: one automaton pass over the UTF-8 bytes (``ZhTermFinder.candidates``),
  then the same with word-boundary confirmation (jieba only where a match touches
  Chinese characters: ``ZhTermFinder.find``);
* a whole ``check_pairs`` run on aligned English–Chinese pairs (all checks);
* ``grep -Fc -f terms`` (count matching lines) and ``grep -Fwo -f terms`` (print
  every whole-word match, the same job as the matcher), output discarded.

Usage: ``python benchmarks/check_speed.py [--scale 0.1] [--dir DIR]``; sizes scale linearly.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from termsmith.check import Options
from termsmith.check.bilingual import Pair, check_pairs
from termsmith.check.segment import ZhTermFinder
from termsmith.matcher import Matcher
from termsmith.model import Concept, Review, Term, Usage

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


def generate(folder: Path, scale: float, n_terms: int = 50_000) -> dict[str, Path]:
    """Write terms and corpora into ``folder``; return their paths."""
    rng = random.Random(20240426)
    vocab = _words(rng, 6000)
    en_terms = sorted({" ".join(rng.sample(vocab, rng.randint(2, 3))) for _ in range(n_terms * 2)})
    en_terms = rng.sample(en_terms, n_terms)
    zh_terms: set[str] = set()
    while len(zh_terms) < n_terms:
        zh_terms.add("".join(rng.choices(HAN, k=rng.randint(3, 5))))
    zh_list = sorted(zh_terms)
    paths = {"en_terms": folder / "terms.en.txt", "zh_terms": folder / "terms.zh.txt",
             "en": folder / "corpus.en.txt", "zh": folder / "corpus.zh.txt"}
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


def _timed(label: str, size: int, fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    dt = time.perf_counter() - t
    print(f"  {label:<58} {dt:7.2f} s  {size / 1e6 / dt:7.1f} MB/s")
    return dt


def _grep(args: list[str], terms: Path, corpus: Path) -> None:
    # Output goes to a real file: GNU grep stops at the first match when its output
    # is /dev/null (it then behaves like -q), which would make it look 50x faster.
    with open(corpus.with_suffix(".grep-out"), "wb") as out:
        subprocess.run(["grep", *args, "-f", str(terms), str(corpus)], stdout=out, check=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--scale", type=float, default=1.0, help="corpus size factor (1.0: 100 MB + 50 MB)")
    ap.add_argument("--terms", type=int, default=50_000)
    ap.add_argument("--dir", type=Path, default=None, help="scratch folder (default: a temporary one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        paths = generate(folder, args.scale, args.terms)
        print(f"generated in {time.perf_counter() - t:.1f} s: {args.terms:,} terms per language")
        en_terms = paths["en_terms"].read_text(encoding="utf-8").split("\n")[:-1]
        zh_terms = paths["zh_terms"].read_text(encoding="utf-8").split("\n")[:-1]
        en_lines = paths["en"].read_text(encoding="utf-8").splitlines()
        zh_lines = paths["zh"].read_text(encoding="utf-8").splitlines()
        en_size, zh_size = paths["en"].stat().st_size, paths["zh"].stat().st_size

        t = time.perf_counter()
        matcher = Matcher((w, i, False) for i, w in enumerate(en_terms))
        finder = ZhTermFinder(zh_terms)
        print(f"automata built in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        _ = finder.segmenter
        print(f"jieba segmenter with {len(zh_terms):,} user words in {time.perf_counter() - t:.1f} s")

        print(f"English corpus, {en_size / 1e6:.1f} MB:")
        _timed("Matcher.find per line (whole words, leftmost-longest)", en_size,
               lambda: sum(len(matcher.find(line)) for line in en_lines))
        _timed("grep -Fc -f terms (count matching lines)", en_size,
               lambda: _grep(["-Fc"], paths["en_terms"], paths["en"]))
        _timed("grep -Fwo -f terms (print whole-word matches)", en_size,
               lambda: _grep(["-Fwo"], paths["en_terms"], paths["en"]))
        print(f"Chinese corpus, {zh_size / 1e6:.1f} MB:")
        _timed("ZhTermFinder.candidates per line (automaton on UTF-8 bytes)", zh_size,
               lambda: sum(len(finder.candidates(line)) for line in zh_lines))
        _timed("ZhTermFinder.find per line (+ jieba where a match touches Han)", zh_size,
               lambda: sum(len(finder.find(line)) for line in zh_lines))
        _timed("grep -Fc -f terms (count matching lines)", zh_size,
               lambda: _grep(["-Fc"], paths["zh_terms"], paths["zh"]))
        _timed("grep -Fo -f terms (print every match; -w means nothing in Chinese)", zh_size,
               lambda: _grep(["-Fo"], paths["zh_terms"], paths["zh"]))

        concepts = [Concept((Term(e, "en", usage=Usage.PREFERRED, review=Review.APPROVED),
                             Term(z, "zh-Hans", usage=Usage.PREFERRED, review=Review.APPROVED)), id=i)
                    for i, (e, z) in enumerate(zip(en_terms, zh_terms, strict=True), 1)]
        n = min(len(en_lines), len(zh_lines))
        pairs = [Pair(en_lines[i], zh_lines[i], i + 1, i + 1) for i in range(n)]
        size = sum(len(p.source.encode()) + len(p.target.encode()) for p in pairs)
        print(f"whole check_pairs (every check) on {n:,} pairs, {size / 1e6:.1f} MB of both languages:")
        _timed("check_pairs", size,
               lambda: sum(1 for _ in check_pairs(pairs, concepts, Options(), path="bench")))


if __name__ == "__main__":
    main()
