"""Layout helpers of the planning atlas (规划图集), by topic; ``ecorestore:atlasexport`` is their adapter.

No Processing algorithm here (the provider only registers ``EcoRestoreAlgorithm`` subclasses):
``algorithms/targets/atlasexport.py`` and ``scripts/build_templates.py`` use these functions, usually as
``from ..processing_helpers import atlas as A``; every public name of the modules is available here.

* :mod:`.common`: fonts, item ids, paper sizes, text formats, labels, empty pages;
* :mod:`.templates`: building the built-in templates (``resources/templates/atlas_<paper>.qpt``);
* :mod:`.loading`: reading templates and layouts, finding items by id, replacing missing fonts;
* :mod:`.catalogue`: the map catalogue (:data:`MAPS`) and the layers of each map;
* :mod:`.styles`: default styles of base and unstyled result layers, labels;
* :mod:`.landuse_classes`: 三调 land-use codes to first-level groups and ecosystem types;
* :mod:`.page_items`: filling a map page: titles, main and inset maps, legend, graticule, scale bar;
* :mod:`.pages`: the contents page and the indicator-table page;
* :mod:`.writers`: the multi-layout PDF (:class:`PdfBook`) and per-map PNG/PDF files.

Templates hold one map page whose items have stable ids (:data:`ITEM_IDS`); the atlas loads a template
into a new layout per map and fills the items by id.
"""
from .catalogue import (  # noqa: F401
    LANDUSE_BASE, LANDUSE_NAMES, MAPS, NEAR_TERM, MapSpec, base_layers, layer_names, load_ctx_layer,
    load_layer, read_catalog, resolve_layers, resolve_pages,
)
from .common import (  # noqa: F401
    FONTS, GRATICULE_CRS, GRATICULE_STEPS, ITEM_IDS, MM, PAPER_KEYS, PAPER_SIZES, add_label, atlas_font,
    new_page_layout, page_size_mm, template_path, text_format,
)
from .landuse_classes import (  # noqa: F401
    ECOSYSTEM_TYPES, LANDUSE_GROUPS, WETLAND_CODES, landuse_code_parts, landuse_to_ecosystems,
    landuse_to_groups, reclassified_layer,
)
from .loading import find_items, fix_fonts, layout_document, layout_from_document, read_template  # noqa: F401
from .page_items import (  # noqa: F401
    drop_band_legend_node, fill_map, graticule_step, legend_labels, nice_step, refresh_scale, set_graticule,
    set_scalebar,
)
from .pages import DEFAULT_TITLE, INDICATOR_TITLE, contents_layout, indicator_layout, indicator_rows  # noqa: F401
from .styles import (  # noqa: F401
    BASE_STYLES, CATEGORY_FIELDS, PALETTE, RESULT_STYLES, categorize, label_layer, simple_symbol, style_vector,
)
from .templates import build_template_layout, north_arrow_svg, save_template, template_rects  # noqa: F401
from .writers import PdfBook, export_files, export_pdf, export_png, prepare_render  # noqa: F401
