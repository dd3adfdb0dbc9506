"""Print preview of a letter or dossier: pages, zoom, Print…, Save as PDF…, Save as DOCX….

The PDF is shown from bytes held in memory (``QPdfDocument`` reading a ``QBuffer``): the
preview writes no file, temporary or not.  Only the files the worker saves on purpose are
written, atomically, and the dialog says that they are not encrypted.  Printing renders
each page with ``QPdfDocument.render`` onto the ``QPrinter`` chosen in ``QPrintDialog``
(the printer is kept referenced while it is used).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from transition_app.ui import messages
from transition_app.ui.generated.ui_document_preview import Ui_DocumentPreviewDialog
from transition_app.ui.i18n import translate

log = logging.getLogger(__name__)
CTX = "DocumentPreviewDialog"
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
PRINT_DPI_CAP = 300  # pages are rendered at most at this resolution for the printer

#: ``save(fmt, path, data)`` writes (and e.g. records) a saved file; ``print(pages)`` records a print.
SaveHandler = Callable[[str, Path, bytes], None]


def write_file(_fmt: str, path: Path, data: bytes) -> None:
    from transition_app.documents.output import write_atomic

    write_atomic(path, data)


class DocumentPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, *, title: str, file_stem: str = "document",
                 docx: Callable[[], bytes] | None = None, on_save: SaveHandler | None = None,
                 on_print: Callable[[int], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DocumentPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.file_stem = file_stem
        self._docx = docx
        self._on_save = on_save or write_file
        self._on_print = on_print
        self._printer: QPrinter | None = None  # referenced while printing (Qt does not own it)
        self.saved: list[Path] = []

        # the document reads from memory: QByteArray -> QBuffer -> QPdfDocument (no file)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self.ui.viewContainer)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(translate("DocumentPreviewDialog", "Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.ui.viewLayout.addWidget(self.view)
        QWidget.setTabOrder(self.ui.zoomInButton, self.view)  # Tab: the controls above, the page, the buttons
        QWidget.setTabOrder(self.view, self.ui.printButton)
        self.view.setAccessibleDescription(translate(
            "DocumentPreviewDialog", "Arrow keys scroll the page; Page Up and Page Down go to the previous or "
                                     "next page."))

        ui = self.ui
        ui.zoomCombo.addItem(translate("DocumentPreviewDialog", "Fit width"), 0.0)
        for z in ZOOMS:
            ui.zoomCombo.addItem(f"{round(z * 100)} %", z)
        ui.zoomCombo.currentIndexChanged.connect(self._zoom_changed)
        ui.zoomInButton.clicked.connect(lambda: self.step_zoom(+1))
        ui.zoomOutButton.clicked.connect(lambda: self.step_zoom(-1))
        ui.previousButton.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        ui.nextButton.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        ui.pageSpin.valueChanged.connect(lambda v: self.go_to(v - 1))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        ui.printButton.clicked.connect(self.print_document)
        ui.savePdfButton.clicked.connect(lambda: self.save("pdf"))
        ui.saveDocxButton.clicked.connect(lambda: self.save("docx"))
        ui.saveDocxButton.setEnabled(docx is not None)
        ui.buttonBox.rejected.connect(self.reject)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
                           (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go_to(self.current_page() + 1)),
                           (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go_to(self.current_page() - 1)),
                           (QKeySequence.StandardKey.Print, self.print_document)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        # loaded (or failed) only: the document also changes status while being destroyed with the dialog
        self.document.statusChanged.connect(
            lambda status: self._update_pages() if status in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error)
            else None)
        self._update_pages()

    # ----------------------------------------------------------------- pages
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _update_pages(self) -> None:
        n = max(self.page_count(), 1)
        self.ui.pageSpin.blockSignals(True)
        self.ui.pageSpin.setMaximum(n)
        self.ui.pageSpin.blockSignals(False)
        self.ui.pageCountLabel.setText(translate("DocumentPreviewDialog", "of {count}").format(count=n))
        self._page_changed(self.current_page())

    def go_to(self, page: int) -> None:
        page = min(max(page, 0), max(self.page_count() - 1, 0))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def _page_changed(self, page: int) -> None:
        self.ui.pageSpin.blockSignals(True)
        self.ui.pageSpin.setValue(page + 1)
        self.ui.pageSpin.blockSignals(False)
        self.ui.previousButton.setEnabled(page > 0)
        self.ui.nextButton.setEnabled(page < self.page_count() - 1)

    # ------------------------------------------------------------------ zoom
    def _zoom_changed(self, index: int) -> None:
        factor = self.ui.zoomCombo.itemData(index)
        if not factor:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(factor))

    def step_zoom(self, direction: int) -> None:
        combo = self.ui.zoomCombo
        index = combo.currentIndex()
        if index == 0:  # from "fit width": the nearest fixed step
            index = ZOOMS.index(1.0) + 1
        combo.setCurrentIndex(min(max(index + direction, 1), combo.count() - 1))

    # ----------------------------------------------------------------- print
    def print_document(self) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(self.windowTitle())
        self._printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(self._printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self._printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render the pages (the printer's range, else all) onto ``printer``; returns the pages printed."""
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, self.page_count()
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        painter = QPainter()
        if not painter.begin(printer):
            messages.error(self, translate("DocumentPreviewDialog", "The printer could not be started."))
            return 0
        printed = 0
        try:
            for index in range(first - 1, min(last, self.page_count())):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(index, size)
                area = painter.viewport()
                scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area)
                painter.setWindow(area)
                painter.drawImage(QRect(area.x(), area.y(), scaled.width(), scaled.height()), image)
                printed += 1
        finally:
            painter.end()
        if printed and self._on_print is not None:
            self._on_print(printed)
        return printed

    # ------------------------------------------------------------------ save
    def _ask_path(self, fmt: str) -> Path | None:
        title = (translate("DocumentPreviewDialog", "Save as PDF") if fmt == "pdf"
                 else translate("DocumentPreviewDialog", "Save as DOCX"))
        kind = (translate("DocumentPreviewDialog", "PDF documents (*.pdf)") if fmt == "pdf"
                else translate("DocumentPreviewDialog", "Word documents (*.docx)"))
        name, _ = QFileDialog.getSaveFileName(self, title, f"{self.file_stem}.{fmt}", kind)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")

    def save(self, fmt: str) -> Path | None:
        path = self._ask_path(fmt)
        if path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self.pdf if fmt == "pdf" else self._docx()  # type: ignore[misc]
            self._on_save(fmt, path, data)
        except Exception as exc:  # noqa: BLE001 - shown as one message; the log has the type only
            log.error("saving a document failed: %s", type(exc).__name__)
            from transition_app.ui.errors import service_error_text

            QGuiApplication.restoreOverrideCursor()
            messages.error(self, translate("DocumentPreviewDialog", "The file could not be saved.") + "\n"
                           + service_error_text(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.saved.append(path)
        messages.show(self, translate("DocumentPreviewDialog", "Saved"),
                      translate("DocumentPreviewDialog",
                                "Saved {file}.\n\nThis file is not encrypted: it is a plain copy of personal data. "
                                "Keep it only as long as it is needed, and delete it afterwards.")
                      .format(file=path.name), QMessageBox.Icon.Information)
        return path

    def closeEvent(self, event) -> None:  # noqa: ANN001
        self.document.close()  # frees the pages; the bytes go with the dialog
        super().closeEvent(event)
