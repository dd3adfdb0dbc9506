"""Wiring: open the database, bring its schema up to date, build the services.

Every service acts for someone (an ``access.permissions.Actor``): ``open_context`` returns a
context for nobody, whose services refuse everything but signing in (``ctx.auth``);
``ctx.for_actor(actor)`` returns the context of the signed-in person (or of ``SYSTEM`` for
maintenance and tests), sharing the database and the clock (``ctx.clock``, the one source of
today's date: tests fix it with ``ctx.clock.freeze(day)``).  The UI and the command line only
ever call services through such a context, so every call is checked and audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL

from transition_app.access.permissions import Actor
from transition_app.clock import Clock
from transition_app.paths import AppPaths
from transition_app.services.families import FamilyService
from transition_app.services.staff import StaffService
from transition_app.store.database import Database
from transition_app.store.engine import create_engine_for, sqlite_url
from transition_app.store.upgrade import UpgradeResult, upgrade_database

if TYPE_CHECKING:
    from transition_app.services.appointments import AppointmentService
    from transition_app.services.audit import AuditService
    from transition_app.services.auth import AuthService
    from transition_app.services.buddies import BuddyService
    from transition_app.services.buddy_workspace import BuddyWorkspaceService
    from transition_app.services.checklist import ChecklistService
    from transition_app.services.directory_service import DirectoryService
    from transition_app.services.gdpr import GdprService
    from transition_app.services.handover import HandoverService
    from transition_app.services.importing import ImportService
    from transition_app.services.list_export import ListExportService
    from transition_app.services.preferences import PreferencesService

#: The actor of a context nobody signed in to: it has no permission at all.
NOBODY = Actor(worker_id=None, username="(not signed in)", role="")


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    families: FamilyService
    staff: StaffService
    upgrade: UpgradeResult
    clock: Clock = field(default_factory=Clock)
    _checklists: ChecklistService | None = field(default=None, repr=False)
    actor: Actor | None = None  # None: nobody signed in yet
    _services: dict[str, object] = field(default_factory=dict, repr=False)

    def for_actor(self, actor: Actor) -> AppContext:
        """The services of ``actor`` over the same database (and the same clock)."""
        families = FamilyService(self.db, today=self.clock, actor=actor)
        return AppContext(self.paths, self.db, families, StaffService(self.db, actor=actor), self.upgrade,
                          clock=self.clock, actor=actor)

    @property
    def _actor(self) -> Actor:
        return self.actor or NOBODY

    def _lazy(self, name: str, build: Callable[[], object]) -> Any:
        if name not in self._services:
            self._services[name] = build()
        return self._services[name]

    @property
    def auth(self) -> AuthService:
        """Signing in and the first run (any context); user management (coordinators)."""
        from transition_app.services.auth import AuthService

        return self._lazy("auth", lambda: AuthService(self.db, self.actor))  # type: ignore[no-any-return]

    @property
    def audit(self) -> AuditService:
        from transition_app.services.audit import AuditService

        return self._lazy("audit", lambda: AuditService(self.db, self._actor))  # type: ignore[no-any-return]

    @property
    def gdpr(self) -> GdprService:
        from transition_app.services.gdpr import GdprService

        return self._lazy("gdpr", lambda: GdprService(  # type: ignore[no-any-return]
            self.db, today=self.clock, actor=self._actor))

    @property
    def buddies(self) -> BuddyService:
        from transition_app.services.buddies import BuddyService

        return self._lazy("buddies", lambda: BuddyService(self.db, self._actor))  # type: ignore[no-any-return]

    @property
    def appointments(self) -> AppointmentService:
        """Appointments (family lists, the week, .ics export) for this context's actor."""
        from transition_app.services.appointments import AppointmentService

        return self._lazy("appointments", lambda: AppointmentService(  # type: ignore[no-any-return]
            self.db, self._actor, today=self.clock))

    @property
    def directory(self) -> DirectoryService:
        """The directory of CPAS, municipalities, integration agencies and NGOs (read: everybody;
        edit: coordinators and social workers)."""
        from transition_app.services.directory_service import DirectoryService

        return self._lazy("directory", lambda: DirectoryService(  # type: ignore[no-any-return]
            self.db, self._actor, today=self.clock))

    @property
    def buddy_workspace(self) -> BuddyWorkspaceService:
        """The admin buddy's families and next steps; the worker's view of what buddies changed."""
        from transition_app.services.buddy_workspace import BuddyWorkspaceService

        return self._lazy("buddy_workspace", lambda: BuddyWorkspaceService(  # type: ignore[no-any-return]
            self.db, self._actor, families=self.families, checklists=self.checklists,
            directory_service=self.directory, appointments=lambda: self.appointments))

    @property
    def handover(self) -> HandoverService:
        """Handover dossiers (compose, issue, batch) for this context's actor."""
        from transition_app.services.handover import HandoverService

        return self._lazy("handover", lambda: HandoverService(  # type: ignore[no-any-return]
            self.db, self.families, self.checklists, actor=self._actor))

    @property
    def list_export(self) -> ListExportService:
        """The family list, the due list and the dashboard as XLSX/CSV files (what the actor sees)."""
        from transition_app.services.list_export import ListExportService

        return self._lazy("list_export", lambda: ListExportService(  # type: ignore[no-any-return]
            self.db, self.families, self.checklists, today=self.clock, actor=self._actor))

    @property
    def preferences(self) -> PreferencesService:
        """The signed-in person's own settings (the interface language), kept with their account."""
        from transition_app.services.preferences import PreferencesService

        return self._lazy("preferences", lambda: PreferencesService(  # type: ignore[no-any-return]
            self.db, self._actor))

    @property
    def importer(self) -> ImportService:
        """Import of a caseload from CSV/XLSX files (coordinators and social workers)."""
        from transition_app.services.importing import ImportService

        return self._lazy("importer", lambda: ImportService(  # type: ignore[no-any-return]
            self.db, self.families, today=self.clock, actor=self._actor))

    @property
    def checklists(self) -> ChecklistService:
        """The checklist service, built on first use (keeps its imports off the start-up path).

        It reads the context's clock, as every service does.
        """
        if self._checklists is None:
            from transition_app.services.checklist import ChecklistService

            self._checklists = ChecklistService(self.db, today=self.clock, actor=self._actor)
        return self._checklists

    def close(self) -> None:
        self.db.dispose()


def open_context(paths: AppPaths, database_url: URL | str | None = None, key: bytes | None = None) -> AppContext:
    """Open the embedded database (or ``database_url``), upgraded to the current schema.

    With ``key`` (see ``security.keys.obtain_key``) the embedded database is the encrypted
    SQLCipher file, as the application always opens it; without, a plain SQLite file (tests).
    """
    if key is not None and database_url is None:
        from transition_app.security.keys import open_encrypted_engine

        engine = open_encrypted_engine(paths, key)
    else:
        engine = create_engine_for(database_url if database_url is not None else sqlite_url(paths.database))
    try:
        result = upgrade_database(engine, paths.backups)
    except BaseException:
        engine.dispose()
        raise
    db = Database(engine)
    clock = Clock()
    return AppContext(paths, db, FamilyService(db, today=clock, actor=NOBODY), StaffService(db, actor=NOBODY),
                      result, clock=clock)
