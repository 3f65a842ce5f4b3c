"""Demo steps of the plan's deliverables (成果): ecological problem patches from the 2020 三调 parcels and
the attached tables (附表) of the plan text. Part of ``STEPS`` in scripts/demo_steps.py, after the targets
step and before the atlas.

The river and lake management zones are the rivers buffered by 30 m and the corridors the least-cost
paths buffered by 100 m (Demo County has neither as polygons; both widths are the demo's own).
"""
import os


def deliverables(chain, args):
    import processing

    s = chain.results["createsampleregion"]
    gpkg = s["GPKG"]

    def layer(name):
        return "{}|layername={}".format(gpkg, name)

    rivers = processing.run("native:buffer", {"INPUT": layer("rivers"), "DISTANCE": 30.0, "DISSOLVE": True,
                                              "OUTPUT": "memory:river_zones"})["OUTPUT"]
    params = {"INPUT": layer("dltb_2020"),
              "RED_LINE": layer("red_line"), "BASIC_FARMLAND": layer("basic_farmland"),
              "URBAN_BOUNDARY": layer("urban_boundary"), "RIVER_ZONES": rivers, "MINES": layer("mines"),
              "ROADS": layer("roads"), "SHORELINE": layer("coastline"), "SHORE_FIELD": "natural",
              "SLOPE": os.path.join(s["OUTPUT_FOLDER"], "slope.tif"),
              "SOIL_LOSS": chain.raster("soil_loss"), "DEGRADATION": chain.raster("degradation"),
              "TOWNSHIPS": layer("townships"),
              "OUTPUT": chain.table("problem_patches"), "SUMMARY": chain.table("problem_summary")}
    paths = chain.results.get("leastcostcorridors", {}).get("PATHS")
    if paths:
        params["CORRIDORS"] = processing.run("native:buffer", {
            "INPUT": paths, "DISTANCE": 100.0, "DISSOLVE": True, "OUTPUT": "memory:corridors"})["OUTPUT"]
    problems = chain.run("Ecological problem patches 生态问题图斑识别", "problempatches", params,
                         [("OUTPUT", "problem_patches", "生态问题图斑", "Ecological problem patches"),
                          ("SUMMARY", "problem_summary", "生态问题图斑统计", "Problem patch summary")])
    print("    {} problem patches, {:.2f} hm²".format(int(problems["PATCHES"]), problems["AREA_HM2"]))
    tables = {"PROBLEMS": problems["OUTPUT"], "TOWNSHIPS": layer("townships"),
              "OUTPUT_FILE": os.path.join(chain.out, "附表.xlsx")}
    if chain.results.get("projectlibrary"):
        tables["PROJECTS"] = chain.results["projectlibrary"]["OUTPUT"]
    if chain.results.get("restorationzoning"):
        tables["ZONES"] = chain.results["restorationzoning"]["OUTPUT"]
    chain.run("Attached tables 规划附表", "attachedtables", tables)
