"""Invisible characters (zero-width space and joiners, direction overrides) are ignored for
matching and reported by check (issue 15, item 25)."""

from __future__ import annotations

from pathlib import Path

from conftest import TRANSCRIPT

from termsmith import harvest, ingest, reader
from termsmith.check import Options
from termsmith.check.original import check_original
from termsmith.inputs import strip_invisible
from termsmith.normalize import form_key, key
from termsmith.store import TermBase

ZWSP, ZWJ, RLO, PDF = "\u200b", "\u200d", "\u202e", "\u202c"


def test_keys_ignore_invisible_characters() -> None:
    assert key(f"Water{ZWJ} Tower of China") == key("Water Tower of China")
    assert form_key(f"{RLO}black soil{PDF}") == form_key("black soil")


def test_a_term_written_with_invisible_characters_is_no_new_candidate(tmp_path: Path) -> None:
    hidden = TRANSCRIPT.replace('the "Water Tower of China."',
                                f'the "Water{ZWSP} Tower of{ZWJ} China."', 1)
    assert hidden != TRANSCRIPT
    f = tmp_path / "hidden.en.txt"
    f.write_text(hidden, encoding="utf-8")
    tb = TermBase(":memory:")
    ingest.store(tb, harvest.run(reader.read(f)))
    same = [(c.id, t.text) for c in tb.concepts() for t in c.terms
            if " ".join(strip_invisible(t.text).split()) == "Water Tower of China"]
    assert len(same) == 1 and same[0][1] == "Water Tower of China"


def test_check_reports_and_still_matches_them(tb: TermBase, transcript: Path, tmp_path: Path) -> None:
    ingest.store(tb, harvest.run(reader.read(transcript)))
    hidden = TRANSCRIPT.replace("The Sanjiangyuan National Park Administration leads",
                                f"The Sanjiangyuan National{ZWSP} Park Administration leads", 1)
    f = tmp_path / "hidden.en.txt"
    f.write_text(hidden, encoding="utf-8")
    findings = list(check_original(list(tb.concepts(contexts=True)), reader.read(f), Options()))
    [found] = [x for x in findings if x.check == "invisible-character"]
    assert "U+200B ZERO WIDTH SPACE" in found.message and found.line is not None
    assert found.expected == "National"
    # The term is found there as if the character were not: no stale term reported for it.
    assert not [x for x in findings if x.check == "stale-term"
                and x.term == "Sanjiangyuan National Park Administration"]
