"""Marine and coastal algorithms (陆海统筹) through processing.run: hand-checked lengths, 自然岸线保有率 and
end-point rates on straight synthetic shorelines, and clear messages for bad input."""
import pytest
from qgis.core import QgsProcessingException

X0, Y0 = 450000.0, 2130000.0


def memory_layer(geom_type, fields, rows, crs="EPSG:4546", name="layer"):
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer

    layer = QgsVectorLayer("{}?crs={}".format(geom_type, crs), name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    feats = []
    for g, attrs in rows:
        f = QgsFeature(layer.fields())
        if g is not None:
            f.setGeometry(g)
        f.setAttributes(list(attrs))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)
    return layer


def line(*pts, x0=X0, y0=Y0):
    from qgis.core import QgsGeometry, QgsPointXY
    return QgsGeometry.fromPolylineXY([QgsPointXY(x0 + x, y0 + y) for x, y in pts])


def rect(x, y, w, h):
    from qgis.core import QgsGeometry, QgsRectangle
    return QgsGeometry.fromRect(QgsRectangle(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h))


def shore_layer(rows, crs="EPSG:4546"):
    from qgis.PyQt.QtCore import QVariant
    return memory_layer("LineString", [("cls", QVariant.String), ("isl", QVariant.Int)], rows, crs, "shore")


def features(layer):
    from qgis.core import QgsVectorLayer
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "x", "ogr")
    return [{k: (None if v is not None and hasattr(v, "isNull") and v.isNull() else v)
             for k, v in zip(layer.fields().names(), f.attributes())} for f in layer.getFeatures()]


@pytest.fixture()
def shores():
    # mainland along y = 0 heading east (land north = on the left): 600 m sandy, 400 m 红树林 (biological),
    # 500 m artificial; an island shore 200 m bedrock + 100 m restored
    new = shore_layer([(line((0, 0), (600, 0)), ["砂质岸线", 0]), (line((600, 0), (1000, 0)), ["红树林", 0]),
                       (line((1000, 0), (1300, 0), (1300, 200)), ["artificial", 0]),
                       (line((0, -3000), (200, -3000)), ["1", 1]), (line((200, -3000), (300, -3000)), ["生态恢复", 1])])
    # 2010: the sandy stretch 40 m seaward (it retreated), the mangrove and the first 300 m of the
    # artificial stretch were 淤泥质 natural shore 20 m landward (the sea wall advanced 20 m)
    old = shore_layer([(line((0, -40), (600, -40)), ["sandy", 0]), (line((600, 20), (1300, 20)), ["muddy", 0]),
                       (line((0, -3000), (300, -3000)), ["bedrock", 1])])
    return new, old


def test_shoreline_lengths_retention_and_end_point_rates(run_alg, shores):
    new, old = shores
    res = run_alg("shorelineclassification", dict(
        SHORELINE=new, CLASS_FIELD="cls", ISLAND_FIELD="isl", YEAR=2020, SHORELINE_OLD=old, YEAR_OLD=2010,
        SPACING=100.0, REACH=300.0, OUTPUT="memory:", LENGTHS="memory:", SUMMARY="memory:", TRANSECTS="memory:"))
    lines = features(res["OUTPUT"])
    assert [r["shore_class"] for r in lines] == ["sandy", "biological", "artificial", "bedrock", "restored"]
    assert [r["length_m"] for r in lines] == pytest.approx([600, 400, 500, 200, 100])
    assert [r["protect"] for r in lines] == [2, 1, 3, 1, 2] and lines[3]["island"] == 1
    lengths = features(res["LENGTHS"])
    assert sum(r["length_km"] for r in lengths if r["year"] == 2020) == pytest.approx(1.8)   # = the vector length
    summary = {(r["year"], r["scope"]): r for r in features(res["SUMMARY"])}
    main, isl = summary[(2020, "mainland")], summary[(2020, "island")]
    assert main["retention_pct"] == pytest.approx(100 * 1000 / 1500, abs=0.01)      # (600 + 400) / 1500
    assert isl["retention_pct"] == 100.0 and isl["restored_km"] == pytest.approx(0.1)
    assert summary[(2010, "mainland")]["retention_pct"] == 100.0
    assert summary[(2020, "total")]["total_km"] == pytest.approx(1.8)
    tr = features(res["TRANSECTS"])
    sandy = [t for t in tr if t["class_new"] == "sandy"]
    assert len(sandy) == 6 and all(t["nsm_m"] == pytest.approx(-40) and t["epr_m_a"] == pytest.approx(-4)
                                   for t in sandy)                              # 40 m retreat in 10 years
    mg = [t for t in tr if t["class_new"] == "biological"]
    assert len(mg) == 4 and all(t["nsm_m"] == pytest.approx(20) and t["epr_m_a"] == pytest.approx(2) for t in mg)
    wall = [t for t in tr if t["class_new"] == "artificial"]
    # the artificial line: 300 m along y = 0 (old shore 20 m landward: +20) then north along x = 1300
    assert [t["nsm_m"] for t in wall[:3]] == pytest.approx([20, 20, 20])
    assert all(t["change"] == "natural → artificial" for t in wall[:3])
    assert main["nat_to_art_km"] == pytest.approx(0.3) and main["max_retreat_m"] == pytest.approx(40)
    # island: no change in position
    assert [t["nsm_m"] for t in tr if t["island"] == 1] == pytest.approx([0, 0, 0])


