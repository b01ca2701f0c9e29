#!/usr/bin/env python3
"""Translation memory: ``tm lookup`` and ``tm search`` on a large memory, beside naive peers.

A memory of N synthetic Chinese–English units (1,000,000 full size, 100,000
quick) is built once (untimed; the "build" row times adding them, indexes
included). Sentences are drawn from wordfreq's frequency lists (Zipf-weighted
words, 12–25 English words, 8–15 Chinese words), so common words are as common
as in real text. Each job runs the same 40 queries in a fresh process:

* fuzzy lookup (20 English, 20 Chinese sentences: stored ones with a word or two
  changed) with :func:`termsmith.tm.lookup`, beside the naive way, a rapidfuzz
  scan of every sentence with the same scorer (``process.extract`` over token
  lists, in C++; the sentences already in memory, which favours the peer);
* concordance (English words and phrases, Chinese two-character words, from
  common to rare) with :func:`termsmith.tm.search` (50 newest hits), beside
  ``grep -F -i -m 50`` over a dump of the memory, one unit a line.

``python benchmarks/tm_speed.py --recall [--units N]`` prints how often the
lookup's best match is as good as the exhaustive scan's (the candidate index
must not lose the best match).

    python benchmarks/run.py --only tm_speed [--quick]
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

from _rows import Row

SIZES = {"full": 1_000_000, "quick": 100_000}
QUERIES = 40


def rows(n: int) -> list[Row]:
    return [
        Row(f"tm lookup, {QUERIES} sentences, {n:,} units", "lookup: termsmith", "lookup: rapidfuzz scan",
            "rapidfuzz process.extract over all sentences", "≥ 10× the scan, < 0.1 s a lookup",
            min_ratio=10, max_secs=QUERIES * 0.1),
        Row(f"tm search, {QUERIES} terms, {n:,} units", "search: termsmith", "search: grep -F",
            "grep -F -i -m 50 over a dump", "≥ grep", min_ratio=1),
        Row(f"  building the memory ({n:,} units, indexed)", "build: termsmith"),
    ]


def _words() -> tuple[list[str], list[float], list[str], list[float]]:
    from wordfreq import top_n_list, word_frequency

    en = [w for w in top_n_list("en", 4000) if w.isalpha()]
    zh = [w for w in top_n_list("zh", 4000) if all("\u4e00" <= c <= "\u9fff" for c in w)]
    return (en, [word_frequency(w, "en") for w in en], zh, [word_frequency(w, "zh") for w in zh])


def sentences(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` (Chinese, English) pairs of Zipf-weighted random words."""
    from itertools import accumulate

    en, enw, zh, zhw = _words()
    en_cum, zh_cum = list(accumulate(enw)), list(accumulate(zhw))   # once, not per sentence
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        e = rnd.choices(en, cum_weights=en_cum, k=rnd.randint(12, 25))
        z = rnd.choices(zh, cum_weights=zh_cum, k=rnd.randint(8, 15))
        out.append(("".join(z) + "。", " ".join(e).capitalize() + "."))
    return out


