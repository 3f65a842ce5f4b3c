"""Planning atlas (规划图集): a multi-page PDF of the standard maps of a planning folder.

Reads ``planning.gpkg`` (its ``layer_catalog`` table) and the styled rasters beside it. Each map is a
new layout loaded from a template (built-in ``resources/templates/atlas_<paper>.qpt``, a user .qpt,
or a clone of a layout of the current project, which is never changed) whose items are filled by id
(``processing_helpers.atlas.ITEM_IDS``). Pages: contents, one page per map (or one per coverage feature
through QgsLayoutAtlas), the indicator table when targets exist. One PDF, written to a temporary file and
renamed; optionally one PNG/PDF file per map.

The work is done by :mod:`eco_restore_plugin.processing_helpers.atlas` (map catalogue, layers, page
items, templates, writers); this module holds the parameters and the order of the run.
"""
import datetime
import os
import re
import shutil
import tempfile
import uuid

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsSingleSymbolRenderer,
)

from ...i18n import tr, tr_noop
from ...processing_helpers import atlas as A
from ...processing_helpers.atlas import DEFAULT_TITLE, INDICATOR_TITLE, MAPS, atlas_font
from ..base import EcoRestoreAlgorithm

#: PAPER enum (label, width mm, height mm), in enum order; A3 portrait appended.
PAPERS = [(tr_noop("A3 landscape"), 420.0, 297.0), (tr_noop("A4 landscape"), 297.0, 210.0),
          (tr_noop("A4 portrait"), 210.0, 297.0), (tr_noop("A3 portrait"), 297.0, 420.0)]
EXPORT_FORMATS = [tr_noop("PNG"), tr_noop("PDF"), tr_noop("PNG and PDF")]


def safe_name(text):
    return re.sub(r'[\\/:*?"<>|\s]+', "_", str(text)).strip("_")[:60] or "page"


