"""Benchmark: farmland consolidation potential on many patches (on demand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_consolidation.py [--patches 200000]
        [--units 25] [--gpkg]

Builds ``--patches`` farmland patches (jittered rectangles on a grid, 60 m pitch, gaps of 4-16 m, so
some merge after consolidation) with a slope class and a quality grade, and square units covering
them, in EPSG:4546, as memory layers (or a GeoPackage with ``--gpkg``); then runs
``ecorestore:farmlandpotential`` through processing.run to memory outputs and prints the time of
each phase. Target (issue): 200 000 patches in under a minute.
"""
import argparse
import os
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_layers(n_patches, n_units, seed=1, gpkg=None):
    from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorFileWriter,
                           QgsVectorLayer, QgsCoordinateTransformContext)
    from qgis.PyQt.QtCore import QVariant

    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n_patches)))
    pitch = 60.0
    x0, y0 = 38500000.0, 2500000.0
    farm = QgsVectorLayer("Polygon?crs=EPSG:4546", "farmland", "memory")
    farm.dataProvider().addAttributes([QgsField("slope_cls", QVariant.Int), QgsField("grade", QVariant.Double)])
    farm.updateFields()
    feats = []
    gaps = rng.uniform(4.0, 16.0, size=(n_patches, 2))
    slopes = rng.integers(1, 6, size=n_patches)
    grades = rng.integers(3, 12, size=n_patches)
    for k in range(n_patches):
        r, c = divmod(k, side)
        x, y = x0 + c * pitch, y0 + r * pitch
        f = QgsFeature(farm.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + pitch - gaps[k, 0], y + pitch - gaps[k, 1])))
        f.setAttributes([int(slopes[k]), float(grades[k])])
        feats.append(f)
    farm.dataProvider().addFeatures(feats)
    units = QgsVectorLayer("Polygon?crs=EPSG:4546", "units", "memory")
    units.dataProvider().addAttributes([QgsField("name", QVariant.String)])
    units.updateFields()
    us = int(np.ceil(np.sqrt(n_units)))
    width = side * pitch / us
    ufeats = []
    for k in range(us * us):
        r, c = divmod(k, us)
        f = QgsFeature(units.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0 + c * width, y0 + r * width,
                                                        x0 + (c + 1) * width, y0 + (r + 1) * width)))
        f.setAttributes(["U{:02d}".format(k)])
        ufeats.append(f)
    units.dataProvider().addFeatures(ufeats)
    if gpkg:
        for lyr in (farm, units):
            opts = QgsVectorFileWriter.SaveVectorOptions()
            opts.layerName = lyr.name()
            opts.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if os.path.exists(gpkg)
                                         else QgsVectorFileWriter.CreateOrOverwriteFile)
            QgsVectorFileWriter.writeAsVectorFormatV3(lyr, gpkg, QgsCoordinateTransformContext(), opts)
        return (QgsVectorLayer(gpkg + "|layername=farmland", "farmland", "ogr"),
                QgsVectorLayer(gpkg + "|layername=units", "units", "ogr"))
    return farm, units


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--patches", type=int, default=200000)
    ap.add_argument("--units", type=int, default=25)
    ap.add_argument("--gpkg", action="store_true", help="read the patches from a GeoPackage")
    args = ap.parse_args()

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from eco_restore_plugin.provider import EcoRestoreProvider
    import processing

    provider = EcoRestoreProvider()  # keep a reference: the registry does not own Python providers
    QgsApplication.processingRegistry().addProvider(provider)

    class Phases(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.t = time.perf_counter()
            self.last = None

        def setProgressText(self, text):
            now = time.perf_counter()
            if self.last:
                print("    {:7.2f} s  {}".format(now - self.t, self.last))
            self.t, self.last = now, text

    tmp = tempfile.mkdtemp()
    t0 = time.perf_counter()
    farm, units = build_layers(args.patches, args.units, gpkg=os.path.join(tmp, "bench.gpkg") if args.gpkg else None)
    print("built {} patches, {} units in {:.1f} s".format(farm.featureCount(), units.featureCount(),
                                                            time.perf_counter() - t0))
    fb = Phases()
    t0 = time.perf_counter()
    res = processing.run("ecorestore:farmlandpotential", {
        "INPUT": farm, "SLOPE_FIELD": "slope_cls", "GRADE_FIELD": "grade", "UNITS": units,
        "UNIT_FIELD": "name", "MERGE_DISTANCE": 10.0,
        "OUTPUT": "memory:", "OUTPUT_UNITS": "memory:"}, feedback=fb, context=QgsProcessingContext())
    dt = time.perf_counter() - t0
    fb.setProgressText("end")
    out = res["OUTPUT"]
    out = out if not isinstance(out, str) else None
    print("farmlandpotential: {} patches in {:.1f} s ({:.0f} patches/s){}".format(
        args.patches, dt, args.patches / dt, "  [target < 60 s: {}]".format("met" if dt < 60 else "MISSED")
        if args.patches >= 200000 else ""))
    app.exitQgis()


if __name__ == "__main__":
    main()
