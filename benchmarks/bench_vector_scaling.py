"""Scaling of the vector-heavy algorithms in features (issue 20; on demand, not a timed test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_vector_scaling.py
        [--sizes 10000 40000 160000] [--algs farmland settlement idle problems projects indicators dltb
         dbcheck adjacency]
        [--root OTHER_CHECKOUT] [--folder /tmp/vecscale] [--dump DIGEST.json]

For each size N, writes a GeoPackage (``<folder>/region_<N>.gpkg``) of a synthetic county growing with N:

* ``parcels``: N non-overlapping parcels (jittered rectangles on a 60 m grid, gaps 4-16 m; random land
  class DLBM, farmland slope grade, slope class, quality grade, mine type, soil);
* ``villages``: square villages of 25 × 25 parcels (N / 625 of them), their outlines densified to a
  vertex every 30 m as a polygonised boundary has, with a priority score and grade;
* ``towns``: townships of 4 × 4 villages, densified the same way;
* ``settlements``: a point in every 4th parcel (area, population);
* ``construction``: every 50th parcel as built-up land;
* ``coast``: a 50 m shoreline line in every 10th parcel's gap (shore type, island flag);
* ``red``: one county-wide red line with a staircase outline (30 m steps) over a third of the county.

then runs each algorithm through ``processing.run`` (outputs to a GeoPackage) and prints the time per size
and the fitted exponent (least-squares slope of log time against log N):

* ``farmland``: ``farmlandpotential`` (parcels in villages, merge distance 10 m);
* ``settlement``: ``settlementpotential`` (points in villages);
* ``idle``: ``idlelandpotential`` (every 2nd parcel as a mine or idle plot, construction within 300 m);
* ``problems``: ``problempatches`` (parcels, the red line, township names from ``towns``);
* ``projects``: ``projectlibrary`` (villages as priority units, the problem patches of ``problems`` and
  every 8th parcel as a mine; with the key projects and the key areas, one per village);
* ``indicators``: ``indicatorbasevalues`` per village (natural shoreline of ``coast``, red-line area, and
  the problem patches of ``problems`` as restoration areas);
* ``dltb``: ``dltbimport`` of the parcels at 30 m (the land-use raster of the 三调 parcels);
* ``dbcheck``: the polygon overlap rule (R4) of ``databasecheck`` (``_database_overlap.overlapping_pairs``) on the
  parcels, called directly (the whole algorithm needs a full planning database);
* ``adjacency``: the rook adjacency of ``restorationzoning`` / ``restorationpriority`` vector units
  (``zoning._common.vector_adjacency``) with the parcels as units, called directly.

``--dump`` writes a digest (SHA-1 of the sorted attribute rows and geometry WKT, 3 decimals) of every
output per size, to compare two checkouts (``--root``) output for output. On a shared machine compare
figures of one run only.
"""
import argparse
import hashlib
import json
import math
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_scaling import staircase_blob  # noqa: E402  (benchmarks/, the script's folder)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PITCH, X0, Y0, EPSG = 60.0, 38500000.0, 2500000.0, 4546
VILLAGE, TOWN = 25, 4          # parcels per village side, villages per township side
CLASSES = ["0101", "0102", "0103", "0201", "0301", "0305", "0404", "0601", "0602", "0702", "1104", "1206"]


def slope(xs, ys):
    lx, ly = np.log(np.asarray(xs, float)), np.log(np.asarray(ys, float))
    return float(np.polyfit(lx, ly, 1)[0]) if len(xs) > 1 else math.nan


def _densified_rect(x0, y0, x1, y1, step=30.0):
    """WKT of a rectangle with a vertex every ``step`` m along its edges (a polygonised outline)."""
    pts = []
    for (ax, ay), (bx, by) in (((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)),
                               ((x0, y1), (x0, y0))):
        n = max(1, int(round(max(abs(bx - ax), abs(by - ay)) / step)))
        pts += [(ax + (bx - ax) * k / n, ay + (by - ay) * k / n) for k in range(n)]
    pts.append(pts[0])
    return "POLYGON(({}))".format(",".join("{:.3f} {:.3f}".format(x, y) for x, y in pts))


def _staircase(cx, cy, radius, step, rng):
    """WKT of bench_scaling's staircase outline (the red line of the policy-check benchmark)."""
    ring = staircase_blob(cx, cy, radius, step, rng)
    return "POLYGON(({}))".format(",".join("{:.3f} {:.3f}".format(a, b) for a, b in ring))