class AtlasExport(EcoRestoreAlgorithm):
    NAME = "atlasexport"
    GROUP = "targets"
    DISPLAY = "Planning atlas PDF (规划图集)"
    HELP = (
        "Exports the planning atlas as one multi-page PDF: a contents page, one page per selected map "
        "in the order of METHODS.md section 6 (location, current land use, ecosystem types, protection "
        "importance and the single-service maps, vulnerability, ecological problems, ecological security "
        "pattern, restoration zoning, key projects, land consolidation potential, near-term projects) and "
        "the indicator table when targets exist. Each map is laid out from a template (built-in A3/A4 "
        "landscape/portrait, a .qpt file of yours, or a layout of the current project, which is cloned and "
        "never changed) whose items are found by id: title, map_title, map_number, organisation, date, "
        "main_map, inset_map, legend, scalebar, north_arrow, notes, sources. With a coverage layer "
        "(e.g. townships) each map gets one page per feature through the QGIS atlas. Layers come from "
        "the layer_catalog table of the planning GeoPackage and the styled rasters beside it; maps whose "
        "layers are missing are listed as skipped. Optionally writes one PNG and/or PDF per map. "
        "See METHODS.md section 6.")
    ADVANCED = ("TEMPLATE", "LAYOUT", "EXPORT_FORMAT", "DPI")
    TAGS = "atlas,pdf,map,layout,template,qpt,规划图集,图件,模板"
    PLANNING, RASTERS, TITLE, ORG, PAPER, MAPS, OUTPUT = (
        "PLANNING_GPKG", "RASTER_FOLDER", "TITLE", "ORGANISATION", "PAPER", "MAPS", "OUTPUT")
    TEMPLATE, LAYOUT, COVERAGE, COVERAGE_FIELD = "TEMPLATE", "LAYOUT", "COVERAGE", "COVERAGE_FIELD"
    EXPORT_FOLDER, EXPORT_FORMAT, DPI, INDICATORS = "EXPORT_FOLDER", "EXPORT_FORMAT", "DPI", "INDICATORS"

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):
        p = QgsProcessingParameterFile(self.PLANNING, tr("Planning GeoPackage"),
                                       QgsProcessingParameterFile.File, "gpkg")
        p.setHelp(tr("planning.gpkg with its layer_catalog table."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.RASTERS, tr("Raster folder"), QgsProcessingParameterFile.Folder,
                                       optional=True)
        p.setHelp(tr("Folder of the styled rasters (default: the rasters folder beside the GeoPackage)."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.TITLE, tr("Plan name"), DEFAULT_TITLE)
        p.setHelp(tr("Printed in the title block of every page and on the contents page."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.ORG, tr("Organisation"), "", optional=True)
        p.setHelp(tr("The organisation preparing the plan (编制单位), printed on every page."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.PAPER, tr("Paper"), [tr(x[0]) for x in PAPERS], defaultValue=0)
        p.setHelp(tr("Paper size and orientation of the built-in template (ignored with a template or layout)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.MAPS, tr("Maps"), [tr(m.label) for m in MAPS], allowMultiple=True,
                                       defaultValue=list(range(len(MAPS))), optional=True)
        p.setHelp(tr("Maps to include (default: all). Pages follow the order of METHODS.md section 6 "
                     "whatever the order chosen here."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(self.TEMPLATE, tr("Layout template (.qpt)"),
                                       QgsProcessingParameterFile.File, "qpt", optional=True)
        p.setHelp(tr("A QGIS layout template for the map pages; items are filled by id (main_map, legend, "
                     "map_title, ...). Default: the built-in template of the chosen paper."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.LAYOUT, tr("Layout of the current project to use as template"),
                                         optional=True)
        p.setHelp(tr("Name of a print layout of the current project. It is cloned into a new layout for "
                     "each map and never changed. Takes precedence over the template file."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.COVERAGE, tr("Coverage layer (one page per feature)"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Polygons such as townships: each map gets one page per feature (QGIS atlas), its title "
                     "suffixed by the feature's name. Default: one page per map for the whole region."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.COVERAGE_FIELD, tr("Coverage name field"),
                                        parentLayerParameterName=self.COVERAGE, optional=True)
        p.setHelp(tr("Field naming each coverage feature in the page title (default: 'name' when present)."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.INDICATORS, tr("Add the indicator table page"), True)
        p.setHelp(tr("Adds the indicator table when the GeoPackage holds targets (table eco_indicators "
                     "written by the indicator-targets dialog, else the target decomposition table)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.EXPORT_FORMAT, tr("Per-map file format"),
                                       [tr(x) for x in EXPORT_FORMATS], defaultValue=0)
        p.setHelp(tr("Format of the per-map files written to the export folder."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.DPI, tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer,
                                         150, minValue=50, maxValue=600)
        p.setHelp(tr("Resolution of the PDF's raster content and of the PNG files."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT, tr("Atlas PDF"), tr("PDF files (*.pdf)"))
        p.setHelp(tr("The multi-page atlas PDF."))
        self.addParameter(p)
        p = QgsProcessingParameterFolderDestination(self.EXPORT_FOLDER, tr("Per-map files folder"), optional=True,
                                                    createByDefault=False)
        p.setHelp(tr("When given, one file per map page (PNG, PDF or both) is also written here."))
        self.addParameter(p)

    # -- template -------------------------------------------------------------------------------
    def _template(self, parameters, context, paper_key, feedback):
        """(template document, description) from LAYOUT, TEMPLATE or the built-in template."""
        layout_name = (self.parameterAsString(parameters, self.LAYOUT, context) or "").strip()
        tpl = self.parameterAsFile(parameters, self.TEMPLATE, context)
        if layout_name:
            if tpl:
                feedback.pushWarning(tr("Both a layout and a template file are given: the layout '{}' is used.")
                                     .format(layout_name))
            src_project = context.project() or QgsProject.instance()
            src = src_project.layoutManager().layoutByName(layout_name) if src_project is not None else None
            if src is None:
                names = [lay.name() for lay in src_project.layoutManager().layouts()] if src_project else []
                raise QgsProcessingException(tr(
                    "The current project has no layout named '{}'. Layouts: {}. Give an existing name or "
                    "leave the layout empty.").format(layout_name, ", ".join(names) or tr("none")))
            return A.layout_document(src), tr("layout '{}'").format(layout_name)
        if tpl:
            return A.read_template(tpl), "'{}'".format(tpl)
        path = A.template_path(paper_key)
        return A.read_template(path), "'{}'".format(path)

    # -- run ------------------------------------------------------------------------------------
    def _output_paths(self, parameters, context):
        """(output PDF, per-map folder or '', per-map format, dpi); clear errors before anything is written."""
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not out:
            raise QgsProcessingException(tr("No output PDF given."))
        out = os.path.abspath(out)
        out_dir = os.path.dirname(out)
        if not os.path.isdir(out_dir) or not os.access(out_dir, os.W_OK):
            raise QgsProcessingException(tr(
                "The output folder '{}' does not exist or is not writable; choose another location."
            ).format(out_dir))
        export_dir = self.parameterAsFileOutput(parameters, self.EXPORT_FOLDER, context) or ""
        fmt = self.parameterAsEnum(parameters, self.EXPORT_FORMAT, context)
        dpi = max(50, min(600, self.parameterAsInt(parameters, self.DPI, context) or 150))
        if export_dir:
            try:
                os.makedirs(export_dir, exist_ok=True)
            except OSError as exc:
                raise QgsProcessingException(tr("Cannot create the export folder '{}': {}").format(
                    export_dir, exc)) from exc
            if not os.access(export_dir, os.W_OK):
                raise QgsProcessingException(tr(
                    "The export folder '{}' is not writable; choose another location.").format(export_dir))
        return out, export_dir, fmt, dpi

    def process(self, parameters, context, feedback):
        gpkg = self.parameterAsFile(parameters, self.PLANNING, context)
        if not gpkg or not os.path.isfile(gpkg):
            raise QgsProcessingException(tr("Planning GeoPackage '{}' not found.").format(gpkg))
        gpkg = os.path.abspath(gpkg)
        raster_dir = self.parameterAsFile(parameters, self.RASTERS, context) or os.path.join(
            os.path.dirname(gpkg), "rasters")
        title = self.parameterAsString(parameters, self.TITLE, context) or DEFAULT_TITLE
        org = self.parameterAsString(parameters, self.ORG, context) or ""
        paper_idx = self.parameterAsEnum(parameters, self.PAPER, context)
        paper_key = A.PAPER_KEYS[paper_idx if 0 <= paper_idx < len(A.PAPER_KEYS) else 0]
        selected = self.parameterAsEnums(parameters, self.MAPS, context) or list(range(len(MAPS)))
        out, export_dir, fmt, dpi = self._output_paths(parameters, context)
        catalog, tables = A.read_catalog(gpkg)

        project = QgsProject()
        doc, where = self._template(parameters, context, paper_key, feedback)
        probe = A.layout_from_document(doc, project, where=where)   # fails here, before writing anything
        page_size = A.page_size_mm(probe)
        probe_items = A.find_items(probe)
        missing_ids = [i for i in A.ITEM_IDS if i not in probe_items]
        if missing_ids:
            feedback.pushInfo(tr("The template {} has no item(s) {}: they are left out.").format(
                where, ", ".join(missing_ids)))
        del probe, probe_items

        font = atlas_font()
        if font not in A.PDF_TEXT_FONTS:
            feedback.pushWarning(tr(
                "No TrueType Chinese font ({}) is installed; using '{}'. The PDF may not be searchable: "
                "install one (Debian: apt-get install fonts-wqy-zenhei).").format(", ".join(A.PDF_TEXT_FONTS), font))
        tmp_dir = tempfile.mkdtemp(prefix="ecorestore_atlas_")
        self._vector_gpkg = os.path.join(tmp_dir, "planning_readonly.gpkg")
        for suffix in ("", "-wal"):
            if os.path.exists(gpkg + suffix):
                shutil.copyfile(gpkg + suffix, self._vector_gpkg + suffix)
        ctx = {"catalog": catalog, "tables": tables, "gpkg": gpkg, "raster_dir": raster_dir, "tmp": tmp_dir,
               "vector_gpkg": self._vector_gpkg,
               "font": font, "title": title, "org": org, "today": datetime.date.today().isoformat(),
               "project": project, "doc": doc, "where": where, "page_size": page_size,
               "export_dir": export_dir, "fmt": fmt, "dpi": dpi,
               "builtin": not (self.parameterAsString(parameters, self.LAYOUT, context) or "").strip()
               and not self.parameterAsFile(parameters, self.TEMPLATE, context)}
        tmp_pdf = os.path.join(os.path.dirname(out), ".{}.{}.pdf.tmp".format(os.path.basename(out),
                                                                            uuid.uuid4().hex[:8]))
        written = []
        try:
            result = self._run(parameters, context, feedback, ctx, selected, tmp_pdf, out, written)
        except BaseException:
            for path in written:
                if os.path.exists(path):
                    os.remove(path)
            raise
        finally:
            if os.path.exists(tmp_pdf):
                os.remove(tmp_pdf)
            project.removeAllMapLayers()
            shutil.rmtree(tmp_dir, ignore_errors=True)
        return result

    @staticmethod
    def _layers_and_extent(ctx, selected, feedback):
        """(pages, skipped): the layers of every selected map in the project; CRS and extents in ``ctx``."""
        project = ctx["project"]
        county, inset_base = A.base_layers(ctx, feedback)
        ctx["county"], ctx["inset_base"] = county, inset_base
        pages, skipped = A.resolve_pages(selected, ctx, feedback)
        if not pages:
            raise QgsProcessingException(tr(
                "None of the selected maps has its layers in '{}'; nothing to export.").format(ctx["gpkg"]))
        keep = [lyr for lyr in (county, inset_base, ctx.get("inset_context"), ctx.get("inset_neighbours"))
                if lyr is not None]
        for p in pages:
            keep.extend(p["layers"])
        for lyr in keep:
            project.addMapLayer(lyr, False)
        crs = county.crs() if county is not None else pages[0]["layers"][0].crs()
        project.setCrs(crs)
        ctx["crs"] = crs
        extent = county.extent() if county is not None else None
        if extent is None:
            extent = pages[0]["layers"][0].extent()
            for p in pages:
                for lyr in p["layers"]:
                    if lyr.crs() == crs:
                        extent.combineExtentWith(lyr.extent())
        ctx["extent"] = extent
        ctx["inset_extent"] = inset_base.extent() if inset_base is not None else extent
        if inset_base is not None and county is not None:
            ctx["inset_extent"].combineExtentWith(county.extent())
        return pages, skipped

    def _coverage(self, parameters, context, feedback, ctx):
        """(coverage layer or None, its name field): one page per feature per map (QGIS atlas)."""
        cov, field = None, ""
        source = self.parameterAsSource(parameters, self.COVERAGE, context)
        if source is None:
            return cov, field
        # check before materialising: a layer kept alive by an exception's traceback outlives QGIS
        # and crashes the interpreter at exit
        field = self.parameterAsString(parameters, self.COVERAGE_FIELD, context) or ""
        problem = None
        if next(iter(source.getFeatures(QgsFeatureRequest().setLimit(1))), None) is None:
            problem = tr("The coverage layer has no features: give a polygon layer with at least one feature, "
                         "or no coverage layer for one page per map.")
        elif field and source.fields().lookupField(field) < 0:
            problem = tr("The coverage layer has no field '{}'.").format(field)
        if problem:
            source = None
            raise QgsProcessingException(problem)
        req = QgsFeatureRequest().setDestinationCrs(ctx["crs"], context.transformContext())
        cov = source.materialize(req, feedback)
        source = None
        if cov is None or cov.featureCount() <= 0:
            cov = None
            raise QgsProcessingException(tr("The coverage layer cannot drive the atlas."))
        if not field and cov.fields().lookupField("name") >= 0:
            field = "name"
        cov.setName(A.PAGE_TEXT["coverage"])
        cov.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "80,80,80", "outline_width": "0.4", "outline_style": "dash"})))
        ctx["project"].addMapLayer(cov, False)
        return cov, field

    def _run(self, parameters, context, feedback, ctx, selected, tmp_pdf, out, written):
        pages, skipped = self._layers_and_extent(ctx, selected, feedback)
        cov, field = self._coverage(parameters, context, feedback, ctx)
        ctx["coverage"], ctx["coverage_field"] = cov, field
        per_map = cov.featureCount() if cov is not None else 1

        table = None
        if self.parameterAsBool(parameters, self.INDICATORS, context):
            table = A.indicator_rows(ctx["gpkg"], ctx["tables"], ctx["catalog"])
        ind_layout = A.indicator_layout(ctx["project"], ctx["page_size"], ctx, table) if table else None
        n_ind = ind_layout.pageCollection().pageCount() if ind_layout is not None else 0

        entries = []
        next_page = 2
        for i, p in enumerate(pages):
            p["number"] = i + 1
            entries.append((p["spec"].title, next_page if per_map == 1 else (next_page, next_page + per_map - 1)))
            next_page += per_map
        if ind_layout is not None:
            entries.append((INDICATOR_TITLE, next_page))
        ctx["n_maps"] = len(pages)
        contents = A.contents_layout(ctx["project"], ctx["page_size"], ctx, entries, skipped)
        progress = {"done": 0, "total": 1 + per_map * len(pages) + n_ind}

        book = A.PdfBook(tmp_pdf, ctx["dpi"])
        try:
            book.add_layout(contents)
            self._step(feedback, progress)
            for p in pages:
                self.check_cancel(feedback)
                self._map_pages(book, p, ctx, feedback, progress, written)
            if ind_layout is not None:
                self.check_cancel(feedback)
                book.add_layout(ind_layout)
        finally:
            book.close()
        self.check_cancel(feedback)
        if not os.path.exists(tmp_pdf) or os.path.getsize(tmp_pdf) == 0:
            raise QgsProcessingException(tr("Exporting the atlas PDF failed: no file was written."))
        os.replace(tmp_pdf, out)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Atlas written: {} ({} maps, {} skipped).").format(out, len(pages), len(skipped)))
        return {self.OUTPUT: out, "PAGES": book.pages, "SKIPPED": [t for t, _m in skipped], "FILES": list(written),
                self.EXPORT_FOLDER: ctx["export_dir"] or None}

    @staticmethod
    def _step(feedback, progress):
        progress["done"] += 1
        feedback.setProgress(100.0 * progress["done"] / progress["total"])

    def _map_pages(self, book, page, ctx, feedback, progress, written):
        """The page(s) of one map: the whole region, or one page per coverage feature (QGIS atlas)."""
        layout = A.layout_from_document(ctx["doc"], ctx["project"], name=page["spec"].title, where=ctx["where"])
        A.fix_fonts(layout, ctx["font"], force=ctx.get("builtin", False))
        items = A.find_items(layout)
        A.fill_map(items, page, ctx)
        base_name = "{:02d}_{}".format(page["number"], page["spec"].key)
        cov, field = ctx["coverage"], ctx["coverage_field"]
        if cov is None:
            book.add_page(layout, 0)
            A.export_files(layout, ctx["export_dir"], base_name, ctx["fmt"], ctx["dpi"], written)
            self._step(feedback, progress)
            return
        atlas = layout.atlas()
        atlas.setCoverageLayer(cov)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        label = "@atlas_featurenumber"
        if field:
            label = QgsExpression.quotedColumnRef(field)
            atlas.setPageNameExpression(label)
            atlas.setSortFeatures(True)
            atlas.setSortExpression(label)
        main = items["main_map"]
        main.setAtlasDriven(True)
        main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        main.setAtlasMargin(0.08)
        map_title = items.get("map_title")
        if isinstance(map_title, QgsLayoutItemLabel):
            map_title.setText("{} — [% {} %]".format(page["spec"].title, label))
        if not atlas.beginRender():
            raise QgsProcessingException(tr("The coverage layer cannot drive the atlas."))
        try:
            for k in range(atlas.count()):
                self.check_cancel(feedback)
                atlas.seekTo(k)
                A.refresh_scale(items)
                book.add_page(layout, 0)
                name = "{}_{:02d}_{}".format(base_name, k + 1, safe_name(atlas.nameForPage(k) or k + 1))
                A.export_files(layout, ctx["export_dir"], name, ctx["fmt"], ctx["dpi"], written)
                self._step(feedback, progress)
        finally:
            atlas.endRender()
