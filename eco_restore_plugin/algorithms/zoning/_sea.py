"""Sea planning units in zoning and priority (陆海统筹): reading the 海域 units (output of 'Sea planning units and
marine projects', or any sea polygons), the marine health of the stations inside them, the sea zone rules and
their colours. No algorithm here; shared by restorationzoning and restorationpriority."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingException,
    QgsSpatialIndex,
)

from ...i18n import tr
from ...processing_helpers.grid import require_projected_source
from ...processing_helpers.styles import SEA_ZONE_COLOURS
from ...processing_helpers.vector_io import attribute_float, make_field, repaired_polygons

#: sea zone types: zone type, control level, condition (QGIS expression on the sea unit fields: ``zone`` the
#: sea-use function zone type, ``marine_cost_wan`` the marine projects' cost, ``area_ha``, ``ceh`` the health
#: index of the stations), main problems, main measures. First matching rule wins; keep a TRUE rule last.
#: The zone type names follow the usual 海域 zones of county 国土空间生态修复规划 (protection-restoration of marine
#: ecosystems, coastal-belt remediation); the conditions and the CEH break 75 (HY/T 087-2005 健康 / 亚健康) are the
#: plugin's defaults, not taken from a standard.
DEFAULT_SEA_RULES = [
    ("海洋生态保护修复区", "一级管控",
     "\"zone\" IN ('海洋保护区', '保留区') OR coalesce(\"ceh\", 100) < 75",
     "红树林、海草床、珊瑚礁等典型海洋生态系统退化，海岛生境受损",
     "严格保护、自然恢复为主，红树林营造与修复、海草床与珊瑚礁修复、海岛生态修复"),
    ("海岸带整治修复区", "二级管控", "coalesce(\"marine_cost_wan\", 0) > 0",
     "自然岸线减少、围海养殖与岸线人工化、滨海湿地丧失",
     "岸线整治、退养还湿（退塘还林还湿）、沙滩修复、海岸带生态修复"),
    ("海域生态保育区", "三级管控", "TRUE",
     "海域开发利用压力", "海域使用管控、生态保育与监测、自然恢复"),
]
SEA_PALETTE = ["#2171b5", "#6baed6", "#9ecae1", "#08306b", "#41b6c4", "#a8ddb5"]
#: default sea criteria for the priority: field, weight, direction, role.
DEFAULT_SEA_CRITERIA = [
    ("marine_cost_wan", "0.5", "+", "restoration need 修复需求 (marine projects)"),
    ("ceh", "0.5", "-", "ecosystem health 海洋生态健康 (lower: higher priority)"),
]
SEA, LAND = "海域", "陆域"


def sea_categories(names):
    """{sea zone type: (colour, label)} (known types keep their colour, others get blues)."""
    out, k = {}, 0
    for name in names:
        if name in SEA_ZONE_COLOURS:
            out[name] = (SEA_ZONE_COLOURS[name], name)
        else:
            out[name] = (SEA_PALETTE[k % len(SEA_PALETTE)], name)
            k += 1
    return out


class SeaUnits:
    """The 海域 units: features (with a ``ceh`` field added when stations are given), geometries in ``crs``,
    areas (km²) and fields."""

    def __init__(self, source, crs, context, feedback, health=None, health_field="ceh", land_geoms=None,
                 tolerance=100.0):
        require_projected_source(source, tr("Sea planning units"))
        fields = source.fields()
        di = fields.lookupField("domain")
        rows = repaired_polygons(source, crs, context)
        if di >= 0:
            kept = [(g, f) for g, f in rows if str(f.attributes()[di]).strip() == SEA]
            if len(kept) < len(rows):
                feedback.pushInfo(tr("Sea planning units: {} unit(s) of another domain (陆域) are left out; the "
                                     "land units come from the units layer.").format(len(rows) - len(kept)))
            rows = kept
        if not rows:
            raise QgsProcessingException(tr("Sea planning units: the layer has no sea (海域) polygons. Give the "
                                            "units output of 'Sea planning units and marine projects' or sea "
                                            "polygons."))
        self.fields = QgsFields(fields)
        self.geoms = [g for g, _ in rows]
        attrs = [list(f.attributes()) for _, f in rows]
        if health is not None:
            values = self._health(health, health_field, crs, context)
            if self.fields.lookupField("ceh") < 0:
                self.fields.append(make_field("ceh", "double"))
                attrs = [a + [None] for a in attrs]
            ci = self.fields.lookupField("ceh")
            for a, v in zip(attrs, values):
                a[ci] = None if not np.isfinite(v) else round(float(v), 4)
        self.features = []
        for a in attrs:
            f = QgsFeature(self.fields)
            f.setAttributes(a)
            self.features.append(f)
        self.area = np.array([g.area() for g in self.geoms]) / 1e6
        if land_geoms is not None:
            self._check_overlap(land_geoms, tolerance)

    def _health(self, health, field, crs, context):
        """Mean health index of the stations inside each unit; a unit without a station takes the nearest
        station's value (stations are few: one or two per ecosystem)."""
        require_projected_source(health, tr("Marine health stations"))
        hi = health.fields().lookupField(field)
        if hi < 0:
            raise QgsProcessingException(tr("Marine health stations: field '{}' not found (the stations output "
                                            "of 'Marine ecosystem health' has 'ceh').").format(field))
        from qgis.core import QgsCoordinateTransform
        xform = QgsCoordinateTransform(health.sourceCrs(), crs, context.transformContext()) \
            if health.sourceCrs() != crs else None
        pts = []
        for f in health.getFeatures():
            v = attribute_float(f.attributes()[hi])
            g = f.geometry()
            if g is None or g.isEmpty() or not np.isfinite(v):
                continue
            if xform is not None:
                g.transform(xform)
            pts.append((g, v))
        if not pts:
            raise QgsProcessingException(tr("Marine health stations: no station has a value in '{}'.").format(field))
        out = []
        for ug in self.geoms:
            inside = [v for g, v in pts if ug.intersects(g)]
            if inside:
                out.append(float(np.mean(inside)))
            else:
                d = [ug.distance(g) for g, _ in pts]
                out.append(pts[int(np.argmin(d))][1])
        return out

    def _check_overlap(self, land_geoms, tolerance):
        index = QgsSpatialIndex()
        for i, g in enumerate(land_geoms):
            index.addFeature(i, g.boundingBox())
        bad = []
        for k, g in enumerate(self.geoms):
            for i in index.intersects(g.boundingBox()):
                a = g.intersection(land_geoms[i]).area()
                if a > tolerance:
                    bad.append("{} × {} ({:.0f} m²)".format(k + 1, i + 1, a))
        if bad:
            raise QgsProcessingException(tr(
                "Sea units overlap land units by more than {:g} m²: {}. Sea and land units must not overlap: "
                "clip the sea polygons with the land and run again.").format(tolerance, "; ".join(bad[:10])))


