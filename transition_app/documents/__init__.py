"""Qt-free document core: one model (:mod:`.model`), two renderers (:mod:`.pdf`, :mod:`.docx`).

    from transition_app.documents import model as m, render_pdf, write_docx
    pdf_bytes = render_pdf(m.Document(...))

Renderers are imported lazily so that importing the model stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from transition_app.documents import model
from transition_app.documents.output import atomic_writer, write_atomic
from transition_app.documents.scripts import Direction, Script, is_rtl, isolate_ltr, language_info

if TYPE_CHECKING:
    from transition_app.documents.docx import render_docx, write_docx
    from transition_app.documents.pdf import render_pdf, write_pdf

_LAZY = {"render_pdf": "pdf", "write_pdf": "pdf", "render_docx": "docx", "write_docx": "docx"}

__all__ = ["model", "render_pdf", "write_pdf", "render_docx", "write_docx", "atomic_writer",
           "write_atomic", "Direction", "Script", "is_rtl", "isolate_ltr", "language_info"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f"transition_app.documents.{_LAZY[name]}")
        return getattr(module, name)
    raise AttributeError(name)
