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

    # zone inputs kept in the planning database (not memory layers), so every run can be repeated
    rivers = processing.run("native:buffer", {"INPUT": layer("rivers"), "DISTANCE": 30.0, "DISSOLVE": True,
                                              "OUTPUT": chain.table("river_zones")})["OUTPUT"]
    chain.catalog.append(("river_zones", "vector", "河湖管理范围（示例：河道两侧 30 米）",
                          "River management zones (demo: 30 m either side)", "native:buffer", "planning.gpkg"))
    params = {"INPUT": layer("dltb_2020"),
              "RED_LINE": layer("red_line"), "FARMLAND": layer("basic_farmland"),
              "URBAN_BOUNDARY": layer("urban_boundary"), "RIVER_ZONES": rivers, "MINES": layer("mines"),
              "ROADS": layer("roads"), "SHORELINE": layer("coastline"), "SHORE_FIELD": "natural",
              "SLOPE": os.path.join(s["OUTPUT_FOLDER"], "slope.tif"),
              "SOIL_LOSS": chain.raster("soil_loss"), "DEGRADATION": chain.raster("degradation"),
              "TOWNSHIPS": layer("townships"),
              "OUTPUT": chain.table("problem_patches"), "SUMMARY": chain.table("problem_summary")}
    paths = chain.results.get("leastcostcorridors", {}).get("PATHS")
    if paths:
        params["CORRIDORS"] = processing.run("native:buffer", {
            "INPUT": paths, "DISTANCE": 100.0, "DISSOLVE": True, "OUTPUT": chain.table("corridor_zones")})["OUTPUT"]
        chain.catalog.append(("corridor_zones", "vector", "生态廊道范围（示例：路径两侧 100 米）",
                              "Corridor zones (demo: 100 m either side of the paths)", "native:buffer",
                              "planning.gpkg"))
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
    # the plan sheets: base values per township, the 2020 structure table, the graded rasters, the
    # realistic consolidation potential per township (each when its step ran)
    for key, alg, out in (("INDICATORS", "indicatorbasevalues", "OUTPUT"), ("LANDUSE", "landusestructure", "OUTPUT"),
                          ("IMPORTANCE", "protectionimportance", "OUTPUT"),
                          ("POTENTIAL", "realisticpotential", "OUTPUT")):
        if chain.results.get(alg, {}).get(out):
            tables[key] = chain.results[alg][out]
    grades = [chain.results[a]["GRADE"] for a in ("vulnerabilitysoilerosion", "vulnerabilityrockydesertification",
                                                   "vulnerabilitycoastalerosion") if chain.results.get(a)]
    if grades:
        tables["VULNERABILITY"] = grades
    res = chain.run("Attached tables 规划附表", "attachedtables", tables)
    print("    {} sheets in {}".format(int(res["SHEETS"]), os.path.basename(tables["OUTPUT_FILE"])))
