"""Storage and export of the targets dialog: GeoPackage table, QGIS project entry, CSV/HTML/XLSX files.

The GeoPackage table (default ``eco_indicators``, read by the planning atlas) is written to a temporary
table and swapped in only when complete; the project keeps the set as JSON (``core.targets.dumps``) in
the entry ``EcoRestore/targets``; the files are written by ``core.targets`` (to_csv, to_html, to_xlsx).
"""
import json
import os
import uuid

from ..core import targets as T
from ..i18n import tr
TABLE = "eco_indicators"
PROJECT_SCOPE = "EcoRestore"
PROJECT_KEY = "targets"
PROJECT_GPKG_KEY = "targets_gpkg"


class TargetsStorageMixin:
    """Save/load/export of the indicator set (needs ``self.indicators``, ``self.set_indicators``, ``self._say``)."""

    # -- GeoPackage --------------------------------------------------------------------------
    GPKG_FIELDS = list(T.TABLE_FIELDS)

    def save_gpkg(self, path, table=TABLE):
        """Write the indicator set to ``table`` of the GeoPackage ``path`` (created if needed).

        Written to a temporary table first and swapped in only when complete, so a failure leaves
        the previous table untouched. Raises ValueError when the table has errors.
        """
        from osgeo import ogr

        inds = self.indicators()
        ogr.UseExceptions()
        ds = ogr.Open(path, 1) if os.path.exists(path) else ogr.GetDriverByName("GPKG").CreateDataSource(path)
        if ds is None:
            raise OSError(tr("Cannot open the GeoPackage '{}' for writing.").format(path))
        tmp = "{}_tmp_{}".format(table, uuid.uuid4().hex[:8])
        kinds = {"int": ogr.OFTInteger, "str": ogr.OFTString, "real": ogr.OFTReal}
        try:
            lyr = ds.CreateLayer(tmp, geom_type=ogr.wkbNone, options=["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"])
            for name, kind in self.GPKG_FIELDS:
                lyr.CreateField(ogr.FieldDefn(name, kinds[kind]))
            ds.StartTransaction()
            for pos, ind in enumerate(inds):
                f = ogr.Feature(lyr.GetLayerDefn())
                values = {"position": pos, "key": ind.key, "name_zh": ind.name_zh, "name_en": ind.name_en,
                          "unit": ind.unit, "dimension": ind.dimension, "type": ind.type,
                          "basis": ind.basis, "source": ind.source, "department": ind.department,
                          "direction": ind.direction, "base": ind.base, "rule": ind.rule,
                          "computed": json.dumps(ind.computed, ensure_ascii=False) if ind.computed else None,
                          "note": ind.note}
                for s in T.STAGES:
                    values["t" + s] = ind.targets.get(s)
                    values["upper" + s] = ind.upper.get(s)
                for name, value in values.items():
                    if value is None or value == "":
                        f.SetFieldNull(name)
                    else:
                        f.SetField(name, value)
                lyr.CreateFeature(f)
            ds.CommitTransaction()
            lyr = None
            ds.StartTransaction()
            for i in range(ds.GetLayerCount()):
                if ds.GetLayerByIndex(i).GetName() == table:
                    ds.DeleteLayer(i)
                    break
            ds.ExecuteSQL('ALTER TABLE "{}" RENAME TO "{}"'.format(tmp, table))
            ds.CommitTransaction()
        except Exception:
            try:
                ds.RollbackTransaction()
            except Exception:  # no transaction open
                pass
            for i in range(ds.GetLayerCount()):
                if ds.GetLayerByIndex(i).GetName() == tmp:
                    ds.DeleteLayer(i)
                    break
            raise
        finally:
            ds = None
        self.gpkg_path = path
        self.project.writeEntry(PROJECT_SCOPE, PROJECT_GPKG_KEY, path)
        self._say(tr("Saved {0} indicators to table '{1}' of {2}.").format(len(inds), table, path))
        return path

    def load_gpkg(self, path, table=TABLE):
        """Replace the table by the indicator set stored in ``path``."""
        from osgeo import ogr

        ogr.UseExceptions()
        try:
            ds = ogr.Open(path, 0)
        except RuntimeError as exc:
            raise OSError(tr("Cannot read the GeoPackage '{}': {}").format(path, exc)) from None
        lyr = ds.GetLayerByName(table) if ds is not None else None
        if lyr is None:
            raise ValueError(tr("The GeoPackage '{}' has no indicator table '{}'.").format(path, table))
        names = [lyr.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(lyr.GetLayerDefn().GetFieldCount())]
        rows = [{name: (None if not f.IsFieldSetAndNotNull(name) else f.GetField(name)) for name in names}
                for f in lyr]
        ds = None
        self.set_indicators(T.indicators_from_table(rows))
        self.gpkg_path = path
        self._say(tr("Loaded {0} indicators from {1}.").format(len(rows), path))
        return len(rows)

    # -- QGIS project ------------------------------------------------------------------------
    def save_to_project(self):
        text = T.dumps(self.indicators())
        self.project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, text)
        self._say(tr("Saved the indicator set in the QGIS project (save the project to keep it)."))

    def load_from_project(self):
        text, ok = self.project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        if not ok or not text:
            raise ValueError(tr("The QGIS project holds no indicator set yet."))
        inds = T.loads(text)
        self.set_indicators(inds)
        self._say(tr("Loaded {} indicators from the QGIS project.").format(len(inds)))
        return len(inds)

    # -- export ------------------------------------------------------------------------------
    def export(self, path, kind=None):
        kind = kind or os.path.splitext(path)[1].lower().lstrip(".")
        inds = self.indicators()
        if kind == "csv":
            T.to_csv(inds, path)
        elif kind in ("html", "htm"):
            T.to_html(inds, title=tr("Indicator targets (目标指标体系)"), path=path)
        elif kind == "xlsx":
            if not T.xlsx_available():
                raise ValueError(tr("XLSX export needs the Python package openpyxl (Debian: python3-openpyxl)."))
            T.to_xlsx(inds, path)
        else:
            raise ValueError(tr("Unknown export format '{}'.").format(kind))
        self._say(tr("Exported {} indicators to {}.").format(len(inds), path))
        return path
