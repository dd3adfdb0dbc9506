"""Tamper evidence for the audit log: each entry's hash covers the previous entry's hash.

``entry_hash(prev, fields)`` = SHA-256 over the previous hash and a canonical JSON of the
entry's fields.  Changing, inserting or deleting an entry breaks every hash after it,
which ``verify_chain`` reports (with the first entry where the chain breaks).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def canonical(fields: Mapping[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def entry_hash(previous: str, fields: Mapping[str, Any]) -> str:
    digest = hashlib.sha256()
    digest.update(previous.encode("ascii"))
    digest.update(canonical(fields))
    return digest.hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    reason: str


def verify_chain(entries: Iterable[tuple[int, str, str, Mapping[str, Any]]]) -> list[ChainBreak]:
    """Check ``(id, prev_hash, hash, fields)`` rows in id order; return the breaks found."""
    breaks: list[ChainBreak] = []
    expected_prev = GENESIS
    last_id: int | None = None
    for entry_id, prev, stored, fields in entries:
        if last_id is not None and entry_id != last_id + 1:
            breaks.append(ChainBreak(entry_id, f"entries {last_id + 1}–{entry_id - 1} are missing"))
        if prev != expected_prev:
            breaks.append(ChainBreak(entry_id, "does not follow the previous entry"))
        if entry_hash(prev, fields) != stored:
            breaks.append(ChainBreak(entry_id, "content changed after it was written"))
        expected_prev, last_id = stored, entry_id
    return breaks
