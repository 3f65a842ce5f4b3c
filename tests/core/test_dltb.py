"""三调 codes, crosswalks, the dominant-class rule and the structure table (pure numpy)."""
import numpy as np
import pytest

from eco_restore_plugin.core import dltb as D
from eco_restore_plugin.core import indicator_basis as B
from eco_restore_plugin.core import landuse_codes as L
from eco_restore_plugin.core import tables

#: every second-level code of GB/T 21010-2017 and the 三调 工作分类 (H, K and A codes), written out
#: by hand: each must map to a class value, an ecosystem type and a 用地用海 class.
OFFICIAL = """
0101 0102 0103 0201 0202 0203 0204 0301 0302 0303 0304 0305 0306 0307 0401 0402 0403 0404
0501 0502 0503 0504 0505 0506 0507 0508 05H1 0601 0602 0603 0701 0702
0801 0802 0803 0804 0805 0806 0807 0808 0809 0810 08H1 08H2 0901 0902 0903 0904 0905 0906 09
1001 1002 1003 1004 1005 1006 1007 1008 1009 1101 1102 1103 1104 1105 1106 1107 1108 1109 1110
1201 1202 1203 1204 1205 1206 1207
0201K 0202K 0203K 0204K 0301K 0302K 0307K 0403K 1104A 1104K 1107A
""".split()


def test_every_official_code_maps():
    assert set(OFFICIAL) == set(L.all_codes())
    eco = L.ecosystem_lut()
    ydyh = {r[0]: r for r in L.ydyh_rows()}
    for code in OFFICIAL:
        v = L.dlbm_value(code)
        assert v in L.VALUE_CODE, code
        assert v in tables.LANDCOVER_3DIAO, code          # the tables of core/tables.py apply
        assert eco[v] in L.ECOSYSTEMS, code
        assert ydyh[code][2] and ydyh[code][3], code
    # the 56 三调 classes each have their own value
    assert len(L.CLASSES) == 56 and len(set(L.VALUE_CODE)) == 56
    assert set(L.VALUE_CODE) == set(tables.LANDCOVER_3DIAO)


@pytest.mark.parametrize("raw, value", [
    ("0101", 101), (101, 101), (101.0, 101), ("101", 101), ("0101  ", 101), (" 05H1", 501), ("05h1", 501),
    ("08H1", 801), ("08H2", 802), (1105, 1105), ("1203", 1203), ("0201K", 201), ("1104A", 1104),
    ("0803", 802), ("0502", 501), ("09", 900), (9, 900), ("0906", 900), ("0603", 603)])
def test_code_variants(raw, value):
    assert L.dlbm_value(raw) == value


def test_unknown_codes_listed_with_counts():
    assert D.unknown_codes(["0101", "9999", "9999", "", 101, "0X01"]) == {"9999": 2, "": 1, "0X01": 1}
    assert L.dlbm_value("9999") is None and L.dlbm_value("1208") is None


def test_groups_and_names():
    assert L.CLASSES["0603"]["group"] == "00" and L.CLASSES["0303"]["group"] == "00"
    assert L.code_name("08H2") == "科教文卫用地" and L.code_name("0201K") == "可调整果园"
    assert L.SANDIAO_TO_YDYH["1006"][0] == "0601" and L.SANDIAO_TO_YDYH["0303"][0] == "0507"
    assert L.ECOSYSTEMS[L.ecosystem_lut()[301]][0] in tables.ALPHA_BY_ECOSYSTEM
    assert len(L.palette()) == 56


def test_crosswalk_csv_edits_and_errors():
    cw = L.parse_crosswalk_csv("code,ecosystem\n0301,常绿针叶林\n305,稀疏灌丛\n")
    lut = L.ecosystem_lut(crosswalk=cw)
    assert lut[301] == L.ECOSYSTEM_CODE["常绿针叶林"] and lut[305] == L.ECOSYSTEM_CODE["稀疏灌丛"]
    assert lut[302] == L.ECOSYSTEM_CODE["常绿阔叶林"]                 # unchanged rows keep the default
    with pytest.raises(ValueError, match="unknown ecosystem"):
        L.parse_crosswalk_csv("0301,热带雨林\n")
    with pytest.raises(ValueError, match="not a 三调 code"):
        L.parse_crosswalk_csv("9999,草丛\n")


def test_dominant_class_hand_computed():
    # two cells of 3 x 3 sub-cells: left 5 x class 2 and 4 x class 1 -> 2 (the centre holds 1);
    # right: 3 x 0 (outside), 3 x 4, 3 x 7 -> tie of three: the lowest, 0 = nodata
    sub = np.array([
        [2, 2, 1, 0, 4, 7],
        [2, 1, 1, 0, 4, 7],
        [2, 2, 1, 0, 4, 7],
    ])
    assert D.dominant_class(sub, 3).tolist() == [[2, 0]]
    assert D.dominant_class(sub, 1).tolist() == sub.tolist()   # N = 1: centre rule
    np.testing.assert_allclose(D.block_fractions(sub, 3, [1, 2]), [[1.0, 0.0]])
    with pytest.raises(ValueError):
        D.dominant_class(sub[:, :5], 3)



