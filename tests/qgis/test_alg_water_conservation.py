"""ecorestore:waterconservation against hand-computed cells, and its bad-input handling."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from rasterutil import read_tif, write_tif


@pytest.fixture()
def inputs(tmp_path):
    lu = np.array([[301, 301, 101], [305, 404, 1101]], dtype=np.int32)
    p = np.array([[2000.0, 1800.0, 1500.0], [1600.0, np.nan, 1700.0]])
    et = np.array([[900.0, 1000.0, 800.0], [700.0, 600.0, 1200.0]])
    return (write_tif(tmp_path / "lu.tif", lu, nodata=0), write_tif(tmp_path / "p.tif", p),
            write_tif(tmp_path / "et.tif", et))


def test_depth_and_volume_by_hand(run_alg, inputs, tmp_path):
    lu, p, et = inputs
    out = str(tmp_path / "wr.tif")
    run_alg("waterconservation", {"LANDUSE": lu, "PRECIPITATION": p, "ET": et, "NOT_ASSESSED": 1,
                                  "OUTPUT": out})
    wr, _, _ = read_tif(out)
    # 301 乔木林地 -> α 0.0267 (常绿阔叶林); 305 灌木林地 -> 0.0426; 101 水田 and 1101 河流: not assessed
    assert wr[0, 0] == pytest.approx(2000 - 2000 * 0.0267 - 900, rel=1e-6)
    assert wr[0, 1] == pytest.approx(1800 - 1800 * 0.0267 - 1000, rel=1e-6)
    assert wr[1, 0] == pytest.approx(1600 - 1600 * 0.0426 - 700, rel=1e-6)
    assert np.isnan(wr[0, 2]) and np.isnan(wr[1, 2])      # classes outside the service
    assert np.isnan(wr[1, 1])                              # P nodata propagates, never 0
    assert os.path.exists(str(tmp_path / "wr.qml"))        # styled beside the output

    # default: classes outside the service count 0 (no holes in the map); nodata input stays nodata
    out0 = str(tmp_path / "wr0.tif")
    run_alg("waterconservation", {"LANDUSE": lu, "PRECIPITATION": p, "ET": et, "OUTPUT": out0})
    wr0, _, _ = read_tif(out0)
    assert wr0[0, 2] == 0.0 and wr0[1, 2] == 0.0
    assert wr0[0, 0] == pytest.approx(wr[0, 0]) and np.isnan(wr0[1, 1])

    out2 = str(tmp_path / "wr_m3.tif")
    run_alg("waterconservation", {"LANDUSE": lu, "PRECIPITATION": p, "ET": et, "UNITS": 1, "OUTPUT": out2})
    vol, _, _ = read_tif(out2)
    # mm · km² · 10³ = m³ ; a 30 m cell is 9e-4 km²
    assert vol[0, 0] == pytest.approx(wr[0, 0] * 9e-4 * 1e3, rel=1e-6)


def test_missing_class_is_named(run_alg, inputs, tmp_path):
    lu, p, et = inputs
    table = ["301", "0.03", "305", "0.04"]  # lacks 101, 404 and 1101
    out = str(tmp_path / "bad.tif")
    with pytest.raises(QgsProcessingException, match="101"):
        run_alg("waterconservation", {"LANDUSE": lu, "PRECIPITATION": p, "ET": et,
                                      "ALPHA_TABLE": table, "OUTPUT": out})
    assert not os.path.exists(out)
    assert not [f for f in os.listdir(tmp_path) if ".part" in f]


def test_misaligned_input_is_resampled_with_warning(run_alg, inputs, tmp_path):
    from qgis.core import QgsProcessingFeedback

    lu, _, et = inputs
    p_coarse = write_tif(tmp_path / "p60.tif", np.full((1, 2), 1500.0), cellsize=60.0)
    warnings = []

    class FB(QgsProcessingFeedback):
        def pushWarning(self, text):
            warnings.append(text)

    out = str(tmp_path / "wr.tif")
    run_alg("waterconservation", {"LANDUSE": lu, "PRECIPITATION": p_coarse, "ET": et, "OUTPUT": out},
            feedback=FB())
    assert any("resampled" in w for w in warnings)
    wr, _, _ = read_tif(out)
    assert wr.shape == (2, 3)


def test_geographic_crs_refused(run_alg, tmp_path):
    lu = write_tif(tmp_path / "lu.tif", np.full((2, 2), 301, np.int32), cellsize=0.001, epsg=4490,
                   origin=(110.0, 20.0), nodata=0)
    p = write_tif(tmp_path / "p.tif", np.full((2, 2), 1500.0), cellsize=0.001, epsg=4490, origin=(110.0, 20.0))
    with pytest.raises(QgsProcessingException, match="geographic"):
        run_alg("waterconservation", {"LANDUSE": lu, "PRECIPITATION": p, "ET": p, "UNITS": 1,
                                      "OUTPUT": str(tmp_path / "o.tif")})
