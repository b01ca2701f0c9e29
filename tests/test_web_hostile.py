"""The review page under hostile or broken requests: a clear 4xx/503 answer, never a 500,
never a hang (issue 15, items 11, 21, 22, 24)."""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from termsmith import harvest, ingest, reader, web
from termsmith.store import TermBase

WHO = "gao.min"


@pytest.fixture
def served(tmp_path: Path, transcript: Path) -> Iterator[tuple[web.ReviewServer, Path]]:
    db = tmp_path / "terms.db"
    with TermBase(db) as tb:
        ingest.store(tb, harvest.run(reader.read(transcript)))
    server, _ = web.start(db, who=WHO)
    yield server, db
    server.stop()


def _raw(server: web.ReviewServer, request: bytes, *, timeout: float = 20) -> bytes:
    """Send bytes as they are; everything the server answers until it closes or goes quiet."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout) as s:
        s.sendall(request)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        while data := s.recv(65536):
            chunks.append(data)
    return b"".join(chunks)


def _request(server: web.ReviewServer, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, dict[str, object]]:
    hdrs = {"Host": f"127.0.0.1:{server.port}", "Connection": "close", **(headers or {})}
    if body is not None:
        hdrs.setdefault("Content-Type", "application/json")
        hdrs.setdefault(web.TOKEN_HEADER, server.token)
        hdrs.setdefault("Content-Length", str(len(body)))
    head = "".join(f"{k}: {v}\r\n" for k, v in hdrs.items())
    # HTTP headers are Latin-1 on the wire: "²" (U+00B2) is one byte, as a client sends it.
    answer = _raw(server, f"{method} {path} HTTP/1.1\r\n{head}\r\n".encode("latin-1") + (body or b""))
    status_line, _, rest = answer.partition(b"\r\n")
    payload = rest.partition(b"\r\n\r\n")[2]
    return int(status_line.split()[1]), json.loads(payload) if payload else {}


def _term_id(db: Path, text: str) -> tuple[int, int]:
    with TermBase(db) as tb:
        (cid, tid), = tb.find(text, lang="en")
    return cid, tid


# Percent-encoded as a browser sends them: ² (superscript two), ٣ (Arabic-Indic three).
@pytest.mark.parametrize("query", ["limit=%C2%B2", "limit=%D9%A3", "limit=99999999999999999999999",
                                   "after=0.5:%C2%B2", "contexts=%C2%B2"])
def test_numbers_that_are_not_ascii_digits_are_a_400(served: tuple[web.ReviewServer, Path],
                                                      query: str) -> None:
    server, db = served
    path = f"/api/concepts/{_term_id(db, 'SCIO')[0]}?{query}" if "contexts" in query \
        else f"/api/queue?{query}"
    status, answer = _request(server, "GET", path)
    assert status == 400 and "error" in answer


def test_a_non_ascii_id_in_the_path_is_not_found(served: tuple[web.ReviewServer, Path]) -> None:
    status, _ = _request(served[0], "GET", "/api/concepts/%C2%B2")
    assert status == 404


def test_a_content_length_that_is_not_a_number_is_refused(served: tuple[web.ReviewServer, Path]) -> None:
    server, db = served
    _, tid = _term_id(db, "SCIO")
    status, answer = _request(server, "POST", f"/api/terms/{tid}/status",
                              b'{"status": "approved"}', {"Content-Length": "²"})
    assert status == 413 and "Content-Length" in str(answer["error"])


@pytest.mark.parametrize("body", [b'{"note": "\\ud800"}', b'{"note": "\\udfff x"}',
                                  b"[" * 100_000 + b"]" * 100_000])
def test_a_lone_surrogate_or_deep_nesting_is_a_400(served: tuple[web.ReviewServer, Path],
                                                   body: bytes) -> None:
    server, db = served
    if len(body) > web.MAX_BODY:
        body = b"[" * 30_000 + b"]" * 30_000
    status, answer = _request(server, "POST", f"/api/concepts/{_term_id(db, 'SCIO')[0]}", body)
    assert status == 400 and "JSON" in str(answer["error"])


@pytest.mark.parametrize(("field", "value"), [("note", "see \x1b]0;owned\x07 this"),
                                              ("definition", "nul\x00here"), ("zh", "国新\x1b办")])
def test_control_characters_are_refused_naming_the_field(served: tuple[web.ReviewServer, Path],
                                                         field: str, value: str) -> None:
    server, db = served
    cid, _ = _term_id(db, "SCIO")
    with TermBase(db) as tb:
        before = tb.get(cid)
    status, answer = _request(server, "POST", f"/api/concepts/{cid}",
                              json.dumps({field: value}).encode())
    assert status == 400
    assert str(answer["error"]).startswith(f"{field} has a control character U+00")
    with TermBase(db) as tb:
        assert tb.get(cid) == before


def test_a_locked_term_base_is_a_503_with_a_message(served: tuple[web.ReviewServer, Path]) -> None:
    server, db = served
    _, tid = _term_id(db, "SCIO")
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")          # another writer holds the term base
    try:
        status, answer = _request(server, "POST", f"/api/terms/{tid}/status",
                                  b'{"status": "approved"}')
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert status == 503
    assert "busy" in str(answer["error"]) and db.name in str(answer["error"])


def test_a_chunked_body_is_refused_not_read_as_a_second_request(
        served: tuple[web.ReviewServer, Path]) -> None:
    server, db = served
    _, tid = _term_id(db, "SCIO")
    smuggled = (f"GET /api/info HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n").encode()
    body = f"{len(smuggled):x}\r\n".encode() + smuggled + b"\r\n0\r\n\r\n"
    head = (f"POST /api/terms/{tid}/status HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            f"Content-Type: application/json\r\n{web.TOKEN_HEADER}: {server.token}\r\n"
            "Transfer-Encoding: chunked\r\n\r\n").encode()
    answer = _raw(server, head + body)
    assert answer.startswith(b"HTTP/1.1 411")
    assert answer.count(b"HTTP/1.1 ") == 1            # the chunk was not served as a request


def test_a_stalled_connection_is_closed(served: tuple[web.ReviewServer, Path]) -> None:
    server, _ = served
    server.request_timeout = 0.5
    closed = threading.Event()
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
        s.sendall(b"GET /api/info HTTP/1.1\r\nHost: 127.0.0.1")       # ... and nothing more
        if s.recv(1024) == b"":
            closed.set()
    assert closed.is_set()