def queries(pairs: list[tuple[str, str]], seed: int = 11) -> tuple[list[str], list[str]]:
    """Lookup sentences (stored ones with a word changed) and search terms (common to rare)."""
    en, _, zh, _ = _words()
    rnd = random.Random(seed)
    lookups = []
    for k in range(QUERIES):
        z, e = pairs[rnd.randrange(len(pairs))]
        if k % 2:
            words = e.rstrip(".").split()
            for _ in range(1 + k % 3 // 2):
                words[rnd.randrange(len(words))] = rnd.choice(en)
            lookups.append(" ".join(words) + ".")
        else:
            cut = rnd.randrange(1, len(z) - 2)
            lookups.append(z[:cut] + rnd.choice(zh) + z[cut + 1:])
    searches = []
    ranks = [5, 50, 300, 1000, 2000, 3000]
    for k in range(QUERIES):
        rank = ranks[k % len(ranks)]
        if k % 3 == 0:
            searches.append(next(w for w in zh[rank:] if len(w) == 2))
        elif k % 3 == 1:
            searches.append(en[min(rank, len(en) - 1)])
        else:
            z, e = pairs[rnd.randrange(len(pairs))]
            words = e.rstrip(".").split()
            i = rnd.randrange(len(words) - 1)
            searches.append(" ".join(words[i:i + 2]))
    return lookups, searches


def setup(n: int, folder: Path) -> None:
    pairs = sentences(n)
    lookups, searches = queries(pairs)
    (folder / "queries.json").write_text(json.dumps({"lookup": lookups, "search": searches},
                                                    ensure_ascii=False), encoding="utf-8")
    with open(folder / "pairs.tsv", "w", encoding="utf-8") as f:
        for z, e in pairs:
            f.write(f"{z}\t{e}\n")
    _build(pairs, folder / "memory.db")


def _build(pairs: list[tuple[str, str]], db: Path) -> None:
    from termsmith.model import TranslationUnit, Tuv
    from termsmith.store import TermBase

    db.unlink(missing_ok=True)
    with TermBase(db) as tb:
        for i in range(0, len(pairs), 20_000):
            tb.add_units([TranslationUnit((Tuv("zh-Hans", z), Tuv("en", e)))
                          for z, e in pairs[i:i + 20_000]], "bench")


def _pairs(folder: Path) -> list[tuple[str, str]]:
    with open(folder / "pairs.tsv", encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f]  # type: ignore[misc]


def job(name: str, n: int, folder: Path, clock: Any) -> None:
    q = json.loads((folder / "queries.json").read_text(encoding="utf-8"))
    if name == "lookup: termsmith":
        from termsmith import tm
        from termsmith.store import TermBase

        with TermBase(folder / "memory.db") as tb:
            for s in q["lookup"]:
                tm.lookup(tb, s)
    elif name == "lookup: rapidfuzz scan":
        _scan(_pairs(folder), q["lookup"], clock)
    elif name == "search: termsmith":
        from termsmith import tm
        from termsmith.store import TermBase

        with TermBase(folder / "memory.db") as tb:
            for s in q["search"]:
                tm.search(tb, s, limit=50)
    elif name == "search: grep -F":
        for s in q["search"]:
            subprocess.run(["grep", "-F", "-i", "-m", "50", "--", s, str(folder / "pairs.tsv")],
                           stdout=subprocess.DEVNULL, check=False)
    elif name == "build: termsmith":
        pairs = _pairs(folder)
        clock.restart()
        _build(pairs, folder / "build.db")
    else:
        raise SystemExit(f"unknown job {name!r}")


def _scan(pairs: list[tuple[str, str]], lookups: list[str], clock: Any | None) -> list[float]:
    """The exhaustive way: every sentence of the query's language scored, the same scorer as ours."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    from termsmith.tm import _tokens, is_chinese_text

    zh = [_tokens(z, True) for z, _ in pairs]
    en = [_tokens(e, False) for _, e in pairs]
    if clock is not None:
        clock.restart()            # the sentences in memory already: the peer's best case
    best = []
    for s in lookups:
        chinese = is_chinese_text(s)
        got = process.extract(_tokens(s, chinese), zh if chinese else en,
                              scorer=Levenshtein.normalized_similarity, limit=5)
        best.append(got[0][1] if got else 0.0)
    return best


def recall(n: int) -> None:
    """How often termsmith's best lookup match scores as well as the exhaustive scan's."""
    import tempfile

    from termsmith import tm
    from termsmith.store import TermBase

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        setup(n, folder)
        q = json.loads((folder / "queries.json").read_text(encoding="utf-8"))
        exact = _scan(_pairs(folder), q["lookup"], None)
        same = 0
        with TermBase(folder / "memory.db") as tb:
            for s, best in zip(q["lookup"], exact, strict=True):
                got = tm.lookup(tb, s, min_score=1, limit=1)
                ours = got[0].score if got else 0
                same += ours >= min(99, int(best * 100 + 1e-9))
        print(f"{n:,} units: termsmith's best match is as good as the exhaustive scan's "
              f"for {same} of {len(exact)} lookups")


if __name__ == "__main__":
    if "--recall" in sys.argv:
        size = int(sys.argv[sys.argv.index("--units") + 1]) if "--units" in sys.argv else SIZES["quick"]
        recall(size)
        sys.exit(0)
    sys.exit(subprocess.call([sys.executable, str(Path(__file__).with_name("run.py")),
                              "--only", "tm_speed", *sys.argv[1:]]))
