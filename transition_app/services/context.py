"""Wiring: open the database, bring its schema up to date, build the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import URL

from transition_app.paths import AppPaths
from transition_app.services.families import FamilyService
from transition_app.services.staff import StaffService
from transition_app.store.database import Database
from transition_app.store.engine import create_engine_for, sqlite_url
from transition_app.store.upgrade import UpgradeResult, upgrade_database

if TYPE_CHECKING:
    from transition_app.services.checklist import ChecklistService


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    families: FamilyService
    staff: StaffService
    upgrade: UpgradeResult
    _checklists: ChecklistService | None = field(default=None, repr=False)

    @property
    def checklists(self) -> ChecklistService:
        """The checklist service, built on first use (keeps its imports off the start-up path).

        It shares the family service's clock: replacing ``families.today`` (tests) moves both.
        """
        if self._checklists is None:
            from transition_app.services.checklist import ChecklistService

            self._checklists = ChecklistService(self.db, today=lambda: self.families.today())
        return self._checklists

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
