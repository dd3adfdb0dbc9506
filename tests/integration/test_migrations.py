import shutil
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from transition_app.store import upgrade as upg
from transition_app.store.engine import create_engine_for, sqlite_url
from transition_app.store.models import Base


def test_schema_head_constant_matches_alembic():
    assert upg.SCHEMA_HEAD == upg.alembic_head()


def test_empty_database_upgraded_to_head_matches_the_models(tmp_path):
    engine = create_engine_for(sqlite_url(tmp_path / "t.db"))
    result = upg.upgrade_database(engine, tmp_path / "backups")
    assert (result.from_revision, result.to_revision) == (None, upg.SCHEMA_HEAD)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    assert upg.upgrade_database(engine, tmp_path / "backups").backup is None  # up to date: nothing to do


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "t.db"
    engine = create_engine_for(sqlite_url(path))
    upg.upgrade_database(engine, tmp_path / "backups")
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    engine.dispose()  # the last connection closing checkpoints the WAL into the file
    before = path.read_bytes()
    engine = create_engine_for(sqlite_url(path))
    with pytest.raises(upg.DatabaseVersionError, match="newer version of Transition Assistant"):
        upg.upgrade_database(engine, tmp_path / "backups")
    engine.dispose()
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER)")
    with pytest.raises(upg.DatabaseVersionError, match="not a Transition Assistant database"):
        upg.upgrade_database(create_engine_for(sqlite_url(path)), tmp_path / "b")


NEXT_REVISION = '''
"""test revision"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("family") as batch:
        batch.add_column(sa.Column("test_flag", sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table("family") as batch:
        batch.drop_column("test_flag")
'''