def test_shoreline_land_polygons_decide_the_seaward_side(run_alg):
    # digitised westwards (land on the right): with the land polygon the signs stay right
    new = shore_layer([(line((1000, 0), (0, 0)), ["sandy", 0])])
    old = shore_layer([(line((0, -30), (1000, -30)), ["sandy", 0])])
    from qgis.PyQt.QtCore import QVariant
    land = memory_layer("Polygon", [("n", QVariant.Int)], [(rect(-100, 0, 1200, 2000), [1])])
    res = run_alg("shorelineclassification", dict(
        SHORELINE=new, CLASS_FIELD="cls", SHORELINE_OLD=old, LAND=land, SPACING=250.0, OUTPUT="memory:",
        LENGTHS="memory:", SUMMARY="memory:", TRANSECTS="memory:"))
    assert [t["nsm_m"] for t in features(res["TRANSECTS"])] == pytest.approx([-30] * 4)
    res = run_alg("shorelineclassification", dict(
        SHORELINE=new, CLASS_FIELD="cls", SHORELINE_OLD=old, SPACING=250.0, OUTPUT="memory:",
        LENGTHS="memory:", SUMMARY="memory:", TRANSECTS="memory:"))
    assert [t["nsm_m"] for t in features(res["TRANSECTS"])] == pytest.approx([30] * 4)   # land-left convention


def test_shoreline_townships(run_alg):
    from qgis.PyQt.QtCore import QVariant
    new = shore_layer([(line((0, 0), (800, 0)), ["sandy", 0]), (line((1200, 0), (2000, 0)), ["人工岸线", 0])])
    towns = memory_layer("Polygon", [("name", QVariant.String)],
                         [(rect(0, 0, 1000, 1000), ["东山镇"]), (rect(1000, 0, 1000, 1000), ["南港镇"])])
    res = run_alg("shorelineclassification", dict(SHORELINE=new, CLASS_FIELD="cls", TOWNSHIPS=towns,
                                                  OUTPUT="memory:", LENGTHS="memory:", SUMMARY="memory:"))
    rows = {(r["township"], r["shore_class"]): r["length_km"] for r in features(res["LENGTHS"])}
    assert rows == {("东山镇", "sandy"): pytest.approx(0.8), ("南港镇", "artificial"): pytest.approx(0.8)}


