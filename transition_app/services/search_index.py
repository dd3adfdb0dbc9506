"""Search-as-you-type over family summaries held in memory.

Same matching rule as ``FamilyService.search`` (every folded word of the query is
contained in the family's folded search text, plus equality filters), but over a
list already loaded, so a keystroke costs a scan of plain strings and no query.
When the new text only extends the previous one with the same filters, only the
previous hits are scanned again.
"""

from __future__ import annotations

from collections.abc import Sequence

from transition_app.domain.enums import FamilyStatus
from transition_app.domain.text import tokens
from transition_app.services.dto import FamilyQuery, FamilySummary


def _filters(q: FamilyQuery) -> tuple[object, ...]:
    return (q.status, q.worker_id, q.nationality, q.language, q.include_archived)


class FamilyIndex:
    def __init__(self, rows: Sequence[FamilySummary]):
        self.rows: list[FamilySummary] = list(rows)
        self._texts = [r.search_text for r in self.rows]
        self._base_key: tuple[object, ...] | None = None
        self._base: list[int] = []
        self._last_query: FamilyQuery | None = None
        self._last_hits: list[int] = []
        self._recent: dict[str, list[int]] = {}  # text -> hits, for the current filters (backspace)
        self._filtered_base(FamilyQuery())  # warm the default filter before the first keystroke

    def __len__(self) -> int:
        return len(self.rows)

    def filter(self, query: FamilyQuery) -> list[int]:
        """Positions (in ``rows``) of the families matching ``query``, in list order."""
        last = self._last_query
        same_filters = last is not None and _filters(last) == _filters(query)
        if not same_filters:
            self._recent.clear()
        elif query.text in self._recent:  # e.g. deleting the last letter typed
            hits = self._recent[query.text]
            self._last_query, self._last_hits = query, hits
            return hits
        if same_filters and last is not None and query.text.startswith(last.text):
            candidates = self._last_hits
        else:
            candidates = self._filtered_base(query)
        texts = self._texts
        hits = candidates
        for tok in tokens(query.text):
            hits = [i for i in hits if tok in texts[i]]
        if hits is candidates:
            hits = list(candidates)
        self._last_query, self._last_hits = query, hits
        if len(self._recent) >= 64:
            self._recent.pop(next(iter(self._recent)))
        self._recent[query.text] = hits
        return hits

    def _filtered_base(self, q: FamilyQuery) -> list[int]:
        """Positions passing the equality filters (cached: they change far less often than the text)."""
        key = _filters(q)
        if key == self._base_key:
            return self._base
        rows = self.rows
        hits = list(range(len(rows)))
        if q.status:
            hits = [i for i in hits if rows[i].status == q.status]
        elif not q.include_archived:
            hits = [i for i in hits if rows[i].status != FamilyStatus.ARCHIVED]
        if q.worker_id is not None:
            hits = [i for i in hits if rows[i].worker_id == q.worker_id]
        if q.nationality:
            needle = f" {q.nationality} "
            hits = [i for i in hits if needle in rows[i].nationalities]
        if q.language:
            needle = f" {q.language} "
            hits = [i for i in hits if needle in rows[i].languages]
        self._base_key, self._base = key, hits
        return hits
