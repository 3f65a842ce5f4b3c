"""What a planner sees in the tables (issue 14): class tables show code and Chinese name, keywords are
chosen from a vocabulary (Chinese or English), and the target decomposition takes the indicator table saved
by the targets dialog. Old saved tables (bare codes, English keywords) still read the same."""
import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from test_alg_targets import as_layer, counties, rows_of  # noqa: F401  (fixture)

X0, Y0 = 500000.0, 2500000.0


def _raster(path, arr):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, gdal.GDT_Int16)
    ds.SetGeoTransform((X0, 30.0, 0, Y0, 0, -30.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4546)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def _read(path):
    ds = gdal.Open(path)
    return ds.GetRasterBand(1).ReadAsArray().astype(float)


def test_class_tables_show_code_and_name(ecorestore):
    from qgis.core import QgsApplication

    from eco_restore_plugin.core.tables import LANDCOVER_3DIAO

    reg = QgsApplication.processingRegistry()
    checked = 0
    for alg_id, pname in [("resistancesurface", "RESISTANCE_TABLE"), ("soilconservation", "C_TABLE"),
                          ("waterconservation", "ALPHA_TABLE"), ("habitatquality", "SENSITIVITY"),
                          ("carbonstorage", "POOLS"), ("landscaperisk", "VULNERABILITY"),
                          ("resilience", "ELASTICITY"), ("restorationmode", "LANDUSE_SPACES")]:
        d = reg.algorithmById("ecorestore:" + alg_id).parameterDefinition(pname)
        ncols = len(d.headers())
        cells = d.defaultValue()[::ncols]
        for cell in cells:
            code, name = cell.split(" ", 1)
            assert LANDCOVER_3DIAO[int(code)] == name, (alg_id, cell)
        assert d.headers()[0] != "code", alg_id
        checked += len(cells)
    assert checked > 300
    # tables of other codes (shore types, texture) show bare codes
    d = reg.algorithmById("ecorestore:vulnerabilitysoilerosion").parameterDefinition("K_TABLE")
    assert all(" " not in c for c in d.defaultValue()[::3])


def test_resistance_old_and_new_layout_give_the_same_surface(run_alg, tmp_path):
    lu = _raster(tmp_path / "lu.tif", np.array([[101, 301, 701], [1101, 301, 101]], dtype=np.int16))
    new = run_alg("resistancesurface", {"LANDUSE": lu, "RESISTANCE_TABLE": ["101 水田", "50", "301 乔木林地", "1",
                                                                           "701 城镇住宅用地", "500",
                                                                           "1101 河流水面", "80"],
                                        "OUTPUT": str(tmp_path / "new.tif")})
    old = run_alg("resistancesurface", {"LANDUSE": lu, "RESISTANCE_TABLE": ["101", "50", "301", "1", "701", "500",
                                                                           "1101", "80"],
                                        "OUTPUT": str(tmp_path / "old.tif")})
    # a table typed as one string (qgis_process, the console): cells separated by commas
    text = run_alg("resistancesurface", {"LANDUSE": lu, "RESISTANCE_TABLE": "101 水田,50,301,1,701 城镇住宅用地,500,1101,80",
                                         "OUTPUT": str(tmp_path / "text.tif")})
    a, b = _read(new["OUTPUT"]), _read(old["OUTPUT"])
    assert a.tolist() == b.tolist() == _read(text["OUTPUT"]).tolist() == [[50, 1, 500], [80, 1, 50]]
    default = run_alg("resistancesurface", {"LANDUSE": lu, "OUTPUT": str(tmp_path / "default.tif")})
    assert np.isfinite(_read(default["OUTPUT"])).all()
    with pytest.raises(QgsProcessingException, match="水田 101"):
        run_alg("resistancesurface", {"LANDUSE": lu, "RESISTANCE_TABLE": ["水田 101", "50"],
                                      "OUTPUT": str(tmp_path / "bad.tif")})


def test_keyword_synonyms_and_error():
    from eco_restore_plugin.processing_helpers.tables import (AGGREGATION_CHOICES, DECAY_CHOICES,
                                                              DIRECTION_CHOICES, keyword, keyword_cell)

    assert [keyword(v, DECAY_CHOICES, "d") for v in ("线性", "Linear", "linear 线性", " 指数 ", "exponential")] == [
        "linear", "linear", "linear", "exponential", "exponential"]
    assert keyword("越低越好", DIRECTION_CHOICES, "d") == "lower"
    assert keyword("", DIRECTION_CHOICES, "d", default="higher") == "higher"
    assert keyword("比率", AGGREGATION_CHOICES, "a") == "rate" and keyword("sum", AGGREGATION_CHOICES, "a") == "sum"
    assert keyword(keyword_cell("rate", AGGREGATION_CHOICES), AGGREGATION_CHOICES, "a") == "rate"
    with pytest.raises(QgsProcessingException, match="线性 \\(linear\\); 指数 \\(exponential\\)"):
        keyword("quadratic", DECAY_CHOICES, "decay")
    with pytest.raises(QgsProcessingException, match="allowed values"):
        keyword("", DECAY_CHOICES, "decay")


def test_habitat_threats_chinese_and_english_agree(run_alg, tmp_path):
    lu = np.full((12, 12), 301, dtype=np.int16)
    lu[5:7, 0:3] = 101
    lu[0:2, 9:12] = 701
    path = _raster(tmp_path / "lu.tif", lu)
    threats_zh = ["耕地", "1", "0.6", "线性", "101", "城镇用地", "1", "1.0", "指数", "701"]
    threats_en = ["cropland", "1", "0.6", "linear", "101", "urban", "1", "1.0", "exponential", "701"]
    out = {}
    for tag, threats in (("zh", threats_zh), ("en", threats_en)):
        res = run_alg("habitatquality", {"LANDUSE": path, "THREATS": threats,
                                         "QUALITY": str(tmp_path / "q_{}.tif".format(tag))})
        out[tag] = _read(res["QUALITY"])
    assert np.array_equal(out["zh"], out["en"])
    forest = out["zh"][lu == 301]
    assert forest.min() < forest.max()  # the threats lower the quality near them
    with pytest.raises(QgsProcessingException, match="allowed values"):
        run_alg("habitatquality", {"LANDUSE": path, "THREATS": ["耕地", "1", "0.6", "二次", "101"],
                                   "QUALITY": str(tmp_path / "bad.tif")})
    reg_default = run_alg("habitatquality", {"LANDUSE": path, "QUALITY": str(tmp_path / "d.tif")})
    assert np.isfinite(_read(reg_default["QUALITY"])[lu == 301]).all()


def test_decomposition_takes_the_dialog_table(run_alg, counties, tmp_path, qgis_app):  # noqa: F811
    from qgis.PyQt.QtWidgets import QMessageBox

    from eco_restore_plugin.ui.targets_dialog import COL, TargetsDialog

    path = str(tmp_path / "planning.gpkg")
    project = QgsProject()      # kept alive until the dialog is deleted (a temporary crashed the exit)
    dlg = TargetsDialog(project=project)
    try:
        for r in range(dlg.table.rowCount()):
            name = dlg.table.item(r, COL["name_zh"]).text()
            if name == "森林覆盖率":
                dlg.table.item(r, COL["t2035"]).setText("60")
                dlg.table.item(r, COL["t2030"]).setText("58")
            elif name == "生态保护修复面积":
                dlg.table.item(r, COL["t2035"]).setText("100")
        dlg.save_gpkg(path)  # the dialog's own save code writes eco_indicators
    finally:
        from qgis.PyQt.QtCore import QCoreApplication, QEvent

        dlg._ask_unsaved = lambda: QMessageBox.Discard
        dlg.close()
        dlg.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)   # deleted now, before the project
    table = QgsVectorLayer("{}|layername=eco_indicators".format(path), "ind", "ogr")
    assert table.isValid()
    del table   # a layer object kept alive by a traceback until the interpreter exits crashes QGIS's exit
    common = {"UNITS": counties, "UNIT_FIELD": "name", "KEY": 0,
              "INDICATORS": "{}|layername=eco_indicators".format(path),
              "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "OUTPUT": "TEMPORARY_OUTPUT"}
    res = run_alg("targetdecomposition", common)
    t = rows_of(res["OUTPUT_TABLE"], key=lambda r: (r["unit_key"], r["indicator"]))
    assert {ind for _, ind in t} == {"森林覆盖率", "生态保护修复面积"}
    # 总量 by area 1:3:6 of 100; 比率 60 % everywhere (area-weighted mean kept)
    assert [t[(k, "生态保护修复面积")]["target"] for k in ("甲县", "乙县", "丙县")] == pytest.approx([10, 30, 60])
    assert [t[(k, "森林覆盖率")]["target"] for k in ("甲县", "乙县", "丙县")] == pytest.approx([60, 60, 60])
    assert t[("甲县", "森林覆盖率")]["aggregation"] == "rate"
    # another year; a typed row replaces the table's row of the same indicator
    res = run_alg("targetdecomposition", dict(common, INDICATOR_YEAR=1,
                                              TARGETS=["森林覆盖率", "比率", "58", "", "", "fcap"]))
    t = rows_of(res["OUTPUT_TABLE"], key=lambda r: (r["unit_key"], r["indicator"]))
    assert {ind for _, ind in t} == {"森林覆盖率"}
    rates = [t[(k, "森林覆盖率")]["target"] for k in ("甲县", "乙县", "丙县")]
    assert rates[2] == pytest.approx(55.0) and np.dot(rates, [1, 3, 6]) / 10 == pytest.approx(58.0)
    # the old English keyword still works
    res = run_alg("targetdecomposition", dict(common, INDICATORS=None, TARGETS=["x", "sum", "10", "", "", ""]))
    assert [r["target"] for r in rows_of(res["OUTPUT_TABLE"])] == pytest.approx([1, 3, 6])
    with pytest.raises(QgsProcessingException, match="allowed values"):
        run_alg("targetdecomposition", dict(common, INDICATORS=None, TARGETS=["x", "平均", "10", "", "", ""]))
    with pytest.raises(QgsProcessingException, match="at least one upper-level target"):
        run_alg("targetdecomposition", dict(common, INDICATORS=None))
