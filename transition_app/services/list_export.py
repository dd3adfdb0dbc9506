"""The family list, the due list and the dashboard as spreadsheet files (XLSX and CSV).  Qt-free.

What a person exports is what they see: the rows come from ``FamilyService.search`` and
``ChecklistService.due_within`` / ``dashboard``, which follow ``services.scope``; the columns
that are confidential for a role are left out for it (the decision date and the protection
status need ``VIEW_DECISION``: not for admin buddies).  National register numbers, card
numbers, contacts and notes are never in a list export.

* **XLSX** (openpyxl, write-only: 100,000 rows stay light): a title row saying what the list is and
  the day (the context's clock), a row saying whose families it covers, a row with the filters,
  then the header row, frozen, with an auto-filter and repeated on every printed page; dates are
  real date cells (``DD/MM/YYYY``), numbers are numbers, columns are as wide as their contents.
  The dashboard is one workbook with a sheet per table (summary, families by days left, overdue
  steps, reunification windows).  Arabic sheets are laid out right to left.
* **CSV**: UTF-8 with a byte order mark and ``;`` between fields (``,`` on request), CRLF line ends,
  ISO dates (YYYY-MM-DD): Excel as set up in Belgium opens it in columns with its accents and
  recognises the dates.  A list starts with its header row (it can be read back as it is); the
  dashboard is one file of sections: its title lines, then each table with its name, its header
  row and its rows, a blank line between them.

Texts that start with ``=``, ``+``, ``-``, ``@`` (a name typed so) are never formulas: XLSX cells
are typed as text, CSV fields get a leading apostrophe.  Files are written atomically and are
readable by their owner only (0600).  Every export is one ``LIST_EXPORT`` audit entry: which
list, format, row count and the filters as codes (the search text only as "a search was used");
no names, no file path.  Headers and labels are in ``ExportTexts.language`` (the interface's, in
the desktop application; English on the command line).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from transition_app import APP_NAME
from transition_app.access.permissions import SYSTEM, Actor, Permission
from transition_app.clock import SYSTEM_CLOCK, Today
from transition_app.domain import directory, enums
from transition_app.domain.languages import registry
from transition_app.domain.reference import languages, nationality_name
from transition_app.domain.validation import ErrorCode, ServiceError
from transition_app.i18n import INTERFACE_LANGUAGES
from transition_app.i18n.noop import QT_TRANSLATE_NOOP
from transition_app.services.audit import AuditAction, record
from transition_app.services.dto import FamilyQuery
from transition_app.services.scope import family_scope
from transition_app.store.database import Database
from transition_app.store.models import ChecklistPlan, Family, ProtectionDecision, ReceptionCentre, Worker

CTX = "ListExport"
FORMATS = ("csv", "xlsx")
SEPARATORS = (";", ",")
#: Rows an XLSX sheet holds (1,048,576) less the title and header rows.
MAX_ROWS = 1_048_570
DATE_FORMAT = "DD/MM/YYYY"  # the Belgian way, whatever the spreadsheet's own language
PROGRESS_EVERY = 500
HEADER_ROW = 5  # in a sheet: title, scope, filters, a blank row, then the header

UNKNOWN_FORMAT = ErrorCode("list_export.unknown_format", QT_TRANSLATE_NOOP(
    "Services", "Unknown file format '{format}': use csv or xlsx."))
BAD_SEPARATOR = ErrorCode("list_export.bad_separator", QT_TRANSLATE_NOOP(
    "Services", "A CSV file is separated by ';' or ','."))
NEGATIVE_DAYS = ErrorCode("list_export.negative_days", QT_TRANSLATE_NOOP(
    "Services", "The number of days must be 0 or more."))
TOO_MANY_ROWS = ErrorCode("list_export.too_many_rows", QT_TRANSLATE_NOOP(
    "Services", "This list has {rows} rows, more than a spreadsheet holds ({max}). Narrow it with a filter."))
CANNOT_WRITE = ErrorCode("list_export.cannot_write", QT_TRANSLATE_NOOP(
    "Services", "The file could not be written ({reason}). Choose another folder or name."))
CANCELLED = ErrorCode("list_export.cancelled", QT_TRANSLATE_NOOP(
    "Services", "The export was cancelled; no file was written."))

# Titles and headers (context "ListExport")
T_FAMILIES = QT_TRANSLATE_NOOP("ListExport", "Family list")
T_DUE = QT_TRANSLATE_NOOP("ListExport", "Steps due within {days} days or overdue")
T_DASHBOARD = QT_TRANSLATE_NOOP("ListExport", "Dashboard")
T_ON = QT_TRANSLATE_NOOP("ListExport", "{what} — {date}")
S_ALL = QT_TRANSLATE_NOOP("ListExport", "Families: every family (exported by {name}, coordinator)")
S_CENTRE = QT_TRANSLATE_NOOP("ListExport", "Families: those of {centre} and those {name} follows or recorded")
S_OWN = QT_TRANSLATE_NOOP("ListExport", "Families: those {name} follows or recorded")
S_BUDDY = QT_TRANSLATE_NOOP("ListExport", "Families: those assigned to {name} (admin buddy; without the "
                                          "protection decision)")
F_NONE = QT_TRANSLATE_NOOP("ListExport", "No filter")
F_LABEL = QT_TRANSLATE_NOOP("ListExport", "Filters: {filters}")
F_SEARCH = QT_TRANSLATE_NOOP("ListExport", "search “{text}”")
F_STATUS = QT_TRANSLATE_NOOP("ListExport", "status: {status}")
F_ALL_BUT_ARCHIVED = QT_TRANSLATE_NOOP("ListExport", "every status but archived")
F_WORKER = QT_TRANSLATE_NOOP("ListExport", "social worker: {name}")
F_WHOLE_CENTRE = QT_TRANSLATE_NOOP("ListExport", "every worker")
F_NATIONALITY = QT_TRANSLATE_NOOP("ListExport", "nationality: {name}")
F_LANGUAGE = QT_TRANSLATE_NOOP("ListExport", "language: {name}")
F_TRACK = QT_TRANSLATE_NOOP("ListExport", "track: {name}")
F_WITHIN = QT_TRANSLATE_NOOP("ListExport", "due within {days} days")
F_LIMIT = QT_TRANSLATE_NOOP("ListExport", "the first {n} families")
H_CASE = QT_TRANSLATE_NOOP("ListExport", "Case number")
H_HOUSEHOLD = QT_TRANSLATE_NOOP("ListExport", "Household")
H_MEMBERS = QT_TRANSLATE_NOOP("ListExport", "Members")
H_STATUS = QT_TRANSLATE_NOOP("ListExport", "Status")
H_WORKER = QT_TRANSLATE_NOOP("ListExport", "Social worker")
H_NATIONALITIES = QT_TRANSLATE_NOOP("ListExport", "Nationalities")
H_LANGUAGES = QT_TRANSLATE_NOOP("ListExport", "Languages")
H_DESTINATION = QT_TRANSLATE_NOOP("ListExport", "Destination municipality")
H_ARRIVAL = QT_TRANSLATE_NOOP("ListExport", "Arrival")
H_DECISION = QT_TRANSLATE_NOOP("ListExport", "Decision date")
H_PROTECTION = QT_TRANSLATE_NOOP("ListExport", "Protection status")
H_EXIT_DUE = QT_TRANSLATE_NOOP("ListExport", "Leave reception by")
H_DAYS_LEFT = QT_TRANSLATE_NOOP("ListExport", "Days left")
H_DUE = QT_TRANSLATE_NOOP("ListExport", "Due")
H_WAS_DUE = QT_TRANSLATE_NOOP("ListExport", "Was due")
H_DAYS_LATE = QT_TRANSLATE_NOOP("ListExport", "Days late")
H_TRACK = QT_TRANSLATE_NOOP("ListExport", "Track")
H_STEP = QT_TRANSLATE_NOOP("ListExport", "Step")
H_STEP_STATUS = QT_TRANSLATE_NOOP("ListExport", "Step status")
H_OPEN = QT_TRANSLATE_NOOP("ListExport", "Open steps")
H_OVERDUE = QT_TRANSLATE_NOOP("ListExport", "Overdue steps")
H_WINDOW_END = QT_TRANSLATE_NOOP("ListExport", "Favourable window ends")
H_APPLICATION = QT_TRANSLATE_NOOP("ListExport", "Application")
H_MEASURE = QT_TRANSLATE_NOOP("ListExport", "Measure")
H_NUMBER = QT_TRANSLATE_NOOP("ListExport", "Number")
SH_FAMILIES = QT_TRANSLATE_NOOP("ListExport", "Families")
SH_DUE = QT_TRANSLATE_NOOP("ListExport", "Due steps")
SH_SUMMARY = QT_TRANSLATE_NOOP("ListExport", "Summary")
SH_BY_EXIT = QT_TRANSLATE_NOOP("ListExport", "Families by days left")
SH_OVERDUE = QT_TRANSLATE_NOOP("ListExport", "Overdue steps")
SH_REUNIFICATION = QT_TRANSLATE_NOOP("ListExport", "Reunification windows")
M_TRANSITION = QT_TRANSLATE_NOOP("ListExport", "Families still in reception")
M_OVERDUE = QT_TRANSLATE_NOOP("ListExport", "Overdue steps")
M_DUE_SOON = QT_TRANSLATE_NOOP("ListExport", "Steps due within {days} days")
M_REUNIFICATION = QT_TRANSLATE_NOOP("ListExport", "Family reunification windows closing within {days} days")
M_BUCKET = QT_TRANSLATE_NOOP("ListExport", "Days left before leaving reception: {bucket}")
BUCKETS = {
    "overdue": QT_TRANSLATE_NOOP("DashboardView", "overdue"),
    "0-7": QT_TRANSLATE_NOOP("DashboardView", "0–7 days"),
    "8-14": QT_TRANSLATE_NOOP("DashboardView", "8–14 days"),
    "15-30": QT_TRANSLATE_NOOP("DashboardView", "15–30 days"),
    "31-60": QT_TRANSLATE_NOOP("DashboardView", "31–60 days"),
    "61+": QT_TRANSLATE_NOOP("DashboardView", "more than 60 days"),
    "unknown": QT_TRANSLATE_NOOP("DashboardView", "no date"),
}
# The vocabularies, with the contexts and source texts the interface shows them with
# (ui/labels.py, ui/views/checklist_view.py, ui/views/dashboard.py): one translation each.
FAMILY_STATUS = {
    "awaiting_decision": QT_TRANSLATE_NOOP("Labels", "Awaiting decision"),
    "transition": QT_TRANSLATE_NOOP("Labels", "In transition"),
    "left": QT_TRANSLATE_NOOP("Labels", "Left the centre"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
}
PROTECTION = {
    "refugee": QT_TRANSLATE_NOOP("Labels", "Refugee status"),
    "subsidiary": QT_TRANSLATE_NOOP("Labels", "Subsidiary protection"),
}
STEP_STATUS = {
    "todo": QT_TRANSLATE_NOOP("ChecklistView", "To do"),
    "in_progress": QT_TRANSLATE_NOOP("ChecklistView", "In progress"),
    "waiting": QT_TRANSLATE_NOOP("ChecklistView", "Waiting for someone else"),
    "done": QT_TRANSLATE_NOOP("ChecklistView", "Done"),
    "not_applicable": QT_TRANSLATE_NOOP("ChecklistView", "Not applicable"),
    "blocked": QT_TRANSLATE_NOOP("ChecklistView", "Blocked"),
}
TRACK_CUSTOM = QT_TRANSLATE_NOOP("Checklist", "Added by hand")
DARI = QT_TRANSLATE_NOOP("Labels", "Dari")
_CONTEXT_OF = {**{v: "Labels" for v in (*FAMILY_STATUS.values(), *PROTECTION.values(), DARI)},
               **{v: "ChecklistView" for v in STEP_STATUS.values()}, **{v: "DashboardView" for v in BUCKETS.values()},
               TRACK_CUSTOM: "Checklist"}
_BABEL_LOCALES = {c: registry()[c].ui_locale for c in INTERFACE_LANGUAGES}  # the interface's locales
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ALL_FAMILIES = FamilyQuery()


def _english(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class ExportTexts:
    """The language of the headers and labels, and how to translate a marked source text
    (``translator(context, text)``; the desktop application passes Qt's translation)."""

    language: str = "en"
    translator: Callable[[str, str], str] = _english

    def __call__(self, text: str, context: str | None = None) -> str:
        return self.translator(context or _CONTEXT_OF.get(text, CTX), text)

    @property
    def right_to_left(self) -> bool:
        lang = languages().get(self.language)
        return bool(lang and lang.direction == "rtl")

    def date(self, day: dt.date) -> str:
        from babel.dates import format_date

        return format_date(day, format="long", locale=_BABEL_LOCALES.get(self.language, "en_BE"))

    def country(self, code: str) -> str:
        try:
            return nationality_name(code, _BABEL_LOCALES.get(self.language, "en")).strip() or code
        except ValueError:
            return code

    def language_name(self, code: str) -> str:
        """As the interface names it (ui.labels.language_name): CLDR via Babel, else English."""
        from babel import Locale, UnknownLocaleError

        lang = languages().get(code)
        if lang is None:
            return code
        if code == "prs":  # CLDR calls Dari "Persian (Afghanistan)"
            return self(DARI)
        if self.language == "en":
            return lang.name_en
        try:
            name = Locale.parse(lang.babel_locale).get_display_name(self.language) or lang.name_en
        except (UnknownLocaleError, ValueError):
            name = lang.name_en
        return name[:1].upper() + name[1:]

    def municipality(self, nis: str | None) -> str:
        m = directory.municipality(nis) if nis else None
        if m is None:
            return nis or ""
        return m.name(self.language if self.language in ("nl", "fr", "de") else None)

    def step_text(self, text: str) -> str:
        """A step or track title of the checklist template, in this language."""
        from transition_app.services.checklist_text import template_text

        localized = template_text(text, self.language)
        return localized if localized != text else self.translator("ChecklistData", text)


@dataclass(frozen=True)
class Column:
    title: str  # translated
    kind: str = "text"  # text | date | int


@dataclass
class Sheet:
    name: str  # translated
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)


