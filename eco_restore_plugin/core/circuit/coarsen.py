"""Block coarsening of a circuit raster for province-wide runs (issue 20).

A raster of ``rows x cols`` cells is grouped into blocks of ``f x f`` cells (the last block row and
column may be smaller); each block becomes one cell of the coarse grid:

* **Conductance of a block** = geometric mean of the conductances of its valid cells (equivalently
  1 / geometric mean of their resistances). The geometric mean is the effective conductivity of a
  two-dimensional random medium whose log-conductivity is symmetrically distributed (Matheron 1967,
  *Eléments pour une théorie des milieux poreux*, Masson; reviewed by Renard & de Marsily 1997, Advances
  in Water Resources 20: 253-278); it lies between the harmonic mean (all cells in series) and the arithmetic mean (all in
  parallel) and is exact for a uniform block. A block is a node when at least ``min_valid`` of its
  cells (default half) are valid; otherwise it is nodata.
* **Focal nodes / regions** (ids > 0): a coarse cell belongs to id k when one of its fine cells has id
  k; when several ids share a block, the id with most cells in it wins (ties: the smallest id).
* **Current maps back on the fine grid** (:func:`refine_current`): in a raster network the node
  current of a cell is the current flowing through it, so a current crossing a block of f cells' width
  spreads over f fine cells: fine current = coarse current / f. Check on a uniform strip of W rows
  carrying I amperes: every fine cell carries I / W, every coarse cell I / (W / f) = f I / W, divided
  by f gives I / W again (exact for 4 neighbours; with 8 neighbours the two border rows carry less, see
  docs/NUMERICS.md). The current of a node made of many cells (a focal region merged for a pair, a
  short-circuit region) is painted whole on each of its cells (Circuitscape convention): that part is
  copied, not divided.

Effective resistances come from the coarse solve as they are: the resistance of a square of uniform
material does not depend on its size in 2-D, so paths keep their resistance, but the resistance next to
a terminal depends (logarithmically) on the terminal's size, and focal regions grow to whole blocks.
"""

import numpy as np

__all__ = ["check_factor", "coarse_shape", "coarsen_habitat", "coarsen_ids", "block_members",
           "refine_current", "node_values"]


