"""The models, migrations and service queries also run on PostgreSQL (server mode).

A throw-away cluster is started on a free loopback port when the PostgreSQL server
binaries are installed (CI installs them); otherwise the test is skipped with the reason.
"""

import dataclasses
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import decision, family_input, person
from transition_app.domain.validation import ConcurrencyError
from transition_app.services.dto import FamilyQuery
from transition_app.services.families import FamilyService
from transition_app.store import upgrade
from transition_app.store.database import Database
from transition_app.store.engine import create_engine_for


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url():
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries not installed (scripts/dev test installs them)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg not installed")
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser")
        as_user = ["runuser", "-u", "postgres", "--"]
    root = Path(tempfile.mkdtemp(prefix="ta-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if as_user:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    subprocess.run([*as_user, initdb, "-D", str(data), "-U", "ta", "--auth=trust", "-E", "UTF8"],
                   check=True, capture_output=True)
    subprocess.run([*as_user, pg_ctl, "-D", str(data), "-l", str(root / "log"), "-w", "-o",
                    f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                   check=True, capture_output=True)
    try:
        url = f"postgresql+psycopg://ta@127.0.0.1:{port}/postgres"
        deadline = time.monotonic() + 10
        while True:
            try:
                create_engine_for(url).connect().close()
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def test_migrations_and_services_on_postgresql(pg_url, tmp_path):
    engine = create_engine_for(pg_url)
    result = upgrade.upgrade_database(engine, tmp_path / "backups")
    assert result.to_revision == upgrade.SCHEMA_HEAD
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from transition_app.store.models import Base
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []

    families = FamilyService(Database(engine))
    created = families.create_family(family_input(
        person("Zeynep", "Öztürk", nationality="TR", languages=("tr", "kmr"), preferred_language="tr"),
        person("Baran", "Öztürk", "child", nationality="TR", languages=("tr",), preferred_language="tr"),
        decision=decision()))
    assert [r.id for r in families.search(FamilyQuery(text="ozturk bar"))] == [created.id]
    assert [r.id for r in families.search(FamilyQuery(language="kmr"))] == [created.id]
    assert [r.id for r in families.search(FamilyQuery(text="50%_"))] == []
    updated = families.update_family(created.id, dataclasses.replace(created.to_input(), status="left"),
                                      created.version)
    assert updated.version == created.version + 1
    with pytest.raises(ConcurrencyError):
        families.update_family(created.id, created.to_input(), created.version)
    assert families.list_summaries()[0].decision_date == decision().decision_date
    engine.dispose()