@dataclass
class ListDocument:
    """What is written: title lines (translated) and one table (a list) or several (the dashboard)."""

    title: str
    scope: str
    filters: str
    sheets: list[Sheet]
    right_to_left: bool = False

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    list: str  # families | due | dashboard
    format: str
    rows: int


class ExportCancelled(ServiceError):
    """Raised as ``ExportCancelled(CANCELLED)`` when the progress callback says stop."""


Progress = Callable[[int, int], bool]


class ListExportService:
    """Exports of the lists ``actor`` sees; needs nothing more than seeing families (``VIEW_FAMILY``)."""

    def __init__(self, db: Database, families: Any, checklists: Any, today: Today = SYSTEM_CLOCK,
                 actor: Actor = SYSTEM):
        self.db = db
        self.families = families  # FamilyService of the same actor
        self.checklists = checklists  # ChecklistService of the same actor
        self.today = today
        self.actor = actor

    # ----------------------------------------------------------------- the three lists
    def family_document(self, query: FamilyQuery = ALL_FAMILIES, limit: int | None = None,
                        texts: ExportTexts = ExportTexts()) -> ListDocument:
        """The family list as filtered by ``query`` (the main window's filters), with the columns
        the actor's role may see."""
        self.actor.require(Permission.VIEW_FAMILY)
        today = self.today()
        rows = self.families.search(query, limit=limit)
        decision = self.actor.can(Permission.VIEW_DECISION)
        extras = self._family_extras(decision)
        columns = [Column(texts(H_CASE)), Column(texts(H_HOUSEHOLD)), Column(texts(H_MEMBERS), "int"),
                   Column(texts(H_STATUS)), Column(texts(H_WORKER)), Column(texts(H_NATIONALITIES)),
                   Column(texts(H_LANGUAGES)), Column(texts(H_DESTINATION)), Column(texts(H_ARRIVAL), "date")]
        if decision:
            columns += [Column(texts(H_PROTECTION)), Column(texts(H_DECISION), "date")]
        columns += [Column(texts(H_EXIT_DUE), "date"), Column(texts(H_DAYS_LEFT), "int")]
        countries: dict[str, str] = {}
        langs: dict[str, str] = {}
        out: list[tuple[Any, ...]] = []
        for r in rows:
            destination, arrival, exit_due, protection = extras.get(r.id, (None, None, None, None))
            values: list[Any] = [
                r.case_number, r.household_name, r.member_count, self._label(texts, FAMILY_STATUS, r.status),
                r.worker_name or "",
                ", ".join(countries[c] if c in countries else countries.setdefault(c, texts.country(c))
                          for c in r.nationality_codes),
                ", ".join(langs[c] if c in langs else langs.setdefault(c, texts.language_name(c))
                          for c in r.language_codes),
                texts.municipality(destination), arrival]
            if decision:
                values += [self._label(texts, PROTECTION, protection), r.decision_date]
            waiting = exit_due is not None and r.status == enums.FamilyStatus.TRANSITION  # still in reception
            values += [exit_due, (exit_due - today).days if waiting else None]
            out.append(tuple(values))
        filters = self._family_filters(query, limit, texts)
        return ListDocument(texts(T_ON).format(what=texts(T_FAMILIES), date=texts.date(today)),
                            self._scope(texts), filters, [Sheet(texts(SH_FAMILIES), tuple(columns), out)],
                            texts.right_to_left)

    def due_document(self, within_days: int, worker_id: int | None = None, track: str | None = None,
                     texts: ExportTexts = ExportTexts()) -> ListDocument:
        """The morning list: open steps due within ``within_days`` days, overdue ones first."""
        self.actor.require(Permission.VIEW_FAMILY)
        if within_days < 0:
            raise ServiceError(NEGATIVE_DAYS)
        today = self.today()
        items = self.checklists.due_within(within_days, worker_id=worker_id, track=track)
        tracks = self._track_titles(texts)
        columns = (Column(texts(H_DUE), "date"), Column(texts(H_DAYS_LEFT), "int"), Column(texts(H_CASE)),
                   Column(texts(H_HOUSEHOLD)), Column(texts(H_WORKER)), Column(texts(H_TRACK)),
                   Column(texts(H_STEP)), Column(texts(H_STEP_STATUS)))
        rows = [(i.due_date, i.days_left, i.case_number, i.household_name, i.worker_name or "",
                 tracks.get(i.track, i.track), texts.step_text(i.title), self._label(texts, STEP_STATUS, i.status))
                for i in items]
        filters = self._step_filters(worker_id, track, None, texts)
        return ListDocument(texts(T_ON).format(what=texts(T_DUE).format(days=within_days), date=texts.date(today)),
                            self._scope(texts), filters, [Sheet(texts(SH_DUE), columns, rows)], texts.right_to_left)

    def dashboard_document(self, worker_id: int | None = None, track: str | None = None, within_days: int = 30,
                           texts: ExportTexts = ExportTexts()) -> ListDocument:
        """The dashboard's counts and its three tables, every row (the window shows the first ones)."""
        from transition_app.services.checklist import EXIT_BUCKETS

        self.actor.require(Permission.VIEW_FAMILY)
        if within_days < 0:
            raise ServiceError(NEGATIVE_DAYS)
        today = self.today()
        d = self.checklists.dashboard(worker_id=worker_id, track=track, within_days=within_days,
                                      limit=MAX_ROWS + 1)
        tracks = self._track_titles(texts)
        summary = Sheet(texts(SH_SUMMARY), (Column(texts(H_MEASURE)), Column(texts(H_NUMBER), "int")), [
            (texts(M_TRANSITION), d.families_in_transition), (texts(M_OVERDUE), d.overdue_total),
            (texts(M_DUE_SOON).format(days=within_days), d.due_soon_total),
            (texts(M_REUNIFICATION).format(days=within_days), d.reunification_total),
            *[(texts(M_BUCKET).format(bucket=texts(BUCKETS[key])), d.bucket(key)) for key, _lo, _hi in EXIT_BUCKETS],
        ])
        by_exit = Sheet(texts(SH_BY_EXIT), (
            Column(texts(H_EXIT_DUE), "date"), Column(texts(H_DAYS_LEFT), "int"), Column(texts(H_CASE)),
            Column(texts(H_HOUSEHOLD)), Column(texts(H_WORKER)), Column(texts(H_OPEN), "int"),
            Column(texts(H_OVERDUE), "int")),
            [(f.exit_due, f.days_left, f.case_number, f.household_name, f.worker_name or "", f.open_steps,
              f.overdue_steps) for f in d.families])
        overdue = Sheet(texts(SH_OVERDUE), (
            Column(texts(H_WAS_DUE), "date"), Column(texts(H_DAYS_LATE), "int"), Column(texts(H_CASE)),
            Column(texts(H_HOUSEHOLD)), Column(texts(H_WORKER)), Column(texts(H_TRACK)), Column(texts(H_STEP)),
            Column(texts(H_STEP_STATUS))),
            [(i.due_date, -i.days_left, i.case_number, i.household_name, i.worker_name or "",
              tracks.get(i.track, i.track), texts.step_text(i.title), self._label(texts, STEP_STATUS, i.status))
             for i in d.overdue])
        reunification = Sheet(texts(SH_REUNIFICATION), (
            Column(texts(H_WINDOW_END), "date"), Column(texts(H_DAYS_LEFT), "int"), Column(texts(H_CASE)),
            Column(texts(H_HOUSEHOLD)), Column(texts(H_WORKER)), Column(texts(H_APPLICATION))),
            [(r.window_end, r.days_left, r.case_number, r.household_name, r.worker_name or "",
              self._label(texts, STEP_STATUS, r.step_status)) for r in d.reunification])
        filters = self._step_filters(worker_id, track, within_days, texts)
        return ListDocument(texts(T_ON).format(what=texts(T_DASHBOARD), date=texts.date(today)), self._scope(texts),
                            filters, [summary, by_exit, overdue, reunification], texts.right_to_left)

    # ----------------------------------------------------------------- writing (and the audit entry)
    def export_families(self, path: str | os.PathLike[str], fmt: str, query: FamilyQuery = ALL_FAMILIES, *,
                        limit: int | None = None, separator: str = ";", texts: ExportTexts = ExportTexts(),
                        progress: Progress | None = None) -> ExportResult:
        self._check(fmt, separator)
        doc = self.family_document(query, limit, texts)
        filters = {"status": query.status, "worker_id": query.worker_id, "nationality": query.nationality,
                   "language": query.language, "search": True if query.text.strip() else None,
                   "include_archived": query.include_archived or None, "limit": limit}
        return self._write("families", doc, path, fmt, separator, progress, filters)

    def export_due(self, path: str | os.PathLike[str], fmt: str, within_days: int, *, worker_id: int | None = None,
                   track: str | None = None, separator: str = ";", texts: ExportTexts = ExportTexts(),
                   progress: Progress | None = None) -> ExportResult:
        self._check(fmt, separator)
        doc = self.due_document(within_days, worker_id, track, texts)
        filters = {"within_days": within_days, "worker_id": worker_id, "track": track}
        return self._write("due", doc, path, fmt, separator, progress, filters)

    def export_dashboard(self, path: str | os.PathLike[str], fmt: str, *, worker_id: int | None = None,
                         track: str | None = None, within_days: int = 30, separator: str = ";",
                         texts: ExportTexts = ExportTexts(), progress: Progress | None = None) -> ExportResult:
        self._check(fmt, separator)
        doc = self.dashboard_document(worker_id, track, within_days, texts)
        filters = {"within_days": within_days, "worker_id": worker_id, "track": track}
        return self._write("dashboard", doc, path, fmt, separator, progress, filters)

    @staticmethod
    def _check(fmt: str, separator: str) -> None:
        if fmt not in FORMATS:
            raise ServiceError(UNKNOWN_FORMAT, format=fmt)
        if separator not in SEPARATORS:
            raise ServiceError(BAD_SEPARATOR)

    def _write(self, which: str, doc: ListDocument, path: str | os.PathLike[str], fmt: str, separator: str,
               progress: Progress | None, filters: dict[str, Any]) -> ExportResult:
        """Write ``doc`` atomically (0600) and record it, in one transaction: a failed or cancelled
        export leaves neither a file nor an audit entry."""
        from transition_app.documents.output import atomic_writer

        largest = max((len(s.rows) for s in doc.sheets), default=0)
        if fmt == "xlsx" and largest > MAX_ROWS:
            raise ServiceError(TOO_MANY_ROWS, rows=largest, max=MAX_ROWS)
        target = Path(path)
        counter = _Counter(doc.row_count, progress)
        try:
            with self.db.session() as s:
                with atomic_writer(target, mode=0o600) as fh:
                    if fmt == "xlsx":
                        write_xlsx(doc, fh, counter, self.today())
                    else:
                        write_csv(doc, fh, separator, counter, sectioned=which == "dashboard")
                    record(s, self.actor, AuditAction.LIST_EXPORT, list=which, format=fmt, rows=doc.row_count,
                           filters={k: v for k, v in filters.items() if v is not None})
        except OSError as exc:
            raise ServiceError(CANNOT_WRITE, reason=exc.strerror or type(exc).__name__) from None
        return ExportResult(target, which, fmt, doc.row_count)

    # ----------------------------------------------------------------- helpers
    @staticmethod
    def _label(texts: ExportTexts, table: dict[str, str], code: str | None) -> str:
        if code is None:
            return ""
        return texts(table[code]) if code in table else code

    def _family_extras(self, decision: bool) -> dict[int, tuple[Any, ...]]:
        """Destination, arrival, exit due (and protection type) of the families the actor sees."""
        stmt = (select(Family.id, Family.destination_nis, Family.arrival_date, ChecklistPlan.exit_due,
                       ProtectionDecision.protection_type if decision else Family.id)
                .outerjoin(ChecklistPlan, ChecklistPlan.family_id == Family.id)
                .outerjoin(ProtectionDecision, ProtectionDecision.family_id == Family.id))
        scope = family_scope(self.actor)
        if scope is not None:
            stmt = stmt.where(scope)
        with self.db.engine.connect() as conn:
            return {fid: (dest, arrival, exit_due, prot if decision else None)
                    for fid, dest, arrival, exit_due, prot in conn.execute(stmt)}

    def _track_titles(self, texts: ExportTexts) -> dict[str, str]:
        return {t.id: texts(TRACK_CUSTOM) if t.id == "custom" else texts.step_text(t.title)
                for t in self.checklists.tracks()}

    def _names(self, worker_ids: Iterable[int | None]) -> dict[int, str]:
        ids = [i for i in worker_ids if i is not None]
        if not ids:
            return {}
        with self.db.read() as s:
            return {wid: name for wid, name in s.execute(select(Worker.id, Worker.full_name).where(Worker.id.in_(ids)))}

    def _scope(self, texts: ExportTexts) -> str:
        actor = self.actor
        name = self._names([actor.worker_id]).get(actor.worker_id or -1, actor.username)
        if actor.role == enums.Role.COORDINATOR:
            return texts(S_ALL).format(name=name)
        if actor.role == enums.Role.ADMIN_BUDDY:
            return texts(S_BUDDY).format(name=name)
        centre = None
        if actor.centre_id is not None:
            with self.db.read() as s:
                centre = s.scalar(select(ReceptionCentre.name).where(ReceptionCentre.id == actor.centre_id))
        return texts(S_CENTRE).format(centre=centre, name=name) if centre else texts(S_OWN).format(name=name)

    def _family_filters(self, query: FamilyQuery, limit: int | None, texts: ExportTexts) -> str:
        parts = []
        if query.text.strip():
            parts.append(texts(F_SEARCH).format(text=query.text.strip()))
        if query.status:
            parts.append(texts(F_STATUS).format(status=self._label(texts, FAMILY_STATUS, query.status)))
        elif not query.include_archived:
            parts.append(texts(F_ALL_BUT_ARCHIVED))
        if query.worker_id is not None:
            parts.append(texts(F_WORKER).format(name=self._names([query.worker_id]).get(query.worker_id, "?")))
        if query.nationality:
            parts.append(texts(F_NATIONALITY).format(name=texts.country(query.nationality)))
        if query.language:
            parts.append(texts(F_LANGUAGE).format(name=texts.language_name(query.language)))
        if limit is not None:
            parts.append(texts(F_LIMIT).format(n=limit))
        return texts(F_LABEL).format(filters="; ".join(parts)) if parts else texts(F_NONE)

    def _step_filters(self, worker_id: int | None, track: str | None, within_days: int | None,
                      texts: ExportTexts) -> str:
        parts = [texts(F_WORKER).format(name=self._names([worker_id]).get(worker_id, "?"))
                 if worker_id is not None else texts(F_WHOLE_CENTRE)]
        if track is not None:
            parts.append(texts(F_TRACK).format(name=self._track_titles(texts).get(track, track)))
        if within_days is not None:
            parts.append(texts(F_WITHIN).format(days=within_days))
        return texts(F_LABEL).format(filters="; ".join(parts))


