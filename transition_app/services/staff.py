"""Reception centres and the people who work with the families."""

from __future__ import annotations

from sqlalchemy import select

from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.domain import enums
from transition_app.domain.validation import DUPLICATE, Collector
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.dto import CentreView, WorkerView
from transition_app.store.database import Database
from transition_app.store.models import ReceptionCentre, Worker

L_NAME = QT_TRANSLATE_NOOP("Validation", "Name")
L_USERNAME = QT_TRANSLATE_NOOP("Validation", "User name")
L_ROLE = QT_TRANSLATE_NOOP("Validation", "Role")
L_OPERATOR = QT_TRANSLATE_NOOP("Validation", "Operator")


class StaffService:
    """Centres and workers.  Creating them is for coordinators (user accounts with passwords
    are managed by ``services.auth``); anyone signed in may list them."""

    def __init__(self, db: Database, actor: Actor = SYSTEM):
        self.db = db
        self.actor = actor

    def create_centre(self, name: str, operator: str, municipality_nis: str | None = None) -> CentreView:
        self.actor.require(Permission.MANAGE_USERS)
        col = Collector()
        col.required("name", L_NAME, name)
        col.choice("operator", L_OPERATOR, operator, frozenset(e.value for e in enums.CentreOperator))
        with self.db.session() as s:
            if s.scalar(select(ReceptionCentre.id).where(ReceptionCentre.name == name.strip())):
                col.add("name", DUPLICATE, label=L_NAME, value=name)
            col.raise_if_any()
            centre = ReceptionCentre(name=name.strip(), operator=operator, municipality_nis=municipality_nis)
            s.add(centre)
            s.flush()
            return _centre(centre)

    def list_centres(self) -> list[CentreView]:
        self.actor.require(Permission.VIEW_FAMILY)  # anyone signed in
        with self.db.read() as s:
            return [_centre(c) for c in s.scalars(select(ReceptionCentre).order_by(ReceptionCentre.name))]

    def create_worker(self, username: str, full_name: str, role: str,
                      centre_id: int | None = None) -> WorkerView:
        self.actor.require(Permission.MANAGE_USERS)
        col = Collector()
        col.required("username", L_USERNAME, username)
        col.required("full_name", L_NAME, full_name)
        col.choice("role", L_ROLE, role, frozenset(e.value for e in enums.Role))
        with self.db.session() as s:
            if s.scalar(select(Worker.id).where(Worker.username == username.strip())):
                col.add("username", DUPLICATE, label=L_USERNAME, value=username)
            col.raise_if_any()
            worker = Worker(username=username.strip(), full_name=full_name.strip(), role=role,
                            centre_id=centre_id, active=True)
            s.add(worker)
            s.flush()
            record(s, self.actor, AuditAction.USER_CREATE, user_id=worker.id, role=role)
            return _worker(worker)

    def list_workers(self, role: str | None = None) -> list[WorkerView]:
        self.actor.require(Permission.VIEW_FAMILY)  # anyone signed in
        stmt = select(Worker).where(Worker.active.is_(True)).order_by(Worker.full_name)
        if role:
            stmt = stmt.where(Worker.role == role)
        with self.db.read() as s:
            return [_worker(w) for w in s.scalars(stmt)]


def centre_view(c: ReceptionCentre) -> CentreView:
    return CentreView(c.id, c.name, c.operator, c.municipality_nis, c.address, c.postcode, c.phone, c.email,
                      c.enterprise_number, c.logo_type is not None, c.retired_at is not None)


_centre = centre_view


def worker_view(w: Worker) -> WorkerView:
    return WorkerView(w.id, w.username, w.full_name, w.role, w.centre_id, w.active, w.job_title, w.job_title_form,
                      w.phone, w.email)


_worker = worker_view