@pytest.mark.parametrize("case, message", [
    ("geographic", "geographic CRS"),
    ("broken", "empty or broken line"),
    ("field", "no field 'kind'"),
    ("values", "not shoreline classes"),
    ("years", "must be earlier"),
])
def test_shoreline_bad_input(run_alg, case, message):
    from qgis.core import QgsGeometry
    good = shore_layer([(line((0, 0), (600, 0)), ["sandy", 0])])
    params = dict(SHORELINE=good, CLASS_FIELD="cls", OUTPUT="memory:", LENGTHS="memory:", SUMMARY="memory:")
    if case == "geographic":
        params["SHORELINE"] = shore_layer([(line((110.1, 19.1), (110.2, 19.1), x0=0, y0=0), ["sandy", 0])],
                                          crs="EPSG:4490")
    elif case == "broken":
        params["SHORELINE"] = shore_layer([(line((0, 0), (600, 0)), ["sandy", 0]), (QgsGeometry(), ["sandy", 0]),
                                           (line((5, 5), (5, 5)), ["sandy", 0])])
    elif case == "field":
        params["CLASS_FIELD"] = "kind"
    elif case == "values":
        params["SHORELINE"] = shore_layer([(line((0, 0), (600, 0)), ["beach", 0])])
    elif case == "years":
        params.update(SHORELINE_OLD=good, YEAR=2010, YEAR_OLD=2020)
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("shorelineclassification", params)


# ---------------------------------------------------------------------------------------------
# Marine ecosystem health
# ---------------------------------------------------------------------------------------------
ESTUARY = {"DO": 5.5, "PH": 8.1, "DIN": 0.35, "DIP": 0.012, "OIL": 0.04, "TOC": 2.5, "SULFIDE": 200,
           "HG": 0.03, "CD": 0.5, "PB": 0.05, "AS": 6.0, "OILB": 10, "HABITAT_LOSS": 12, "SED_CHANGE": 4,
           "PHYTO": 1.0, "ZOO_DENSITY": 1.8, "ZOO_BIOMASS": 0.2, "FISH_EGGS": 0.6, "BENTHOS_DENSITY": 1.2,
           "BENTHOS_BIOMASS": 2.5}


def stations_layer(rows):
    from qgis.core import QgsGeometry, QgsPointXY
    from qgis.PyQt.QtCore import QVariant
    codes = list(ESTUARY)
    return memory_layer("Point", [("station", QVariant.String), ("ecosystem", QVariant.String)]
                        + [(c.lower(), QVariant.Double) for c in codes],
                        [(QgsGeometry.fromPointXY(QgsPointXY(X0 + i * 100, Y0)), [name, eco] + [vals.get(c) for c in codes])
                         for i, (name, eco, vals) in enumerate(rows)], name="stations")


def test_marine_health_hand_computed(run_alg):
    all_good = dict(ESTUARY, DIN=0.1, CD=0.1, AS=0.5, HABITAT_LOSS=1, ZOO_DENSITY=1, ZOO_BIOMASS=1, TOC=1,
                    DO=7, BENTHOS_BIOMASS=1)
    layer = stations_layer([("HS01", "estuary", ESTUARY), ("HS02", "estuary", all_good),
                            ("HS03", "mangrove", dict(ESTUARY, PHYTO=None, ZOO_DENSITY=None, ZOO_BIOMASS=None,
                                                      FISH_EGGS=None, BENTHOS_DENSITY=None, BENTHOS_BIOMASS=None))])
    res = run_alg("marineecosystemhealth", dict(INPUT=layer, OUTPUT="memory:", SCORES="memory:", SUMMARY="memory:"))
    out = {r["station"]: r for r in features(res["OUTPUT"])}
    hs1 = out["HS01"]
    assert (hs1["i_water"], hs1["i_sediment"], hs1["i_residue"], hs1["i_habitat"]) == pytest.approx((12, 7.5, 7.2, 10))
    assert hs1["i_biology"] == pytest.approx(200 / 6, abs=1e-3)
    assert hs1["ceh"] == pytest.approx(70.03, abs=0.01) and hs1["grade"] == 2 and hs1["grade_zh"] == "亚健康"
    assert out["HS02"]["ceh"] == 100.0 and out["HS02"]["grade"] == 1
    assert out["HS03"]["ceh"] is None and out["HS03"]["missing"] == "生物"
    scores = [r for r in features(res["SCORES"]) if r["station"] == "HS01"]
    assert {r["indicator"]: r["score"] for r in scores}["AS"] == 1.0 and len(scores) == 20
    summary = {r["ecosystem"]: r for r in features(res["SUMMARY"])}
    assert summary["estuary"]["ceh"] == pytest.approx((70.03 + 100) / 2, abs=0.02) and summary["estuary"]["grade"] == 1
    # edited breaks: 70 is healthy above 70
    res = run_alg("marineecosystemhealth", dict(INPUT=layer, GRADE_BREAKS="40, 70", OUTPUT="memory:",
                                                SCORES="memory:", SUMMARY="memory:"))
    assert {r["station"]: r["grade"] for r in features(res["OUTPUT"])}["HS01"] == 1


