"""Land-consolidation algorithms (土地综合整治) through processing.run, on small layers in EPSG:4546
built here, checked against hand calculations (METHODS.md §4)."""
import os

import pytest

X0, Y0 = 38500000.0, 2500000.0
MU = 15.0


# ---------------------------------------------------------------------------------------------
# Layers
# ---------------------------------------------------------------------------------------------
def rect(x, y, w, h):
    from qgis.core import QgsGeometry, QgsRectangle
    return QgsGeometry.fromRect(QgsRectangle(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h))


def point(x, y):
    from qgis.core import QgsGeometry, QgsPointXY
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def memory_layer(geom_type, fields, rows, crs="EPSG:4546", name="layer"):
    """rows: [(geometry, [attributes])]; fields: [(name, QVariant type)]."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer

    layer = QgsVectorLayer("{}?crs={}".format(geom_type, crs), name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    feats = []
    for g, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(g)
        f.setAttributes(list(attrs))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)
    return layer


def units_layer(crs="EPSG:4546", overlap=False):
    """Townships A [0,1000]x[0,1000], B [1000,2000]x[0,1000], C [2000,3000]x[0,1000] with correction
    scores (natural, economic, willingness)."""
    from qgis.PyQt.QtCore import QVariant

    rows = [(rect(0, 0, 1000, 1000), ["A", 1.0, 0.5, 0.0]),
            (rect(1000 - (50 if overlap else 0), 0, 1000 + (50 if overlap else 0), 1000), ["B", 0.5, 0.0, 1.0]),
            (rect(2000, 0, 1000, 1000), ["C", 0.0, 0.0, 0.0])]
    return memory_layer("Polygon", [("name", QVariant.String), ("nat", QVariant.Double),
                                    ("eco", QVariant.Double), ("will", QVariant.Double)], rows, crs, "units")


def farmland_layer(crs="EPSG:4546", bad_class=False):
    from qgis.PyQt.QtCore import QVariant

    rows = [(rect(100, 100, 100, 100), [2, 5.0]),          # P1, A, 1 hm²
            (rect(205, 100, 200, 100), [1, 7.0]),          # P2, A, 2 hm², 5 m from P1: merges
            (rect(600, 600, 100, 100), [3, 6.0]),          # P3, A, 1 hm²
            (rect(1200, 100, 100, 300), [5, 10.0]),        # P4, B, 3 hm²
            (rect(950, 500, 200, 100), [9 if bad_class else 2, 8.0])]  # P5, 50 m in A, 150 m in B -> B
    return memory_layer("Polygon", [("slope", QVariant.Int), ("grade", QVariant.Double)], rows, crs, "farmland")


def settlements_layer(pop_c=100.0, outside=False, crs="EPSG:4546"):
    from qgis.PyQt.QtCore import QVariant

    rows = [(point(300, 800), [30000.0, 150.0, 50]),     # S1, A: 30000 − 150·150 = 7500 m²
            (point(500, 900), [10000.0, 150.0, 40]),     # S2, A: below the standard -> 0, flagged
            (point(1500, 800), [20000.0, pop_c, 30])]    # S3, B: 20000 − 100·150 = 5000 m²
    if outside:
        rows.append((point(5000, 5000), [1000.0, 10.0, 3]))
    return memory_layer("Point", [("area_m2", QVariant.Double), ("pop", QVariant.Double),
                                  ("households", QVariant.Int)], rows, crs, "settlements")


def mines_layer(bad_type=False):
    from qgis.PyQt.QtCore import QVariant

    rows = [(rect(700, 100, 100, 100), ["历史遗留矿山", 10.0, 50.0]),                          # M1, A -> farmland
            (rect(1500, 100, 200, 100), ["其他" if bad_type else "闲置建设用地", 30.0, 80.0]),  # M2, B -> forest
            (rect(1800, 700, 100, 100), [None, 5.0, 60.0])]                                       # M3, B near -> construction
    return memory_layer("Polygon", [("type", QVariant.String), ("slope", QVariant.Double),
                                    ("soil", QVariant.Double)], rows, name="mines")


def construction_layer():
    return memory_layer("Polygon", [], [(rect(1950, 950, 40, 40), [])], name="urban")


def read(value):
    from qgis.core import QgsVectorLayer

    layer = value if not isinstance(value, str) else QgsVectorLayer(value, "out", "ogr")
    assert layer.isValid()
    return layer


def by_unit(layer, key="unit"):
    return {f[key]: f for f in layer.getFeatures()}


def out(tmp_path, name):
    return str(tmp_path / (name + ".gpkg"))


def farmland_params(tmp_path, **kw):
    p = {"INPUT": farmland_layer(), "SLOPE_FIELD": "slope", "GRADE_FIELD": "grade", "GRADE_UPLIFT": 1.0,
         "MERGE_DISTANCE": 10.0, "UNITS": units_layer(), "UNIT_FIELD": "name",
         "OUTPUT": out(tmp_path, "farm"), "OUTPUT_UNITS": out(tmp_path, "farm_units")}
    p.update(kw)
    return p


K = {1: 0.02 / 0.95, 2: 0.03 / 0.92, 3: 0.04 / 0.88, 4: 0.06 / 0.82, 5: 0.07 / 0.75}


# ---------------------------------------------------------------------------------------------
# 1. farmland
# ---------------------------------------------------------------------------------------------
def test_farmland_potential_by_hand(run_alg, tmp_path):
    res = run_alg("farmlandpotential", farmland_params(tmp_path))
    patches = read(res["OUTPUT"])
    feats = sorted(patches.getFeatures(), key=lambda f: f["farm_hm2"] + f["slope"] * 100)
    got = {(f["slope"], round(f["farm_hm2"], 6)): f for f in patches.getFeatures()}
    assert got[(2, 1.0)]["new_hm2"] == pytest.approx(K[2])
    assert got[(1, 2.0)]["new_hm2"] == pytest.approx(2 * K[1])
    assert got[(5, 3.0)]["new_hm2"] == pytest.approx(3 * K[5])
    assert got[(5, 3.0)]["new_mu"] == pytest.approx(3 * K[5] * MU)
    assert got[(2, 2.0)]["unit"] == "B"                   # straddling patch: largest share
    assert got[(2, 1.0)]["unit"] == "A"
    assert got[(2, 1.0)]["field_grp"] == got[(1, 2.0)]["field_grp"]   # 5 m apart: one field after
    assert got[(3, 1.0)]["grade_aft"] == 5.0
    assert "ξ" in got[(3, 1.0)]["method"] and "0.12→0.08" in got[(3, 1.0)]["method"]
    assert len(feats) == 5

    units = by_unit(read(res["OUTPUT_UNITS"]))
    a, b, c = units["A"], units["B"], units["C"]
    new_a = K[2] + 2 * K[1] + K[3]
    new_b = 3 * K[5] + 2 * K[2]
    assert a["farm_hm2"] == pytest.approx(4.0) and b["farm_hm2"] == pytest.approx(5.0)
    assert a["fc_new_hm2"] == pytest.approx(new_a)
    assert b["fc_new_hm2"] == pytest.approx(new_b)
    assert b["fc_new_mu"] == pytest.approx(new_b * 15)
    assert b["fc_new_wanmu"] == pytest.approx(new_b * 15 / 10000)
    assert c["fc_new_hm2"] == 0 and c["fc_n_bef"] == 0
    # totals per unit equal the sum of the patches of the unit
    for key, u in units.items():
        s = sum(f["new_hm2"] for f in patches.getFeatures() if f["unit"] == key)
        assert u["fc_new_hm2"] == pytest.approx(s)
    # fragmentation
    assert (a["fc_n_bef"], a["fc_n_aft"]) == (3, 2)
    assert a["fc_mean_bef"] == pytest.approx(4.0 / 3)
    assert a["fc_mean_aft"] == pytest.approx((4.0 + new_a) / 2)
    assert (b["fc_n_bef"], b["fc_n_aft"]) == (2, 2)
    # area-weighted grade before / after (uplift 1)
    assert a["grade_bef"] == pytest.approx((5 * 1 + 7 * 2 + 6 * 1) / 4.0)
    assert a["grade_aft"] == pytest.approx((4 * 1 + 6 * 2 + 5 * 1) / 4.0)
    assert b["grade_bef"] == pytest.approx((10 * 3 + 8 * 2) / 5.0)
    assert a["nat"] == 1.0                                   # unit attributes carried over


def test_farmland_slope_degrees_and_merge_distance(run_alg, tmp_path):
    from qgis.PyQt.QtCore import QVariant
    # slope in degrees: 2° -> class 1, 2.5° -> class 2 (boundary of TD/T 1055 grades)
    layer = memory_layer("Polygon", [("deg", QVariant.Double)],
                         [(rect(100, 100, 100, 100), [2.0]), (rect(205, 100, 100, 100), [2.5])])
    res = run_alg("farmlandpotential", {
        "INPUT": layer, "SLOPE_FIELD": "deg", "SLOPE_IS_DEGREES": True, "MERGE_DISTANCE": 4.9,
        "UNITS": units_layer(), "UNIT_FIELD": "name", "OUTPUT": out(tmp_path, "p"),
        "OUTPUT_UNITS": out(tmp_path, "u")})
    vals = sorted(f["new_hm2"] for f in read(res["OUTPUT"]).getFeatures())
    assert vals == pytest.approx(sorted([K[1], K[2]]))
    a = by_unit(read(res["OUTPUT_UNITS"]))["A"]
    assert a["fc_n_aft"] == 2                                # 5 m gap > 4.9 m: not merged


def test_farmland_custom_table(run_alg, tmp_path):
    res = run_alg("farmlandpotential", farmland_params(
        tmp_path, COEFFICIENTS=[1, 0.1, 0.1, 2, 0.2, 0.1, 3, 0.1, 0.1, 5, 0.1, 0.1]))
    a = by_unit(read(res["OUTPUT_UNITS"]))["A"]
    assert a["fc_new_hm2"] == pytest.approx(0.1 / 0.8)       # only P1 (class 2) gains


def test_farmland_bad_inputs(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    cases = [
        (dict(INPUT=farmland_layer(bad_class=True)), "absent from the coefficient table"),
        (dict(INPUT=farmland_layer(crs="EPSG:4490")), "geographic"),
        (dict(UNITS=units_layer(crs="EPSG:4490")), "geographic"),
        (dict(UNITS=units_layer(overlap=True)), "overlap"),
        (dict(COEFFICIENTS=[1, 0.05, 0.08]), "after"),
    ]
    for kw, text in cases:
        p = farmland_params(tmp_path, **kw)
        with pytest.raises(QgsProcessingException) as err:
            run_alg("farmlandpotential", p)
        assert text in str(err.value), str(err.value)
        assert not os.path.exists(p["OUTPUT"]) and not os.path.exists(p["OUTPUT_UNITS"])


def test_farmland_cancel_leaves_nothing(run_alg, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    fb = QgsProcessingFeedback()
    fb.cancel()
    p = farmland_params(tmp_path)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("farmlandpotential", p, feedback=fb)
    assert "Cancelled" in str(err.value)
    assert not os.path.exists(p["OUTPUT"]) and not os.path.exists(p["OUTPUT_UNITS"])


# ---------------------------------------------------------------------------------------------
# 2. settlements
# ---------------------------------------------------------------------------------------------
def settlement_params(tmp_path, **kw):
    p = {"INPUT": settlements_layer(), "AREA_FIELD": "area_m2", "POP_FIELD": "pop", "GROWTH_RATE": 0.0,
         "UNITS": units_layer(), "UNIT_FIELD": "name", "OUTPUT": out(tmp_path, "set"),
         "OUTPUT_UNITS": out(tmp_path, "set_units")}
    p.update(kw)
    return p


def test_settlement_per_capita_by_hand(run_alg, tmp_path):
    res = run_alg("settlementpotential", settlement_params(tmp_path))
    pts = {round(f["s_now_hm2"], 6): f for f in read(res["OUTPUT"]).getFeatures()}
    s1, s2, s3 = pts[3.0], pts[1.0], pts[2.0]
    assert s1["pot_hm2"] == pytest.approx(0.75) and s1["negative"] == 0
    assert s1["farm_hm2"] == pytest.approx(0.75 * 0.7)
    assert s1["pot_mu"] == pytest.approx(0.75 * 15)
    assert s2["pot_hm2"] == 0.0 and s2["negative"] == 1 and s2["raw_hm2"] == pytest.approx(-1.25)
    assert s3["pot_hm2"] == pytest.approx(0.5) and s3["unit"] == "B"
    assert "150" in s1["method"]
    units = by_unit(read(res["OUTPUT_UNITS"]))
    assert units["A"]["st_pot_hm2"] == pytest.approx(0.75)
    assert units["A"]["st_pot_wanmu"] == pytest.approx(0.75 * 15 / 10000)
    assert units["A"]["st_farm_hm2"] == pytest.approx(0.525)
    assert units["A"]["st_neg_n"] == 1 and units["A"]["st_n"] == 2
    assert units["B"]["st_pot_hm2"] == pytest.approx(0.5)
    assert units["C"]["st_pot_hm2"] == 0


def test_settlement_growth_and_household(run_alg, tmp_path):
    res = run_alg("settlementpotential", settlement_params(tmp_path, GROWTH_RATE=1.0, BASE_YEAR=2020,
                                                           PLAN_YEAR=2030))
    s1 = {round(f["s_now_hm2"], 6): f for f in read(res["OUTPUT"]).getFeatures()}[3.0]
    p_plan = 150 * 1.01 ** 10
    assert s1["p_plan"] == pytest.approx(p_plan)
    assert s1["pot_hm2"] == pytest.approx((30000 - p_plan * 150) / 10000)
    # per household: 30000 − 50 · 200 = 20000 m²
    res = run_alg("settlementpotential", settlement_params(
        tmp_path, METHOD=1, HOUSEHOLD_FIELD="households", AREA_PER_HOUSEHOLD=200.0,
        OUTPUT=out(tmp_path, "hh"), OUTPUT_UNITS=out(tmp_path, "hh_units")))
    s = {round(f["s_now_hm2"], 6): f for f in read(res["OUTPUT"]).getFeatures()}
    assert s[3.0]["pot_hm2"] == pytest.approx(2.0)
    assert s[1.0]["pot_hm2"] == pytest.approx(0.2) and s[1.0]["negative"] == 0   # 10000 − 40·200
    assert s[2.0]["pot_hm2"] == pytest.approx(1.4)                                  # 20000 − 30·200


def test_settlement_bad_inputs(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    cases = [
        (dict(INPUT=settlements_layer(pop_c=0.0)), "zero population"),
        (dict(INPUT=settlements_layer(pop_c=None)), "zero population"),
        (dict(INPUT=settlements_layer(outside=True)), "outside every unit"),
        (dict(INPUT=settlements_layer(crs="EPSG:4490")), "geographic"),
        (dict(UNITS=units_layer(overlap=True)), "overlap"),
        (dict(AREA_FIELD=None), "area field"),
    ]
    for kw, text in cases:
        p = settlement_params(tmp_path, **kw)
        with pytest.raises(QgsProcessingException) as err:
            run_alg("settlementpotential", p)
        assert text in str(err.value), str(err.value)
        assert not os.path.exists(p["OUTPUT"]) and not os.path.exists(p["OUTPUT_UNITS"])


# ---------------------------------------------------------------------------------------------
# 3. idle land and mines
# ---------------------------------------------------------------------------------------------
def idle_params(tmp_path, **kw):
    p = {"INPUT": mines_layer(), "TYPE_FIELD": "type", "SLOPE_FIELD": "slope", "SOIL_FIELD": "soil",
         "CONSTRUCTION": construction_layer(), "NEAR_DISTANCE": 300.0, "UNITS": units_layer(),
         "UNIT_FIELD": "name", "OUTPUT": out(tmp_path, "idle"), "OUTPUT_UNITS": out(tmp_path, "idle_units")}
    p.update(kw)
    return p


def test_idle_land_by_hand(run_alg, tmp_path):
    res = run_alg("idlelandpotential", idle_params(tmp_path))
    f = {round(x["area_hm2"], 6) * 10 + x["slope"]: x for x in read(res["OUTPUT"]).getFeatures()}
    m1, m2, m3 = f[20.0], f[50.0], f[15.0]
    assert m1["pot_hm2"] == pytest.approx(0.7) and m1["direction"] == 1 and m1["farm_hm2"] == pytest.approx(0.7)
    assert m2["pot_hm2"] == pytest.approx(1.6) and m2["direction"] == 2 and m2["type"] == "闲置建设用地"
    assert m3["pot_hm2"] == pytest.approx(0.7) and m3["direction"] == 3 and m3["type"] == "历史遗留矿山"
    assert m3["cdec_hm2"] == 0.0 and m2["cdec_hm2"] == pytest.approx(1.6)
    u = by_unit(read(res["OUTPUT_UNITS"]))
    assert u["A"]["id_farm_hm2"] == pytest.approx(0.7) and u["A"]["id_cdec_hm2"] == pytest.approx(0.7)
    assert u["B"]["id_pot_hm2"] == pytest.approx(2.3) and u["B"]["id_pot_mu"] == pytest.approx(34.5)
    assert u["B"]["id_forest_hm2"] == pytest.approx(1.6) and u["B"]["id_constr_hm2"] == pytest.approx(0.7)
    assert u["B"]["id_cdec_hm2"] == pytest.approx(1.6)
    # the farmland slope limit flips M1 (10°) to forest at 9.9°
    res = run_alg("idlelandpotential", idle_params(tmp_path, FARM_MAX_SLOPE=9.9, OUTPUT=out(tmp_path, "i2"),
                                                   OUTPUT_UNITS=out(tmp_path, "iu2")))
    assert by_unit(read(res["OUTPUT_UNITS"]))["A"]["id_farm_hm2"] == 0.0


def test_idle_land_bad_type(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    p = idle_params(tmp_path, INPUT=mines_layer(bad_type=True))
    with pytest.raises(QgsProcessingException) as err:
        run_alg("idlelandpotential", p)
    assert "'其他'" in str(err.value)
    assert not os.path.exists(p["OUTPUT"]) and not os.path.exists(p["OUTPUT_UNITS"])


# ---------------------------------------------------------------------------------------------
# 4-6. the chain on one unit layer: realistic potential, zoning, policy check
# ---------------------------------------------------------------------------------------------
@pytest.fixture()
def chained_units(run_alg, tmp_path):
    r1 = run_alg("farmlandpotential", farmland_params(tmp_path))
    r2 = run_alg("settlementpotential", settlement_params(tmp_path, UNITS=r1["OUTPUT_UNITS"]))
    r3 = run_alg("idlelandpotential", idle_params(tmp_path, UNITS=r2["OUTPUT_UNITS"]))
    return r3["OUTPUT_UNITS"]


NEW_A = K[2] + 2 * K[1] + K[3]
NEW_B = 3 * K[5] + 2 * K[2]


def test_chain_keeps_every_field(chained_units):
    u = by_unit(read(chained_units))
    assert u["A"]["fc_new_hm2"] == pytest.approx(NEW_A)
    assert u["A"]["st_pot_hm2"] == pytest.approx(0.75)
    assert u["A"]["id_farm_hm2"] == pytest.approx(0.7)


def test_realistic_potential(run_alg, tmp_path, chained_units):
    res = run_alg("realisticpotential", {
        "INPUT": chained_units, "POTENTIAL_FIELDS": ["fc_new_hm2", "st_pot_hm2"], "NATURAL_FIELD": "nat",
        "ECONOMIC_FIELD": "eco", "WILLINGNESS_FIELD": "will", "OUTPUT": out(tmp_path, "real")})
    u = by_unit(read(res["OUTPUT"]))
    assert u["A"]["corr_k"] == pytest.approx(0.55)           # 0.4·1 + 0.3·0.5 + 0.3·0
    assert u["B"]["corr_k"] == pytest.approx(0.5)            # 0.4·0.5 + 0 + 0.3·1
    assert u["A"]["fc_new_hm2_r"] == pytest.approx(NEW_A * 0.55)
    assert u["B"]["st_pot_hm2_r"] == pytest.approx(0.5 * 0.5)
    assert u["C"]["corr_k"] == 0.0
    assert "0.4" in u["A"]["real_method"]


def test_realistic_bad_scores(run_alg, tmp_path, chained_units):
    from qgis.core import QgsProcessingException

    p = {"INPUT": chained_units, "POTENTIAL_FIELDS": ["fc_new_hm2"], "NATURAL_FIELD": "farm_hm2",
         "OUTPUT": out(tmp_path, "bad_real")}
    with pytest.raises(QgsProcessingException) as err:
        run_alg("realisticpotential", p)
    assert "0–1" in str(err.value)
    assert not os.path.exists(p["OUTPUT"])
    # normalised by the maximum it is accepted: farm 4, 5, 0 -> 0.8, 1, 0
    p["NORMALISE"] = True
    u = by_unit(read(run_alg("realisticpotential", p)["OUTPUT"]))
    assert u["A"]["corr_k"] == pytest.approx(0.8)


def test_zoning_quadrants_grades_and_summary(run_alg, tmp_path, chained_units):
    res = run_alg("potentialzoning", {"INPUT": chained_units, "GRADE_METHOD": 0, "N_GRADES": 3,
                                      "OUTPUT": out(tmp_path, "zone"), "SUMMARY": out(tmp_path, "summary")})
    u = by_unit(read(res["OUTPUT"]))
    x = {"A": NEW_A, "B": NEW_B, "C": 0.0}
    y = {"A": 0.75 + 0.7, "B": 0.5 + 1.6, "C": 0.0}
    nf = {"A": NEW_A + 0.525 + 0.7, "B": NEW_B + 0.35, "C": 0.0}
    for k in "ABC":
        assert u[k]["z_farm_hm2"] == pytest.approx(x[k])
        assert u[k]["z_constr_hm2"] == pytest.approx(y[k])
        assert u[k]["z_newfarm_hm2"] == pytest.approx(nf[k])
        assert u[k]["z_newfarm_wanmu"] == pytest.approx(nf[k] * 15 / 10000)
    # means: x 0.155, y 1.183 -> A low x, high y; B high both; C neither
    assert u["A"]["ctype"] == 2 and "建设用地整理主导型" in u["A"]["ctype_name"]
    assert u["B"]["ctype"] == 4
    assert u["C"]["ctype"] == 3
    # three units, three grades: each its own grade, 1 = highest
    assert (u["A"]["g_newfarm"], u["B"]["g_newfarm"], u["C"]["g_newfarm"]) == (1, 2, 3)   # 1.345 > 0.695 > 0
    assert (u["B"]["g_farm"], u["A"]["g_farm"], u["C"]["g_farm"]) == (1, 2, 3)
    summary = {f["item"]: f for f in read(res["SUMMARY"]).getFeatures()}
    total = summary["New farmland, all sources"]
    assert total["hm2"] == pytest.approx(sum(nf.values()))
    assert total["mu"] == pytest.approx(sum(nf.values()) * 15)
    assert total["wanmu"] == pytest.approx(sum(nf.values()) * 15 / 10000)
    assert summary["New farmland in comprehensive units"]["n_units"] == 1
    assert summary["New farmland in comprehensive units"]["hm2"] == pytest.approx(nf["B"])
    # median split: x median = NEW_A, y median = 1.45 -> A is low on both (ecological-led)
    res = run_alg("potentialzoning", {"INPUT": chained_units, "SPLIT": 1, "GRADE_METHOD": 1,
                                      "OUTPUT": out(tmp_path, "zone2"), "SUMMARY": out(tmp_path, "summary2")})
    u = by_unit(read(res["OUTPUT"]))
    assert u["A"]["ctype"] == 3 and u["B"]["ctype"] == 4


def test_zoning_missing_field(run_alg, tmp_path, chained_units):
    from qgis.core import QgsProcessingException

    p = {"INPUT": units_layer(), "OUTPUT": out(tmp_path, "z"), "SUMMARY": out(tmp_path, "s")}
    with pytest.raises(QgsProcessingException) as err:
        run_alg("potentialzoning", p)
    assert "fc_new_hm2" in str(err.value)
    assert not os.path.exists(p["OUTPUT"]) and not os.path.exists(p["SUMMARY"])


def red_line_layer(overlap_m2=100.0):
    # overlaps P3 ([600,700]x[600,700], unit A) by a 10 m wide strip
    return memory_layer("Polygon", [], [(rect(690, 600, 10, overlap_m2 / 10.0), [])], name="red")


def policy_params(tmp_path, units, **kw):
    p = {"INPUT": units, "UNIT_FIELD": "name", "OUTPUT": out(tmp_path, "policy")}
    p.update(kw)
    return p


def test_policy_farmland_share_flips(run_alg, tmp_path, chained_units):
    from qgis.core import NULL

    nf_b = NEW_B + 0.35
    share_b = 100 * nf_b / 5.0
    res = run_alg("consolidationpolicycheck", policy_params(tmp_path, chained_units, MIN_SHARE=share_b - 1e-6))
    u = by_unit(read(res["OUTPUT"]))
    assert u["B"]["new_pct"] == pytest.approx(share_b)
    assert u["B"]["farm_pass"] == 1 and u["A"]["farm_pass"] == 1
    assert u["C"]["farm_pass"] == 1 and u["C"]["new_pct"] == NULL     # no farmland: no ratio, passes
    assert u["B"]["constr_pass"] == 1 and u["B"]["c_net_hm2"] == pytest.approx(-(0.5 + 1.6))
    res = run_alg("consolidationpolicycheck", policy_params(tmp_path, chained_units, MIN_SHARE=share_b + 1e-6,
                                                            OUTPUT=out(tmp_path, "policy2")))
    u = by_unit(read(res["OUTPUT"]))
    assert u["B"]["farm_pass"] == 0 and u["B"]["all_pass"] == 0
    assert u["A"]["farm_pass"] == 1 and u["A"]["all_pass"] == 1


def test_policy_construction_growth(run_alg, tmp_path, chained_units):
    # B: increase 0.7 (mine kept as construction) vs decrease 0.5 (settlements only) -> grows -> fail
    res = run_alg("consolidationpolicycheck", policy_params(
        tmp_path, chained_units, INCREASE_FIELDS=["id_constr_hm2"], DECREASE_FIELDS=["st_pot_hm2"]))
    u = by_unit(read(res["OUTPUT"]))
    assert u["B"]["c_net_hm2"] == pytest.approx(0.2)
    assert u["B"]["constr_pass"] == 0 and u["B"]["all_pass"] == 0
    assert u["A"]["c_net_hm2"] == pytest.approx(-0.75) and u["A"]["constr_pass"] == 1


def test_policy_red_line_flips_at_tolerance(run_alg, tmp_path, chained_units):
    patches = farmland_layer()
    res = run_alg("consolidationpolicycheck", policy_params(
        tmp_path, chained_units, RED_LINE=red_line_layer(100.0), PATCHES=[patches], TOLERANCE=99.0))
    u = by_unit(read(res["OUTPUT"]))
    assert u["A"]["red_n"] == 1 and u["A"]["red_m2"] == pytest.approx(100.0)
    assert u["A"]["red_pass"] == 0 and u["A"]["all_pass"] == 0
    assert u["B"]["red_pass"] == 1 and u["B"]["red_n"] == 0
    res = run_alg("consolidationpolicycheck", policy_params(
        tmp_path, chained_units, RED_LINE=red_line_layer(100.0), PATCHES=[patches], TOLERANCE=100.0,
        OUTPUT=out(tmp_path, "policy_tol")))
    u = by_unit(read(res["OUTPUT"]))
    assert u["A"]["red_pass"] == 1 and u["A"]["red_n"] == 0
    # a settlement point inside the red line counts as a crossing
    red = memory_layer("Polygon", [], [(rect(290, 790, 20, 20), [])], name="red2")
    res = run_alg("consolidationpolicycheck", policy_params(
        tmp_path, chained_units, RED_LINE=red, PATCHES=[settlements_layer()], OUTPUT=out(tmp_path, "policy_pt")))
    assert by_unit(read(res["OUTPUT"]))["A"]["red_pass"] == 0


def test_policy_geographic_refused(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    p = policy_params(tmp_path, units_layer(crs="EPSG:4490"), EXISTING_FIELD="nat", NEW_FIELDS=["eco"],
                      DECREASE_FIELDS=["will"])
    with pytest.raises(QgsProcessingException) as err:
        run_alg("consolidationpolicycheck", p)
    assert "geographic" in str(err.value)
    assert not os.path.exists(p["OUTPUT"])
