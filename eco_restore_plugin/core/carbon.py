"""Carbon storage (碳储量) after the InVEST Carbon Storage and Sequestration model.

Method: Sharp et al., InVEST User's Guide, "Carbon Storage and Sequestration": each land-cover class
has four carbon pools (above-ground biomass, below-ground biomass, soil, dead organic matter) in
Mg C/ha; the storage of a cell is the sum of its class's pools times the cell area in ha; the net
change (sequestration) is future storage minus current storage, cell by cell. Checked equal to a
natcap.invest 3.14.2 Carbon run (tests/data/invest_carbon/NOTES.md).

Default tables are data here: :data:`CARBON_POOLS_3DIAO` (三调 classes, plugin defaults) and
:data:`BLUE_CARBON` (mangrove, salt marsh, seagrass: published global means, see its comment).
"""
import numpy as np

from ._progress import checkpoint
from .tables import LANDCOVER_3DIAO

NAN = float("nan")

#: the four pools, InVEST's column names (Mg C/ha).
POOLS = ("c_above", "c_below", "c_soil", "c_dead")


def _p(above, below, soil, dead):
    return {"c_above": above, "c_below": below, "c_soil": soil, "c_dead": dead}


#: 三调 class -> carbon pools (Mg C/ha). Plugin defaults: round values of the order reported for
#: subtropical southern China in carbon-density compilations; they were not taken from one verified
#: source and must be replaced by local survey values (forest inventory, soil survey) for a report.
#: Built land, roads and open water store 0 in all pools (every 三调 class not listed below), green
#: space a little.
CARBON_POOLS_3DIAO = {code: _p(0.0, 0.0, 0.0, 0.0) for code in LANDCOVER_3DIAO}
CARBON_POOLS_3DIAO.update({
    101: _p(5.0, 1.0, 90.0, 0.0), 102: _p(4.0, 1.0, 80.0, 0.0), 103: _p(3.0, 0.8, 70.0, 0.0),
    201: _p(20.0, 5.0, 80.0, 1.0), 202: _p(12.0, 3.0, 85.0, 1.0), 203: _p(45.0, 10.0, 85.0, 2.0),
    204: _p(25.0, 6.0, 80.0, 1.0),
    301: _p(60.0, 15.0, 110.0, 4.0), 303: _p(60.0, 25.0, 200.0, 2.0), 302: _p(40.0, 12.0, 100.0, 3.0), 305: _p(12.0, 6.0, 90.0, 2.0),
    307: _p(15.0, 5.0, 85.0, 2.0),
    401: _p(2.0, 4.0, 80.0, 0.5), 403: _p(2.0, 4.0, 70.0, 0.5), 404: _p(1.5, 3.0, 70.0, 0.5),
    1105: _p(0.5, 1.0, 60.0, 0.0), 1106: _p(1.0, 2.0, 60.0, 0.0), 1108: _p(3.0, 5.0, 150.0, 1.0),
    810: _p(10.0, 3.0, 40.0, 0.5),
    1204: _p(0.0, 0.0, 20.0, 0.0), 1205: _p(0.0, 0.0, 5.0, 0.0), 1206: _p(0.5, 0.2, 30.0, 0.0),
    1207: _p(0.0, 0.0, 5.0, 0.0),
})

#: Blue-carbon ecosystems (蓝碳), Mg C/ha. Mangrove 739 and salt marsh 334 Mg C_org/ha are the mean
#: whole-ecosystem organic carbon stocks of Alongi (2020, J. Mar. Sci. Eng. 8(10): 767, "Carbon
#: balance in salt marsh and mangrove ecosystems: a global synthesis"); the source gives the total, so
#: the biomass pools here are an assumed split (plugin default) and the rest is soil. Seagrass: living
#: biomass 2.5 and soil (top 1 m) 194.2 Mg C/ha, the global means of Fourqurean et al. (2012, Nature
#: Geoscience 5: 505-509), not checked against the original table in this release.
#: Codes: mangrove is 三调 303 红树林地; salt marsh and seagrass have no 三调 class, so they take
#: sub-class codes under 1105 沿海滩涂 (parent × 100 + n, the convention of the Demo County
#: ecosystem rasters): 110501 salt marsh, 110502 seagrass bed. Give those codes to such cells.
BLUE_CARBON = {
    303: {"name": "mangrove", "name_zh": "红树林", **_p(110.0, 50.0, 579.0, 0.0)},
    110501: {"name": "salt marsh", "name_zh": "盐沼", **_p(5.0, 15.0, 314.0, 0.0)},
    110502: {"name": "seagrass", "name_zh": "海草床", **_p(0.8, 1.7, 194.2, 0.0)},
}


def default_pool_table(*, blue_carbon=True):
    """The default ``{code: {pool: Mg C/ha}}`` table: 三调 classes, with the blue-carbon rows
    (:data:`BLUE_CARBON`) added (replacing a class of the same code) when ``blue_carbon``."""
    table = {k: dict(v) for k, v in CARBON_POOLS_3DIAO.items()}
    if blue_carbon:
        table.update(merge_blue_carbon({}, BLUE_CARBON))
    return table