def test_dominant_class_count_and_sort_paths_agree():
    # the per-value count (bincount) path and the sort path give the same mode, ties to the lower value
    rng = np.random.default_rng(3)
    for factor, k in ((2, 3), (5, 17), (4, 60)):
        sub = rng.integers(0, k, (8 * factor, 11 * factor)).astype("uint8")
        counted = D.dominant_class(sub, factor)
        assert (counted == D.dominant_class(sub, factor, nclasses=1000)).all()     # > 64: sort path
        blocks = sub.reshape(8, factor, 11, factor).transpose(0, 2, 1, 3).reshape(8, 11, -1)
        hand = np.array([[np.bincount(b, minlength=k).argmax() for b in row] for row in blocks])
        assert (counted == hand).all() and counted.dtype == sub.dtype


def test_dominant_class_blocks_of_one_value_and_mixed_blocks():
    # blocks of one value take it directly, only mixed blocks are counted: the same modes as counting
    # every block by hand, whether few, half or all of the blocks are mixed, for 8- and 16-bit values
    rng = np.random.default_rng(5)
    for factor, k, mixed_share, dtype in ((5, 17, 0.1, "uint8"), (3, 6, 0.45, "uint8"), (4, 300, 0.9, "uint16"),
                                          (2, 3, 0.0, "uint8"), (5, 9, 1.0, "uint8")):
        cells = rng.integers(0, k, (9, 13))
        sub = np.kron(cells, np.ones((factor, factor), dtype=int)).astype(dtype)
        noisy = rng.random((9, 13)) < mixed_share
        noise = rng.integers(0, k, sub.shape)
        sub = np.where(np.kron(noisy, np.ones((factor, factor), dtype=bool)) & (rng.random(sub.shape) < 0.5),
                       noise, sub).astype(dtype)
        blocks = sub.reshape(9, factor, 13, factor).transpose(0, 2, 1, 3).reshape(9, 13, -1)
        hand = np.array([[np.bincount(b, minlength=k).argmax() for b in row] for row in blocks])
        got = D.dominant_class(sub, factor, nclasses=k)
        assert got.dtype == sub.dtype and (got == hand).all(), (factor, k, mixed_share)
        assert (D.dominant_class(sub, factor) == hand).all()                # nclasses from the values
        assert (D._block_mode(sub, factor, k) == hand).all()               # counting every block
    assert D.dominant_class(np.zeros((0, 6), "uint8"), 3).shape == (0, 2)


def test_block_fractions_lookup_equals_membership():
    # 8- and 16-bit sub-grids go through a lookup table: the shares of np.isin, members outside the range ignored
    rng = np.random.default_rng(6)
    for dtype in ("uint8", "uint16", "int32"):
        sub = rng.integers(0, 12, (20, 30)).astype(dtype)
        for members in ([1, 2, 3], [0], [11, 70000, -1], []):
            hit = np.isin(sub, np.asarray(members, dtype=np.int64))
            hand = hit.reshape(4, 5, 6, 5).sum(axis=(1, 3)) / 25.0
            assert np.array_equal(D.block_fractions(sub, 5, members), hand), (dtype, members)


def test_unique_of_strings_through_hashes():
    # fixed-width strings are grouped through hashes of their bytes: exactly np.unique's values and inverse
    rng = np.random.default_rng(7)
    pool = ["4690991000010000000", "4690991000010000001", "", " ", "0101", "0101 ", "05H1", "村委会", "a\x00b"]
    for dtype in ("S19", "S8", "U4", "U19", "U3"):
        values = np.array([pool[i] if "S" not in dtype else pool[i].encode() for i in
                           rng.integers(0, len(pool), 5000)], dtype=dtype)
        u, inv = D._unique(values)
        ref_u, ref_inv = np.unique(values, return_inverse=True)
        assert np.array_equal(u, ref_u) and np.array_equal(inv, ref_inv) and u.dtype == ref_u.dtype
    ints = rng.integers(0, 9, 3000)
    assert all(np.array_equal(a, b) for a, b in zip(D._unique(ints), np.unique(ints, return_inverse=True)))


def test_balance_classes_hand_computed():
    # 4 cells of 4 sub-cells; index 1 = A, 2 = B, 3 = C. Dominant (ties to the lower index): A A C B.
    # Areas A 6, B 3, C 7 sub-cells = 1.5, 0.75, 1.75 cells; largest remainder: A 1, B 1, C 2 cells.
    # C is short of one cell: it takes the A cell where its share is largest (cell 1, half C).
    counts = np.array([[[0, 4, 0, 0], [0, 2, 0, 2], [0, 0, 1, 3], [0, 0, 2, 2]]])
    assert D.dominant_class(np.array([[1, 1, 1, 3, 3, 3, 2, 3], [1, 1, 3, 1, 3, 2, 3, 2]]), 2).tolist() == \
        [[1, 1, 3, 2]]
    assert (D.block_counts(np.array([[1, 1, 1, 3, 3, 3, 2, 3], [1, 1, 3, 1, 3, 2, 3, 2]]), 2, 4) == counts).all()
    assert D.balance_classes(counts, fixed=()).tolist() == [[1, 3, 3, 2]]
    # cells outside every parcel (index 0) kept as they are by default
    counts0 = np.array([[[3, 1, 0], [0, 3, 1], [0, 2, 2]]])
    assert D.balance_classes(counts0).tolist() == [[0, 1, 2]]
    assert D.balance_classes(counts0, fixed=()).tolist() == [[0, 1, 2]]

