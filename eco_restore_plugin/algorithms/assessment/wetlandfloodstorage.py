"""Flood regulation of wetlands (湿地调蓄): storage above the normal water level = area × regulating depth."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsFeatureRequest,
    QgsProcessingParameterMatrix,
)

from ...core import marine as H
from ...i18n import tr
from ...processing_helpers.tables import matrix_rows, to_float
from ...processing_helpers.vector_io import (
    PreparedGeometries, add_row, spatial_index, split_geometries, table_sink,
)
from ..base import EcoRestoreAlgorithm
from . import _marine as M


class WetlandFloodStorage(EcoRestoreAlgorithm):
    NAME = "wetlandfloodstorage"
    GROUP = "assessment"
    DISPLAY = "Wetland flood regulation storage (湿地调蓄能力)"
    TAGS = "wetland,flood regulation,storage,lake,reservoir,watershed,湿地,调蓄,洪水调蓄,湖泊,水库,小流域"
    HELP = (
        "Storage volume of lakes, reservoirs, rivers, ponds and marshes above their normal water level: area × "
        "regulating depth of the wetland's type (湿地专题: 湿地调蓄), per wetland and summed per watershed (a wetland "
        "crossing watersheds is split by them). Type field values: lake / reservoir / river / pond / marsh / "
        "mangrove / tidal_flat, their Chinese names or 三调 codes (1102 湖泊水面, 1103 水库水面, 1101 河流水面, 1104 "
        "坑塘水面, 1108 沼泽地, 1106 内陆滩涂, 0303 红树林地, 1105 沿海滩涂); other values are left out with a warning. "
        "The default depths (lake 1.0 m, reservoir 2.0 m, river 0.5 m, pond 0.3 m, marsh 0.3 m, coastal wetlands 0) "
        "are the plugin's illustrative values, NOT from a standard: replace them by the regulating depths of the "
        "local flood-control plans (调洪水位 − 正常蓄水位), or use the area-storage relations of the GEP guide "
        "(陆地生态系统生产总值（GEP）核算技术指南, 2020) for a formal estimate.")
    PARAM_HELP = {
        "WETLANDS": "Wetland polygons (projected CRS in metres).",
        "TYPE_FIELD": "Field with the wetland type (English key, Chinese name or 三调 code).",
        "DEPTHS": "Regulating depth (m) above the normal water level of each type (the plugin's defaults, see help).",
        "WATERSHEDS": "Watershed polygons for the sums (optional). Empty: one total.",
        "WATERSHED_FIELD": "Watershed id or name field.",
        "OUTPUT": "The wetlands with type, depth (m), area (ha), storage (m³ and 万m³) and main watershed.",
        "SUMMARY": "Storage by watershed and type (万m³).",
    }

    WET, TYPE, DEPTHS, WS, WS_FIELD, OUTPUT, SUMMARY = ("WETLANDS", "TYPE_FIELD", "DEPTHS", "WATERSHEDS",
                                                        "WATERSHED_FIELD", "OUTPUT", "SUMMARY")

    def initAlgorithm(self, config=None):
        poly = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.WET, tr("Wetlands"), poly))
        self.addParameter(QgsProcessingParameterField(self.TYPE, tr("Wetland type field"),
                                                      parentLayerParameterName=self.WET))
        flat = []
        for k, d in H.REGULATING_DEPTH.items():
            flat += [H.WETLAND_TYPES_ZH.get(k, k), "{:g}".format(d)]  # Chinese names; English keys read too
        self.addParameter(QgsProcessingParameterMatrix(
            self.DEPTHS, tr("Regulating depth by type (m)"), numberRows=0, hasFixedNumberRows=False,
            headers=[tr("Wetland type"), tr("Depth (m)")], defaultValue=flat, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.WS, tr("Watersheds"), poly, optional=True))
        self.addParameter(QgsProcessingParameterField(self.WS_FIELD, tr("Watershed field"), defaultValue="ws_id",
                                                      parentLayerParameterName=self.WS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Wetland storage"),
                                                            QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Storage by watershed"),
                                                            QgsProcessing.TypeVector))

    def process(self, parameters, context, feedback):
        label = tr("Wetlands")
        src = self.parameterAsSource(parameters, self.WET, context)
        M.require_projected(src, label)
        depths = {}
        for row in matrix_rows(self.table_value(parameters, self.DEPTHS), 2):
            if row[0]:
                d = to_float(row[1], tr("Regulating depth by type"))
                if d < 0:
                    raise QgsProcessingException(tr("Regulating depth by type: '{}' has a negative depth.").format(
                        row[0]))
                name = row[0].strip()
                depths[H.WETLAND_ALIASES.get(name) or name.lower()] = d
        ti = M.field_index(src, self.parameterAsString(parameters, self.TYPE, context), label)
        ws_src = self.parameterAsSource(parameters, self.WS, context)
        ws_geoms, ws_names = [], []
        if ws_src is not None:
            wi = M.field_index(ws_src, self.parameterAsString(parameters, self.WS_FIELD, context), tr("Watersheds"))
            for i, (g, f) in enumerate(M.polygons(ws_src, src.sourceCrs(), context, tr("Watersheds"))):
                ws_geoms.append(g)
                ws_names.append(str(f.attributes()[wi]))
        from qgis.core import QgsField, QgsFields
        from qgis.PyQt.QtCore import QVariant
        fields = QgsFields(src.fields())
        for n, k in (("wl_type", QVariant.String), ("wl_type_zh", QVariant.String), ("depth_m", QVariant.Double),
                     ("area_ha", QVariant.Double), ("storage_m3", QVariant.Double),
                     ("storage_wan_m3", QVariant.Double), ("watershed", QVariant.String)):
            if fields.lookupField(n) >= 0:
                raise QgsProcessingException(tr("{}: the input already has a field '{}'; rename it.").format(label, n))
            fields.append(QgsField(n, k))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, src.wkbType(), src.sourceCrs())
        if sink is None:
            raise QgsProcessingException(tr("Cannot create the output table {}.").format(self.OUTPUT))
        sums, unknown, kept = {}, {}, 0
        # the types first (no geometry, one field): a 三调 parcel layer holds ~4 % wetlands (issue 20)
        types, wanted, seen = {}, [], 0
        for f in src.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
                                 .setSubsetOfAttributes([ti])):
            seen += 1
            if seen % 5000 == 0:
                self.check_cancel(feedback)
            v = f.attributes()[ti]
            key = str(v)
            if key not in types:
                types[key] = H.wetland_type(v, depths)
            if types[key] is None:
                unknown[key] = unknown.get(key, 0) + 1
            else:
                wanted.append(f.id())
        # watersheds cut into pieces of <= 256 vertices (their union is the watershed): a wetland is laid over
        # the few pieces around it, not every vertex of a county-wide polygon (issue 20)
        pieces, owner = split_geometries(ws_geoms)
        piece_index = spatial_index(pieces)
        engines = PreparedGeometries(pieces)
        for start in range(0, len(wanted), 4096):       # in the layer's order, 4096 features at a time
            self.check_cancel(feedback)
            chunk = wanted[start:start + 4096]
            got = {f.id(): f for f in src.getFeatures(QgsFeatureRequest().setFilterFids(chunk))}
            for fid in chunk:
                f = got.get(fid)
                g = f.geometry() if f is not None else None
                if g is None or g.isNull() or g.isEmpty():
                    continue
                attrs = f.attributes()
                t = types[str(attrs[ti])]
                d = depths[t]
                area = g.area()
                main, best = "", -1.0
                if ws_geoms:
                    cg, shares = g.constGet(), {}
                    for k in piece_index.intersects(g.boundingBox()):
                        if not engines[k].intersects(cg):
                            continue
                        # inside one piece: the wetland's own area, no overlay
                        a = area if engines[k].contains(cg) else g.intersection(pieces[k]).area()
                        shares[owner[k]] = shares.get(owner[k], 0.0) + a
                    for i in sorted(shares):
                        a = shares[i]
                        if a > 0:
                            sums[(ws_names[i], t)] = sums.get((ws_names[i], t), 0.0) + H.flood_storage(a, d)
                            if a > best:
                                main, best = ws_names[i], a
                else:
                    sums[("", t)] = sums.get(("", t), 0.0) + H.flood_storage(area, d)
                vol = H.flood_storage(area, d)
                kept += 1
                add_row(sink, fields, list(attrs) + [t, H.WETLAND_TYPES_ZH.get(t, t), d, round(area / 1e4, 4),
                                                     round(vol, 1), round(vol / 1e4, 4), main], g)
            feedback.setProgress(90.0 * min(len(wanted), start + 4096) / max(1, len(wanted)))
        if unknown:
            feedback.pushWarning(tr("Types not in the depth table, left out: {}.").format(
                M.describe("'{}' ({})".format(k, v) for k, v in unknown.items())))
        if not kept:
            raise QgsProcessingException(tr(
                "{}: no feature has a type of the depth table ({}). Check the type field or add its values to the "
                "table.").format(label, ", ".join(depths)))
        ssink, sdest, sfields = table_sink(self, parameters, self.SUMMARY, context, [
            ("watershed", "string"), ("wl_type", "string"), ("wl_type_zh", "string"), ("storage_wan_m3", "double")])
        for (ws, t), v in sorted(sums.items()):
            add_row(ssink, sfields, [ws, t, H.WETLAND_TYPES_ZH.get(t, t), round(v / 1e4, 4)])
        feedback.pushInfo(tr("Total storage {:.2f} 万m³.").format(sum(sums.values()) / 1e4))
        return {self.OUTPUT: dest, self.SUMMARY: sdest}