def build(path, n, seed=1):
    """Write the GeoPackage of a county of about ``n`` parcels (see the module docstring)."""
    from osgeo import ogr, osr
    if os.path.exists(path):
        os.remove(path)
    rng = np.random.default_rng(seed)
    side = int(round(math.sqrt(n) / VILLAGE)) * VILLAGE or VILLAGE
    n = side * side
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)

    def layer(name, gtype, fields):
        lyr = ds.CreateLayer(name, srs, gtype)
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        return lyr

    def add(lyr, wkt, attrs):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in attrs.items():
            if v is not None:
                f.SetField(k, v)
        lyr.CreateFeature(f)

    S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
    nv = side // VILLAGE
    parcels = layer("parcels", ogr.wkbPolygon, [("DLBM", S), ("GDPDJB", S), ("ZLDWDM", S), ("ZLDWMC", S),
                                                ("BSM", S), ("slope_cls", I), ("grade", R), ("mtype", S),
                                                ("slope", R), ("soil", R)])
    gaps = rng.uniform(4.0, 16.0, (n, 2))
    cls = rng.integers(0, len(CLASSES), n)
    gd = rng.integers(1, 6, n)
    grade = rng.integers(3, 12, n)
    mtype = rng.integers(0, 3, n)
    mslope = rng.uniform(0, 40, n)
    soil = rng.uniform(10, 90, n)
    ds.StartTransaction()
    for k in range(n):
        r, c = divmod(k, side)
        x, y = X0 + c * PITCH, Y0 + r * PITCH
        v = (r // VILLAGE) * nv + c // VILLAGE
        add(parcels, "POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(
            a=x, b=y, c=x + PITCH - gaps[k, 0], d=y + PITCH - gaps[k, 1]),
            {"DLBM": CLASSES[cls[k]], "GDPDJB": str(gd[k]), "ZLDWDM": "4690991{:05d}".format(v),
             "ZLDWMC": "村{}".format(v), "BSM": "P{}".format(k), "slope_cls": int(1 + k % 5), "grade": float(grade[k]),
             "mtype": (u"历史遗留矿山", u"闲置建设用地", None)[mtype[k]], "slope": float(mslope[k]),
             "soil": float(soil[k])})
    vil = layer("villages", ogr.wkbPolygon, [("name", S), ("pr_score", R), ("pr_grade", I)])
    w = VILLAGE * PITCH
    for v in range(nv * nv):
        r, c = divmod(v, nv)
        add(vil, _densified_rect(X0 + c * w, Y0 + r * w, X0 + (c + 1) * w, Y0 + (r + 1) * w),
            {"name": "V{:04d}".format(v), "pr_score": float(rng.random()), "pr_grade": int(rng.integers(1, 4))})
    towns = layer("towns", ogr.wkbPolygon, [("name", S)])
    nt, tw = int(math.ceil(nv / TOWN)), TOWN * w
    for t in range(nt * nt):
        r, c = divmod(t, nt)
        add(towns, _densified_rect(X0 + c * tw, Y0 + r * tw, X0 + (c + 1) * tw, Y0 + (r + 1) * tw),
            {"name": "T{:03d}".format(t)})
    sett = layer("settlements", ogr.wkbPoint, [("area_m2", R), ("pop", R)])
    cons = layer("construction", ogr.wkbPolygon, [])
    for k in range(0, n, 4):
        r, c = divmod(k, side)
        add(sett, "POINT({} {})".format(X0 + c * PITCH + 20, Y0 + r * PITCH + 20),
            {"area_m2": float(rng.uniform(5000, 40000)), "pop": float(rng.integers(20, 300))})
    for k in range(0, n, 50):
        r, c = divmod(k, side)
        x, y = X0 + c * PITCH, Y0 + r * PITCH
        add(cons, "POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(a=x, b=y, c=x + 40, d=y + 40), {})
    coast = layer("coast", ogr.wkbLineString, [("shore", S), ("island", I)])
    for k in range(0, n, 10):
        r, c = divmod(k, side)
        x, y = X0 + c * PITCH, Y0 + r * PITCH - 2
        add(coast, "LINESTRING({} {},{} {},{} {})".format(x, y, x + 25, y + 1, x + 50, y),
            {"shore": (u"基岩岸线", u"人工岸线", u"砂质岸线")[k % 3], "island": int(k % 7 == 0)})
    red = layer("red", ogr.wkbPolygon, [])
    add(red, _staircase(X0 + side * PITCH / 2, Y0 + side * PITCH / 2, side * PITCH * 0.33, 30.0,
                        np.random.default_rng(seed + n)), {})
    ds.CommitTransaction()
    ds = None
    return n


def _sub(path, name, where=None):
    from qgis.core import QgsVectorLayer
    uri = "{}|layername={}".format(path, name) + ("|subset={}".format(where) if where else "")
    lyr = QgsVectorLayer(uri, name, "ogr")
    assert lyr.isValid(), uri
    return lyr


def params(alg, gpkg, out, prev):
    o = lambda name: os.path.join(out, name + ".gpkg")   # noqa: E731
    if alg == "farmland":
        return "farmlandpotential", {
            "INPUT": _sub(gpkg, "parcels"), "SLOPE_FIELD": "slope_cls", "GRADE_FIELD": "grade", "GRADE_UPLIFT": 1.0,
            "MERGE_DISTANCE": 10.0, "UNITS": _sub(gpkg, "villages"), "UNIT_FIELD": "name",
            "OUTPUT": o("farm"), "OUTPUT_UNITS": o("farm_units")}
    if alg == "settlement":
        return "settlementpotential", {
            "INPUT": _sub(gpkg, "settlements"), "AREA_FIELD": "area_m2", "POP_FIELD": "pop", "GROWTH_RATE": 0.0,
            "UNITS": _sub(gpkg, "villages"), "UNIT_FIELD": "name", "OUTPUT": o("set"), "OUTPUT_UNITS": o("set_units")}
    if alg == "idle":
        return "idlelandpotential", {
            "INPUT": _sub(gpkg, "parcels", "fid % 2 = 0"), "TYPE_FIELD": "mtype", "SLOPE_FIELD": "slope",
            "SOIL_FIELD": "soil", "CONSTRUCTION": _sub(gpkg, "construction"), "NEAR_DISTANCE": 300.0,
            "UNITS": _sub(gpkg, "villages"), "UNIT_FIELD": "name", "OUTPUT": o("idle"), "OUTPUT_UNITS": o("idle_units")}
    if alg == "problems":
        return "problempatches", {
            "INPUT": _sub(gpkg, "parcels"), "RED_LINE": _sub(gpkg, "red"), "TOWNSHIPS": _sub(gpkg, "towns"),
            "OUTPUT": o("problems"), "SUMMARY": o("problems_summary")}
    if alg == "projects":
        p = {"PRIORITY": _sub(gpkg, "villages"), "NAME_FIELD": "name", "MINES": _sub(gpkg, "parcels", "fid % 8 = 0"),
             "OUTPUT": o("projects"), "TABLE": o("projects_table"), "KEY_PROJECTS": o("key_projects"),
             "KEY_AREAS_OUTPUT": o("key_areas")}
        if prev.get("problems"):
            p["PROBLEMS"] = prev["problems"]
        return "projectlibrary", p
    if alg == "dltb":
        return "dltbimport", {"INPUT": _sub(gpkg, "parcels"), "CELL_SIZE": 30, "OUTPUT": o("landuse")[:-5] + ".tif"}
    if alg == "indicators":
        p = {"REGION": _sub(gpkg, "villages"), "UNIT_FIELD": "name", "RED_LINE": _sub(gpkg, "red"),
             "COASTLINE": _sub(gpkg, "coast"), "SHORE_FIELD": "shore", "ISLAND_FIELD": "island",
             "OUTPUT": o("indicators")}
        if prev.get("problems"):
            p["RESTORATION"] = prev["problems"]
        return "indicatorbasevalues", p
    raise SystemExit("unknown algorithm " + alg)


def direct(alg, gpkg):
    """(seconds, digest) of the checks called directly on the parcels' geometries."""
    geoms = [f.geometry() for f in _sub(gpkg, "parcels").getFeatures()]
    t0 = time.time()
    if alg == "dbcheck":
        from eco_restore_plugin.algorithms.targets._database_overlap import overlapping_pairs
        pairs = overlapping_pairs([("P{}".format(k), bytes(g.asWkb())) for k, g in enumerate(geoms)], 1.0)
        return time.time() - t0, {"pairs": (hashlib.sha1(repr(pairs).encode()).hexdigest()[:16], len(pairs))}
    from eco_restore_plugin.algorithms.zoning._common import vector_adjacency
    edges, shared = vector_adjacency(geoms)
    return time.time() - t0, {"edges": (hashlib.sha1(edges.tobytes() + shared.round(6).tobytes()).hexdigest()[:16],
                                        len(edges))}


def raster_digest(path):
    """SHA-1 of a raster's first band, and its number of non-zero cells."""
    from osgeo import gdal
    ds = gdal.Open(path)              # kept while its band is read (else a crash)
    a = ds.GetRasterBand(1).ReadAsArray()
    ds = None
    return hashlib.sha1(a.tobytes()).hexdigest()[:16], int((a != 0).sum())


def digest(value):
    """SHA-1 of the sorted (attributes, geometry WKT at 3 decimals) rows of a vector output, and its count."""
    from qgis.core import QgsVectorLayer
    lyr = value if not isinstance(value, str) else QgsVectorLayer(value, "o", "ogr")
    rows = []
    for f in lyr.getFeatures():
        attrs = [round(a, 9) if isinstance(a, float) else str(a) for a in f.attributes()[1:]]
        g = f.geometry()
        rows.append(repr(attrs) + (g.asWkt(3) if g is not None and not g.isNull() else ""))
    rows.sort()
    return hashlib.sha1("\n".join(rows).encode("utf-8")).hexdigest()[:16], len(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 40000, 160000])
    ap.add_argument("--algs", nargs="+", default=["farmland", "settlement", "idle", "problems", "projects", "indicators", "dltb", "dbcheck", "adjacency"])
    ap.add_argument("--root", default=ROOT, help="the plugin checkout to benchmark (default: this one)")
    ap.add_argument("--folder", default="/tmp/vecscale")
    ap.add_argument("--dump", help="write the output digests to this JSON file")
    args = ap.parse_args()
    sys.path.insert(0, os.path.abspath(args.root))
    print("plugin from {}; load average {:.2f}".format(os.path.abspath(args.root), os.getloadavg()[0]), flush=True)
    from eco_restore_plugin import headless
    session = headless.start()
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    os.makedirs(args.folder, exist_ok=True)
    times, digests = {a: [] for a in args.algs}, {}
    p = res = prev = None
    for n in args.sizes:
        gpkg = os.path.join(args.folder, "region_{}.gpkg".format(n))
        if not os.path.exists(gpkg):
            build(gpkg, n)
        out = os.path.join(args.folder, "out_{}_{}".format(n, abs(hash(os.path.abspath(args.root))) % 10000))
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            os.remove(os.path.join(out, f))
        prev = {}
        for a in args.algs:
            if a in ("dbcheck", "adjacency"):
                dt, dg = direct(a, gpkg)
                digests["{} {}".format(a, n)] = dg
                times[a].append((n, dt))
                print("  {:10} {:>9,} parcels {:8.2f} s  load {:.2f}  {}".format(
                    a, n, dt, os.getloadavg()[0], " ".join("{}={}/{}".format(k, *v) for k, v in dg.items())), flush=True)
                continue
            name, p = params(a, gpkg, out, prev)
            nfeat = (p.get("INPUT") or p.get("PRIORITY") or p["REGION"]).featureCount()
            t0 = time.time()
            res = processing.run("ecorestore:" + name, p, context=QgsProcessingContext(),
                                 feedback=QgsProcessingFeedback())
            dt = time.time() - t0
            prev[a] = res.get("OUTPUT")
            dg = {k: digest(v) for k, v in sorted(res.items())
                  if isinstance(v, str) and ".gpkg" in v}
            dg.update({k: raster_digest(v) for k, v in sorted(res.items()) if isinstance(v, str) and v.endswith(".tif")})
            digests["{} {}".format(a, n)] = dg
            times[a].append((n, dt))
            print("  {:10} {:>9,} parcels ({:,} input features) {:8.2f} s  load {:.2f}  {}".format(
                a, n, nfeat, dt, os.getloadavg()[0], " ".join("{}={}/{}".format(k, *v) for k, v in dg.items())),
                flush=True)
    for a, rows in times.items():
        print("  {:10} exponent (time vs parcels): {:.2f}   times {}".format(
            a, slope([r[0] for r in rows], [r[1] for r in rows]), " / ".join("{:.2f}".format(r[1]) for r in rows)))
    if args.dump:
        with open(args.dump, "w") as fh:
            json.dump(digests, fh, indent=1, sort_keys=True)
    del p, res, prev          # the layers go before QGIS exits (else a crash at exit)
    import gc
    gc.collect()
    session.stop()


if __name__ == "__main__":
    main()
