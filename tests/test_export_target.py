"""Exports replace only regular files; anything else is written through or followed, and
temporaries left by killed exports are cleaned up (issue 15, item 20)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from termsmith import exchange
from termsmith.model import Concept, Term
from termsmith.store import TermBase


@pytest.fixture
def tb() -> TermBase:
    base = TermBase(":memory:")
    base.add_concept(Concept(terms=(Term("black soil", "en"), Term("黑土", "zh-Hans"))))
    return base


def test_a_symlink_stays_a_link_and_its_target_is_replaced(tb: TermBase, tmp_path: Path) -> None:
    real = tmp_path / "real.tbx"
    real.write_bytes(b"old")
    link = tmp_path / "link.tbx"
    link.symlink_to(real)
    exchange.export(tb, link, "tbx")
    assert link.is_symlink() and b"black soil" in real.read_bytes()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_written_through_not_replaced(tb: TermBase, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.tbx"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    exchange.export(tb, fifo, "tbx")
    reader.join(timeout=30)
    assert fifo.is_fifo() and b"black soil" in got[0]


def test_a_character_device_is_written_through(tb: TermBase, tmp_path: Path) -> None:
    # A twin of /dev/null made here (never the system's own: a failing export would
    # replace it); without the right to make device nodes, a FIFO stands in.
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        os.mkfifo(node)
        threading.Thread(target=node.read_bytes, daemon=True).start()
    before = os.stat(node)
    exchange.export(tb, node, "tbx")
    after = os.stat(node)
    assert (after.st_ino, after.st_mode, after.st_rdev) == (before.st_ino, before.st_mode,
                                                           before.st_rdev)


def test_temporaries_of_killed_exports_are_removed(tb: TermBase, tmp_path: Path) -> None:
    target = tmp_path / "glossary.tbx"
    # An export killed mid-write (SIGKILL: no clean-up) leaves its .part behind ...
    code = ("import sys, os, signal; from termsmith import exchange; "
            "exchange.write_atomic(sys.argv[1], lambda f: (f.write(b'x' * 1000), f.flush(), "
            "os.kill(os.getpid(), signal.SIGKILL)))")
    r = subprocess.run([sys.executable, "-c", code, str(target)], timeout=60)
    assert r.returncode == -signal.SIGKILL
    assert len(list(tmp_path.glob(".glossary.tbx.*.part"))) == 1
    other = tmp_path / ".glossary.tbx.notours.part"       # not named by us: left alone
    other.write_bytes(b"keep")
    # ... and the next export of the same file removes it.
    exchange.export(tb, target, "tbx")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".glossary.tbx.notours.part",
                                                          "glossary.tbx"]