def test_marine_health_bad_input(run_alg):
    from qgis.PyQt.QtCore import QVariant
    layer = memory_layer("Point", [("name", QVariant.String)], [(None, ["a"])])
    with pytest.raises(QgsProcessingException, match="no indicator field"):
        run_alg("marineecosystemhealth", dict(INPUT=layer, OUTPUT="memory:", SCORES="memory:", SUMMARY="memory:"))
    with pytest.raises(QgsProcessingException, match="must increase"):
        run_alg("marineecosystemhealth", dict(INPUT=stations_layer([("a", "bay", ESTUARY)]), GRADE_BREAKS="75, 50",
                                              OUTPUT="memory:", SCORES="memory:", SUMMARY="memory:"))


# ---------------------------------------------------------------------------------------------
# Habitat inventory, restoration suitability, wetland flood storage
# ---------------------------------------------------------------------------------------------
def test_coastal_wetland_inventory(run_alg, tmp_path):
    import numpy as np
    from rasterutil import write_tif
    old = np.array([[1, 1, 5, 3], [5, 9, 9, 0]], np.int32)
    new = np.array([[1, 7, 11, 8], [5, 9, 8, 0]], np.int32)
    res = run_alg("coastalwetlandinventory", dict(
        HABITAT=write_tif(tmp_path / "h20.tif", new, nodata=0), HABITAT_OLD=write_tif(tmp_path / "h10.tif", old, nodata=0),
        AREAS="memory:", TRANSITIONS="memory:", LOSSES="memory:"))
    cell = 0.09        # the test rasters have 30 m cells
    areas = {r["code"]: r for r in features(res["AREAS"])}
    assert areas[1]["area_old_ha"] == pytest.approx(2 * cell) and areas[1]["area_ha"] == pytest.approx(cell)
    assert areas[1]["change_pct"] == pytest.approx(-50.0) and areas[7]["area_old_ha"] == 0
    trans = {(r["from_code"], r["to_code"]): r["area_ha"] for r in features(res["TRANSITIONS"])}
    assert trans == {(1, 7): pytest.approx(cell), (5, 11): pytest.approx(cell), (3, 8): pytest.approx(cell),
                     (9, 8): pytest.approx(cell)}
    losses = sorted((r["from_code"], r["to_code"], r["loss_type"], r["candidate"]) for r in features(res["LOSSES"]))
    assert losses == [(1, 7, 1, "退塘还林还湿"), (3, 8, 1, "退养还滩还湿"), (5, 11, 2, "围填海生态修复")]
    with pytest.raises(QgsProcessingException, match="not habitat classes"):
        run_alg("coastalwetlandinventory", dict(HABITAT=write_tif(tmp_path / "lu.tif", new * 100 + 3, nodata=0),
                                                AREAS="memory:"))
    # 三调 coding: 303 mangrove, 1104 pond
    lu = write_tif(tmp_path / "lu2.tif", np.array([[303, 1104, 101]], np.int32), nodata=0)
    res = run_alg("coastalwetlandinventory", dict(HABITAT=lu, CODING=1, AREAS="memory:"))
    assert sorted(r["code"] for r in features(res["AREAS"])) == [1, 7]


