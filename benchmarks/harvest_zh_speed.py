"""Chinese harvest speed: MB/s on the seed's Chinese excerpt copied 10 to 400 times, beside jieba.

The peer is what the harvest cannot do without: jieba's own part-of-speech tagging
(``jieba.posseg``, pure Python) of the same text, alone. Time should grow linearly
with the text (the MB/s column stays flat)::

    python benchmarks/harvest_zh_speed.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "tests" / "data" / "bilingual" / "seed-excerpt.zh.txt"


def document(copies: int) -> object:
    from termsmith.document import Document, Role, Segment

    paras = [p for p in SOURCE.read_text(encoding="utf-8").splitlines() if p.strip()]
    # Each copy numbered, so no cache is shared between copies.
    segs = tuple(Segment(text=f"{p}（{k}）", line=k * len(paras) + i + 1, role=Role.SPEECH)
                 for k in range(copies) for i, p in enumerate(paras))
    return Document(path="x.zh.txt", title=None, date=None, segments=segs, lang="zh-Hans")


def main() -> None:
    import logging

    import jieba
    import jieba.posseg

    from termsmith import harvest
    from termsmith.harvest.zh import tagged, zipf_zh

    jieba.setLogLevel(logging.WARNING)
    zipf_zh("中国")
    tagged("中国")
    list(jieba.posseg.cut("中国"))
    print(f"{'copies':>6} {'MB':>6} {'termsmith s':>12} {'MB/s':>6} {'jieba.posseg s':>15} {'MB/s':>6}")
    for copies in (10, 100, 400):
        doc = document(copies)
        mb = sum(len(s.text.encode("utf-8")) for s in doc.segments) / 1e6  # type: ignore[attr-defined]
        tagged.cache_clear()
        t0 = time.process_time()
        harvest.run(doc)  # type: ignore[arg-type]
        ours = time.process_time() - t0
        t0 = time.process_time()
        for s in doc.segments:  # type: ignore[attr-defined]
            list(jieba.posseg.cut(s.text))
        peer = time.process_time() - t0
        print(f"{copies:>6} {mb:>6.2f} {ours:>12.2f} {mb / ours:>6.2f} {peer:>15.2f} {mb / peer:>6.2f}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
