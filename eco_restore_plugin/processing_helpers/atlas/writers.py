"""Export: one PDF of pages from several layouts (:class:`PdfBook`), per-map PNG and PDF files."""
import os
import uuid

from qgis.core import QgsLayoutExporter, QgsRenderContext
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter

from ...i18n import tr
from .common import page_size_mm


def prepare_render(layout, dpi):
    ctx = layout.renderContext()
    ctx.setDpi(dpi)
    ctx.setTextRenderFormat(QgsRenderContext.TextFormatAlwaysText)
    ctx.setFlag(ctx.FlagForceVectorOutput, False)
    ctx.setFlag(ctx.FlagAntialiasing, True)


class PdfBook:
    """One PDF of pages from several layouts (QgsLayoutExporter exports a single layout only).

    Pages are painted with :meth:`QgsLayoutExporter.renderPage` on a PDF ``QPrinter``, each with its
    own paper size, so text stays text. Written to ``path`` (the caller renames it when complete).
    """

    def __init__(self, path, dpi=150):
        from qgis.PyQt.QtPrintSupport import QPrinter

        self.printer = QPrinter()
        self.printer.setOutputFormat(QPrinter.PdfFormat)
        self.printer.setOutputFileName(path)
        self.printer.setFontEmbeddingEnabled(True)
        self.printer.setFullPage(True)
        self.printer.setColorMode(QPrinter.Color)
        self.printer.setResolution(int(dpi))
        self.printer.setCreator("Eco-Restore (QGIS)")
        self.dpi = dpi
        self.painter = None
        self.pages = 0

    def _page_layout(self, w, h):
        pl = QPageLayout(QPageSize(QSizeF(w, h), QPageSize.Millimeter), QPageLayout.Portrait,
                         QMarginsF(0, 0, 0, 0))
        pl.setMode(QPageLayout.FullPageMode)
        return pl

    def add_page(self, layout, page=0):
        w, h = page_size_mm(layout, page)
        self.printer.setPageLayout(self._page_layout(w, h))
        self.printer.setFullPage(True)
        if self.painter is None:
            self.painter = QPainter()
            if not self.painter.begin(self.printer):
                self.painter = None
                raise OSError(tr("Cannot write the PDF file."))
        else:
            self.printer.newPage()
        prepare_render(layout, self.dpi)
        QgsLayoutExporter(layout).renderPage(self.painter, page)
        self.pages += 1

    def add_layout(self, layout):
        for page in range(layout.pageCollection().pageCount()):
            self.add_page(layout, page)

    def close(self):
        if self.painter is not None:
            self.painter.end()
            self.painter = None


def export_png(layout, path, dpi):
    """Page 1 of ``layout`` as PNG (temporary file, then rename); the path written."""
    tmp = os.path.join(os.path.dirname(path), ".{}.{}.png".format(os.path.basename(path), uuid.uuid4().hex[:8]))
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.pages = [0]
    prepare_render(layout, dpi)
    try:
        res = QgsLayoutExporter(layout).exportToImage(tmp, settings)
        if res != QgsLayoutExporter.Success:
            raise OSError(tr("Exporting '{}' failed (error {}).").format(path, int(res)))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def export_pdf(layout, path, dpi):
    """All pages of ``layout`` as one PDF (temporary file, then rename); the path written."""
    tmp = os.path.join(os.path.dirname(path), ".{}.{}.pdf".format(os.path.basename(path), uuid.uuid4().hex[:8]))
    book = PdfBook(tmp, dpi)
    try:
        try:
            book.add_layout(layout)
        finally:
            book.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def export_files(layout, folder, name, fmt, dpi, written):
    """Per-map files of page 1 of ``layout`` in ``folder``: ``fmt`` 0 PNG, 1 PDF, 2 both; paths appended to ``written``."""
    if not folder:
        return
    if fmt in (0, 2):
        written.append(export_png(layout, os.path.join(folder, name + ".png"), dpi))
    if fmt in (1, 2):
        written.append(export_pdf(layout, os.path.join(folder, name + ".pdf"), dpi))
