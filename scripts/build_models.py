#!/usr/bin/env python3
"""Build the Graphical Modeler models shipped with the provider (resources/models/*.model3).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_models.py

The models are written from code so they stay in step with the algorithms; open them in the
Graphical Modeler to see or edit them. ``tests/qgis/test_models.py`` runs them and checks that the
committed files are what this script writes.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
MODELS = os.path.join(ROOT, "resources", "models")


#: child id (stable: output names are "<child id>:<output>") -> the step name shown in the modeler.
STEP_NAMES = {
    "sample": "生成示例县 Create Demo County",
    "water": "水源涵养 Water conservation",
    "soil": "水土保持 Soil conservation",
    "habitat": "生境质量 Habitat quality",
    "grade_water": "水源涵养重要性分级 Grade water conservation",
    "grade_soil": "水土保持重要性分级 Grade soil conservation",
    "grade_habitat": "生物多样性维护重要性分级 Grade habitat quality",
    "combine": "生态系统服务重要性集成 Combine importance grades",
    "protection": "生态保护重要性 Ecological protection importance",
    "landscape": "景观格局指数 Landscape metrics",
}

#: model output name (public: a script reads ``res["<child id>:<name>"]``, so the names stay) -> the label
#: shown in the modeler, the run dialog and the loaded layer's name, Chinese first.
OUTPUT_LABELS = {
    "Water conservation 水源涵养": "水源涵养 Water conservation",
    "Soil conservation 水土保持": "水土保持 Soil conservation",
    "Habitat quality 生境质量": "生境质量 Habitat quality",
    "Ecological protection importance 生态保护重要性": "生态保护重要性 Ecological protection importance",
    "Extremely important areas 生态保护极重要区": "生态保护极重要区 Extremely important areas",
    "Landscape metrics 景观格局指数": "景观格局指数 Landscape metrics",
}


def full_chain_model():
    """Demo County → services → importance grades → protection importance → landscape metrics."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource as Src,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterNumber,
    )
    from qgis.PyQt.QtCore import QPointF

    m = QgsProcessingModelAlgorithm("fullchain", "Models", "ecorestore")
    m.setHelpContent({"ALG_DESC": (
        "Full chain on the Demo County sample region: builds the region, computes water "
        "conservation, soil conservation and habitat quality, grades each by cumulative share, "
        "combines them, derives ecological protection importance (nature reserves raised) and the "
        "landscape metrics. 示例县全流程：生成样例区域，计算水源涵养、水土保持和生境质量，按累积服务值分级"
        "并集成，得到生态保护重要性，并计算景观格局指数。")})
    size = QgsProcessingParameterNumber("size", "大小（像元数） Size in cells",
                                        QgsProcessingParameterNumber.Integer, 300, minValue=100, maxValue=5000)
    m.addModelParameter(size, QgsProcessingModelParameter("size"))
    m.parameterComponent("size").setPosition(QPointF(120, 60))

    y = [60]

    from qgis.core import QgsApplication, QgsProcessingDestinationParameter

    def child(cid, alg, sources, outputs=(), x=420):
        c = QgsProcessingModelChildAlgorithm("ecorestore:" + alg)
        c.setChildId(cid)
        c.setDescription(STEP_NAMES[cid])
        for name, src in sources.items():
            c.addParameterSources(name, src if isinstance(src, list) else [src])
        # Every other input takes the algorithm's default as a static value, so the model is valid in
        # the Graphical Modeler (a required parameter with a default is still "mandatory" there).
        definition = QgsApplication.processingRegistry().algorithmById("ecorestore:" + alg)
        if definition is None:
            raise SystemExit("algorithm ecorestore:{} is not registered".format(alg))
        for p in definition.parameterDefinitions():
            if p.name() in sources or isinstance(p, QgsProcessingDestinationParameter):
                continue
            if p.defaultValue() is not None:
                c.addParameterSources(p.name(), [Src.fromStaticValue(p.defaultValue())])
        outs = {}
        for child_output, model_output in outputs:
            o = QgsProcessingModelOutput(model_output)
            o.setChildId(cid)
            o.setChildOutputName(child_output)
            o.setDescription(OUTPUT_LABELS.get(model_output, model_output))
            outs[model_output] = o
        c.setModelOutputs(outs)
        c.setPosition(QPointF(x, y[0]))
        y[0] += 90
        m.addChildAlgorithm(c)
        return cid

    out = lambda cid, name: Src.fromChildOutput(cid, name)
    child("sample", "createsampleregion", {"SIZE": Src.fromModelParameter("size"),
                                           "SEED": Src.fromStaticValue(2020)})
    child("water", "waterconservation", {"LANDUSE": out("sample", "LANDUSE_2020"),
                                         "PRECIPITATION": out("sample", "PRECIPITATION"),
                                         "ET": out("sample", "ET")},
          [("OUTPUT", "Water conservation 水源涵养")])
    child("soil", "soilconservation", {"DEM": out("sample", "DEM"), "R_FACTOR": out("sample", "R_FACTOR"),
                                       "K_FACTOR": out("sample", "K_FACTOR"),
                                       "LANDUSE": out("sample", "LANDUSE_2020")},
          [("CONSERVED", "Soil conservation 水土保持")])
    child("habitat", "habitatquality", {"LANDUSE": out("sample", "LANDUSE_2020")},
          [("QUALITY", "Habitat quality 生境质量")])
    grades = []
    for cid, src_id, src_out in (("grade_water", "water", "OUTPUT"), ("grade_soil", "soil", "CONSERVED"),
                                 ("grade_habitat", "habitat", "QUALITY")):
        child(cid, "importancegrading", {"INPUT": out(src_id, src_out)}, x=720)
        grades.append(out(cid, "OUTPUT"))
    child("combine", "importancecombine", {"INPUTS": grades}, x=720)
    child("protection", "protectionimportance", {"SERVICE_GRADE": out("combine", "OUTPUT"),
                                                 "PROTECTED_AREAS": out("sample", "NATURE_RESERVES"),
                                                 "MIN_AREA_HA": Src.fromStaticValue(5.0)},
          [("OUTPUT", "Ecological protection importance 生态保护重要性"),
           ("POLYGONS", "Extremely important areas 生态保护极重要区")], x=720)
    child("landscape", "landscapemetrics", {"INPUT": out("sample", "LANDUSE_2020")},
          [("OUTPUT", "Landscape metrics 景观格局指数")])
    return m


def build(folder=MODELS):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "fullchain.model3")
    model = full_chain_model()
    if not model.toFile(path):
        raise SystemExit("could not write " + path)
    return [path]


def main():
    from eco_restore_plugin import headless

    session = headless.start()  # the algorithms must be registered: their defaults fill the model
    try:
        for p in build():
            print(p)
    finally:
        session.stop()


if __name__ == "__main__":
    main()
