"""The alignment search on synthetic vectors: banded equals whole-grid, coverage, bead shapes.

A synthetic bitext: each source sentence has a random "meaning" vector; the
target translates it as one, two or three sentences (the meaning split between
them, with noise), sometimes drops it, sometimes adds an unrelated sentence.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from termsmith.align.cost import Context, Params, Side
from termsmith.align.features import ANCHOR_DIM
from termsmith.align.search import band_around, dp, full_band, search

DIM = 48


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def side(vectors: np.ndarray, lengths: list[float]) -> Side:
    n = len(lengths)
    z = np.zeros((n, ANCHOR_DIM), np.float32)
    vecs = unit(vectors) if n else np.zeros((0, DIM), np.float32)
    return Side(vecs, z, z.copy(), np.array(lengths, float))


Pairs = list[tuple[tuple[int, ...], tuple[int, ...]]]


def bitext(n: int, seed: int, nulls: float = 0.03) -> tuple[Side, Side, Pairs]:
    """A source of n sentences, its translation and the true beads."""
    rng = np.random.default_rng(seed)
    sv, sl, tv, tl, gold = [], [], [], [], []
    j = 0
    for i in range(n):
        meaning = rng.normal(size=DIM)
        length = float(rng.integers(20, 80))
        sv.append(meaning)
        sl.append(length)
        roll = rng.random()
        k = 0 if roll < nulls else 1 if roll < 0.75 else 2 if roll < 0.95 else 3
        parts = []
        for _ in range(k):
            tv.append(meaning + rng.normal(scale=0.6, size=DIM))
            tl.append(2.5 * length / k + rng.normal(scale=3))
            parts.append(j)
            j += 1
        gold.append(((i,), tuple(parts)) if k else ((i,), ()))
        if rng.random() < nulls:
            tv.append(rng.normal(size=DIM))
            tl.append(60.0)
            gold.append(((), (j,)))
            j += 1
    return side(np.array(sv), sl), side(np.array(tv), tl), gold


def pairs(path: list) -> Pairs:
    return [(tuple(range(s.i - s.a, s.i)), tuple(range(s.j - s.b, s.j))) for s in path]


def test_search_recovers_synthetic_alignment() -> None:
    # No omissions or additions here: with the default null cost (set for real
    # translations, where they are rare) a dropped sentence tends to merge into a neighbour.
    s, t, gold = bitext(120, seed=1, nulls=0.0)
    got = pairs(search(s, t, Params(max_src=4, max_tgt=6)))
    hits = len(set(got) & set(gold))
    assert hits / len(gold) > 0.95


def test_banded_search_equals_whole_grid() -> None:
    # Big enough that the coarse-to-fine search is used (the grid is over full_cells).
    s, t, _ = bitext(700, seed=2)
    p = Params(max_src=4, max_tgt=6)
    whole = pairs(dp(Context(s, t, p), *full_band(len(s), len(t))))
    banded = pairs(search(s, t, replace(p, full_cells=10_000)))
    assert banded == whole


def test_band_covers_the_path_it_was_built_from() -> None:
    lo, hi = band_around([(2, 3), (4, 4), (4, 7), (9, 10)], 10, 12, 1)
    assert lo[0] == 0 and hi[10] == 12
    assert all(lo[i] <= lo[i + 1] and hi[i] <= hi[i + 1] for i in range(10))
    for i, j in [(2, 3), (4, 4), (4, 7), (9, 10)]:
        assert lo[i] <= j <= hi[i]


@settings(max_examples=30, deadline=None)
@given(n=st.integers(0, 40), m=st.integers(0, 40), seed=st.integers(0, 10_000))
def test_every_sentence_in_exactly_one_bead(n: int, m: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    s = side(rng.normal(size=(n, DIM)), list(rng.integers(1, 90, n).astype(float)))
    t = side(rng.normal(size=(m, DIM)), list(rng.integers(1, 90, m).astype(float)))
    path = search(s, t, Params()) if n or m else []
    got = pairs(path)
    assert [i for a, _ in got for i in a] == list(range(n))
    assert [j for _, b in got for j in b] == list(range(m))
    allowed = set(Params().bead_types())
    assert all((len(a), len(b)) in allowed for a, b in got)


def test_quotation_balance_decides_a_sentence_between_two_beads() -> None:
    # Target sentence 2 says nothing either source sentence says (a "Yes." inside a
    # quotation); where the quotation opens and closes decides which bead it joins.
    rng = np.random.default_rng(5)
    meanings = rng.normal(size=(3, DIM))
    sv = meanings
    tv = np.stack([meanings[0], meanings[1], rng.normal(size=DIM), meanings[2]])
    lengths_s, lengths_t = [30.0, 30.0, 30.0], [30.0, 20.0, 20.0, 30.0]

    def with_marks(s: Side, balance: list[float]) -> Side:
        marks = np.zeros((len(balance), 4))
        marks[:, -1] = balance
        return replace(s, marks=marks)

    p = Params(max_src=4, max_tgt=6)
    # Source 1 opens a quotation that source 2 closes; target 2 opens one, target 3 closes it.
    s = with_marks(side(sv, lengths_s), [0, 1, -1])
    t = with_marks(side(tv, lengths_t), [0, 0, 1, -1])
    assert pairs(search(s, t, p)) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
    # The same sentences, but the quotation is all in source 2 and in targets 2-3.
    s = with_marks(side(sv, lengths_s), [0, 0, 0])
    t = with_marks(side(tv, lengths_t), [0, 0, 1, -1])
    assert pairs(search(s, t, p)) == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3))]
