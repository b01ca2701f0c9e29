"""Translation units: a translation memory (imported TMX, aligned segment pairs)."""

from __future__ import annotations

import hashlib
import json
from abc import abstractmethod
from collections.abc import Iterator, Sequence
from typing import Any

from termsmith.model import MemoryUnit, TranslationUnit, Tuv
from termsmith.store.base import Mode, now
from termsmith.store.queue import QueueMixin
from termsmith.store.reading import _Merge
from termsmith.store.sql import chunks, placeholders


def fingerprint(unit: TranslationUnit) -> str:
    """A unit's identity: its texts by language (and its tuid)."""
    ident = json.dumps([unit.id, [(v.lang, v.text) for v in unit.variants]], ensure_ascii=False)
    return hashlib.sha1(ident.encode("utf-8", "surrogatepass")).hexdigest()


def _props(props: Sequence[tuple[str, str]]) -> str:
    return json.dumps([list(p) for p in props], ensure_ascii=False)


class UnitsMixin(QueueMixin):
    """add_unit, add_units, units."""

    def add_unit(self, unit: TranslationUnit, source: str = "", *,
                 document_id: int | None = None, target_document_id: int | None = None) -> bool:
        """Store a translation unit unless an identical one is there; return whether added.

        Identity is the unit's texts by language (and its tuid), so importing a
        translation memory twice, or aligning the same documents again, adds
        nothing twice. ``document_id`` and ``target_document_id`` link a unit
        aligned from two documents (see :meth:`add_document`) to them. The unit
        is indexed for :mod:`termsmith.tm` search and lookup.
        """
        return self.add_units([unit], source, document_id=document_id,
                              target_document_id=target_document_id) > 0

    def add_units(self, units: Sequence[TranslationUnit], source: str = "", *,
                  document_id: int | None = None, target_document_id: int | None = None) -> int:
        """Store many translation units with batched statements; return how many were new."""
        if not units:
            return 0
        return self.atomic(lambda: self._add_units(units, source, document_id, target_document_id),
                           Mode.BULK)

    @abstractmethod
    def _index_units(self, texts: Sequence[tuple[int, str]]) -> None:
        """Index new units' texts (unit id, variants joined by newlines) for the memory search."""

    def _add_units(self, units: Sequence[TranslationUnit], source: str, document_id: int | None,
                   target_document_id: int | None) -> int:
        fresh: dict[str, TranslationUnit] = {}
        for u in units:
            fresh.setdefault(fingerprint(u), u)
        for part in chunks(list(fresh)):
            for (fp,) in self.q(f"SELECT fingerprint FROM unit WHERE fingerprint IN "
                                f"({placeholders(len(part))})", part):
                fresh.pop(fp, None)
        if not fresh:
            return 0
        ids = self.allocate_ids("unit", len(fresh))
        stamp = now()
        rows: list[tuple[Any, ...]] = []
        variants: list[tuple[Any, ...]] = []
        texts: list[tuple[int, str]] = []
        for uid, (fp, u) in zip(ids, fresh.items(), strict=True):
            rows.append((uid, u.id, source, _props(u.props),
                         json.dumps(list(u.notes), ensure_ascii=False), u.created, u.changed,
                         u.created_by, u.changed_by, fp, document_id, target_document_id, stamp))
            variants += [(uid, v.lang, v.text, _props(v.props), i, v.created, v.changed,
                          v.created_by, v.changed_by) for i, v in enumerate(u.variants)]
            texts.append((uid, "\n".join(v.text for v in u.variants)))
        self.many("INSERT INTO unit (id, tuid, source, props, notes, created, changed, created_by, "
                  "changed_by, fingerprint, document_id, target_document_id, added) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        self.many("INSERT INTO unit_variant (unit_id, lang, text, props, seq, created, changed, "
                  "created_by, changed_by) VALUES (?,?,?,?,?,?,?,?,?)", variants)
        self._index_units(texts)
        return len(rows)

    def units(self) -> Iterator[TranslationUnit]:
        """Stored translation units in insertion order, streamed."""
        variants = _Merge(self.stream(
            "SELECT unit_id, lang, text, props, created, changed, created_by, changed_by "
            "FROM unit_variant ORDER BY unit_id, seq"))
        for r in self.stream("SELECT id, tuid, props, notes, created, changed, created_by, changed_by "
                             "FROM unit ORDER BY id"):
            vs = tuple(Tuv(lang=v[1], text=v[2], props=tuple(tuple(p) for p in json.loads(v[3])),
                           created=v[4], changed=v[5], created_by=v[6], changed_by=v[7])
                       for v in variants.take(r[0]))
            if vs:
                yield TranslationUnit(variants=vs, id=r[1],
                                      props=tuple(tuple(p) for p in json.loads(r[2])),
                                      notes=tuple(json.loads(r[3])), created=r[4], changed=r[5],
                                      created_by=r[6], changed_by=r[7])

    # The memory's search primitives. termsmith.tm builds concordance and fuzzy lookup
    # on them; each backend answers the text-index ones (unit_keys_containing,
    # unit_gram_counts, unit_keys_sharing) from its own index.

    def unit_count(self) -> int:
        """How many translation units the memory holds."""
        row = self.one("SELECT count(*) FROM unit")
        return int(row[0]) if row else 0

    def memory_units(self, keys: Sequence[int]) -> list[MemoryUnit]:
        """The stored units with these keys (ids), in the order given; unknown keys are skipped."""
        out: dict[int, MemoryUnit] = {}
        for chunk in chunks(list(keys)):
            marks = placeholders(len(chunk))
            variants: dict[int, list[Tuv]] = {}
            for uid, lang, text, props in self.q(
                    f"SELECT unit_id, lang, text, props FROM unit_variant WHERE unit_id IN ({marks}) "
                    "ORDER BY unit_id, seq", chunk):
                variants.setdefault(uid, []).append(
                    Tuv(lang=lang, text=text, props=tuple(tuple(p) for p in json.loads(props))))
            for r in self.q(
                    "SELECT u.id, u.tuid, u.props, u.notes, u.created, u.changed, u.source, u.added, "
                    "d.path, t.path FROM unit u LEFT JOIN document d ON d.id = u.document_id "
                    "LEFT JOIN document t ON t.id = u.target_document_id "
                    f"WHERE u.id IN ({marks})", chunk):
                vs = variants.get(r[0])
                if not vs:
                    continue
                unit = TranslationUnit(variants=tuple(vs), id=r[1],
                                       props=tuple(tuple(p) for p in json.loads(r[2])),
                                       notes=tuple(json.loads(r[3])), created=r[4], changed=r[5])
                out[r[0]] = MemoryUnit(key=r[0], unit=unit, source=r[6], added=r[7],
                                       documents=tuple(p for p in (r[8], r[9]) if p))
        return [out[k] for k in keys if k in out]

    def unit_keys_with_text(self, text: str) -> list[int]:
        """Keys of units with a variant whose text is exactly ``text``, newest first."""
        return [int(k) for (k,) in self.q(
            "SELECT DISTINCT unit_id FROM unit_variant WHERE text = ? ORDER BY unit_id DESC", (text,))]
