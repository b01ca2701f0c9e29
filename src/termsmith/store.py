"""The term base over SQLite: the only module that speaks SQL.

Schema versioned with ``PRAGMA user_version`` and applied by :data:`MIGRATIONS`;
foreign keys on; every public method that writes runs in one transaction (or
inside the caller's :meth:`TermBase.transaction`), so a failure changes nothing.

Harvesting is idempotent: contexts are unique per (term, document, line,
offset), and a term that a reviewer has touched (review status not
``candidate``, or edited) is never changed by a harvest.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from termsmith.errors import NotFound, StoreError
from termsmith.model import (
    Change,
    Concept,
    Context,
    Gloss,
    GlossType,
    MemoryUnit,
    PartOfSpeech,
    Quotation,
    Review,
    Term,
    TermRow,
    TermType,
    TranslationUnit,
    Tuv,
    Usage,
)

MIGRATIONS: list[str] = [
    # 1: the concept-oriented term base.
    """
    CREATE TABLE document (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT,
        date TEXT,
        harvested TEXT NOT NULL
    );
    CREATE TABLE concept (
        id INTEGER PRIMARY KEY,
        subject TEXT,
        definition TEXT,
        note TEXT,
        kind TEXT,
        category TEXT,
        score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 1),
        evidence TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        modified TEXT NOT NULL
    );
    CREATE TABLE term (
        id INTEGER PRIMARY KEY,
        concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        key TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT 'fullForm',
        pos TEXT,
        usage TEXT NOT NULL DEFAULT 'admitted',
        review TEXT NOT NULL DEFAULT 'candidate',
        note TEXT,
        edited INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        UNIQUE (concept_id, lang, key)
    );
    CREATE INDEX term_key ON term(lang, key);
    CREATE INDEX term_text ON term(text COLLATE NOCASE);
    CREATE TABLE context (
        id INTEGER PRIMARY KEY,
        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
        document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        line INTEGER,
        speaker TEXT,
        sentence TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        form TEXT NOT NULL,
        UNIQUE (term_id, source, line, sentence, start)
    );
    CREATE TABLE gloss (
        id INTEGER PRIMARY KEY,
        concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        text TEXT NOT NULL,
        unit TEXT, quantity REAL, target_unit TEXT, target_quantity REAL,
        approximate INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL DEFAULT '',
        line INTEGER,
        UNIQUE (concept_id, type, text, source, line)
    );
    CREATE TABLE quotation (
        id INTEGER PRIMARY KEY,
        document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        line INTEGER NOT NULL,
        speaker TEXT,
        text TEXT NOT NULL,
        UNIQUE (source, line, text)
    );
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
        term_id INTEGER REFERENCES term(id) ON DELETE SET NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT,
        who TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 2: translation units (a translation memory: imported TMX, aligned segment pairs).
    """
    CREATE TABLE unit (
        id INTEGER PRIMARY KEY,
        tuid TEXT,
        source TEXT NOT NULL DEFAULT '',
        props TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '[]',
        created TEXT,
        changed TEXT,
        fingerprint TEXT NOT NULL UNIQUE
    );
    CREATE TABLE unit_variant (
        unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        props TEXT NOT NULL DEFAULT '[]',
        seq INTEGER NOT NULL,
        PRIMARY KEY (unit_id, seq)
    );
    CREATE INDEX unit_variant_lang ON unit_variant(lang, text);
    """,
    # 3: the translation memory keeps its documents and is searchable (termsmith.tm):
    # a trigram full-text index of every unit's text (substring search, fuzzy
    # candidates) and one of the bigrams of its Chinese (two-character terms, which
    # trigrams cannot find). Both are contentless: the text stays in unit_variant.
    """
    ALTER TABLE unit ADD COLUMN document_id INTEGER REFERENCES document(id) ON DELETE SET NULL;
    ALTER TABLE unit ADD COLUMN target_document_id INTEGER REFERENCES document(id)
        ON DELETE SET NULL;
    ALTER TABLE unit ADD COLUMN added TEXT;
    CREATE VIRTUAL TABLE unit_text USING fts5(text, content='', tokenize='trigram');
    CREATE VIRTUAL TABLE unit_text_vocab USING fts5vocab(unit_text, 'row');
    CREATE VIRTUAL TABLE unit_zh USING fts5(grams, content='', tokenize='unicode61');
    CREATE VIRTUAL TABLE unit_zh_vocab USING fts5vocab(unit_zh, 'row');
    INSERT INTO unit_text (rowid, text)
        SELECT unit_id, termsmith_tm_text(group_concat(text, char(10))) FROM unit_variant
        GROUP BY unit_id;
    INSERT INTO unit_zh (rowid, grams)
        SELECT unit_id, termsmith_zh_grams(group_concat(text, char(10))) FROM unit_variant
        GROUP BY unit_id;
    """,
    # 4: provenance (who created and last changed each concept, term and translation unit,
    # exported as TBX transacGrp responsibility and TMX creationid/changeid); history entries
    # grouped by decision (``action``: undo takes back one decision whole); history lookups.
    """
    ALTER TABLE concept ADD COLUMN created_by TEXT;
    ALTER TABLE concept ADD COLUMN modified_by TEXT;
    ALTER TABLE term ADD COLUMN created_by TEXT;
    ALTER TABLE term ADD COLUMN modified_by TEXT;
    ALTER TABLE history ADD COLUMN action INTEGER;
    ALTER TABLE unit ADD COLUMN created_by TEXT;
    ALTER TABLE unit ADD COLUMN changed_by TEXT;
    ALTER TABLE unit_variant ADD COLUMN created TEXT;
    ALTER TABLE unit_variant ADD COLUMN changed TEXT;
    ALTER TABLE unit_variant ADD COLUMN created_by TEXT;
    ALTER TABLE unit_variant ADD COLUMN changed_by TEXT;
    UPDATE history SET action = id;
    UPDATE term SET
        modified_by = (SELECT who FROM history h WHERE h.term_id = term.id ORDER BY h.id DESC LIMIT 1),
        created_by = (SELECT who FROM history h WHERE h.term_id = term.id AND h.field LIKE 'term[%'
                      ORDER BY h.id LIMIT 1);
    UPDATE concept SET
        modified_by = (SELECT who FROM history h WHERE h.concept_id = concept.id
                       ORDER BY h.id DESC LIMIT 1),
        created_by = (SELECT who FROM history h WHERE h.concept_id = concept.id
                      AND h.field = 'created' ORDER BY h.id LIMIT 1);
    CREATE INDEX history_concept ON history(concept_id, id);
    CREATE INDEX history_term ON history(term_id);
    CREATE INDEX history_at ON history(at);
    CREATE INDEX history_action ON history(action);
    """,
]


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(slots=True)
class HarvestStats:
    """What storing one harvest changed."""

    concepts_added: int = 0
    terms_added: int = 0
    contexts_added: int = 0
    glosses_added: int = 0
    quotations_added: int = 0
    terms_kept: int = 0          # already there; reviewed ones left untouched
    reviewed_untouched: int = 0


