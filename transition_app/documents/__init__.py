"""Qt-free document core: one model (:mod:`.model`), two renderers (:mod:`.pdf`, :mod:`.docx`).

    from transition_app.documents import model as m, render_pdf, write_docx
    pdf_bytes = render_pdf(m.Document(...))
    authority_pdf, family_pdf = render_pdf_parts(letter)   # one file per part (model.Section.new_part)
    write_pdf_parts(letter, "letter.pdf")                   # letter.pdf + letter-family.pdf

Renderers are imported lazily so that importing the model stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from transition_app.documents import model
from transition_app.documents.output import atomic_writer, part_path, write_atomic
from transition_app.documents.scripts import Direction, Script, is_rtl, isolate_ltr, language_info

if TYPE_CHECKING:
    from transition_app.documents.docx import render_docx, render_docx_parts, write_docx, write_docx_parts
    from transition_app.documents.pdf import render_pdf, render_pdf_parts, write_pdf, write_pdf_parts

_LAZY = {"render_pdf": "pdf", "write_pdf": "pdf", "render_pdf_parts": "pdf", "write_pdf_parts": "pdf",
         "render_docx": "docx", "write_docx": "docx", "render_docx_parts": "docx", "write_docx_parts": "docx"}

__all__ = ["model", "render_pdf", "write_pdf", "render_pdf_parts", "write_pdf_parts", "render_docx",
           "write_docx", "render_docx_parts", "write_docx_parts", "atomic_writer", "write_atomic",
           "part_path", "Direction", "Script", "is_rtl", "isolate_ltr", "language_info"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f"transition_app.documents.{_LAZY[name]}")
        return getattr(module, name)
    raise AttributeError(name)
