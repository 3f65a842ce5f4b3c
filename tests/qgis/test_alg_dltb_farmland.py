"""Farmland consolidation on 三调 parcels: the net area TBDLMJ and the parcel's own KCXS (hand-computed)."""
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

X0, Y0 = 500000.0, 2500000.0


def layer(kind, spec, rows):
    lyr = QgsVectorLayer("{}?crs=EPSG:4546{}".format(kind, spec), "l", "memory")
    feats = []
    for (x0, y0, x1, y1), attrs in rows:
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)))
        f.setAttributes(attrs)
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def k(now, after):
    return (now - after) / (1 - now)


def test_farmland_potential_from_tbdlmj_and_kcxs(run_alg):
    # 100 m x 100 m parcels (1 hm² of geometry); slope class GDPDJB 3: table ξ 0.12 -> 0.08
    parcels = layer("Polygon", "&field=DLBM:string&field=GDPDJB:integer&field=TBDLMJ:double&field=KCXS:double", [
        ((0, 0, 100, 100), ["0103", 3, 9000.0, 0.10]),     # own ξ_now 0.10 -> after 0.08
        ((100, 0, 200, 100), ["0103", 3, 8800.0, None]),   # no KCXS: the table, 0.12 -> 0.08
        ((200, 0, 300, 100), ["0103", 3, 9500.0, 5.0]),    # 5 (%) = 0.05 < 0.08: no gain
    ])
    units = layer("Polygon", "&field=name:string", [((0, 0, 300, 100), ["V"])])
    base = {"INPUT": parcels, "SLOPE_FIELD": "GDPDJB", "UNITS": units, "UNIT_FIELD": "name",
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_UNITS": "TEMPORARY_OUTPUT"}
    res = run_alg("farmlandpotential", base)
    lyr = res["OUTPUT"] if isinstance(res["OUTPUT"], QgsVectorLayer) else QgsVectorLayer(res["OUTPUT"])
    got = sorted((f["farm_hm2"], f["xi_now"], f["new_hm2"]) for f in lyr.getFeatures())
    assert got[0] == pytest.approx((0.88, 0.12, 0.88 * k(0.12, 0.08)))
    assert got[1] == pytest.approx((0.90, 0.10, 0.90 * k(0.10, 0.08)))
    assert got[2] == pytest.approx((0.95, 0.05, 0.0))
    assert "KCXS on 2 patches" in next(iter(lyr.getFeatures()))["method"]
    # the 三调 fields switched off: geometry area (1 hm²) and the table for all three
    res = run_alg("farmlandpotential", dict(base, USE_DLTB_FIELDS=False))
    lyr = res["OUTPUT"] if isinstance(res["OUTPUT"], QgsVectorLayer) else QgsVectorLayer(res["OUTPUT"])
    assert [f["new_hm2"] for f in lyr.getFeatures()] == pytest.approx([k(0.12, 0.08)] * 3)