@dataclass(frozen=True, slots=True)
class Filter:
    """Which terms a listing shows."""

    kinds: Sequence[str] = ()
    statuses: Sequence[Review] = ()
    min_score: float | None = None
    lang: str | None = None
    text: str | None = None       # substring, case-insensitive
    limit: int | None = None


class TermBase:
    """A term base stored in one SQLite file (or ``:memory:``)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            p = Path(self.path)
            if p.is_dir():
                raise StoreError(f"{self.path}: is a directory, not a term base")
            if not p.parent.exists():
                raise StoreError(f"{self.path}: folder {p.parent} does not exist")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 5000")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self._depth = 0
            self._functions()
            self._action: int | None = None    # the history action of the open transaction
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a termsmith term base ({e})") from e

    # -- plumbing ---------------------------------------------------------------

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> TermBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one transaction; nested blocks join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._depth = 0
            self._action = None

    def _functions(self) -> None:
        """SQL functions the migrations and the memory index use (pure, from termsmith.tm)."""
        from termsmith import tm

        self.db.create_function("termsmith_tm_text", 1, tm.index_text, deterministic=True)
        self.db.create_function("termsmith_zh_grams", 1, tm.zh_grams, deterministic=True)

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema version {version} is newer than this "
                             f"termsmith knows ({len(MIGRATIONS)}); upgrade termsmith")
        for i in range(version, len(MIGRATIONS)):
            with self.transaction():
                for statement in MIGRATIONS[i].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {i + 1}")

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    # -- documents and harvests -------------------------------------------------

    def add_document(self, path: str, sha256: str, title: str | None, date: str | None) -> int:
        """Record a harvested document (once per content hash); return its id."""
        row = self.db.execute("SELECT id FROM document WHERE sha256 = ?", (sha256,)).fetchone()
        if row:
            return int(row[0])
        cur = self.db.execute(
            "INSERT INTO document (path, sha256, title, date, harvested) VALUES (?,?,?,?,?)",
            (path, sha256, title, date, now()))
        return int(cur.lastrowid or 0)

    def find_term_by_key(self, lang: str, key: str) -> tuple[int, int] | None:
        """(concept id, term id) of the term with this harvest key, if any."""
        row = self.db.execute(
            "SELECT concept_id, id FROM term WHERE lang = ? AND key = ? ORDER BY id LIMIT 1",
            (lang, key)).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def add_concept(self, concept: Concept, *, who: str | None = None,
                    keep_id: bool = False, document_id: int | None = None) -> int:
        """Insert a concept with its terms, contexts and glosses; return its id.

        With ``keep_id``, the concept keeps ``concept.id`` when that id is free (an
        import into an empty term base then exports the same ids).
        """
        from termsmith.normalize import key as term_key

        stamp = now()
        cid_wanted = None
        if keep_id and concept.id is not None and self.db.execute(
                "SELECT 1 FROM concept WHERE id = ?", (concept.id,)).fetchone() is None:
            cid_wanted = concept.id
        with self.transaction():
            cur = self.db.execute(
                "INSERT INTO concept (id, subject, definition, note, kind, category, score, "
                "evidence, created, modified, created_by, modified_by) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (cid_wanted, concept.subject, concept.definition, concept.note, concept.kind,
                 concept.category, concept.score, json.dumps(list(concept.evidence)),
                 concept.created or stamp, concept.modified or stamp,
                 concept.created_by or who, concept.modified_by or who))
            cid = int(cur.lastrowid or 0)
            for t in concept.terms:
                self.add_term(cid, t, key=term_key(t.text), who=who, keep_id=keep_id,
                              document_id=document_id)
            for g in concept.glosses:
                self.add_gloss(cid, g)
            if who:
                self._log(cid, None, "created", None, concept.head.text, who)
        return cid

    def add_term(self, concept_id: int, term: Term, *, key: str,
                 who: str | None = None, keep_id: bool = False,
                 document_id: int | None = None) -> int:
        """Add a term (and its contexts) to a concept; return the term id.

        With ``keep_id``, the term keeps ``term.id`` when that id is free.
        """
        stamp = now()
        tid_wanted = None
        if keep_id and term.id is not None and self.db.execute(
                "SELECT 1 FROM term WHERE id = ?", (term.id,)).fetchone() is None:
            tid_wanted = term.id
        same = self.db.execute("SELECT text FROM term WHERE concept_id = ? AND lang = ? AND key = ?",
                               (concept_id, term.lang, key)).fetchone()
        if same is not None and same[0] != term.text:
            # A spelling variant of a term the concept has (Daqing Oil Field beside
            # Daqing Oilfield: one harvest key): a designation of its own, under a key
            # of its own, while harvests keep finding the original by the plain key.
            key = f"{key}~{term.text}"
        with self.transaction():
            try:
                cur = self.db.execute(
                    "INSERT INTO term (id, concept_id, lang, text, key, type, pos, usage, review, "
                    "note, edited, created, modified, created_by, modified_by) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (tid_wanted, concept_id, term.lang, term.text, key, term.type.value,
                     term.pos.value if term.pos else None, term.usage.value,
                     term.review.value, term.note, int(who is not None),
                     term.created or stamp, term.modified or stamp,
                     term.created_by or who, term.modified_by or who))
            except sqlite3.IntegrityError as e:
                raise StoreError(f"concept {concept_id} already has the {term.lang} term "
                                 f"{term.text!r}") from e
            tid = int(cur.lastrowid or 0)
            for c in term.contexts:
                self.add_context(tid, c, document_id)
            if who:
                self._log(concept_id, tid, f"term[{term.lang}]", None, term.text, who,
                          term.created)
        return tid

    def add_context(self, term_id: int, c: Context, document_id: int | None = None) -> bool:
        """Add a context unless already there; return whether it was added."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO context (term_id, document_id, source, line, speaker, "
            "sentence, start, end, form) VALUES (?,?,?,?,?,?,?,?,?)",
            (term_id, document_id, c.source, c.line, c.speaker, c.sentence, c.start, c.end,
             c.form))
        return cur.rowcount > 0

    def add_gloss(self, concept_id: int, g: Gloss) -> bool:
        """Add a gloss unless already there; return whether it was added."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO gloss (concept_id, type, text, unit, quantity, target_unit, "
            "target_quantity, approximate, source, line) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (concept_id, g.type.value, g.text, g.unit, g.quantity, g.target_unit,
             g.target_quantity, int(g.approximate), g.source, g.line))
        return cur.rowcount > 0

    def add_quotation(self, q: Quotation, document_id: int | None = None) -> bool:
        """Record a quoted sentence unless already there."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO quotation (document_id, source, line, speaker, text) "
            "VALUES (?,?,?,?,?)", (document_id, q.source, q.line, q.speaker, q.text))
        return cur.rowcount > 0

    def refresh_harvest(self, concept_id: int, *, score: float | None,
                        evidence: Sequence[str], kind: str | None,
                        category: str | None) -> None:
        """Update harvest-owned fields of a concept (score, evidence); never reviewer fields."""
        row = self.db.execute("SELECT score, evidence, kind, category FROM concept WHERE id = ?",
                              (concept_id,)).fetchone()
        old_score, old_ev, old_kind, old_cat = row
        merged = list(dict.fromkeys([*json.loads(old_ev), *evidence]))
        new_score = max(s for s in (old_score, score) if s is not None) \
            if old_score is not None or score is not None else None
        self.db.execute(
            "UPDATE concept SET score = ?, evidence = ?, kind = ?, category = ? WHERE id = ?",
            (new_score, json.dumps(merged), old_kind or kind, old_cat or category, concept_id))

    def concept_of(self, term_id: int) -> int:
        """The id of the concept a term belongs to; NotFound if there is no such term."""
        row = self.db.execute("SELECT concept_id FROM term WHERE id = ?", (term_id,)).fetchone()
        if row is None:
            raise NotFound(f"no term with id {term_id}")
        return int(row[0])

    def remove_term(self, term_id: int, who: str, *, at: str | None = None) -> None:
        """Delete a term (a typo corrected): its text stays in the history, as the old value
        of ``term[LANG]``. A concept's last term cannot be removed."""
        with self.transaction():
            row = self.db.execute("SELECT concept_id, lang, text FROM term WHERE id = ?",
                                  (term_id,)).fetchone()
            if row is None:
                raise NotFound(f"no term with id {term_id}")
            left = self.db.execute("SELECT count(*) FROM term WHERE concept_id = ?",
                                   (row[0],)).fetchone()[0]
            if left < 2:
                raise StoreError(f"{row[2]!r} is the only term of concept #{row[0]}")
            self._log(row[0], term_id, f"term[{row[1]}]", row[2], None, who, at)
            self.db.execute("DELETE FROM term WHERE id = ?", (term_id,))
            self.db.execute("UPDATE concept SET modified = ?, modified_by = ? WHERE id = ?",
                            (at or now(), who, row[0]))

    def term_is_reviewed(self, term_id: int) -> bool:
        """True if a reviewer has decided on or edited the term."""
        row = self.db.execute("SELECT review, edited FROM term WHERE id = ?", (term_id,)).fetchone()
        return bool(row) and (row[0] != Review.CANDIDATE.value or bool(row[1]))

    # -- reading ------------------------------------------------------------------

    def get(self, concept_id: int, *, contexts: bool = True) -> Concept:
        """The concept with this id, with its terms (and their contexts)."""
        row = self.db.execute(
            "SELECT id, subject, definition, note, kind, category, score, evidence, created, "
            "modified, created_by, modified_by FROM concept WHERE id = ?", (concept_id,)).fetchone()
        if row is None:
            raise NotFound(f"no concept #{concept_id}")
        terms = tuple(self._terms(concept_id, contexts))
        glosses = tuple(
            Gloss(GlossType(r[0]), r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8])
            for r in self.db.execute(
                "SELECT type, text, unit, quantity, target_unit, target_quantity, approximate, "
                "source, line FROM gloss WHERE concept_id = ? ORDER BY source, line, id",
                (concept_id,)))
        return Concept(terms=terms, id=row[0], subject=row[1], definition=row[2], note=row[3],
                       kind=row[4], category=row[5], score=row[6],
                       evidence=tuple(json.loads(row[7])), glosses=glosses,
                       created=row[8], modified=row[9], created_by=row[10], modified_by=row[11])

    def _terms(self, concept_id: int, contexts: bool) -> Iterator[Term]:
        rows = self.db.execute(
            "SELECT id, text, lang, type, pos, usage, review, note, created, modified, created_by, "
            "modified_by FROM term WHERE concept_id = ? ORDER BY lang != 'en', id",
            (concept_id,)).fetchall()
        for r in rows:
            ctx: tuple[Context, ...] = ()
            variants: tuple[tuple[str, int], ...] = ()
            if contexts:
                ctx = tuple(
                    Context(sentence=c[0], source=c[1], line=c[2], speaker=c[3], start=c[4],
                            end=c[5])
                    for c in self.db.execute(
                        "SELECT sentence, source, line, speaker, start, end FROM context "
                        "WHERE term_id = ? ORDER BY source, line, start", (r[0],)))
                variants = tuple(
                    (f, n) for f, n in self.db.execute(
                        "SELECT form, count(*) FROM context WHERE term_id = ? GROUP BY form "
                        "ORDER BY count(*) DESC, form", (r[0],)))
            yield Term(text=r[1], lang=r[2], type=TermType(r[3]),
                       pos=PartOfSpeech(r[4]) if r[4] else None, usage=Usage(r[5]),
                       review=Review(r[6]), note=r[7], contexts=ctx, variants=variants,
                       id=r[0], created=r[8], modified=r[9], created_by=r[10], modified_by=r[11])

    def concepts(self, *, contexts: bool = False,
                 max_contexts: int | None = None) -> Iterator[Concept]:
        """Every concept, in id order, streamed.

        One query per table, merged by concept id (no query per concept), so
        exporting 100,000 concepts stays fast and memory stays bounded.
        ``max_contexts`` caps the contexts kept per term.
        """
        con = self.db
        concepts = con.execute(
            "SELECT id, subject, definition, note, kind, category, score, evidence, created, "
            "modified, created_by, modified_by FROM concept ORDER BY id")
        terms = _Cursor(con.execute(
            "SELECT concept_id, id, text, lang, type, pos, usage, review, note, created, modified, "
            "created_by, modified_by FROM term ORDER BY concept_id, lang != 'en', id"))
        glosses = _Cursor(con.execute(
            "SELECT concept_id, type, text, unit, quantity, target_unit, target_quantity, "
            "approximate, source, line FROM gloss ORDER BY concept_id, source, line, id"))
        ctxs = _Cursor(con.execute(
            "SELECT t.concept_id, x.term_id, x.sentence, x.source, x.line, x.speaker, x.start, "
            "x.end FROM context x JOIN term t ON t.id = x.term_id "
            "ORDER BY t.concept_id, x.term_id, x.source, x.line, x.start")) if contexts else None
        for row in concepts:
            cid = row[0]
            by_term: dict[int, list[Context]] = {}
            if ctxs is not None:
                for c in ctxs.take(cid):
                    lst = by_term.setdefault(c[1], [])
                    if max_contexts is None or len(lst) < max_contexts:
                        lst.append(Context(sentence=c[2], source=c[3], line=c[4], speaker=c[5],
                                           start=c[6], end=c[7]))
            term_objs = tuple(
                Term(text=r[2], lang=r[3], type=TermType(r[4]),
                     pos=PartOfSpeech(r[5]) if r[5] else None, usage=Usage(r[6]),
                     review=Review(r[7]), note=r[8], contexts=tuple(by_term.get(r[1], ())),
                     id=r[1], created=r[9], modified=r[10], created_by=r[11], modified_by=r[12])
                for r in terms.take(cid))
            gl = tuple(Gloss(GlossType(r[1]), r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9])
                       for r in glosses.take(cid))
            if not term_objs:
                continue    # cannot happen through this API; a hand-edited database may
            yield Concept(terms=term_objs, id=cid, subject=row[1], definition=row[2],
                          note=row[3], kind=row[4], category=row[5], score=row[6],
                          evidence=tuple(json.loads(row[7])), glosses=gl, created=row[8],
                          modified=row[9], created_by=row[10], modified_by=row[11])

    def find(self, text: str, lang: str | None = None) -> list[tuple[int, int]]:
        """(concept id, term id) of terms whose text or key matches ``text``.

        ``#12`` names concept 12 directly.
        """
        from termsmith.normalize import key as term_key

        t = text.strip()
        if t.startswith("#") and t[1:].isdigit():
            row = self.db.execute("SELECT id FROM concept WHERE id = ?", (int(t[1:]),)).fetchone()
            if row is None:
                raise NotFound(f"no concept #{t[1:]}")
            first = self.db.execute("SELECT id FROM term WHERE concept_id = ? ORDER BY "
                                    "lang != 'en', id LIMIT 1", (row[0],)).fetchone()
            return [(int(row[0]), int(first[0]))]
        sql = ("SELECT DISTINCT concept_id, id FROM term WHERE (text = ? COLLATE NOCASE "
               "OR key = ?)")
        args: list[object] = [t, term_key(t)]
        if lang:
            sql += " AND lang = ?"
            args.append(lang)
        return [(int(a), int(b)) for a, b in self.db.execute(sql + " ORDER BY concept_id, id", args)]

    def rows(self, flt: Filter = Filter()) -> list[TermRow]:
        """Flat term rows for listings, best score first."""
        sql = [
            "SELECT t.id, t.text, t.lang, c.kind, t.review, t.usage, t.type, "
            "(SELECT count(*) FROM context x WHERE x.term_id = t.id), c.score, c.id, c.category "
            "FROM term t JOIN concept c ON c.id = t.concept_id WHERE 1=1"]
        args: list[object] = []
        if flt.kinds:
            sql.append(f"AND c.kind IN ({','.join('?' * len(flt.kinds))})")
            args += list(flt.kinds)
        if flt.statuses:
            sql.append(f"AND t.review IN ({','.join('?' * len(flt.statuses))})")
            args += [s.value for s in flt.statuses]
        if flt.min_score is not None:
            sql.append("AND coalesce(c.score, 1) >= ?")
            args.append(flt.min_score)
        if flt.lang:
            sql.append("AND (t.lang = ? OR t.lang LIKE ?)")
            args += [flt.lang, flt.lang + "-%"]
        if flt.text:
            sql.append("AND t.text LIKE ? ESCAPE '\\'")
            esc = flt.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            args.append(f"%{esc}%")
        sql.append("ORDER BY coalesce(c.score, 1) DESC, 8 DESC, t.text COLLATE NOCASE, t.id")
        if flt.limit is not None:
            sql.append("LIMIT ?")
            args.append(flt.limit)
        return self._term_rows(self.db.execute(" ".join(sql), args).fetchall())

    def _term_rows(self, rows: Sequence[tuple[Any, ...]]) -> list[TermRow]:
        """TermRows from ``(term id, text, lang, kind, review, usage, type, occurrences,
        score, concept id, category)`` rows, with each concept's other-language terms."""
        equivalents: dict[int, list[tuple[str, str]]] = {}
        cids = sorted({r[9] for r in rows})
        if len(cids) > 900:     # many concepts: one scan beats a huge IN list
            query, args = "SELECT concept_id, lang, text FROM term ORDER BY id", []
        else:
            query = (f"SELECT concept_id, lang, text FROM term WHERE concept_id IN "
                     f"({','.join('?' * len(cids))}) ORDER BY id")
            args = cids
        if cids:
            for cid, lang, text in self.db.execute(query, args):
                equivalents.setdefault(cid, []).append((lang, text))
        return [
            TermRow(term=r[1], lang=r[2],
                    kind="acronym" if r[6] == TermType.ACRONYM.value else r[3],
                    status=Review(r[4]), usage=Usage(r[5]),
                    type=TermType(r[6]), occurrences=r[7], score=r[8], concept=r[9],
                    term_id=r[0], category=r[10],
                    equivalents=tuple(t for lg, t in equivalents.get(r[9], [])
                                      if lg.split("-")[0] != r[2].split("-")[0]))
            for r in rows]

    # -- the review queue (paged in SQL) ------------------------------------------

    # The kind a review page shows: an acronym is an acronym whatever its concept's
    # kind; a concept added by hand (no kind) is "manual".
    _REVIEW_KIND = ("CASE WHEN t.type = 'acronym' THEN 'acronym' "
                    "ELSE coalesce(nullif(c.kind, ''), 'manual') END")

    def _review_filter(self, kinds: Sequence[str], text: str) -> tuple[str, list[object]]:
        """SQL condition (on ``t`` and ``c``) and its arguments: in ``kinds``, containing ``text``."""
        sql = ["1"]
        args: list[object] = []
        if kinds:
            sql.append(f"{self._REVIEW_KIND} IN ({','.join('?' * len(kinds))})")
            args += list(kinds)
        if text:
            # Python's casefold, not SQLite's ASCII-only LIKE: "ürümqi" finds "Ürümqi".
            self.db.create_function("termsmith_casefold", 1, str.casefold, deterministic=True)
            sql.append("instr(termsmith_casefold(t.text), ?) > 0")
            args.append(text.casefold())
        return " AND ".join(sql), args

    def review_page(self, *, lang: str = "en", kinds: Sequence[str] = (),
                    statuses: Sequence[Review] = (), text: str = "",
                    after: tuple[float, int] | None = None,
                    before: tuple[float, int] | None = None,
                    limit: int = 100) -> tuple[list[TermRow], bool]:
        """One page of the review queue and whether more follow, filtered, sorted and cut in SQL.

        Terms of ``lang`` (``en`` also matches ``en-GB``) whose kind is in ``kinds``
        (an acronym counts as ``acronym``, a concept without a kind as ``manual``),
        whose review status is in ``statuses`` and whose text contains ``text``
        (case-folded); empty means any. Ordered by score, best first (no score
        counts as 1), then by term id. ``after`` is the sort key ``(score, term id)``
        of the last row of the previous page: the page starts
        after it, wherever that row's own status went meanwhile, so deciding on
        the rows of a "candidate" page skips nothing. ``before`` is the sort key of a
        page's first row: the page that ends just before it (still best first), and
        whether more come before that one.
        """
        where, args = self._review_filter(kinds, text)
        where += " AND (t.lang = ? OR t.lang LIKE ?)"
        args += [lang, lang + "-%"]
        if statuses:
            where += f" AND t.review IN ({','.join('?' * len(statuses))})"
            args += [s.value for s in statuses]
        if after is not None:
            where += " AND (coalesce(c.score, 1) < ? OR (coalesce(c.score, 1) = ? AND t.id > ?))"
            args += [after[0], after[0], after[1]]
        order, outer = "s DESC, t.id", "p.s DESC, p.id"
        if before is not None:
            where += " AND (coalesce(c.score, 1) > ? OR (coalesce(c.score, 1) = ? AND t.id < ?))"
            args += [before[0], before[0], before[1]]
            order = "s, t.id DESC"          # the rows nearest the key, turned round below
        # Count contexts for the page's rows only, after the sort and the limit.
        rows = self.db.execute(
            "SELECT p.id, p.text, p.lang, p.kind, p.review, p.usage, p.type, "
            "(SELECT count(*) FROM context x WHERE x.term_id = p.id), p.score, p.concept_id, "
            "p.category FROM (SELECT t.id, t.text, t.lang, c.kind, t.review, t.usage, t.type, "
            "c.score, t.concept_id, c.category, coalesce(c.score, 1) AS s "
            f"FROM term t JOIN concept c ON c.id = t.concept_id WHERE {where} "
            f"ORDER BY {order} LIMIT ?) p ORDER BY {outer}",
            [*args, max(limit, 0) + 1]).fetchall()
        more = len(rows) > limit
        rows = rows[len(rows) - max(limit, 0):] if before is not None and more else rows[:max(limit, 0)]
        return self._term_rows(rows), more

    def review_counts(self, *, lang: str = "en", kinds: Sequence[str] = (), text: str = "",
                      statuses: Sequence[Review] = ()) -> dict[str, int]:
        """Review progress in one aggregate query.

        ``all_total`` / ``all_reviewed``: terms of ``lang`` and how many are no longer
        candidates; ``total`` / ``reviewed``: the same within ``kinds`` and ``text``
        (as :meth:`review_page`); ``matching``: those in ``statuses`` too (the
        length of the queue :meth:`review_page` pages through).
        """
        scope, args = self._review_filter(kinds, text)
        status = f"t.review IN ({','.join('?' * len(statuses))})" if statuses else "1"
        counts = {"reviewed": 0, "total": 0, "all_reviewed": 0, "all_total": 0, "matching": 0}
        # At most eight groups; each row's filter is evaluated once.
        for in_scope, in_status, reviewed, n in self.db.execute(
                f"SELECT ({scope}) AS a, ({status}) AS b, t.review != 'candidate' AS r, count(*) "
                "FROM term t JOIN concept c ON c.id = t.concept_id "
                "WHERE t.lang = ? OR t.lang LIKE ? GROUP BY a, b, r",
                [*args, *[s.value for s in statuses], lang, lang + "-%"]):
            counts["all_total"] += n
            counts["all_reviewed"] += n if reviewed else 0
            if in_scope:
                counts["total"] += n
                counts["reviewed"] += n if reviewed else 0
                counts["matching"] += n if in_status else 0
        return counts

    def review_kinds(self, *, lang: str = "en") -> list[tuple[str, int]]:
        """Kinds (as the review queue shows them) of the terms of ``lang``, with counts, most
        first: one aggregate query."""
        return [(str(k), int(n)) for k, n in self.db.execute(
            f"SELECT {self._REVIEW_KIND} AS k, count(*) FROM term t JOIN concept c "
            "ON c.id = t.concept_id WHERE t.lang = ? OR t.lang LIKE ? GROUP BY k "
            "ORDER BY count(*) DESC, k", (lang, lang + "-%"))]

    def suggest(self, text: str, *, lang: str = "en", limit: int = 10) -> list[tuple[int, int, str]]:
        """(concept id, term id, text) of terms of ``lang`` starting with ``text`` (any case),
        then containing it; at most ``limit``."""
        folded = text.casefold().strip()
        if not folded:
            return []
        self.db.create_function("termsmith_casefold", 1, str.casefold, deterministic=True)
        rows = self.db.execute(
            "SELECT concept_id, id, text FROM term WHERE (lang = ? OR lang LIKE ?) "
            "AND instr(termsmith_casefold(text), ?) > 0 "
            "ORDER BY instr(termsmith_casefold(text), ?) != 1, length(text), id LIMIT ?",
            (lang, lang + "-%", folded, folded, limit)).fetchall()
        return [(int(a), int(b), str(c)) for a, b, c in rows]

    def quotations(self) -> list[Quotation]:
        """Quoted sentences seen, in document order."""
        return [Quotation(text=r[0], source=r[1], line=r[2], speaker=r[3]) for r in
                self.db.execute("SELECT text, source, line, speaker FROM quotation "
                                "ORDER BY source, line, id")]

    _HISTORY = ("SELECT h.concept_id, h.term_id, h.field, h.old, h.new, h.who, h.at, t.text, "
                "h.action, (SELECT x.text FROM term x WHERE x.concept_id = h.concept_id "
                "ORDER BY x.lang != 'en', x.id LIMIT 1) FROM history h "
                "LEFT JOIN term t ON t.id = h.term_id ")

    def _changes(self, sql: str, args: Sequence[object]) -> list[Change]:
        return [Change(concept_id=r[0], term_id=r[1], field=r[2], old=r[3], new=r[4], who=r[5],
                       at=r[6], term=r[7], action=r[8], head=r[9])
                for r in self.db.execute(self._HISTORY + sql, args)]

    def history(self, concept_id: int) -> list[Change]:
        """The recorded changes of a concept, oldest first, each naming the term it changed."""
        return self._changes("WHERE h.concept_id = ? ORDER BY h.id", (concept_id,))

    def merged_concepts(self) -> set[int]:
        """Ids of the concepts another was merged into (the decisions file replays merges)."""
        return {int(r[0]) for r in self.db.execute(
            "SELECT DISTINCT concept_id FROM history WHERE field = 'merged'")}

    def changes(self, *, who: str | None = None, since: str | None = None,
                limit: int | None = None) -> list[Change]:
        """Recent changes across the term base, newest first.

        ``who``: one reviewer's only; ``since``: made at or after this ISO 8601 date
        or time (``2025-06-12`` or ``2025-06-12T10:00:00Z``); ``limit``: at most so many.
        """
        where, args = ["1"], []
        if who:
            where.append("h.who = ?")
            args.append(who)
        if since:
            where.append("h.at >= ?")
            args.append(since)
        sql = f"WHERE {' AND '.join(where)} ORDER BY h.id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(str(limit))
        return self._changes(sql, args)

    def stats(self) -> dict[str, object]:
        """Counts for ``termsmith stats``."""
        q = self.db.execute

        def grouped(sql: str) -> dict[str, int]:
            return {str(k): int(n) for k, n in q(sql)}

        return {
            "documents": q("SELECT count(*) FROM document").fetchone()[0],
            "concepts": q("SELECT count(*) FROM concept").fetchone()[0],
            "terms": q("SELECT count(*) FROM term").fetchone()[0],
            "contexts": q("SELECT count(*) FROM context").fetchone()[0],
            "glosses": q("SELECT count(*) FROM gloss").fetchone()[0],
            "quotations": q("SELECT count(*) FROM quotation").fetchone()[0],
            "units": q("SELECT count(*) FROM unit").fetchone()[0],
            "by_kind": grouped("SELECT coalesce(kind, 'manual'), count(*) FROM concept "
                               "GROUP BY 1 ORDER BY 2 DESC, 1"),
            "by_status": grouped("SELECT review, count(*) FROM term GROUP BY 1 ORDER BY 1"),
            "by_lang": grouped("SELECT lang, count(*) FROM term GROUP BY 1 ORDER BY 1"),
        }

    # -- translation units --------------------------------------------------------

    def add_unit(self, unit: TranslationUnit, source: str = "", *,
                 document_id: int | None = None,
                 target_document_id: int | None = None) -> bool:
        """Store a translation unit unless an identical one is there; return whether added.

        Identity is the unit's texts by language (and its tuid), so importing a
        translation memory twice, or aligning the same documents again, adds
        nothing twice. ``document_id`` and ``target_document_id`` link a unit
        aligned from two documents (see :meth:`add_document`) to them. The unit
        is indexed for :mod:`termsmith.tm` search and lookup.
        """
        import hashlib

        from termsmith import tm

        ident = json.dumps([unit.id, [(v.lang, v.text) for v in unit.variants]],
                           ensure_ascii=False)
        fp = hashlib.sha1(ident.encode("utf-8")).hexdigest()
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO unit (tuid, source, props, notes, created, changed, "
                "created_by, changed_by, fingerprint, document_id, target_document_id, added) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (unit.id, source, json.dumps([list(p) for p in unit.props], ensure_ascii=False),
                 json.dumps(list(unit.notes), ensure_ascii=False), unit.created, unit.changed,
                 unit.created_by, unit.changed_by, fp, document_id, target_document_id, now()))
            if cur.rowcount == 0:
                return False
            uid = cur.lastrowid
            self.db.executemany(
                "INSERT INTO unit_variant (unit_id, lang, text, props, seq, created, changed, "
                "created_by, changed_by) VALUES (?,?,?,?,?,?,?,?,?)",
                [(uid, v.lang, v.text, json.dumps([list(p) for p in v.props], ensure_ascii=False), i,
                  v.created, v.changed, v.created_by, v.changed_by)
                 for i, v in enumerate(unit.variants)])
            joined = "\n".join(v.text for v in unit.variants)
            self.db.execute("INSERT INTO unit_text (rowid, text) VALUES (?, ?)",
                            (uid, tm.index_text(joined)))
            grams = tm.zh_grams(joined)
            if grams:
                self.db.execute("INSERT INTO unit_zh (rowid, grams) VALUES (?, ?)", (uid, grams))
        return True

    def units(self) -> Iterator[TranslationUnit]:
        """Stored translation units in insertion order, streamed."""
        variants = _Cursor(self.db.execute(
            "SELECT unit_id, lang, text, props, created, changed, created_by, changed_by "
            "FROM unit_variant ORDER BY unit_id, seq"))
        for r in self.db.execute(
                "SELECT id, tuid, props, notes, created, changed, created_by, changed_by "
                "FROM unit ORDER BY id"):
            vs = tuple(Tuv(lang=v[1], text=v[2], props=tuple(tuple(p) for p in json.loads(v[3])),
                           created=v[4], changed=v[5], created_by=v[6], changed_by=v[7])
                       for v in variants.take(r[0]))
            if vs:
                yield TranslationUnit(variants=vs, id=r[1],
                                      props=tuple(tuple(p) for p in json.loads(r[2])),
                                      notes=tuple(json.loads(r[3])), created=r[4], changed=r[5],
                                      created_by=r[6], changed_by=r[7])

    # The memory's search primitives. termsmith.tm builds concordance and fuzzy
    # lookup on them; a server store answers them from its own text index.

    def unit_count(self) -> int:
        """How many translation units the memory holds."""
        return int(self.db.execute("SELECT count(*) FROM unit").fetchone()[0])

    def memory_units(self, keys: Sequence[int]) -> list[MemoryUnit]:
        """The stored units with these keys (ids), in the order given; unknown keys are skipped."""
        out: dict[int, MemoryUnit] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            marks = ",".join("?" * len(chunk))
            variants: dict[int, list[Tuv]] = {}
            for uid, lang, text, props in self.db.execute(
                    f"SELECT unit_id, lang, text, props FROM unit_variant WHERE unit_id IN ({marks}) "
                    "ORDER BY unit_id, seq", chunk):
                variants.setdefault(uid, []).append(
                    Tuv(lang=lang, text=text, props=tuple(tuple(p) for p in json.loads(props))))
            for r in self.db.execute(
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

    def unit_keys_containing(self, text: str) -> Iterator[int]:
        """Keys of units whose text may contain ``text`` (case-insensitive), newest first.

        A superset: the caller checks each unit. Served by the trigram index for
        three characters or more, by the Chinese bigram index for two Chinese
        characters, else by a scan of every unit.
        """
        from termsmith import tm

        if len(text) >= 3:
            cur = self.db.execute("SELECT rowid FROM unit_text WHERE unit_text MATCH ? "
                                  "ORDER BY rowid DESC", (_fts_phrase(tm.index_text(text)),))
        elif len(text) == 2 and tm.zh_grams(text) == text:
            cur = self.db.execute("SELECT rowid FROM unit_zh WHERE unit_zh MATCH ? "
                                  "ORDER BY rowid DESC", (_fts_phrase(text),))
        else:
            cur = self.db.execute("SELECT id FROM unit ORDER BY id DESC")
        for (key,) in cur:
            yield int(key)

    def unit_keys_with_text(self, text: str) -> list[int]:
        """Keys of units with a variant whose text is exactly ``text``, newest first."""
        return [int(k) for (k,) in self.db.execute(
            "SELECT DISTINCT unit_id FROM unit_variant WHERE text = ? ORDER BY unit_id DESC",
            (text,))]

    def unit_gram_counts(self, grams: Sequence[str], *, chinese: bool) -> dict[str, int]:
        """How many units hold each gram: character trigrams (lowercase), or Chinese bigrams."""
        table = "unit_zh_vocab" if chinese else "unit_text_vocab"
        counts: dict[str, int] = {}
        distinct = list(dict.fromkeys(grams))
        for start in range(0, len(distinct), 500):
            chunk = distinct[start:start + 500]
            for term, n in self.db.execute(
                    f"SELECT term, doc FROM {table} WHERE term IN ({','.join('?' * len(chunk))})",
                    chunk):
                counts[term] = int(n)
        return counts

    def unit_keys_sharing(self, grams: Sequence[str], *, chinese: bool, limit: int) -> list[int]:
        """Keys of the ``limit`` units that share the most (and rarest) of ``grams``, best first."""
        if not grams:
            return []
        table = "unit_zh" if chinese else "unit_text"
        query = " OR ".join(_fts_phrase(g) for g in dict.fromkeys(grams))
        return [int(k) for (k,) in self.db.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
            (query, limit))]

    # -- editing --------------------------------------------------------------

    def _log(self, concept_id: int, term_id: int | None, fld: str, old: object,
             new: object, who: str, at: str | None = None) -> None:
        """Record one change; the changes of one transaction (one decision) share an action."""
        cur = self.db.execute(
            "INSERT INTO history (concept_id, term_id, field, old, new, who, at, action) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (concept_id, term_id, fld, None if old is None else str(old),
             None if new is None else str(new), who, at or now(), self._action))
        if self._action is None:
            self._action = int(cur.lastrowid or 0)
            self.db.execute("UPDATE history SET action = id WHERE id = ?", (self._action,))
            if not self._depth:          # not in a transaction: one change, one action
                self._action = None

    _CONCEPT_FIELDS = frozenset({"subject", "definition", "note", "category"})
    _TERM_FIELDS = frozenset({"text", "type", "pos", "usage", "review", "note"})

    def update_concept(self, concept_id: int, who: str, *, at: str | None = None,
                       **changes: str | None) -> int:
        """Change concept fields (subject, definition, note, category); return how many changed.

        ``who`` (and ``at``, default now) become the concept's last modification.
        """
        bad = set(changes) - self._CONCEPT_FIELDS
        if bad:
            raise ValueError(f"not concept fields: {sorted(bad)}")
        n = 0
        with self.transaction():
            cur = self.get(concept_id, contexts=False)
            for fld, value in changes.items():
                old = getattr(cur, fld)
                if old == value:
                    continue
                self.db.execute(f"UPDATE concept SET {fld} = ?, modified = ?, modified_by = ? "
                                "WHERE id = ?", (value, at or now(), who, concept_id))
                self._log(concept_id, None, fld, old, value, who, at)
                n += 1
        return n

    def merge_concepts(self, keep: int, other: int, who: str, *, at: str | None = None) -> None:
        """Move every term, gloss and history entry of ``other`` into ``keep``; drop ``other``.

        For two concepts that turn out to be one (two English renderings of one
        brand). Terms ``keep`` already has (same language and harvest key) are not
        duplicated: their contexts move over. Concept fields ``keep`` lacks are
        taken from ``other``. Recorded in ``keep``'s history.
        """
        if keep == other:
            raise StoreError(f"cannot merge concept #{keep} into itself")
        with self.transaction():
            a, b = self.get(keep, contexts=False), self.get(other, contexts=False)
            fields = {f: getattr(b, f) for f in ("subject", "definition", "note", "category")
                      if getattr(a, f) is None and getattr(b, f) is not None}
            if fields:
                self.update_concept(keep, who, at=at, **fields)
            for tid, lang, key in self.db.execute(
                    "SELECT id, lang, key FROM term WHERE concept_id = ? ORDER BY id",
                    (other,)).fetchall():
                twin = self.db.execute(
                    "SELECT id FROM term WHERE concept_id = ? AND lang = ? AND key = ?",
                    (keep, lang, key)).fetchone()
                if twin:
                    self.db.execute("UPDATE OR IGNORE context SET term_id = ? WHERE term_id = ?",
                                    (twin[0], tid))
                    self.db.execute("UPDATE history SET term_id = ? WHERE term_id = ?",
                                    (twin[0], tid))
                    self.db.execute("DELETE FROM term WHERE id = ?", (tid,))
                else:
                    self.db.execute("UPDATE term SET concept_id = ? WHERE id = ?", (keep, tid))
            self.db.execute("UPDATE OR IGNORE gloss SET concept_id = ? WHERE concept_id = ?",
                            (keep, other))
            self.db.execute("UPDATE history SET concept_id = ? WHERE concept_id = ?",
                            (keep, other))
            self.db.execute("DELETE FROM concept WHERE id = ?", (other,))
            self.db.execute("UPDATE concept SET modified = ?, modified_by = ? WHERE id = ?",
                            (at or now(), who, keep))
            self._log(keep, None, "merged", f"#{other} {b.head.text}", f"#{keep}", who, at)

    def update_term(self, term_id: int, who: str, *, at: str | None = None,
                    **changes: str | None) -> int:
        """Change term fields (text, type, pos, usage, review, note); return how many changed.

        ``who`` (and ``at``, default now) become the term's and its concept's last
        modification.
        """
        bad = set(changes) - self._TERM_FIELDS
        if bad:
            raise ValueError(f"not term fields: {sorted(bad)}")
        n = 0
        with self.transaction():
            row = self.db.execute(
                "SELECT concept_id, text, type, pos, usage, review, note FROM term WHERE id = ?",
                (term_id,)).fetchone()
            if row is None:
                raise NotFound(f"no term with id {term_id}")
            current = dict(zip(["text", "type", "pos", "usage", "review", "note"], row[1:], strict=True))
            for fld, value in changes.items():
                if current[fld] == value:
                    continue
                if fld == "text" and (value is None or not value.strip()):
                    raise StoreError("term text must not be blank")
                self.db.execute(f"UPDATE term SET {fld} = ?, edited = 1, modified = ?, modified_by = ? "
                                "WHERE id = ?", (value, at or now(), who, term_id))
                self._log(row[0], term_id, fld, current[fld], value, who, at)
                n += 1
            if n:
                self.db.execute("UPDATE concept SET modified = ?, modified_by = ? WHERE id = ?",
                                (at or now(), who, row[0]))
        return n

    # -- undo -------------------------------------------------------------------

    def last_action(self, who: str) -> int | None:
        """``who``'s latest decision (history action) not yet undone, nor itself an undo."""
        row = self.db.execute(
            "SELECT max(action) FROM history WHERE who = ? AND action NOT IN "
            "(SELECT action FROM history WHERE field = 'undone') AND action NOT IN "
            "(SELECT CAST(new AS INTEGER) FROM history WHERE field = 'undone')", (who,)).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def undo(self, who: str, *, action: int | None = None) -> list[Change]:
        """Take back one decision (``who``'s last, or ``action``): every change it made, last
        first, in one transaction; return the changes undone (empty: nothing to undo).

        The undo is itself recorded (the changes back, and an ``undone`` entry naming the
        action), so the history stays complete and a second undo takes back the decision
        before. Refused (StoreError, nothing changed) when a field has been changed again
        since (naming who and when), or for a merge or a concept created by hand.
        """
        with self.transaction():
            if action is None:
                action = self.last_action(who)
                if action is None:
                    return []
            if self.db.execute("SELECT 1 FROM history WHERE field = 'undone' AND new = ?",
                               (str(action),)).fetchone():
                raise StoreError(f"decision {action} is already undone")
            done = self._changes("WHERE h.action = ? ORDER BY h.id DESC", (action,))
            if not done:
                raise NotFound(f"no decision {action} in the history")
            for ch in done:
                self._revert(ch, who)
            self._log(done[-1].concept_id, None, "undone", None, str(action), who)
        return done

    def _revert(self, ch: Change, who: str) -> None:
        name = ch.term or ch.head or f"#{ch.concept_id}"
        if ch.field in ("merged", "created"):
            raise StoreError(f"{ch.field} #{ch.concept_id} ({name}) cannot be undone")
        if ch.field == "undone":
            raise StoreError("an undo is not undone; make the decision again")
        if ch.field.startswith("term["):
            lang = ch.field[5:-1]
            if ch.old is None:          # added: take it out again (found by its text if it
                row = self.db.execute(  # was taken out and put back since)
                    "SELECT id FROM term WHERE id = ? OR (concept_id = ? AND lang = ? AND text = ?) "
                    "ORDER BY id = ? DESC LIMIT 1",
                    (ch.term_id, ch.concept_id, lang, ch.new, ch.term_id)).fetchone()
                if row is not None:
                    self.remove_term(int(row[0]), who)
            else:                       # removed (a typo corrected): back, as it was in use
                self.add_term(ch.concept_id, Term(text=ch.old, lang=lang, usage=Usage.PREFERRED,
                                                  review=Review.APPROVED),
                              key=_term_key(ch.old), who=who)
            return
        if ch.term_id is None and ch.field in self._CONCEPT_FIELDS:
            cur = getattr(self.get(ch.concept_id, contexts=False), ch.field)
            self._check_unchanged(ch, cur, name)
            self.update_concept(ch.concept_id, who, **{ch.field: ch.old})
        elif ch.term_id is not None and ch.field in self._TERM_FIELDS:
            row = self.db.execute(f"SELECT {ch.field} FROM term WHERE id = ?",
                                  (ch.term_id,)).fetchone()
            if row is None:
                raise StoreError(f"{name}: the term is gone; its {ch.field} cannot be undone")
            self._check_unchanged(ch, row[0], name)
            self.update_term(ch.term_id, who, **{ch.field: ch.old})

    def _check_unchanged(self, ch: Change, current: object, name: str) -> None:
        if (None if current is None else str(current)) == ch.new:
            return
        later = self.db.execute(
            "SELECT who, at FROM history WHERE concept_id = ? AND field = ? AND id > "
            "(SELECT max(id) FROM history WHERE action = ?) AND coalesce(term_id, 0) = ? "
            "ORDER BY id DESC LIMIT 1",
            (ch.concept_id, ch.field, ch.action, ch.term_id or 0)).fetchone()
        by = f" by {later[0]} at {later[1]}" if later else ""
        raise StoreError(f"{name}: {ch.field} was changed again{by} (now {current!r}); "
                         "not undone")


def _term_key(text: str) -> str:
    from termsmith.normalize import key

    return key(text)


def _fts_phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: matched literally, quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


class _Cursor:
    """A cursor ordered by concept id, consumed one concept at a time (a merge join)."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._rows = iter(cursor)
        self._next: tuple[Any, ...] | None = next(self._rows, None)

    def take(self, concept_id: int) -> Iterator[tuple[Any, ...]]:
        """Rows of ``concept_id`` (skipping orphans of lower ids)."""
        while self._next is not None and self._next[0] < concept_id:
            self._next = next(self._rows, None)
        while self._next is not None and self._next[0] == concept_id:
            yield self._next
            self._next = next(self._rows, None)