def zone_sea(sea, rules, min_area, feedback):
    """Sea zones: each sea unit typed by the first sea rule that holds, zones = adjacent sea units of one type
    (small zones merged as on land). Returns (zones 1..k per unit, zone type index per zone)."""
    from ...core import zoning
    from ._common import vector_adjacency

    rules.prepare(sea.fields, feedback)
    types = np.array([rules.classify(f) for f in sea.features])
    if (types < 0).any():
        raise QgsProcessingException(tr("{} sea unit(s) match no sea zoning rule; add a last rule with the "
                                        "condition TRUE.").format(int((types < 0).sum())))
    n = len(sea.geoms)
    edges, shared = vector_adjacency(sea.geoms)
    zones = zoning.contiguous_groups(n, edges, types)
    if min_area > 0:
        zones = zoning.merge_small_zones(n, edges, zones, sea.area, min_area=min_area, shared=shared, types=types)
    return zones, zoning.zone_dominant(zones, types, weights=sea.area)


def sea_zone_rows(sea, zones, ztype, rules, first_id, type_offset, dissolve):
    """Attribute rows (in the field order of the zoning output, domain last) and geometries of the sea zones;
    codes H-1, H-2 ... (H = 海)."""
    ci = sea.fields.lookupField("ceh")
    out = []
    for z in range(1, int(zones.max()) + 1):
        idx = np.flatnonzero(zones == z)
        name, control, _, problems, measures = rules.rows[int(ztype[z - 1])]
        found = [problems] if problems else []
        if ci >= 0:
            v = np.array([attribute_float(sea.features[i].attributes()[ci]) for i in idx])
            ok = np.isfinite(v)
            if ok.any():
                ceh = float(np.average(v[ok], weights=sea.area[idx][ok]))
                if ceh < 75:
                    found.append("海洋生态健康指数 {:.1f}（{}）".format(ceh, "亚健康" if ceh >= 50 else "不健康"))
        code = "H-{}".format(z)
        out.append(([first_id + z - 1, code, "{} {}".format(code, name), name, type_offset + int(ztype[z - 1]) + 1,
                     control, 2, None, round(float(sea.area[idx].sum()), 6), len(idx), None, None, None, None,
                     "；".join(found), measures, SEA], dissolve(sea.geoms, idx)))
    return out