def test_restoration_suitability_rules(run_alg, tmp_path):
    import numpy as np
    from rasterutil import read_tif, write_tif
    # one row: existing mangrove (1), then candidates: pond ok, tidal flat too low, flat too salty,
    # flat on rock, flat with waves, flat ok but far (col 7 is 7 cells = 210 m away: within 1 km)
    hab = np.array([[1, 7, 5, 5, 5, 5, 5, 9]], np.int32)
    elev = np.array([[0.5, 1.0, -1.0, 0.5, 0.5, 0.5, 0.5, -3.0]])
    sal = np.array([[15, 15, 15, 40, 15, 15, 15, 30.0]])
    sub = np.array([[1, 1, 1, 1, 4, 1, 3, 3]], np.int32)
    wave = np.array([[0.2, 0.2, 0.2, 0.2, 0.2, 1.5, 0.2, 0.3]])
    p = dict(HABITAT=write_tif(tmp_path / "h.tif", hab, nodata=0), ELEVATION=write_tif(tmp_path / "e.tif", elev),
             SALINITY=write_tif(tmp_path / "s.tif", sal), SUBSTRATE=write_tif(tmp_path / "b.tif", sub, nodata=0),
             WAVE=write_tif(tmp_path / "w.tif", wave), MIN_AREA=0.0,
             SUITABILITY=str(tmp_path / "suit.tif"), CANDIDATES="memory:")
    res = run_alg("marinerestorationsuitability", p)
    cls = read_tif(res["SUITABILITY"])[0]
    # pond 2; flat at -1 m 0 (elevation fails); salinity 40 0; rock 0; waves 1.5 m 0; sand 1 (marginal); sea 255
    np.testing.assert_array_equal(np.nan_to_num(cls, nan=255), [[255, 2, 0, 0, 0, 0, 1, 255]])
    cands = sorted((r["suit_class"], r["limiting"], r["project_type"]) for r in features(res["CANDIDATES"]))
    assert cands == [(1, "SUBSTRATE", "红树林营造与修复"), (2, "", "退塘还林（红树林营造与修复）")]
    # seagrass on the shallow sea: -3 m, salinity 30, sand, 0.3 m waves; existing seagrass none -> warning only
    res = run_alg("marinerestorationsuitability", dict(p, SPECIES=1, CANDIDATE_CODES="9"))
    assert np.nan_to_num(read_tif(res["SUITABILITY"])[0], nan=255)[0].tolist() == [255] * 7 + [2]
    with pytest.raises(QgsProcessingException, match="no cell has a candidate code"):
        run_alg("marinerestorationsuitability", dict(p, CANDIDATE_CODES="42"))
    with pytest.raises(QgsProcessingException, match="unknown factor"):
        run_alg("marinerestorationsuitability", dict(p, RULES=["1", "DEPTH", "0", "1", "0", "2"]))


def test_wetland_flood_storage(run_alg):
    from qgis.PyQt.QtCore import QVariant
    wet = memory_layer("Polygon", [("DLBM", QVariant.String)],
                       [(rect(0, 0, 500, 200), ["1103"]),          # reservoir 10 ha × 2 m = 200 000 m³
                        (rect(900, 0, 200, 100), ["湖泊"]),          # lake 2 ha × 1 m, half in each watershed
                        (rect(1500, 0, 100, 100), ["0101"])])       # farmland: left out
    ws = memory_layer("Polygon", [("ws_id", QVariant.String)], [(rect(0, -100, 1000, 500), ["WS001"]),
                                                                 (rect(1000, -100, 1000, 500), ["WS002"])])
    res = run_alg("wetlandfloodstorage", dict(WETLANDS=wet, TYPE_FIELD="DLBM", WATERSHEDS=ws, OUTPUT="memory:",
                                              SUMMARY="memory:"))
    out = features(res["OUTPUT"])
    assert [(r["wl_type"], r["storage_m3"], r["watershed"]) for r in out] == [("reservoir", 200000.0, "WS001"),
                                                                              ("lake", 20000.0, "WS001")]
    summary = {(r["watershed"], r["wl_type"]): r["storage_wan_m3"] for r in features(res["SUMMARY"])}
    assert summary == {("WS001", "reservoir"): 20.0, ("WS001", "lake"): 1.0, ("WS002", "lake"): 1.0}
    with pytest.raises(QgsProcessingException, match="no feature has a type"):
        run_alg("wetlandfloodstorage", dict(WETLANDS=wet, TYPE_FIELD="DLBM", DEPTHS=["sea", "1"], OUTPUT="memory:",
                                            SUMMARY="memory:"))
    # the depth table names types in Chinese (the default) or English: the same storage
    for depths in (["湖泊", "1", "水库", "2"], ["lake", "1", "reservoir", "2"]):
        res = run_alg("wetlandfloodstorage", dict(WETLANDS=wet, TYPE_FIELD="DLBM", WATERSHEDS=ws, DEPTHS=depths,
                                                  OUTPUT="memory:", SUMMARY="memory:"))
        assert [(r["wl_type"], r["storage_m3"]) for r in features(res["OUTPUT"])] == [("reservoir", 200000.0),
                                                                                     ("lake", 20000.0)]


