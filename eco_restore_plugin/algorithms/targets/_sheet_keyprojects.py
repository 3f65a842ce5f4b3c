"""The 重点工程表 (key projects table) of the attached tables: one row per key project (重点工程) with its key
area (重点区域, subtotals), period, number of projects, scale and investment by funding source, from the
key-projects table of 'Project library' (its optional output KEY_PROJECTS). Sheet structure as in
``core/deliverables.py``."""
from qgis.core import QgsFeatureRequest, QgsProcessingException

from ...core import deliverables as D
from ...i18n import tr
from ._sheets import value as _v

FIELDS = ("kp_id", "kp_name", "ka_id", "ka_name", "period", "years", "n_proj", "area_ha", "len_km", "cost_wan", "tz_zy",
          "tz_sj", "tz_sx", "tz_shzb")
HEADERS = ["重点区域", "重点工程编号", "重点工程名称", "实施时序", "项目数（个）", "面积（hm²）", "长度（km）", "总投资（万元）",
           "中央资金（万元）", "省级资金（万元）", "市县资金（万元）", "社会资本（万元）"]
DECIMALS = [0, 4, 4, 2, 2, 2, 2, 2]


def key_project_records(source):
    """Records of the key-projects table; the funding parts rounded to 2 decimals with the remainder in
    社会资本, so the four parts add up to the rounded investment of the row."""
    missing = [n for n in FIELDS if source.fields().lookupField(n) < 0]
    if missing:
        raise QgsProcessingException(tr(
            "The key projects table lacks the field(s) {}: give the key projects output of 'Project library'.")
            .format(", ".join(missing)))
    recs = []
    for f in source.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
        cost = round(float(_v(f, "cost_wan") or 0.0), 2)
        parts = [round(float(_v(f, k) or 0.0), 2) for k in ("tz_zy", "tz_sj", "tz_sx")]
        recs.append({"area": "{} {}".format(_v(f, "ka_id") or "", _v(f, "ka_name") or "").strip(), "id": str(_v(f, "kp_id") or ""),
                     "name": str(_v(f, "kp_name") or ""),
                     "period": "{} {}".format(_v(f, "period") or "", _v(f, "years") or "").strip(),
                     "n": float(_v(f, "n_proj") or 0), "ha": float(_v(f, "area_ha") or 0.0),
                     "km": float(_v(f, "len_km") or 0.0), "cost": cost, "f0": parts[0], "f1": parts[1],
                     "f2": parts[2], "f3": round(cost - sum(parts), 2)})
    return recs


def key_projects_sheet(source):
    """The 重点工程表 sheet (``{"name", "title", "unit", "headers", "rows", "decimals"}``): rows by key
    area (小计 per key area, 合计; the key area written with its id, ZDQY01 …, which orders the rows) and key
    project."""
    recs = key_project_records(source)
    return {"name": "重点工程表", "title": "附表 生态保护修复重点工程表",
            "unit": "面积单位：公顷（hm²）；长度单位：千米（km）；投资单位：万元", "headers": list(HEADERS),
            "decimals": list(DECIMALS),
            "rows": D.grouped_rows(recs, "area", ["id", "name", "period"],
                                   ["n", "ha", "km", "cost", "f0", "f1", "f2", "f3"], DECIMALS)}
