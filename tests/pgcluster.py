"""A private PostgreSQL cluster for the tests: a temporary folder, a Unix socket, no TCP port.

Found through ``pg_config --bindir`` or ``/usr/lib/postgresql/*/bin`` (Debian's
``postgresql`` package). ``initdb`` refuses to run as root, so as root the
cluster belongs to the ``postgres`` user (``runuser``); otherwise to the
current user. Listening on a socket in its own folder only, concurrent test
runs on one machine never collide. Each test gets a schema of its own
(:meth:`Cluster.fresh_url`), dropped afterwards.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

DEBIAN_PACKAGE = "postgresql"
_schemas = itertools.count()


def bindir() -> Path | None:
    """Where initdb, pg_ctl and postgres live, or None if PostgreSQL is not installed."""
    candidates: list[str] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            candidates.append(subprocess.run([pg_config, "--bindir"], capture_output=True,
                                             text=True, check=True, timeout=30).stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                         reverse=True)
    for c in candidates:
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    return None


class Cluster:
    """A running throw-away cluster; :meth:`stop` removes it."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="tspg-"))
        self.data = self.root / "data"
        self.socket = self.root
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "termsmith",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-t", "60",
                  "-o", f"-k {self.socket} -c listen_addresses='' -F -c max_connections=60 "
                        "-c shared_buffers=32MB", "start")
        self.admin_url = f"postgresql://termsmith@/postgres?host={quote(str(self.socket))}"
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as con:
            con.execute("CREATE DATABASE termsmith")
        self.url = f"postgresql://termsmith@/termsmith?host={quote(str(self.socket))}"

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120, cwd="/")

    def fresh_url(self) -> tuple[str, str]:
        """A URL whose tables live in a new, empty schema; and the schema's name."""
        import psycopg

        name = f"t{os.getpid()}_{next(_schemas)}"
        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {name}")
        return f"{self.url}&options={quote(f'-csearch_path={name}')}", name

    def drop(self, name: str) -> None:
        """Drop a schema made by :meth:`fresh_url`."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as con:
            # A store a test left open mid-read would hold locks the drop waits for.
            con.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                        "datname = current_database() AND pid <> pg_backend_pid() AND "
                        "state LIKE 'idle in transaction%'")
            con.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
