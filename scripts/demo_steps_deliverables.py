"""Demo steps of the plan's deliverables (成果): ecological problem patches from the 2020 三调 parcels and
the attached tables (附表) of the plan text. Part of ``STEPS`` in scripts/demo_steps.py, after the targets
step and before the atlas.

The project library is built again here with its hierarchy 重点区域 → 重点工程 → 项目 (issue 16 §2): projects from
the problem patches (one per village and project type; mines come in through rule R07, so the mine polygons
are not given again), the river buffers and the marine projects of the sea units, key areas = the restoration
zones; it replaces the zoning step's ``project_library`` (same layer names, so the atlas maps it) and adds
``key_areas`` and ``key_projects``; ``targetattainment`` then sums the projects' contributions per period.

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
    _hierarchy(chain, problems["OUTPUT"], tables)
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


def _hierarchy(chain, problems, tables):
    """projectlibrary with problem patches, sea units and unit costs; the period check; the 重点工程表 input."""
    from eco_restore_plugin.sampledata.region import COUNTY_CODE, COUNTY_NAME

    prio = chain.results.get("restorationpriority", {}).get("OUTPUT")
    if not prio:
        return
    s = chain.results["createsampleregion"]
    params = {"PRIORITY": prio, "RIVERS": "{}|layername=rivers".format(s["GPKG"]), "PROBLEMS": problems,
              "REGION_CODE": COUNTY_CODE, "REGION_NAME": COUNTY_NAME[0],
              # the demo's own budgets (万元), so that the 7 455 万元 of projects spread over the three periods
              "BUDGET_NEAR": 2500.0, "BUDGET_MID": 2500.0, "BUDGET_FAR": 3000.0,
              "OUTPUT": chain.table("project_library"), "TABLE": chain.table("project_library_table"),
              "KEY_AREAS_OUTPUT": chain.table("key_areas"), "KEY_PROJECTS": chain.table("key_projects")}
    marine = chain.results.get("marineplanningunits")
    if marine:
        params.update(SEA_UNITS=marine["UNITS"], SEA_PROJECTS=marine["PROJECTS"])
    if chain.results.get("restorationzoning"):
        params.update(KEY_AREAS=chain.results["restorationzoning"]["OUTPUT"], KEY_AREA_FIELD="zone_name")
    lib = chain.run("Project hierarchy 重点区域—重点工程—项目", "projectlibrary", params,
                    [("KEY_AREAS_OUTPUT", "key_areas", "生态保护修复重点区域", "Key areas"),
                     ("KEY_PROJECTS", "key_projects", "生态保护修复重点工程表", "Key projects table")])
    print("    {:.2f} 万元 scheduled".format(lib["TOTAL_COST"]))
    tables["KEY_PROJECTS"] = lib["KEY_PROJECTS"]
    att = chain.results.get("targetattainment")
    dec = chain.results.get("targetdecomposition")
    base = chain.results.get("indicatorbasevalues")
    if att and dec and base:
        chain.run("Project contributions by period 项目分期指标贡献", "targetattainment", {
            "TARGETS": dec["OUTPUT_TABLE"], "VALUES": base["OUTPUT"], "PROJECTS": lib["OUTPUT"],
            "OUTPUT": chain.table("target_attainment"), "PERIOD_OUTPUT": chain.table("target_periods")},
            document=[("PERIOD_OUTPUT", "target_periods", "项目分期指标贡献", "Project contributions by period")])