def merge_blue_carbon(table, blue):
    """``table`` with the rows of the blue-carbon table ``blue`` ({code: {pool: value, ...}})
    added; a blue-carbon row replaces the land-cover row of the same code."""
    out = {k: dict(v) for k, v in table.items()}
    for code, row in blue.items():
        out[int(code)] = {p: float(row[p]) for p in POOLS}
    return out


def _lookup(classes, table, pools):
    """Per-cell total density (Mg C/ha) of ``pools``; classes missing from the table give NaN."""
    lc = np.asarray(classes)
    valid = np.isfinite(lc) if lc.dtype.kind == "f" else np.ones(lc.shape, bool)
    codes = np.where(valid, lc, 0).astype(np.int64)
    out = np.full(lc.shape, np.nan)
    keys = np.array(sorted(table), dtype=np.int64)
    if keys.size == 0:
        return out
    dens = np.array([sum(float(table[k][p]) for p in pools) for k in keys])
    idx = np.clip(np.searchsorted(keys, codes), 0, keys.size - 1)
    hit = valid & (keys[idx] == codes)
    out[hit] = dens[idx[hit]]
    return out


def check_pool_table(table):
    """Refuse a table with a missing or negative pool (ValueError naming the class)."""
    if not table:
        raise ValueError("The carbon pool table is empty.")
    for code, row in table.items():
        for p in POOLS:
            v = row.get(p, NAN)
            if v is None or not np.isfinite(float(v)):
                raise ValueError("Carbon pool table, class {}: {} is missing.".format(code, p))
            if float(v) < 0:
                raise ValueError("Carbon pool table, class {}: {} is negative ({}).".format(code, p, v))


def carbon_storage(classes, table, *, cell_area_ha, pools=POOLS, nodata=None):
    """Carbon storage per cell (Mg C): Σ pools of the cell's class (Mg C/ha) × cell area (ha).

    Method: InVEST Carbon model, "Carbon storage" (User's Guide): C_x = A_x · Σ_p c_p(LULC_x).
    ``classes``: land-cover codes; ``nodata`` value (and NaN) gives NaN; a class missing from the
    table gives NaN too (InVEST refuses such a raster; the adapter checks coverage before).
    """
    check_pool_table(table)
    lc = np.asarray(classes)
    out = _lookup(lc, table, pools) * float(cell_area_ha)
    if nodata is not None:
        out[lc == nodata] = np.nan
    return out


def missing_classes(classes, table, *, nodata=None):
    """Class codes present in ``classes`` (not ``nodata``/NaN) but absent from ``table``."""
    lc = np.asarray(classes)
    vals = np.unique(lc[np.isfinite(lc)] if lc.dtype.kind == "f" else lc)
    if nodata is not None:
        vals = vals[vals != nodata]
    return sorted(int(v) for v in vals if int(v) not in table)


def carbon_model(current, table, *, cell_area_ha, future=None, nodata=None, progress=None,
                 cancelled=None):
    """InVEST Carbon model on arrays: ``{"current", "future", "change", "totals"}``.

    Method: InVEST Carbon model (User's Guide): storage per cell for the current (and future)
    land cover, net sequestration = future − current per cell; ``totals`` in Mg C
    (``current``, ``future``, ``change``), NaN cells left out. Raises ``_progress.Cancelled`` when
    ``cancelled()`` is true.
    """
    out = {"current": carbon_storage(current, table, cell_area_ha=cell_area_ha, nodata=nodata)}
    checkpoint(cancelled, progress, 0.5)
    if future is not None:
        out["future"] = carbon_storage(future, table, cell_area_ha=cell_area_ha, nodata=nodata)
        out["change"] = out["future"] - out["current"]
    out["totals"] = {k: float(np.nansum(out[k])) for k in ("current", "future", "change") if k in out}
    if progress:
        progress(1.0)
    return out


def valuation(change_mg, *, price_per_mg, discount_rate, price_change_rate, years):
    """Net present value of sequestered carbon (InVEST Carbon "valuation"):

        NPV = V/T · Σ_{t=0}^{T-1} 1 / ((1 + r/100)^t · (1 + c/100)^t)

    ``change_mg`` net change (Mg C), ``price_per_mg`` value of 1 Mg C, ``discount_rate`` r (%),
    ``price_change_rate`` c (%), ``years`` T = future year − current year (> 0).
    """
    if years <= 0:
        raise ValueError("The future year must be after the current year.")
    t = np.arange(int(years))
    factor = np.sum(1.0 / ((1.0 + discount_rate / 100.0) ** t * (1.0 + price_change_rate / 100.0) ** t))
    return np.asarray(change_mg) * float(price_per_mg) / float(years) * factor