def test_older_database_is_backed_up_then_upgraded(tmp_path, monkeypatch):
    path = tmp_path / "t.db"
    engine = create_engine_for(sqlite_url(path))
    upg.upgrade_database(engine, tmp_path / "backups")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO family (case_number, status, household_name, member_count, "
                             "nationalities, languages, search_text) VALUES ('C-1', 'transition', '', 0, '', '', '')")
    migrations = tmp_path / "migrations"
    shutil.copytree(upg.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    head = upg.SCHEMA_HEAD
    (migrations / "versions" / "9001_test.py").write_text(NEXT_REVISION.replace("{head}", head))
    monkeypatch.setattr(upg, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(upg, "SCHEMA_HEAD", "9001")

    result = upg.upgrade_database(engine, tmp_path / "backups")
    assert (result.from_revision, result.to_revision) == (head, "9001")
    assert result.backup is not None and result.backup.parent == tmp_path / "backups"
    with sqlite3.connect(result.backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert old.execute("SELECT case_number FROM family").fetchall() == [("C-1",)]
    with engine.connect() as conn:
        cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(family)")]
        assert "test_flag" in cols
        assert conn.exec_driver_sql("SELECT case_number FROM family").fetchall() == [("C-1",)]


def test_sqlite_engine_has_foreign_keys_and_wal(tmp_path):
    engine = create_engine_for(sqlite_url(tmp_path / "t.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_0003_database_gets_the_buddy_updates_and_directory_tables(tmp_path):
    from alembic import command

    engine = create_engine_for(sqlite_url(tmp_path / "t.db"))
    with engine.begin() as conn:
        command.upgrade(upg._alembic_config(conn), "0003")  # type: ignore[arg-type]
        conn.exec_driver_sql("INSERT INTO family (case_number, status, household_name, member_count, "
                             "nationalities, languages, search_text) VALUES ('C-1', 'transition', '', 0, '', '', '')")
    result = upg.upgrade_database(engine, tmp_path / "backups")
    assert (result.from_revision, result.to_revision) == ("0003", upg.SCHEMA_HEAD) and result.backup is not None
    with engine.begin() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"family_update", "directory_entry"} <= tables
        conn.exec_driver_sql("INSERT INTO family_update (family_id, kind, ref, detail) "
                             "SELECT id, 'step', 'reception.choice', 'done' FROM family")
        assert conn.exec_driver_sql("SELECT kind, seen_at FROM family_update").fetchall() == [("step", None)]
        conn.exec_driver_sql("INSERT INTO directory_entry (kind, shipped_key, name, address, phone, email, website, "
                             "opening_hours, languages, notes) VALUES ('cpas', 'cpas:62063', '', 'Place 1', '', '', "
                             "'', '', '', '')")
        with pytest.raises(Exception, match="UNIQUE"):  # one set of local details per shipped entry
            conn.exec_driver_sql("INSERT INTO directory_entry (kind, shipped_key, name, address, phone, email, "
                                 "website, opening_hours, languages, notes) VALUES ('cpas', 'cpas:62063', '', '', "
                                 "'', '', '', '', '', '')")


def test_a_0004_database_gets_centre_staff_dwelling_and_undo_columns(tmp_path):
    from alembic import command

    engine = create_engine_for(sqlite_url(tmp_path / "t.db"))
    with engine.begin() as conn:
        command.upgrade(upg._alembic_config(conn), "0004")  # type: ignore[arg-type]
        conn.exec_driver_sql("INSERT INTO worker (username, full_name, role, active, failed_sign_ins) "
                             "VALUES ('anna', 'Anna', 'social_worker', 1, 0)")
        conn.exec_driver_sql("INSERT INTO family (case_number, status, household_name, member_count, nationalities, "
                             "languages, search_text, worker_id) VALUES ('C-1', 'transition', '', 0, '', '', '', 1)")
    result = upg.upgrade_database(engine, tmp_path / "backups")
    assert (result.from_revision, result.to_revision) == ("0004", upg.SCHEMA_HEAD) and result.backup is not None
    with engine.begin() as conn:
        # the worker who follows an existing family is taken to have created it (they keep seeing it)
        assert conn.exec_driver_sql("SELECT created_by_id, exit_mode FROM family").fetchall() == [(1, None)]
        conn.exec_driver_sql("INSERT INTO dwelling (family_id, address, postcode, rent, landlord_name, "
                             "landlord_address, landlord_phone, landlord_email) "
                             "VALUES (1, 'Rue Haute 5', '4000', 650.5, 'M. Dupont', '', '', '')")
        assert conn.exec_driver_sql("SELECT postcode, rent FROM dwelling").fetchall() == [("4000", 650.5)]
        with pytest.raises(Exception, match="UNIQUE"):  # one dwelling per family
            conn.exec_driver_sql("INSERT INTO dwelling (family_id, address, landlord_name, landlord_address, "
                                 "landlord_phone, landlord_email) VALUES (1, '', '', '', '', '')")
        cols = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(reception_centre)")}
        assert {"postcode", "enterprise_number", "logo", "retired_at"} <= cols
        cols = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(checklist_step)")}
        assert {"due_override", "due_override_reason"} <= cols


def test_a_0005_database_gets_identifiers_consent_purposes_and_directory_checks(tmp_path):
    from alembic import command

    engine = create_engine_for(sqlite_url(tmp_path / "t.db"))
    with engine.begin() as conn:
        command.upgrade(upg._alembic_config(conn), "0005")  # type: ignore[arg-type]
        conn.exec_driver_sql("INSERT INTO family (case_number, status, household_name, member_count, nationalities, "
                             "languages, search_text) VALUES ('C-1', 'transition', '', 0, '', '', '')")
        conn.exec_driver_sql("INSERT INTO consent (family_id, purpose, shared_with, given_on) "
                             "VALUES (1, 'handover dossier', 'CPAS de Liège', '2026-11-02')")
        conn.exec_driver_sql("INSERT INTO directory_entry (kind, shipped_key, name, address, phone, email, website, "
                             "opening_hours, languages, notes) VALUES ('cpas', 'cpas:62063', '', 'Place 1', '', '', "
                             "'', '', '', '')")
    result = upg.upgrade_database(engine, tmp_path / "backups")
    assert (result.from_revision, result.to_revision) == ("0005", "0006")
    with engine.begin() as conn:
        # old consents keep their free text and cover no confidential note; old entries are not uncertain
        assert conn.exec_driver_sql("SELECT purpose, purpose_code, recipient_key, covers_confidential "
                                    "FROM consent").fetchall() == [("handover dossier", None, None, 0)]
        assert conn.exec_driver_sql("SELECT uncertain, address_checked_on FROM directory_entry").fetchall() == [
            (0, None)]
        conn.exec_driver_sql("UPDATE family SET oe_number = '8.123.456'")
        assert conn.exec_driver_sql("SELECT oe_number FROM family").fetchall() == [("8.123.456",)]
