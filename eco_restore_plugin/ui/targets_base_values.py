"""Base values of the targets dialog, computed by the algorithm ``ecorestore:indicatorbasevalues``.

:class:`BaseValuesInputs` (a sub-dialog) chooses the layers, with the algorithm's own defaults;
:class:`BaseValuesMixin` runs the algorithm through ``processing.run`` and only copies the values it returns
into the rows whose rule it computed.
"""
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ..core import targets as T
from ..i18n import tr
from .targets_table import COL


class BaseValuesMixin:
    """Base values through the algorithm (needs the table of :class:`~.targets_table.TargetsTableMixin`)."""

    def compute_base_values(self, params):
        """Run ``ecorestore:indicatorbasevalues`` for the whole region and copy its values into the
        rows whose rule it computed (marked as computed, with the layer and date). Returns the
        number of rows updated."""
        import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

        params = dict(params)
        params.pop("UNIT_FIELD", None)
        params["OUTPUT"] = "TEMPORARY_OUTPUT"
        ctx = QgsProcessingContext()
        ctx.setProject(self.project)
        try:
            result = processing.run("ecorestore:indicatorbasevalues", params,
                                    feedback=QgsProcessingFeedback(), context=ctx)
        except Exception as exc:  # QgsProcessingException: shown in the status line
            raise ValueError(tr("Base values could not be computed: {}").format(exc)) from None
        out = result["OUTPUT"]
        layer = out if isinstance(out, QgsVectorLayer) else ctx.getMapLayer(out) or QgsVectorLayer(out, "", "ogr")
        computed = {}
        names = layer.fields().names()
        for f in layer.getFeatures():
            basis = f["basis"] if "basis" in names else None
            source = f["source"] if "source" in names else None
            computed[f["indicator_key"]] = (f["value"], f["layer"], f["date"], basis, source)
        n = 0
        self._updating = True
        try:
            for r in range(self.table.rowCount()):
                meta = self._meta(r)
                rule = meta.get("rule")
                if rule not in computed:
                    continue
                value, lname, date, basis, source = computed[rule]
                if value is None or (isinstance(value, float) and value != value):
                    continue
                self.table.item(r, COL["base"]).setText(T._cell_text(round(float(value), 4)))
                # the row carries the 口径 and source the value was computed on
                for fld, text in (("basis", basis), ("source", source)):
                    if text and self.table.item(r, COL[fld]) is not None:
                        self.table.item(r, COL[fld]).setText(str(text))
                meta["computed"] = {"rule": rule, "layer": lname, "date": date}
                self._set_meta(r, meta)
                self._show_computed(r)
                n += 1
        finally:
            self._updating = False
        self.validate()
        self._say(tr("{} base values computed from layers.").format(n))
        return n

    def _compute_clicked(self):
        dlg = BaseValuesInputs(self)
        if dlg.exec_() == QDialog.Accepted:
            self._guard(self.compute_base_values, dlg.parameters())


class BaseValuesInputs(QDialog):
    """Choose the layers for the rule-based base values (all optional except the region)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from qgis.core import QgsMapLayerProxyModel
        from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox

        from qgis.core import QgsApplication

        # the defaults are the algorithm's own: read them from its parameter definitions
        alg = QgsApplication.processingRegistry().algorithmById("ecorestore:indicatorbasevalues")
        if alg is None:
            from ..algorithms.targets.indicatorbasevalues import IndicatorBaseValues

            alg = IndicatorBaseValues()
            alg.initAlgorithm()

        def default(name):
            return str(alg.parameterDefinition(name).defaultValue() or "")

        self.setWindowTitle(tr("Compute base values from layers"))
        form = QFormLayout(self)

        def combo(filters, optional=True):
            c = QgsMapLayerComboBox(self)
            c.setFilters(filters)
            c.setAllowEmptyLayer(optional)
            if optional:
                c.setLayer(None)
            return c

        self.region = combo(QgsMapLayerProxyModel.PolygonLayer, optional=False)
        self.landuse = combo(QgsMapLayerProxyModel.RasterLayer)
        self.forest_codes = QLineEdit(default("FOREST_CODES"))
        # forest coverage basis (口径) presets, as the algorithm's enum (0 forestry, 1 三调, 2 codes)
        self.forest_basis = QComboBox(self)
        self.forest_basis.addItems(alg.parameterDefinition("FOREST_BASIS").options())
        self.special_shrub = combo(QgsMapLayerProxyModel.PolygonLayer)
        self.garden_codes = QLineEdit(default("FOREST_GARDEN_CODES"))
        self.soil_loss = combo(QgsMapLayerProxyModel.RasterLayer)
        self.reserves = combo(QgsMapLayerProxyModel.PolygonLayer)
        self.coast = combo(QgsMapLayerProxyModel.LineLayer)
        self.shore_field = QgsFieldComboBox(self)
        self.coast.layerChanged.connect(self.shore_field.setLayer)
        self.island_field = QgsFieldComboBox(self)      # 海岛自然岸线保有率: island flag, empty = none
        self.island_field.setAllowEmptyFieldName(True)
        self.coast.layerChanged.connect(self.island_field.setLayer)
        self.natural = QLineEdit(default("NATURAL_TYPES"))
        self.red_line = combo(QgsMapLayerProxyModel.PolygonLayer)
        self.restoration = combo(QgsMapLayerProxyModel.PolygonLayer)
        form.addRow(tr("Region"), self.region)
        form.addRow(tr("Land use (三调 class codes)"), self.landuse)
        form.addRow(tr("Forest coverage basis (口径)"), self.forest_basis)
        form.addRow(tr("Forest land-use codes (comma separated)"), self.forest_codes)
        form.addRow(tr("国家特别规定灌木林地 extent (forestry basis)"), self.special_shrub)
        form.addRow(tr("园地 codes counted as economic forest (forestry basis)"), self.garden_codes)
        form.addRow(tr("Actual soil loss A, t/(hm²·a)"), self.soil_loss)
        form.addRow(tr("Nature reserves (自然保护地)"), self.reserves)
        form.addRow(tr("Coastline with shore types"), self.coast)
        form.addRow(tr("Shore type field"), self.shore_field)
        form.addRow(tr("Shore types counted as natural (comma separated)"), self.natural)
        form.addRow(tr("Island flag field (island shoreline)"), self.island_field)
        form.addRow(tr("Ecological protection red line (生态保护红线)"), self.red_line)
        form.addRow(tr("Restoration areas (zoning or project outputs)"), self.restoration)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def parameters(self):
        p = {"REGION": self.region.currentLayer(), "FOREST_CODES": self.forest_codes.text(),
             "NATURAL_TYPES": self.natural.text(), "FOREST_BASIS": self.forest_basis.currentIndex(),
             "FOREST_GARDEN_CODES": self.garden_codes.text()}
        for key, c in (("LANDUSE", self.landuse), ("RESERVES", self.reserves), ("COASTLINE", self.coast),
                       ("SPECIAL_SHRUB", self.special_shrub), ("SOIL_LOSS", self.soil_loss),
                       ("RED_LINE", self.red_line), ("RESTORATION", self.restoration)):
            if c.currentLayer() is not None:
                p[key] = c.currentLayer()
        if self.coast.currentLayer() is not None and self.shore_field.currentField():
            p["SHORE_FIELD"] = self.shore_field.currentField()
            if self.island_field.currentField():
                p["ISLAND_FIELD"] = self.island_field.currentField()
        return p

