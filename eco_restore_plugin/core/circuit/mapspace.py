"""Where a circuit's voltage and current maps are made: on the whole grid (2-D maps) or on a set of cells
(1-D maps, memory following the network instead of the raster; issue 20).

The values are those of Circuitscape's maps (McRae et al. 2008; node current = max(inflow, outflow) =
(sum over the node's edges of |g dV| + |external current|) / 2, painted on the cells of each node), computed
with the same operations in the same order, so a map made on a set of cells equals the whole-grid map at
those cells bit for bit, provided the set holds every cell that has a node (every cell of the network and
every cell painted with a focal region's values).
"""

import numpy as np

from .graph import edge_current_sums, node_current_map

__all__ = ["MapSpace", "grid_maps"]


def grid_maps(graph, vnode, cell_node, ext):
    """Cell voltage and node-current maps on the whole grid from node voltages ``vnode`` (node current =
    max(in, out)); ``cell_node``: flat node id per cell for this solve (-1 none); ``ext``: external
    current per node. Returns 2-D ``(current, voltage)``."""
    has = cell_node >= 0
    volt = np.zeros(cell_node.size)
    volt[has] = vnode[cell_node[has]]
    volt = volt.reshape(graph.shape)
    cur = graph.node_currents(volt, cell_node, ext, vnode.size)
    return cur, volt


class MapSpace(object):
    """The cells a circuit's maps are made on.

    ``MapSpace(graph)``: the whole grid, maps of ``graph.shape``. ``MapSpace(graph, cells)``: ``cells`` are
    sorted, distinct flat cell indices holding every cell that has a node (``graph.node_of_cell >= 0``)
    and every cell of the focal regions; maps are 1-D, one value per cell of ``cells``, equal bit for bit to
    the whole-grid maps there. The edge ends' positions are kept (two integers per real edge).
    """

    def __init__(self, graph, cells=None):
        self.graph = graph
        noc = graph.node_of_cell
        if cells is None:
            self.cells = None
            self.shape = tuple(graph.shape)
            self.node_of_cell = noc
            return
        cells = np.asarray(cells, dtype=np.int64).ravel()
        if cells.size and (cells[0] < 0 or cells[-1] >= noc.size or np.any(np.diff(cells) <= 0)):
            raise ValueError("map cells must be sorted, distinct cell indices inside the grid")
        self.cells = cells
        self.shape = (cells.size,)
        self.node_of_cell = noc[cells]
        if np.count_nonzero(self.node_of_cell >= 0) != np.count_nonzero(noc >= 0):
            raise ValueError("map cells must hold every cell of the resistor network")
        pos_type = np.int32 if cells.size < 2 ** 31 else np.int64
        self._edges = [(self.positions(ia).astype(pos_type), self.positions(ib).astype(pos_type), w)
                       for ia, ib, w in graph.edge_ends()]

    def positions(self, flat):
        """Positions in the maps of flat cell indices (themselves on the whole grid); ValueError when a
        cell is not one of the map cells."""
        flat = np.asarray(flat, dtype=np.int64)
        if self.cells is None:
            return flat
        pos = np.searchsorted(self.cells, flat)
        if flat.size and (pos.max() >= self.cells.size or np.any(self.cells[np.minimum(pos, self.cells.size - 1)]
                                                                 != flat)):
            raise ValueError("a cell of a focal region is not one of the map cells")
        return pos

    def cell_nodes(self):
        """A fresh copy of the node of each map cell (-1 none), to be changed for one solve."""
        return self.node_of_cell.copy()

    def zeros(self):
        return np.zeros(self.shape)

    def paint(self, cell_node, flat, node):
        """Give the cells ``flat`` (flat grid indices) the node ``node`` in ``cell_node``."""
        cell_node[self.positions(flat)] = node

    def maps(self, vnode, cell_node, ext):
        """``(current, voltage)`` on the map cells from node voltages (see :func:`grid_maps`)."""
        if self.cells is None:
            return grid_maps(self.graph, vnode, cell_node, ext)
        has = cell_node >= 0
        volt = np.zeros(cell_node.size)
        volt[has] = vnode[cell_node[has]]
        sums = edge_current_sums(volt, self._edges)
        return node_current_map(sums, cell_node, ext, vnode.size), volt

    def from_grid(self, array):
        """A whole-grid map's values on the map cells."""
        return np.asarray(array).ravel()[self.cells] if self.cells is not None else array
