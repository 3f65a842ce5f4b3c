"""Demo step of the planning database (规划数据库, issue 16 §4): planning.gpkg exported to the shipped
schema as a GeoPackage and a File geodatabase, each checked by the database checker. Part of ``STEPS`` in
scripts/demo_steps.py, after the deliverables and before the atlas.
"""
import os


def database(chain, args):
    from osgeo import ogr

    chain.write_catalog()          # the export reads each layer's source algorithm from layer_catalog
    ds = ogr.Open(chain.gpkg)
    county = ds.GetLayerByName("base_county").GetNextFeature()
    code, name = str(county.GetField("code")), str(county.GetField("name"))
    ds = None
    folder = os.path.join(chain.out, "database")
    for fmt, ext, label in ((0, ".gpkg", "GeoPackage"), (2, ".gdb", "File GDB")):
        db = os.path.join(folder, "生态修复规划数据库" + ext)
        res = chain.run("Planning database export 规划数据库导出 ({})".format(label), "databaseexport", {
            "INPUT": chain.gpkg, "XZQDM": code, "XZQMC": name, "FORMAT": fmt, "OUTPUT": db})
        print("    {} layers, {} features -> {}".format(int(res["LAYER_COUNT"]), int(res["FEATURE_COUNT"]),
                                                       os.path.relpath(res["OUTPUT"], chain.out)))
        check = chain.run("Planning database check 规划数据库质检 ({})".format(label), "databasecheck", {
            "INPUT": res["OUTPUT"], "OUTPUT": "TEMPORARY_OUTPUT",
            "REPORT": os.path.join(folder, "质检报告_{}.html".format(ext[1:]))})
        print("    {} failed checks, {} offending features".format(int(check["FAILED_RULES"]),
                                                                    int(check["FAILED_FEATURES"])))