def test_parcel_areas_fallbacks():
    net, kc, src = D.parcel_areas(tbdlmj=[90.0, np.nan], kcmj=[10.0, np.nan], kcxs=[0.1, 0.2],
                                  tbmj=[100.0, 200.0])
    np.testing.assert_allclose(net, [90.0, 160.0])      # 200 - 200 x 0.2
    np.testing.assert_allclose(kc, [10.0, 40.0])
    assert src == "TBMJ - KCMJ"
    net, kc, src = D.parcel_areas(geom_area=[50.0], kcxs=[8.0])     # KCXS in %
    np.testing.assert_allclose([net[0], kc[0]], [46.0, 4.0])
    assert src == "geometry"


def test_structure_table_totals_exact():
    rng = np.random.default_rng(1)
    codes = rng.choice(["0101", "0103", "0301", "0201K", "1105", "05H1", "0702"], 500).tolist()
    areas = np.round(rng.uniform(1, 50000, 500), 2)
    kc = np.where(np.isin(codes, ["0101", "0103"]), np.round(areas * 0.07, 2), 0.0)
    vill = ["469099{:03d}{:03d}0000000".format(100 + i % 3, i % 5) for i in range(500)]
    rows = D.structure_table(codes, D.to_centi(areas), D.to_centi(kc), village_codes=vill,
                             village_names=["村"] * 500)
    total = [r for r in rows if r["level"] == "total" and r["class_level"] == 0][0]
    assert total["area_centi"] == int(np.rint(areas * 100).sum())      # ΣTBDLMJ, exact
    assert total["kc_centi"] == int(np.rint(kc * 100).sum())
    for level in ("township", "village"):
        assert sum(r["area_centi"] for r in rows if r["level"] == level and r["class_level"] == 0) == \
            total["area_centi"]
    for cl in (1, 2):
        assert sum(r["area_centi"] for r in rows if r["level"] == "total" and r["class_level"] == cl) == \
            total["area_centi"]
    towns = {r["unit_code"] for r in rows if r["level"] == "township"}
    assert towns == {"469099100", "469099101", "469099102"}
    assert all(len(r["unit_code"]) == 12 for r in rows if r["level"] == "village")
    # 0201K counted in 0201 and listed as its own 其中 row
    k = [r for r in rows if r["level"] == "total" and r["class_code"] == "0201K"][0]
    g = [r for r in rows if r["level"] == "total" and r["class_code"] == "0201"][0]
    assert k["class_level"] == 3 and k["area_centi"] == g["area_centi"]
    hm2, mu, km2 = D.area_columns(1500000)          # 15 000 m² = 1.5 hm² = 22.5 亩
    assert (hm2, mu, km2) == pytest.approx((1.5, 22.5, 0.015))

    # numpy (byte) string arrays as read by OGR give the same table as Python lists
    rows_np = D.structure_table(np.array(codes, dtype="S5"), D.to_centi(areas), D.to_centi(kc),
                                village_codes=np.array(vill, dtype="S19"),
                                village_names=np.array(["村".encode()] * 500))
    assert rows_np == rows

def test_write_table_csv(tmp_path):
    rows = D.structure_table(["0101"], [123456], [100])
    path = D.write_table(rows, str(tmp_path / "t.csv"))
    text = open(path, encoding="utf-8-sig").read()
    assert "面积（公顷）" in text and "0.1235" in text


def test_forest_mask_presets():
    lu = np.array([[301, 305, 203], [302, 305, np.nan]])
    shrub = np.array([[False, True, False], [False, False, False]])
    assert B.forest_mask(lu, "forestry").sum() == 2
    assert B.forest_mask(lu, "forestry", special_shrub=shrub, gardens=[203]).sum() == 4
    assert B.forest_mask(lu, "sandiao", gardens=[203]).sum() == 4
    assert B.forest_mask(lu, "custom", codes=[305]).sum() == 2
    with pytest.raises(ValueError, match="园地"):
        B.forest_mask(lu, "forestry", gardens=[301])


def test_soil_conservation_rate_hand():
    loss = np.array([0.0, 4.9, 5.0, 50.0, np.nan, 1.0])       # t/(hm²·a)
    units = np.array([1, 1, 1, 2, 2, 2])
    rate, ero, land = B.soil_conservation_rate(loss, units, 2, tolerance_t_km2=500.0)
    np.testing.assert_allclose(rate, [100 * 2 / 3, 50.0])
    np.testing.assert_allclose(ero, [1, 1])
    np.testing.assert_allclose(land, [3, 2])
