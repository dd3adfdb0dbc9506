"""Wiring: open the database, bring its schema up to date, build the services."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL

from transition_app.paths import AppPaths
from transition_app.services.families import FamilyService
from transition_app.services.staff import StaffService
from transition_app.store.database import Database
from transition_app.store.engine import create_engine_for, sqlite_url
from transition_app.store.upgrade import UpgradeResult, upgrade_database


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    families: FamilyService
    staff: StaffService
    upgrade: UpgradeResult

    def close(self) -> None:
        self.db.dispose()


def open_context(paths: AppPaths, database_url: URL | str | None = None) -> AppContext:
    """Open the embedded database (or ``database_url``), upgraded to the current schema."""
    engine = create_engine_for(database_url if database_url is not None else sqlite_url(paths.database))
    try:
        result = upgrade_database(engine, paths.backups)
    except BaseException:
        engine.dispose()
        raise
    db = Database(engine)
    return AppContext(paths, db, FamilyService(db), StaffService(db), result)