# ---------------------------------------------------------------------------------------------
# Sea planning units and marine projects
# ---------------------------------------------------------------------------------------------
def test_marine_planning_units_and_costs(run_alg):
    from qgis.PyQt.QtCore import QVariant
    sea = memory_layer("Polygon", [("zone_type", QVariant.String)],
                       [(rect(0, -1000, 1000, 1000), ["海洋保护区"]), (rect(1000, -1000, 1000, 1000), ["农渔业区"])])
    land = memory_layer("Polygon", [("uid", QVariant.String)], [(rect(0, 0, 2000, 1000), ["L1"])])
    mangrove = memory_layer("Polygon", [("n", QVariant.Int)], [(rect(100, -300, 100, 100), [1])])     # 1 ha in A
    shore = shore_layer([(line((0, -1), (500, -1)), ["artificial", 0]), (line((1200, -1), (1400, -1)), ["sandy", 0]),
                         (line((500, -1), (1000, -1)), ["bedrock", 0])])
    res = run_alg("marineplanningunits", dict(SEA=sea, LAND_UNITS=land, LAND_ID_FIELD="uid", MANGROVE=mangrove,
                                              SHORELINE=shore, SHORE_FIELD="cls", UNITS="memory:", PROJECTS="memory:"))
    units = {r["unit_id"]: r for r in features(res["UNITS"])}
    assert set(units) == {"HY001", "HY002", "L1"} and units["L1"]["domain"] == "陆域"
    assert units["HY001"]["area_ha"] == pytest.approx(100.0) and units["HY001"]["zone"] == "海洋保护区"
    projects = {(r["unit_id"], r["type_name"]): (r["quantity"], r["cost_wan"]) for r in features(res["PROJECTS"])}
    assert projects == {("HY001", "红树林营造与修复"): (pytest.approx(1.0), pytest.approx(45.0)),
                        ("HY001", "岸线整治"): (pytest.approx(0.5), pytest.approx(600.0)),
                        ("HY002", "沙滩修复"): (pytest.approx(0.2), pytest.approx(300.0))}
    assert units["HY001"]["marine_cost_wan"] == pytest.approx(645.0)
    # grid mode: 1000 m cells over the 2 km × 1 km sea -> 2 units; edited unit cost
    costs = []
    for code, (name, unit, cost) in __import__("eco_restore_plugin.core.marine", fromlist=["x"]).MARINE_PROJECTS.items():
        costs += [str(code), name, unit, "90" if code == 2 else str(cost)]
    res = run_alg("marineplanningunits", dict(SEA=sea, MODE=1, GRID_SIZE=1000.0, MANGROVE=mangrove, COSTS=costs,
                                              UNITS="memory:", PROJECTS="memory:"))
    assert len(features(res["UNITS"])) == 2
    assert [r["cost_wan"] for r in features(res["PROJECTS"])] == [pytest.approx(90.0)]


def test_marine_planning_units_refuse_sea_over_land(run_alg):
    from qgis.PyQt.QtCore import QVariant
    sea = memory_layer("Polygon", [("zone_type", QVariant.String)], [(rect(0, -1000, 1000, 1050), ["保留区"])])
    land = memory_layer("Polygon", [("uid", QVariant.String)], [(rect(0, 0, 1000, 1000), ["L1"])])
    with pytest.raises(QgsProcessingException, match="Sea units overlap land units.*HY001 × L1"):
        run_alg("marineplanningunits", dict(SEA=sea, LAND_UNITS=land, LAND_ID_FIELD="uid", UNITS="memory:",
                                            PROJECTS="memory:"))
    geo = memory_layer("Polygon", [("zone_type", QVariant.String)], [(rect(0, 0, 1, 1), ["x"])], crs="EPSG:4490")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_alg("marineplanningunits", dict(SEA=geo, UNITS="memory:", PROJECTS="memory:"))
