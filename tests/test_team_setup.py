"""The README's team set-up, run as written against the tests' own PostgreSQL server."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import psycopg
from click.testing import CliRunner
from pgcluster import Cluster

from termsmith.cli import _reviewer, main
from termsmith.model import Concept, Term
from termsmith.store import open_store

README = Path(__file__).resolve().parents[1] / "README.md"


def _sql_blocks() -> list[list[str]]:
    """The SQL blocks of the README's team section, as statements."""
    section = README.read_text(encoding="utf-8").split("## A desk on one term base")[1].split("\n## ")[0]
    blocks = re.findall(r"```sql\n(.*?)```", section, re.S)
    return [[s.strip() for s in b.split(";") if s.strip()] for b in blocks]


def test_readme_roles_and_grants_work(pg_cluster: Cluster) -> None:
    create, grants = _sql_blocks()
    host = quote(str(pg_cluster.socket))
    with psycopg.connect(pg_cluster.admin_url, autocommit=True) as su:
        for stmt in create:
            su.execute(stmt)
    try:
        owner = f"postgresql://desk_owner@/desk?host={host}"
        r = CliRunner().invoke(main, ["--db", owner, "stats"])      # creates the tables
        assert r.exit_code == 0, r.output
        with psycopg.connect(owner, autocommit=True) as con:
            for stmt in grants:
                con.execute(stmt)
        wang = f"postgresql://wang_li@/desk?host={host}"
        with open_store(wang) as tb:
            assert _reviewer(None, tb) == "wang_li"                    # the role is the reviewer
            cid = tb.add_concept(Concept(terms=(Term(text="Maqu wetland"),)), who=_reviewer(None, tb))
        r = CliRunner().invoke(main, ["--db", f"postgresql://jane_doe@/desk?host={host}", "edit",
                                      "Maqu wetland", "--note", "a Ramsar site"])
        assert r.exit_code == 0, r.output
        with open_store(wang) as tb:
            assert [(h.who, h.field) for h in tb.history(cid)][-1] == ("jane_doe", "note")
    finally:
        with psycopg.connect(pg_cluster.admin_url, autocommit=True) as su:
            su.execute("DROP DATABASE IF EXISTS desk WITH (FORCE)")
            for role in ("wang_li", "jane_doe", "reviewers", "desk_owner"):
                su.execute(f"DROP ROLE IF EXISTS {role}")


def test_a_password_in_the_url_is_never_shown(pg_cluster: Cluster) -> None:
    """libpq takes a password after the user name or as a ``password=`` parameter; neither
    is printed (every command names the term base), nor in the review page's banner or header."""
    from termsmith import web

    with_query = pg_cluster.url + "&password=hush-one"
    in_userinfo = pg_cluster.url.replace("termsmith@", "termsmith:hush-two@", 1)
    for url in (with_query, in_userinfo):
        r = CliRunner().invoke(main, ["--db", url, "stats"])
        assert r.exit_code == 0, r.output
        assert "Term base: postgresql://termsmith@/termsmith?host=" in r.output
        assert "hush" not in r.output
        server = web.make_server(url, who="wang")       # serve() prints server.name
        server.server_close()
        assert server.name.startswith("postgresql://termsmith@/termsmith?host=")
        assert "hush" not in server.name
        with open_store(url) as tb:
            assert web.info(tb, "wang")["db"] == "termsmith"      # the database, not the URL