# --------------------------------------------------------------------------- file formats


class _Counter:
    """Calls ``progress(done, total)`` every few hundred rows; stops the export when it says so."""

    def __init__(self, total: int, progress: Progress | None):
        self.total, self.done, self.progress = total, 0, progress

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None and (self.done % PROGRESS_EVERY == 0 or self.done == self.total):
            if self.progress(self.done, self.total) is False:
                raise ExportCancelled(CANCELLED)

    def start(self) -> None:
        if self.progress is not None and self.progress(0, self.total) is False:
            raise ExportCancelled(CANCELLED)


def _safe_text(value: str) -> str:
    """A text a spreadsheet never runs as a formula (CSV: a leading apostrophe)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return _safe_text(value)
    return value


def write_csv(doc: ListDocument, fh: Any, separator: str = ";", counter: _Counter | None = None, *,
              sectioned: bool = False) -> None:
    """UTF-8 with BOM, ``separator`` between fields, CRLF; a list starts with its header row, a
    ``sectioned`` document (the dashboard) with its title lines and a section per table."""
    counter = counter or _Counter(doc.row_count, None)
    counter.start()
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="", write_through=False)
    writer = csv.writer(text, delimiter=separator, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if sectioned:
        for line in (doc.title, doc.scope, doc.filters):
            writer.writerow([_safe_text(line)])
    for sheet in doc.sheets:
        if sectioned:
            writer.writerow([])
            writer.writerow([_safe_text(sheet.name)])
        writer.writerow([_safe_text(c.title) for c in sheet.columns])
        for row in sheet.rows:
            writer.writerow([_csv_value(v) for v in row])
            counter.tick()
    text.flush()
    text.detach()  # the binary stream stays open for the atomic writer


def _sheet_title(name: str, used: set[str]) -> str:
    """A valid, unique worksheet name (at most 31 characters, none of []:*?/\\)."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip()[:31] or "Sheet"
    title, n = clean, 2
    while title.casefold() in used:
        suffix = f" ({n})"
        title, n = clean[:31 - len(suffix)] + suffix, n + 1
    used.add(title.casefold())
    return title


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def write_xlsx(doc: ListDocument, fh: Any, counter: _Counter | None = None,
               today: dt.date | None = None) -> None:
    """One sheet per table: title rows, the frozen header row with an auto-filter, typed cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    counter = counter or _Counter(doc.row_count, None)
    counter.start()
    wb = Workbook(write_only=True)
    wb.properties.creator = APP_NAME
    wb.properties.lastModifiedBy = APP_NAME
    wb.properties.title = doc.title
    if today is not None:  # the context's clock, not the computer's
        wb.properties.created = wb.properties.modified = dt.datetime.combine(today, dt.time())
    title_font, bold = Font(bold=True, size=14), Font(bold=True)
    header_fill = PatternFill("solid", fgColor="E0E0E0")
    header_border = Border(bottom=Side(style="thin", color="808080"))
    used: set[str] = set()
    cancelled = False
    for sheet in doc.sheets:
        if cancelled:
            break
        ws = wb.create_sheet(_sheet_title(sheet.name, used))
        if doc.right_to_left:
            ws.sheet_view.rightToLeft = True
        widths = [max([_width(c.title), *(_width(r[i]) for r in sheet.rows)]) for i, c in enumerate(sheet.columns)]
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(max(w + 2, 8), 60)
        ws.freeze_panes = f"A{HEADER_ROW + 1}"
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"  # the header on every printed page
        if sheet.rows:
            ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(sheet.columns))}{HEADER_ROW + len(sheet.rows)}"

        def text_cell(value: str, font: Font | None = None, ws: Any = ws) -> WriteOnlyCell:
            cell = WriteOnlyCell(ws, value)
            cell.data_type = "s"  # never a formula, even when it starts with "="
            if font is not None:
                cell.font = font
            return cell

        ws.append([text_cell(doc.title, title_font)])
        ws.append([text_cell(doc.scope)])
        ws.append([text_cell(doc.filters)])
        ws.append([])
        header = []
        for c in sheet.columns:
            cell = text_cell(c.title, bold)
            cell.fill, cell.border = header_fill, header_border
            header.append(cell)
        ws.append(header)
        kinds = [c.kind for c in sheet.columns]
        for row in sheet.rows:
            cells: list[Any] = []
            for kind, value in zip(kinds, row, strict=True):
                if value is None or value == "":
                    cells.append(None)
                elif kind == "date":
                    cell = WriteOnlyCell(ws, value)
                    cell.number_format = DATE_FORMAT
                    cells.append(cell)
                elif kind == "int":
                    cells.append(value)
                else:
                    text = str(value)  # openpyxl would take "=..." for a formula: typed as text
                    cells.append(text_cell(text) if text.startswith("=") else text)
            ws.append(cells)
            try:
                counter.tick()
            except ExportCancelled:
                cancelled = True
                break
    wb.save(fh)  # also when cancelled: it closes the sheets' XML streams (the file is thrown away)
    if cancelled:
        raise ExportCancelled(CANCELLED)