def coarse_shape(shape, factor):
    """Shape of the coarse grid: ``ceil(rows / f), ceil(cols / f)`` (block aggregation, issue 20)."""
    f = int(factor)
    return (-(-int(shape[0]) // f), -(-int(shape[1]) // f))


def check_factor(shape, factor):
    """Return ``factor`` as an int, or raise ValueError when it is not an integer between 1 and
    ``min(rows, cols) - 1`` (a coarse grid must keep at least 2 x 2 cells; block aggregation, issue 20)."""
    try:
        f = int(factor)
    except (TypeError, ValueError):
        raise ValueError("the coarsening factor must be an integer; got {!r}".format(factor)) from None
    if f != factor or f < 1:
        raise ValueError("the coarsening factor must be an integer of at least 1; got {!r}".format(factor))
    rows, cols = int(shape[0]), int(shape[1])
    if f > 1 and (f >= rows or f >= cols):
        raise ValueError("the coarsening factor {} is too large for a raster of {} x {} cells: it must be "
                         "smaller than the number of rows and of columns".format(f, rows, cols))
    return f


def _blocks(a, f, fill):
    """View ``a`` padded with ``fill`` to whole blocks as (R, C, f * f)."""
    rows, cols = a.shape
    R, C = coarse_shape(a.shape, f)
    if (R * f, C * f) != a.shape:
        p = np.full((R * f, C * f), fill, dtype=a.dtype)
        p[:rows, :cols] = a
        a = p
    return a.reshape(R, f, C, f).transpose(0, 2, 1, 3).reshape(R, C, f * f)


def _cells_in_block(shape, f):
    """Number of raster cells in each block (the last row and column of blocks may be partial)."""
    R, C = coarse_shape(shape, f)
    hr = np.full(R, f)
    hr[-1] = shape[0] - f * (R - 1)
    wc = np.full(C, f)
    wc[-1] = shape[1] - f * (C - 1)
    return np.outer(hr, wc)


def coarsen_habitat(habitat, factor, *, is_resistance=True, min_valid=0.5, keep=None):
    """Aggregate a resistance (or conductance) raster by blocks of ``factor x factor`` cells.

    Block conductance = geometric mean of the conductances of the block's valid cells (finite, > 0):
    the effective conductivity of a 2-D random medium (Matheron 1967), exact for a uniform block.
    Returned in the input's kind (a resistance raster gives the geometric mean of the resistances).
    A block is valid when its valid cells are at least ``min_valid`` of the block's raster cells
    (blocks cut by the raster edge count only their cells), or when it holds a valid cell where
    ``keep`` (fine boolean raster, e.g. the focal cells) is true; else NaN (nodata).
    """
    f = check_factor(np.shape(habitat), factor)
    if not 0.0 < float(min_valid) <= 1.0:
        raise ValueError("min_valid must be in (0, 1]; got {!r}".format(min_valid))
    h = np.asarray(habitat, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        ok = np.isfinite(h) & (h > 0)
        logc = np.where(ok, -np.log(np.where(ok, h, 1.0)) if is_resistance else np.log(np.where(ok, h, 1.0)),
                        0.0)
    blk_ok = _blocks(ok, f, False)
    n_ok = blk_ok.sum(axis=2)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_log = _blocks(logc, f, 0.0).sum(axis=2) / n_ok
    good = n_ok >= float(min_valid) * _cells_in_block(h.shape, f) - 1e-9
    if keep is not None:
        good |= (_blocks(np.asarray(keep, dtype=bool) & ok, f, False)).any(axis=2)
    good &= n_ok > 0
    out = np.full(good.shape, np.nan)
    out[good] = np.exp(-mean_log[good] if is_resistance else mean_log[good])
    return out


def coarsen_ids(ids, factor):
    """Ids (> 0; 0, negative and nodata = none) on the coarse grid of blocks of ``factor x factor``
    cells (block aggregation, issue 20): a block takes the id that covers most of its cells (ties: the
    smallest id), 0 when no cell has an id. Returns an int64 raster."""
    a = np.asarray(ids, dtype=np.float64)
    f = check_factor(a.shape, factor)
    with np.errstate(invalid="ignore"):
        lab = np.where(np.isfinite(a) & (a > 0), a, 0).astype(np.int64)
    blk = _blocks(lab, f, 0)
    R, C, _ = blk.shape
    out = np.zeros((R, C), dtype=np.int64)
    block_of = np.repeat(np.arange(R * C), f * f)
    flat = blk.ravel()
    has = flat > 0
    if not has.any():
        return out
    uniq, rank = np.unique(flat[has], return_inverse=True)
    key = block_of[has] * uniq.size + rank
    k, counts = np.unique(key, return_counts=True)
    blocks, ranks = k // uniq.size, k % uniq.size
    order = np.lexsort((ranks, -counts, blocks))  # per block: most cells first, then the smallest id
    blocks, ranks = blocks[order], ranks[order]
    first = np.r_[True, blocks[1:] != blocks[:-1]]
    out.ravel()[blocks[first]] = uniq[ranks[first]]
    return out


def _fine(coarse, f, shape):
    return np.repeat(np.repeat(coarse, f, axis=0), f, axis=1)[:shape[0], :shape[1]]


def block_members(fine_ids, coarse_ids, factor):
    """Fine boolean raster: the cells whose id (> 0) is the id their block took in
    :func:`coarsen_ids` (block aggregation, issue 20); they form the coarse node of that id."""
    a = np.asarray(fine_ids, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        lab = np.where(np.isfinite(a) & (a > 0), a, 0).astype(np.int64)
    return (lab > 0) & (lab == _fine(np.asarray(coarse_ids), int(factor), a.shape))


def refine_current(coarse, factor, shape, *, valid=None, node_value=None, node_cells=None):
    """A coarse current map back on the fine grid of ``shape`` (block aggregation, issue 20).

    A cell's node current is the current crossing it, and a current crossing a block spreads over
    ``factor`` fine cells: fine = coarse / factor (exact on a uniform 4-neighbour strip, see the module
    docstring). ``node_value`` (coarse raster, default none): the part of each coarse value that is the
    current of a node made of many cells (a focal region's 1 A per pair, a short-circuit region),
    painted whole on each of its cells: it is copied unchanged onto the fine cells where ``node_cells``
    (fine boolean) is true and left out elsewhere in the block. Coarse NaN gives 0; cells where
    ``valid`` (fine boolean) is false get 0 (not a node, the core's convention)."""
    f = int(factor)
    c = np.nan_to_num(np.asarray(coarse, dtype=np.float64), nan=0.0)
    if node_value is None:
        out = _fine(c / f, f, shape)
    else:
        e = np.nan_to_num(np.asarray(node_value, dtype=np.float64), nan=0.0)
        out = _fine((c - e) / f, f, shape)
        if node_cells is not None:
            out = out + np.where(node_cells, _fine(e, f, shape), 0.0)
    np.maximum(out, 0.0, out=out)  # a current is never negative (rounding of coarse - node part)
    if valid is not None:
        out = np.where(valid, out, 0.0)
    return out


def node_values(coarse_map, coarse_ids, *, per_id=None):
    """The part of a coarse current map that is the current of multi-cell nodes, for ``node_value`` of
    :func:`refine_current` (block aggregation, issue 20): on the cells with an id > 0, ``per_id[id]``
    (e.g. a focal region's number of connected pairs: 1 A each in pairwise mode), or the whole coarse
    value when ``per_id`` is None or lacks the id; 0 elsewhere."""
    c = np.asarray(coarse_map, dtype=np.float64)
    ids = np.asarray(coarse_ids)
    out = np.where(ids > 0, c, 0.0)
    for k, v in (per_id or {}).items():
        out[ids == k] = v
    return out
