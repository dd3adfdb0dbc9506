"""Roles, permissions and the acting user.  Enforced in the services (never only in the UI).

* coordinator: everything, including users, the audit log and retention;
* social worker: the families of their centre, all fields;
* admin buddy: only the families assigned to them; names, contact, languages, checklist
  steps and their guidance, appointments; never national register numbers, protection
  decision details, confidential notes, or other families.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from transition_app.domain.enums import Role
from transition_app.domain.validation import ErrorCode, PermissionDenied
from transition_app.i18n.noop import QT_TRANSLATE_NOOP


class Permission(StrEnum):
    VIEW_FAMILY = "view_family"
    EDIT_FAMILY = "edit_family"
    CREATE_FAMILY = "create_family"
    ARCHIVE_FAMILY = "archive_family"
    VIEW_NATIONAL_NUMBER = "view_national_number"
    VIEW_DECISION = "view_decision"
    VIEW_CONFIDENTIAL_NOTES = "view_confidential_notes"
    EDIT_CHECKLIST = "edit_checklist"
    MANAGE_APPOINTMENTS = "manage_appointments"
    ASSIGN_BUDDY = "assign_buddy"
    ISSUE_DOCUMENTS = "issue_documents"  # letters and dossiers
    EXPORT_DATA = "export_data"  # subject access exports, CSV
    ERASE_DATA = "erase_data"
    MANAGE_USERS = "manage_users"
    MANAGE_CENTRES = "manage_centres"  # create, edit and retire reception centres
    VIEW_AUDIT = "view_audit"
    MANAGE_RETENTION = "manage_retention"
    BACKUP = "backup"
    MAINTENANCE = "maintenance"  # recompute stored dates after a rule change, and the like
    EDIT_DIRECTORY = "edit_directory"  # addresses and opening hours of CPAS, agencies, NGOs


_ALL = frozenset(Permission)
_WORKER = _ALL - {Permission.MANAGE_USERS, Permission.MANAGE_CENTRES, Permission.VIEW_AUDIT,
                  Permission.MANAGE_RETENTION, Permission.ERASE_DATA, Permission.BACKUP, Permission.MAINTENANCE}
_BUDDY = frozenset({Permission.VIEW_FAMILY, Permission.EDIT_CHECKLIST, Permission.MANAGE_APPOINTMENTS})

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.COORDINATOR: _ALL,
    Role.SOCIAL_WORKER: _WORKER,
    Role.ADMIN_BUDDY: _BUDDY,
}

NOT_ALLOWED = ErrorCode("access.role_not_allowed", QT_TRANSLATE_NOOP("Services", "Your role does not allow this."))
NOT_YOUR_FAMILY = ErrorCode("access.not_your_family", QT_TRANSLATE_NOOP(
    "Services", "This family is not among the families you follow."))


@dataclass(frozen=True)
class Actor:
    """The signed-in person a service call acts for (recorded in the audit log)."""

    worker_id: int | None
    username: str
    role: str
    centre_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(NOT_ALLOWED)

    @property
    def is_buddy(self) -> bool:
        return self.role == Role.ADMIN_BUDDY


#: Used by maintenance commands that run without a person (migrations, retention on start-up)
#: and by tests; never by the GUI.
SYSTEM = Actor(worker_id=None, username="system", role=Role.COORDINATOR)
