"""Demo step of the planning atlas (规划图集). Part of ``STEPS`` in scripts/demo_steps.py."""
import os


def atlas(chain, args):
    """规划图集: the maps of the planning database as one PDF (demo_output/atlas.pdf)."""
    chain.write_catalog()  # the atlas reads layer_catalog
    chain.run("Atlas 规划图集 (PDF)", "atlasexport", {
        "PLANNING_GPKG": chain.gpkg, "RASTER_FOLDER": chain.rasters,
        "ORGANISATION": "示例县自然资源局 (fictitious)", "OUTPUT": os.path.join(chain.out, "atlas.pdf")})
