<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>EcoRestore</name>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source> (not checked)</source>
      <translation>（未校核）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source> (sea planning units)</source>
      <translation>（海域规划单元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source> (without one: {})</source>
      <translation>（无该年目标：{}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/keyword_table.py" />
      <source> [optional]</source>
      <translation> [可选]</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source> and soil ≥ {:g} cm</source>
      <translation>且土层厚度 ≥ {:g} cm</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_marine.py" />
      <source> and {} more</source>
      <translation> 等另外 {} 个</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{0}' ({1}): field '{2}' of layer '{3}' is not numeric (it holds text), but this parameter needs a number field. Choose one of: {4}.</source>
      <translation>“{0}”（{1}）：图层“{3}”的字段“{2}”不是数值字段（其值为文本），而该参数需要数值字段。请从以下字段中选择：{4}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>'{value}' is not a number.</source>
      <translation>“{value}”不是数字。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>'{value}' is not a valid choice.</source>
      <translation>“{value}”不是有效选项。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>'{}' ({}) = {} is too large for the resistance raster of {} × {} cells: it must be smaller than its number of rows and of columns.</source>
      <translation>“{}”（{}）= {} 对于 {} × {} 像元的阻力栅格过大：必须小于栅格的行数和列数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}) has no features: choose a layer with features (check its filter or selection).</source>
      <translation>“{}”（{}）没有要素：请选择含要素的图层（检查其过滤条件或选择集）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}) has no features; it is ignored.</source>
      <translation>“{}”（{}）没有要素，已忽略。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}) has {} features with invalid geometries (GEOS check); results over them may be inexact. Repair them with Fix Geometries.</source>
      <translation>“{}”（{}）有 {} 个要素几何无效（GEOS 检查），其上的结果可能不准确。请用“修复几何”修复。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}) has {} features with invalid geometries (e.g. self-intersecting polygons). Repair them first (Vector &gt; Geometry Tools &gt; Fix Geometries).</source>
      <translation>“{}”（{}）有 {} 个要素几何无效（如自相交多边形）。请先修复（矢量 &gt; 几何工具 &gt; 修复几何）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}) is a Shapefile without a .cpg file and {} of its text values cannot be decoded (Chinese text in GBK read as UTF-8): names copied from it will be garbled. Add a .cpg file holding GBK (or set the layer's encoding in its properties, or export it to GeoPackage) and run again.</source>
      <translation>“{}”（{}）是没有 .cpg 文件的 Shapefile，其中 {} 个文本值无法解码（GBK 编码的中文被当作 UTF-8 读取）：从中复制的名称将成为乱码。请添加内容为 GBK 的 .cpg 文件（或在图层属性中设置其编码，或导出为 GeoPackage）后重新运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}) is an empty table: fill at least one row, or leave it unset to use the default table.</source>
      <translation>“{}”（{}）是空表：请至少填写一行，或不设置以使用默认表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}) is required: choose a layer for it.</source>
      <translation>“{}”（{}）为必填项：请为其选择图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>'{}' ({}) must be at least 1; got {}.</source>
      <translation>“{}”（{}）必须不小于 1；当前为 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}) must be {}; got {:g}.</source>
      <translation>“{}”（{}）必须{}；当前为 {:g}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>'{}' ({}) works in the pairwise, one-to-all and all-to-one modes; set it to 1 in advanced mode.</source>
      <translation>“{}”（{}）仅用于两两成对、一对多和多对一模式；高级模式下请设为 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}): '{}' is not a number.</source>
      <translation>“{}”（{}）：“{}”不是数字。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>'{}' ({}): '{}' is not a 三调 code (e.g. 1201 空闲地).</source>
      <translation>“{}”（{}）：“{}”不是三调地类编码（如 1201 空闲地）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>'{}' ({}): DLBM codes outside the 三调 classification (code × parcels): {}. Correct them, map them to a class or leave them out with the parameter 'Parcels with a code outside the 三调 classification'.</source>
      <translation>“{}”（{}）：地类编码不在三调分类中（编码 × 图斑数）：{}。请更正，或用参数“地类编码不在三调分类中的图斑”将其归入某一地类或剔除。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}): layer '{}' has no field '{}'. Choose one of: {}.</source>
      <translation>“{}”（{}）：图层“{}”中没有字段“{}”。请从以下字段中选择：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>'{}' ({}): {} features have land-class codes (DLBM) outside the 三调 classification ({}); rules and tables keyed by land class do not match them. Correct the codes if they are typing errors.</source>
      <translation>“{}”（{}）：{} 个要素的地类编码（DLBM）不在三调分类中（{}）；按地类设定的规则和表均不会匹配这些要素。若为录入错误，请更正编码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>'{}' has no layer_catalog table: it is not a planning GeoPackage. Run the planning steps (or scripts/demo.py) first.</source>
      <translation>“{}”没有 layer_catalog 表，不是规划数据库。请先运行规划流程（或 scripts/demo.py）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/loading.py" />
      <source>'{}' is not a QGIS layout template (.qpt): it has no &lt;Layout&gt; element.</source>
      <translation>“{}”不是 QGIS 布局模板（.qpt）：缺少 &lt;Layout&gt; 元素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>'{}' is not a folder</source>
      <translation>“{}”不是文件夹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_database.py" />
      <source>'{}' is not a planning database: give a GeoPackage (.gpkg), a File geodatabase (.gdb folder) or a folder of shapefiles.</source>
      <translation>“{}”不是规划数据库：请给出 GeoPackage（.gpkg）、File 地理数据库（.gdb 文件夹）或 Shapefile 文件夹。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>(nonzero)</source>
      <translation>（非零）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>, density per 100 hm²</source>
      <translation>，按每 100 hm² 单元面积的密度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>0 none, 1 light, 2 moderate, 3 severe</source>
      <translation>0 未退化，1 轻度，2 中度，3 重度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>0: no water-conservation service</source>
      <translation>0：不计水源涵养服务</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>1 Ecosystem assessment (生态系统评价)</source>
      <translation>1 生态系统评价 (Ecosystem assessment)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>1 none, 2 light, 3 moderate, 4 severe (0 = nodata)</source>
      <translation>1 未退化，2 轻度，3 中度，4 重度（0 = 无数据）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>1 sandy, 2 muddy, 3 natural-form, 4 artificial, 5 bedrock.</source>
      <translation>1 砂质，2 淤泥质，3 自然形态，4 人工，5 基岩。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>2 Ecological security pattern (生态安全格局)</source>
      <translation>2 生态安全格局 (Ecological security pattern)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>3 Restoration zoning (修复分区)</source>
      <translation>3 修复分区 (Restoration zoning)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_vulnerability.py" />
      <source>3 levels (双评价 2020)</source>
      <translation>三级（双评价 2020）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>4 Land consolidation (土地综合整治)</source>
      <translation>4 土地综合整治 (Land consolidation)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>4 neighbours</source>
      <translation>4 邻域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>5 Targets and outputs (目标与成果)</source>
      <translation>5 目标与成果 (Targets and outputs)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>5 levels (derived)</source>
      <translation>五级（插件推算分级）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_vulnerability.py" />
      <source>5 levels (红线指南 2017)</source>
      <translation>五级（红线指南 2017）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>6 Data and tools (数据与工具)</source>
      <translation>6 数据与工具 (Data and tools)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>6-digit administrative code of the planning region (GB/T 2260, e.g. 469002), written to XZQDM. Empty: XZQDM is left empty.</source>
      <translation>规划区域的 6 位行政区划代码（GB/T 2260，如 469002），写入 XZQDM。为空时 XZQDM 留空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/provider.py" />
      <source>7 Models (模型)</source>
      <translation>7 模型 (Models)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>8 neighbours</source>
      <translation>8 邻域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>; factors normalised by their maximum</source>
      <translation>；各因子按最大值归一化</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>; no construction-suitable layer</source>
      <translation>；未提供适宜建设区图层</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/memory_budget.py" />
      <source>; {:.1f} GB free</source>
      <translation>；可用内存 {:.1f} GB</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>; ξ_now = parcel KCXS on {} patches</source>
      <translation>；{} 个图斑的 ξ_now 取图斑 KCXS</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/dask_client.py" />
      <source>A Dask scheduler is set ({}) but Dask is not installed; running in this process. Install it with: {}</source>
      <translation>已设置 Dask 调度器（{}），但未安装 Dask；在本进程中运行。安装方法：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>A QGIS layout template for the map pages; items are filled by id (main_map, legend, map_title, ...). Default: the built-in template of the chosen paper.</source>
      <translation>用于图件页面的 QGIS 布局模板；按元素 ID（main_map、legend、map_title 等）填充内容。默认：所选幅面的内置模板。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>A coarsened grid is small: this step runs in one process.</source>
      <translation>粗化后的格网较小：本步骤在单个进程中运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/vector_io.py" />
      <source>A feature could not be written: {}</source>
      <translation>要素无法写出：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>A field whose value identifies each unit (unique, not empty).</source>
      <translation>标识各单元的字段（唯一且非空）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>A percentage must lie between 0 and 100 (got {value}).</source>
      <translation>百分比应在 0 到 100 之间（当前为 {value}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>A project library edited by hand (score, area_ha, unit_cost, keep = 0 to drop, period_fix) to rank and schedule again. Empty: the library is built from the problem layers.</source>
      <translation>经人工编辑的项目库（可改 score、area_ha、unit_cost，keep = 0 删除，period_fix 固定时段），将重新排序和安排。留空：由各问题图层生成项目库。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/grid.py" />
      <source>A required raster input is missing.</source>
      <translation>缺少必需的栅格输入。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>A site within this distance (m) of the construction-suitable areas may be reused for construction. Default 500 m, the plugin's own value.</source>
      <translation>距宜建区域在该距离（米）以内的地块可考虑再利用为建设用地。默认 500 m，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>A target row has no indicator name.</source>
      <translation>有一行目标缺少指标名称。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_common.py" />
      <source>A unit has no value in the key field '{}'. Fill the field for every unit.</source>
      <translation>有单元的关键字段“{}”为空。请为每个单元填写该字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>A3 landscape</source>
      <translation>A3 横向</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>A3 portrait</source>
      <translation>A3 纵向</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>A4 landscape</source>
      <translation>A4 横向</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>A4 portrait</source>
      <translation>A4 纵向</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>AMG-CG (pyamg, iterative)</source>
      <translation>AMG-CG（pyamg，迭代法）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Abandoned mines (mine restoration)</source>
      <translation>历史遗留矿山（矿山生态修复）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Abandoned mines (历史遗留矿山)</source>
      <translation>历史遗留矿山 (Abandoned mines)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Accessibility β (0-1)</source>
      <translation>可达性 β（0-1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Accumulated cost</source>
      <translation>累积成本</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Accumulated cost from the nearest source (minimum cumulative resistance, MCR; Knaapen, Scheffer &amp; Harms 1992; Yu Kongjian 1999; METHODS.md §2) with the step costs of GRASS r.cost: orthogonal and diagonal steps cost the mean of the two cells' resistances × step length (map units), knight's moves the mean of four cells. Solved from all sources at once by a bucketed shortest-path search (delta-stepping) that gives the Dijkstra cost exactly. Cost cells that are nodata are barriers; negative costs are refused. The cost raster is the reference grid and needs a projected CRS. Sources: a polygon or point layer (each feature is a source, labelled by the id field or 1, 2, … in feature order) or a raster (nonzero cells, value = label). Outputs: accumulated cost (resistance × m), allocation (label of the nearest source) and optionally the back-link direction (0-15 index of the step towards the source: N, S, W, E, NW, NE, SW, SE, then knight's moves; −1 at sources). Cells beyond the maximum cost stay nodata.</source>
      <translation>距最近源地的累积成本（最小累积阻力 MCR；Knaapen、Scheffer 与 Harms 1992；俞孔坚 1999；METHODS.md §2），采用 GRASS r.cost 的步长成本：正交和对角步的成本为两像元阻力平均值 × 步长（地图单位），马步为四个像元的平均值。从所有源地同时计算：采用分桶最短路径搜索（delta-stepping），结果与 Dijkstra 成本完全一致。成本为无数据的像元为障碍；不允许负成本。成本栅格为参考格网，需要投影坐标系。源地：面或点图层（每个要素为一个源地，按编号字段或按要素顺序 1, 2, … 编号）或栅格（非零像元，值为编号）。结果：累积成本（阻力 × m）、分配（最近源地的编号），以及可选的回溯方向（指向源地一步的 0-15 索引：N、S、W、E、NW、NE、SW、SE，然后为马步；源地处为 −1）。超过最大成本的像元为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Accumulating cost from {} source cells…</source>
      <translation>正在从 {} 个源像元累积成本…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Accumulation stops at this cost (resistance × metres); cells beyond it stay nodata. 0 (default) = no limit.</source>
      <translation>累积成本达到该值即停止（阻力 × 米），超出的像元为无数据。0（默认）= 不限制。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Actual soil loss A, t/(hm²·a)</source>
      <translation>实际土壤侵蚀量 A，t/(hm²·a)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Actual soil loss A_r</source>
      <translation>实际土壤侵蚀量 A_r</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Actual soil loss A_r = R·K·LS·C·P, t/(hm²·a). Optional output: not written unless a file is chosen.</source>
      <translation>实际土壤侵蚀量 A_r = R·K·LS·C·P，t/(hm²·a)。可选输出：未指定文件时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Add row</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Add the blue-carbon rows to the pool table (they replace rows of the same code).</source>
      <translation>将蓝碳行加入碳库表（代码相同时替换原行）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>Add the codes to the table or correct the raster.</source>
      <translation>请在表中补充这些代码或修正栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Add the indicator table</source>
      <translation>添加指标表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Add the indicator table page</source>
      <translation>添加目标指标表页</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Added after the scale (e.g. −0.2 for Landsat Collection 2 Level-2).</source>
      <translation>缩放后再加上的偏移量（如 Landsat Collection 2 Level-2 为 −0.2）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Adds the indicator table when the GeoPackage holds targets (table eco_indicators written by the indicator-targets dialog, else the target decomposition table).</source>
      <translation>GeoPackage 中有目标指标时添加指标表页（优先使用目标指标体系对话框写入的 eco_indicators 表，否则使用目标分解表）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/_sources.py" />
      <source>Adjacent (allocation zones touch)</source>
      <translation>相邻（分配区相接）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Adjacent source pairs</source>
      <translation>相邻源地对</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Adjacent source pairs (default; 1 A between each pair whose allocation zones touch, summed) or all-to-one (each source grounded in turn, Circuitscape all-to-one).</source>
      <translation>相邻源地对（默认；分配区相邻的每对源地间注入 1 A 后求和）或多对一（依次将每个源地接地，即 Circuitscape 多对一模式）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Adjacent: pairs whose cost-allocation zones touch (Linkage Mapper). All pairs: every pair, optionally capped by the maximum least-cost distance.</source>
      <translation>相邻：成本分配区相接的源地对（Linkage Mapper）。所有源地对：每一对源地，可用最大最小成本距离限制。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Administrative code (XZQDM) '{}' is not a number of 6, 9 or 12 digits (GB/T 2260 county code, township or village code).</source>
      <translation>行政区代码（XZQDM）“{}”不是 6、9 或 12 位数字（GB/T 2260 县级代码、乡镇或村级代码）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Administrative code (行政区代码)</source>
      <translation>行政区代码 (Administrative code)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Administrative name (行政区名称)</source>
      <translation>行政区名称 (Administrative name)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Advanced (source and ground rasters)</source>
      <translation>高级（电流源与接地栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Advanced mode needs a current-source raster and a ground raster.</source>
      <translation>高级模式需要电流源栅格和接地栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Advanced mode: connect every ground cell to ground with zero resistance, ignoring the ground raster's values (Circuitscape 'use direct grounds'). Default off.</source>
      <translation>高级模式：所有接地像元均以零电阻直接接地，忽略接地栅格的数值（Circuitscape 的 direct grounds 选项）。默认不勾选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Advanced mode: current injected at each cell in amps (nodata or 0 = no source; negative values withdraw current). Must be on the same grid as the resistance raster.</source>
      <translation>高级模式：每个像元注入的电流，单位安培（无数据或 0 = 无电流源；负值表示抽出电流）。必须与阻力栅格位于同一网格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Advanced mode: every source cell injects 1 A whatever its value in the source raster (Circuitscape 'use unit currents'). Default off.</source>
      <translation>高级模式：每个电流源像元均注入 1 A，不论其在电流源栅格中的数值（Circuitscape 的 unit currents 选项）。默认不勾选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Advanced mode: read the ground raster as conductance to ground (inf = direct ground) instead of resistance. Default off.</source>
      <translation>高级模式：将接地栅格按对地电导（inf = 直接接地）而非对地电阻读取。默认不勾选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Advanced mode: resistance to ground of each cell in ohms (0 = direct ground), or conductance to ground when the next option is checked; nodata = no ground. Must be on the same grid as the resistance raster.</source>
      <translation>高级模式：每个像元的对地电阻，单位欧姆（0 = 直接接地）；勾选下一选项时为对地电导；无数据 = 不接地。必须与阻力栅格位于同一网格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Aggregates restoration units (output of Restoration units, or any polygon layer with numeric attributes) into contiguous zones by dominant function, up to three levels (Cai et al. 2020; METHODS.md §3): ecological-function base zones (optional: a field such as a watershed name, or SKATER clustering into the given number of zones) → restoration-pattern zones (main output) → restoration-mode zones (optional, units of one dominant mode inside each zone). Rule-based mode: each unit is typed by the first rule whose condition (a QGIS expression on the unit fields) holds, and zones are connected sets of adjacent units of one type. Clustering mode: SKATER (Assunção et al. 2006) cuts the minimum spanning tree of the unit adjacency graph into the given number of zones, minimising the within-zone variance of the chosen fields; each zone is then typed by the rules applied to its area-weighted mean attributes. Units are adjacent when their boundaries share a line. Zones smaller than the minimum area join the neighbour with the longest shared boundary. Either way every zone is contiguous. Zones carry type, graded control level, area, main problems and measures (the rule's text plus problems detected from the attributes) and are dissolved. Land and sea (陆海统筹): with sea planning units (the units output of 'Sea planning units and marine projects'; its 陆域 rows are left out) each sea unit is typed by the sea zoning rules (default 海洋生态保护修复区, 海岸带整治修复区, 海域生态保育区 on the sea-use zone type, the marine projects' cost and the health index CEH of the marine stations inside, or of the nearest one), and the sea zones (codes H-1, H-2 ...) are written after the land zones in the same layer, with a field domain (陆域 / 海域). Sea units never join land zones; without sea units the output is as before.</source>
      <translation>按主导功能将修复单元（修复单元算法的结果，或任何带数值属性的面图层）聚合为空间连续的分区，最多三级（Cai 等 2020；METHODS.md §3）：生态功能基础分区（可选：按字段如流域名称，或 SKATER 聚类为给定数量）→ 修复格局分区（主要结果）→ 修复模式分区（可选，每个分区内主导模式相同的单元）。规则法：每个单元按第一条条件（单元字段上的 QGIS 表达式）成立的规则定类型，分区为同类相邻单元的连通集合。聚类法：SKATER（Assunção 等 2006）将单元邻接图的最小生成树切分为给定数量的分区，使所选字段的区内方差最小；再按分区面积加权平均属性套用规则定类型。边界共享一段线的单元视为相邻。小于最小面积的分区并入共享边界最长的相邻分区。两种方法的每个分区都是连续的。分区带有类型、分级管控级别、面积、主要问题与措施（规则文本加上由属性识别的问题），并已融合。陆海统筹：给定海域规划单元时（“海域规划单元与海洋修复项目”的单元输出，其中陆域行不参与），每个海域单元按海域分区规则定类型（默认依据海洋功能区类型、海洋修复项目投资以及单元内或最近海洋监测站位的健康指数 CEH，分为海洋生态保护修复区、海岸带整治修复区、海域生态保育区），海域分区（编号 H-1、H-2 …）写在同一图层的陆域分区之后，并增加字段 domain（陆域 / 海域）。海域单元不并入陆域分区；不给海域单元时输出与以前相同。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Aggregation (sum or rate)</source>
      <translation>总量/比率</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Agricultural-urban buffer width (m)</source>
      <translation>农业-城镇缓冲带宽度（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>All pairs</source>
      <translation>所有源地对</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>All pairs within the maximum least-cost distance</source>
      <translation>最大最小成本距离以内的所有源地对</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>All-to-one</source>
      <translation>多对一</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Allocation</source>
      <translation>分配</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Allocation key</source>
      <translation>分配依据</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Also step like a chess knight (16 neighbours, GRASS r.cost -k): accumulated costs follow straight lines more closely (direction error 8 % → 2.8 %; METHODS.md §2) at about twice the run time. Default off, as in GRASS r.cost.</source>
      <translation>同时允许“马步”移动（16 邻域，即 GRASS r.cost -k）：累积成本更接近直线距离（方向误差由 8 % 降至 2.8 %；METHODS.md §2），运行时间约增加一倍。默认不勾选，与 GRASS r.cost 相同。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Annual change c of the carbon price, %.</source>
      <translation>碳价年变化率 c，%。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Annual change of the carbon price (%)</source>
      <translation>碳价年变化率（%）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Annual discount rate r of the net present value, %.</source>
      <translation>净现值的年贴现率 r，%。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Annual evapotranspiration ET (mm)</source>
      <translation>年蒸散量 ET（毫米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Annual evapotranspiration, mm</source>
      <translation>年蒸散量，毫米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Annual population growth rate (%)</source>
      <translation>人口年均增长率（%）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Annual precipitation P (mm)</source>
      <translation>年降水量 P（毫米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Annual precipitation, mm</source>
      <translation>年降水量，毫米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Annual rainfall erosivity R in MJ·mm/(hm²·h·a), the R factor of RUSLE.</source>
      <translation>年降雨侵蚀力 R，单位 MJ·mm/(hm²·h·a)，即 RUSLE 的 R 因子。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Annual rainfall erosivity R of RUSLE from daily precipitation by the daily rainfall model of 章文波, 谢云, 刘宝元 (2002, 地理科学 22(6); METHODS.md §1): R_day = α · P_day^β for erosive days (P_day ≥ 12 mm), else 0, with β = 1.7265, α = 0.3937 in the warm season (May-September) and 0.3101 in the cold season (not verified against the paper). R = Σ R_day / number of years, in MJ·mm/(hm²·h·a). Input: one multi-band raster with one band per day (mm), band 1 being the start date, consecutive calendar days (leap days included) over the given number of years. A nodata value on any day gives nodata. α, β, the threshold and the warm months are parameters. Processed by row blocks.</source>
      <translation>按章文波、谢云、刘宝元（2002，地理科学 22(6)；METHODS.md §1）的日雨量模型，由逐日降水计算 RUSLE 的年降雨侵蚀力 R：侵蚀性降雨日（P_day ≥ 12 mm）R_day = α · P_day^β，否则为 0；β = 1.7265，暖季（5-9 月）α = 0.3937，冷季 α = 0.3101（未与原文核对）。R = Σ R_day / 年数，单位 MJ·mm/(hm²·h·a)。输入：一个多波段栅格，每个波段为一天（mm），波段 1 为起始日期，覆盖给定年数内连续的日历日（含闰日）。任一天为无数据则结果为无数据。α、β、阈值和暖季月份均为参数。按行块处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Another row has the same identifier '{value}'.</source>
      <translation>另一行使用了相同的标识“{value}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancegrading.py" />
      <source>Any ecosystem-service raster (water conservation, soil conservation, habitat quality, NPP index …); higher value = more service. Nodata stays ungraded.</source>
      <translation>任一生态系统服务栅格（水源涵养、水土保持、生境质量、NPP 指数等），数值越高服务越强。无数据不参与分级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Approximate, for province-wide runs: solve on a coarser grid of blocks of N × N cells. 1 (default) = off, the exact solve. A block's conductance is the geometric mean of its valid cells' conductances (exact for a uniform block); a block is nodata when fewer than half its cells are valid, unless it holds a focal cell; a block takes the focal id covering most of its cells. The solve needs about N² times less memory and time; the current maps are brought back to the input grid (a block's current spread over N cells, 0 on cells of dropped blocks) and the effective resistances are those of the coarse grid. Demo County (1000 × 1000, 36 pairs): N = 2 took 58 s instead of 343 s, resistances 2 % off (median), corridor currents 4 %; N = 4, 21 s, 6 % and 11 %; thin barriers such as roads leak, so pairs behind them come out lower (METHODS.md §2). Not for advanced mode. Must be smaller than the raster's rows and columns.</source>
      <translation>近似计算，用于全省范围的运算：在 N × N 像元块组成的粗网格上求解。1（默认）= 不粗化，精确求解。块的电导为其有效像元电导的几何平均值（均匀块时精确）；有效像元不足一半的块为无数据，含焦点像元的块除外；块的焦点编号取覆盖其像元最多的编号。求解所需内存和时间约减少 N² 倍；电流图回到输入网格（块的电流分摊到 N 个像元，被舍弃块的像元为 0），有效电阻为粗网格的结果。示例县（1000 × 1000，36 对）：N = 2 用时 58 s（精确求解 343 s），电阻中位误差 2 %，廊道电流 4 %；N = 4 用时 21 s，误差 6 % 和 11 %；道路等细窄障碍会“漏电”，被其隔开的节点对电阻偏低（METHODS.md §2）。不适用于高级模式。必须小于栅格的行数和列数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Area</source>
      <translation>面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Area (ha) of each class in both years, change (ha and %).</source>
      <translation>各类别两期面积（公顷）及变化（公顷和 %）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Area (ha) of every class change older -&gt; newer.</source>
      <translation>较早 -&gt; 较新各类别转移面积（公顷）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Area field (m²)</source>
      <translation>面积字段（m²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Area in m²; empty: the planar area of the geometry.</source>
      <translation>面积（m²）；留空则使用几何图形的平面面积。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Area of '{}'</source>
      <translation>“{}”的面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Area of each land class (三调 first level and second level, with the K / A sub-codes as '其中' rows) for the whole layer, each township and each village, in hm², 亩 and km², from the 三调 parcels (地类图斑 DLTB). Units come from ZLDWDM (座落单位代码): its first 12 digits are the village, the first 9 the township; ZLDWMC names the village. Area: TBDLMJ, the parcel's net land-class area (图斑地类面积 = TBMJ − KCMJ); 田坎 is reported in its own column from KCMJ (or TBMJ x KCXS), as the 三调 statistics count it under 1203 田坎. Totals are sums in 0.01 m² integers and equal ΣTBDLMJ exactly. Without the area fields (or with the area option set to geometry) the planar area of the polygon in the layer's CRS is used, or the ellipsoidal area (CGCS2000 ellipsoid of the layer's CRS) as the 三调 computes TBMJ. 1 hm² = 15 亩. Output: a table, and an XLSX (needs openpyxl: Debian package python3-openpyxl, or pip install openpyxl) or CSV file.</source>
      <translation>由三调地类图斑（DLTB）统计各地类（三调一级类和二级类，K / A 细分码作为“其中”行）在全域、各乡镇和各村的面积，单位为 hm²、亩和 km²。单位取自 ZLDWDM（座落单位代码）：前 12 位为村，前 9 位为乡镇；ZLDWMC 为村名。面积：TBDLMJ，即图斑地类面积（= TBMJ − KCMJ）；田坎按三调统计计入 1203 田坎，单列一栏，取自 KCMJ（或 TBMJ × KCXS）。合计按 0.01 m² 整数求和，与 ΣTBDLMJ 完全相等。缺少面积字段（或面积选项为几何）时，取图层坐标系下多边形的平面面积，或椭球面积（图层坐标系的 CGCS2000 椭球，与三调计算 TBMJ 的方式相同）。1 hm² = 15 亩。输出：表格，以及 XLSX（需 openpyxl：Debian 软件包 python3-openpyxl，或 pip install openpyxl）或 CSV 文件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Area of the problem patches (hm²)</source>
      <translation>问题图斑面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Area shares: 极重要 {:.1%}, 重要 {:.1%}, 一般重要 {:.1%}</source>
      <translation>面积占比：极重要 {:.1%}，重要 {:.1%}，一般重要 {:.1%}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Area: the 三调 net area field TBDLMJ.</source>
      <translation>面积：三调图斑地类面积字段 TBDLMJ。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Areas of the coastal wetlands and marine habitats in one or two years - 1 红树林 mangrove, 2 盐沼 salt marsh, 3 海草床 seagrass bed, 4 珊瑚礁 coral reef, 5 滩涂 tidal flat, 6 河口水域 estuary water, 7 养殖坑塘 aquaculture pond, 8 开放式养殖 sea farming, 9 浅海水域 shallow sea, 10 海岛陆域 island land, 11 建设用地 construction (reclamation) - their change, the transitions between the years, and the losses of natural habitat (classes 1-6) to aquaculture (7, 8: candidates for 退塘还林还湿 / 退养还滩) and to construction (11) as polygons with their area. Input coding: the habitat classes above (Demo County's marine_habitat_&lt;year&gt;), or 三调 land-use codes (0303 红树林 -&gt; 1, 1105 沿海滩涂 -&gt; 5, 1104 坑塘 -&gt; 7, 1108 沼泽地 -&gt; 2, built-up codes -&gt; 11; other codes are left out, so a land-use raster gives no seagrass, reef or sea classes).</source>
      <translation>统计一或两个年份的滨海湿地与海洋生境面积——1 红树林、2 盐沼、3 海草床、4 珊瑚礁、5 滩涂、6 河口水域、7 养殖坑塘、8 开放式养殖、9 浅海水域、10 海岛陆域、11 建设用地（围填海）——及其变化、两期之间的转移，以及天然生境（1-6 类）转为养殖（7、8 类：退塘还林还湿 / 退养还滩候选）和建设用地（11 类）的损失图斑及面积。栅格编码：上述生境类别（示例县的 marine_habitat_&lt;年份&gt;），或三调地类代码（0303 红树林地 -&gt; 1、1105 沿海滩涂 -&gt; 5、1104 坑塘 -&gt; 7、1108 沼泽地 -&gt; 2、建设用地代码 -&gt; 11；其他代码不计入，因此土地利用栅格不含海草床、珊瑚礁和海域类别）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Assessment of historic (abandoned) mine patches for ecological restoration, as far as the published outlines of TD/T 1070.1-2022 (矿山生态修复技术规范 第1部分：通则) and GB/T 43933-2024 allow. From the standards' outlines: the factors - geological stability, terrain, soil, water and the surrounding land use - the principle 宜耕则耕、宜林则林、宜草则草、宜水则水、宜建则建, the restoration directions (耕地, 林地, 草地, 建设用地, 水域) and the modes (自然恢复, 辅助再生, 生态重建, 转型利用). Plugin defaults, not from the standards (whose full text could not be checked for numbers): how each factor is measured and every threshold of the rule table. Per patch: mean and max slope from the DEM (Horn); stability from a surveyed field (1 or 稳定, 2 or 基本稳定, 3 or 不稳定) or else from the slope (max ≥ 35° unstable, mean ≥ 25° basically stable); share of bare rock (三调 1207, no soil); share of standing water (1101-1104, e.g. pit ponds); mean vegetation cover (optional); the dominant land-use group in a ring around the patch. The rules are tried in order, the first whose conditions all hold gives direction and mode (empty cell = any; the last rule should have no condition). The status field (values listed as restored or in progress; all others not restored) gives the area of restored historic mines (历史遗留矿山生态修复面积, hm²) in the summary table.</source>
      <translation>按 TD/T 1070.1-2022《矿山生态修复技术规范 第1部分：通则》和 GB/T 43933-2024 已公开的框架，对历史遗留（废弃）矿山图斑开展生态修复评价。取自标准框架的内容：评价因子（地质稳定性、地形、土壤、水及周边土地利用）、“宜耕则耕、宜林则林、宜草则草、宜水则水、宜建则建”原则、修复方向（耕地、林地、草地、建设用地、水域）和修复模式（自然恢复、辅助再生、生态重建、转型利用）。属于插件默认值、并非取自标准的内容（标准全文中的数值未能核对）：各因子的量算方法和规则表中的全部阈值。逐图斑计算：由 DEM（Horn 法）得平均坡度与最大坡度；稳定性取调查字段（1 或 稳定、2 或 基本稳定、3 或 不稳定），无调查值时由坡度推算（最大坡度 ≥ 35° 为不稳定，平均坡度 ≥ 25° 为基本稳定）；裸岩比例（三调 1207，无土壤）；积水比例（1101-1104，如采坑积水）；平均植被覆盖度（可选）；图斑周边环带内占优势的土地利用类别。规则按顺序检验，首条全部条件成立的规则给出修复方向与模式（空格 = 不限；最后一条规则宜不设条件）。修复状态字段（列为“已修复”或“修复中”的取值，其余视为未修复）在汇总表中给出历史遗留矿山生态修复面积（hm²）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Assigned values (good, fair, poor) of each category 1-5. Default 15/10/5, 10/5/1, 10/5/1, 15/10/5, 50/30/10 (HY/T 087-2005 as we read it).</source>
      <translation>各类别 1-5 的赋值（好、中、差）。默认 15/10/5、10/5/1、10/5/1、15/10/5、50/30/10（本插件对 HY/T 087-2005 的理解）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Assigned values by category</source>
      <translation>各类别赋值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Assigned values by category: give one row for each category 1-5.</source>
      <translation>各类别赋值：类别 1-5 每类需一行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Assigns the restoration mode of every cell - 1 保护保育 conservation, 2 自然恢复 natural recovery, 3 辅助再生 assisted regeneration, 4 生态重建 reconstruction - from the importance grade (3 极重要, 2 重要, 1 一般重要), the degradation grade (0 none to 3 severe) and the resilience grade (1 low to 3 high) with an editable decision matrix (山水林田湖草生态保护修复工程指南 2020; METHODS.md §3). Overrides: where the optional human-pressure raster reaches the threshold, natural recovery becomes assisted regeneration; land-use classes in the override table take their mode (e.g. 采矿用地 → 生态重建). Also writes the three spaces (1 ecological, 2 agricultural, 3 urban) from land use, overridden by the control lines (farmland, urban development boundary, red line). Cells missing a grade are nodata. Processed by blocks on the importance grid.</source>
      <translation>按可编辑的决策矩阵，由重要性等级（3 极重要，2 重要，1 一般重要）、退化程度等级（0 未退化至 3 重度）和恢复力等级（1 低至 3 高）确定每个像元的修复模式：1 保护保育，2 自然恢复，3 辅助再生，4 生态重建（《山水林田湖草生态保护修复工程指南》2020；METHODS.md §3）。修正：可选的人类干扰栅格达到阈值处，自然恢复改为辅助再生；指定表中的地类采用其指定模式（如 采矿用地 → 生态重建）。同时由土地利用生成三类空间（1 生态，2 农业，3 城镇），并以管控线（永久基本农田、城镇开发边界、生态保护红线）修正。缺少任一等级的像元为无数据。在重要性格网上分块处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>At coarsening factor {}, fewer than two focal nodes remain (found {}): use a smaller factor.</source>
      <translation>粗化因子为 {} 时剩余焦点节点不足两个（找到 {} 个）：请使用更小的因子。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Atlas PDF</source>
      <translation>图集 PDF</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Atlas written: {} ({} maps, {} skipped).</source>
      <translation>图集已输出：{}（{} 幅图，跳过 {} 幅）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>Atlas written: {} ({} pages).</source>
      <translation>图集已输出：{}（共 {} 页）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Attached tables (XLSX)</source>
      <translation>规划附表（XLSX）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Attached tables of the plan (规划附表)</source>
      <translation>规划附表 (Attached tables of the plan)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Automatic: the valid cells of the raster, or the bounding box of the polygons.</source>
      <translation>自动：栅格的有效像元面积，或面图层的外包矩形面积。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Average conductance</source>
      <translation>平均电导</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Average resistance</source>
      <translation>平均电阻</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Average the resistance over factor × factor cells before the analysis; outputs are on the coarser grid.</source>
      <translation>分析前将阻力在倍数 × 倍数像元内取平均；输出为粗化后的格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Back-link direction</source>
      <translation>回溯方向</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Background (背景)</source>
      <translation>背景 (Background)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_landscape.py" />
      <source>Background class codes outside the landscape (comma separated)</source>
      <translation>不计入景观的背景类别代码（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_landscape.py" />
      <source>Background classes</source>
      <translation>背景类别</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Band 1 is the start date; each following band is the next calendar day.</source>
      <translation>波段 1 为起始日期；其后每个波段为下一个日历日。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Band numbers</source>
      <translation>波段号</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Band numbers of blue, green, red, NIR, SWIR1, SWIR2 (empty = the sensor's)</source>
      <translation>蓝、绿、红、近红外、短波红外1、短波红外2 的波段号（留空 = 按传感器）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Bare rock ≤</source>
      <translation>裸岩比例 ≤</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Bare rock ≥</source>
      <translation>裸岩比例 ≥</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/renderers.py" />
      <source>Barrier (障碍点)</source>
      <translation>障碍点 (Barrier)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Barrier improvement score</source>
      <translation>障碍点修复改善值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Barrier polygons: percentile of positive scores</source>
      <translation>障碍点多边形：正改善值百分位数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Barrier polygons: score threshold (0 = use the percentile)</source>
      <translation>障碍点多边形：改善值阈值（0 = 使用百分位数）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Barrier value field</source>
      <translation>障碍点数值字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Barriers</source>
      <translation>障碍点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Barriers need at least two sources inside the resistance raster (found {}).</source>
      <translation>障碍点识别需要阻力栅格范围内至少两个源地（找到 {} 个）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Barriers to connectivity after Barrier Mapper (McRae et al. 2012, PLoS ONE 7: e52604; Linkage Mapper; METHODS.md §2). For each pair of sources A, B (allocation zones touch, or all pairs within the maximum least-cost distance) and each window radius R, a circular window centred on every cell is imagined restored: the least-cost distance through it is min(CWD_A in window) + min(CWD_B in window) + 2R × restored resistance. The improvement score IS = LCD − that value (resistance × m). The output reports IS per metre of restored length, IS / (2R) (Barrier Mapper's benefit-to-restoration-distance ratio; makes radii comparable), or the raw IS; the maximum over radii, and the maximum (or sum) over pairs. Negative scores (no benefit) are 0 unless kept. Optional best-radius raster. Barrier polygons: connected cells with a score at or above the threshold (or, with threshold 0, the percentile of the positive scores), with the largest score, its radius and source pair. Radii in metres; the resistance raster is the reference grid (projected CRS, square cells); nodata cells are barriers and stay nodata in the output. The cost distance from each source is kept as a temporary file in the output's folder (8 bytes a cell a source, removed at the end), so memory does not grow with the number of sources.</source>
      <translation>按 Barrier Mapper 方法识别连通性障碍（McRae 等 2012, PLoS ONE 7: e52604；Linkage Mapper；METHODS.md §2）。对每对源地 A、B（成本分配区相接，或在最大最小成本距离以内的所有源地对）和每个窗口半径 R，设想以每个像元为中心的圆形窗口被完全修复：经过该窗口的最小成本距离为 min(窗口内 CWD_A) + min(窗口内 CWD_B) + 2R × 修复后阻力。改善值 IS = LCD − 该值（阻力 × 米）。输出为单位修复长度的改善值 IS / (2R)（Barrier Mapper 的修复收益与修复距离之比，使不同半径可比），或原始 IS；对半径取最大值，对源地对取最大值（或总和）。负值（无收益）设为 0，除非选择保留。可选输出最佳半径栅格。障碍点多边形：改善值不低于阈值（阈值为 0 时为正改善值的百分位数）的连通像元，记录最大改善值、对应半径和源地对。半径单位为米；阻力栅格为参考格网（需投影坐标系、正方形像元）；无数据像元为障碍，在输出中仍为无数据。各生态源地的累积阻力以临时文件形式保存在输出文件夹中（每个源地每个栅格 8 字节，运行结束后删除），因此内存不随源地数量增加。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Barriers, restoration improvement score (生态障碍点 Barrier Mapper)</source>
      <translation>生态障碍点 Barrier Mapper (Barriers, restoration improvement score)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Base
2020</source>
      <translation>基期值
2020</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Base resistance by land-use class</source>
      <translation>各地类基础阻力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Base value
computed from</source>
      <translation>基期值
计算来源</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Base values could not be computed: {}</source>
      <translation>无法计算基期值：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Base year</source>
      <translation>基期年</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Base zones (level 1)</source>
      <translation>基础分区（一级）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Base zones by clustering need numeric fields.</source>
      <translation>聚类划分基础分区需要数值字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Base zones from a field (e.g. watershed name)</source>
      <translation>按字段划分基础分区（如流域名称）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Best window radius (m)</source>
      <translation>最佳窗口半径（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Binding indicator: the target for {stage} ({value}) is weaker than the upper-level target ({upper}).</source>
      <translation>约束性指标：{stage} 年目标（{value}）低于上级下达目标（{upper}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Biodiversity maintenance (生物多样性维护)</source>
      <translation>生物多样性维护</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Biodiversity maintenance importance (生物多样性维护重要性)</source>
      <translation>生物多样性维护重要性评价图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Bivariate classes: {} (A) - {} (B)</source>
      <translation>双变量分类：{}（A）- {}（B）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Bivariate map</source>
      <translation>双变量图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Bivariate map of the first two services</source>
      <translation>前两个服务的双变量图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Block size (cells, odd)</source>
      <translation>块大小（像元，奇数）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Blue-carbon pools (mangrove, salt marsh, seagrass; Mg C/ha)</source>
      <translation>蓝碳碳库（红树林、盐沼、海草床；Mg C/hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Blue-carbon rows (code, name, four pools in Mg C/ha) added to the pool table; mangrove 303, salt marsh 110501, seagrass 110502 by default (sources in the algorithm help).</source>
      <translation>加入碳库表的蓝碳行（代码、名称、四个碳库，Mg C/hm²）；默认红树林 303、盐沼 110501、海草床 110502（来源见算法说明）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Blue-carbon table</source>
      <translation>蓝碳碳库表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Both a layout and a template file are given: the layout '{}' is used.</source>
      <translation>同时给出了布局和模板文件：使用布局“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Both the targets and the values tables are needed.</source>
      <translation>需要同时提供目标表和现状（预测）值表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Boundary step for polygon distances (m)</source>
      <translation>面距离的边界采样步长（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Branch (支线)</source>
      <translation>支线 (Branch)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Bridge (桥接区)</source>
      <translation>桥接区 (Bridge)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Brightness temperature of the thermal band in K; the LST is derived with an NDVI-based emissivity.</source>
      <translation>热红外波段亮度温度（K）；用基于 NDVI 的比辐射率反演地表温度。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Brightness temperature of the thermal band, K</source>
      <translation>热红外波段亮度温度，K</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Budget of the long-term period 远期 2031-2035 in 万元. Default 50 000 万元, a placeholder.</source>
      <translation>远期（2031-2035）预算（万元）。默认 50 000 万元为占位值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Budget of the mid-term period 中期 2026-2030 in 万元. Default 50 000 万元, a placeholder.</source>
      <translation>中期（2026-2030）预算（万元）。默认 50 000 万元为占位值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Budget of the near-term period 近期 2021-2025 in 万元; projects are placed while it lasts. Default 50 000 万元, a placeholder: enter the plan's budget.</source>
      <translation>近期（2021-2025）预算（万元），项目按排序在预算内安排。默认 50 000 万元为占位值，请填写规划预算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Budget 中期 2026-2030 (万元)</source>
      <translation>中期 2026-2030 预算（万元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Budget 近期 2021-2025 (万元)</source>
      <translation>近期 2021-2025 预算（万元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Budget 远期 2031-2035 (万元)</source>
      <translation>远期 2031-2035 预算（万元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Buffer</source>
      <translation>缓冲区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Buffer width of line problems, each side (m)</source>
      <translation>线状问题缓冲宽度，单侧（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Building the spatial indexes…</source>
      <translation>正在建立空间索引…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Building the units</source>
      <translation>正在构建单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Builds Demo County (示例县), a fictitious but coherent coastal county in CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546), deterministic for a given seed: DEM with ridges and valleys, rivers and watersheds derived from it, land use 2010 and 2020 in 三调 classes, NPP, precipitation, evapotranspiration, FVC, rainfall erosivity R, soil erodibility K and texture, a karst belt with carbonate-rock outcrop, a coastal strip with shore type, storm surge, wave height and shoreline erosion rate, roads, settlements with population, townships, ecological protection red line, permanent basic farmland, urban development boundary, nature reserves, coastline with shore types and abandoned mines. Rasters are GeoTIFFs in the output folder; vectors are layers of demo_county.gpkg there.</source>
      <translation>生成示例县：一个虚构但自洽的沿海县，坐标系为 CGCS2000 / 3 度高斯-克吕格 中央经线 111°E（EPSG:4546），同一随机种子得到相同结果。包括：有山脊与河谷的 DEM、由其派生的河流与小流域、2010 年和 2020 年三调分类土地利用、NPP、降水、蒸散发、植被覆盖度、降雨侵蚀力 R、土壤可蚀性 K 与土壤质地、含碳酸盐岩出露比例的喀斯特带、含岸线类型、风暴增水、波高和岸线侵蚀速率的海岸带、道路、含人口的居民点、乡镇、生态保护红线、永久基本农田、城镇开发边界、自然保护地、分岸线类型的海岸线以及历史遗留矿山。栅格为输出文件夹中的 GeoTIFF，矢量为其中 demo_county.gpkg 的图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Builds the candidate project library (项目库; METHODS.md §3) from the problem layers - abandoned mines (历史遗留矿山生态修复), soil erosion (水土流失综合治理), degraded wetlands and mangroves (湿地与红树林保护修复), low-quality forest (森林质量精准提升), rivers (河流生态缓冲带, lines buffered by the buffer width), corridor barriers (生态廊道障碍点修复, points buffered by the point radius) and land consolidation (全域土地综合整治) - one project per feature. Each project takes the area-weighted priority score of the priority units it covers, the grade and name of the unit it overlaps most; cost = area (hm²) × unit cost of the editable cost table (万元/hm²). Projects are ranked by score (ties by id) and placed in rank order into the earliest period (近期 2021-2025, 中期 2026-2030, 远期 2031-2035) whose remaining budget covers them (optionally not before the period of their grade); a project that fits nowhere is 未安排. Budgets are never exceeded. Output: a layer and a table. To re-rank, edit the table or layer (score, area_ha, unit_cost, keep = 0 to drop, period_fix to fix a period) and give it as the edited library: it is ranked and scheduled again. A re-run on the same input gives the same library. The hierarchy 重点区域 → 重点工程 → 项目 (issue 16 §2): problem patches (one project per village and project type) and the marine projects of the sea units join the library; every project gets the region code and name (XZQDM/XZQMC, GB/T 2260), township and village (XZDM/CJDM from the patches), construction content, scale (hm², km or 处), investment = scale × unit cost of the project-type table split by funding source (中央, 省级, 市县, 社会资本), responsible department and its contribution to an indicator (zb_name, zb_value) and to 生态保护修复面积 (xf_ha). The scheduled projects are grouped into key projects (重点工程: one per key area and type, kp_id) and key areas (重点区域: the key-area polygons, else the project's unit; ka_id); the optional key-projects table and key-areas layer carry the sums, which equal the sums of their projects. Default unit costs and funding shares are the plugin's placeholders.</source>
      <translation>由问题图层生成候选项目库（项目库；METHODS.md §3）：历史遗留矿山生态修复、水土流失综合治理、湿地与红树林保护修复、森林质量精准提升、河流生态缓冲带（线按缓冲宽度缓冲）、生态廊道障碍点修复（点按半径缓冲）和全域土地综合整治，每个要素一个项目。项目取其覆盖的优先级单元的面积加权得分，以及重叠最大单元的等级和名称；投资 = 面积（hm²）× 可编辑成本表中的单位成本（万元/hm²）。项目按得分排序（并列按编号），依次安排到剩余预算足够的最早时期（近期 2021-2025，中期 2026-2030，远期 2031-2035；可选不早于其等级对应时期）；无处可排的项目为未安排。预算绝不超出。结果为图层和表。重新排序时，编辑表或图层（score、area_ha、unit_cost，keep = 0 剔除，period_fix 固定时期）并作为已编辑项目库输入，即重新排序和安排。相同输入重复运行得到相同项目库。项目层级 重点区域 → 重点工程 → 项目（议题 16 §2）：问题图斑（每个村和项目类型一个项目）和海域单元的海洋修复项目纳入项目库；每个项目带行政区代码和名称（XZQDM/XZQMC，GB/T 2260）、乡镇和村（XZDM/CJDM，取自问题图斑）、建设内容、建设规模（hm²、km 或处）、投资 = 规模 × 项目类型表单价，并按资金来源（中央、省级、市县、社会资本）拆分，责任部门，以及对指标的贡献（zb_name、zb_value）和对生态保护修复面积的贡献（xf_ha）。已安排的项目按重点区域和类型归并为重点工程（kp_id），重点工程归入重点区域（重点区域图斑，否则为项目所在单元；ka_id）；可选的重点工程表和重点区域图层给出汇总，各级合计等于其下级之和。默认单价和资金比例为插件自设的占位值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Builds the units a zoning works on - township or user polygons, watersheds derived from the DEM (sub-basins of streams that drain at least the area threshold), or a regular grid - and summarises the assessment and pattern rasters in each unit (zonal statistics on the importance grid, cells whose centre falls in the unit): imp3_sh share of 极重要, imp_mean mean importance grade, deg_mean mean degradation (0-3), deg_sev_sh share of moderate or severe degradation, res_mean mean resilience (1-3), corr_sh share of corridor cells, pinch_n / pinch pinch-point cells and presence, lu_dom dominant land-use class, mode_dom dominant restoration mode, space_dom dominant space, red_sh / farm_sh / ubnd_sh shares of the red line, permanent basic farmland and urban development boundary. Shares are of the unit's cells with an importance grade. Units that do not overlap the rasters keep empty statistics (a warning); none overlapping is an error. METHODS.md §3. Polygon and grid units read the rasters by row blocks (memory of a block); watershed units hold the DEM's flow routing whole, about 110 bytes a cell, checked against the free memory before they are built.</source>
      <translation>构建分区所用的单元：乡镇或自定义面、由 DEM 提取的流域（汇水面积达到阈值的河段子流域）或规则格网，并在每个单元内汇总评价与格局栅格（在重要性格网上分区统计，按像元中心归属）：imp3_sh 极重要占比，imp_mean 平均重要性等级，deg_mean 平均退化程度（0-3），deg_sev_sh 中度及重度退化占比，res_mean 平均恢复力（1-3），corr_sh 廊道像元占比，pinch_n / pinch 夹点像元数及有无，lu_dom 主导地类，mode_dom 主导修复模式，space_dom 主导空间，red_sh / farm_sh / ubnd_sh 生态保护红线、永久基本农田和城镇开发边界占比。占比以单元内有重要性等级的像元计。与栅格不重叠的单元统计值为空（警告）；全部不重叠则报错。METHODS.md §3。面状单元与格网单元按行分块读取栅格（内存为一个分块）；流域单元需整幅计算 DEM 汇流，约每栅格 110 字节，生成前会与可用内存比较。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Built-in layout for the chosen paper</source>
      <translation>所选纸张的内置版式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>By rank shares</source>
      <translation>按排名比例</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>By score breaks</source>
      <translation>按得分断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>By year and scope (mainland / island / total): total, natural, restored and artificial lengths (km) and 自然岸线保有率 (%); for the newer year the change figures.</source>
      <translation>按年份和范围（大陆 / 海岛 / 合计）统计的总长度、自然、生态恢复和人工岸线长度（千米）及自然岸线保有率（%）；较新年份另附变化指标。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>C above</source>
      <translation>地上碳</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>C below</source>
      <translation>地下碳</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>C dead</source>
      <translation>死亡有机碳</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>C factor</source>
      <translation>C 因子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>C factor by land-use class</source>
      <translation>各土地利用类型的 C 因子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>C factor table</source>
      <translation>C 因子表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>C from FVC needs the FVC raster.</source>
      <translation>由植被覆盖度计算 C 因子需要提供 FVC 栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>C from the land-use table (default) or from FVC by 蔡崇法 et al. (2000).</source>
      <translation>C 因子取自土地利用对照表（默认），或按蔡崇法等（2000）由 FVC 计算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>C soil</source>
      <translation>土壤碳</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>CEH breaks of 不健康 / 亚健康 / 健康 (lower-inclusive). Default 50, 75 (HY/T 087-2005).</source>
      <translation>CEH 的不健康 / 亚健康 / 健康分级界值（含下界）。默认 50、75（HY/T 087-2005）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>CSV (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>CSV files (one per sheet)</source>
      <translation>CSV 文件（每个工作表一个）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>CSV table…</source>
      <translation>CSV 表格…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Calendar date of band 1, YYYY-MM-DD; the following bands are the following days. Sets which days fall in the warm season. Default 2001-01-01.</source>
      <translation>波段 1 对应的日期，格式 YYYY-MM-DD；其后各波段依次为后续各日。用于判定哪些日期属于暖季。默认 2001-01-01。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Can be computed from layers (Compute base values…).</source>
      <translation>可由图层计算（计算基期值…）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/feedback.py" />
      <source>Cancelled by the user; no output was written.</source>
      <translation>用户已取消，未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Candidate habitat codes</source>
      <translation>候选生境代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Candidate polygons smaller than this (ha) are left out. Default 0.1 ha.</source>
      <translation>小于此面积（公顷）的候选图斑不输出。默认 0.1 公顷。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Cannot create the database '{}' ({}): GDAL {} cannot write {}.</source>
      <translation>无法创建数据库“{}”（{}）：GDAL {} 不能写出{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Cannot create the database '{}'.</source>
      <translation>无法创建数据库“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Cannot create the export folder '{}': {}</source>
      <translation>无法创建导出文件夹“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Cannot create the output folder '{}': {}</source>
      <translation>无法创建输出文件夹“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Cannot create the output table {}.</source>
      <translation>无法创建输出表 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>Cannot open the GeoPackage '{}' for writing.</source>
      <translation>无法以写入方式打开 GeoPackage“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Cannot open the GeoPackage '{}': {}</source>
      <translation>无法打开 GeoPackage“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled.py" />
      <source>Cannot open the raster '{}'.</source>
      <translation>无法打开栅格“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled.py" />
      <source>Cannot open the raster '{}': {}</source>
      <translation>无法打开栅格“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/runner.py" />
      <source>Cannot reach the Dask scheduler at {} within {} s ({}). Is `dask-scheduler` running there, and is the address reachable from this machine?</source>
      <translation>无法连接位于 {} 的 Dask 调度器（等待 {} 秒，{}）。该处是否运行了 `dask-scheduler`，本机能否访问该地址？</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Cannot read '{}' as a GeoPackage: it is damaged or not a GeoPackage.</source>
      <translation>无法以 GeoPackage 读取“{}”：文件已损坏或不是 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/grid.py" />
      <source>Cannot read raster '{}' ({}): the file is damaged or truncated (it ends before its last data block). Copy or export the file again and rerun.</source>
      <translation>无法读取栅格“{}”（{}）：文件已损坏或不完整（在最后一个数据块之前即已结束）。请重新复制或导出该文件后再运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/grid.py" />
      <source>Cannot read raster '{}' ({}): the file is missing, damaged or not a raster. Check the file or export it again.</source>
      <translation>无法读取栅格“{}”（{}）：文件不存在、已损坏或不是栅格。请检查文件或重新导出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Cannot read raster '{}': the file is damaged or truncated (a block of it cannot be read). Copy or export the file again and rerun.</source>
      <translation>无法读取栅格“{}”：文件已损坏或不完整（有数据块无法读取）。请重新复制或导出该文件后再运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>Cannot read the GeoPackage '{}': {}</source>
      <translation>无法读取 GeoPackage“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Cannot read the crosswalk '{}': {}</source>
      <translation>无法读取对照表“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_database.py" />
      <source>Cannot read the database '{}' ({}): it is damaged or not of that format.</source>
      <translation>无法读取数据库“{}”（{}）：数据已损坏或不是该格式。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>Cannot read the preview image '{}'.</source>
      <translation>无法读取预览图片“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_database.py" />
      <source>Cannot read the schema file '{}' as JSON ({}): give a schema like resources/schema/planning_db.json.</source>
      <translation>无法以 JSON 读取规范文件“{}”（{}）：请给出与 resources/schema/planning_db.json 同样结构的规范。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Cannot resample raster '{}' onto the reference grid: the file is damaged or its CRS cannot be transformed. Check the file and its CRS.</source>
      <translation>无法将栅格“{}”重采样到参考格网：文件已损坏或其坐标参考系无法转换。请检查文件及其坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>Cannot write output '{}' ({}): the folder '{}' cannot be created or written. Choose a writable output folder.</source>
      <translation>无法写出输出“{}”（{}）：文件夹“{}”无法创建或写入。请选择可写的输出文件夹。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/writers.py" />
      <source>Cannot write the PDF file.</source>
      <translation>无法写入 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled.py" />
      <source>Cannot write the output '{}': {}</source>
      <translation>无法写出结果“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Cap (field or number)</source>
      <translation>上限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon pool table</source>
      <translation>碳库表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon pools per class (Mg C/ha)</source>
      <translation>各地类碳库（Mg C/hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Carbon storage (碳储量分布图)</source>
      <translation>碳储量分布图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon storage after the InVEST Carbon Storage and Sequestration model (Sharp et al., InVEST User's Guide): each land-cover class has four pools - above-ground biomass, below-ground biomass, soil and dead organic matter, Mg C/ha; storage of a cell = sum of its pools × cell area (hm²), in Mg C per cell; with a future land cover, the net change (sequestration) = future − current per cell. Checked equal to a natcap.invest 3.14.2 Carbon run (tests/data/invest_carbon). Every class of the land cover must be in the table (give 0 for no carbon), as in InVEST. The 三调 pool table holds plugin defaults of the order reported for subtropical southern China, not values of one verified source: replace them with local forest-inventory and soil-survey values. Blue carbon, a separate table added to (and overriding) the pool table: mangrove 739 and salt marsh 334 Mg C/ha, the mean whole-ecosystem organic carbon stocks of Alongi (2020, J. Mar. Sci. Eng. 8(10): 767), split into pools by a plugin assumption; seagrass biomass 2.5 and soil 194.2 Mg C/ha, global means of Fourqurean et al. (2012, Nature Geoscience 5: 505-509), not checked against the original table. Salt marsh (110501) and seagrass (110502) have no 三调 class: give those codes to such cells. Optional valuation as in InVEST: NPV = price × change / T × Σ_{t&lt;T} 1/((1+r)^t (1+c)^t), T = future year − current year, r the discount rate and c the annual price change. Processed by row blocks.</source>
      <translation>碳储量，依据 InVEST 碳储存与固持模型（Sharp 等，InVEST 用户指南）：每个地类有四个碳库——地上生物量、地下生物量、土壤和死亡有机质，单位 Mg C/hm²；像元碳储量 = 其碳库之和 × 像元面积（hm²），单位 Mg C/像元；给出未来土地覆被时，净变化（固碳量）= 未来 − 现状（逐像元）。已核对与 natcap.invest 3.14.2 碳模型运行结果一致（tests/data/invest_carbon）。与 InVEST 一样，土地覆被中的每个地类都必须在表中（无碳填 0）。三调碳库表为插件默认值，量级参照华南亚热带的报道值，并非取自单一经核实的来源：出成果时请以当地森林资源清查和土壤调查数据替换。蓝碳为单独一张表，叠加（并覆盖）碳库表：红树林 739、盐沼 334 Mg C/hm²，为 Alongi（2020，J. Mar. Sci. Eng. 8(10): 767）给出的全球平均生态系统有机碳储量，按插件假定拆分到各碳库；海草床生物量 2.5、土壤 194.2 Mg C/hm²，为 Fourqurean 等（2012，Nature Geoscience 5: 505-509）的全球均值，未与原文表格核对。盐沼（110501）和海草床（110502）没有对应的三调地类：请将这些代码赋给相应像元。可选的价值评估与 InVEST 相同：NPV = 碳价 × 变化量 / T × Σ_{t&lt;T} 1/((1+r)^t (1+c)^t)，T = 未来年份 − 现状年份，r 为贴现率，c 为碳价年变化率。按行块处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon storage of each cell, current land cover, Mg C per cell, styled.</source>
      <translation>现状土地覆被下各像元碳储量，Mg C/像元，已设样式。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon storage of each cell, future land cover, Mg C per cell.</source>
      <translation>未来土地覆被下各像元碳储量，Mg C/像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon storage per class</source>
      <translation>分地类碳储量</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon storage, InVEST model (碳储量 InVEST)</source>
      <translation>碳储量 InVEST (Carbon storage, InVEST model)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon storage, current (Mg C per cell)</source>
      <translation>现状碳储量（Mg C/像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon storage, current: {:.1f} Mg C</source>
      <translation>现状碳储量：{:.1f} Mg C</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon storage, future (Mg C per cell)</source>
      <translation>未来碳储量（Mg C/像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Carbon storage, future: {:.1f} Mg C; net change {:+.1f} Mg C</source>
      <translation>未来碳储量：{:.1f} Mg C；净变化 {:+.1f} Mg C</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Carbonate outcrop</source>
      <translation>碳酸盐岩出露</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Carbonate outcrop D (%, reference grid)</source>
      <translation>碳酸盐岩出露 D（%，参考栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Carbonate rock outcrop, %</source>
      <translation>碳酸盐岩出露面积比例（%）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Carbonate-rock outcrop D, % of the area; the reference grid.</source>
      <translation>碳酸盐岩出露面积比例 D（%），作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Category (1-5)</source>
      <translation>类别 (1-5)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Cell size (m), without a reference raster</source>
      <translation>像元大小（m），无参考栅格时使用</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Cell size in metres of the output grid when no reference raster is given (default 30 m); the grid covers the parcels' extent. Ignored with a reference raster.</source>
      <translation>未给参考栅格时输出网格的像元大小（米，默认 30 m）；网格覆盖图斑范围。给了参考栅格时忽略。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Cell value = source id; 0 and nodata = no source.</source>
      <translation>像元值 = 源地编号；0 和无数据 = 非源地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Cell-level correlation uses at most this many cells, drawn at random. Default 100 000; 0 = all cells (slow, and p-values even more optimistic).</source>
      <translation>像元水平相关分析最多随机抽取的像元数。默认 100 000；0 = 全部像元（较慢，p 值更偏乐观）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Cells</source>
      <translation>像元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Cells at or above this percentile of the positive scores become barrier polygons.</source>
      <translation>不低于正改善值该百分位数的像元构成障碍点多边形。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Cells of the (coarsened) grid, or metres.</source>
      <translation>（粗化后）格网的像元数，或米。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Cells of these classes take the mode given (default: 采矿用地 → 生态重建).</source>
      <translation>这些地类的像元采用所给模式（默认：采矿用地 → 生态重建）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Cells that are both source and ground</source>
      <translation>既是电流源又是接地的像元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Cells that touch by a side (4) or also by a corner (8) belong to the same patch.</source>
      <translation>以边相接（4）或也以角相接（8）的像元属于同一斑块。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Cells whose normalized corridor value (CWD_A + CWD_B − LCD) is at most this cost belong to the corridor polygons. 0 (default) = the least-cost path cells only. The width is the planner's choice (Linkage Mapper's cut-off); there is no standard value.</source>
      <translation>归一化廊道值（CWD_A + CWD_B − LCD）不超过该成本的像元构成廊道面。0（默认）= 仅最小成本路径所经像元。廊道宽度由规划人员确定（即 Linkage Mapper 的截断值），无标准取值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Cells whose normalized corridor value is at most this cost (resistance × metres) form the corridors in which current flows (Linkage Mapper CWD cut-off).</source>
      <translation>标准化廊道值不超过此成本（阻力 × 米）的像元构成电流流经的廊道（Linkage Mapper 成本加权距离截断）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Cells whose value is in the habitat values form the patches (projected CRS). Give either this raster or a polygon layer.</source>
      <translation>数值属于生境值的像元组成斑块（需投影坐标系）。请给出此栅格或面图层之一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Cells with MNDWI above this value are water and left out (default 0).</source>
      <translation>MNDWI 高于此值的像元视为水体并剔除（默认 0）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Cells with a score at or above this value become barrier polygons.</source>
      <translation>改善值不低于此值的像元构成障碍点多边形。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Cells with nodata or a value ≤ 0 are not part of the network.</source>
      <translation>无数据或数值 ≤ 0 的像元不属于电路网络。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Cells with the same id &gt; 0 are joined into one node of zero resistance (Circuitscape polygons). Resampled to the resistance grid by nearest neighbour if needed.</source>
      <translation>编号相同且 &gt; 0 的像元合并为一个零电阻节点（Circuitscape 短路多边形）。必要时按最邻近法重采样到阻力栅格网格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Change of the service value</source>
      <translation>生态系统服务价值变化</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Change of the service value (yuan per cell)</source>
      <translation>生态系统服务价值变化（元/像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Change of the service value to the second date (yuan per cell)</source>
      <translation>至第二期的生态系统服务价值变化（元/像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Change raster: code = from · M + to, unchanged 0, nodata −1. Optional output, created by default; uncheck it in the dialog to skip it.</source>
      <translation>变化栅格：编码 = 转出地类 · M + 转入地类，未变化为 0，无数据为 −1。可选输出，默认生成；可在对话框中取消勾选以不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Changed area {:.2f} hm² of {:.2f} hm²; comprehensive dynamic degree {:.4g} %/a</source>
      <translation>变化面积 {:.2f} hm²（共 {:.2f} hm²）；综合动态度 {:.4g} %/年</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Check report</source>
      <translation>质检结果表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Check report (HTML)</source>
      <translation>质检报告（HTML）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Checked (default): a cell graded by only some inputs keeps the highest of those grades. Unchecked: nodata in any input gives nodata.</source>
      <translation>勾选（默认）：仅部分输入有等级的像元取这些等级中的最高者。不勾选：任一输入为无数据则结果为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Checked: a project is not placed before the period of its grade (一级 近期, 二级 中期, 三级 远期). Default off: budget and rank alone decide.</source>
      <translation>勾选：项目不早于其等级对应的时段（一级 近期、二级 中期、三级 远期）安排。默认不勾选：仅按预算和排序安排。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Checked: table weights that do not sum to 1 are refused. Default off: they are normalised with a warning.</source>
      <translation>勾选：表中权重之和不为 1 时报错。默认不勾选：自动归一化并给出警告。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Checking the inputs…</source>
      <translation>正在检查输入数据…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Checks a planning database (a GeoPackage, a File geodatabase .gdb folder or a folder of shapefiles, as 'Planning database export' writes it) against its schema, for every layer of the schema: R1 the layer is present; R2 its CRS is CGCS2000 3-degree Gauss-Krüger (EPSG 4513-4533 with zone number, 4534-4554 by central meridian); R3 every geometry is valid (GEOS) and not empty; R4 no two polygons overlap (by more than the schema's tolerance, 1 m²) where the schema forbids overlaps; R5 every field of the schema is present; R6 every required field is filled; R7 coded fields (and YSDM) hold codes of their lists; R8 MJ equals the planar area of the geometry in hm² within 0.1 %. The report table has one row per layer and rule: pass / fail / not applicable, the number of failures and the BSM of the offending features (the first 50); an HTML page and a CSV of the same table are written when a report file is given. The log ends with a summary in Chinese. The database is only read.</source>
      <translation>按数据库规范逐图层检查规划数据库（GeoPackage、File 地理数据库 .gdb 文件夹或 Shapefile 文件夹，即“规划数据库导出”的成果）：R1 图层存在；R2 坐标系为 CGCS2000 3度分带高斯-克吕格投影（EPSG 4513-4533 带号坐标，4534-4554 按中央经线）；R3 几何有效（GEOS）且非空；R4 规范要求不得重叠的图层中任意两个面重叠不超过规范容差（1 m²）；R5 规范中的字段齐全；R6 必填字段已填写；R7 代码字段（及 YSDM）的值在代码表内；R8 面积 MJ 与图形平面面积（公顷）相差不超过 0.1%。质检结果表每个图层每条规则一行：通过 / 不通过 / 不适用、错误数和出错要素的 BSM（前 50 个）；给出报告文件时另写同内容的 HTML 页面和 CSV。日志最后给出中文汇总。数据库只读不改。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Checks each unit against the rules of the whole-territory land consolidation pilots (自然资发〔2019〕194号; METHODS.md §4) and reports pass/fail with the numbers: (1) new farmland ≥ the minimum share (default 5 %) of the existing farmland; (2) construction land does not grow: increase − decrease ≤ 0; (3) no consolidation patch crosses the ecological protection red line (overlap above the tolerance, or a point inside it). Units are the input layer (they must not overlap); the fields default to the unit outputs of the farmland, settlement and idle-land potential algorithms. 'all_pass' = 1 when the three rules pass.</source>
      <translation>按全域土地综合整治试点要求（自然资发〔2019〕194号；METHODS.md §4）逐单元校核，并给出是否通过及相应数值：（1）新增耕地 ≥ 原有耕地的最低比例（默认 5 %）；（2）建设用地不增加：增加量 − 减少量 ≤ 0；（3）整治图斑不得占用生态保护红线（重叠面积超过容差，或点位于红线内）。单元为输入图层（不得相互重叠）；各字段默认取耕地、农村居民点和闲置低效用地潜力算法的单元输出。三项均通过时 'all_pass' = 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Choose a layout template file (.qpt) or use the built-in layout.</source>
      <translation>请选择版式模板文件（.qpt），或使用内置版式。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Choose at least one correction factor field.</source>
      <translation>请至少选择一个修正因子字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Choose at least one theoretical potential field.</source>
      <translation>请至少选择一个理论潜力字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Choose the coverage layer (townships, cities…) or 'Whole region'.</source>
      <translation>请选择分幅图层（乡镇、城市等），或选择“全域”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Choose the existing farmland field.</source>
      <translation>请选择现状耕地字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Choose the key field of the unit layer.</source>
      <translation>请选择单元图层的关键字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Choose the planning GeoPackage (planning.gpkg made by the planning steps).</source>
      <translation>请选择规划数据库 GeoPackage（规划各步骤生成的 planning.gpkg）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Choose the population field.</source>
      <translation>请选择人口字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Choose the slope class or slope field.</source>
      <translation>请选择坡度级别或坡度字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Choose the unit key field.</source>
      <translation>请选择单元关键字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>Choose the unit name or code field.</source>
      <translation>请选择单元名称或代码字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Choose where to save the atlas PDF.</source>
      <translation>请选择图集 PDF 的保存位置。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Circle</source>
      <translation>圆形</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Circuit analysis failed: {}</source>
      <translation>电路分析失败：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Circuit analysis needs at least two focal nodes on valid cells (found {}).</source>
      <translation>电路分析至少需要两个位于有效像元上的焦点节点（找到 {} 个）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Circuit theory connectivity, Circuitscape (电路理论连通性)</source>
      <translation>电路理论连通性 (Circuit theory connectivity, Circuitscape)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Circuit-theory connectivity (McRae, Dickson, Keitt &amp; Shah 2008, Ecology 89: 2712-2724; Circuitscape raster rules; METHODS.md §2): every valid cell is a node joined to its 4 or 8 neighbours, the landscape a resistor network. Edge conductance: 1 / mean of the two cells' resistances (average resistance, default) or the mean of their conductances; diagonals divided by √2; cell size does not enter. Cells with nodata or a value ≤ 0 are not nodes. Focal nodes: points or polygons rasterised by id (field or 1, 2, … in feature order; several cells of one id form a focal region), or a raster of ids. Modes: pairwise (1 A between each pair; effective resistance R_ij in ohms, cumulative current = sum over pairs), one-to-all (1 A into each node with the others grounded; resistance = its voltage) and all-to-one (each node grounded in turn, 1 A into every other; no resistance is reported). Pairs in different components are listed with connected = 0 and an empty resistance, never 0. Advanced mode (Circuitscape advanced): a source raster (amps injected per cell) and a ground raster (resistance or conductance to ground per cell; resistance 0 or conductance inf = direct ground) drive one solve; cells that are both source and ground keep both or lose the source, the ground or both (Circuitscape 'remove source or ground'); components with sources but no ground cannot carry current and are reported. Short-circuit regions: a raster of region ids (each region one node of zero resistance), or the focal regions themselves (faster: pairwise then needs only N−1 solves; without it every pair with a multi-cell focal region is solved separately, as Circuitscape does). Outputs: resistance table (empty in advanced mode), cumulative current (advanced mode: the current map; high values = pinch points and important corridors), optional maximum current over pairs or nodes, optional voltage map (advanced mode). Solver: direct LU up to 50,000 nodes; larger systems CHOLMOD sparse Cholesky when scikit-sparse is installed and the factor fits in half the free memory, else pyamg smoothed-aggregation preconditioned CG (relative residual 1e-10), scipy without pyamg. Province-wide runs: the optional coarsening factor (Advanced) solves on blocks of N × N cells, about N² times faster, approximately (METHODS.md §2). Pairwise mode keeps the focal nodes' potentials (8 bytes a network cell a focal node) in memory while they take at most a quarter of the free memory, else in a temporary file in the output's folder (its disk space checked first, removed at the end).</source>
      <translation>电路理论连通性（McRae、Dickson、Keitt 与 Shah 2008，Ecology 89: 2712-2724；Circuitscape 栅格规则；METHODS.md §2）：每个有效像元为一个节点，与其 4 或 8 邻域相连，景观即电阻网络。边电导：两像元阻力平均值的倒数（平均电阻，默认）或两像元电导的平均值；对角线除以 √2；不考虑像元大小。无数据或数值 ≤ 0 的像元不是节点。焦点节点：按编号栅格化的点或面（编号字段或按要素顺序 1, 2, …；同一编号的多个像元组成焦点区域），或编号栅格。模式：两两成对（每对之间通入 1 A；有效电阻 R_ij，单位欧姆，累积电流 = 各对之和）、一对多（向每个节点注入 1 A，其余节点接地；电阻 = 其电压）和多对一（依次将每个节点接地，向其余每个节点注入 1 A；不报告电阻）。位于不同连通分量的节点对以 connected = 0 列出，电阻留空，绝不为 0。高级模式（Circuitscape advanced）：电流源栅格（各像元注入的安培数）和接地栅格（各像元对地电阻或电导；电阻 0 或电导 inf = 直接接地）驱动一次求解；既是电流源又是接地的像元可同时保留，或去掉电流源、接地或两者（Circuitscape“remove source or ground”）；有电流源而无接地的连通分量不能通过电流，会在日志中报告。短路区域：区域编号栅格（每个区域为一个零电阻节点），或直接以焦点区域为短路区域（更快：两两成对只需 N−1 次求解；否则每个含多像元焦点区域的节点对单独求解，与 Circuitscape 相同）。输出：电阻表（高级模式为空）、累积电流（高级模式为电流图；高值为夹点和重要廊道）、可选的各对或各节点最大电流、可选的电压图（高级模式）。求解器：50,000 个节点以内用直接 LU 分解；更大的方程组在已安装 scikit-sparse 且分解因子可放入空闲内存一半时用 CHOLMOD 稀疏 Cholesky 分解，否则用 pyamg 光滑聚集预条件共轭梯度法（相对残差 1e-10），无 pyamg 时用 scipy。全省范围运算：可选的粗化因子（高级参数）在 N × N 像元块上近似求解，约快 N² 倍（METHODS.md §2）。成对模式下，各焦点节点的电势（每个网络像元每个焦点节点 8 字节）在不超过可用内存四分之一时保存在内存中，否则以临时文件形式保存在输出文件夹中（事先检查磁盘空间，运行结束后删除）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Circuitscape 'remove source or ground where both': what to do with a node that has both a current source and a ground.</source>
      <translation>Circuitscape“两者皆有时去除电流源或接地”：对同时具有电流源和接地的节点如何处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Class code</source>
      <translation>地类代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Class code (for PLAND and CA)</source>
      <translation>类别代码（用于 PLAND 和 CA）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Class code whose PLAND or CA is computed; needed for those two metrics, ignored for the others.</source>
      <translation>计算 PLAND 或 CA 的地类编码；这两个指数必填，其他指数忽略该项。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_landscape.py" />
      <source>Class codes treated as outside the landscape (e.g. sea or the area outside the county), comma separated; like nodata they are excluded (FRAGSTATS background). Empty: every valid cell is in the landscape.</source>
      <translation>视为景观以外的地类编码（如海域或县域以外），逗号分隔；与无数据一样不参与计算（FRAGSTATS 背景）。留空：所有有效像元均属景观。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Class field of the older shoreline (empty: the same name as the newer one).</source>
      <translation>较早岸线的类型字段（留空：与较新岸线同名）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Class for unknown codes (三调 code)</source>
      <translation>未知编码归入的地类（三调编码）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Classes not listed do not protect. 9001 seagrass, 9002 coral reef, 9003 salt marsh are codes for habitats outside the 三调 classes.</source>
      <translation>未列出的地类不起防护作用。9001 海草床、9002 珊瑚礁、9003 盐沼为三调地类之外的生境代码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Classes whose runoff coefficient is empty in the table (by default cropland, built land and open water, for which the 2017 red-line guide gives no coefficient): 0 — no water-conservation service counted, so maps have no holes inside the region (default) — or nodata. Cells whose P or ET is nodata stay nodata either way.</source>
      <translation>径流系数表中留空的地类（默认为耕地、建设用地和水域，《生态保护红线划定指南》(2017) 未给出其系数）：记为 0——不计水源涵养服务，区域内地图不留空洞（默认）——或记为无数据。P 或 ET 为无数据的像元两种情况下都保持无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Classes without a runoff coefficient</source>
      <translation>无径流系数的地类</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Classified shoreline</source>
      <translation>岸线分类</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Classified shoreline (lines): artificial shore -&gt; 岸线整治, sandy shore -&gt; 沙滩修复.</source>
      <translation>分类岸线（线）：人工岸线 -&gt; 岸线整治，砂质岸线 -&gt; 沙滩修复。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Classified shoreline: field '{}' not found.</source>
      <translation>分类岸线：找不到字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Classifies a shoreline layer into 基岩 bedrock, 砂质 sandy, 淤泥质 muddy, 生物 biological (mangrove, reef), 河口 estuary, 人工 artificial and 生态恢复 ecologically restored (class field: code 1-7, English code or Chinese name), flags mainland and island shores, sums lengths by class and township and computes 自然岸线保有率 = (natural + ecologically restored) / total length, for the mainland and the islands separately (the restored shore counted as natural after 海岸线保护与利用管理办法, 国家海洋局 2017, 第十二条 - our reading, not verified against the official text). With an older shoreline it casts transects every 'spacing' metres along the newer one, perpendicular to it, and measures as shoreline-change tools (DSAS) do the net shoreline movement NSM (m, positive = moved seaward, e.g. reclamation; negative = retreat, erosion) and the end-point rate EPR = NSM / years (m/a); each transect also records the classes before and after, giving the length of natural shore turned artificial (transects × spacing). The seaward side is taken from the land polygons, or else lines are taken to have land on their left. Protection classes 严格保护 / 限制开发 / 优化利用 follow an editable class table; the default (bedrock, biological and estuary shores strict; sandy, muddy and restored restricted; artificial optimised use) is the plugin's simplification of the three categories of 海岸线保护与利用管理办法 (2017), which assigns them by the shore's form and function, not by class alone: review it.</source>
      <translation>将岸线图层分为基岩、砂质、淤泥质、生物（红树林、珊瑚礁等）、河口、人工和生态恢复岸线（类型字段：代码 1-7、英文代码或中文名），区分大陆与海岛岸线，按类型和乡镇汇总长度，并分别计算大陆和海岛的自然岸线保有率 =（自然岸线 + 生态恢复岸线）/ 岸线总长度（生态恢复岸线按《海岸线保护与利用管理办法》（国家海洋局 2017）第十二条计入自然岸线——系本插件的理解，未与正式文本核对）。给出较早年份的岸线时，沿较新岸线每隔“间距”米垂直于岸线布设断面，按岸线变化分析工具（DSAS）的做法量算净岸线移动距离 NSM（米，正值 = 向海推进，如围填海；负值 = 后退，如侵蚀）和端点速率 EPR = NSM / 年数（米/年）；每条断面还记录前后两期的岸线类型，据此得到自然岸线转为人工岸线的长度（断面数 × 间距）。向海一侧由陆域面确定，未给出时认为陆地位于线的左侧。严格保护 / 限制开发 / 优化利用三类岸线按可编辑的类型表划定；默认（基岩、生物、河口岸线严格保护；砂质、淤泥质、生态恢复岸线限制开发；人工岸线优化利用）是本插件对《海岸线保护与利用管理办法》（2017）三类管控的简化——该办法按岸线的形态和功能而非仅按类型划分：请复核。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Climate erosivity F_q</source>
      <translation>气候侵蚀力 F_q</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Climate erosivity factor F_q (wind), for windbreak and sand fixation.</source>
      <translation>气候侵蚀力因子 F_q（风力），用于防风固沙。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Clustering fields not found in the units: {}.</source>
      <translation>单元中找不到聚类字段：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Clustering needs at least one numeric field.</source>
      <translation>聚类至少需要一个数值字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Coarsened by blocks of {0} × {0} cells in {1:.1f} s: {2} × {3} → {4} × {5} cells, {6} → {7} valid cells ({8:.1f}× fewer nodes; the solves need roughly that much less memory and time).</source>
      <translation>按 {0} × {0} 像元块粗化，用时 {1:.1f} s：{2} × {3} → {4} × {5} 像元，有效像元 {6} → {7}（节点减少 {8:.1f} 倍；求解所需内存和时间约减少同样倍数）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Coarsened by {0} to {1} × {2} cells</source>
      <translation>已粗化 {0} 倍，为 {1} × {2} 像元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Coarsened run: {:.1f} s from coarsening to the maps on the input grid.</source>
      <translation>粗化运算：从粗化到输入网格上的电流图共用时 {:.1f} s。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Coarsened solve: the effective resistances and current maps are approximate (the errors measured on Demo County are in METHODS.md §2). Set the coarsening factor to 1 for the exact solve.</source>
      <translation>粗化求解：有效电阻和电流图为近似值（示例县上测得的误差见 METHODS.md §2）。粗化因子设为 1 即为精确求解。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Coarsening factor (1 = none)</source>
      <translation>粗化倍数（1 = 不粗化）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Coarsening factor (blocks of N × N cells; 1 = off, approximate)</source>
      <translation>粗化因子（N × N 像元块；1 = 不粗化，近似）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Coastal protection</source>
      <translation>海岸防护</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Coastal protection (0-1)</source>
      <translation>海岸防护（0-1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Coastal protection (海岸防护)</source>
      <translation>海岸防护 (Coastal protection)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Coastal protection (海岸防护功能评价图)</source>
      <translation>海岸防护功能评价图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Coastal protection value 0-1 (METHODS.md §1; the plugin's own scores, not from a published table): coastal ecosystems protect the land behind them. Each protecting cell has a score: by land-cover class from the scores table (defaults: 303 红树林地 mangrove 1.0, 9002 coral reef 0.9, 9003 salt marsh 0.7, 1108 沼泽地 0.6, 9001 seagrass 0.5, 1105 沿海滩涂 0.4) and natural shoreline cells (from the optional shoreline lines, burnt on every cell they touch, optionally only features whose field holds one of the natural-shore values) the shoreline score (0.5). A land cell takes the largest score · g(d) over protecting cells, d the distance in metres, g = 1 − d/buffer (linear) or 1 (step) within the buffer distance (default 1000 m), else 0; protecting cells keep at least their own score. Nodata land cover stays nodata.</source>
      <translation>海岸防护值 0-1（METHODS.md §1；插件自定得分，非出自已发布的分级表）：海岸生态系统保护其后方陆地。每个防护像元有一个得分：按地类取自得分表（默认：303 红树林地 1.0，9002 珊瑚礁 0.9，9003 盐沼 0.7，1108 沼泽地 0.6，9001 海草床 0.5，1105 沿海滩涂 0.4）；自然岸线像元（来自可选的岸线线图层，线经过的所有像元均计入，可只取字段值属于自然岸线取值的要素）取岸线得分（0.5）。陆地像元取所有防护像元 得分 · g(d) 的最大值，d 为距离（米），在缓冲距离（默认 1000 m）内 g = 1 − d/缓冲距离（线性）或 1（阶跃），其外为 0；防护像元至少保留其自身得分。土地覆被无数据处仍为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Coastal protection value 0-1 per cell (land cells: largest score × decay over protecting cells); grade it with the cumulative-share importance grading.</source>
      <translation>各像元的海岸防护值（0-1；陆地像元取各防护像元 得分 × 衰减 的最大值）；可用“服务重要性分级”进行分级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Coastal reach outside the units (m)</source>
      <translation>单元外沿海计入距离（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Coastal wetland and marine habitat inventory (滨海湿地与海洋生境清查)</source>
      <translation>滨海湿地与海洋生境清查 (Coastal wetland and marine habitat inventory)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Coastal-erosion vulnerability</source>
      <translation>海岸侵蚀脆弱性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Coastal-erosion vulnerability (海岸侵蚀脆弱性)</source>
      <translation>海岸侵蚀脆弱性 (Coastal-erosion vulnerability)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Coastal-erosion vulnerability after the marine part of the 双评价 guide (MNR 2020), METHODS.md §1 (not verified against the official text): N = 0.2 · shore-type score + 0.4 · storm-surge grade + 0.4 · wave-height grade, final index (N + erosion-rate grade) / 2. Shore-type raster codes: 1 sandy 砂质, 2 muddy 淤泥质, 3 natural-form 自然形态, 4 artificial 人工, 5 bedrock 基岩; scores (editable, 1/3/5 scale) sandy / muddy 5, natural-form 3, artificial / bedrock 1. Three levels: storm surge (m; breaks 1.5, 3.0), wave height (m; 0.4, 1.0) and erosion rate (m/a; muddy 1, 10; sandy 0.5, 2) graded 1/3/5, index breaks 2, 3.5 -&gt; 1 一般脆弱, 2 脆弱, 3 极脆弱. Five levels (no published table; derived): grades 1/3/5/7/9, the shore scores mapped by 2 · score − 1 (5 -&gt; 9, 3 -&gt; 5, 1 -&gt; 1); the three-level breaks kept as the outer breaks and the middle interval split in thirds: surge 1.5, 2, 2.5, 3 m; wave 0.4, 0.6, 0.8, 1.0 m; erosion rate muddy 1, 4, 7, 10, sandy 0.5, 1, 1.5, 2 m/a; index breaks 3, 4, 5, 6 (2 and 3.5 on the 1-9 scale) -&gt; 1 一般, 2 轻度脆弱, 3 中度脆弱, 4 高度脆弱, 5 极脆弱. Other shores and accreting shores (rate ≤ 0) take the lowest grade. Breaks are lower-inclusive and editable (empty = the default of the chosen levels). Nodata in any input gives nodata.</source>
      <translation>海岸侵蚀脆弱性评价，依据双评价指南（自然资源部 2020）海洋部分，METHODS.md §1（未与官方原文核对）：N = 0.2 · 岸线类型得分 + 0.4 · 风暴潮分级 + 0.4 · 波高分级，最终指数 (N + 侵蚀速率分级) / 2。岸线类型栅格编码：1 砂质、2 淤泥质、3 自然形态、4 人工、5 基岩；得分（可编辑，1/3/5 尺度）砂质/淤泥质 5、自然形态 3、人工/基岩 1。三级：风暴潮（m；分界 1.5、3.0）、波高（m；0.4、1.0）和侵蚀速率（m/a；淤泥质 1、10；砂质 0.5、2）分为 1/3/5，指数分界 2、3.5 -&gt; 1 一般脆弱、2 脆弱、3 极脆弱。五级（无公开发布的分级表，由插件按三级分界推算）：分级赋值 1/3/5/7/9，岸线得分按 2 · 得分 − 1 换算（5 -&gt; 9、3 -&gt; 5、1 -&gt; 1）；保留三级分界作为外侧分界，中间区间三等分：风暴潮 1.5、2、2.5、3 m；波高 0.4、0.6、0.8、1.0 m；侵蚀速率 淤泥质 1、4、7、10，砂质 0.5、1、1.5、2 m/a；指数分界 3、4、5、6（即 2 和 3.5 换算到 1-9 尺度）-&gt; 1 一般、2 轻度脆弱、3 中度脆弱、4 高度脆弱、5 极脆弱。其他岸线和淤进岸线（速率 ≤ 0）取最低级。分界值下限包含、可编辑（留空取所选级数的默认值）。任一输入为无数据则结果为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Coastal-erosion vulnerability grade</source>
      <translation>海岸侵蚀脆弱性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Coastal-erosion vulnerability index</source>
      <translation>海岸侵蚀脆弱性指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Coastal-erosion vulnerability index (N + erosion-rate grade) / 2.</source>
      <translation>海岸侵蚀脆弱性指数 (N + 侵蚀速率等级) / 2。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Coastal-erosion vulnerability: {}. Add the code to the shore-type score table or fix the shore-type raster.</source>
      <translation>海岸侵蚀脆弱性：{}。请在岸线类型得分表中补充该编码，或修正岸线类型栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Coastline lines with a shore-type field, for the natural shoreline ratio (大陆自然岸线保有率). Empty: that indicator is not computed.</source>
      <translation>带岸线类型字段的海岸线线图层，用于计算大陆自然岸线保有率。留空：不计算该指标。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Coastline with shore types</source>
      <translation>海岸线（含岸线类型）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Code and name</source>
      <translation>编码 名称</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Code raster: 1-3 buffer bands, 4-8 conflicts, 0 none; styled.</source>
      <translation>编码栅格：1-3 为缓冲带，4-8 为冲突，0 为无；已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Codes not counted as land area</source>
      <translation>不计入国土面积的地类代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Coefficient (0–1)</source>
      <translation>系数（0–1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Coefficient after (ξ_after)</source>
      <translation>ξ 整治后</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Coefficient now (ξ_now)</source>
      <translation>ξ 现状</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Coefficient α of the cold season. Default 0.3101 (章文波 et al. 2002); not verified against the paper (METHODS.md §1).</source>
      <translation>冷季系数 α。默认 0.3101（章文波等 2002）；未与原文核对（METHODS.md §1）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Coefficient α of the warm season. Default 0.3937 (章文波 et al. 2002, 地理科学 22(6)); the value was not verified against the paper (METHODS.md §1).</source>
      <translation>暖季系数 α。默认 0.3937（章文波等 2002，地理科学 22(6)）；该值未与原文核对（METHODS.md §1）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Combine importance grades, highest wins (重要性集成 取最高等级)</source>
      <translation>重要性集成 取最高等级 (Combine importance grades, highest wins)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Combine pairs by</source>
      <translation>源地对合并方式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Combined grade</source>
      <translation>集成等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Combined grade, the highest of the inputs (3 极重要, 2 重要, 1 一般重要, 0 nodata), styled.</source>
      <translation>集成等级，取各输入的最高等级（3 极重要、2 重要、1 一般重要、0 无数据），已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Combined importance grade</source>
      <translation>集成重要性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Combines several grade rasters (codes 3 极重要, 2 重要, 1 一般重要, 0 nodata) into one: each cell takes the highest grade (双评价 guide 2020: 极 if any is 极, else 重要 if any is 重要, else 一般). With 'ignore nodata' a cell graded by some inputs keeps the highest of those; otherwise nodata in any input gives nodata. The first raster is the reference grid.</source>
      <translation>将多个等级栅格（代码 3 极重要、2 重要、1 一般重要、0 无数据）集成为一个：每个像元取最高等级（双评价指南 2020：任一为极重要则为极重要，否则任一为重要则为重要，否则为一般重要）。勾选“忽略无数据”时，像元取已有等级中的最高者；否则任一输入无数据则结果为无数据。第一个栅格为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_vulnerability.py" />
      <source>Comma-separated ascending breaks: 2 for three levels, 4 for five levels. Empty: the default of the chosen levels.</source>
      <translation>逗号分隔的递增分界值：三级 2 个，五级 4 个。留空：取所选级数的默认值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Compares current or projected values with the targets of each unit and flags shortfalls (METHODS.md §5). Targets and values are tables with one row per unit and indicator: by default the unit-targets table of 'Target decomposition' (fields unit_key, indicator, target) and the table of 'Indicator base values' (fields unit_key, indicator, value); other tables work when their fields are chosen. Rows are matched on unit and indicator name. gap = value − target for indicators where higher is better, target − value where lower is better (list those in the direction table, with an optional tolerance); gap ≥ −tolerance is met. A unit or indicator found in only one table is reported as 'no data'. Outputs: the comparison table and, when a unit layer is given, the units with the number of indicators checked and of shortfalls. With a project library ('Project library' with its hierarchy fields zb_name, zb_value, xf_ha, period) the projects' contributions are summed per period (近期 2021-2025, 中期 2026-2030, 远期 2031-2035) and cumulatively, and compared with the region target of each indicator (the sum of its unit targets, as the contributions are quantities added over the plan period).</source>
      <translation>将各单元的现状值或预测值与目标值比较，标出未达标项（METHODS.md §5）。目标与数值均为“每个单元每个指标一行”的表：默认使用“目标分解传导”输出的单元目标表（字段 unit_key、indicator、target）和“指标基期值”输出的表（字段 unit_key、indicator、value）；选择相应字段后也可使用其他表。按单元和指标名称匹配。越高越好的指标差距 = 数值 − 目标，越低越好的指标差距 = 目标 − 数值（在方向表中列出，可设容差）；差距 ≥ −容差 即为达标。只出现在一个表中的单元或指标记为“无数据”。输出：比较表；给定单元图层时，另输出各单元参评指标数和未达标指标数。给定项目库（“生态修复项目库”的输出，含层级字段 zb_name、zb_value、xf_ha、period）时，按时期（近期 2021-2025、中期 2026-2030、远期 2031-2035）汇总项目对各指标的贡献及累计值，并与各指标的全域目标比较（全域目标为各单元目标之和，因为项目贡献是规划期内累加的量）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Compares two land-use rasters (class codes, e.g. 三调 classes; METHODS.md §1.5). Transition matrix: the area (hm²) of every change from class i at the first date (rows) to class j at the second (columns to_&lt;code&gt;), with row totals and a total row; cells nodata at either date are left out. Single land-use dynamic degree K = (U_b − U_a) / U_a / T · 100 (% per year; 王秀兰 &amp; 包玉海 1999), comprehensive dynamic degree LC = Σ ΔLU_(i−j) / (2 Σ LU_i) / T · 100 (% per year, the changed area counted once, as the formula is written), T the years between the dates. Change raster: code = from · M + to (M the smallest power of ten above every class, e.g. 10000 for 三调 codes: 301 → 701 is 3010701), unchanged 0, nodata −1; unchanged cells shown grey. Class names are taken from the 三调 classes where the code is known. Two 三调 vintages (DLTB parcels, e.g. 2010 and 2020): import the first with 'Import land parcels DLTB', then the second with the first import as its reference raster; both rasters then share one grid and go in here unchanged (the import refuses a vintage in another CRS).</source>
      <translation>比较两期土地利用栅格（地类代码，如三调地类；METHODS.md §1.5）。转移矩阵：第一期地类 i（行）转为第二期地类 j（列 to_&lt;代码&gt;）的面积（hm²），含行合计与合计行；任一期为无数据的像元不计。单一土地利用动态度 K = (U_b − U_a) / U_a / T · 100（%/年；王秀兰、包玉海 1999），综合土地利用动态度 LC = Σ ΔLU_(i−j) / (2 Σ LU_i) / T · 100（%/年，按公式原文变化面积只计一次），T 为两期间隔年数。变化栅格：代码 = 原地类 · M + 新地类（M 为大于所有地类代码的最小 10 的幂，三调代码为 10000：301 → 701 记为 3010701），未变化为 0，无数据为 −1；未变化像元显示为灰色。已知代码的地类名称取自三调地类。两期三调图斑（地类图斑 DLTB，如 2010 年和 2020 年）：先用“三调地类图斑导入”导入第一期，再以第一期导入结果作为参考栅格导入第二期；两期栅格即共用同一格网，可直接输入本算法（坐标系不同的一期会被导入拒绝）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Comparison table: value, target, gap and met / shortfall / no data for every unit and indicator.</source>
      <translation>对比表：每个单元每项指标的数值、目标、差距及达标/未达标/无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Comprehensive dynamic degree</source>
      <translation>综合土地利用动态度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Compute base values from layers</source>
      <translation>由图层计算基期值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Compute base values…</source>
      <translation>计算基期值…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Computed by the rule '{}' from {} on {}.</source>
      <translation>按规则“{}”由 {} 计算，计算日期 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Computes the rule-based indicators of the target system (METHODS.md §5) from layers, for the whole region or per unit (cities, counties or townships: set the unit key field). Each rule runs when its inputs are given, and each output row carries its statistical basis (口径) and source. Forest coverage (%) = forest area / land area (valid land-use cells, minus the non-land classes). Forest basis: 'forestry' (the default; definition after GB/T 26424-2010) counts 乔木林地 0301, 竹林地 0302, 红树林地 0303, 森林沼泽 0304, 灌木林地 0305 only inside the layer of 国家特别规定灌木林地 (none without it), and the 园地 codes the province counts as economic forest (e.g. 203 橡胶园 in Hainan); '三调' counts all 灌木林地 and no 园地; 'custom' the forest codes given. The provincial rules on shrubland and orchards could not be verified against the official text here: check them. Forest coverage is an expected (预期性) indicator unless the upper-level plan makes it binding. Forest land area (林地保有量, hm²) = 三调 林地 0301-0307. Wetland: one definition for the plugin, the 三调 湿地 group (0303, 0304, 0306, 0402, 0603 盐田, 1105, 1106, 1108); the alternative basis adds 河流、湖泊、水库、坑塘水面 (the class list of the forestry wetland statistics could not be verified here). Wetland area (hm²); wetland protection rate (%) = wetland area inside the union of the nature reserves and the extra protected-wetland layers (wetland parks, wetland protection plots, important wetlands; overlaps counted once) / wetland area. Soil and water conservation rate (%) = 1 − area with soil loss at or above the tolerance of SL 190-2007 (south red-soil hilly region 500 t/(km²·a)) / land area, from the actual soil loss raster of the soil conservation algorithm (t/(hm²·a)). Natural shoreline ratio (%) = length of coastline whose shore type is one of the natural types / total coastline length; ecological protection red line area (km²) = area of the red-line polygons (overlaps counted once); with an island field the natural shoreline ratio counts the mainland shore only (大陆自然岸线保有率) and the island shore gives 海岛自然岸线保有率 (island lines outside every unit go to the nearest unit within the coastal reach); natural shore = 砂质, 淤泥质, 基岩, 生物 shore and the restored shore with natural form and function (海岸线保护与利用管理办法 2017, 第二条, for the mainland; used for islands too). Mangrove area (红树林面积, hm²) = 三调 0303 红树林地 cells of the land use. Land-use cells outside every unit within the coastal reach count for the nearest unit in every land-use rule (forest, forest land, wetland, mangrove). Ecological restoration area (hm²) = area of the restoration polygons (zoning or project outputs). Cells count by their centre; areas and lengths are measured in the region layer's projected CRS. Output: a table with one row per unit and indicator (value, numerator, denominator, layer used, date), and optionally the units with one field per indicator for mapping.</source>
      <translation>由图层计算目标指标体系中有计算规则的指标（METHODS.md §5），可针对全域或分单元（市、县或乡镇：设置单元关键字段）。给定输入时即计算相应规则，每行输出均附统计口径和数据来源。森林覆盖率（%）= 森林面积 / 国土面积（有效地类像元，扣除非国土地类）。森林口径：“林业口径”（默认；定义参照 GB/T 26424-2010）计入乔木林地 0301、竹林地 0302、红树林地 0303、森林沼泽 0304，灌木林地 0305 仅在国家特别规定灌木林地图层范围内计入（未给出则不计入），并计入本省认定为经济林的园地代码（如海南 203 橡胶园）；“三调口径”计入全部灌木林地、不计园地；“自定义”按给定的森林地类代码。灌木林地和园地的省级规定未能在此核对原文，请自行核对。森林覆盖率为预期性指标，上级规划下达为约束性时改为约束性。林地保有量（hm²）= 三调林地 0301-0307 面积。湿地：全插件统一定义为三调湿地（0303、0304、0306、0402、0603 盐田、1105、1106、1108）；另一口径加上河流、湖泊、水库、坑塘水面（林草湿地统计的地类清单未能在此核对）。湿地面积（hm²）；湿地保护率（%）= 自然保护地与湿地公园、湿地保护小区、重要湿地等图层并集内的湿地面积（重叠只计一次）/ 湿地面积。水土保持率（%）= 1 − 土壤侵蚀量不低于 SL 190-2007 容许土壤流失量（南方红壤丘陵区 500 t/(km²·a)）的面积 / 国土面积，采用水土保持算法输出的实际土壤侵蚀量栅格（t/(hm²·a)）。自然岸线保有率（%）= 岸线类型属于自然岸线的岸线长度 / 岸线总长度；生态保护红线面积（km²）= 红线图斑面积（重叠只计一次）；给定海岛字段时，自然岸线保有率只计大陆岸线（大陆自然岸线保有率），海岛岸线另计海岛自然岸线保有率（位于所有单元之外的海岛岸线归入海岸带距离内最近的单元）；自然岸线 = 砂质、淤泥质、基岩、生物岸线，以及整治修复后具有自然形态和生态功能的岸线（《海岸线保护与利用管理办法》2017 第二条，针对大陆岸线；海岛同样采用）。红树林面积（hm²）= 地类中三调 0303 红树林地像元面积。位于所有单元之外、在海岸带距离内的地类像元，在各项地类规则（森林、林地、湿地、红树林）中均归入最近的单元。生态保护修复面积（hm²）= 修复图斑面积（分区或项目成果）。像元按中心点归属；面积和长度在区域图层的投影坐标系中量算。输出：每个单元每个指标一行的表（数值、分子、分母、所用图层、日期），以及可选的带各指标字段的单元图层，供制图使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Computing LS, C, P and RUSLE by blocks…</source>
      <translation>正在分块计算 LS、C、P 因子与 RUSLE…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Computing the impact of {} threats…</source>
      <translation>正在计算 {} 个威胁因子的影响…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Condition</source>
      <translation>条件</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Condition (expression)</source>
      <translation>条件表达式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Condition range</source>
      <translation>植被状况范围</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Condition range for normalisation, min, max (empty = over the data)</source>
      <translation>归一化的植被状况范围：最小值, 最大值（留空 = 取数据范围）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Condition range: max must exceed min.</source>
      <translation>植被状况范围：最大值必须大于最小值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Conflict and buffer areas</source>
      <translation>冲突与缓冲区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Conflict and buffer areas of the three spaces (三类空间冲突与缓冲区)</source>
      <translation>三类空间冲突与缓冲区 (Conflict and buffer areas of the three spaces)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Conflict and buffer codes</source>
      <translation>冲突与缓冲区代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Connect every ground directly (0 ohm)</source>
      <translation>所有接地均直接接地（0 欧姆）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Connect four neighbours only</source>
      <translation>仅连接 4 邻域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Connect four neighbours only (else eight)</source>
      <translation>仅连接四邻域（否则八邻域）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Conserved soil A_c</source>
      <translation>土壤保持量 A_c</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Conserved soil A_c = R·K·LS·(1 − C·P), t/(hm²·a).</source>
      <translation>水土保持量 A_c = R·K·LS·(1 − C·P)，单位 t/(hm²·a)。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Consolidation patches</source>
      <translation>整治图斑</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Consolidation policy check (全域土地综合整治政策校核)</source>
      <translation>全域土地综合整治政策校核 (Consolidation policy check)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Consolidation potential by unit</source>
      <translation>分单元土地综合整治潜力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Consolidation potential grading and zoning (整治潜力分级与分区)</source>
      <translation>整治潜力分级与分区 (Consolidation potential grading and zoning)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Consolidation potential summary</source>
      <translation>整治潜力汇总表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>Consolidation units</source>
      <translation>整治单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>Consolidation units (villages or townships)</source>
      <translation>整治单元（行政村或乡镇）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Consolidation units with the totals of their features in hm², 亩 and 万亩 (1 hm² = 15 亩); the field 'method' records the formula and coefficients.</source>
      <translation>整治单元，附所含要素的合计（hm²、亩、万亩；1 hm² = 15 亩）；字段 method 记录所用公式和系数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Consolidation zoning</source>
      <translation>整治分区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Construction land that rural settlements can release, and the farmland it can give (METHODS.md §4). Per-capita standard: ΔS = S_now − P_plan · A_person, with A_person up to 150 m²/person (GB 50188-2007; or the provincial standard); per-household variant: ΔS = S_now − H_plan · A_household. Planned population P_plan = P_now · (1 + r)^(plan year − base year) with the annual growth rate r (households alike; without a household field H = P / household size). A negative ΔS (the settlement is below the standard) is reported as zero potential, with the flag 'negative' = 1 and the raw value kept. New farmland = ΔS × reclamation coefficient. Settlements are points or polygons; the area comes from the area field (m², hm² or 亩) or the polygon's planar area. Every settlement must lie in a unit and have a population. Outputs: settlements, and units with totals in hm², 亩 and 万亩; the field 'method' records the formula and standards.</source>
      <translation>计算农村居民点可腾退的建设用地及可复垦的耕地（METHODS.md §4）。人均用地标准法：ΔS = S_now − P_plan · A_person，A_person 最高 150 m²/人（GB 50188-2007，或省级标准）；户均标准法：ΔS = S_now − H_plan · A_household。规划人口 P_plan = P_now · (1 + r)^(规划年 − 基期年)，r 为年均增长率（户数同理；无户数字段时 H = P / 户均人口）。ΔS 为负（居民点用地低于标准）时潜力记为零，并设标记 'negative' = 1，保留原始值。新增耕地 = ΔS × 复垦系数。居民点可为点或面；面积取自面积字段（m²、hm² 或亩）或面的平面面积。每个居民点须位于某一单元内且有人口。输出：居民点，以及按 hm²、亩和万亩汇总的单元；字段 'method' 记录公式和标准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Construction-land consolidation potential fields (hm²)</source>
      <translation>建设用地整治潜力字段（hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Construction-land decrease fields (hm²)</source>
      <translation>建设用地减少量字段（hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Construction-land increase fields (hm²)</source>
      <translation>建设用地增加量字段（hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Construction-suitable areas</source>
      <translation>适宜建设区域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Construction: maximum slope (degrees)</source>
      <translation>建设用地：最大坡度（度）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Control level</source>
      <translation>管控级别</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Copy of the corridors with cf_centrality: the current through each corridor summed over all source pairs (A). High values = corridors that many connections depend on.</source>
      <translation>廊道副本，增加字段 cf_centrality：所有源地对之间通过该廊道的电流之和（安培）。数值越高，依赖该廊道的连接越多。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Copy of the sources with cf_centrality: the current through each source summed over all source pairs (A, not normalised). High values = sources that hold the network together.</source>
      <translation>源地副本，增加字段 cf_centrality：所有源地对之间通过该源地的电流之和（安培，未归一化）。数值越高，该源地对网络连通越关键。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Coral reef restoration areas</source>
      <translation>珊瑚礁修复区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Coral reef restoration areas (polygons).</source>
      <translation>珊瑚礁修复区（面）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Core (核心区)</source>
      <translation>核心区 (Core)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Correct block artifacts</source>
      <translation>校正块状伪影</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Correction factors (rasters)</source>
      <translation>修正因子（栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Corrects theoretical potential to realistic potential per unit (METHODS.md §4): realistic = theoretical × K, K = Σ w_j·f_j / Σ w_j over the correction factors given (natural suitability, economic capacity, willingness of villagers), each a score 0–1 in a field of the unit layer, or normalised by its maximum (x / max) when the values are raw quantities. Default weights 0.4 / 0.3 / 0.3 (the plugin's own values, not from a published source). For orientation: realistic potential was 51 % of theoretical in one prefecture (Ma &amp; Chen 2022). For each chosen potential field a field '&lt;name&gt;_r' is added, with K in 'corr_k' and the formula in 'real_method'.</source>
      <translation>按单元将理论潜力修正为现实潜力（METHODS.md §4）：现实潜力 = 理论潜力 × K，K = Σ w_j·f_j / Σ w_j，对所给修正因子（自然适宜性、经济能力、村民意愿）求加权，各因子为单元图层字段中 0–1 的评分；若为原始数值，可按最大值归一化（x / max）。默认权重 0.4 / 0.3 / 0.3（插件自定值，非出自已发表文献）。参考：某地级市现实潜力约为理论潜力的 51 %（Ma &amp; Chen 2022）。每个所选潜力字段新增字段 '&lt;name&gt;_r'，K 记于 'corr_k'，公式记于 'real_method'。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Corridor barriers (corridor restoration)</source>
      <translation>廊道障碍点（廊道修复）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Corridor cells with current at or above this percentile are pinch points (95 = top 5 %).</source>
      <translation>电流达到或超过此百分位数的廊道像元为夹点（95 = 前 5 %）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Corridor centrality</source>
      <translation>廊道电流中心度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Corridor polygons</source>
      <translation>廊道面</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Corridor weights must not be negative (field '{}').</source>
      <translation>廊道权重不能为负（字段“{}”）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Corridor width cut-off (cost units)</source>
      <translation>廊道宽度截断值（成本单位）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Corridor width cut-off (cost units; 0 = path cells only)</source>
      <translation>廊道宽度阈值（成本单位；0 = 仅路径像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Corridor {}-{} has no valid weight in '{}'.</source>
      <translation>廊道 {}-{} 在“{}”中没有有效权重。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Corridors (&gt; 0 = corridor)</source>
      <translation>生态廊道（&gt; 0 为廊道）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Corridors (least-cost paths)</source>
      <translation>廊道（最小成本路径）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Corridors need at least two sources inside the resistance raster (found {}).</source>
      <translation>廊道至少需要阻力栅格内的两个源地（找到 {} 个）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Cost (resistance) raster</source>
      <translation>成本（阻力）栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Cost allocation raster</source>
      <translation>成本分配栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Cost allocation raster (ridge lines = zone boundaries)</source>
      <translation>成本分配栅格（阻力脊线 = 分配区边界）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Cost distance, minimum cumulative resistance (最小累积阻力)</source>
      <translation>最小累积阻力 (Cost distance, minimum cumulative resistance)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Cost distances from {} sources, {} radii…</source>
      <translation>计算 {} 个源地的成本距离，{} 个半径…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Cost distances from {} sources…</source>
      <translation>正在计算 {} 个源地的成本距离…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Cost raster</source>
      <translation>成本栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Cost table</source>
      <translation>成本表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Cost table: no unit cost for project type {} ({}).</source>
      <translation>成本表：项目类型 {}（{}）没有单位成本。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Cost table: the unit cost of type {} is negative.</source>
      <translation>成本表：类型 {} 的单位成本为负。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Cost table: type code '{}' is not a whole number.</source>
      <translation>成本表：类型代码“{}”不是整数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_landscape.py" />
      <source>Count the edges along the landscape boundary as edge (FRAGSTATS 'count all boundary as edge'). Default off, as the FRAGSTATS default (boundary not counted).</source>
      <translation>将景观外边界计为边缘（FRAGSTATS“边界全部计为边缘”选项）。默认不勾选，与 FRAGSTATS 默认一致（不计边界）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_landscape.py" />
      <source>Count the landscape boundary as edge</source>
      <translation>将景观边界计为边缘</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Counted as the network's links L; crossed with the ridge lines of the allocation raster.</source>
      <translation>计为网络的廊道数 L；并与分配栅格的阻力脊线求交。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Counted as the network's nodes V. Without it V = the ids joined by the corridors.</source>
      <translation>计为网络的节点数 V。未给出时 V = 廊道所连接的编号数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Counting the classes of each risk cell…</source>
      <translation>正在统计各风险小区的地类构成…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Counting the patches of each class by bands…</source>
      <translation>正在分块统计各地类的斑块…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>County boundary</source>
      <translation>县域边界</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Cover-management factor C (0-1) by land-use class. Defaults: common values of Chinese RUSLE studies for 三调 classes, the plugin's own table, not from a standard.</source>
      <translation>各地类的植被覆盖与管理因子 C（0-1）。默认值为国内 RUSLE 研究中三调地类的常用取值，为插件自定表，非出自标准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Cover-management factor C from</source>
      <translation>植被覆盖与管理因子 C 来源</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Coverage</source>
      <translation>出图范围</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Coverage layer (one page per feature)</source>
      <translation>覆盖图层（每个要素一页）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Coverage name field</source>
      <translation>覆盖图层名称字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Create Demo County sample region (创建示例县样例数据)</source>
      <translation>创建示例县样例数据 (Create Demo County sample region)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/plugin.py" />
      <source>Create the Demo County sample region…</source>
      <translation>创建示例县样例数据…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Criteria (field, weight, direction + or −, role)</source>
      <translation>评价因子（字段、权重、方向 + 或 −、作用）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Criteria fields not found in the layer: {}.</source>
      <translation>图层中找不到评价因子字段：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Criteria of the sea units (field, weight, direction, role), normalised among the sea units. Default marine_cost_wan 0.5 + and ceh 0.5 − (the plugin's own weights).</source>
      <translation>海域单元的评价因子（字段、权重、方向、作用），在海域单元之间标准化。默认 marine_cost_wan 0.5 +、ceh 0.5 −（插件自定权重）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Criteria table weight</source>
      <translation>评价因子表权重</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Criteria table, direction of {}</source>
      <translation>评价因子表，{} 的方向</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Crosses the degradation degree (1 未退化, 2 轻度, 3 中度, 4 重度退化; output of the degradation algorithm) with the resilience level (1 低, 2 中, 3 高; output of the resilience algorithm) into damaged-space codes 10 · degradation + resilience (e.g. 41 = severe degradation with low resilience, a candidate for reconstruction; 23 = light degradation with high resilience, natural recovery), METHODS.md §1.4 and §3. Cells below the chosen degradation degree (default light) and cells with nodata in either input are 0. The table gives the area (hm²) and share of each combination. Processed by row blocks.</source>
      <translation>将退化程度（1 未退化，2 轻度，3 中度，4 重度退化；退化程度算法的结果）与恢复力水平（1 低，2 中，3 高；恢复力算法的结果）叠加为受损空间代码 10 · 退化程度 + 恢复力（如 41 = 重度退化且低恢复力，宜生态重建；23 = 轻度退化且高恢复力，宜自然恢复），METHODS.md §1.4 与 §3。低于所选退化程度（默认轻度）的像元及任一输入为无数据的像元取 0。统计表给出各组合的面积（hm²）与占比。按行块处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Crosswalk</source>
      <translation>对照表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Crosswalk 三调 -&gt; ecosystem type (CSV)</source>
      <translation>三调 -&gt; 生态系统类型对照表（CSV）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Crosswalk 三调 -&gt; 用地用海分类 (2023)</source>
      <translation>三调 -&gt; 用地用海分类（2023）对照表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Crosswalk: land-use code to ecosystem type</source>
      <translation>对照表：土地利用代码 → 生态系统类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Crosswalk: the table is empty.</source>
      <translation>对照表：表为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Cumulative current</source>
      <translation>累积电流</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Cumulative current (A) summed over all pairs or nodes; in advanced mode the current map of the one solve. High values = pinch points and important corridors.</source>
      <translation>累积电流（安培），为所有节点对或节点求和；高级模式下为一次求解的电流图。高值处即夹点和重要廊道。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Cumulative current summed over all moving windows (A), on the (coarsened) resistance grid.</source>
      <translation>所有移动窗口求和的累积电流（安培），位于（粗化后的）阻力面格网上。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Cumulative rank shares of 一级 and 一级+二级. Default 0.3, 0.7 (top 30 % 一级, next 40 % 二级), the plugin's own split.</source>
      <translation>一级及一级+二级的累积排序比例。默认 0.3、0.7（前 30 % 为一级，其后 40 % 为二级），为插件自定。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancegrading.py" />
      <source>Cumulative shares for 极重要 and 重要 (comma separated)</source>
      <translation>极重要和重要的累积服务值占比（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancegrading.py" />
      <source>Cumulative shares of the total service that end 极重要 and 重要, ascending, comma separated. Default 0.5, 0.8 (50 % and 80 %): the cumulative-service method of the 双评价 guide (MNR 2020) as summarised in METHODS.md §1; clause not verified against the official text.</source>
      <translation>极重要和重要两级截止的累积服务量占比，升序、逗号分隔。默认 0.5、0.8（50 % 和 80 %）：即“双评价”指南（自然资源部 2020）的累积服务值法，见 METHODS.md §1；条款编号未与官方原文核对。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Current</source>
      <translation>电流</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Current (A per 1 A between a pair) in the corridor cells; nodata outside the corridors and on source cells.</source>
      <translation>廊道像元内的电流（每对源地间注入 1 A 时的安培数）；廊道以外及源地像元为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Current households (per-household method); empty: population / household size.</source>
      <translation>现状户数（户均标准法）；留空则为人口 / 户均人口。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Current in corridors</source>
      <translation>廊道内电流</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Current in corridors (A)</source>
      <translation>廊道内电流（A）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Current in the corridors…</source>
      <translation>正在计算廊道内电流…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Current land cover</source>
      <translation>现状土地覆被</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Current land cover (class codes)</source>
      <translation>现状土地覆被（地类代码）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Current land use (用地现状图)</source>
      <translation>用地现状图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Current land-cover raster with class codes (三调 codes for the default table); the reference grid.</source>
      <translation>现状土地覆被栅格（地类代码，默认表按三调代码）；作为参考网格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Current or projected value field. Default value.</source>
      <translation>现状值或预测值字段。默认 value。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Current resident population P_now (persons); must be present and above zero.</source>
      <translation>现状常住人口 P_now（人）；必须填写且大于零。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Current settlement land area S_now; empty: the polygon's planar area (required for points).</source>
      <translation>现状居民点用地面积 S_now；留空则使用面的平面面积（点图层必填）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Current sources</source>
      <translation>电流源</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Current sources (advanced mode; amps per cell)</source>
      <translation>电流源（高级模式；每像元安培数）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Current value (field)</source>
      <translation>现状值（字段）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Current-flow centrality of ecological sources and corridors after Linkage Mapper's Centrality Mapper (Carroll, McRae &amp; Brookes 2012; McRae 2012; METHODS.md §2): the network's nodes are the sources, its links the corridors with resistance = the weight field (by default lcd, the cost-weighted distance of leastcostcorridors), conductance 1 / weight; parallel corridors add their conductances. For every pair of sources 1 A is injected at one and withdrawn at the other (Circuitscape network mode, all pairs); a corridor's cf_centrality is the current through it summed over all pairs (A), a source's is its current throughput summed over pairs (½ Σ|I| of its corridors, 1 A when it is an end of the pair; Newman 2005 random-walk betweenness, not normalised). Potentials from the inverse Laplacian of each connected part of the network; pairs in different parts carry no current (reported in the log). Sources are identified by the id field (empty = 1, 2, … in feature order, as in leastcostcorridors). Corridors whose ends are not sources are skipped with a warning; a weight ≤ 0 is replaced by a millionth of the smallest positive weight (touching sources) with a warning.</source>
      <translation>按 Linkage Mapper 的 Centrality Mapper 方法（Carroll、McRae 与 Brookes 2012；McRae 2012；METHODS.md §2）计算生态源地和廊道的电流中心度：网络节点为源地，连接为廊道，其电阻 = 权重字段（默认 lcd，即 leastcostcorridors 的成本加权距离），电导 1 / 权重；平行廊道的电导相加。对每一对源地，在一端注入 1 A、另一端流出（Circuitscape 网络模式，所有源地对）；廊道的 cf_centrality 为所有源地对下通过它的电流之和（A），源地的 cf_centrality 为其电流通过量之和（其廊道的 ½ Σ|I|，作为源地对端点时为 1 A；Newman 2005 随机游走中介中心性，未归一化）。电位由网络各连通部分的拉普拉斯矩阵逆求得；位于不同部分的源地对不传导电流（在日志中报告）。源地按编号字段识别（为空 = 按要素顺序 1, 2, …，与 leastcostcorridors 相同）。两端不是源地的廊道将被跳过并给出警告；权重 ≤ 0（源地相接）以最小正权重的百万分之一代替并给出警告。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Current-flow centrality of the corridor network (网络电流中心度)</source>
      <translation>网络电流中心度 (Current-flow centrality of the corridor network)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Current-period indicator</source>
      <translation>现状期指标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Current-value field</source>
      <translation>现状值字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>DEM</source>
      <translation>DEM</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>DEM (for watershed units)</source>
      <translation>数字高程模型 DEM（用于流域单元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>DEM (m) from which the watershed units are derived; needed for that unit type only.</source>
      <translation>用于提取流域单元的 DEM（米）；仅流域单元类型需要。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>DEM (m), for relief</source>
      <translation>DEM（m），用于计算地形起伏度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>DEM (m), for the slope</source>
      <translation>DEM（m），用于计算坡度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>DEM (m): slope F_slo, altitude F_alt</source>
      <translation>DEM（m）：坡度 F_slo、海拔 F_alt</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>DEM (m, reference grid)</source>
      <translation>DEM（米，参考格网）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>DEM in metres (projected CRS); the reference grid. LS comes from it (slope by Horn 1981, slope length from D8 flow accumulation on the filled DEM).</source>
      <translation>DEM（米，投影坐标系），作为参考格网。LS 因子由其计算（坡度按 Horn 1981，坡长由填洼后 DEM 的 D8 汇流累积得到）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>DEM in metres, for the relief (地形起伏度) in a moving window. Needed unless a relief raster is given.</source>
      <translation>DEM（米），用于在移动窗口内计算地形起伏度。未提供地形起伏度栅格时必填。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>DEM in metres: the slope factor F_slo (degrees, Horn 1981) for water and soil conservation, the altitude factor F_alt for biodiversity. Needed for those services; empty otherwise.</source>
      <translation>DEM（米）：用于水源涵养和水土保持的坡度因子 F_slo（度，Horn 1981），以及生物多样性维护的海拔因子 F_alt。计算这些服务时必填，其他情况可留空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets_area.py" />
      <source>DLBM codes not in the 三调 classification: {}. Map them with 'Land-use structure table' (unknown-code option) and give its table.</source>
      <translation>DLBM 编码不在三调分类中：{}。请用“土地利用现状结构表”（未知编码选项）映射后给出其结果表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>DLTB,三调,地类图斑,land parcels,import,rasterize,land use,DLBM,生态系统类型,用地用海</source>
      <translation>DLTB,三调,地类图斑,图斑,导入,栅格化,土地利用,DLBM,生态系统类型,用地用海</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>DLTB,三调,现状结构表,land use,structure,area,township,village,乡镇,村,亩,公顷</source>
      <translation>DLTB,三调,现状结构表,土地利用,结构,面积,乡镇,村,亩,公顷</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Daily precipitation</source>
      <translation>逐日降水</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Daily precipitation (one band per day, mm)</source>
      <translation>逐日降水（每天一个波段，mm）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Daily rainfall (mm) from which a day is erosive; smaller days give 0. Default 12 mm, the erosive-rainfall standard used by 章文波 et al. 2002.</source>
      <translation>侵蚀性降雨的日雨量阈值（mm），低于该值的日期取 0。默认 12 mm，即章文波等（2002）采用的侵蚀性降雨标准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Damaged from degradation degree</source>
      <translation>视为受损的起始退化程度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Damaged space</source>
      <translation>受损空间</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Damaged space (10 · degradation + resilience)</source>
      <translation>受损空间（10 · 退化程度 + 恢复力）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Damaged space, degradation × resilience (受损空间识别)</source>
      <translation>受损空间识别 (Damaged space, degradation × resilience)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Damaged space: {:.2f} hm²</source>
      <translation>受损空间：{:.2f} hm²</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Damaged-space areas</source>
      <translation>受损空间面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Damaged-space code 10 × degradation + resilience (e.g. 41 = severe degradation, low resilience); 0 = not damaged or nodata. Styled.</source>
      <translation>受损空间编码 = 10 × 退化程度 + 恢复力（如 41 = 重度退化、低恢复力）；0 = 未受损或无数据。已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/__main__.py" />
      <source>Dask is not installed, so every step runs in this process; for distributed runs install it: {}</source>
      <translation>未安装 Dask，所有步骤在本进程中运行；如需分布式运行请安装：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/runner.py" />
      <source>Dask is not installed: install it with `{}` (or pip install dask distributed), or run with --no-dask.</source>
      <translation>未安装 Dask：请用 `{}` 安装（或 pip install dask distributed），或使用 --no-dask 运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/__main__.py" />
      <source>Dask: {} workers at {}</source>
      <translation>Dask：{} 个工作进程，调度器 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Data source</source>
      <translation>数据来源</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Database export: {} layers, {} features, format {}, written to {}</source>
      <translation>规划数据库导出：{} 个图层，{} 个要素，格式 {}，写入 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Date of band 1 (YYYY-MM-DD)</source>
      <translation>波段 1 的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Date of band 1: '{}' is not a date YYYY-MM-DD.</source>
      <translation>波段 1 的日期：“{}”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Decay</source>
      <translation>衰减方式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Decay within the buffer</source>
      <translation>缓冲区内衰减方式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Decision matrix (importance × degradation × resilience → mode)</source>
      <translation>决策矩阵（重要性 × 退化程度 × 恢复力 → 修复模式）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Default indicators</source>
      <translation>默认指标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Default styles in the GeoPackage</source>
      <translation>GeoPackage 内置默认样式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/keyword_table.py" />
      <source>Default table</source>
      <translation>恢复默认表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Default: 三调 forest, shrub, grassland and marsh classes.</source>
      <translation>默认：三调的林地、灌木林地、草地和沼泽类。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Defaults: 红线指南 2017 α by ecosystem type, mapped to 三调 classes. Empty = not assessed.</source>
      <translation>默认值：《生态保护红线划定指南》(2017) 按生态系统类型给出的 α，已对应到三调地类。留空表示不参与评价。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Degradation (0-3)</source>
      <translation>退化 0-3</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>Degradation coding</source>
      <translation>退化程度编码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Degradation degree</source>
      <translation>退化程度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Degradation degree (codes 1-4, reference grid)</source>
      <translation>退化程度（代码 1-4，参考栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Degradation degree (生态退化程度)</source>
      <translation>生态退化程度 (Degradation degree)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Degradation degree 1 未退化, 2 轻度, 3 中度, 4 重度退化 (0 = nodata), styled.</source>
      <translation>退化程度 1 未退化、2 轻度、3 中度、4 重度退化（0 = 无数据），已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Degradation degree from the relative loss of an indicator between a reference and a current period (METHODS.md §1.4; common practice, not verified against an official text): loss = (reference − current) / reference, for NDVI, FVC, NPP or habitat quality (the same indicator and unit in both rasters). Graded with lower-inclusive thresholds (default 0.05, 0.15, 0.30): loss &lt; 0.05 1 未退化 (gains included), &lt; 0.15 2 轻度, &lt; 0.30 3 中度, else 4 重度退化. A reference ≤ 0 or nodata in either raster gives nodata (loss undefined, not zero). Outputs the loss (negative = gain) and the grade. Processed by row blocks.</source>
      <translation>由指标在基准期与现状期之间的相对损失确定退化程度（METHODS.md §1.4；常用做法，未与官方文本核对）：损失 = (基准 − 现状) / 基准，指标可为 NDVI、FVC、NPP 或生境质量（两期须为同一指标、同一单位）。按下限包含的阈值分级（默认 0.05、0.15、0.30）：损失 &lt; 0.05 为 1 未退化（含增加），&lt; 0.15 为 2 轻度，&lt; 0.30 为 3 中度，否则为 4 重度退化。基准 ≤ 0 或任一期为无数据时结果为无数据（损失无定义，不记为 0）。输出相对损失（负值 = 增加）和退化等级。按行块处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Degradation degree raster, codes 1 未退化, 2 轻度, 3 中度, 4 重度退化 (output GRADE of 'Degradation degree'); the reference grid.</source>
      <translation>退化程度栅格，编码 1 未退化、2 轻度、3 中度、4 重度退化（“生态退化程度”的 GRADE 输出），作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Degradation grade</source>
      <translation>退化程度等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Degradation grade (1-4)</source>
      <translation>退化等级（1-4）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Degradation grade raster (output GRADE of 'Degradation degree', or a 0-3 grade); its coding is set by the next option. Resampled to the importance grid if needed.</source>
      <translation>退化程度栅格（“生态退化程度”的 GRADE 输出，或 0-3 等级），编码方式由下一项设定。必要时重采样到重要性格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Degraded wetlands / mangroves (wetland restoration)</source>
      <translation>退化湿地/红树林（湿地保护修复）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Denominator field of rate indicators (empty: unit area)</source>
      <translation>比率指标的分母字段（留空：单元面积）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Denominator of rate indicators (e.g. land area for forest coverage): the upper-level rate is the denominator-weighted mean of the unit rates. Empty: unit area in km².</source>
      <translation>比率类指标的分母字段（如森林覆盖率的土地面积）：上级比率 = 各单元比率按分母加权的平均值。留空：采用单元面积（km²）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Depth (m)</source>
      <translation>深度（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Depth (mm)</source>
      <translation>深度（毫米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Digital elevation model in metres (projected CRS); the slope in degrees is computed from it (Horn 1981). Resampled to the reference grid if needed.</source>
      <translation>数字高程模型（米，投影坐标系），由其计算坡度（度，Horn 1981）。必要时重采样到参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Dimension</source>
      <translation>维度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Direct (sparse LU)</source>
      <translation>直接法（稀疏 LU 分解）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Direction (+/−)</source>
      <translation>方向 +/−</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Direction (higher or lower)</source>
      <translation>方向 高/低</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Direction + : a higher value raises the priority; − : lowers it.</source>
      <translation>方向 +：值越高优先级越高；−：值越高优先级越低。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Direction: 越高越好 (higher) or 越低越好 (lower); empty = 越高越好. Indicators not listed: higher is better, tolerance 0.</source>
      <translation>方向：越高越好 或 越低越好（也可填 higher / lower）；留空 = 越高越好。未列出的指标按越高越好、容差 0 处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Directions and tolerances</source>
      <translation>方向与容差</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Directions and tolerances, indicator '{}': direction</source>
      <translation>方向与容差，指标“{}”的方向</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Discount rate (%)</source>
      <translation>贴现率（%）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Dispersal distance (m)</source>
      <translation>扩散距离（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Dissolved polygons of the buffer and conflict areas with type, spaces, area and the measures they need.</source>
      <translation>缓冲区与冲突区融合面，字段包括类型、所涉空间、面积和所需措施。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Distance (m) from natural shoreline within which a parcel occupies it (variable shore). Default 100 m, the plugin's own value: set the plan's shoreline zone.</source>
      <translation>图斑距自然岸线在此距离（米）以内视为占用岸线（变量 shore）。默认 100 米，为插件自定值：请按规划的岸线管控范围设置。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Distance (m) within which land-use cells and island shore outside every unit still count for the nearest unit (mangroves, tidal flats and islands seaward of township polygons): the same cells then count for 红树林面积, 湿地面积, 湿地保护率, 林地保有量 and 森林覆盖率, so that 红树林面积 never exceeds 湿地面积 or 林地保有量. Default 0: only what lies inside a unit.</source>
      <translation>所有单元之外的地类像元和海岛岸线在此距离（m）内仍归入最近的单元（位于乡镇界线向海一侧的红树林、滩涂和海岛）：这些像元同时计入红树林面积、湿地面积、湿地保护率、林地保有量和森林覆盖率，使红树林面积不会超过湿地面积或林地保有量。默认 0：只统计单元内部。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Distance between transects along the newer shoreline (m). Default 50 m.</source>
      <translation>沿较新岸线布设断面的间距（米）。默认 50 米。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Distance d0 at which the dispersal probability equals the probability below (PC).</source>
      <translation>扩散概率等于下方概率值时的距离 d0（PC）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Divide fragmentation, isolation and dominance by their largest class value before weighting (default); untick for the raw indices.</source>
      <translation>加权前将破碎度、分离度和优势度分别除以各地类中的最大值（默认）；取消勾选则使用原始指数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Divide the improvement score by the window diameter, so that radii are comparable. Off: the raw improvement score in resistance × m.</source>
      <translation>改善值除以窗口直径，使不同半径可比。不勾选：原始改善值（阻力 × 米）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/__main__.py" />
      <source>Done: outputs in {}</source>
      <translation>完成：输出位于 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>E.g. the urban development boundary or existing construction land; sites near it may be restored to construction.</source>
      <translation>如城镇开发边界或现状建设用地；邻近的图斑可修复为建设用地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Each feature is a source; at least two sources are needed.</source>
      <translation>每个要素为一个源地；至少需要两个源地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Each feature is one candidate source. Used when no raster is given; projected CRS.</source>
      <translation>每个要素为一个候选源地。未给出栅格时使用；需投影坐标系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Each focal polygon (multi-cell focal region) becomes one node of zero resistance in every solve. Pairwise mode then needs N−1 solves instead of one solve per pair; unchecked, only the two regions of the pair being solved are merged (Circuitscape).</source>
      <translation>每个焦点面（多像元焦点区域）在每次求解中都是一个零电阻节点。成对模式因此只需 N−1 次求解，而不是每对求解一次；不勾选时，仅合并当前求解节点对的两个区域（Circuitscape 规则）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/plugin.py" />
      <source>Eco-Restore algorithms in the Processing Toolbox</source>
      <translation>处理工具箱中的生态修复算法</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/provider.py" />
      <source>Eco-Restore: territorial-spatial ecological restoration planning</source>
      <translation>生态修复：国土空间生态修复规划工具箱</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Ecological corridors, polygons (生态廊道)</source>
      <translation>生态廊道（面）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Ecological nodes</source>
      <translation>生态节点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Ecological nodes (生态节点 / 战略点; METHODS.md §2) as typed points: pinch points (夹点, from the pinchpoints algorithm: points, value = the 'current' field), barriers (障碍点, from the barriers algorithm: polygons (a point inside each) or points, value = the 'improvement' field) and ridge crossings (战略点): where a corridor crosses a cost ridge line. Ridge lines are taken as the boundaries of the cost-allocation zones (the costdistance ALLOCATION output): there the accumulated costs from two sources are equal, i.e. the watershed lines of the minimum cumulative resistance surface, and a least-cost path between the two sources passes its highest accumulated cost. Corridors are sampled every half cell; value = the corridor's weight field (lcd) when present. Fields: node_type (pinch_point / barrier / ridge_crossing), type_zh, value, source (the input it comes from). Styled by type. The table gives the network structure (Forman 1995): V = number of sources (the source layer, else the ids the corridors join), L = number of corridors (distinct source pairs, from_id / to_id), α = (L − V + 1)/(2V − 5) circuitry, β = L/V links per node, γ = L/(3(V − 2)) connectivity (planar network; α and γ need V ≥ 3). Every input is optional, but at least one is needed.</source>
      <translation>以分类点要素输出生态节点（生态节点 / 战略点；METHODS.md §2）：夹点（来自 pinchpoints 算法：点，数值 = “current”字段）、障碍点（来自 barriers 算法：面（每个面内取一点）或点，数值 = “improvement”字段）和战略点：廊道与阻力脊线的交点。阻力脊线取成本分配区（costdistance 的 ALLOCATION 输出）的边界：该处两个源地的累积成本相等，即最小累积阻力面的分水线，两源地间的最小成本路径在此经过其最高累积成本。廊道按半个像元间隔采样；数值 = 廊道的权重字段（lcd，如有）。字段：node_type（pinch_point / barrier / ridge_crossing）、type_zh、value、source（来源输入）。按类型设置样式。表格给出网络结构（Forman 1995）：V = 源地数（源地图层，否则为廊道所连接的编号数），L = 廊道数（不同的源地对，from_id / to_id），网络闭合度 α = (L − V + 1)/(2V − 5)，线点率 β = L/V，网络连接度 γ = L/(3(V − 2))（平面网络；α 和 γ 需要 V ≥ 3）。各输入均可选，但至少需要一个。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Ecological nodes and network structure (生态节点与网络结构)</source>
      <translation>生态节点与网络结构 (Ecological nodes and network structure)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Ecological nodes as points with node_type (pinch_point, barrier, ridge_crossing), type_zh, value and source; styled by type.</source>
      <translation>生态节点点图层，字段 node_type（夹点 pinch_point、障碍点 barrier、脊线交点 ridge_crossing）、type_zh、value 和 source，按类型符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Ecological problem patches (生态问题图斑识别)</source>
      <translation>生态问题图斑识别 (Ecological problem patches)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Ecological problems (生态问题识别图)</source>
      <translation>生态问题识别图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Ecological protection importance</source>
      <translation>生态保护重要性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Ecological protection importance (生态保护重要性)</source>
      <translation>生态保护重要性 (Ecological protection importance)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Ecological protection importance (生态保护重要性评价图)</source>
      <translation>生态保护重要性评价图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Ecological protection importance after the 双评价 guide (MNR 2020): the higher of the service-importance grade and the vulnerability grade (codes 3/2/1, 0 nodata); cells inside nature reserves and key habitats are raised to 极重要; patches smaller than the minimum area are merged into their surroundings (majority of the neighbouring grades), protected cells stay 极重要. Outputs the grade raster and the 极重要 areas as polygons.</source>
      <translation>按双评价指南（自然资源部 2020）评价生态保护重要性：取生态系统服务功能重要性等级与生态脆弱性等级中的较高者（代码 3/2/1，0 为无数据）；自然保护地和重要物种栖息地内的像元提升为极重要；小于最小面积的图斑并入周边（取相邻等级的众数），保护地内像元保持极重要。输出等级栅格和极重要区域面。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Ecological protection importance grade (3 极重要, 2 重要, 1 一般重要, 0 nodata), styled.</source>
      <translation>生态保护重要性等级（3 极重要、2 重要、1 一般重要、0 无数据），已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Ecological protection importance grade, 3 极重要, 2 重要, 1 一般重要 (output of 'Ecological protection importance'); the reference grid.</source>
      <translation>生态保护重要性等级，3 极重要、2 重要、1 一般重要（“生态保护重要性”的输出），作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Ecological protection importance grades</source>
      <translation>生态保护重要性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Ecological protection red line</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Ecological protection red line (生态保护红线)</source>
      <translation>生态保护红线 (Ecological protection red line)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Ecological resistance surface (METHODS.md §2; Knaapen et al. 1992; Yu Kongjian 1999): a base resistance per land-use class from the editable table (defaults for 三调 codes: forest 1, shrub, grass and marsh 10, garden 30, cropland 50, rivers and lakes 200 as partial barriers, railways and highways 300, built-up land and mines 500, bare land 100), then corrected by optional factor rasters (slope, distance to roads, night lights …): each factor is min-max normalised to 0-1 (inverted where high values mean low resistance, e.g. distance to roads) and R = R_base × (1 + Σ w_i f_i). With weights summing to 1 the base is at most doubled. Land-use nodata stays nodata; a class missing from the table is an error; an empty resistance in the table makes the class a barrier (nodata).</source>
      <translation>生态阻力面（METHODS.md §2；Knaapen 等 1992；俞孔坚 1999）：由可编辑的表按地类赋基础阻力（三调代码默认值：林地 1，灌木林地、草地和沼泽 10，园地 30，耕地 50，河流湖泊 200 作为部分障碍，铁路和公路 300，建设用地和采矿用地 500，裸地 100），再用可选的因子栅格（坡度、距道路距离、夜间灯光 …）修正：各因子经极差标准化至 0-1（数值越高阻力越低的因子取反，如距道路距离），R = R_base × (1 + Σ w_i f_i)。权重总和为 1 时基础阻力至多加倍。土地利用无数据处仍为无数据；表中缺少的地类报错；表中阻力留空的地类为障碍（无数据）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Ecological restoration fields (hm²)</source>
      <translation>生态修复字段（hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Ecological security pattern (生态安全格局图)</source>
      <translation>生态安全格局图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Ecological source polygons; each source is one node of zero resistance (short-circuit region). Use the same sources as for the corridors.</source>
      <translation>生态源地面图层，每个源地作为一个零电阻节点（短路区域）。应与计算廊道时使用的源地一致。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Ecological sources</source>
      <translation>生态源地</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>Ecological sources (polygons or points)</source>
      <translation>生态源地（面或点）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Ecological sources (polygons)</source>
      <translation>生态源地（面）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Ecological sources (生态源地; METHODS.md §2): habitat patches from a raster (an MSPA output: the core class 17 by default; or any raster with a list of habitat values) or a polygon layer (protected areas, 极重要 polygons, habitat-quality hot spots; each feature is one patch), filtered by a minimum area (hm²), then ranked by their importance for landscape connectivity (Saura &amp; Pascual-Hortal 2007; Pascual-Hortal &amp; Saura 2006; Conefor): PC = ΣΣ a_i a_j p*_ij / A_L², p_ij = exp(−k d_ij) with k such that p equals the given probability at the dispersal distance, p*_ij the maximum product probability over all paths; IIC = ΣΣ a_i a_j / (1 + nl_ij) / A_L² with links between patches closer than the IIC distance threshold (default the dispersal distance); dI = 100 (I − I_without the patch) / I, exact for every patch. dPC is split into intra, flux and connector fractions (Saura &amp; Rubio 2010). Distances d_ij are edge to edge (m): between the nearest raster cells' edges, or between the polygons' boundaries sampled every 'boundary step' metres. a_i = area in hm². A_L: the landscape area (hm²; 0 = the valid cells of the raster, or the bounding box of the polygons); it changes PC and IIC, not dPC or dIIC. Rank 1 = largest dPC (ties: larger area). Optional selection: the top N and / or those with dPC ≥ a minimum. Output: polygons with source_id, area_ha, dIIC, dPC, dPC_intra, dPC_flux, dPC_conn, rank (styled green), and a table of the landscape's IIC, PC and equivalent connected area EC(PC) = √PC · A_L. Patches are filtered by area before ranking; exact ranking of 800 patches takes about half a minute and grows with the square of their number. For thousands of patches set a dPC tolerance: paths too improbable to move any dPC by more than that many percentage points are left out, and each patch's shortest-path tree is searched only that far (0.0001: 9,000 patches in 8–13 min on two cores).</source>
      <translation>生态源地（METHODS.md §2）：由栅格（MSPA 输出：默认取核心区类 17；或任意栅格加生境值列表）或面图层（自然保护地、极重要区、生境质量热点；每个要素为一个斑块）得到生境斑块，按最小面积（hm²）筛选，再按其对景观连通性的重要性排序（Saura 与 Pascual-Hortal 2007；Pascual-Hortal 与 Saura 2006；Conefor）：PC = ΣΣ a_i a_j p*_ij / A_L²，p_ij = exp(−k d_ij)，k 使扩散距离处的概率等于给定概率，p*_ij 为所有路径上的最大乘积概率；IIC = ΣΣ a_i a_j / (1 + nl_ij) / A_L²，距离小于 IIC 距离阈值（默认为扩散距离）的斑块之间相连；dI = 100 (I − 去除该斑块后的 I) / I，对每个斑块精确计算。dPC 分解为 intra、flux 和 connector 三部分（Saura 与 Rubio 2010）。距离 d_ij 为边缘到边缘距离（m）：最近栅格像元边缘之间，或按“边界采样步长”采样的面边界之间。a_i = 面积（hm²）。A_L：景观面积（hm²；0 = 栅格的有效像元，或面图层的外包矩形）；它影响 PC 和 IIC，不影响 dPC 和 dIIC。排名 1 = dPC 最大（相同时面积大者优先）。可选筛选：前 N 名和 / 或 dPC ≥ 最小值者。输出：带 source_id、area_ha、dIIC、dPC、dPC_intra、dPC_flux、dPC_conn、rank 字段的面（绿色样式），以及景观 IIC、PC 和等效连通面积 EC(PC) = √PC · A_L 的表格。排序前先按面积筛选斑块；精确排序 800 个斑块约需半分钟，耗时随斑块数的平方增长。斑块数以千计时请设置 dPC 容差：概率过小、对任一 dPC 的影响不超过该百分点数的路径将被忽略，每个斑块的最短路径树只搜索到该范围（0.0001：9000 个斑块在双核上约 8–13 min）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Ecological sources as polygons or points; each feature is one source. Empty: the source raster is used; one of the two is required.</source>
      <translation>生态源地面或点图层，每个要素为一个源地。留空则使用源地栅格；二者必填其一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Ecological sources as polygons with source_id, area_ha, dIIC, dPC and its intra / flux / connector fractions and rank (1 = most important for connectivity); styled green.</source>
      <translation>生态源地面图层，字段 source_id、area_ha、dIIC、dPC 及其内部/通量/连接组分和排名 rank（1 = 对连通性最重要），绿色符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Ecological sources, ranked by dPC and dIIC (生态源地识别)</source>
      <translation>生态源地识别 (Ecological sources, ranked by dPC and dIIC)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Ecological vulnerability (生态脆弱性评价图)</source>
      <translation>生态脆弱性评价图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Ecological vulnerability grades</source>
      <translation>生态脆弱性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Ecological-agricultural buffer width (m)</source>
      <translation>生态-农业缓冲带宽度（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Ecological-urban buffer width (m)</source>
      <translation>生态-城镇缓冲带宽度（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Economic capacity</source>
      <translation>经济能力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Economic capacity score of each unit (0-1 or raw). Empty: the factor is left out.</source>
      <translation>各单元的经济能力得分（0-1 或原始值）。留空：不计该因子。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Ecosystem</source>
      <translation>生态系统</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Ecosystem elasticity by land-use class (0-1)</source>
      <translation>各地类生态弹性度（0-1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Ecosystem elasticity score E (0-1) of each land-use class. Defaults (forest 0.9 … mining 0.05): common practice in Chinese studies, the plugin's own table, not from a standard (METHODS.md §1.4).</source>
      <translation>各地类的生态弹性度得分 E（0-1）。默认值（林地 0.9 … 采矿用地 0.05）取自国内研究的常用做法，为插件自定表，非出自标准（METHODS.md §1.4）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Ecosystem resilience (生态系统恢复力)</source>
      <translation>生态系统恢复力 (Ecosystem resilience)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Ecosystem service value</source>
      <translation>生态系统服务价值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Ecosystem service value (ESV) by the equivalent-factor method of Xie Gaodi et al. (2015, 自然资源学报 30(8): 1243-1254): value of service f on a cell = equivalent VC(type, f) × value of one standard equivalent E × cell area (hm²) × spatial adjustment. The equivalent table (14 ecosystem types × 11 services) holds the values of Table 3 of that paper as reproduced in later studies: the original table could not be checked for this release, so verify it before a report. The crosswalk maps the land-use codes (三调 integer codes; Demo County forest sub-classes) to the paper's types; classes not listed (built land, roads) have no service value. It is a plugin default for the subtropical south (乔木林地 → 阔叶林, 园地 → 灌木 or 阔叶林, 其他草地 → 灌草丛, 沿海滩涂 → 湿地): edit it. E = fraction × grain yield (kg/hm²) × grain price (yuan/kg); the fraction 1/7 is the rule of Xie et al. (2003; 2008, 自然资源学报 23(5)): one equivalent is 1/7 of the market value of the grain yield of 1 hm² of cropland. The default yield 5734 kg/hm² is the national 2020 grain yield (国家统计局 announcement of the 2020 grain output, 382 kg/亩); the default price 2.6 yuan/kg is a plugin placeholder: give the region's yield and price from its statistical yearbook. Optional spatial adjustment as in that paper: NPP / mean NPP for food, raw materials, gas and climate regulation, purification, nutrient cycling, biodiversity and aesthetics; precipitation / mean for water supply and hydrological regulation; soil conservation / mean for soil conservation (means over the study area; the paper compares provinces with the national mean). Outputs: ESV per cell (yuan), its change to a second date, a table per service (10⁴ yuan), per zone (e.g. township) and the coefficient of sensitivity CS of each type (coefficients changed by ±50 %, Kreuter et al. 2001; CS &lt; 1: the ESV is inelastic, the estimate robust). Processed by row blocks.</source>
      <translation>采用谢高地等（2015，自然资源学报 30(8): 1243-1254）的当量因子法计算生态系统服务价值（ESV）：像元服务 f 的价值 = 当量 VC(类型, f) × 一个标准当量的价值 E × 像元面积（hm²）× 空间修正系数。当量表（14 类生态系统 × 11 项服务）为后续研究转载的该文表 3 数值：本版本未能与原表核对，出成果前请核实。对照表将土地利用代码（三调整数代码；示例县森林亚类）对应到该文的生态系统类型；未列出的地类（建设用地、道路）无服务价值。对照表为适用于南方亚热带的插件默认值（乔木林地 → 阔叶林，园地 → 灌木或阔叶林，其他草地 → 灌草丛，沿海滩涂 → 湿地），请按需修改。E = 比例 × 粮食单产（kg/hm²）× 粮食价格（元/kg）；比例 1/7 为谢高地等（2003；2008，自然资源学报 23(5)）的规则：一个当量为 1 hm² 耕地粮食产量市场价值的 1/7。默认单产 5734 kg/hm² 为 2020 年全国粮食单产（国家统计局 2020 年粮食产量公告，382 kg/亩）；默认价格 2.6 元/kg 为插件占位值：请填写本地区统计年鉴中的单产与价格。可选的空间修正同该文：食物生产、原料生产、气体调节、气候调节、净化环境、维持养分循环、生物多样性和美学景观用 NPP/NPP 均值；水资源供给和水文调节用降水量/均值；土壤保持用土壤保持量/均值（均值取研究区，原文为省份与全国均值之比）。输出：逐像元 ESV（元）、至第二期的变化、分服务表（万元）、分区（如乡镇）表，以及各生态系统类型的敏感性指数 CS（系数上下调 50 %，Kreuter 等 2001；CS &lt; 1 表示 ESV 缺乏弹性，估算稳健）。按行块处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Ecosystem service value (yuan per cell)</source>
      <translation>生态系统服务价值（元/像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Ecosystem service value (生态系统服务价值分布图)</source>
      <translation>生态系统服务价值分布图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Ecosystem service value of each cell (yuan per cell) of the first date, styled.</source>
      <translation>第一期各像元生态系统服务价值（元/像元），已设样式。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Ecosystem service value, equivalent factors (生态系统服务价值 当量因子法)</source>
      <translation>生态系统服务价值 当量因子法 (Ecosystem service value, equivalent factors)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Ecosystem services, NPP-index method (生态系统服务 NPP定量指标法)</source>
      <translation>生态系统服务 NPP定量指标法 (Ecosystem services, NPP-index method)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Ecosystem type</source>
      <translation>生态系统类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Ecosystem type (生态系统类型)</source>
      <translation>生态系统类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Ecosystem type by its Chinese or English name (旱地, 水田, 针叶林, 针阔混交林, 阔叶林, 灌木, 草原, 灌草丛, 草甸, 湿地, 荒漠, 裸地, 水系, 冰川积雪).</source>
      <translation>生态系统类型填中文或英文名称（旱地、水田、针叶林、针阔混交林、阔叶林、灌木、草原、灌草丛、草甸、湿地、荒漠、裸地、水系、冰川积雪）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Ecosystem type field</source>
      <translation>生态系统类型字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Ecosystem types (生态系统类型分布图)</source>
      <translation>生态系统类型分布图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Edge (边缘)</source>
      <translation>边缘 (Edge)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Edge conductance</source>
      <translation>边电导</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_landscape.py" />
      <source>Edge depth of the core area (m; 0 = one cell)</source>
      <translation>核心区边缘深度（米；0 = 一个像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_landscape.py" />
      <source>Edge depth of the core-area metrics (TCA, CPLAND, NDCA, DCAD, CORE, DCORE, CAI), in metres: a cell is core when no cell of another class or outside the landscape lies within this distance (cell centre to centre; the landscape boundary counts as edge, as in FRAGSTATS' tables). 0 (default) = one cell, the depth of the FRAGSTATS reference tables. FRAGSTATS leaves the depth to the user: choose it from the edge effect of the habitat studied.</source>
      <translation>核心区指数（TCA、CPLAND、NDCA、DCAD、CORE、DCORE、CAI）的边缘深度，单位米：在此距离内（像元中心到中心）没有其他类型或景观以外像元的像元为核心区像元（景观边界也算边缘，与 FRAGSTATS 参考表一致）。0（默认）= 一个像元，即 FRAGSTATS 参考表所用深度。FRAGSTATS 把边缘深度留给用户确定：请按所研究生境的边缘效应选取。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Edge width (cells)</source>
      <translation>边缘宽度（像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Edge-to-edge distances between {} patches…</source>
      <translation>正在计算 {} 个斑块间的边缘距离…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/model_actions.py" />
      <source>Edit model (编辑模型)</source>
      <translation>编辑模型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Edited project library to re-rank</source>
      <translation>需重新排序的已编辑项目库</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Edited project {}: period_fix '{}' is not 近期, 中期 or 远期.</source>
      <translation>已编辑项目 {}：period_fix“{}”不是近期、中期或远期。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Edited project {}: {} is empty or not a number.</source>
      <translation>已编辑项目 {}：{} 为空或不是数字。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Effective resistances</source>
      <translation>有效电阻</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Elasticity</source>
      <translation>弹性度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Elasticity table</source>
      <translation>弹性度表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Elevation (DEM)</source>
      <translation>高程（DEM）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Elevation (DEM), m</source>
      <translation>高程（DEM），米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Elevation above mean sea level (m)</source>
      <translation>相对平均海平面高程（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Elevation raster; the slope (Horn) of each patch is computed from it.</source>
      <translation>高程栅格；据此计算各图斑坡度（Horn 法）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Elevation relative to mean sea level (m; below sea level negative).</source>
      <translation>相对平均海平面的高程（米；低于海平面为负）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Ellipsoidal area of the geometry</source>
      <translation>几何椭球面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Empty: equal weights summing to 1.</source>
      <translation>留空：等权重，总和为 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Encoding of the shapefiles' attribute tables (written in the .cpg): GBK (default) or UTF-8.</source>
      <translation>Shapefile 属性表的编码（写入 .cpg）：GBK（默认）或 UTF-8。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Entropy weights</source>
      <translation>熵权法权重</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Equivalent table</source>
      <translation>当量因子表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Erosion-rate breaks, muddy shore</source>
      <translation>淤泥质岸线侵蚀速率断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Erosion-rate breaks, muddy shore, m/a (empty = {})</source>
      <translation>淤泥质岸线侵蚀速率分界，m/a（留空 = {}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Erosion-rate breaks, sandy shore</source>
      <translation>砂质岸线侵蚀速率断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Erosion-rate breaks, sandy shore, m/a (empty = {})</source>
      <translation>砂质岸线侵蚀速率分界，m/a（留空 = {}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Erosive-rainfall threshold (mm/day)</source>
      <translation>侵蚀性降雨阈值（mm/日）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Every indicator of every station: value, level (1 good, 2 fair, 3 poor) and assigned value.</source>
      <translation>每个站位每项指标的值、等级（1 好、2 中、3 差）和赋值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Every rule of the rule table is switched off: nothing to find.</source>
      <translation>规则表中所有规则均已关闭，无可识别内容。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Every source cell lies on nodata in the cost raster.</source>
      <translation>所有源像元都位于成本栅格的无数据处。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Every source injects 1 A</source>
      <translation>每个电流源注入 1 A</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Excel (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Excel workbook (XLSX)…</source>
      <translation>Excel 工作簿 (XLSX)…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Existing farmland field '{}' is empty for the units {}.</source>
      <translation>现状耕地字段“{}”在以下单元为空：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Existing farmland field (hm²)</source>
      <translation>现状耕地字段（hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Existing farmland of the unit in hm². Default farm_hm2 (written by 'Farmland consolidation potential').</source>
      <translation>单元现有耕地面积字段（hm²）。默认 farm_hm2（“耕地整治潜力”写出的字段）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Existing stand habitat codes</source>
      <translation>现有群落生境代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Exponent β</source>
      <translation>指数 β</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Exponent β of R_day = α · P_day^β. Default 1.7265 (章文波 et al. 2002).</source>
      <translation>R_day = α · P_day^β 中的指数 β。默认 1.7265（章文波等 2002）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Export the indicator table</source>
      <translation>导出指标表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>Exported {} indicators to {}.</source>
      <translation>已将 {} 项指标导出到 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/writers.py" />
      <source>Exporting '{}' failed (error {}).</source>
      <translation>导出“{}”失败（错误 {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Exporting the atlas PDF failed: no file was written.</source>
      <translation>导出图集 PDF 失败：未写出文件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Exports the planning atlas as one multi-page PDF: a contents page, one page per selected map in the order of METHODS.md section 6 (location, current land use, ecosystem types, protection importance and the single-service maps, vulnerability, ecological problems, ecological security pattern, restoration zoning, key projects, land consolidation potential, near-term projects) and the indicator table when targets exist. Each map is laid out from a template (built-in A3/A4 landscape/portrait, a .qpt file of yours, or a layout of the current project, which is cloned and never changed) whose items are found by id: title, map_title, map_number, organisation, date, main_map, inset_map, legend, scalebar, north_arrow, notes, sources. With a coverage layer (e.g. townships) each map gets one page per feature through the QGIS atlas. Layers come from the layer_catalog table of the planning GeoPackage and the styled rasters beside it; maps whose layers are missing are listed as skipped. Optionally writes one PNG and/or PDF per map. See METHODS.md section 6.</source>
      <translation>将规划图集导出为一个多页 PDF：目录页；按 METHODS.md 第 6 节顺序每幅所选图件一页（区位图、用地现状图、生态系统类型分布图、生态保护重要性及单项服务评价图、生态脆弱性评价图、生态问题识别图、生态安全格局图、生态修复分区图、重点工程布局图、土地综合整治潜力分布图、近期项目安排图）；有目标指标时附指标表页。每幅图由模板排版（内置 A3/A4 横向/纵向模板、用户的 .qpt 文件，或当前工程中的布局——该布局会被复制，绝不修改），按元素 ID 填充：title、map_title、map_number、organisation、date、main_map、inset_map、legend、scalebar、north_arrow、notes、sources。指定覆盖图层（如乡镇）时，借助 QGIS 图集功能每幅图按每个要素各出一页。图层来自规划 GeoPackage 的 layer_catalog 表及其旁边的带样式栅格；缺少图层的图件列为“已跳过”。可选为每幅图另存 PNG 和/或 PDF。见 METHODS.md 第 6 节。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Extra distance beyond the radius to which the resistance is clipped (same units).</source>
      <translation>阻力裁剪范围在半径之外额外增加的距离（单位同上）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetrics.py" />
      <source>FRAGSTATS class- and landscape-level metrics (McGarigal et al. 2012, FRAGSTATS v4 help) with the 8-neighbour patch rule: CA, PLAND, NP, PD, LPI, TE, ED, LSI, AREA, SHAPE, FRAC, PARA, CONTIG, ENN (MN/AM/MD/SD/CV), CLUMPY, PLADJ, IJI, COHESION, DIVISION, MESH, SPLIT, AI, CONTAG, SHDI, SHEI, SIDI, PR and more. Areas in hm², edges in m. Nodata and the background classes are outside the landscape; the landscape boundary counts as edge only when asked. Output: one table row for the landscape and one per class.</source>
      <translation>按 FRAGSTATS（McGarigal 等 2012，FRAGSTATS v4 帮助）计算类型水平和景观水平指数，采用 8 邻域斑块规则：CA、PLAND、NP、PD、LPI、TE、ED、LSI、AREA、SHAPE、FRAC、PARA、CONTIG、ENN（MN/AM/MD/SD/CV）、CLUMPY、PLADJ、IJI、COHESION、DIVISION、MESH、SPLIT、AI、CONTAG、SHDI、SHEI、SIDI、PR 等。面积单位为公顷，边长单位为米。无数据和背景类别不计入景观；仅在勾选时将景观边界计为边缘。输出表中景观一行、每个类型一行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>FRAGSTATS class- and landscape-level metrics for each polygon of a zone layer (townships, watersheds, units): each zone is analysed as a landscape of its own (cells outside it excluded). Outputs a table with one landscape row and one row per class for each zone, and optionally the zone polygons with their landscape-level metrics for mapping.</source>
      <translation>对分区图层（乡镇、流域、单元）的每个面计算 FRAGSTATS 类型水平和景观水平指数：每个分区作为独立景观分析（区外像元不计）。输出表中每个分区有一行景观指数和每个类型一行；可选输出带景观水平指数的分区面，便于制图。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>FVC (蔡崇法 2000)</source>
      <translation>植被覆盖度 FVC（蔡崇法 2000）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>FVC breaks</source>
      <translation>FVC 断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>FVC breaks (0-1; more cover, lower score). Empty: 0.2, 0.6 (three levels) or 0.2, 0.4, 0.6, 0.8 (five levels).</source>
      <translation>植被覆盖度分界值（0-1；覆盖度越高得分越低）。留空：三级为 0.2、0.6，五级为 0.2、0.4、0.6、0.8。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>FVC breaks (empty = 0.2, 0.6 / 0.2, 0.4, 0.6, 0.8)</source>
      <translation>FVC 断点（留空 = 0.2, 0.6 / 0.2, 0.4, 0.6, 0.8）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>FVC breaks (empty = {})</source>
      <translation>植被覆盖度分界（留空 = {}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Factor</source>
      <translation>因子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Factor '{}' has no valid cell on the land-use grid.</source>
      <translation>因子 '{}' 在土地利用格网上没有有效像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Factor weights</source>
      <translation>因子权重</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Factor weights (comma separated, one per factor)</source>
      <translation>因子权重（逗号分隔，每个因子一个）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Fail</source>
      <translation>未通过</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Failed checks</source>
      <translation>不通过检查项数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Fair</source>
      <translation>中</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Fair from</source>
      <translation>中 下限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Fair to</source>
      <translation>中 上限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Farmland consolidation potential (耕地整治潜力)</source>
      <translation>耕地整治潜力 (Farmland consolidation potential)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Farmland consolidation potential fields (hm²)</source>
      <translation>耕地整治潜力字段（hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Farmland patches</source>
      <translation>耕地图斑</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Farmland patches (耕地图斑) in a projected CRS in metres.</source>
      <translation>耕地图斑，须为以米为单位的投影坐标系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Farmland patches with their new farmland ΔS (m², hm²), coefficients, grade before and after, and the unit they belong to.</source>
      <translation>耕地图斑，附新增耕地 ΔS（m²、hm²）、所用系数、整治前后质量等别及所属单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Farmland potential per patch</source>
      <translation>耕地整治潜力（图斑）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Farmland potential per unit</source>
      <translation>耕地整治潜力（单元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Farmland quality grade (1 = best); optional.</source>
      <translation>耕地质量等别/等级（1 为最好）；可选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Farmland slope grade field</source>
      <translation>耕地坡度级别字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Farmland slope grade field (耕地坡度级别, 1-5). Default GDPDJB; empty or missing: not used.</source>
      <translation>耕地坡度级别字段（1-5）。默认 GDPDJB；为空或不存在时不使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Farmland: maximum slope (degrees)</source>
      <translation>耕地：最大坡度（度）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Farmland: minimum soil thickness (cm)</source>
      <translation>耕地：最小土层厚度（cm）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Features with the same id form one source.</source>
      <translation>编号相同的要素构成同一个源地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Features written</source>
      <translation>写出要素数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Fewer than two spaces are present: there is no interface.</source>
      <translation>空间类型少于两类：不存在交界。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/vector_io.py" />
      <source>Field '{}' holds a non-numeric value '{}'.</source>
      <translation>字段“{}”中有非数值“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Field '{}' not found in the layer.</source>
      <translation>图层中没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Field '{}' not found in the priority units.</source>
      <translation>优先级单元中找不到字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets.py" />
      <source>Field '{}' not found in the restoration zones.</source>
      <translation>修复分区中没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets.py" />
      <source>Field '{}' not found in the townships.</source>
      <translation>乡镇图层中没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Field mapping '{}': write standard=field, e.g. DLBM=地类编码.</source>
      <translation>字段对应“{}”：请写成 标准字段=图层字段，如 DLBM=地类编码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Field mapping (standard=field, comma separated)</source>
      <translation>字段对应（标准字段=图层字段，逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Field mapping: '{}' is not a standard DLTB field ({}).</source>
      <translation>字段对应：“{}”不是地类图斑标准字段（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Field mapping: the layer has no field '{}'. Fields found: {}.</source>
      <translation>字段对应：图层没有字段“{}”。现有字段：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Field naming each coverage feature in the page title (default: 'name' when present).</source>
      <translation>用于在页面标题中命名各覆盖要素的字段（默认：存在时用 'name'）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Field naming the zones in the table (default: the feature id).</source>
      <translation>表中分区名称所用字段（默认：要素编号）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Field of the barrier layer copied to the node's value. Default 'improvement' (the field written by the barrier algorithm); empty or missing = no value.</source>
      <translation>障碍点图层中写入节点 value 的字段。默认 improvement（“生态障碍点”算法写出的字段）；留空或字段不存在则不填值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Field of the coastline layer that holds the shore type; needed with a coastline layer.</source>
      <translation>海岸线图层中记录岸线类型的字段；提供海岸线图层时必填。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Field of the corridor layer (default {}).</source>
      <translation>廊道图层的字段（默认 {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Field of the pinch-point layer copied to the node's value. Default 'current' (the field written by the pinch-point algorithm); empty or missing = no value.</source>
      <translation>夹点图层中写入节点 value 的字段。默认 current（“夹点”算法写出的字段）；留空或字段不存在则不填值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Field of the shoreline layer that holds the shore type. Empty: every shoreline feature counts as natural shore.</source>
      <translation>岸线图层中记录岸线类型的字段。留空：所有岸线要素均视为自然岸线。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Field of the shoreline telling natural segments (1, natural, 自然 or 自然岸线). Default natural; missing: every segment counts as natural.</source>
      <translation>标识自然岸线段的字段（值为 1、natural、自然或自然岸线）。默认 natural；字段不存在时所有岸线段均视为自然岸线。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Field of the unit polygons copied to unit_name. Empty: units are named by number.</source>
      <translation>单元面图层中写入 unit_name 的字段。留空：按编号命名单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Field of the unit polygons that matches the unit keys of the tables; needed with a unit layer.</source>
      <translation>单元面图层中与表格单元键对应的字段；提供单元图层时必填。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Field that defines the base zones (e.g. watershed name); wins over the number of base zones. Empty: no field.</source>
      <translation>定义基础分区的字段（如流域名称），优先于基础分区数量。留空：不使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Field that flags island shores (1, true, 是, 海岛 or island = island; anything else = mainland). Empty: every shore is mainland.</source>
      <translation>标记海岛岸线的字段（1、true、是、海岛 或 island = 海岛；其他值 = 大陆）。留空：全部按大陆岸线。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>Field that names each zone in the table. Empty: the feature id.</source>
      <translation>在结果表中标识各分区的字段。留空：使用要素编号。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Field that orders units with equal scores. Empty: feature order.</source>
      <translation>得分相同时用于排序的字段。留空：按要素顺序。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Field with the ecosystem type (mangrove, coral_reef, seagrass, estuary, bay or the Chinese names), copied to the outputs and used for the summary. Empty: one group.</source>
      <translation>生态系统类型字段（mangrove、coral_reef、seagrass、estuary、bay 或中文名），复制到输出并用于汇总。留空：全部为一组。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Field with the mine id written to the output (default: the feature id).</source>
      <translation>写入输出的矿山编号字段（默认：要素编号）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Field with the name or code of each unit, copied to the report.</source>
      <translation>各单元的名称或编码字段，写入校核结果。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Field with the restoration status; without it every patch counts as not restored.</source>
      <translation>修复状态字段；未指定时所有图斑视为未修复。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Field with the shoreline class: 1-7, bedrock … restored, or 基岩岸线 … 生态恢复岸线.</source>
      <translation>岸线类型字段：1-7、bedrock … restored，或 基岩岸线 … 生态恢复岸线。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Field with the station name or code (empty: the feature id).</source>
      <translation>站位名称或编号字段（留空：要素编号）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Field with the unit name or code (one feature per unit).</source>
      <translation>存放单元名称或代码的字段（每个单元一个要素）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Field with the unit name or code; features with the same value form one unit.</source>
      <translation>存放单元名称或代码的字段；取值相同的要素合为一个单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Field with the wetland type (English key, Chinese name or 三调 code).</source>
      <translation>湿地类型字段（英文键、中文名或三调代码）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Field with the zone type or name of the sea polygons, copied to the units (optional).</source>
      <translation>海域面的功能区类型或名称字段，复制到单元（可选）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Field {} holds a non-numeric value '{}'.</source>
      <translation>字段 {} 含有非数值“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Fields for clustering (numeric)</source>
      <translation>聚类字段（数值）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Fields whose sum is the unit's construction-land decrease (hm²). Default the fields of the settlement and idle-land potential algorithms.</source>
      <translation>其和为单元建设用地减少量的字段（hm²）。默认为农村居民点和闲置低效建设用地潜力算法写出的字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Fields whose sum is the unit's new farmland (hm²). Default the new-farmland fields of the farmland, settlement and idle-land potential algorithms.</source>
      <translation>其和为单元新增耕地的字段（hm²）。默认为耕地、农村居民点和闲置低效建设用地潜力算法写出的新增耕地字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>File format</source>
      <translation>文件格式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_database.py" />
      <source>File geodatabase (.gdb, GDAL OpenFileGDB)</source>
      <translation>File 地理数据库（.gdb，GDAL OpenFileGDB）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Filling depressions and routing flow (D8)…</source>
      <translation>正在填洼并计算 D8 流向…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>First rule whose condition holds gives the type; keep a rule with TRUE last. Conditions use the unit fields (imp3_sh, deg_mean, red_sh, farm_sh, ubnd_sh ...).</source>
      <translation>第一条条件成立的规则决定类型；最后保留一条条件为 TRUE 的规则。条件使用单元字段（imp3_sh、deg_mean、red_sh、farm_sh、ubnd_sh 等）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Five grades (1 low … 5 high) by natural breaks of the risk-cell values.</source>
      <translation>按风险小区值的自然断点分为五级（1 低 … 5 高）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Five grades of 0.2: 1 差, 2 较差, 3 中等, 4 良, 5 优.</source>
      <translation>按 0.2 间隔分五级：1 差、2 较差、3 中等、4 良、5 优。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Floor (field or number)</source>
      <translation>下限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Flow potential</source>
      <translation>流动潜力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Focal node id field (integer; empty = 1, 2, … in feature order)</source>
      <translation>焦点节点编号字段（整数；留空 = 按要素顺序编号 1, 2, …）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Focal nodes (points or polygons)</source>
      <translation>焦点节点（点或面）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Focal nodes as a raster of ids (&gt; 0), resampled to the resistance grid by nearest neighbour. Used only when no focal node layer is given.</source>
      <translation>以编号栅格（&gt; 0）表示的焦点节点，按最邻近法重采样到阻力面格网。仅在未提供焦点节点图层时使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Focal nodes as a raster of ids (used without a focal node layer)</source>
      <translation>焦点节点编号栅格（无焦点节点图层时使用）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Folder for first-level class fractions</source>
      <translation>一级地类占比输出文件夹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Folder for one file per map</source>
      <translation>单幅图件输出文件夹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Folder of the styled rasters (default: the rasters folder beside the GeoPackage).</source>
      <translation>带样式栅格所在文件夹（默认：GeoPackage 旁的 rasters 文件夹）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Folder that receives the GeoTIFF rasters and demo_county.gpkg; created if missing, existing files of the same name are overwritten.</source>
      <translation>存放 GeoTIFF 栅格和 demo_county.gpkg 的文件夹；不存在时自动创建，同名文件将被覆盖。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Foreground (habitat) class codes, comma separated (empty = nonzero cells)</source>
      <translation>前景（生境）地类代码，以逗号分隔（留空 = 非零像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Foreground class codes</source>
      <translation>前景地类代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Foreground connectivity</source>
      <translation>前景连通性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Foreground connectivity: 8 neighbours (default, as GuidosToolbox) or 4.</source>
      <translation>前景连通规则：8 邻域（默认，与 GuidosToolbox 相同）或 4 邻域。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Forest codes {} / land area</source>
      <translation>森林地类代码 {} / 国土面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Forest coverage basis (口径)</source>
      <translation>森林覆盖率口径</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Forest coverage, forest land, wetland from land use</source>
      <translation>由土地利用计算森林覆盖率、林地和湿地</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Forest land-use codes (comma separated)</source>
      <translation>森林地类代码（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Forestry basis (林业口径: trees, bamboo, mangrove, forest swamp, special shrubland, listed orchards)</source>
      <translation>林业口径（乔木林、竹林、红树林、森林沼泽、特别规定灌木林、列明的经济林园地）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Forestry basis without the 国家特别规定灌木林地 layer: 灌木林地 0305 is not counted as forest.</source>
      <translation>林业口径未给出国家特别规定灌木林地图层：灌木林地 0305 不计入森林。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Format of the per-map files written to the export folder.</source>
      <translation>写入导出文件夹的单幅图文件格式。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Fractional vegetation cover 0-1</source>
      <translation>植被覆盖度 0-1</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Fractional vegetation cover 0-1; needed only when C comes from FVC.</source>
      <translation>植被覆盖度 FVC（0-1）；仅当 C 因子由 FVC 计算时需要。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Fractional vegetation cover FVC (0-1), for C from FVC</source>
      <translation>植被覆盖度 FVC（0-1，用于由 FVC 计算 C）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Fractional vegetation cover, 0-1</source>
      <translation>植被覆盖度（FVC），0-1</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Fractional vegetation cover, 0-1 (e.g. from NDVI by the pixel dichotomy model); more cover means a lower vulnerability score. Resampled to the reference grid if needed.</source>
      <translation>植被覆盖度 FVC，取值 0-1（如由 NDVI 按像元二分模型计算）；覆盖度越高，脆弱性得分越低。必要时重采样到参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Fragmentation after consolidation</source>
      <translation>整治后破碎度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>From a GeoPackage…</source>
      <translation>从 GeoPackage…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>From the QGIS project</source>
      <translation>从 QGIS 工程</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>From-source field</source>
      <translation>起点源地字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/provider.py" />
      <source>Full chain on Demo County (示例县全流程模型)</source>
      <translation>示例县全流程模型 (Full chain on Demo County)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Funding split by project type (%)</source>
      <translation>各项目类型资金来源比例（%）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Funding split per project type: code and the shares (%) of 中央, 省级, 市县 and 社会资本, summing to 100. The defaults are the plugin's placeholders (see docs/DELIVERABLES.md), to be replaced by the plan's funding arrangement.</source>
      <translation>各项目类型的资金来源：代码及中央、省级、市县、社会资本所占比例（%），合计 100。默认值为插件自设的占位值（见 docs/DELIVERABLES.md），请替换为规划的资金安排。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Funding split: no row for project type {} ({}).</source>
      <translation>资金来源比例表：没有项目类型 {}（{}）的行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Future (or later) land cover on the same codes; gives the future storage and the net change.</source>
      <translation>同一代码体系的未来（或后一期）土地覆被；用于计算未来碳储量和净变化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Future land cover (for the net change)</source>
      <translation>未来土地覆被（用于净变化）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>GB 50188-2007 upper grade 150 m²/person, or the provincial standard.</source>
      <translation>GB 50188-2007 最高级 150 m²/人，或省级标准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Generating Demo County: {0} x {0} cells, seed {1}</source>
      <translation>正在生成示例县：{0} × {0} 个像元，随机种子 {1}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>GeoPackage (*.gpkg);;File geodatabase (*.gdb);;All files (*)</source>
      <translation>GeoPackage (*.gpkg);;File 地理数据库 (*.gdb);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>GeoPackage (*.gpkg);;File geodatabase (*.gdb);;Shapefile folder (*)</source>
      <translation>GeoPackage (*.gpkg);;File 地理数据库 (*.gdb);;Shapefile 文件夹 (*)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_database.py" />
      <source>GeoPackage (.gpkg)</source>
      <translation>GeoPackage（.gpkg）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>GeoPackage (default), Shapefile set (a folder) or File geodatabase (.gdb).</source>
      <translation>GeoPackage（默认）、Shapefile 文件集（一个文件夹）或 File 地理数据库（.gdb）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>GeoPackage only: save a default style for every layer in the GeoPackage (table layer_styles; QGIS applies it on load): the planning colours of the plugin layer it came from and the Chinese field aliases. Default yes (7.6 s for the 94 layers of the demo); no = faster.</source>
      <translation>仅 GeoPackage：为每个图层在 GeoPackage 中保存默认样式（layer_styles 表，QGIS 加载时自动应用）：沿用来源图层的规划配色和中文字段别名。默认是（示例 94 个图层7.6 秒）；否 = 更快。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>GeoPackage with the vector layers</source>
      <translation>矢量图层所在的 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Give a DEM or a relief raster (the LS factor of the index).</source>
      <translation>请提供 DEM 或地形起伏度栅格（指数中的 LS 因子）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Give a land surface temperature raster or the brightness temperature of the thermal band.</source>
      <translation>请提供地表温度栅格或热红外波段亮度温度。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Give at least one forest land-use code.</source>
      <translation>请至少给出一个森林地类代码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Give at least one input: pinch points, barriers, corridors (with the allocation raster for ridge crossings) or sources.</source>
      <translation>请至少给出一个输入：夹点、障碍点、廊道（战略点还需分配栅格）或源地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Give at least one input: problem patches, project library, key projects, restoration zones, indicator table, land use, importance or vulnerability grades, or consolidation potential.</source>
      <translation>请至少给出一个输入：问题图斑、项目库、重点工程表、修复分区、指标表、土地利用、重要性或脆弱性等级、土地综合整治潜力。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Give at least one problem layer (mines, erosion, wetlands, forest, rivers, barriers or consolidation areas, problem patches or marine projects).</source>
      <translation>请至少输入一个问题图层（矿山、水土流失、湿地、森林、河流、障碍点或土地整治区、问题图斑或海洋修复项目）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Give at least one upper-level target: a row of the target table or the indicator table saved by the targets dialog (with targets for the chosen year).</source>
      <translation>请至少给出一项上级目标：在目标表中填写一行，或选择目标指标体系对话框保存的指标表（须含所选年份的目标值）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Give at least two grade rasters to combine.</source>
      <translation>请至少提供两个等级栅格进行集成。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Give at least two service rasters.</source>
      <translation>请至少提供两个服务栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Give both the land and sea units and the marine projects by unit (the two outputs of 'Sea planning units and marine projects'), or neither.</source>
      <translation>请同时输入陆海规划单元和按单元的海洋修复项目（“海域规划单元与海洋修复项目”的两个输出），或都不输入。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Give either a habitat raster or habitat polygons, not both.</source>
      <translation>请给出生境栅格或生境面之一，不要同时给出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Give the administrative code (XZQDM), e.g. the 6-digit county code of GB/T 2260.</source>
      <translation>请给出行政区代码（XZQDM），如 GB/T 2260 的 6 位县级代码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Give the administrative name (XZQMC), e.g. 示例县.</source>
      <translation>请给出行政区名称（XZQMC），如 示例县。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Give the corridor layer.</source>
      <translation>请给出廊道图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Give the habitat either as a raster (e.g. the MSPA output) or as a polygon layer.</source>
      <translation>请以栅格（如 MSPA 输出）或面图层给出生境。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Give the planning GeoPackage (.gpkg) to export; '{}' is not a file.</source>
      <translation>请给出要导出的规划 GeoPackage（.gpkg）；“{}”不是文件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>Give the sources as a vector layer or as a raster.</source>
      <translation>请以矢量图层或栅格给出源地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Give the values of field '{}' that mean natural shore.</source>
      <translation>请给出字段“{}”中表示自然岸线的取值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Give the workbook file (.xlsx).</source>
      <translation>请给出工作簿文件（.xlsx）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Good</source>
      <translation>好</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Good from</source>
      <translation>好 下限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Good to</source>
      <translation>好 上限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Grade and zone on density (hm² per 100 hm² of unit)</source>
      <translation>按密度分级分区（每 100 hm² 单元面积的 hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Grade and zone on potential density (hm² per 100 hm² of unit area) instead of the totals, so large units do not dominate. Default off.</source>
      <translation>按潜力密度（每 100 hm² 单元面积的 hm² 数）而非总量分级和分区，避免大单元占优。默认不勾选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Grade breaks of CEH</source>
      <translation>CEH 分级界值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Grade breaks of CEH: the breaks must increase, got '{}'.</source>
      <translation>CEH 分级界值：界值须递增，当前为“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Grade rasters</source>
      <translation>等级栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Grade rasters with codes 3 极重要, 2 重要, 1 一般重要 (0 or nodata = no grade), e.g. the service grades and the vulnerability grades; the first is the reference grid.</source>
      <translation>等级栅格，编码 3 极重要、2 重要、1 一般重要（0 或无数据 = 无等级），如各项服务重要性等级和脆弱性等级；第一个栅格为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Grade sets the earliest period (一级 近期, 二级 中期, 三级 远期)</source>
      <translation>按等级确定最早时期（一级 近期，二级 中期，三级 远期）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_graded.py" />
      <source>Grade shares: {}</source>
      <translation>各等级占比：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Grade the slope into classes 1–5 at 2°, 6°, 15° and 25° (TD/T 1055).</source>
      <translation>按 2°、6°、15° 和 25° 将坡度分为 1–5 级（TD/T 1055）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Grade, 3 levels</source>
      <translation>三级分级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Grade, 5 levels</source>
      <translation>五级分级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancegrading.py" />
      <source>Grades any ecosystem-service raster by the cumulative service share (双评价 guide 2020): cells sorted by value, high to low; the cells holding the first 50 % of the total service are 极重要 (3), up to 80 % 重要 (2), the rest 一般重要 (1); nodata stays nodata (0). Cells tied with the crossing value take the higher grade. Thresholds are parameters. Read by blocks, so any raster size works; the thresholds are exact at every size.</source>
      <translation>按累积服务值法（双评价指南 2020）对任意生态系统服务栅格分级：像元按服务值从高到低排序，累积服务值占总量前 50% 的像元为极重要（3），50%-80% 为重要（2），其余为一般重要（1）；无数据仍为无数据（0）。与临界值相等的像元归入较高等级。阈值可设置。按块读取，可处理任意大小的栅格；各种大小下阈值均为精确值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Grades by natural breaks (Jenks, exact; default) or by quantiles.</source>
      <translation>分级方法：自然断点法（Jenks，精确解；默认）或分位数法。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Grades gained on consolidated land. Default 1, the plugin's own value: take it from the local consolidation design.</source>
      <translation>整治后耕地质量提升的等别数。默认 1，为插件自定值：请以当地整治设计为准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Grades the consolidation potential of each unit (village or township) and assigns a consolidation type by the four-quadrant method (METHODS.md §4). Per unit: farmland consolidation potential x (sum of the farmland fields), construction-land consolidation potential y (sum of the construction fields), new farmland from all sources and, optionally, ecological restoration area, in hm², 亩 and 万亩. Grades 1 = highest (Ⅰ级) by natural breaks (Jenks, exact) or quantiles, for x, y and the new farmland total. Types: x and y above their split (mean or median over the units) → comprehensive (综合整治型); x only → farmland-led (农用地整理主导型); y only → construction-led (建设用地整理主导型); neither → ecological-led (生态保护修复主导型). Optionally on density (hm² per 100 hm² of unit area). A summary table gives the totals by type and grade. Defaults match the unit outputs of the farmland, settlement and idle-land potential algorithms chained on one unit layer.</source>
      <translation>对各单元（行政村或乡镇）的整治潜力分级，并用四象限法划定整治类型（METHODS.md §4）。每个单元：耕地整治潜力 x（耕地字段之和）、建设用地整治潜力 y（建设用地字段之和）、各来源新增耕地合计，以及可选的生态修复面积，单位为 hm²、亩和万亩。分级以 1 为最高（Ⅰ级），采用自然断点法（Jenks，精确解）或分位数法，对 x、y 和新增耕地合计分别分级。类型：x 与 y 均高于分界值（各单元的均值或中位数）→ 综合整治型；仅 x 高 → 农用地整理主导型；仅 y 高 → 建设用地整理主导型；均不高 → 生态保护修复主导型。可选按密度（每 100 hm² 单元面积的 hm²）计算。汇总表给出按类型和等级的合计。默认字段与在同一单元图层上依次运行的耕地、农村居民点和闲置低效用地潜力算法的单元输出一致。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Grades 一级/二级/三级 by rank shares (default) or by score breaks.</source>
      <translation>按排序比例（默认）或按得分分界划分一级/二级/三级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Grading</source>
      <translation>分级方法</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Grading method</source>
      <translation>分级方法</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Grain price (yuan/kg)</source>
      <translation>粮食价格（元/kg）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Grain purchase price, yuan/kg. The default 2.6 is a placeholder: use the region's price.</source>
      <translation>粮食收购价格，元/kg。默认值 2.6 为占位值：请填写本地区价格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Grain yield (kg/hm²)</source>
      <translation>粮食单产（kg/hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Grain yield of the region, kg/hm². Default: national 2020 grain yield (5734 kg/hm²); use the region's statistical yearbook.</source>
      <translation>本地区粮食单产，kg/hm²。默认：2020 年全国粮食单产（5734 kg/hm²）；请采用本地区统计年鉴数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Grid cell size (m)</source>
      <translation>格网大小（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Grid: {} x {} cells of {:g} m, {} x {} sub-cells each ({:.0f} million sub-cells)</source>
      <translation>格网：{} × {} 个 {:g} m 像元，每个像元 {} × {} 个子像元（共 {:.0f} 百万个子像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Grounds</source>
      <translation>接地</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Grounds (advanced mode)</source>
      <translation>接地（高级模式）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>HTML (*.html)</source>
      <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>HTML table for the report…</source>
      <translation>用于规划文本的 HTML 表格…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Habitat (or 三调 land-use) raster of the newer year; the reference grid (projected CRS).</source>
      <translation>较新年份的生境（或三调土地利用）栅格；参考网格（投影坐标系）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Habitat areas</source>
      <translation>生境面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Habitat classes 1-11</source>
      <translation>生境类别 1-11</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Habitat codes of the candidate cells. Empty: 5, 7 (tidal flat, pond) for mangroves, 5, 9 (tidal flat, shallow sea) for seagrass.</source>
      <translation>候选像元的生境代码。留空：红树林为 5、7（滩涂、坑塘），海草床为 5、9（滩涂、浅海）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Habitat codes of the existing stands. Empty: 1 for mangroves, 3 for seagrass.</source>
      <translation>现有群落的生境代码。留空：红树林为 1，海草床为 3。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled_tasks.py" />
      <source>Habitat degradation D</source>
      <translation>生境退化度 D</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Habitat degradation by tiles of {0} cells with a margin of {1} cells (the largest threat distance).</source>
      <translation>生境退化度按 {0} 像元的图块计算，边缘带 {1} 像元（最大威胁距离）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Habitat losses</source>
      <translation>生境损失</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Habitat lost to aquaculture</source>
      <translation>转为养殖的生境</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Habitat lost to aquaculture (polygons, e.g. from the coastal wetland inventory): 退养还湿.</source>
      <translation>转为养殖的生境（面，如滨海湿地清查的输出）：退养还湿。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Habitat polygons (protected areas, 极重要 areas, hot spots)</source>
      <translation>生境面（自然保护地、极重要区、热点）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Habitat quality (0-1)</source>
      <translation>生境质量（0-1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Habitat quality (生境质量)</source>
      <translation>生境质量评价图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled_tasks.py" />
      <source>Habitat quality Q</source>
      <translation>生境质量 Q</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Habitat quality Q, 0-1 (0 on non-habitat classes, H = 0), styled.</source>
      <translation>生境质量 Q，取值 0-1（非生境地类 H = 0 时为 0），已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Habitat quality after the InVEST Habitat Quality model (Sharp et al., InVEST User's Guide; METHODS.md §1.3). Threat sources are land-use classes (threat table: name, max distance in km, weight, decay linear or exponential, source class codes). Impact at distance d: linear 1 − d/d_max or exponential exp(−2.99·d/d_max), zero beyond d_max. Total threat D = Σ (w_r/Σw) · r_y · i_rxy · β_x · S_jr, quality Q = H·(1 − D^z/(D^z + k^z)), z = 2.5, k the half-saturation constant (0 = half of the largest D). The sensitivity table gives habitat suitability H and the sensitivity S of each class to each threat. Threat impact convention: InVEST 3.13 and later (default; checked equal to an InVEST 3.14.2 run) take the impact of the nearest threat source, i(d_min), with threats as presence/absence; InVEST 3.3-3.12 convolved the threat with the distance kernel normalised to sum 1 (a kernel-weighted mean, 0-1); the User's Guide sum adds the impacts of all source cells. With a Dask cluster set in the plugin setting eco_restore/dask_scheduler, D runs as independent tiles on its workers (each tile read with a margin of the largest threat distance; the result equals the run in this process; docs/BATCH.md).</source>
      <translation>生境质量，依据 InVEST 生境质量模型（Sharp 等，InVEST 用户指南；METHODS.md §1.3）。威胁源为土地利用类型（威胁表：名称、最大影响距离 km、权重、衰减方式 线性（linear）或指数（exponential）、威胁源地类编码）。距离 d 处的影响：线性 1 − d/d_max，指数 exp(−2.99·d/d_max)，超过 d_max 为零。总威胁 D = Σ (w_r/Σw) · r_y · i_rxy · β_x · S_jr，生境质量 Q = H·(1 − D^z/(D^z + k^z))，z = 2.5，k 为半饱和常数（0 = 最大 D 的一半）。敏感性表给出各地类的生境适宜性 H 及其对各威胁的敏感度 S。威胁影响约定：InVEST 3.13 及以后版本（默认；已与 InVEST 3.14.2 运行结果核对一致）取最近威胁源的影响 i(d_min)，威胁栅格按有/无处理；InVEST 3.3-3.12 将威胁与归一化（和为 1）的距离核卷积（核加权平均，0-1）；用户指南求和方式累加所有威胁源像元的影响。设置插件选项 eco_restore/dask_scheduler 指定 Dask 集群后，退化度 D 按互相独立的图块在其工作进程上计算（每个图块外扩最大威胁距离读取；结果与本进程计算相同；见 docs/BATCH.md）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Habitat quality, InVEST model (生境质量 InVEST)</source>
      <translation>生境质量 InVEST (Habitat quality, InVEST model)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Habitat raster</source>
      <translation>生境栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Habitat raster (MSPA output or any class raster)</source>
      <translation>生境栅格（MSPA 输出或任意分类栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Habitat raster (classes 1 红树林 … 11 建设用地, as 'Coastal wetland and marine habitat inventory'); the reference grid. Gives the candidates and the existing stands.</source>
      <translation>生境栅格（类别 1 红树林 … 11 建设用地，同“滨海湿地与海洋生境清查”）；参考网格。提供候选区和现有群落。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Habitat raster (newer)</source>
      <translation>生境栅格（较新）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Habitat raster (newer): no cell holds a habitat class.</source>
      <translation>生境栅格（较新）：没有任何像元属于生境类别。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Habitat raster (older)</source>
      <translation>生境栅格（较早）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Habitat raster: no cell has a candidate code ({}). Check the codes.</source>
      <translation>生境栅格：没有像元具有候选代码（{}）。请检查代码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Habitat suitability H and sensitivity S to each threat</source>
      <translation>生境适宜性 H 及对各威胁的敏感性 S</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Habitat transitions</source>
      <translation>生境转移</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Habitat values</source>
      <translation>生境值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Habitat values of the raster (comma separated; 17 = MSPA core; empty = nonzero)</source>
      <translation>栅格的生境值（逗号分隔；17 = MSPA 核心区；为空 = 非零）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Half-saturation constant k (0 = half of the largest D)</source>
      <translation>半饱和常数 k（0 表示取最大 D 的一半）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Half-saturation constant k = {:.4g}</source>
      <translation>半饱和常数 k = {:.4g}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Half-saturation constant k of Q = H·(1 − D^z/(D^z + k^z)). 0 (default) = half of the largest D of the area, as the InVEST User's Guide advises.</source>
      <translation>半饱和常数 k（Q = H·(1 − D^z/(D^z + k^z))）。0（默认）= 区内最大 D 的一半，与 InVEST 用户指南的建议一致。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Half-width (m) of the project area around a line problem (each side). Default 30 m, the plugin's own value; set it to the river buffer width of your plan.</source>
      <translation>线状问题两侧各自的项目范围宽度（米）。默认 30 m，为插件自定值；应按规划确定的河流缓冲带宽度设置。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Health by ecosystem</source>
      <translation>按生态系统的健康状况</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Health of mangrove, coral reef, seagrass, estuary and bay ecosystems after HY/T 087-2005 近岸海洋生态健康评价指南 (国家海洋局 2005), from monitoring values per station (one feature per station or ecosystem, indicator fields named by their codes: DO, PH, DIN, DIP, OIL; TOC, SULFIDE; HG, CD, PB, AS, OILB; HABITAT_LOSS, SED_CHANGE; PHYTO, ZOO_DENSITY, ZOO_BIOMASS, FISH_EGGS, BENTHOS_DENSITY, BENTHOS_BIOMASS, COVER). Each indicator gets the good, fair or poor value of its category by its thresholds (closed intervals; outside both = poor); a category index is the mean of its indicators' values, the health index CEH the sum of the five indices (水环境, 沉积环境, 生物残毒, 栖息地, 生物; 0-100), graded CEH ≥ 75 健康, 50-75 亚健康, &lt; 50 不健康 - the method of the guideline for estuary and bay ecosystems as we read it, not verified clause by clause against the official text. Defaults: assigned values water 15/10/5, sediment 10/5/1, residue 10/5/1, habitat 15/10/5, biology 50/30/10; water thresholds at the class I / II limits of GB 3097-1997, sediment of GB 18668-2002, residue of GB 18421-2001. NOT verified and therefore the plugin's own defaults: the habitat thresholds (5 % / 10 %), the biological bands (ratio to the reference value: good 0.5-1.5, fair 0.25-2.0), the cover indicator COVER (ratio of mangrove / live coral / seagrass cover to the reference: good ≥ 0.9, fair ≥ 0.7), and the use of one indicator set for all five ecosystems (the guideline's own sets and weights for mangrove, coral reef and seagrass could not be checked). Edit them to your copy of the guideline. Missing indicator fields are skipped; a station with no value in a category gets no CEH.</source>
      <translation>依据《近岸海洋生态健康评价指南》HY/T 087-2005（国家海洋局 2005），由各站位监测值（每个站位或生态系统一个要素，指标字段以代码命名：DO、PH、DIN、DIP、OIL；TOC、SULFIDE；HG、CD、PB、AS、OILB；HABITAT_LOSS、SED_CHANGE；PHYTO、ZOO_DENSITY、ZOO_BIOMASS、FISH_EGGS、BENTHOS_DENSITY、BENTHOS_BIOMASS、COVER）评价红树林、珊瑚礁、海草床、河口和海湾生态系统的健康状况。每个指标按阈值取其类别的“好 / 中 / 差”赋值（闭区间；两区间之外为差）；类别指数为其指标赋值的平均值，健康指数 CEH 为五类指数（水环境、沉积环境、生物残毒、栖息地、生物；0-100）之和，CEH ≥ 75 为健康、50-75 为亚健康、&lt; 50 为不健康——这是本插件对该指南河口和海湾生态系统评价方法的理解，未逐条与正式文本核对。默认值：赋值 水环境 15/10/5、沉积环境 10/5/1、生物残毒 10/5/1、栖息地 15/10/5、生物 50/30/10；水环境阈值取 GB 3097-1997 第一、二类标准限值，沉积环境取 GB 18668-2002，生物残毒取 GB 18421-2001。以下未经核实，为本插件自定默认值：栖息地阈值（5 % / 10 %）、生物指标区间（与参考值之比：好 0.5-1.5，中 0.25-2.0）、覆盖度指标 COVER（红树林 / 活珊瑚 / 海草覆盖度与参考值之比：好 ≥ 0.9，中 ≥ 0.7），以及五类生态系统共用一套指标（未能核对指南中红树林、珊瑚礁、海草床各自的指标与权重）。请按所持指南文本修改。缺少的指标字段将被跳过；某类别无任何指标值的站位不计算 CEH。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/plugin.py" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Hierarchy: {} key areas, {} key projects, {} projects, {:.2f} 万元</source>
      <translation>项目层级：重点区域 {} 个，重点工程 {} 个，项目 {} 个，投资 {:.2f} 万元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>High human pressure from</source>
      <translation>高人类干扰阈值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Historic (abandoned) mines (历史遗留矿山)</source>
      <translation>历史遗留矿山 (Historic mines)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Historic mine patches (polygons)</source>
      <translation>历史遗留矿山图斑（面）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Historic mine restoration assessment (历史遗留矿山生态修复评价)</source>
      <translation>历史遗留矿山生态修复评价 (Historic mine restoration assessment)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Historic mines: {} patches, {:.2f} hm²; restored {:.2f} hm², in progress {:.2f} hm², not restored {:.2f} hm²</source>
      <translation>历史遗留矿山：{} 个图斑，{:.2f} hm²；已修复 {:.2f} hm²，修复中 {:.2f} hm²，未修复 {:.2f} hm²</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Household field</source>
      <translation>户数字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>How far from the newer shoreline (m, both sides) a transect looks for the older one; beyond it NSM and EPR are empty. Default 500 m.</source>
      <translation>断面在较新岸线两侧搜索较早岸线的距离（米）；超出则 NSM 和 EPR 为空。默认 500 米。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>How protection falls with distance inside the buffer: linear 1 − d/buffer (default) or a step (full score up to the buffer distance).</source>
      <translation>缓冲区内防护随距离的衰减方式：线性 1 − d/缓冲距离（默认），或阶跃（缓冲距离内均取满分）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>How targets are shared: by unit area (default), by a restoration-potential field, by the current value of the indicator, or a weighted mix of the three.</source>
      <translation>目标分配依据：单元面积（默认）、修复潜力字段、指标现状值，或三者的加权组合。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>How the conductance of an edge between two cells is formed: 1 / mean of their resistances (default, Circuitscape's default) or the mean of their conductances.</source>
      <translation>两像元之间连接电导的计算方式：两者阻力平均值的倒数（默认，与 Circuitscape 默认一致）或两者电导的平均值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>How the degradation raster is coded. The zoning works with 0 none to 3 severe; the second coding is shifted down by one.</source>
      <translation>退化程度栅格的编码方式。分区按 0 未退化至 3 重度计算；第二种编码会减一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>How the impact of a threat on a cell is computed. The default gives the same values as the current InVEST release; choose the convolution to reproduce results of InVEST 3.12 or earlier.</source>
      <translation>威胁对像元影响的计算方式。默认与当前 InVEST 版本结果一致；如需复现 InVEST 3.12 及更早版本的结果，请选择卷积方式。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Human pressure (e.g. human footprint 0-1)</source>
      <translation>人类干扰（如人类足迹 0-1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>IIC link distance (m; 0 = the dispersal distance)</source>
      <translation>IIC 连接距离（m；0 = 扩散距离）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Id field for ties (default feature order)</source>
      <translation>并列时的编号字段（默认按要素顺序）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Id or name field of the land units (optional; empty: the feature id).</source>
      <translation>陆域单元的编号或名称字段（可选；留空：要素编号）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Idle land and abandoned mine potential (闲置低效建设用地与废弃矿山潜力)</source>
      <translation>闲置低效建设用地与废弃矿山潜力 (Idle land and abandoned mine potential)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Idle land and mine patches</source>
      <translation>闲置低效用地与矿山图斑</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Idle land and mine potential per patch</source>
      <translation>闲置低效用地与矿山潜力（图斑）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Idle land and mine potential per unit</source>
      <translation>闲置低效用地与矿山潜力（单元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Idle land and mine sites with reclaimable area, coefficient, restoration direction and unit.</source>
      <translation>闲置低效建设用地和废弃矿山地块，附可复垦面积、系数、复垦方向及所属单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Idle land and mines: {:.2f} hm² reclaimable, {:.2f} hm² to farmland.</source>
      <translation>闲置低效用地与矿山：可复垦 {:.2f} hm²，其中复垦为耕地 {:.2f} hm²。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>Ignore nodata (use the grades that exist)</source>
      <translation>忽略无数据（使用已有的等级）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Import land parcels DLTB (三调地类图斑导入)</source>
      <translation>三调地类图斑导入 (Import land parcels DLTB)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Importance (1-3)</source>
      <translation>重要性 1-3</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancegrading.py" />
      <source>Importance grade</source>
      <translation>重要性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Importance grade (3 极重要, 2 重要, 1 一般重要)</source>
      <translation>重要性等级（3 极重要，2 重要，1 一般重要）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Importance grade (3 极重要, 2 重要, 1 一般重要; reference grid)</source>
      <translation>重要性等级（3 极重要，2 重要，1 一般重要；参考格网）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancegrading.py" />
      <source>Importance grade 3 极重要, 2 重要, 1 一般重要 (0 nodata), styled; the log gives each grade's area share.</source>
      <translation>重要性等级 3 极重要、2 重要、1 一般重要（0 无数据），已符号化；日志给出各等级面积占比。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Index breaks</source>
      <translation>指数断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Index breaks (empty = 2.33, 3.66 / 2, 4, 6, 8)</source>
      <translation>指数断点（留空 = 2.33, 3.66 / 2, 4, 6, 8）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Index breaks (empty = {})</source>
      <translation>指数分界（留空 = {}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Index breaks for medium and high</source>
      <translation>中、高等级的指数断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Index breaks of the grades. Empty: 2.33, 3.66 (three levels) or 2, 4, 6, 8 (five levels).</source>
      <translation>脆弱性指数分级分界值。留空：三级为 2.33、3.66，五级为 2、4、6、8。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Index breaks of the medium and high levels, ascending. Default thirds 0.333, 0.667, the plugin's own choice.</source>
      <translation>中、高恢复力等级的指数分界，升序。默认三等分 0.333、0.667，为插件自定。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Indicator (Chinese)</source>
      <translation>指标名称（中文）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Indicator (English)</source>
      <translation>指标名称（英文）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Indicator base values</source>
      <translation>指标基期值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Indicator base values (指标基期值)</source>
      <translation>指标基期值 (Indicator base values)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Indicator field of the targets</source>
      <translation>目标表的指标字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Indicator field of the values</source>
      <translation>数值表的指标字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Indicator of the reference (earlier or natural) period: NDVI, FVC, NPP or habitat quality; the reference grid. Cells ≤ 0 or nodata give nodata.</source>
      <translation>基准期（较早期或自然状态）指标：NDVI、FVC、NPP 或生境质量，作为参考格网。≤ 0 或无数据的像元结果为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Indicator per unit</source>
      <translation>每单位指标贡献</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Indicator scores</source>
      <translation>指标赋值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Indicator table (targets or base values)</source>
      <translation>指标表（规划目标或基期值）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Indicator table of the targets dialog (eco_indicators)</source>
      <translation>目标指标体系对话框保存的指标表（eco_indicators）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Indicator table: {} indicators with a {} target{}.</source>
      <translation>指标表：{} 项指标有 {} 年目标值{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Indicator targets (目标指标体系)</source>
      <translation>目标指标体系 (Indicator targets)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/plugin.py" />
      <source>Indicator targets (目标指标体系)…</source>
      <translation>目标指标体系…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Indicator thresholds</source>
      <translation>指标阈值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Indicator thresholds: code, category (1 水环境 water, 2 沉积环境 sediment, 3 生物残毒 residue, 4 栖息地 habitat, 5 生物 biology), good from / to and fair from / to (empty = no limit). Defaults as in the help (GB 3097 / 18668 / 18421 class I / II limits; the rest the plugin's own).</source>
      <translation>指标阈值：代码、类别（1 水环境、2 沉积环境、3 生物残毒、4 栖息地、5 生物）、好的下限 / 上限和中的下限 / 上限（留空 = 不限）。默认值见帮助（GB 3097 / 18668 / 18421 第一、二类限值；其余为本插件自定）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Indicator-name field of the targets table. Default indicator.</source>
      <translation>目标表中的指标名称字段。默认 indicator。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Indicator-name field of the values table. Default indicator.</source>
      <translation>数值表中的指标名称字段。默认 indicator。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Indicators without a field, not assessed: {}.</source>
      <translation>以下指标无对应字段，未参评：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>Input '{}' must be a path (a string).</source>
      <translation>输入“{}”必须是路径（字符串）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>Input '{}': the path {} cannot be read (permissions).</source>
      <translation>输入“{}”：路径 {} 无法读取（权限）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>Input '{}': the path {} does not exist.</source>
      <translation>输入“{}”：路径 {} 不存在。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Input raster</source>
      <translation>输入栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Inputs are not GeoTIFF files on one projected grid: this step runs in one process.</source>
      <translation>输入不是同一投影网格上的 GeoTIFF 文件：此步骤在单个进程中运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Integer field that identifies each focal node; features with the same id form one focal region. Empty: 1, 2, … in feature order.</source>
      <translation>标识焦点节点的整数字段，编号相同的要素构成一个焦点区域。留空：按要素顺序编号 1, 2, …。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Integer field that labels each source; the labels appear in the allocation raster, the pair ids and the tables. Empty: 1, 2, … in feature order.</source>
      <translation>标识每个源地的整数字段，其值写入分配栅格、源地对编号和各输出表。留空：按要素顺序编号 1, 2, …。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>Internal error of {} ({}: {}). Please report it with the input that caused it.</source>
      <translation>{} 内部错误（{}：{}）。请连同引起该错误的输入数据一并报告。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Invalid polygons repaired</source>
      <translation>修复的无效面数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Invert factors</source>
      <translation>因子取反</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Invert factors (comma separated 0/1; 1 = high value means low resistance)</source>
      <translation>因子取反（逗号分隔 0/1；1 = 数值越高阻力越低）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Island flag field</source>
      <translation>海岛标记字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Island flag field (island shoreline)</source>
      <translation>海岛标识字段（海岛岸线）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Islands</source>
      <translation>海岛</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Islands (polygons): 海岛生态修复 over their area.</source>
      <translation>海岛（面）：按面积计海岛生态修复。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Islet (孤岛)</source>
      <translation>孤岛 (Islet)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Join each cell to its 4 orthogonal neighbours only; unchecked (default, as Circuitscape's default) it is joined to all 8, diagonals with conductance divided by √2.</source>
      <translation>每个像元只与上下左右 4 个邻域相连；不勾选（默认，与 Circuitscape 默认一致）则与 8 个邻域相连，对角连接的电导除以 √2。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Joining patches to units</source>
      <translation>图斑与单元空间连接</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>K from a soil texture class raster and the texture table (default), or from a raster that already holds the K grade.</source>
      <translation>K 因子取自土壤质地分类栅格与质地对照表（默认），或取自已为 K 等级的栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>K grade by soil texture class</source>
      <translation>各土壤质地的 K 等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>K grade raster</source>
      <translation>K 等级栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>K grade table</source>
      <translation>K 等级表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>K grade table (soil texture code)</source>
      <translation>K 等级表（土壤质地代码）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>K grades must be on the factor scale {}; found {}.</source>
      <translation>K 等级必须为因子分值 {}；发现 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Karst (carbonate rock) area, 0/1</source>
      <translation>喀斯特（碳酸盐岩）分布区，0/1</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Karst area mask (non-zero = karst)</source>
      <translation>喀斯特区域掩膜（非零 = 喀斯特）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Keep both</source>
      <translation>两者都保留</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Keep each class's area (move cells between classes)</source>
      <translation>保持各地类面积（在地类间调整栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Keep sources with dPC ≥ (%; 0 = no threshold)</source>
      <translation>保留 dPC ≥ 该值的源地（%；0 = 不设阈值）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Keep the N best ranked sources (0 = all)</source>
      <translation>保留排名前 N 的源地（0 = 全部）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Keeping the class areas needs {:.1f} GB of memory for this grid: use a larger cell size or switch the option off.</source>
      <translation>在此网格上保持地类面积需要 {:.1f} GB 内存：请加大像元尺寸或关闭该选项。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Key area name field</source>
      <translation>重点区域名称字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Key areas (重点区域)</source>
      <translation>重点区域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Key areas (重点区域), e.g. restoration zones</source>
      <translation>重点区域（如生态修复分区）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Key projects (重点工程布局图)</source>
      <translation>重点工程布局图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Key projects table (重点工程表)</source>
      <translation>重点工程表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/_sources.py" />
      <source>Knight's move (16 neighbours)</source>
      <translation>马步移动（16 邻域）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>LS factor</source>
      <translation>坡长坡度因子 LS</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Label of the nearest source (by accumulated cost) of each cell; the boundaries between zones are the cost ridge lines used for source pairs and ecological nodes.</source>
      <translation>每个像元按累积成本最近的源地编号；各分配区的边界即成本脊线，用于确定相邻源地对和生态节点。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Land and sea units</source>
      <translation>陆海规划单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Land and sea units (陆海规划单元)</source>
      <translation>陆海规划单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Land and sea units with unit_id, domain (陆域 / 海域), zone and area (hm²).</source>
      <translation>陆域和海域单元，含 unit_id、domain（陆域 / 海域）、功能区和面积（公顷）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Land classes</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Land consolidation areas</source>
      <translation>土地综合整治区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Land consolidation potential (土地综合整治潜力分布图)</source>
      <translation>土地综合整治潜力分布图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Land parcels (三调 DLTB or land-use polygons) in a projected CRS in metres.</source>
      <translation>地类图斑（三调 DLTB 或土地利用面），投影坐标系（米）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Land parcels DLTB (地类图斑)</source>
      <translation>地类图斑 DLTB</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Land planning units (e.g. the restoration units), written beside the sea units (optional).</source>
      <translation>陆域规划单元（如修复单元），与海域单元一并输出（可选）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Land polygons (county, islands) that tell the seaward side of the transects. Empty: lines are taken to have land on their left (the direction of digitising).</source>
      <translation>用于判断断面向海一侧的陆域面（县域、海岛）。留空：认为陆地位于线的左侧（数字化方向）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Land polygons (seaward side)</source>
      <translation>陆域面（判断向海一侧）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Land surface temperature raster in °C. Give this or the brightness temperature.</source>
      <translation>地表温度栅格（°C）。与亮度温度二选一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Land surface temperature, °C</source>
      <translation>地表温度，°C</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Land unit id field</source>
      <translation>陆域单元编号字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Land units</source>
      <translation>陆域单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Land units: field '{}' not found.</source>
      <translation>陆域单元：找不到字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Land use</source>
      <translation>土地利用</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Land use (class codes)</source>
      <translation>土地利用（地类代码）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Land use (class codes, reference grid)</source>
      <translation>土地利用（地类代码，参考栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Land use (三调 class codes)</source>
      <translation>土地利用（三调地类代码）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Land use (三调)</source>
      <translation>土地利用（三调）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Land use / coastal habitats (class codes, reference grid)</source>
      <translation>土地利用 / 海岸生境（地类代码，参考栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Land use / land cover (class codes, reference grid)</source>
      <translation>土地利用/覆被（地类代码，参考格网）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Land use 2010 (三调 classes)</source>
      <translation>2010 年土地利用（三调分类）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Land use 2020 (三调 classes)</source>
      <translation>2020 年土地利用（三调分类）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Land use at the first date</source>
      <translation>第一期土地利用</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Land use at the first date (reference grid)</source>
      <translation>第一期土地利用（参考栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Land use at the second date</source>
      <translation>第二期土地利用</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Land use of a second date (for the change)</source>
      <translation>第二期土地利用（用于变化分析）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Land use of a second date on the same codes; gives the change and the second-date columns.</source>
      <translation>同一代码体系的第二期土地利用；用于变化分析和第二期各列。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Land use or binary habitat raster</source>
      <translation>土地利用或二值生境栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Land use: 三调 parcels or land-use structure table</source>
      <translation>土地利用：三调地类图斑或土地利用现状结构表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Land-class code field</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Land-class code field (三调 DLBM). Default DLBM.</source>
      <translation>地类编码字段（三调 DLBM）。默认 DLBM。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetrics.py" />
      <source>Land-use / land-cover raster</source>
      <translation>土地利用/覆被栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetrics.py" />
      <source>Land-use / land-cover raster of class codes (e.g. 三调 codes); nodata cells are outside the landscape. Projected CRS: areas in hm², edges in m.</source>
      <translation>地类编码的土地利用/覆被栅格（如三调编码）；无数据像元不属于景观。需投影坐标系：面积单位 hm²，边长单位 m。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Land-use / land-cover raster with class codes (三调 for the default table); the reference grid.</source>
      <translation>地类编码的土地利用/覆被栅格（默认表采用三调编码），作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Land-use change</source>
      <translation>土地利用变化</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Land-use change (from · {} + to)</source>
      <translation>土地利用变化（原地类 · {} + 新地类）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Land-use code</source>
      <translation>地类代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Land-use codes counted as forest for the forest coverage. Default 301-305 (三调 乔木林地, 竹林地, 红树林地, 森林沼泽, 灌木林地); check the statistical basis (统计口径) your plan uses.</source>
      <translation>计入森林覆盖率的地类编码。默认 301-305（三调乔木林地、竹林地、红树林地、森林沼泽、灌木林地）；请按规划采用的统计口径调整。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Land-use codes counted as wetland for the wetland protection rate. Default the 三调 wetland classes (303, 304, 306, 402, 1105, 1106, 1108).</source>
      <translation>计入湿地保护率的地类编码。默认为三调湿地类（303、304、306、402、1105、1106、1108）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Land-use codes left out of the land area (e.g. sea). Nodata cells are never counted.</source>
      <translation>不计入国土面积的地类代码（如海域）。无数据像元始终不计。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Land-use codes: {}</source>
      <translation>地类代码：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Land-use dynamic degree</source>
      <translation>土地利用动态度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Land-use or coastal-habitat raster with class codes (三调 codes plus 9001 seagrass, 9002 coral reef, 9003 salt marsh); the reference grid. Nodata stays nodata.</source>
      <translation>地类编码的土地利用或海岸生境栅格（三调编码，另加 9001 海草床、9002 珊瑚礁、9003 盐沼），作为参考格网。无数据仍为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_landscape.py" />
      <source>Land-use raster</source>
      <translation>土地利用栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Land-use raster (三调 class codes) or a binary habitat raster. Nodata cells become class 129 (missing).</source>
      <translation>土地利用栅格（三调地类编码）或二值生境栅格。无数据像元归为 129（缺失）类。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Land-use raster for forest coverage and the wetland protection rate.</source>
      <translation>用于计算森林覆盖率和湿地保护率的土地利用栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Land-use raster in the plugin's integer 三调 codes (0101 -&gt; 101, 0305 -&gt; 305, H and K codes as documented in docs/DLTB.md), the dominant class by area in each cell, styled with the 三调 colours and Chinese names; 0 = nodata.</source>
      <translation>采用插件整数三调编码的土地利用栅格（0101 -&gt; 101，0305 -&gt; 305，H 码和 K 码见 docs/DLTB.md），每个像元取面积占优的地类，按三调配色和中文名称设置样式；0 为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Land-use raster of the first date (class codes, e.g. 三调); the reference grid.</source>
      <translation>第一期土地利用栅格（地类编码，如三调），作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Land-use raster of the second date, same coding; resampled by nearest neighbour to the first date's grid if needed.</source>
      <translation>第二期土地利用栅格，编码体系相同；必要时按最邻近法重采样到第一期格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Land-use raster with class codes (三调 codes for the default ranks); the reference grid.</source>
      <translation>土地利用栅格（地类代码，默认等级按三调代码）；作为参考网格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Land-use raster with class codes (三调 codes for the default table); the reference grid of the output. Nodata stays nodata; a code missing from the table is an error.</source>
      <translation>地类编码土地利用栅格（默认表采用三调编码），作为输出的参考格网。无数据仍为无数据；表中缺少的地类编码将报错。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Land-use raster with class codes (三调 codes for the default tables); the reference grid. Threat sources are the cells of the threat table's source classes.</source>
      <translation>地类编码的土地利用栅格（默认表采用三调编码），作为参考格网。威胁源为威胁表中所列威胁源地类的像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Land-use raster with class codes (三调 for the default table); the reference grid.</source>
      <translation>地类编码的土地利用栅格（默认表采用三调编码），作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Land-use raster with class codes (三调 for the default tables), for the C and P factors.</source>
      <translation>地类编码的土地利用栅格（默认表采用三调编码），用于确定 C 和 P 因子。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Land-use raster with class codes (三调 integer codes or the Demo County ecosystem sub-classes); the reference grid. Its nodata (and 0) cells get no value.</source>
      <translation>土地利用栅格（三调整数代码或示例县生态系统亚类代码）；作为参考网格。无数据（及 0）像元不计价值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Land-use raster with 三调 codes (bare rock, water and the surroundings); the reference grid.</source>
      <translation>三调代码的土地利用栅格（用于裸岩、水面和周边用地）；作为参考网格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Land-use structure table</source>
      <translation>土地利用现状结构表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Land-use structure table (土地利用现状结构表)</source>
      <translation>土地利用现状结构表 (Land-use structure table)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Land-use table</source>
      <translation>土地利用对照表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Land-use transition matrix and dynamic degree (土地利用转移矩阵与动态度)</source>
      <translation>土地利用转移矩阵与动态度 (Land-use transition matrix and dynamic degree)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Landsat 5 TM</source>
      <translation>Landsat 5 TM</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Landsat 8/9 OLI</source>
      <translation>Landsat 8/9 OLI</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Landscape area A_L (hm²; 0 = automatic)</source>
      <translation>景观面积 A_L（hm²；0 = 自动）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Landscape connectivity (IIC, PC)</source>
      <translation>景观连通性（IIC、PC）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Landscape ecological risk (景观生态风险评价图)</source>
      <translation>景观生态风险评价图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Landscape ecological risk grade</source>
      <translation>景观生态风险等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Landscape ecological risk index</source>
      <translation>景观生态风险指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Landscape ecological risk index (景观生态风险评价)</source>
      <translation>景观生态风险评价 (Landscape ecological risk index)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Landscape ecological risk index on a grid of square risk cells: ERI_k = Σ_i (A_ki / A_k) · R_i, A_ki the area of land-use class i in risk cell k. The class loss R_i = E_i · F_i: disturbance E_i = a·C_i + b·N_i + c·D_i (by default C, N and D are each first divided by their largest class value, so that the weights compare like with like; untick to use the raw indices) from fragmentation C_i = n_i / A_i, isolation N_i = (A / 2A_i)·√(n_i / A) and dominance D_i = (Q_i + M_i)/4 + L_i/2 (n_i patches of class i, 8-connected; areas in km²; Q_i share of risk cells holding class i, M_i share of patches, L_i share of area), a, b, c default 0.5, 0.3, 0.2; vulnerability F_i = rank / largest rank from the editable rank table (default: built land 1, forest 2, plantation and grassland 3, cropland 4, water and wetland 5, bare land 6 - the ranking common in Chinese studies, a plugin default). This is the landscape-loss index of Chinese landscape ecological risk studies (e.g. 谢花林 2008; cited from secondary sources, not checked against the original). Risk-cell size: the usual rule is an area of 2-5 times the mean patch area (logged); studies of counties often use 1-3 km. Risk cells with less than the minimum share of their area inside the study area are left out. The surface is a bilinear interpolation of the risk-cell values at their centres (empty risk cells first take the nearest value): a documented simpler substitute for the ordinary kriging of many studies, exact at the centres, without a kriging variance. Five grades by natural breaks (Jenks) of the risk-cell values. The land use is read by row bands (patches that cross two bands are joined), so memory follows a band and the number of patches, not the raster.</source>
      <translation>在方形风险小区格网上计算景观生态风险指数：ERI_k = Σ_i (A_ki / A_k) · R_i，A_ki 为风险小区 k 内地类 i 的面积。地类损失度 R_i = E_i · F_i：干扰度 E_i = a·C_i + b·N_i + c·D_i（默认先将 C、N、D 分别除以各地类中的最大值，使权重可比；取消勾选则用原始指数），其中破碎度 C_i = n_i / A_i，分离度 N_i = (A / 2A_i)·√(n_i / A)，优势度 D_i = (Q_i + M_i)/4 + L_i/2（n_i 为地类 i 的斑块数，8 邻域；面积单位 km²；Q_i 为含地类 i 的风险小区比例，M_i 为斑块数比例，L_i 为面积比例），a、b、c 默认 0.5、0.3、0.2；脆弱度 F_i = 等级 / 最大等级，取自可编辑的等级表（默认：建设用地 1、林地 2、园地与草地 3、耕地 4、水域与湿地 5、裸地 6——国内研究常用的排序，插件默认值）。这是国内景观生态风险研究常用的景观损失度指数（如谢花林 2008；转引自二手文献，未与原文核对）。风险小区大小：常用规则为平均斑块面积的 2-5 倍（写入日志）；县域研究常用 1-3 km。位于研究区内面积比例低于下限的风险小区不参与计算。风险面为风险小区中心值的双线性插值（空的风险小区先取最近值）：这是对许多研究所用普通克里金插值的有说明的简化替代，在中心点处精确，但不提供克里金方差。按风险小区值的自然断点（Jenks）分为五级。土地利用栅格按行分块读取（跨块的斑块会被合并计数），内存取决于分块大小与斑块数量，而非整幅栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Landscape indices per class</source>
      <translation>各地类景观指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetrics.py" />
      <source>Landscape metrics table</source>
      <translation>景观格局指数表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Landscape pattern metrics in a moving window (移动窗口景观格局指数)</source>
      <translation>移动窗口景观格局指数 (Landscape pattern metrics in a moving window)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>Landscape pattern metrics per zone (分区景观格局指数)</source>
      <translation>分区景观格局指数 (Landscape pattern metrics per zone)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetrics.py" />
      <source>Landscape pattern metrics, FRAGSTATS (景观格局指数)</source>
      <translation>景观格局指数 (Landscape pattern metrics, FRAGSTATS)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Landward distance (m) over which a protecting cell protects the land behind it. Default 1000 m, the plugin's own value (METHODS.md §1, not verified against a standard).</source>
      <translation>防护像元向陆一侧的防护距离（米）。默认 1000 m，为插件自定值（METHODS.md §1，未与标准核对）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Largest coefficient of sensitivity: {:.3f}</source>
      <translation>最大敏感性指数：{:.3f}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Largest error allowed on dPC, its fractions and PC (e.g. 0.0001): paths whose maximum product probability is too small to matter are left out, which makes thousands of patches tractable. 0 = exact (every path).</source>
      <translation>dPC、其各分项及 PC 允许的最大误差（如 0.0001）：最大乘积概率小到无关紧要的路径将被忽略，使数千个斑块的计算可行。0 = 精确（计算所有路径）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Largest radius; radii go from the minimum to the maximum by the step.</source>
      <translation>最大半径；半径从最小值按步长增加到最大值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Largest slope (degrees) for reclamation to farmland. Default 15°, after the rules of TD/T 1036-2013 (土地复垦质量控制标准) as summarised in METHODS.md §4; the value was not verified against the standard's tables.</source>
      <translation>复垦为耕地的最大坡度（度）。默认 15°，参照《土地复垦质量控制标准》（TD/T 1036-2013）的规则（见 METHODS.md §4）；该值未与标准中的表格核对。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Largest slope (degrees) for reuse as construction land. Default 15°, the plugin's own value.</source>
      <translation>再利用为建设用地的最大坡度（度）。默认 15°，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Layer {} has no projected CRS: MJ (hm²) needs areas in metres. Give a target EPSG to reproject (e.g. 4546).</source>
      <translation>图层 {} 没有投影坐标系：面积 MJ（公顷）需按米计算。请给出目标 EPSG 进行投影转换（如 4546）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Layer(s) {} are not in the GeoPackage.</source>
      <translation>GeoPackage 中没有图层 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Layer(s) {} are not in the schema: give plugin layer names (e.g. problem_patches) or standard names (e.g. STWTTB).</source>
      <translation>图层 {} 不在数据库规范中：请给出插件图层名（如 problem_patches）或规范图层名（如 STWTTB）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Layers checked</source>
      <translation>检查图层数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Layers to export (comma-separated; empty = all)</source>
      <translation>导出图层（逗号分隔；留空 = 全部）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Layers written</source>
      <translation>写出图层数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Layout of the current project to use as template</source>
      <translation>用作模板的当前工程布局</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Layout of this project</source>
      <translation>本工程中的打印版式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/loading.py" />
      <source>Layout template '{}' cannot be read: {}</source>
      <translation>无法读取布局模板“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/loading.py" />
      <source>Layout template '{}' not found.</source>
      <translation>未找到布局模板“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Layout template (.qpt)</source>
      <translation>布局模板（.qpt）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Layout template file (.qpt)</source>
      <translation>版式模板文件（.qpt）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Least soil thickness (cm) for reclamation to farmland. Default 40 cm, after TD/T 1036-2013 style rules; not verified against the standard's tables.</source>
      <translation>复垦为耕地的最小土层厚度（cm）。默认 40 cm，参照 TD/T 1036-2013 的规则；未与标准中的表格核对。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Least-cost corridors (最小成本廊道)</source>
      <translation>最小成本廊道 (Least-cost corridors)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Least-cost corridors between ecological sources after Linkage Mapper (McRae &amp; Kavanagh 2011; METHODS.md §2) with the cost distances of GRASS r.cost (Knaapen et al. 1992 MCR). Source pairs: those whose cost-allocation zones touch (adjacent, default) or all pairs; pairs whose least-cost distance exceeds the cap are dropped. For each pair: cost-weighted distance (CWD) from each source, least-cost distance lcd (resistance × m), least-cost path (a line from source to source, cell centres), its length length_m, the edge-to-edge Euclidean distance and the ratios cwd_euclid = lcd / Euclidean and lcp_euclid = length / Euclidean (empty when the sources touch). Normalized corridor raster = min over pairs of CWD_A + CWD_B − lcd (0 on the paths). Corridor polygons: cells with normalized value ≤ the width cut-off (cost units; 0 = the path cells only). The resistance raster is the reference grid, projected CRS required. The cost distance from each source is kept as a temporary file in the output's folder (8 bytes a cell a source, removed at the end), so memory does not grow with the number of sources.</source>
      <translation>按 Linkage Mapper（McRae 与 Kavanagh 2011；METHODS.md §2）方法提取生态源地之间的最小成本廊道，成本距离采用 GRASS r.cost（Knaapen 等 1992 MCR）。源地对：成本分配区相接的源地对（相邻，默认）或所有源地对；最小成本距离超过上限的源地对被剔除。每对源地计算：各源地的成本加权距离（CWD）、最小成本距离 lcd（阻力 × m）、最小成本路径（源地到源地的线，经过像元中心）、路径长度 length_m、边缘到边缘的欧氏距离，以及比值 cwd_euclid = lcd / 欧氏距离和 lcp_euclid = 长度 / 欧氏距离（源地相接时为空）。标准化廊道栅格 = 各源地对 CWD_A + CWD_B − lcd 的最小值（路径上为 0）。廊道面：标准化值 ≤ 宽度阈值的像元（成本单位；0 = 仅路径像元）。阻力栅格为参考格网，需要投影坐标系。各生态源地的累积阻力以临时文件形式保存在输出文件夹中（每个源地每个栅格 8 字节，运行结束后删除），因此内存不随源地数量增加。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Least-cost paths</source>
      <translation>最小成本路径</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Least-cost paths as lines, one per source pair, with from_id, to_id, lcd (resistance × m), length_m and the CWD:Euclidean and LCP:Euclidean ratios.</source>
      <translation>最小成本路径线图层，每个源地对一条，字段 from_id、to_id、lcd（阻力 × 米）、length_m 以及成本距离与欧氏距离之比、路径长度与欧氏距离之比。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Leave out (nodata, not counted)</source>
      <translation>剔除（无数据，不统计）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Lengths (km) by scope (mainland / island), township and class.</source>
      <translation>按范围（大陆 / 海岛）、乡镇和类型统计的长度（千米）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_vulnerability.py" />
      <source>Levels</source>
      <translation>分级数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Light</source>
      <translation>轻度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Linear</source>
      <translation>线性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Linear solver</source>
      <translation>线性求解器</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Linear solver. Automatic (default): direct sparse LU up to 50,000 nodes; larger systems a CHOLMOD sparse Cholesky factorisation when scikit-sparse is installed and the factor is estimated to fit in half the available memory (fastest: one factorisation serves every pair), else pyamg smoothed-aggregation preconditioned CG. AMG-CG: always the iterative solver (least memory). Direct: always a sparse factorisation (CHOLMOD above 50,000 nodes when installed, else SuperLU LU; exact to rounding; memory grows quickly above ~1 million cells). Whatever the choice, every solve is checked (relative residual ≤ 1e-8, or backward error ≤ 1e-13); an iterative solve that misses it is continued with a 100× tighter tolerance, then replaced by a direct solve with iterative refinement, and the largest residual is written to the log. Pairwise mode grounds each connected part at its best-conducting focal node, which keeps resistances spanning 1 to 1e8 accurate (issue 19).</source>
      <translation>线性求解器。自动（默认）：节点数不超过 50,000 时用稀疏 LU 直接法；更大的方程组在已安装 scikit-sparse 且估计分解因子可放入可用内存一半时用 CHOLMOD 稀疏 Cholesky 分解（最快：一次分解供所有节点对使用），否则用 pyamg 光滑聚集代数多重网格预条件共轭梯度法（AMG-CG）。AMG-CG：始终使用迭代法（内存最省）。直接法：始终使用稀疏分解（已安装时 50,000 个节点以上用 CHOLMOD，否则用 SuperLU 的 LU 分解；精确到舍入误差；超过约 100 万个像元时内存增长很快）。无论选哪种，每次求解都会校核（相对残差 ≤ 1e-8，或后向误差 ≤ 1e-13）；迭代法未达到时先以收紧 100 倍的容差继续迭代，再改用带迭代精化的直接法，最大残差写入日志。成对模式在每个连通部分选导电性最好的焦点节点接地，使阻力值跨越 1 到 1e8 时有效电阻仍然准确（issue 19）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Lines with the ids of the two sources they join and a weight (resistance).</source>
      <translation>带有所连接两个源地编号和权重（电阻）的线。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>List the shore types counted as natural.</source>
      <translation>请列出计为自然岸线的岸线类型。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Load</source>
      <translation>载入</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>Loaded {0} indicators from {1}.</source>
      <translation>已从 {1} 载入 {0} 项指标。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>Loaded {} indicators from the QGIS project.</source>
      <translation>已从 QGIS 工程载入 {} 项指标。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Location map (区位图)</source>
      <translation>区位图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Loop (环道区)</source>
      <translation>环道区 (Loop)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Loss polygons smaller than this (ha) are left out. Default 0 (keep all).</source>
      <translation>小于此面积（公顷）的损失图斑不输出。默认 0（全部保留）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Loss thresholds</source>
      <translation>损失阈值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Loss thresholds for light, moderate, severe (comma separated)</source>
      <translation>轻度、中度、重度退化的损失阈值（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Low-quality forest (forest quality improvement)</source>
      <translation>低质低效林（森林质量提升）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Lower-level units (polygons)</source>
      <translation>下级单元（面）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Lowest degradation degree counted as damaged space. Default light (轻度): cells 未退化 get 0. The plugin's own default (METHODS.md §1.4).</source>
      <translation>计入受损空间的最低退化程度。默认“轻度”：未退化像元取 0。为插件自定默认值（METHODS.md §1.4）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>MNDWI threshold of water</source>
      <translation>水体 MNDWI 阈值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>MSPA class raster with GuidosToolbox codes (core 17, islet 9, edge 3, perforation 5, bridge 33, loop 65, branch 1, background 0, missing 129), styled.</source>
      <translation>MSPA 分类栅格，采用 GuidosToolbox 编码（核心区 17、孤岛 9、边缘 3、孔隙 5、桥接区 33、环道 65、支线 1、背景 0、缺失 129），已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>MSPA class {}: {:.0f} cells</source>
      <translation>MSPA 类型 {}：{:.0f} 个像元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>MSPA class {}: {:.4g} hm²</source>
      <translation>MSPA 类型 {}：{:.4g} hm²</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>MSPA classes</source>
      <translation>MSPA 类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>MSPA,GuidosToolbox,core,bridge,ecological source,形态学空间格局分析,核心区,生态源地</source>
      <translation>形态学空间格局分析,核心区,桥接区,生态源地,MSPA,GuidosToolbox,core,bridge</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Main measures</source>
      <translation>主要措施</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Main problems</source>
      <translation>主要问题</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Makes the sea planning units - one per sea-use function zone (海洋功能区) or the cells of a square grid clipped to the sea polygons - and writes them beside the land units (field domain 陆域 / 海域), so that restoration zoning, priority and the project library can take land and sea units in one layer. Sea units that overlap land units by more than the tolerance are refused (fix the sea or land polygons). For every sea unit it collects the marine restoration projects from the candidate layers - mangrove (红树林营造与修复), seagrass (海草床修复), coral reef (珊瑚礁修复), habitat losses to aquaculture (退养还湿), islands (海岛生态修复) by area (hm²), and the shoreline by length (km): artificial shore -&gt; 岸线整治, sandy shore -&gt; 沙滩修复 - and costs them with the unit-cost table of the eight marine project types (海岸带生态修复, 红树林营造与修复, 海草床修复, 珊瑚礁修复, 沙滩修复, 岸线整治, 退养还湿, 海岛生态修复). A candidate or shoreline outside every sea unit goes to the nearest one. The default unit costs are the plugin's illustrative values, NOT from a standard or a price list: replace them by the local 估算指标.</source>
      <translation>生成海域规划单元——每个海洋功能区一个单元，或按海域面裁切的方形格网——并与陆域单元一并输出（字段 domain 为 陆域 / 海域），使修复分区、优先级和项目库可以在同一图层中处理陆域和海域单元。与陆域单元重叠超过容许值的海域单元将被拒绝（请修正海域或陆域面）。对每个海域单元，从候选图层汇总海洋生态修复项目——红树林（红树林营造与修复）、海草床（海草床修复）、珊瑚礁（珊瑚礁修复）、转为养殖的生境（退养还湿）、海岛（海岛生态修复）按面积（公顷），岸线按长度（千米）：人工岸线 -&gt; 岸线整治，砂质岸线 -&gt; 沙滩修复——并按八类海洋修复项目（海岸带生态修复、红树林营造与修复、海草床修复、珊瑚礁修复、沙滩修复、岸线整治、退养还湿、海岛生态修复）的单价表估算费用。不在任何海域单元内的候选区或岸线归入最近的单元。默认单价为本插件的示意值，并非出自标准或价格清单：请替换为当地估算指标。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Mangrove (红树林)</source>
      <translation>红树林 (Mangrove)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Mangrove (红树林) or seagrass (海草床): selects the rows of the rule tables.</source>
      <translation>红树林或海草床：选择规则表中对应的行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Mangrove and seagrass restoration suitability (红树林海草床修复适宜性)</source>
      <translation>红树林海草床修复适宜性 (Mangrove and seagrass restoration suitability)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Mangrove candidates</source>
      <translation>红树林修复候选区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Mangrove restoration candidates (polygons, e.g. from the suitability algorithm).</source>
      <translation>红树林修复候选区（面，如适宜性算法的输出）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Map '{}' skipped: layer(s) {} missing.</source>
      <translation>图件“{}”已跳过：缺少图层 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Map '{}': layer(s) {} missing, drawn without them.</source>
      <translation>图件“{}”：缺少图层 {}，不含这些图层绘制。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Map to the class below</source>
      <translation>归入下方的地类</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Maps</source>
      <translation>图件</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Maps to include (default: all). Pages follow the order of METHODS.md section 6 whatever the order chosen here.</source>
      <translation>要包含的图件（默认：全部）。无论此处选择顺序如何，页面均按 METHODS.md 第 6 节顺序排列。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Marginal from</source>
      <translation>较适宜 下限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Marginal to</source>
      <translation>较适宜 上限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Marine ecological protection and restoration (海洋生态保护修复布局图)</source>
      <translation>海洋生态保护修复布局图 (Marine ecological protection and restoration)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Marine ecosystem health</source>
      <translation>海洋生态健康</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Marine ecosystem health (近岸海洋生态健康评价)</source>
      <translation>近岸海洋生态健康评价 (Marine ecosystem health)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_sea.py" />
      <source>Marine health stations</source>
      <translation>海洋生态健康站位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Marine health stations (ceh)</source>
      <translation>海洋生态健康站位（ceh）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_sea.py" />
      <source>Marine health stations: field '{}' not found (the stations output of 'Marine ecosystem health' has 'ceh').</source>
      <translation>海洋生态健康站位：未找到字段“{}”（“近岸海洋生态健康评价”的站位输出含 ceh 字段）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_sea.py" />
      <source>Marine health stations: no station has a value in '{}'.</source>
      <translation>海洋生态健康站位：没有站位在“{}”中有值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Marine project types and unit costs</source>
      <translation>海洋修复项目类型与单价</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Marine project types and unit costs: the types {} are missing; keep the eight codes 1-8.</source>
      <translation>海洋修复项目类型与单价：缺少类型 {}；请保留代码 1-8 共八类。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Marine project types and unit costs: the unit cost of {} is negative.</source>
      <translation>海洋修复项目类型与单价：{} 的单价为负。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Marine project types: code, name, unit (hm² or km) and unit cost (万元 per unit). The default unit costs are illustrative, see the help.</source>
      <translation>海洋修复项目类型：代码、名称、单位（公顷或千米）和单价（万元/单位）。默认单价为示意值，见帮助。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Marine projects by unit</source>
      <translation>按单元的海洋修复项目</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Marine projects by unit (海洋生态修复项目)</source>
      <translation>海洋生态修复项目（按单元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Marine projects: the sea unit '{}' is not in the land and sea units.</source>
      <translation>海洋修复项目：海域单元“{}”不在陆海规划单元中。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Marine projects: the type '{}' is not in the project-type table; add a row with this name.</source>
      <translation>海洋修复项目：类型“{}”不在项目类型表中；请添加该名称的一行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Max distance (km)</source>
      <translation>距离 km</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Maximum</source>
      <translation>最大值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Maximum cost (0 = no limit)</source>
      <translation>最大成本（0 = 不限）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Maximum current</source>
      <translation>最大电流</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Maximum current (A)</source>
      <translation>最大电流（A）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/_sources.py" />
      <source>Maximum least-cost distance (0 = no cap)</source>
      <translation>最大最小成本距离（0 = 不设上限）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Maximum window radius (m)</source>
      <translation>最大窗口半径（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Maximum: the best pair at each cell (Barrier Mapper). Sum: the benefit to all pairs.</source>
      <translation>最大值：每个像元取最佳源地对（Barrier Mapper）。总和：对所有源地对的收益之和。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Mean</source>
      <translation>均值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Mean RSEI: {:.4f}</source>
      <translation>RSEI 均值：{:.4f}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Mean annual actual evapotranspiration ET in mm; resampled to the land-use grid if needed.</source>
      <translation>多年平均实际蒸散发量 ET（mm）；必要时重采样到土地利用格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Mean annual precipitation F_pre (mm)</source>
      <translation>多年平均降水量 F_pre（mm）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Mean annual precipitation F_pre (mm), for water conservation and biodiversity.</source>
      <translation>多年平均降水量 F_pre（mm），用于水源涵养和生物多样性维护。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Mean annual precipitation P in mm; resampled to the land-use grid if needed.</source>
      <translation>多年平均降水量 P（mm）；必要时重采样到土地利用格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Mean annual temperature F_tem (°C)</source>
      <translation>多年平均气温 F_tem（°C）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Mean annual temperature F_tem (°C), for biodiversity maintenance.</source>
      <translation>多年平均气温 F_tem（°C），用于生物多样性维护。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Mean category indices and CEH by ecosystem, with the grade of the mean CEH.</source>
      <translation>按生态系统统计的类别指数和 CEH 均值，及均值 CEH 的等级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Mean conserved soil {:.4g}, mean actual soil loss {:.4g} t/(hm²·a)</source>
      <translation>平均土壤保持量 {:.4g}，平均实际侵蚀量 {:.4g} t/(hm²·a)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Mean of table and entropy weights</source>
      <translation>表中权重与熵权的平均</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Mean of {} over the study area: {:.4g}</source>
      <translation>研究区 {} 均值：{:.4g}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Mean patch area {:.2f} hm²: risk cells of {:.0f}-{:.0f} m follow the 2-5 × rule; used {:.0f} m ({} risk cells).</source>
      <translation>平均斑块面积 {:.2f} hm²：按 2-5 倍规则风险小区边长宜为 {:.0f}-{:.0f} m；实际采用 {:.0f} m（{} 个风险小区）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Mean service index {:.4g} over {} cells</source>
      <translation>服务指数均值 {:.4g}（{} 个像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Mean slope ≤ (°)</source>
      <translation>坡度 ≤ °</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Mean slope ≥ (°)</source>
      <translation>坡度 ≥ °</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Median</source>
      <translation>中位数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/memory_budget.py" />
      <source>Memory: about {0:.1f} GB for {1:,} features (about {2} bytes each){3}.</source>
      <translation>内存：{1:,} 个要素约需 {0:.1f} GB（每个约 {2} 字节）{3}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/memory_budget.py" />
      <source>Memory: about {0:.1f} GB for {1:.1f} M cells (about {2} bytes per cell){3}.</source>
      <translation>内存：{1:.1f} 百万个像元约需 {0:.1f} GB（每像元约 {2} 字节）{3}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Merge distance for fragmentation after (m)</source>
      <translation>整治后破碎度的合并距离（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Messages of the atlas algorithm appear here.</source>
      <translation>图集算法的运行信息显示在这里。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Metres</source>
      <translation>米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Metric</source>
      <translation>指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Metric raster</source>
      <translation>指数栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>Metrics per zone (table)</source>
      <translation>分区指数（表）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Min and max for normalising the condition, comma separated (e.g. 0, 1 for FVC). Empty: the minimum and maximum over the area.</source>
      <translation>植被状况归一化所用的最小值和最大值，逗号分隔（如 FVC 取 0, 1）。留空：取研究区内的最小值和最大值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Min-max normalise every factor to 0-1 over its valid cells, as the guide requires (default). Uncheck only when the factors already are 0-1.</source>
      <translation>将各因子在有效像元范围内按最小-最大值归一化到 0-1，与指南要求一致（默认）。仅当因子已为 0-1 时取消勾选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Mine id field</source>
      <translation>矿山编号字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Mine patches with restoration direction and mode</source>
      <translation>矿山图斑修复方向与模式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Mine patches with their factors, restoration direction, mode and the rule that decided them.</source>
      <translation>矿山图斑及其评价因子、修复方向、修复模式和所依据的规则。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Mine restoration direction</source>
      <translation>矿山修复方向</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Mine restoration summary</source>
      <translation>矿山生态修复汇总</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Minimum candidate area (ha)</source>
      <translation>候选图斑最小面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Minimum cumulative resistance (MCR) to the nearest source, in resistance × metres; 0 on the sources, nodata on barriers. Written as Float64 (the precision of the computation and of GRASS r.cost's DCELL output) unless the Float32 option is checked.</source>
      <translation>到最近源地的最小累积阻力（MCR），单位为阻力 × 米；源地处为 0，障碍处为无数据。以 Float64 写出（与计算精度及 GRASS r.cost 的 DCELL 输出一致），勾选 Float32 选项时除外。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Minimum loss polygon area (ha)</source>
      <translation>损失图斑最小面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Minimum new farmland (% of existing farmland)</source>
      <translation>新增耕地最低比例（占现状耕地的 %）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Minimum patch area (hm²)</source>
      <translation>最小图斑面积（公顷）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Minimum share of a risk cell inside the study area</source>
      <translation>风险小区位于研究区内的最小面积比例</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Minimum share of valid cells in the window</source>
      <translation>窗口内有效像元的最小占比</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Minimum window radius (m)</source>
      <translation>最小窗口半径（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Minimum zone area (km²)</source>
      <translation>最小分区面积（km²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Missing (无数据)</source>
      <translation>无数据 (Missing)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Mix weight of the area</source>
      <translation>混合权重：面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Mix weight of the current value</source>
      <translation>混合权重：现状值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Mix weight of the potential</source>
      <translation>混合权重：修复潜力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Mode</source>
      <translation>模式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Mode (1-4)</source>
      <translation>修复模式（1-4）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Mode override by land-use class</source>
      <translation>按地类指定修复模式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Mode override table</source>
      <translation>修复模式指定表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Moderate</source>
      <translation>中度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Monitoring stations</source>
      <translation>监测站位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Monitoring stations (points) or a table: one feature per station or ecosystem.</source>
      <translation>监测站位（点）或表格：每个站位或生态系统一个要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Months (1-12) of the warm season, comma separated. Default 5-9 (May to September), as in 章文波 et al. 2002.</source>
      <translation>暖季月份（1-12），逗号分隔。默认 5-9 月，与章文波等（2002）一致。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>More than 200 radii: use a larger radius step.</source>
      <translation>半径超过 200 个：请使用更大的半径步长。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Morphological Spatial Pattern Analysis (Soille &amp; Vogt 2009, Pattern Recognition Letters 30: 456-459; GuidosToolbox, Vogt &amp; Riitters 2017; METHODS.md §2) of the foreground (habitat): cells of the given land-use classes, or nonzero cells of a binary raster when no class is given. Classes with GuidosToolbox codes: core 17 (farther than the edge width from background), islet 9 (patches without core), edge 3 and perforation 5 (boundary zones to the outer background and to holes), bridge 33 (connects two cores), loop 65 (connects one core to itself), branch 1, background 0, missing 129 (nodata). Edge width in cells; foreground connectivity 8 or 4. Simplification: a side branch off a bridge or loop takes its class. Core areas of large size are the usual candidates for ecological sources.</source>
      <translation>对前景（生境）进行形态学空间格局分析（Soille 与 Vogt 2009，Pattern Recognition Letters 30: 456-459；GuidosToolbox，Vogt 与 Riitters 2017；METHODS.md §2）：前景为所给地类的像元，未给地类时为二值栅格的非零像元。类型采用 GuidosToolbox 代码：核心区 17（距背景超过边缘宽度）、孤岛 9（无核心区的斑块）、边缘 3 和孔隙 5（与外部背景及内部孔洞相邻的边界带）、桥接区 33（连接两个核心区）、环道区 65（连接同一核心区）、支线 1、背景 0、无数据 129。边缘宽度以像元计；前景连通性为 8 或 4。简化：桥接区或环道区上的侧支取其类型。面积较大的核心区通常作为生态源地的候选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Morphological segmentation…</source>
      <translation>正在进行形态学分割…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Morphological spatial pattern analysis, MSPA (形态学空间格局分析)</source>
      <translation>形态学空间格局分析 (Morphological spatial pattern analysis, MSPA)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Moving cells between classes to keep their areas</source>
      <translation>在地类间调整栅格以保持其面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Moving window, radius {} cells…</source>
      <translation>移动窗口，半径 {} 个像元…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Multi-band surface-reflectance raster (e.g. Landsat Level-2); the reference grid.</source>
      <translation>多波段地表反射率栅格（如 Landsat Level-2）；作为参考网格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Multiplier turning stored values into reflectance (1 for reflectance; 0.0001 for values × 10000).</source>
      <translation>将存储值换算为反射率的乘数（反射率本身为 1；存储为 ×10000 时为 0.0001）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>N, S, E, W neighbours only; otherwise 8 neighbours.</source>
      <translation>仅北、南、东、西邻域；否则为 8 邻域。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>N: each cell is burnt as N x N sub-cells and takes the class with the largest area; 1 = the class at the cell centre.</source>
      <translation>N：每个像元按 N × N 个子像元栅格化，取面积最大的地类；1 = 像元中心点的地类。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>NPP</source>
      <translation>NPP</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>NPP for the spatial adjustment</source>
      <translation>用于空间修正的 NPP</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>NPP must be 0 or more</source>
      <translation>NPP 必须不小于 0</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>NPP, multi-year mean (reference grid)</source>
      <translation>NPP 多年平均值（参考栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>NPP,water conservation,soil conservation,windbreak,sand fixation,biodiversity,水源涵养,水土保持,防风固沙,生物多样性维护</source>
      <translation>NPP,水源涵养,水土保持,防风固沙,生物多样性维护,water conservation,soil conservation,windbreak,biodiversity</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Name field of the key-area polygons. Default zone_name; missing: the feature id.</source>
      <translation>重点区域面的名称字段。默认 zone_name；缺失时用要素编号。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Name of a print layout of the current project. It is cloned into a new layout for each map and never changed. Takes precedence over the template file.</source>
      <translation>当前工程中打印布局的名称。每幅图都复制为新布局，原布局绝不修改。优先于模板文件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Name of the planning region (e.g. 琼海市), written to XZQMC.</source>
      <translation>规划区域名称（如 琼海市），写入 XZQMC。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Natural breaks (Jenks)</source>
      <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Natural shoreline ratio</source>
      <translation>自然岸线保有率</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Natural shoreline retention</source>
      <translation>自然岸线保有率</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Natural shoreline score (0-1)</source>
      <translation>自然岸线得分（0-1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Natural shoreline: {} cells</source>
      <translation>自然岸线：{} 个像元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Natural suitability</source>
      <translation>自然适宜性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Natural suitability score of each unit (0-1, or a raw value with normalisation). Empty: the factor is left out and the weights of the others are rescaled.</source>
      <translation>各单元的自然适宜性得分（0-1，或勾选归一化时为原始值）。留空：不计该因子，其余因子权重重新按比例计算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Natural-shoreline field</source>
      <translation>自然岸线字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Nature reserves (自然保护地)</source>
      <translation>自然保护地 (Nature reserves)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Nature reserves and key habitats</source>
      <translation>自然保护地和重要栖息地</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Near distance for construction (m)</source>
      <translation>建设用地邻近距离（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Near-term projects (近期项目安排图)</source>
      <translation>近期项目安排图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Nearest threat source (InVEST 3.13 and later)</source>
      <translation>最近威胁源（InVEST 3.13 及以后）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Needs the Python package openpyxl (Debian: python3-openpyxl).</source>
      <translation>需要 Python 包 openpyxl（Debian：python3-openpyxl）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Net change (future − current), Mg C per cell; negative = loss.</source>
      <translation>净变化（未来 − 现状），Mg C/像元；负值表示减少。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Net change of carbon storage (Mg C per cell)</source>
      <translation>碳储量净变化（Mg C/像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Net farmland area in m²; empty: the planar area of the geometry.</source>
      <translation>耕地净面积（m²）；留空则使用几何图形的平面面积。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Net present value of the change (yuan per cell)</source>
      <translation>碳储量变化的净现值（元/像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Net present value of the change: {:.1f} yuan</source>
      <translation>碳储量变化的净现值：{:.1f} 元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Net present value of the net change, yuan per cell (needs a carbon price).</source>
      <translation>净变化的净现值，元/像元（需要碳价）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Net primary productivity, e.g. gC/(m²·a); the output has its grid.</source>
      <translation>植被净初级生产力，如 gC/(m²·a)；输出采用其栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Net primary productivity, gC/m²/a</source>
      <translation>植被净初级生产力（NPP），gC/m²/a</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Network structure (α, β, γ)</source>
      <translation>网络结构（α、β、γ）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Network structure table: V sources, L corridors and the α (circuitry), β (links per node) and γ (connectivity) indices (Forman 1995); α and γ need V ≥ 3.</source>
      <translation>网络结构表：源地数 V、廊道数 L 及 α（网络闭合度）、β（线点率）、γ（网络连接度）指数（Forman 1995）；α 和 γ 需 V ≥ 3。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>New construction land planned in the unit (e.g. relocation sites, mines restored to construction).</source>
      <translation>单元内规划新增的建设用地（如安置区、修复为建设用地的矿山）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>New farmland fields (hm²)</source>
      <translation>新增耕地字段（hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>New farmland from consolidating farmland patches (METHODS.md §4; TD/T 1012-2016). Ridges, ditches and field roads take a share ξ of the gross farmland; consolidation lowers it from ξ_now to ξ_after, so each patch of net farmland area S gains ΔS = S·(ξ_now − ξ_after)/(1 − ξ_now). ξ is tabulated by slope class (TD/T 1055 grades: 1 ≤2°, 2 2–6°, 3 6–15°, 4 15–25°, 5 &gt;25°); the default table holds typical values (not verified: use the province's 田坎系数 table). The slope field holds the class, or the slope in degrees (then graded). Area: the area field in m² (e.g. 三调 TBMJ) or the planar area of the geometry. Fragmentation: patch count and mean patch size per unit before, and after merging patches closer than the merge distance (they are separated only by ridges, ditches or field roads). Quality: with a grade field (耕地质量等别/等级, 1 = best), the grade after is max(grade − uplift, 1) and the area-weighted mean grade per unit is reported. Each patch goes to the unit holding most of its area. Outputs: patches, and units with totals in hm², 亩 and 万亩 (1 hm² = 15 亩, 1 万亩 = 10 000 亩); the field 'method' records the formula and coefficients. 三调 parcels (DLTB): with 'use the 三调 fields' on, the net area TBDLMJ is used when no area field is chosen, and the parcel's own 田坎系数 KCXS (or the chosen KCXS field) replaces ξ_now where present (as a share 0–1, or in % when above 1); ξ_after is then the smaller of the table value and KCXS.</source>
      <translation>计算耕地图斑整治的新增耕地（METHODS.md §4；TD/T 1012-2016）。田坎、沟渠和田间道路占毛耕地面积的比例为 ξ；整治使其由 ξ_now 降至 ξ_after，净耕地面积为 S 的图斑新增 ΔS = S·(ξ_now − ξ_after)/(1 − ξ_now)。ξ 按坡度级别列表（TD/T 1055 分级：1 ≤2°，2 2–6°，3 6–15°，4 15–25°，5 &gt;25°）；默认表为常用值（未经核对：请采用本省田坎系数表）。坡度字段为坡度级别，或以度表示的坡度（此时自动分级）。面积：面积字段（m²，如三调 TBMJ）或几何图形的平面面积。破碎度：各单元整治前的图斑数和平均图斑面积，以及将间距小于合并距离的图斑合并后（仅被田坎、沟渠或田间道路分隔）的相应数值。质量：如有等别字段（耕地质量等别/等级，1 为最好），整治后等别为 max(等别 − 提升值, 1)，并给出各单元面积加权平均等别。每个图斑归入面积占比最大的单元。输出：图斑，以及按 hm²、亩和万亩汇总的单元（1 hm² = 15 亩，1 万亩 = 10 000 亩）；字段 'method' 记录公式和系数。三调图斑（DLTB）：开启“使用三调字段”时，未选面积字段则采用图斑地类面积 TBDLMJ，图斑自身的田坎系数 KCXS（或所选 KCXS 字段）在有值处替代 ξ_now（0–1 的比例，大于 1 时按 % 计）；此时 ξ_after 取系数表值与 KCXS 中的较小者。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>New farmland from farmland consolidation: {:.2f} hm² ({:.2f} 万亩) on {:.2f} hm² of farmland.</source>
      <translation>耕地整治新增耕地：{:.2f} hm²（{:.2f} 万亩），涉及耕地 {:.2f} hm²。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>New farmland, all sources: {:.2f} hm² = {:.2f} 亩 = {:.4f} 万亩.</source>
      <translation>各来源新增耕地合计：{:.2f} hm² = {:.2f} 亩 = {:.4f} 万亩。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>No TrueType Chinese font ({}) is installed; using '{}'. The PDF may not be searchable: install one (Debian: apt-get install fonts-wqy-zenhei).</source>
      <translation>未安装 TrueType 中文字体（{}），改用“{}”。PDF 中的文字可能无法搜索：请安装其中一种（Debian：apt-get install fonts-wqy-zenhei）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>No base level was asked for (number of base zones 0 and no base field): the base-zone output is not written.</source>
      <translation>未要求基础分区（基础分区数为 0 且无基础分区字段）：不写出基础分区结果。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>No base_county layer: maps are drawn without the county outline.</source>
      <translation>缺少 base_county 图层：图件不绘制县域边界。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>No candidate project: the problem layers are empty or lie outside the priority units.</source>
      <translation>没有候选项目：问题图层为空或位于优先级单元之外。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>No cell has a value in every input: nothing to write.</source>
      <translation>没有在所有输入中都有值的像元：无可写出的结果。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>No cell has all three grades: the restoration mode is empty. Check that the rasters overlap.</source>
      <translation>没有像元同时具有三项等级：修复模式为空。请检查栅格是否重叠。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>No cell is covered by parcels for the largest part of its area: the grid does not overlap the parcels, or the cells are much larger than the parcels.</source>
      <translation>没有像元的大部分面积被图斑覆盖：格网与图斑不重叠，或像元远大于图斑。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>No cell is valid at both dates.</source>
      <translation>没有在两期均有效的像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>No conflict or buffer area in the region: the outputs are empty.</source>
      <translation>区域内没有冲突区或缓冲区：输出为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>No consolidation patches: the red-line rule is not checked.</source>
      <translation>未提供整治图斑：不校核生态保护红线。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>No current can flow: no part of the landscape holds both a source and a ground (check the source and ground rasters and the option for cells that are both).</source>
      <translation>没有电流可以流动：景观中没有任何连通部分同时含有电流源和接地（请检查电流源栅格、接地栅格以及两者皆有像元的处理选项）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>No damaged space in the region: the output is empty.</source>
      <translation>区域内没有受损空间：输出为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>No ecosystem field '{}': the stations form one group.</source>
      <translation>没有生态系统字段“{}”：全部站位作为一组。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>No existing stand in the habitat raster: distance is not scored.</source>
      <translation>生境栅格中没有现有群落：不评价距离因子。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>No foreground cell: check the class codes against the raster.</source>
      <translation>没有前景像元：请对照栅格检查地类代码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>No habitat cell: none of the raster's valid cells has the habitat values {}. Check the values (17 = MSPA core) against the raster.</source>
      <translation>没有生境像元：栅格的有效像元中没有生境值 {}。请对照栅格检查这些值（17 = MSPA 核心区）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>No habitat patch of at least {} hm² (largest: {:.4g} hm²). Lower the minimum area.</source>
      <translation>没有面积至少 {} hm² 的生境斑块（最大：{:.4g} hm²）。请降低最小面积。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>No habitat polygon of at least {} hm² (the layer has {} polygons). Lower the minimum area.</source>
      <translation>没有面积至少 {} hm² 的生境面（图层有 {} 个面）。请降低最小面积。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>No input for any rule: give a land-use raster, a soil loss raster, a coastline, the red line or restoration areas.</source>
      <translation>没有任何规则的输入：请给出土地利用栅格、土壤侵蚀量栅格、海岸线、生态保护红线或修复区域。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>No map is ticked: tick at least one map.</source>
      <translation>未勾选任何图件：请至少勾选一幅图。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>No map to preview: highlight or tick a map.</source>
      <translation>没有可预览的图件：请选中或勾选一幅图。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>No output PDF given.</source>
      <translation>未指定输出 PDF。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>No output path given for {}.</source>
      <translation>未给出 {} 的输出路径。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>No pair of sources is connected (check barriers and the cap).</source>
      <translation>没有连通的源地对（请检查障碍和上限）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>No parcel has a usable land-class code.</source>
      <translation>没有图斑带有可用的地类编码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>No preview: see the message above.</source>
      <translation>无法预览：原因见上方消息。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>No problems found.</source>
      <translation>未发现问题。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>No protecting ecosystem or natural shoreline was found: the value is 0 everywhere.</source>
      <translation>未找到防护性生态系统或自然岸线：各处取值均为 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>No red line layer: the red-line rule is not checked.</source>
      <translation>未提供生态保护红线图层：不校核生态保护红线。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>No sea unit has a value for every sea criterion.</source>
      <translation>没有海域单元具备全部海域评价因子的值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>No shoreline feature has one of the natural-shore values {} in field '{}': no natural shoreline is scored. Check the values.</source>
      <translation>没有岸线要素取自然岸线值 {}（字段“{}”）：未计入任何自然岸线。请检查这些值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>No source falls inside {} (CRS {}): check that the sources and the raster overlap and are really in the CRS they declare (and, for a raster, that source cells are nonzero).</source>
      <translation>没有源地落在{}内（坐标参考系 {}）：请检查源地与栅格是否重叠、二者是否确实处于其声明的坐标参考系中（若源地为栅格，还需检查源地像元是否非零）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>No source has dPC ≥ {} % (largest dPC: {:.4g} %). Lower the threshold.</source>
      <translation>没有 dPC ≥ {} % 的源地（最大 dPC：{:.4g} %）。请降低阈值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>No target has a source strength &gt; 0: check the source raster and threshold.</source>
      <translation>没有源强度 &gt; 0 的目标：请检查源强度栅格和阈值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>No unit has a value for every criterion.</source>
      <translation>没有单元具备全部评价因子的值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>No unit overlaps the importance raster (or every unit is smaller than a cell). Check that the units and the rasters cover the same area and CRS.</source>
      <translation>没有单元与重要性栅格重叠（或所有单元都小于一个像元）。请检查单元与栅格的范围和坐标参考系是否一致。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>No unit polygon covers a cell of the rasters.</source>
      <translation>没有单元面覆盖栅格像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>No zone overlaps the raster: check the zone layer's extent and CRS.</source>
      <translation>没有分区与栅格重叠：请检查分区图层的范围和坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Nodata (not assessed)</source>
      <translation>无数据（不参与评价）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>None of the GeoPackage's layers is in the schema: give the planning GeoPackage the plugin wrote, or a schema for its layers.</source>
      <translation>GeoPackage 中没有一个图层在数据库规范中：请给出插件写出的规划 GeoPackage，或适用于其图层的规范。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>None of the selected maps has its layers in '{}'; nothing to export.</source>
      <translation>所选图件在“{}”中均缺少图层，没有可导出的内容。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Normalise factor values by their maximum</source>
      <translation>按最大值归一化因子值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Normalise the factors to 0-1 (min-max)</source>
      <translation>将因子归一化到 0-1（最小-最大值法）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Normalised kernel convolution (InVEST 3.3-3.12)</source>
      <translation>归一化核卷积（InVEST 3.3-3.12）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Normalized current</source>
      <translation>标准化电流</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Normalized least-cost corridor</source>
      <translation>标准化最小成本廊道</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Normalized least-cost corridor (empty = computed here)</source>
      <translation>标准化最小成本廊道（为空 = 在此计算）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Normalized least-cost corridor raster: min over pairs of CWD_A + CWD_B − LCD (0 on the paths); the input of the pinch-point analysis.</source>
      <translation>归一化最小成本廊道栅格：各源地对 CWD_A + CWD_B − LCD 的最小值（路径上为 0），可作为“夹点”分析的输入。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Not available in this version of the atlas algorithm.</source>
      <translation>当前版本的图集算法不支持此项。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Not degraded (all cells)</source>
      <translation>未退化（全部像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/memory_budget.py" />
      <source>Not enough disk space: the cost distances from the sources are kept as temporary files in the output's folder '{0}' and need about {1:.1f} GB (8 bytes per cell per source), but only {2:.1f} GB is free there. Save the outputs on a disk with more free space, use fewer sources or a coarser cell size, or split the area.</source>
      <translation>磁盘空间不足：各生态源地的累积阻力以临时文件形式保存在输出文件夹“{0}”中，约需 {1:.1f} GB（每个源地每个栅格 8 字节），但该处仅有 {2:.1f} GB 可用。请将输出保存到剩余空间更大的磁盘，或减少源地数量、采用更粗的栅格分辨率，或分区计算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/memory_budget.py" />
      <source>Not enough disk space: {3} are kept as temporary files in the output's folder '{0}' and need about {1:.1f} GB (8 bytes per cell per source), but only {2:.1f} GB is free there. Save the outputs on a disk with more free space, use fewer sources or a coarser cell size, or split the area.</source>
      <translation>磁盘空间不足：{3}以临时文件形式保存在输出文件夹“{0}”中，约需 {1:.1f} GB（每个源地每个像元 8 字节），但该处仅有 {2:.1f} GB 可用。请将输出保存到可用空间更大的磁盘，减少源地数量或采用较粗的分辨率，或分区运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>Not enough memory for this input. Use a coarser cell size or a smaller extent.</source>
      <translation>内存不足，无法处理该输入。请使用更粗的像元大小或更小的范围。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Not enough memory for {}: about {:.1f} GB needed, {:.1f} GB available. Use a coarser cell size or a smaller extent, or close other programs.</source>
      <translation>{}内存不足：约需 {:.1f} GB，可用 {:.1f} GB。请使用更粗的像元、更小的范围，或关闭其他程序。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/memory_budget.py" />
      <source>Not enough memory: this step holds its rasters whole and needs about {0:.1f} GB for {1:.1f} M cells (about {2} bytes per cell), but only {3:.1f} GB is free. Use a coarser cell size (e.g. 100 m for a province), split the area (e.g. by city) or use a machine with more memory; close other programs first.</source>
      <translation>内存不足：本步骤需将栅格整体读入内存，{1:.1f} 百万个像元约需 {0:.1f} GB（每像元约 {2} 字节），但当前可用内存仅 {3:.1f} GB。请改用较粗的分辨率（如省域采用 100 m）、分区运行（如按地级市）或使用内存更大的计算机；运行前请先关闭其他程序。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/memory_budget.py" />
      <source>Not enough memory: this step holds its {0:,} features in memory and needs about {1:.1f} GB (about {2} bytes per feature), but only {3:.1f} GB is free. Split the area (e.g. run county by county) or use a machine with more memory; close other programs first.</source>
      <translation>内存不足：本步骤需将其 {0:,} 个要素读入内存，约需 {1:.1f} GB（每个要素约 {2} 字节），但仅有 {3:.1f} GB 可用。请缩小范围（如逐县运行）或使用内存更大的计算机；并先关闭其他程序。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Not in a CGCS2000 3-degree Gauss-Krüger CRS (EPSG 4513-4554), kept as they are: {}. Give a target EPSG to reproject.</source>
      <translation>以下图层不是 CGCS2000 3度分带高斯-克吕格坐标系（EPSG 4513-4554），按原坐标系写出：{}。如需转换请给出目标 EPSG。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Not in the schema, left out: {}.</source>
      <translation>不在数据库规范中、未导出的图层：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Number of base zones (0 = no base level)</source>
      <translation>基础分区数（0 = 不划基础分区）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Number of ecological-function base zones (level 1) made by SKATER. 0 (default) = no base level unless a base field is given.</source>
      <translation>由 SKATER 划分的生态功能基础分区（一级）数量。0（默认）= 不划基础分区（除非指定基础分区字段）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Number of grades</source>
      <translation>分级数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Number of potential grades, 1 = highest (Ⅰ级). Default 3, the plugin's own choice.</source>
      <translation>潜力等级数，1 为最高（Ⅰ级）。默认 3，为插件自定。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Number of problem patches</source>
      <translation>问题图斑个数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Number of rows and columns of the square Demo County grid (30 m cells): 1000 (default) gives 30 km × 30 km. Smaller sizes run faster (tests use 100-200).</source>
      <translation>示例县方形格网的行列数（像元 30 m）：1000（默认）即 30 km × 30 km。尺寸越小运行越快（测试中使用 100-200）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Number of tables written</source>
      <translation>写出的表格数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Number of years covered</source>
      <translation>覆盖年数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Number of years the bands cover; R = Σ R_day / years. Default 1.</source>
      <translation>各波段覆盖的年数；R = Σ R_day / 年数。默认 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Number of zones (clustering)</source>
      <translation>分区数（聚类）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Number of zones SKATER cuts the units into. Default 6, the plugin's own value; used by clustering only.</source>
      <translation>SKATER 聚类划分的分区数。默认 6，为插件自定值；仅聚类法使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Numeric field of restoration potential per unit, for the potential key and the weighted mix. Empty: the potential key cannot be used, and the mix needs the potential weight set to 0.</source>
      <translation>各单元修复潜力的数值字段，用于按潜力分配及加权组合。留空：不能按潜力分配，加权组合时须将潜力权重设为 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Numeric fields whose within-zone variance SKATER minimises. Default imp3_sh, deg_mean, res_mean, farm_sh, ubnd_sh (fields of 'Restoration units'); used by clustering only.</source>
      <translation>SKATER 聚类时使区内方差最小的数值字段。默认 imp3_sh、deg_mean、res_mean、farm_sh、ubnd_sh（“修复单元”的字段）；仅聚类法使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb_ogr.py" />
      <source>OGR could not read the layer '{}' through SQL ({}). Save it as a GeoPackage and run again.</source>
      <translation>OGR 无法通过 SQL 读取图层“{}”（{}）。请将其另存为 GeoPackage 后重新运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Off (default): every cell takes its dominant class, so a class that is nowhere the largest in a cell (narrow roads, scattered patches on a shifted grid) loses area. On: after the dominant class, cells are moved to the classes below their area from the classes above it, each to the class holding the largest share of it, until every class holds its share of the land (largest-remainder rounding; see docs/DLTB.md). Keeps class totals, changes the class of some mixed cells; needs classes x cells x 2 bytes of memory.</source>
      <translation>关闭（默认）：每个栅格取面积占优地类，因此在任何栅格中都不占最大面积的地类（窄路、网格错位时的零散图斑）会损失面积。开启：在取占优地类之后，把栅格从面积多于应有面积的地类移给面积不足的地类（每个栅格移给其中占比最大的不足地类），直到每个地类得到按最大余数法分配的应有面积（见 docs/DLTB.md）。保持地类总面积，但会改变部分混合栅格的地类；需要 地类数 × 栅格数 × 2 字节内存。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Off: the factor fields must hold scores within 0–1.</source>
      <translation>不勾选时，因子字段须为 0–1 的评分。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Offending features</source>
      <translation>出错要素数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Omnidirectional connectivity, Omniscape (全向连通性 Omniscape)</source>
      <translation>全向连通性 Omniscape (Omnidirectional connectivity, Omniscape)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Omniscape by tiles of {0} cells with a margin of {1} cells, radius {2} cells.</source>
      <translation>Omniscape 按 {0} 像元的图块运行，边缘带 {1} 像元，半径 {2} 像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Omniscape,omnidirectional,circuit,current,flow potential,moving window,全向连通性,电路理论,生态安全格局</source>
      <translation>Omniscape,全向,电路,电流,流动潜力,移动窗口,全向连通性,电路理论,生态安全格局</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>On (1/0)</source>
      <translation>启用（1/0）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>One 0/1 per factor, in the order of the factor list: 1 = a high value means low resistance (e.g. distance to roads), so the factor is used as 1 − f. Empty: no factor inverted.</source>
      <translation>每个因子一个 0/1，顺序与因子列表一致：1 表示数值越高阻力越低（如距道路距离），该因子按 1 − f 计算。留空：不反转任何因子。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>One FRAGSTATS metric computed in a moving window around every cell (each window analysed as a landscape of its own, FRAGSTATS v4 help). Count-based metrics run at any radius in about the same time: PLAND and CA (of one class), SHDI, SIDI, SHEI, PR, TE, ED, PLADJ, AI, CONTAG and others. Cells whose window is less than the given share valid are nodata.</source>
      <translation>以每个像元为中心在移动窗口内计算一个 FRAGSTATS 指数（每个窗口作为独立景观分析，FRAGSTATS v4 帮助）。基于计数的指数在任意半径下耗时相近：PLAND 和 CA（单一类型）、SHDI、SIDI、SHEI、PR、TE、ED、PLADJ、AI、CONTAG 等。窗口内有效像元比例低于设定值的像元为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>One page per feature of a layer (QGIS atlas)</source>
      <translation>按图层要素逐个分幅（QGIS 地图集）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>One per sea polygon</source>
      <translation>每个海域面一个单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>One row per class: c_above, c_below, c_soil, c_dead in Mg C/ha. Defaults: plugin values for 三调 classes (built land and water 0); replace them with local survey values.</source>
      <translation>每个地类一行：c_above、c_below、c_soil、c_dead，单位 Mg C/hm²。默认：插件给出的三调地类值（建设用地和水域为 0）；请以本地调查值替换。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>One row per combination; * matches any level (a more specific row wins). Modes: 1 保护保育, 2 自然恢复, 3 辅助再生, 4 生态重建 (code or Chinese name). Every combination must be covered.</source>
      <translation>每种组合一行；* 匹配任意等级（更具体的行优先）。修复模式：1 保护保育，2 自然恢复，3 辅助再生，4 生态重建（代码或中文名）。必须覆盖所有组合。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>One row per ecosystem type: the value equivalents per unit area of the 11 services. Default: Xie et al. (2015) as reproduced in later studies; verify it against the original before a report.</source>
      <translation>每类生态系统一行：11 项服务的单位面积价值当量。默认：后续研究转载的谢高地等（2015）数值；出成果前请与原文核对。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>One row per indicator: name, aggregation 总量 (sum) or 比率 (rate), the upper-level target, and optionally the field with the current value and the floor and cap of each unit (a field of the unit layer or one number). Rows here are added to those of the indicator table and replace a row of the same indicator.</source>
      <translation>每行一项指标：名称、汇总方式 总量 或 比率（也可填 sum / rate）、上级目标值，以及可选的现状值字段和各单元的下限、上限（单元图层的字段或一个数值）。此处各行与指标表中的指标合并，同名指标以此处为准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>One row per land-cover class: above-ground, below-ground, soil and dead organic carbon in Mg C/ha.</source>
      <translation>每个地类一行：地上、地下、土壤和死亡有机质碳密度，单位 Mg C/hm²。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>One row per land-use class: habitat suitability H (0-1) and the sensitivity S (0-1) to each threat, columns named as the threats. Defaults: the plugin's values for 三调 classes from common practice in Chinese InVEST studies, not from an official table.</source>
      <translation>每个地类一行：生境适宜度 H（0-1）及对各威胁的敏感度 S（0-1），列名与威胁名称一致。默认值为插件按国内 InVEST 研究常用取值为三调地类设定的值，非出自官方表格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>One row per land-use class: its vulnerability rank (1 least vulnerable … 6 most).</source>
      <translation>每个地类一行：其脆弱度等级（1 最不脆弱 … 6 最脆弱）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>One row per land-use code: the ecosystem type of Xie et al. (2015) it counts as. Codes not listed carry no service value.</source>
      <translation>每个土地利用代码一行：对应谢高地等（2015）的生态系统类型。未列出的代码不计服务价值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>One row per sea unit and project type: quantity, unit, unit cost, cost (万元).</source>
      <translation>每个海域单元每类项目一行：数量、单位、单价、费用（万元）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>One row per threat. Threat: one of 耕地 (cropland), 城镇用地 (urban), 农村居民点 (rural), 道路 (road), 采矿用地 (mine), the columns of the sensitivity table. Decay: 线性 (linear) or 指数 (exponential). Source land-use codes separated by spaces.</source>
      <translation>每行一个威胁因子。威胁因子：耕地、城镇用地、农村居民点、道路、采矿用地之一（即敏感性表的各列；也可填 cropland、urban、rural、road、mine）。衰减方式：线性 或 指数（也可填 linear / exponential）。威胁源地类编码以空格分隔。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>One unit per sea polygon, or a square grid clipped to the sea polygons.</source>
      <translation>每个海域面一个单元，或按海域面裁切的方形格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>One-to-all</source>
      <translation>一对多</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Only for a Shapefile without a .cpg file: the encoding of its .dbf (三调 data is usually GBK).</source>
      <translation>仅用于没有 .cpg 文件的 Shapefile：其 .dbf 的编码（三调数据通常为 GBK）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Only one source: dPC and dIIC are 100 % by definition; no ranking.</source>
      <translation>只有一个源地：按定义 dPC 和 dIIC 为 100 %，不作排序。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Only one source: no pair, every centrality is 0.</source>
      <translation>只有一个源地：没有源地对，所有中心度为 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Only positive improvement</source>
      <translation>仅保留正改善值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Only where the province counts them, e.g. 203 (橡胶园) in Hainan.</source>
      <translation>仅限本省计入森林的园地，如海南 203（橡胶园）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Optional EPSG code to reproject every layer to (e.g. 4546, CGCS2000 3-degree GK CM 111E). 0 (default) = keep each layer's CRS; the log says which layers are not in a CGCS2000 3-degree Gauss-Krüger CRS.</source>
      <translation>可选：把所有图层投影转换到的 EPSG 代码（如 4546，CGCS2000 3度分带高斯-克吕格 中央经线 111°E）。0（默认）= 保持各图层原坐标系；日志列出不是 CGCS2000 3度分带高斯-克吕格坐标系的图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Optional HTML report (a CSV of the same table, UTF-8 with BOM, is written beside it).</source>
      <translation>可选 HTML 质检报告（旁边另写同内容的 CSV，UTF-8 带 BOM）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Optional NPP raster: food, raw materials, gas and climate regulation, purification, nutrient cycling, biodiversity and aesthetics are scaled by NPP / its study-area mean.</source>
      <translation>可选 NPP 栅格：食物生产、原料生产、气体调节、气候调节、净化环境、维持养分循环、生物多样性和美学景观按 NPP/研究区均值修正。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Optional XLSX (needs openpyxl) or CSV file of the same table for pasting into a plan; not written by default.</source>
      <translation>可选：同一表格的 XLSX（需要 openpyxl）或 CSV 文件，便于粘贴进规划文本；默认不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Optional base zones (level 1). Not written unless chosen.</source>
      <translation>可选的基础分区（一级）。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Optional bivariate map of the first two services by tertiles (e.g. 高-高 = both high). Not written unless chosen.</source>
      <translation>可选的前两项服务双变量图，按三分位分级（如 高-高 = 两者均高）。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional consolidation units with the potential fields fc_new_hm2, st_pot_hm2, id_pot_hm2 (written by the farmland, settlement and idle-land potential algorithms) and their realistic values &lt;field&gt;_r (from 'Realistic consolidation potential'): the 土地综合整治潜力表.</source>
      <translation>可选，带潜力字段 fc_new_hm2、st_pot_hm2、id_pot_hm2（由耕地、农村居民点、闲置低效用地潜力算法写出）及其现实潜力 &lt;字段&gt;_r（来自“现实整治潜力”）的整治单元：生成土地综合整治潜力表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Optional copy of the units with one field per indicator, for mapping. Not written unless chosen.</source>
      <translation>可选的单元副本，每项指标一个字段，用于制图。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Optional copy of the units with the zone each belongs to. Not written unless chosen.</source>
      <translation>可选的单元副本，附所属分区。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>Optional copy of the zones with their landscape-level metrics, for mapping. Not written unless chosen.</source>
      <translation>可选的分区副本，附景观水平指数，用于制图。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional corridor barriers (points or polygons, e.g. from 'Barriers'); points are buffered by the point radius into 生态廊道障碍点修复 projects.</source>
      <translation>可选的廊道障碍点（点或面，如“生态障碍点”的输出）；点按点状问题半径生成“生态廊道障碍点修复”项目。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Optional corridor polygons (cells within the width cut-off). Not written unless chosen.</source>
      <translation>可选的廊道面（宽度截断值以内的像元）。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional corridor raster (&gt; 0 = corridor), for corr_sh. Empty: corr_sh stays empty.</source>
      <translation>可选的廊道栅格（&gt; 0 = 廊道），用于 corr_sh。留空：corr_sh 为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Optional corridor raster (&gt; 0 = corridor, e.g. the normalized corridor within its width): corridor cells in agricultural or urban space become conflicts 4 and 5. Empty: no corridor conflicts.</source>
      <translation>可选的廊道栅格（&gt; 0 = 廊道，如宽度截断内的归一化廊道）：位于农业或城镇空间的廊道像元记为冲突 4、5。留空：不识别廊道冲突。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional degradation grade raster (1 未退化 … 4 重度, 'Degradation degree'); variable degradation.</source>
      <translation>可选，退化等级栅格（1 未退化 … 4 重度，“生态退化程度”）；变量 degradation。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional degradation grade raster (coding by the next option), for deg_mean and deg_sev_sh. Empty: those fields stay empty.</source>
      <translation>可选的退化程度栅格（编码方式由下一项设定），用于 deg_mean 和 deg_sev_sh。留空：这些字段为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional degraded wetlands and mangroves; each feature becomes a 湿地与红树林保护修复 project.</source>
      <translation>可选的退化湿地和红树林，每个要素生成一个“湿地与红树林保护修复”项目。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional ecological corridor polygons (e.g. buffered least-cost paths); variable corridor.</source>
      <translation>可选，生态廊道面（如最小成本路径的缓冲区）；变量 corridor。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional ecological protection importance grade raster (3 极重要, 2 重要, 1 一般重要; output of 'Ecological protection importance' or 'Importance grading'): the importance block of the 生态保护重要性与脆弱性面积统计表.</source>
      <translation>可选，生态保护重要性等级栅格（3 极重要、2 重要、1 一般重要；“生态保护重要性”或“重要性分级”的输出）：生态保护重要性与脆弱性面积统计表中的重要性部分。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Optional ecosystem-type raster (生态系统类型) through the 三调 -&gt; ecosystem crosswalk; not written by default.</source>
      <translation>可选：按三调→生态系统类型对照表生成的生态系统类型栅格；默认不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Optional field of the coastline flagging island shore (1 / 是 / island; e.g. 'island' of the classified shoreline): the natural shoreline ratio then counts the mainland only and 海岛自然岸线保有率 is computed. Empty (default): every line counts as mainland, as before.</source>
      <translation>可选：岸线图层中标识海岛岸线的字段（1 / 是 / island；如岸线分类结果的 island 字段）：此时自然岸线保有率只计大陆岸线，并计算海岛自然岸线保有率。留空（默认）：全部岸线按大陆计，与以前相同。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Optional folder for one raster per first-level class holding its area fraction (0-1) in each cell; not written by default.</source>
      <translation>可选：输出文件夹，每个一级地类一个栅格，记录其在各像元中的面积比例（0–1）；默认不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Optional fractional vegetation cover (0-1) for rules on spontaneous recovery.</source>
      <translation>可选植被覆盖度（0-1），用于自然恢复相关规则。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional habitat quality raster (0-1); variable habitat.</source>
      <translation>可选，生境质量栅格（0-1）；变量 habitat。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional historic (abandoned) mine polygons; variable mine.</source>
      <translation>可选，历史遗留矿山图斑；变量 mine。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Optional human-pressure raster (e.g. human footprint 0-1); where it reaches the threshold natural recovery becomes assisted regeneration. Empty: no pressure override.</source>
      <translation>可选的人类干扰强度栅格（如人类足迹 0-1）；达到阈值处“自然恢复”改为“辅助再生”。留空：不做干扰修正。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional indicator table: the targets table of the indicator-targets dialog (table eco_indicators of the planning GeoPackage: base year and 2025/2030/2035 targets for the region) or the output of 'Indicator base values' (base values per township; the region value is their sum, or for rates their mean weighted by the units' denominators): the 规划指标表.</source>
      <translation>可选，指标表：目标指标体系对话框的目标表（规划数据库中的 eco_indicators 表：全域基期值及 2025/2030/2035 年目标值），或“指标基期值”的输出（分乡镇基期值；全域值为各乡镇之和，比率指标为各乡镇比率按其分母加权的平均值）：生成规划指标表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Optional karst-area mask (non-zero = karst); cells outside it are nodata. Empty: the whole grid is assessed.</source>
      <translation>可选的喀斯特范围掩膜（非零 = 喀斯特），范围外像元为无数据。留空：评价整个格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional key areas (重点区域) with their key projects, projects, scale, investment by funding source and period span; the polygons are the key areas' own or the union of their projects.</source>
      <translation>可选的重点区域图层：各重点区域的重点工程数、项目数、规模、分资金来源投资和实施时序；图形为重点区域面本身，或其项目的合并范围。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional key projects table (output 'Key projects table' of 'Project library'): the 重点工程表 (key area, key project, period, projects, scale, investment by funding source).</source>
      <translation>可选的重点工程表（“生态修复项目库”的“重点工程表”输出）：生成重点工程表（重点区域、重点工程、实施时序、项目数、规模、分资金来源投资）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional key-area polygons (e.g. the restoration zones or units): each project joins the key area it overlaps most. Empty or not overlapped: the project's unit (location) is its key area, marine projects go to the key area 海域生态保护修复区.</source>
      <translation>可选的重点区域面（如生态修复分区或修复单元）：每个项目归入与其重叠面积最大的重点区域。未给定或不重叠时，以项目所在单元为重点区域，海洋项目归入“海域生态保护修复区”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional key-projects table (重点工程表): one row per key area and project type with the number of projects, scale, investment by funding source and period span; kp_id links the projects (field kp_id) and ka_id the key areas.</source>
      <translation>可选的重点工程表：每个重点区域每个项目类型一行，含项目数、规模、分资金来源投资和实施时序；kp_id 关联项目（字段 kp_id），ka_id 关联重点区域。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional land and sea units (output 'Land and sea units' of 'Sea planning units and marine projects'): the geometry of the marine projects; needs the marine projects table.</source>
      <translation>可选的陆海规划单元（“海域规划单元与海洋修复项目”的“陆海规划单元”输出）：海洋修复项目的空间范围；需同时输入海洋修复项目表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional land-consolidation areas; each feature becomes a 全域土地综合整治 project.</source>
      <translation>可选的土地综合整治区域，每个要素生成一个“全域土地综合整治”项目。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Optional land-use raster (三调 codes), for the mode override table and the three spaces. Empty: no land-use override; the spaces come from the control lines only.</source>
      <translation>可选的土地利用栅格（三调编码），用于地类修复模式修正表和三类空间划分。留空：不按地类修正；三类空间仅由管控线确定。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional land-use raster, for the dominant class lu_dom. Empty: lu_dom stays empty.</source>
      <translation>可选的土地利用栅格，用于主导地类 lu_dom。留空：lu_dom 为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Optional layers to export, separated by commas: plugin names (problem_patches) or standard names (STWTTB). Empty = every layer of the schema that the GeoPackage holds.</source>
      <translation>可选：要导出的图层，逗号分隔：插件图层名（problem_patches）或规范图层名（STWTTB）。留空 = GeoPackage 中所有在规范内的图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional low-quality forest; each feature becomes a 森林质量精准提升 project.</source>
      <translation>可选的低质低效林，每个要素生成一个“森林质量精准提升”项目。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Optional marine health stations (points with ceh, the stations output of 'Marine ecosystem health'): each sea unit gets the mean CEH of its stations, or the nearest station's.</source>
      <translation>可选：海洋生态健康站位（含 ceh 的点，“近岸海洋生态健康评价”的站位输出）：每个海域单元取其内站位 CEH 的平均值，无站位时取最近站位的值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional marine projects by unit (the other output of 'Sea planning units and marine projects'): each row (sea unit × marine type, quantity in hm² or km) becomes one project on its sea unit, costed with the project-type table. A sea unit outside every priority unit takes the score and grade of the nearest one.</source>
      <translation>可选的按单元海洋修复项目（“海域规划单元与海洋修复项目”的另一输出）：每行（海域单元 × 海洋项目类型，规模为 hm² 或 km）成为该海域单元上的一个项目，按项目类型表计算投资。不在任何优先级单元内的海域单元取最近单元的得分和等级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Optional one-row table of the whole landscape's IIC, PC and equivalent connected area EC(PC). Not written unless chosen.</source>
      <translation>可选的单行表：整个景观的 IIC、PC 和等效连通面积 EC(PC)。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional permanent basic farmland polygons (永久基本农田), for farm_sh.</source>
      <translation>可选的永久基本农田面，用于 farm_sh。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Optional permanent basic farmland polygons (永久基本农田): cells inside are agricultural space (the urban development boundary and the red line win). Empty: not used.</source>
      <translation>可选的永久基本农田面：范围内像元为农业空间（城镇开发边界和生态保护红线优先）。留空：不使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Optional permanent basic farmland polygons (永久基本农田); overlaps with the red line (6) or the urban boundary (8) are conflicts. Empty: not checked.</source>
      <translation>可选的永久基本农田面；与生态保护红线（6）或城镇开发边界（8）重叠处为冲突。留空：不检查。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional pinch-point raster (&gt; 0 = pinch point), for pinch_n and pinch. Empty: those fields stay empty.</source>
      <translation>可选的夹点栅格（&gt; 0 = 夹点），用于 pinch_n 和 pinch。留空：这些字段为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Optional polygons (e.g. townships) for the table per zone.</source>
      <translation>可选分区面（如乡镇），用于分区统计表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Optional polygons (townships, grid cells, units): the correlation is then computed over the mean service of each polygon. Empty: over grid cells.</source>
      <translation>可选的面图层（乡镇、网格、单元）：按各面内服务均值计算相关性。留空：按像元计算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional polygons of abandoned mines; each feature becomes a 历史遗留矿山生态修复 project. Empty: no such projects.</source>
      <translation>可选的历史遗留矿山面图层，每个要素生成一个“历史遗留矿山生态修复”项目。留空：不生成该类项目。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Optional polygons of nature reserves (自然保护地) and key habitats; their cells are raised to 极重要. Empty: no area is raised.</source>
      <translation>可选的自然保护地和重要物种栖息地面图层，其范围内像元提升为极重要。留空：不做提升。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional polygons of permanent basic farmland; variable farmland.</source>
      <translation>可选，永久基本农田面；变量 farmland。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional polygons of the ecological protection red line; variable redline.</source>
      <translation>可选，生态保护红线面；变量 redline。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Optional polygons of the pinch-point patches. Not written unless chosen.</source>
      <translation>可选的夹点斑块面。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional polygons of the urban development boundary; variable urban.</source>
      <translation>可选，城镇开发边界面；变量 urban。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Optional polygons of 国家特别规定灌木林地 (special shrubland counted as forest under the forestry basis); without them no shrubland is counted under the forestry basis.</source>
      <translation>可选：国家特别规定灌木林地范围（林业口径下计为森林）；未提供时林业口径不计灌木林地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Optional precipitation raster: water supply and hydrological regulation are scaled by precipitation / its study-area mean.</source>
      <translation>可选降水量栅格：水资源供给和水文调节按降水量/研究区均值修正。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional problem patches (output of 'Ecological problem patches'): the patches of one village (CJDM, else township XZDM) and one project type (XMLX) make one project; the type is found by name in the project-type table. Township and village codes and names are copied.</source>
      <translation>可选的问题图斑（“生态问题图斑识别”的输出）：同一村（CJDM，无则乡镇 XZDM）同一项目类型（XMLX）的图斑合为一个项目；项目类型按名称在项目类型表中查找。复制乡镇和村的代码与名称。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional problem patches (output of 'Ecological problem patches'): the 问题图斑统计表.</source>
      <translation>可选，问题图斑（“生态问题图斑识别”的输出）：生成问题图斑统计表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Optional project library (output of 'Project library'): its contributions to the indicators (zb_name, zb_value and xf_ha for 生态保护修复面积) are summed per period.</source>
      <translation>可选的项目库（“生态修复项目库”的输出）：按时期汇总其对各指标的贡献（zb_name、zb_value，以及 xf_ha 计入生态保护修复面积）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional project library (output of 'Project library'): the 项目表.</source>
      <translation>可选，项目库（“生态修复项目库”的输出）：生成项目表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional protection importance grade raster; variable importance.</source>
      <translation>可选，生态保护重要性等级栅格；变量 importance。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Optional raster of accessibility β (0-1; lower = better legal or physical protection). Empty: β = 1 everywhere.</source>
      <translation>可选的可达性 β 栅格（0-1；越低表示法律或物理保护越好）。留空：各处 β = 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Optional raster of node voltages (V) of the advanced-mode solve. Not written unless a file is chosen; empty in the other modes.</source>
      <translation>可选栅格：高级模式求解得到的节点电压（伏）。未指定文件时不输出；其他模式下无此结果。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Optional raster: cumulative current / flow potential; &gt; 1 channelled flow, &lt; 1 impeded flow. Not written unless a file is chosen.</source>
      <translation>可选栅格：累积电流 / 潜在流量；&gt; 1 为汇聚流（通道化），&lt; 1 为受阻流。未指定文件时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Optional raster: direction (0-15) of the step towards the nearest source (−1 on sources), as GRASS r.cost. Not written unless a file is chosen.</source>
      <translation>可选栅格：朝向最近源地的移动方向编码（0-15，源地处为 −1），与 GRASS r.cost 相同。未指定文件时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Optional raster: the cumulative current on a uniform resistance (what the sources alone would give). Not written unless a file is chosen.</source>
      <translation>可选栅格：均匀阻力下的累积电流（仅由源强决定的潜在流量）。未指定文件时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Optional raster: the largest current of any single pair or node at each cell. Not written unless a file is chosen.</source>
      <translation>可选栅格：各像元在任一节点对或节点求解中的最大电流。未指定文件时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Optional raster: the window radius (m) that gave each cell its score. Not written unless a file is chosen.</source>
      <translation>可选栅格：每个像元取得最高改善值时的窗口半径（米）。未指定文件时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Optional rasters that correct the base resistance (slope, distance to roads, night lights …); each is min-max normalised to 0-1 and resampled to the land-use grid. Empty: the base resistance is the output.</source>
      <translation>可选的修正因子栅格（坡度、距道路距离、夜间灯光等），各因子按最小-最大值归一化到 0-1 并重采样到土地利用格网。留空则输出基础阻力。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional red-line polygons (生态保护红线), for red_sh. Empty: red_sh stays empty.</source>
      <translation>可选的生态保护红线面，用于 red_sh。留空：red_sh 为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Optional red-line polygons (生态保护红线): cells inside are ecological space, the strictest control line. Empty: not used.</source>
      <translation>可选的生态保护红线面：范围内像元为生态空间，为最严格的管控线。留空：不使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Optional red-line polygons (生态保护红线); overlaps with farmland (6) or the urban boundary (7) are conflicts. Empty: not checked.</source>
      <translation>可选的生态保护红线面；与永久基本农田（6）或城镇开发边界（7）重叠处为冲突。留空：不检查。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional resilience grade raster (1-3), for res_mean. Empty: res_mean stays empty.</source>
      <translation>可选的恢复力等级栅格（1-3），用于 res_mean。留空：res_mean 为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional restoration zones (output of 'Restoration zoning'): the 修复分区统计表.</source>
      <translation>可选，修复分区（“生态修复分区”的输出）：生成修复分区统计表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional restoration-mode raster (output of 'Restoration mode'), for mode_dom.</source>
      <translation>可选的修复模式栅格（“修复模式与三类空间”的输出），用于 mode_dom。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Optional restoration-mode zones (level 3): units of one dominant mode inside each zone. Not written unless chosen.</source>
      <translation>可选的修复模式分区（三级）：各分区内主导修复模式相同的单元。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional river and lake management zones (polygons; buffer river lines first if only lines exist); variable river.</source>
      <translation>可选，河湖管理范围面（只有河流线时先做缓冲区）；变量 river。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional rivers (lines or polygons); lines are buffered by the line buffer width into 河流生态缓冲带 projects.</source>
      <translation>可选的河流（线或面）；线按线状问题缓冲宽度生成“河流生态缓冲带建设”项目。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional road lines; variable road = 1 where a road crosses the parcel.</source>
      <translation>可选，道路线；有道路穿过图斑时变量 road = 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Optional schema JSON; empty = the shipped resources/schema/planning_db.json (the one 'Planning database export' uses by default).</source>
      <translation>可选数据库规范 JSON；留空 = 插件自带的 resources/schema/planning_db.json（“规划数据库导出”默认使用的规范）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Optional schema JSON; empty = the shipped resources/schema/planning_db.json (the plugin's layers; docs/DATABASE.md).</source>
      <translation>可选数据库规范 JSON；留空 = 插件自带的 resources/schema/planning_db.json（插件各图层；见 docs/DATABASE.md）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Optional sea planning units (海域), e.g. the units output of 'Sea planning units and marine projects' (fields zone, marine_cost_wan); 陆域 rows are left out. Must not overlap the land units. Empty (default): land only, output as before.</source>
      <translation>可选：海域规划单元，如“海域规划单元与海洋修复项目”的单元输出（字段 zone、marine_cost_wan）；其中陆域行不参与。不得与陆域单元重叠。留空（默认）：仅陆域，输出与以前相同。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Optional sea planning units (海域), e.g. the units output of 'Sea planning units and marine projects'; ranked with the land units on the common 0-1 scale. Empty (default): land only.</source>
      <translation>可选：海域规划单元，如“海域规划单元与海洋修复项目”的单元输出；与陆域单元在统一的 0-1 尺度上一并排序。留空（默认）：仅陆域。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Optional shoreline lines; natural-shore features are burnt on every cell they touch and score the natural shoreline score. Empty: only the habitat classes protect.</source>
      <translation>可选的岸线线图层；自然岸线要素经过的所有像元计入，取自然岸线得分。留空：仅由生境地类提供防护。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional shoreline lines; only natural segments count (see the natural-shoreline field).</source>
      <translation>可选，海岸线；只计自然岸线段（见自然岸线字段）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional slope raster in degrees; variable slope = the parcel's mean.</source>
      <translation>可选，坡度栅格（度）；变量 slope 为图斑平均值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional soil loss raster (e.g. 'Soil conservation' actual soil loss A_r); variable soil_loss.</source>
      <translation>可选，土壤侵蚀量栅格（如“土壤保持”的实际土壤侵蚀量 A_r）；变量 soil_loss。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Optional soil-conservation raster (e.g. the RUSLE output): soil conservation is scaled by the raster / its study-area mean.</source>
      <translation>可选土壤保持量栅格（如 RUSLE 输出）：土壤保持按该栅格/研究区均值修正。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Optional soil-erosion areas; each feature becomes a 水土流失综合治理 project.</source>
      <translation>可选的水土流失区域，每个要素生成一个“水土流失综合治理”项目。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Optional surveyed geological stability: 1 or 稳定, 2 or 基本稳定, 3 or 不稳定. Without it the stability comes from the slope.</source>
      <translation>可选的调查地质稳定性：1 或 稳定、2 或 基本稳定、3 或 不稳定。未提供时由坡度推算稳定性。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Optional table of the 三调 -&gt; 国土空间调查、规划、用途管制用地用海分类 (2023) crosswalk of the codes present; the crosswalk is the plugin's reading of the 2023 classification (see docs/DLTB.md).</source>
      <translation>可选：现有编码的三调→国土空间调查、规划、用途管制用地用海分类（2023）对照表；该对照为插件对 2023 分类的解读（见 docs/DLTB.md）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Optional table: per indicator and period the contribution added, the cumulative contribution, the region target (sum of the unit targets), the share of it reached (%) and met / shortfall. Needs the project library.</source>
      <translation>可选表：每个指标每个时期的本期新增贡献、累计贡献、全域目标（各单元目标之和）、目标完成比例（%）以及达标 / 未达标。需要项目库。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional three-spaces raster, for space_dom.</source>
      <translation>可选的三类空间栅格，用于 space_dom。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional township polygons: the zone and grade tables are split by township (without them they are for the whole region); a code field (code, XZQDM or XZDM, the 9-digit township code) names the townships of the land-use table.</source>
      <translation>可选，乡镇面：修复分区表和等级面积表按乡镇切分（未给出时为全域）；其代码字段（code、XZQDM 或 XZDM，9 位乡镇代码）为现状地类结构表的乡镇命名。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Optional township polygons: their name fills XZMC by the township containing the patch (a patch outside every polygon, e.g. on the shore: the nearest township).</source>
      <translation>可选，乡镇面：以包含问题图斑的乡镇名称填写 XZMC（不在任何乡镇面内的图斑，如海岸图斑，取最近的乡镇）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Optional unit polygons to map the shortfalls. Empty: only the table is written.</source>
      <translation>可选的单元面图层，用于绘制未达标情况。留空：仅输出表格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Optional units with the number of indicators checked and of shortfalls. Not written unless chosen.</source>
      <translation>可选的单元图层，附已评估指标数和未达标指标数。未指定时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Optional urban development boundary polygons (城镇开发边界), for conflicts 7 and 8. Empty: not checked.</source>
      <translation>可选的城镇开发边界面，用于识别冲突 7、8。留空：不检查。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Optional urban development boundary polygons (城镇开发边界), for ubnd_sh.</source>
      <translation>可选的城镇开发边界面，用于 ubnd_sh。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Optional urban development boundary polygons (城镇开发边界): cells inside are urban space (the red line wins). Empty: not used.</source>
      <translation>可选的城镇开发边界面：范围内像元为城镇空间（生态保护红线优先）。留空：不使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Optional vulnerability grade raster on the same 3/2/1 scale; each cell takes the higher of the two grades (双评价 guide 2020). Empty: the service grade alone.</source>
      <translation>可选的脆弱性等级栅格（同为 3/2/1 编码）；各像元取两者中较高的等级（“双评价”指南 2020）。留空：仅用服务重要性等级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional vulnerability grade rasters (soil erosion, rocky desertification, coastal erosion vulnerability; 3 极脆弱, 2 脆弱, 1 一般脆弱 or the five levels), one block each in the 生态保护重要性与脆弱性面积统计表. Grade names from the raster's categories.</source>
      <translation>可选，脆弱性等级栅格（水土流失、石漠化、海岸侵蚀脆弱性；3 极脆弱、2 脆弱、1 一般脆弱或五级），每个栅格在生态保护重要性与脆弱性面积统计表中占一组列。等级名称取自栅格的类别名。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Optional 三调 parcels (DLTB: DLBM, TBDLMJ, ZLDWDM; geometry area where TBDLMJ is missing) or the output table of 'Land-use structure table': the 现状地类结构表 (townships from the first 9 digits of ZLDWDM).</source>
      <translation>可选，三调地类图斑（DLTB：DLBM、TBDLMJ、ZLDWDM；缺 TBDLMJ 时用几何面积）或“土地利用现状结构表”的结果表：生成现状地类结构表（乡镇取 ZLDWDM 前 9 位）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Optional: the indicator table saved by the 目标指标体系 (indicator targets) dialog, eco_indicators in planning.gpkg. Every indicator with a target for the chosen year becomes a row of the target table (a % unit = 比率, others = 总量).</source>
      <translation>可选：目标指标体系对话框保存的指标表（planning.gpkg 中的 eco_indicators）。凡有所选年份目标值的指标均作为目标表的一行（单位为 % 的按比率，其余按总量）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Organisation</source>
      <translation>编制单位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Outcrop breaks</source>
      <translation>出露率断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Outcrop breaks, % (empty = {})</source>
      <translation>碳酸盐岩出露分界，%（留空 = {}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Output as a depth in mm (default) or as a volume per cell in m³ (depth in mm × cell area in m² / 1000).</source>
      <translation>输出为深度（mm，默认）或每像元水量（m³，= 深度 mm × 像元面积 m² / 1000）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Output folder</source>
      <translation>输出文件夹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Output on this raster's grid (CRS, origin, cell size, extent). Empty: the parcels' extent at the cell size below.</source>
      <translation>输出采用该栅格的格网（坐标系、原点、像元大小、范围）。为空时：图斑范围，按下方像元大小。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Output units</source>
      <translation>输出单位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Outputs</source>
      <translation>输出</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Overlap (m²) of a patch with the red line that still passes, to absorb digitising slivers. Default 1 m², the plugin's own value.</source>
      <translation>图斑与生态保护红线重叠面积在该值（m²）以内仍视为通过，用于消除数字化误差造成的碎片。默认 1 m²，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Overlap (m²) of a sea unit with a land unit that is still accepted (digitising slivers). Default 100 m², the plugin's own value.</source>
      <translation>海域单元与陆域单元仍可接受的重叠面积（平方米，数字化碎片）。默认 100 平方米，本插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Overlay with {}</source>
      <translation>与 {} 叠加</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>P factor</source>
      <translation>P 因子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>P factor by land-use class</source>
      <translation>各土地利用类型的 P 因子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>P factor table</source>
      <translation>P 因子表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>PC = {:.6g}, IIC = {:.6g}, EC(PC) = {:.6g} hm²; {} of {} patches kept</source>
      <translation>PC = {:.6g}，IIC = {:.6g}，EC(PC) = {:.6g} hm²；保留 {} / {} 个斑块</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>PC1 loadings: {}</source>
      <translation>第一主成分载荷：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>PNG</source>
      <translation>PNG</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>PNG and PDF</source>
      <translation>PNG 和 PDF</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Page name field</source>
      <translation>分幅名称字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Pairs whose least-cost distance (resistance × m) is larger are ignored.</source>
      <translation>最小成本距离（阻力 × 米）大于此值的源地对不参与计算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Pairwise</source>
      <translation>两两成对</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Pairwise (default; 1 A between every pair, effective resistances), one-to-all, all-to-one, or advanced (one solve driven by source and ground rasters). Modes as in Circuitscape.</source>
      <translation>计算模式：成对（默认；每对节点间注入 1 A，输出有效电阻）、一对多、多对一，或高级模式（由电流源栅格和接地栅格驱动的一次求解）。各模式与 Circuitscape 相同。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Paper</source>
      <translation>图纸幅面</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Paper size and orientation of the built-in template (ignored with a template or layout).</source>
      <translation>内置模板的幅面和方向（使用模板文件或布局时忽略）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Parcel fields TBDLMJ / KCMJ (geometry area where missing)</source>
      <translation>图斑字段 TBDLMJ / KCMJ（缺失处用几何面积）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Parcel id field</source>
      <translation>图斑标识码字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Parcel id field (标识码). Default BSM; missing: the feature id.</source>
      <translation>图斑标识码字段。默认 BSM；不存在时用要素编号。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Parcel ridge coefficient field (三调 KCXS)</source>
      <translation>图斑田坎系数字段（三调 KCXS）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Parcel values of {}</source>
      <translation>计算图斑的 {} 值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Parcels with a code outside the 三调 classification</source>
      <translation>地类编码不在三调分类中的图斑</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Pass</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Patch connectivity</source>
      <translation>斑块连通规则</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Patches and area (hm²) per problem code, and rules that stayed silent for a missing input.</source>
      <translation>按问题代码统计的图斑数与面积（公顷），及因缺少输入未运行的规则。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Patches of one grade smaller than this (hm²) are merged into the surrounding grade; protected cells stay 极重要. Default 1 hm², the plugin's own value; 0 = keep every patch.</source>
      <translation>面积小于该值（hm²）的同级斑块并入周边等级；保护地内像元仍为极重要。默认 1 hm²，为插件自定值；0 = 保留所有斑块。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Patches of one unit closer than this are one field after consolidation.</source>
      <translation>同一单元内间距小于该值的图斑，整治后视为一块田。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Per-capita standard (default) or per-household standard for the land a settlement needs.</source>
      <translation>居民点用地需求的计算标准：人均标准（默认）或户均标准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Per-capita standard: ΔS = S_now − P_plan · A_person</source>
      <translation>人均用地标准法：ΔS = S_now − P_plan · A_person</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Per-household standard: ΔS = S_now − H_plan · A_household</source>
      <translation>户均用地标准法：ΔS = S_now − H_plan · A_household</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Per-map file format</source>
      <translation>单幅图文件格式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Per-map files folder</source>
      <translation>单幅图文件夹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Perforation (孔隙)</source>
      <translation>孔隙 (Perforation)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>Permanent basic farmland</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Permanent basic farmland (永久基本农田)</source>
      <translation>永久基本农田 (Permanent basic farmland)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Persons per household</source>
      <translation>户均人口（人/户）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Persons per household, to derive households from population when no household field is given. Default 3.0, the plugin's own value; use the local census figure.</source>
      <translation>户均人口，用于在未提供户数字段时由人口推算户数。默认 3.0，为插件自定值；请采用当地人口普查数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/renderers.py" />
      <source>Pinch point (夹点)</source>
      <translation>夹点 (Pinch point)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Pinch points</source>
      <translation>夹点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Pinch points (&gt; 0 = pinch point)</source>
      <translation>夹点（&gt; 0 为夹点）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Pinch points (夹点)</source>
      <translation>夹点 (Pinch points)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Pinch points (夹点): one point per patch of high-current corridor cells, at its highest current, with the current and the source pair carrying most of it.</source>
      <translation>夹点：每个高电流廊道像元斑块一个点，位于电流最大处，记录电流值及承载电流最多的源地对。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Pinch points cannot be computed: {}. Check the resistance raster, the sources and the cut-off width.</source>
      <translation>无法计算夹点：{}。请检查阻力栅格、源地和截断宽度。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Pinch points of the ecological corridors (McRae 2012, Pinchpoint Mapper of Linkage Mapper; circuit theory, McRae et al. 2008; METHODS.md §2). The resistance raster is clipped to the corridors: cells whose normalized least-cost corridor value (CWD_A + CWD_B − LCD, cost units, from 'Least-cost corridors' output NORMALIZED, or computed here for adjacent source pairs) is at most the cut-off width, plus the sources. Each source patch is one node of zero resistance (short-circuit region). Adjacent-pairs mode: 1 A flows between each pair of sources whose cost-allocation zones touch; the current map is the sum over pairs. All-to-one mode: each source is grounded in turn with 1 A injected into every other source (Circuitscape all-to-one), summed. Pinch points: corridor cells (not source cells) whose current is at or above the given percentile of all corridor cells' current (95 = top 5 %), grouped into 8-connected patches; each patch gives a point at its highest-current cell with that current and the source pair carrying most current there (all-to-one: to_id = the grounded source), and optionally a polygon. Current is in amperes per 1 A between a pair; cells outside the corridors and source cells (one node each) are nodata. Sources in different parts of the landscape are reported as not connected, never as zero current. Temporary files in the output's folder, removed at the end: the cost distance from each source when the normalized corridors are not given (8 bytes a cell a source), and the potentials of the sources on the corridors' cells (8 bytes a corridor cell a source), so the memory does not grow with the number of sources.</source>
      <translation>生态廊道中的夹点（McRae 2012，Linkage Mapper 的 Pinchpoint Mapper；电路理论，McRae et al. 2008；METHODS.md §2）。阻力栅格被裁剪到廊道范围：标准化最小成本廊道值（CWD_A + CWD_B − LCD，成本单位，来自“最小成本廊道”的 NORMALIZED 输出，或在此为相邻源地对计算）不超过截断宽度的像元，加上源地本身。每个源地斑块是一个零电阻节点（短路区域）。相邻源地对模式：在成本分配区相接的每对源地之间通 1 A 电流；电流图为各对之和。多对一模式：各源地轮流接地，向其他每个源地注入 1 A（Circuitscape 多对一），并求和。夹点：电流达到或超过全部廊道像元电流给定百分位数（95 = 前 5 %）的廊道像元（不含源地像元），按 8 邻域归并为斑块；每个斑块在其电流最高的像元处生成一个点，记录该电流以及在该处电流最大的源地对（多对一：to_id = 接地的源地），并可输出面。电流单位为安培（每对之间 1 A）；廊道外的像元和源地像元（每个源地为一个节点）为无数据。位于景观不同连通部分的源地报告为不连通，绝不记为零电流。以下临时文件保存在输出文件夹中，运行结束后删除：未提供标准化廊道时各生态源地的累积阻力（每个源地每个像元 8 字节），以及各源地在廊道像元上的电势（每个源地每个廊道像元 8 字节），因此内存不随源地数量增长。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Pinch-point patches</source>
      <translation>夹点斑块</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Pinch-point percentile of corridor current</source>
      <translation>夹点的廊道电流百分位数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Pinch-point value field</source>
      <translation>夹点数值字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/__main__.py" />
      <source>Plan '{}': {} steps, outputs in {}</source>
      <translation>计划“{}”：{} 个步骤，输出位于 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>Plan file not found: {}</source>
      <translation>未找到计划文件：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Plan name</source>
      <translation>规划名称</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Planar area of the geometry</source>
      <translation>几何平面面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Planning GeoPackage</source>
      <translation>规划数据库 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Planning GeoPackage '{}' not found.</source>
      <translation>未找到规划数据库“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_dialog.py" />
      <source>Planning atlas (规划图集)</source>
      <translation>规划图集 (Planning atlas)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/plugin.py" />
      <source>Planning atlas (规划图集)…</source>
      <translation>规划图集…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Planning atlas PDF (规划图集)</source>
      <translation>规划图集 (Planning atlas PDF)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Planning data and layout</source>
      <translation>规划数据与版式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Planning database</source>
      <translation>规划数据库</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Planning database (.gpkg, .gdb or folder)</source>
      <translation>规划数据库（.gpkg、.gdb 或文件夹）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Planning database check (规划数据库质检)</source>
      <translation>规划数据库质检 (Planning database check)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Planning database export (规划数据库导出)</source>
      <translation>规划数据库导出 (Planning database export)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Planning year</source>
      <translation>规划目标年</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Points from the pinch-point analysis.</source>
      <translation>夹点分析得到的点。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Points or polygons of the focal nodes (usually the ecological sources); rasterised on the resistance grid, the cells of one id forming one focal region. Empty: the focal raster is used; not needed in advanced mode.</source>
      <translation>焦点节点的点或面（通常为生态源地），按阻力面格网栅格化，同一编号的像元构成一个焦点区域。留空则使用焦点栅格；高级模式下无需提供。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Policy check</source>
      <translation>政策校核</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Polygon boundaries are sampled every this many metres to measure edge-to-edge distances (error at most about half a step).</source>
      <translation>按此间隔（米）采样面边界以量算边缘距离（误差至多约半个步长）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Polygon layer (townships or user units)</source>
      <translation>面图层（乡镇或自定义单元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Polygons of idle or inefficient construction land and abandoned mines.</source>
      <translation>闲置、低效建设用地和废弃矿山的面图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Polygons of natural habitat lost to aquaculture (type 1, 退塘还林还湿 / 退养还滩 candidates) or to construction (type 2), with the classes before and after and the area (ha).</source>
      <translation>天然生境转为养殖（类型 1，退塘还林还湿 / 退养还滩候选）或建设用地（类型 2）的图斑，含前后类别和面积（公顷）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Polygons of nature reserves (自然保护地), for the wetland protection rate. Empty: that indicator is not computed.</source>
      <translation>自然保护地面图层，用于计算湿地保护率。留空：不计算该指标。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Polygons of the ecological protection red line (生态保护红线), for its area (km²; overlaps counted once). Empty: that indicator is not computed.</source>
      <translation>生态保护红线面图层，用于计算红线面积（km²；重叠部分只计一次）。留空：不计算该指标。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Polygons of the ecological protection red line (生态保护红线), for rule 3. Empty: rule 3 is not checked (reported as not checked).</source>
      <translation>生态保护红线面图层，用于规则 3。留空：不校核规则 3（结果标注为未校核）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Polygons of the historic mine patches (e.g. the 历史遗留矿山 survey layer).</source>
      <translation>历史遗留矿山图斑面（如历史遗留矿山调查图层）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Polygons of the lower-level units (cities, counties or townships) that receive the targets.</source>
      <translation>承接目标的下级单元面图层（市、县或乡镇）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Polygons of the patches…</source>
      <translation>正在生成斑块面…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>Polygons of the planning units (行政村 or 乡镇). They must not overlap. Their attributes are copied to the unit output, so the outputs of the consolidation algorithms can be chained on one unit layer.</source>
      <translation>规划单元（行政村或乡镇）面图层，不得相互重叠。其属性会复制到单元输出中，因此各整治算法的输出可在同一单元图层上依次串联。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Polygons of the risk cells with their index and grade.</source>
      <translation>风险小区面及其风险指数和等级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Polygons of the strongest barriers (connected cells at or above the threshold or percentile) with their largest score, radius and source pair; the candidates for 障碍点 restoration. Optional output, created by default; uncheck it in the dialog to skip it.</source>
      <translation>最强障碍点面（改善值达到阈值或百分位的连通像元），记录最大改善值、半径和源地对，即障碍点修复的候选区域。可选输出，默认生成；可在对话框中取消勾选以不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>Polygons of the zones (townships, watersheds, restoration units); each is analysed as a landscape of its own.</source>
      <translation>分区面图层（乡镇、流域、修复单元），每个分区作为独立景观计算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Polygons or points from the barrier analysis; a polygon gives a point inside it.</source>
      <translation>障碍点分析得到的面或点；面取其内部一点。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Polygons or points from which costs accumulate (usually the ecological sources); each feature is one source. Empty: the source raster is used; one of the two is required.</source>
      <translation>累积成本的起点（通常为生态源地）的面或点，每个要素为一个源地。留空则使用源地栅格；二者必填其一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Polygons such as townships: each map gets one page per feature (QGIS atlas), its title suffixed by the feature's name. Default: one page per map for the whole region.</source>
      <translation>面图层（如乡镇）：每幅图按每个要素各出一页（QGIS 图集），页面标题后缀为要素名称。默认：全域每幅图一页。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Polygons under restoration; use 'selected features only' to pick zone types.</source>
      <translation>修复图斑；可用“仅选中要素”挑选分区类型。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Poor</source>
      <translation>差</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Population field</source>
      <translation>人口字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Potential soil loss A_p</source>
      <translation>潜在土壤侵蚀量 A_p</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Potential soil loss A_p = R·K·LS, t/(hm²·a). Optional output: not written unless a file is chosen.</source>
      <translation>潜在土壤侵蚀量 A_p = R·K·LS，t/(hm²·a)。可选输出：未指定文件时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Precipitation for the spatial adjustment</source>
      <translation>用于空间修正的降水量</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>Preparing the preview of '{}'…</source>
      <translation>正在生成“{}”的预览…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Pressure value from which pressure counts as high (same unit as the raster). Default 0.6 on a 0-1 scale, the plugin's own value.</source>
      <translation>视为高干扰的阈值（与干扰栅格单位相同）。默认 0.6（0-1 尺度），为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>Preview of '{}'.</source>
      <translation>“{}”的预览。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Preview of the selected map</source>
      <translation>所选图件预览</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Price of carbon (yuan per Mg C; 0 = no valuation)</source>
      <translation>碳价（元/Mg C；0 = 不做价值评估）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Printed in the title block of every page and on the contents page.</source>
      <translation>印在每页图名栏和目录页上。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Priority grade field</source>
      <translation>优先级等级字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Priority grade field of the units. Default pr_grade.</source>
      <translation>单元的优先级等级字段。默认 pr_grade。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Priority score field</source>
      <translation>优先级得分字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Priority score field of the units. Default pr_score (written by 'Restoration priority').</source>
      <translation>单元的优先级得分字段。默认 pr_score（“修复优先级”写出的字段）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Priority score of every unit or patch: S = Σ w_j · z_j with z_j the criterion min-max normalised over the units (reversed for a cost criterion, direction −), from the fields and weights of the criteria table (defaults: importance imp3_sh, degradation deg_mean, corridor role corr_sh and pinch points pinch_n, problem severity deg_sev_sh, feasibility res_mean). Weights from the table, entropy weights (w_j ∝ 1 − e_j, e_j the Shannon entropy of the normalised criterion), or their mean. Weights that do not sum to one are normalised with a warning, or refused when asked. Rank 1 = highest score, ties by feature order; grades 一级/二级/三级 by rank shares (default top 30 %, next 40 %) or score breaks. Units with an empty criterion get no score (warning). METHODS.md §3. Land and sea (陆海统筹): with sea planning units (the units output of 'Sea planning units and marine projects'; its 陆域 rows are left out) the sea units are scored with their own criteria table (default: the marine projects' cost marine_cost_wan +, the marine health index ceh −, from the stations inside or the nearest one), normalised among the sea units only, and weighted the same way. Both scores lie on the common scale 0-1 (1 = the unit most in need of its domain on every criterion), so land and sea units are ranked and graded together; the output gains the sea units (after the land units), their fields and a field domain (陆域 / 海域). Without sea units the output is as before.</source>
      <translation>每个单元或斑块的优先级得分：S = Σ w_j · z_j，z_j 为评价因子在各单元间的极差标准化值（负向因子方向 − 取反），字段和权重来自评价因子表（默认：重要性 imp3_sh，退化程度 deg_mean，廊道作用 corr_sh 与夹点 pinch_n，问题严重程度 deg_sev_sh，可行性 res_mean）。权重取表中权重、熵权（w_j ∝ 1 − e_j，e_j 为标准化因子的信息熵）或二者平均。权重之和不为 1 时归一化并警告，或按要求拒绝。排名 1 为得分最高，并列按要素顺序；按排名比例（默认前 30 %、其后 40 %）或得分断点分为一级/二级/三级。缺少因子值的单元不计算得分（警告）。METHODS.md §3。陆海统筹：给定海域规划单元时（“海域规划单元与海洋修复项目”的单元输出，其中陆域行不参与），海域单元按其自己的评价因子表计分（默认：海洋修复项目投资 marine_cost_wan +，海洋生态健康指数 ceh −，取单元内或最近站位的值），只在海域单元之间标准化，权重方法相同。两类得分都在统一的 0-1 尺度上（1 = 本类单元中各因子都最需修复的单元），因此陆域与海域单元一并排序、分级；输出增加海域单元（在陆域单元之后）、其字段和字段 domain（陆域 / 海域）。不给海域单元时输出与以前相同。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Priority units (output of Restoration priority)</source>
      <translation>优先级单元（修复优先级的结果）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Probability at the dispersal distance</source>
      <translation>扩散距离处的概率</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Problem code</source>
      <translation>问题代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Problem patches</source>
      <translation>问题图斑</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Problem patches (one per parcel and rule fired), styled by problem code.</source>
      <translation>问题图斑（每个图斑每条命中规则一个），按问题代码分类着色。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Problem patches (生态问题图斑)</source>
      <translation>生态问题图斑</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Problem patches: the project type '{}' is not in the project-type table; add a row with this name (and its unit cost) to the table.</source>
      <translation>问题图斑：项目类型“{}”不在项目类型表中；请在表中添加该名称的一行（及其单价）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Problem rules</source>
      <translation>问题识别规则</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Problem rules: {}</source>
      <translation>问题识别规则：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Problem summary</source>
      <translation>问题图斑统计</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Problem type</source>
      <translation>问题类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Project contributions by period</source>
      <translation>项目分期指标贡献</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Project library</source>
      <translation>项目库</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Project library (contributions by period)</source>
      <translation>项目库（分期指标贡献）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Project library (生态修复项目库)</source>
      <translation>生态修复项目库 (Project library)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Project library polygons with type, location, area, cost, score, rank and period; styled by period.</source>
      <translation>项目库面图层，字段包括项目类型、位置、面积、投资、得分、排序和实施时段；按时段符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Project library table</source>
      <translation>项目库表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Project library: {}</source>
      <translation>项目库：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Project type</source>
      <translation>项目类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Project types and unit costs</source>
      <translation>项目类型与单位成本</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Project types: code, name, unit (hm², km or 处), unit cost (万元 per unit), responsible department, indicator it contributes to and the indicator amount per unit (0.01 turns hm² into km²). Investment = scale × unit cost. For the types of the cost table (1-7) the cost table's unit cost is used. The defaults are the plugin's own placeholders (marine costs as in 'Sea planning units'), not from a standard or a price list: replace them with the local 估算指标.</source>
      <translation>项目类型：代码、名称、单位（hm²、km 或处）、单价（万元/单位）、责任部门、贡献指标及每单位指标贡献量（0.01 把 hm² 换算为 km²）。投资 = 规模 × 单价。成本表中的类型（1-7）使用成本表的单价。默认值为插件自设的占位值（海洋项目单价与“海域规划单元”相同），并非出自标准或价目表：请替换为当地估算指标。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Project types: unit costs, departments, indicators</source>
      <translation>项目类型：单价、责任部门、贡献指标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Protected wetland = union of these and the nature reserves.</source>
      <translation>受保护湿地 = 这些图层与自然保护地的并集。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Protection buffer distance (m)</source>
      <translation>防护缓冲距离（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Protection class</source>
      <translation>管控类别</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Protection class by shoreline class</source>
      <translation>各岸线类型的管控类别</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Protection class of each shoreline class: 1 严格保护 strict protection, 2 限制开发 restricted development, 3 优化利用 optimised use (the plugin's default, see the help).</source>
      <translation>各岸线类型的管控类别：1 严格保护、2 限制开发、3 优化利用（本插件默认值，见帮助）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Protection class table</source>
      <translation>管控类别表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Protection class table: every shoreline class 1-7 needs a protection class 1, 2 or 3 (missing: {}; wrong: {}).</source>
      <translation>管控类别表：岸线类型 1-7 均须有管控类别 1、2 或 3（缺少：{}；错误：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Protection importance</source>
      <translation>保护重要性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Protection importance grade</source>
      <translation>生态保护重要性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Protection score (0-1) of a natural shoreline cell. Default 0.5, the plugin's own value (METHODS.md §1, not from a published table).</source>
      <translation>自然岸线像元的防护得分（0-1）。默认 0.5，为插件自定值（METHODS.md §1，非出自已发布的分级表）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Protection score by class (0-1)</source>
      <translation>各地类防护得分（0-1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Protection score table</source>
      <translation>防护得分表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Protection score table: the score of class {} must be within 0-1.</source>
      <translation>防护得分表：地类 {} 的得分必须在 0-1 之间。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Provincial homestead standard plus shared land per household. Default 200 m², the plugin's own value, not verified against a provincial standard.</source>
      <translation>省级宅基地标准加户均公共用地。默认 200 m²，为插件自定值，未与省级标准核对。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>QGIS layout templates (*.qpt)</source>
      <translation>QGIS 版式模板 (*.qpt)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Quadrant split</source>
      <translation>象限分界值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Quality grade field</source>
      <translation>质量等别字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Quality grade uplift (grades)</source>
      <translation>质量等别提升（等）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Quantiles</source>
      <translation>分位数法</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>R breaks</source>
      <translation>R 断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>R breaks (empty = 100, 600 / 25, 100, 400, 600)</source>
      <translation>R 断点（留空 = 100, 600 / 25, 100, 400, 600）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>R breaks, ascending, lower-inclusive. Empty: 100, 600 (three levels) or 25, 100, 400, 600 (five levels), METHODS.md §1.</source>
      <translation>R 分界值，升序、下限包含。留空：三级为 100、600，五级为 25、100、400、600（METHODS.md §1）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>RSEI</source>
      <translation>遥感生态指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>RSEI (0-1)</source>
      <translation>遥感生态指数 RSEI（0-1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>RSEI grade</source>
      <translation>遥感生态指数等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>RSEI principal components and grade areas</source>
      <translation>RSEI 主成分与各等级面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>RSEI, 0-1 (higher = better ecological quality); water and nodata empty; styled.</source>
      <translation>RSEI，0-1（越高生态质量越好）；水体和无数据处为空；已设样式。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>RSEI,remote sensing ecological index,NDVI,wetness,LST,NDBSI,PCA,遥感生态指数,徐涵秋,主成分</source>
      <translation>遥感生态指数,徐涵秋,主成分,绿度,湿度,热度,干度,RSEI,NDVI,LST,NDBSI,PCA</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>RSEI: indicator ranges…</source>
      <translation>RSEI：计算指标取值范围…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>RSEI: no cell outside water has all four indicators; check the bands, the scale and offset and the temperature raster.</source>
      <translation>RSEI：水体以外没有四项指标齐全的像元；请检查波段、缩放系数与偏移量以及温度栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>RSEI: principal components…</source>
      <translation>RSEI：主成分分析…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Radius (m) of the project area around a point problem. Default 100 m, the plugin's own value.</source>
      <translation>点状问题的项目范围半径（米）。默认 100 m，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Radius and buffer units</source>
      <translation>半径与缓冲区单位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Radius of point problems (m)</source>
      <translation>点状问题半径（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Radius of the moving window in map units (m). Default 500 m, the plugin's own value; choose it from the scale of the pattern studied.</source>
      <translation>移动窗口半径，地图单位（米）。默认 500 m，为插件自定值；应按所研究格局的尺度确定。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Radius of the moving window: sources within it are connected to the target.</source>
      <translation>移动窗口半径：窗口内的源与目标像元相连。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Radius step (m)</source>
      <translation>半径步长（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Rainfall erosivity R</source>
      <translation>降雨侵蚀力因子 R</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Rainfall erosivity R (MJ·mm/(hm²·h·a))</source>
      <translation>降雨侵蚀力 R（MJ·mm/(hm²·h·a)）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Rainfall erosivity R (reference grid)</source>
      <translation>降雨侵蚀力 R（参考栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Rainfall erosivity R in MJ·mm/(hm²·h·a), e.g. from 'Rainfall erosivity R'.</source>
      <translation>降雨侵蚀力 R，单位 MJ·mm/(hm²·h·a)，如“降雨侵蚀力”算法的输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Rainfall erosivity R in MJ·mm/(hm²·h·a); the reference grid.</source>
      <translation>降雨侵蚀力 R，单位 MJ·mm/(hm²·h·a)，作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Rainfall erosivity R, daily rainfall model (降雨侵蚀力 日雨量模型)</source>
      <translation>降雨侵蚀力 日雨量模型 (Rainfall erosivity R, daily rainfall model)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Random seed (same seed, same region)</source>
      <translation>随机种子（种子相同，生成的区域相同）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Random seed of the sample</source>
      <translation>抽样随机种子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Random seed: the same seed and size always give the same region. Default 2020 (the plugin's own choice).</source>
      <translation>随机种子：相同的种子和尺寸总是生成相同的区域。默认 2020（插件自定）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Rank shares</source>
      <translation>排名比例</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Rank shares must satisfy 0 &lt; first ≤ second ≤ 1.</source>
      <translation>排名比例须满足 0 &lt; 第一个 ≤ 第二个 ≤ 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Rank shares of 一级 and 一级+二级 (cumulative)</source>
      <translation>一级及一级+二级的排名比例（累计）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_parcel_rasters.py" />
      <source>Raster '{}' does not overlap the land parcels: check its CRS (is it really in the CRS it declares?) and its extent.</source>
      <translation>栅格“{}”与地类图斑不重叠：请检查其坐标参考系（是否确实为其声明的坐标参考系？）及范围。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Raster '{}' does not overlap the reference grid: check its CRS (is it really in the CRS it declares?) and its extent.</source>
      <translation>栅格“{}”与参考格网不重叠：请检查其坐标参考系（是否确为其声明的坐标系）及范围。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Raster '{}' has no CRS, so it cannot be aligned. Assign its CRS first.</source>
      <translation>栅格“{}”没有坐标参考系，无法对齐。请先为其指定坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_parcel_rasters.py" />
      <source>Raster '{}' has no CRS, so it cannot be laid over the land parcels. Assign its CRS first (Layer Properties &gt; Source).</source>
      <translation>栅格“{}”没有坐标参考系，无法与地类图斑叠加。请先为其指定坐标参考系（图层属性 &gt; 源）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Raster '{}' has no band {}.</source>
      <translation>栅格“{}”没有第 {} 波段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Raster '{}' has no valid cell: every cell is nodata (or outside the reference grid). Check the file and its extent.</source>
      <translation>栅格“{}”没有有效像元：全部为无数据值（或位于参考格网之外）。请检查文件及其范围。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Raster '{}' has no valid cell: every cell is nodata on at least one day. Check the file (a nodata value on any day gives nodata).</source>
      <translation>栅格“{}”没有有效像元：每个像元至少有一天为无数据值。请检查文件（任一天为无数据值，结果即为无数据）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_valuation.py" />
      <source>Raster '{}' has no value inside the study area.</source>
      <translation>栅格“{}”在研究区内没有有效值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Raster '{}' is not aligned with the reference grid (CRS, extent and cell size must match). Align it first (Raster &gt; Align Rasters).</source>
      <translation>栅格“{}”与参考格网未对齐（坐标参考系、范围和像元大小必须一致）。请先对齐（栅格 &gt; 对齐栅格）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Raster '{}' is resampled onto the reference grid ({} method).</source>
      <translation>栅格“{}”已重采样到参考格网（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Raster '{}': {} band values are negative reflectance after the scale factor and offset (small negatives are left by atmospheric correction); they are used as they are.</source>
      <translation>栅格“{}”：经缩放系数和偏移换算后有 {} 个波段值为负反射率（大气校正会留下较小的负值），按原值使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>Raster '{}': {} cells hold NaN or ±infinity; they are taken as nodata.</source>
      <translation>栅格“{}”：{} 个像元为 NaN 或 ±无穷大，已按无数据处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>Raster '{}': {} cells hold codes that are not in {} ({}).</source>
      <translation>栅格“{}”：{} 个像元的代码不在{}中（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>Raster '{}': {} cells hold codes that are not in {} ({}): {}.</source>
      <translation>栅格“{}”：{} 个像元的代码不在{}中（{}）：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>Raster '{}': {} cells hold values outside the allowed range ({}), e.g. {}. Correct the input (or set those cells to nodata) and run again.</source>
      <translation>栅格“{}”：{} 个像元的值超出允许范围（{}），例如 {}。请修正输入（或将这些像元设为无数据）后再运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Raster codes</source>
      <translation>栅格编码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Raster folder</source>
      <translation>栅格文件夹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/grid.py" />
      <source>Raster layer '{}' is not a file-based (GDAL) raster; save it as GeoTIFF first.</source>
      <translation>栅格图层“{}”不是基于文件（GDAL）的栅格，请先另存为 GeoTIFF。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Raster of the barrier improvement score on the resistance grid: per metre of restored length (resistance units) or the raw score, the maximum over radii and the maximum or sum over pairs; 0 where restoring brings no gain.</source>
      <translation>障碍点修复改善值栅格（与阻力面同格网）：按每米修复长度（阻力单位）或原始改善值，取各半径最大值，再按源地对取最大值或求和；修复无改善处为 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Raster of the metric, one value per cell of the input grid.</source>
      <translation>指数栅格，与输入格网一一对应。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Raster of the total threat (habitat degradation) D. Optional output, created by default; uncheck it in the dialog to skip it.</source>
      <translation>总威胁程度（生境退化度）D 栅格。可选输出，默认生成；可在对话框中取消勾选以不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Raster values that count as habitat, e.g. 17 for the core class of an MSPA output, or land-use codes. Empty: every nonzero cell.</source>
      <translation>视为生境的栅格值，如 MSPA 输出的核心区 17，或土地利用编码。为空：所有非零像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Rasterizing at {0} x {0} sub-cells and taking the dominant class</source>
      <translation>按 {0} × {0} 子像元栅格化并取主导地类</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Re-ranking the edited project library</source>
      <translation>正在对已编辑的项目库重新排序</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Read the raster as conductance (1 / resistance) instead of resistance. Default off (resistance, as the resistance-surface algorithm writes).</source>
      <translation>将栅格按电导（1/阻力）而非阻力读取。默认不勾选（按阻力读取，与“生态阻力面”算法的输出一致）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Read the raster as conductance (resistance = 1 / value).</source>
      <translation>将栅格读作电导（阻力 = 1 / 值）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Reading farmland patches</source>
      <translation>正在读取耕地图斑</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Reading parcels</source>
      <translation>读取图斑</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Reading the parcels</source>
      <translation>读取图斑</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Realistic consolidation potential (现实整治潜力)</source>
      <translation>现实整治潜力 (Realistic consolidation potential)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Realistic potential</source>
      <translation>现实潜力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Realistic potential is {:.1f} % of the theoretical potential.</source>
      <translation>现实潜力为理论潜力的 {:.1f} %。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Reclaimable area of idle and inefficient construction land and abandoned mines (METHODS.md §4): ΔS = S × c_type, with the coefficient c by type from the editable table (defaults are typical values, not verified: use the local reclamation plans). The type comes from the type field, or the default type for every feature. Restoration direction (复垦方向, TD/T 1036-2013 style rules, not verified against the standard): construction where the site is within the given distance of the construction-suitable layer (e.g. the urban development boundary) and its slope ≤ the construction slope limit; else farmland where slope ≤ the farmland slope limit and soil thickness ≥ the soil limit; else forest and grass. Without a slope field the direction is 'not assessed'. Land reclaimed to farmland, forest or grass leaves construction land (its potential counts as construction-land decrease); land directed to construction stays. Outputs: features, and units with totals in hm², 亩 and 万亩; 'method' records the rule.</source>
      <translation>计算闲置低效建设用地和废弃矿山的可复垦面积（METHODS.md §4）：ΔS = S × c_type，系数 c 按类型取自可编辑表（默认为常用值，未经核对：以当地复垦规划为准）。类型取自类型字段，或对所有要素使用默认类型。复垦方向（参照 TD/T 1036-2013 的规则，未与标准原文核对）：位于适宜建设区（如城镇开发边界）给定距离内且坡度 ≤ 建设坡度上限的，修复为建设用地；否则坡度 ≤ 耕地坡度上限且土层厚度 ≥ 下限的，复垦为耕地；其余修复为林草地。无坡度字段时方向为“未评价”。复垦为耕地或林草地的用地退出建设用地（其潜力计为建设用地减少量）；修复为建设用地的仍为建设用地。输出：要素，以及按 hm²、亩和万亩汇总的单元；'method' 记录规则。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Reclamation coefficient to farmland</source>
      <translation>复垦为耕地的系数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Reclamation coefficients by type</source>
      <translation>按类型的复垦系数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Reclamation coefficients by type: the coefficient of '{}' is {}, not within 0–1.</source>
      <translation>按类型的复垦系数：“{}”的系数为 {}，不在 0–1 之间。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Red-line overlap tolerance (m²)</source>
      <translation>红线重叠容差（m²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Reference indicator</source>
      <translation>基准期指标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Reference raster (grid to match)</source>
      <translation>参考栅格（对齐的格网）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Reference-period indicator (NDVI, FVC, NPP or habitat quality; reference grid)</source>
      <translation>基准期指标（NDVI、FVC、NPP 或生境质量；参考栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Reflectance offset</source>
      <translation>反射率偏移量</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Reflectance scale factor</source>
      <translation>反射率缩放系数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Refuse the layer (list the codes)</source>
      <translation>拒绝该图层（列出代码）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Refuse weights that do not sum to one (else normalise them)</source>
      <translation>权重之和不为 1 时拒绝（否则归一化）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Region code '{}' is not a 6-digit GB/T 2260 code (e.g. 469002).</source>
      <translation>行政区代码“{}”不是 6 位 GB/T 2260 代码（如 469002）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Region code XZQDM (GB/T 2260, 6 digits)</source>
      <translation>行政区代码 XZQDM（GB/T 2260，6 位）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Region name XZQMC</source>
      <translation>行政区名称 XZQMC</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Region or units (polygons)</source>
      <translation>区域或单元（面）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Regular grid</source>
      <translation>规则格网</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Regulating depth (m) above the normal water level of each type (the plugin's defaults, see help).</source>
      <translation>各类型在正常水位以上的调蓄深度（米）（本插件默认值，见帮助）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Regulating depth by type</source>
      <translation>各类型调蓄深度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Regulating depth by type (m)</source>
      <translation>各类型调蓄深度（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Regulating depth by type: '{}' has a negative depth.</source>
      <translation>各类型调蓄深度：“{}”的深度为负。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Relative loss</source>
      <translation>相对损失</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Relative loss (reference − current) / reference; negative = gain.</source>
      <translation>相对损失 (基准 − 现状) / 基准；负值表示增加。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Relative-loss thresholds of light, moderate and severe degradation, comma separated and ascending, lower-inclusive. Default 0.05, 0.15, 0.30: common practice in Chinese studies, not from a standard (METHODS.md §1.4).</source>
      <translation>轻度、中度、重度退化的相对损失阈值，逗号分隔、升序、下限包含。默认 0.05、0.15、0.30：国内研究的常用取值，非出自标准（METHODS.md §1.4）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Relief breaks</source>
      <translation>起伏度断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Relief breaks in metres. Empty: 50, 300 (three levels) or 20, 50, 100, 300 (five levels).</source>
      <translation>地形起伏度分界值（米）。留空：三级为 50、300，五级为 20、50、100、300。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Relief breaks, m (empty = 50, 300 / 20, 50, 100, 300)</source>
      <translation>起伏度断点，m（留空 = 50, 300 / 20, 50, 100, 300）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Relief window (cells, odd)</source>
      <translation>起伏度窗口（像元数，奇数）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Relief 地形起伏度 (m), instead of the DEM</source>
      <translation>地形起伏度（m），代替 DEM</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Relief 地形起伏度 in metres, used instead of computing it from the DEM. Empty: computed from the DEM.</source>
      <translation>地形起伏度（米），提供时代替由 DEM 计算的结果。留空：由 DEM 计算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Remote Sensing based Ecological Index after Xu Hanqiu (2013, 中国环境科学 33(5): 889-897). From surface reflectance (a multi-band raster; band numbers of blue, green, red, NIR, SWIR1, SWIR2; scale and offset turn stored values into reflectance 0-1, e.g. 0.0000275 and −0.2 for Landsat Collection 2 Level-2): greenness NDVI; wetness, the tasseled-cap wetness with the Landsat 8 OLI coefficients of Baig et al. (2014) or the Landsat 5 TM coefficients of Crist (1985) (editable); heat, a given land surface temperature raster (°C) or one derived from the brightness temperature (K) of the thermal band with an NDVI-threshold emissivity (Sobrino et al. 2004); dryness NDBSI = (SI + IBI)/2. Water (MNDWI above the threshold, Xu 2006) is masked. Each indicator is normalised to 0-1 over the study area, a PCA on the covariance of the four gives PC1, oriented so that greenness loads positively (greener is better); RSEI = PC1 score normalised to 0-1, in five grades of 0.2 (差, 较差, 中等, 良, 优). The log and the table give the loadings (signs: greenness and wetness should be positive, heat and dryness negative) and the share of PC1; a PC1 share well below 60 % means the index summarises the four indicators poorly. Processed by row blocks (four passes; the indicators of the first are kept in memory up to 5 × 10⁷ cells).</source>
      <translation>遥感生态指数，依据徐涵秋（2013，中国环境科学 33(5): 889-897）。由地表反射率（多波段栅格；给出蓝、绿、红、近红外、短波红外1、短波红外2 的波段号；缩放系数与偏移量将存储值换算为 0-1 的反射率，如 Landsat Collection 2 Level-2 为 0.0000275 和 −0.2）计算：绿度 NDVI；湿度，即缨帽变换湿度分量，采用 Baig 等（2014）的 Landsat 8 OLI 系数或 Crist（1985）的 Landsat 5 TM 系数（可编辑）；热度，即给定的地表温度栅格（°C），或由热红外波段亮度温度（K）结合 NDVI 阈值法比辐射率（Sobrino 等 2004）反演；干度 NDBSI = (SI + IBI)/2。水体（MNDWI 高于阈值，徐涵秋 2006）被掩膜。各指标在研究区内归一化到 0-1，对四项指标的协方差矩阵做主成分分析得第一主成分，其方向取绿度载荷为正（越绿越好）；RSEI = 第一主成分得分归一化到 0-1，按 0.2 间隔分为五级（差、较差、中等、良、优）。日志和表格给出载荷（符号：绿度、湿度应为正，热度、干度应为负）及第一主成分贡献率；贡献率远低于 60 % 说明该指数对四项指标的概括较差。按行块处理（四遍；像元数不超过 5 × 10⁷ 时第一遍的指标保存在内存中）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Remote sensing ecological index (遥感生态指数分布图)</source>
      <translation>遥感生态指数分布图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Remote sensing ecological index RSEI (遥感生态指数)</source>
      <translation>遥感生态指数 (Remote sensing ecological index RSEI)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Remove both</source>
      <translation>两者都去除</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Remove row</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Remove the ground</source>
      <translation>去除接地</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Remove the source</source>
      <translation>去除电流源</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Repair invalid geometries (else refuse them)</source>
      <translation>修复无效几何（否则拒绝）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Repair invalid parcel geometries (makeValid) and list their ids in the log (default on); off: refuse the layer and name the invalid parcels.</source>
      <translation>修复无效的图斑几何（makeValid）并在日志中列出其编号（默认开启）；关闭时拒绝该图层并指出无效图斑。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Repair invalid polygons</source>
      <translation>修复无效面</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Repair invalid polygons (GEOS make-valid, polygon parts kept) and count them. Default yes; no = copy them as they are (the checker reports them).</source>
      <translation>修复无效面（GEOS make-valid，保留面部分）并计数。默认是；否 = 原样写出（由质检报告列出）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Reproject to EPSG (0 = keep)</source>
      <translation>投影转换到 EPSG（0 = 不转换）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Resilience (1-3)</source>
      <translation>恢复力 1-3</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Resilience grade</source>
      <translation>恢复力等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Resilience grade (1 low, 2 medium, 3 high)</source>
      <translation>恢复力等级（1 低，2 中，3 高）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Resilience grade raster, 1 low, 2 medium, 3 high (output GRADE of 'Ecosystem resilience').</source>
      <translation>恢复力等级栅格，1 低、2 中、3 高（“生态系统恢复力”的 GRADE 输出）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Resilience index</source>
      <translation>恢复力指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Resilience index E · C · T, 0-1.</source>
      <translation>恢复力指数 E · C · T，取值 0-1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Resilience index and level (METHODS.md §1.4; common practice, not verified against an official text): index = E · C · T with E the ecosystem elasticity score of the land-use class (0-1, editable table; defaults forest 0.9, wetland 0.8, grassland 0.7, garden and water 0.6, cropland 0.5, bare and rural 0.2, built land and roads 0.1, mining 0.05), C the vegetation condition (FVC or NPP) min-max normalised to 0-1 over the area (or over a given range, e.g. 0, 1 for FVC), T the terrain factor by slope class (slope in degrees from the DEM, Horn 1981; &lt; 8° 1.0, 8-15° 0.8, 15-25° 0.6, ≥ 25° 0.4). Levels by the index breaks (default thirds 0.333, 0.667): 1 low 低, 2 medium 中, 3 high 高. Nodata in any input gives nodata.</source>
      <translation>恢复力指数与水平（METHODS.md §1.4；常用做法，未与官方文本核对）：指数 = E · C · T，E 为地类的生态弹性度得分（0-1，表格可编辑；默认林地 0.9、湿地 0.8、草地 0.7、园地和水域 0.6、耕地 0.5、裸地和农村居民点 0.2、建设用地和道路 0.1、采矿用地 0.05），C 为植被状况（FVC 或 NPP）在研究区内按最小-最大值归一化到 0-1（或按给定范围，如 FVC 取 0, 1），T 为按坡度分级的地形因子（坡度由 DEM 计算，Horn 1981；&lt; 8° 1.0，8-15° 0.8，15-25° 0.6，≥ 25° 0.4）。按指数断点分级（默认三等分 0.333、0.667）：1 低，2 中，3 高。任一输入无数据则结果为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Resilience level</source>
      <translation>恢复力水平</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Resilience level (codes 1-3)</source>
      <translation>恢复力水平（代码 1-3）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Resilience level 1 低, 2 中, 3 高 (0 nodata), styled.</source>
      <translation>恢复力水平 1 低、2 中、3 高（0 无数据），已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Resilience level raster, codes 1 低, 2 中, 3 高 (output GRADE of 'Ecosystem resilience'); resampled to the degradation grid if needed.</source>
      <translation>恢复力水平栅格，编码 1 低、2 中、3 高（“生态系统恢复力”的 GRADE 输出）；必要时重采样到退化程度格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Resistance</source>
      <translation>阻力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Resistance (or conductance) raster</source>
      <translation>阻力（或电导）栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Resistance cut-off for sources (0 = none)</source>
      <translation>源的阻力截断值（0 = 不截断）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Resistance of a fully restored cell; crossing the window costs 2R × this value.</source>
      <translation>完全修复后像元的阻力；穿越窗口的成本为 2R × 该值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Resistance of each class (≥ 0); an empty cell makes the class a barrier.</source>
      <translation>各地类的阻力（≥ 0）；留空则该地类为障碍。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Resistance per cell (&gt; 0); nodata = impassable. Projected CRS required.</source>
      <translation>每个像元的阻力（&gt; 0）；无数据 = 不可通行。需投影坐标系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Resistance per cell (projected CRS). Nodata and values ≤ 0 are not part of the network; negative values are refused.</source>
      <translation>每个像元的阻力（投影坐标系）。无数据和 ≤ 0 的值不属于网络；负值会被拒绝。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Resistance per cell (≥ 0); nodata cells are barriers. Projected CRS required.</source>
      <translation>每个像元的阻力（≥ 0）；无数据像元为障碍。需要投影坐标系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Resistance per cell (≥ 0); nodata cells are barriers. Projected CRS, square cells.</source>
      <translation>每个像元的阻力（≥ 0）；无数据像元为障碍。需投影坐标系、正方形像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Resistance raster</source>
      <translation>阻力栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Resistance raster: conductance must be 0 or more (smallest value {:g}).</source>
      <translation>阻力栅格：电导必须大于等于 0（最小值 {:g}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Resistance surface (生态阻力面)</source>
      <translation>生态阻力面 (Resistance surface)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Resistance surface R = R_base × (1 + Σ w_i f_i), dimensionless resistance per cell; nodata where land use is nodata or the class is a barrier.</source>
      <translation>阻力面 R = R_base × (1 + Σ w_i f_i)，每个像元的无量纲阻力值；土地利用无数据或地类为障碍时为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Resistance table</source>
      <translation>阻力表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>Resistance table: values must not be negative.</source>
      <translation>阻力表：数值不能为负。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Resolution (dpi)</source>
      <translation>分辨率（dpi）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>Resolution of the PDF's raster content and of the PNG files.</source>
      <translation>PDF 中栅格内容和 PNG 文件的分辨率。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Restoration areas (zoning or project outputs)</source>
      <translation>修复区域（分区或项目成果）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Restoration candidates</source>
      <translation>修复候选区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Restoration mode</source>
      <translation>修复模式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Restoration mode 1 保护保育, 2 自然恢复, 3 辅助再生, 4 生态重建 (0 nodata), styled.</source>
      <translation>修复模式 1 保护保育、2 自然恢复、3 辅助再生、4 生态重建（0 无数据），已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Restoration mode and three spaces (修复模式与三类空间)</source>
      <translation>修复模式与三类空间 (Restoration mode and three spaces)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Restoration mode field (for mode zones)</source>
      <translation>修复模式字段（用于模式分区）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Restoration potential (field)</source>
      <translation>修复潜力（字段）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Restoration potential field</source>
      <translation>修复潜力字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Restoration priority</source>
      <translation>修复优先级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Restoration priority (修复优先级)</source>
      <translation>修复优先级 (Restoration priority)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Restoration status field</source>
      <translation>修复状态字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Restoration suitability</source>
      <translation>修复适宜性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Restoration units</source>
      <translation>修复单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Restoration units (output of 'Restoration units', or any polygons with numeric attributes); adjacent units share a boundary line.</source>
      <translation>修复单元（“修复单元”的输出，或任何带数值属性的面图层）；相邻单元指共享边界线的单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Restoration units (修复单元)</source>
      <translation>修复单元 (Restoration units)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Restoration units or patches with the criterion fields (e.g. the output of 'Restoration units').</source>
      <translation>含评价指标字段的修复单元或图斑（如“修复单元”的输出）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Restoration units with their zonal statistics (imp3_sh, deg_mean, res_mean, corr_sh, pinch_n, lu_dom, mode_dom, red_sh, farm_sh, ubnd_sh …).</source>
      <translation>附分区统计字段（imp3_sh、deg_mean、res_mean、corr_sh、pinch_n、lu_dom、mode_dom、red_sh、farm_sh、ubnd_sh 等）的修复单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Restoration zones</source>
      <translation>修复分区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Restoration zones (level 2), dissolved, with type, control level, area, main problems and measures.</source>
      <translation>生态修复分区（二级），已融合，字段包括分区类型、管控级别、面积、主要问题和主要措施。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Restoration zoning (生态修复分区)</source>
      <translation>生态修复分区 (Restoration zoning)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Restoration zoning (生态修复分区图)</source>
      <translation>生态修复分区图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Restoration-mode zones</source>
      <translation>修复模式分区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Restoration-mode zones (level 3)</source>
      <translation>修复模式分区（三级）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Restored resistance</source>
      <translation>修复后阻力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/renderers.py" />
      <source>Ridge crossing, strategic point (战略点)</source>
      <translation>战略点 (Ridge crossing, strategic point)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Ridge crossings need the corridors as well as the allocation raster.</source>
      <translation>战略点需要廊道以及分配栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Ridge, ditch and road coefficients</source>
      <translation>田坎（沟渠、道路）系数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Ridge, ditch and road coefficients, slope class {}: the coefficients must satisfy 0 ≤ after ≤ now &lt; 1 (now {}, after {}).</source>
      <translation>田坎（沟渠、道路）系数，坡度级别 {}：系数须满足 0 ≤ 整治后 ≤ 现状 &lt; 1（现状 {}，整治后 {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Ridge, ditch and road coefficients: a row has no slope class.</source>
      <translation>田坎（沟渠、道路）系数：有一行缺少坡度级别。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Risk cell size (m; 0 = 3 × the mean patch area)</source>
      <translation>风险小区边长（m；0 = 平均斑块面积的 3 倍）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Risk cells</source>
      <translation>风险小区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Risk cells with less than this share of their area in the study area get no value.</source>
      <translation>位于研究区内面积比例低于此值的风险小区不赋值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Risk cells with their index</source>
      <translation>风险小区及其风险指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Risk index interpolated between the risk-cell centres (bilinear), styled.</source>
      <translation>在风险小区中心之间插值（双线性）得到的风险指数，已设样式。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Risk index of the risk cells: {:.4f} to {:.4f}, mean {:.4f}; grade breaks {}</source>
      <translation>风险小区的风险指数：{:.4f} 至 {:.4f}，均值 {:.4f}；分级断点 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>River and lake management zones (河湖管理范围)</source>
      <translation>河湖管理范围 (River and lake management zones)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Rivers</source>
      <translation>河流</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Rivers (river ecological buffer)</source>
      <translation>河流（河流生态缓冲带）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Roads (lines)</source>
      <translation>道路（线）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Rocky-desertification vulnerability</source>
      <translation>石漠化脆弱性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Rocky-desertification vulnerability (石漠化脆弱性)</source>
      <translation>石漠化脆弱性 (Rocky-desertification vulnerability)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Rocky-desertification vulnerability grade</source>
      <translation>石漠化脆弱性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Rocky-desertification vulnerability index</source>
      <translation>石漠化脆弱性指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Rocky-desertification vulnerability of karst areas after the 双评价 guide (MNR 2020), METHODS.md §1: S = (D · P · C)^(1/3), the geometric mean of the factor scores of carbonate outcrop D (% of the area), slope P (degrees from the DEM, Horn 1981) and vegetation cover C (FVC 0-1, more cover lower score). Three levels: scores 1/3/5; D breaks 30, 70; P 8, 25; FVC 0.2, 0.6; index breaks 2.33, 3.66 -&gt; 1 一般脆弱, 2 脆弱, 3 极脆弱. Five levels (石漠化敏感性 table of the red line guide 2017, not verified against the official text): scores 1/3/5/7/9; D 10, 30, 50, 70 %; P 8, 15, 25, 35°; FVC 0.2, 0.4, 0.6, 0.8; index breaks 2, 4, 6, 8 -&gt; 1 一般, 2 轻度脆弱, 3 中度脆弱, 4 高度脆弱, 5 极脆弱. Breaks are lower-inclusive and editable; an empty field takes the default of the chosen levels. With a karst mask (non-zero = karst) cells outside karst are nodata. Nodata in any factor gives nodata.</source>
      <translation>喀斯特地区石漠化脆弱性评价，依据双评价指南（自然资源部 2020），METHODS.md §1：S = (D · P · C)^(1/3)，即碳酸盐岩出露面积比例 D（%）、坡度 P（由 DEM 计算的度数，Horn 1981）和植被覆盖度 C（FVC 0-1，覆盖度越高得分越低）各因子得分的几何平均。三级：得分 1/3/5；D 分界 30、70；P 8、25；FVC 0.2、0.6；指数分界 2.33、3.66 -&gt; 1 一般脆弱、2 脆弱、3 极脆弱。五级（红线指南 2017 石漠化敏感性分级表，未与官方原文核对）：得分 1/3/5/7/9；D 10、30、50、70 %；P 8、15、25、35°；FVC 0.2、0.4、0.6、0.8；指数分界 2、4、6、8 -&gt; 1 一般、2 轻度脆弱、3 中度脆弱、4 高度脆弱、5 极脆弱。分界值下限包含、可编辑；留空取所选级数的默认值。提供喀斯特范围掩膜（非零 = 喀斯特）时，范围外像元为无数据。任一因子为无数据则结果为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Role</source>
      <translation>作用</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Row {} ({}): {}</source>
      <translation>第 {} 行（{}）：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Rows 'code,ecosystem type' replacing the default rows for those codes.</source>
      <translation>“编码,生态系统类型”行，替换默认表中对应编码的行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Rule 1: new farmland must reach this share (%) of the existing farmland. Default 5 %, the pilot rule of 自然资发〔2019〕194号 as summarised in METHODS.md §4.</source>
      <translation>规则 1：新增耕地须达到现有耕地的该比例（%）。默认 5 %，即《自然资源部关于开展全域土地综合整治试点工作的通知》（自然资发〔2019〕194号）的要求（见 METHODS.md §4）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Rule id</source>
      <translation>规则编号</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Rule table</source>
      <translation>规则表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Rule table: species (1 mangrove, 2 seagrass), factor (ELEVATION, WAVE, SALINITY, DISTANCE), suitable from / to, marginal from / to (empty = no limit). Defaults as in the help.</source>
      <translation>规则表：物种（1 红树林、2 海草床）、因子（ELEVATION、WAVE、SALINITY、DISTANCE）、适宜的下限 / 上限、较适宜的下限 / 上限（留空 = 不限）。默认值见帮助。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Rule {} ({})</source>
      <translation>规则 {}（{}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Rule {} ({}) cannot fire: no input for {}.</source>
      <translation>规则 {}（{}）无法触发：缺少 {} 的输入。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Rule {}: direction '{}' is not one of 耕地, 林地, 草地, 建设用地, 水域.</source>
      <translation>规则 {}：修复方向“{}”不是耕地、林地、草地、建设用地、水域之一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Rule {}: mode '{}' is not one of 自然恢复, 辅助再生, 生态重建, 转型利用.</source>
      <translation>规则 {}：修复模式“{}”不是自然恢复、辅助再生、生态重建、转型利用之一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Rule {}: surrounding land use '{}' is not one of 耕地, 林地, 草地, 建设用地, 水域, 其他.</source>
      <translation>规则 {}：周边土地利用“{}”不是耕地、林地、草地、建设用地、水域、其他之一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Rule-based (default: each unit typed by the first rule that holds, zones = adjacent units of one type) or SKATER clustering into the given number of zones.</source>
      <translation>规则法（默认：各单元按第一条成立的规则定类，相邻同类单元合为一区），或 SKATER 空间约束聚类划分为给定数量的分区。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Rule-based (dominant function, contiguous units of one type)</source>
      <translation>规则法（主导功能，同类相邻单元合并）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Rules: direction and mode by condition (first match wins)</source>
      <translation>规则：按条件确定修复方向与模式（首条满足者生效）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/dask_client.py" />
      <source>Running on the Dask cluster at {} ({} workers).</source>
      <translation>在位于 {} 的 Dask 集群上运行（{} 个工作进程）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Runoff coefficient table</source>
      <translation>径流系数表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Runoff coefficient α</source>
      <translation>径流系数 α</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Runoff coefficient α by land-use class</source>
      <translation>各土地利用类型的径流系数 α</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Runs an editable rule table over the land parcels (地类图斑 DLTB) and writes one problem patch per parcel and rule that fires: problem code and type, the rule and its condition, land class, township and village (from ZLDWDM: 9 and 12 digits, GB/T 2260 and the 12-digit village code), area MJ in hm², suggested restoration mode and project type. Overlapping problems on one parcel are all listed (WTSL = number of problems of the parcel, WTZH = their codes). A rule = land classes (三调 codes or prefixes, '-' excludes, '*' all) and a condition over the variables redline, farmland, urban, river, mine, corridor (share 0-1 of the parcel inside the zone layer), road (1 where a road crosses the parcel), shore (1 within the shoreline distance of natural shoreline), slope (mean °), gdpdjb (耕地坡度级别), soil_loss (mean t/(km²·a)), degradation (majority grade 1-4), habitat (mean 0-1), importance (majority grade), joined by 'and' / 'or'. A zone variable used with &gt; clips the patch to the zone (farmland inside the red line = the part inside). A variable whose input is not given makes its rule silent (reported). Default rules (the plugin's own reading of the problem lists of the Guangdong and Qionghai work plans; edit or switch off any row): farmland, construction, mining land, aquaculture ponds inside the red line; steep farmland (GDPDJB = 5 or slope &gt; 25°: 25° is the steep-slope limit of the Water and Soil Conservation Law of the PRC, art. 20); farmland in river and lake management zones; historic mines still mining or bare land; soil loss ≥ 500 t/(km²·a) (the tolerable soil loss of the southern red-soil hilly region in SL 190-2007, the lower bound of 轻度 erosion there: set it for your region); degraded forest or wetland (degradation grade ≥ 3 中度, the 'Degradation degree' coding); construction, ponds or salt pans on natural shoreline; natural habitat in corridors crossed by roads. Memory follows the parcels, not the rasters (read by blocks of rows): about 4 KB a parcel (measured on parcels of 12 vertices; more with more vertices), so a county of 200,000 parcels needs about 0.8 GB; the run is refused, with the figures, when the parcels cannot fit. Run a province county by county.</source>
      <translation>对地类图斑（DLTB）逐图斑运行可编辑的规则表，每个图斑每条命中的规则写出一个问题图斑：问题代码与类型、命中规则及其条件、地类、乡镇与村（由 ZLDWDM 取前 9 位与前 12 位：GB/T 2260 与 12 位村级代码）、面积 MJ（公顷）、建议修复模式与项目类型。同一图斑上的多个问题全部列出（WTSL 为该图斑问题个数，WTZH 为其问题代码）。一条规则 = 地类（三调编码或前缀，'-' 表示排除，'*' 表示全部）与条件；条件中的变量：redline、farmland、urban、river、mine、corridor（图斑落在对应范围图层内的面积比例 0-1）、road（有道路穿过图斑为 1）、shore（距自然岸线在岸线距离以内为 1）、slope（平均坡度 °）、gdpdjb（耕地坡度级别）、soil_loss（平均土壤侵蚀模数 t/(km²·a)）、degradation（退化等级 1-4 的众数）、habitat（平均生境质量 0-1）、importance（重要性等级众数），以 'and' / 'or' 连接。范围变量以 &gt; 使用时问题图斑裁切到该范围（红线内耕地 = 落在红线内的部分）。未给出输入的变量使该规则不触发（并报告）。默认规则（插件依据广东省与琼海市工作方案所列问题自行整理，每行均可编辑或关闭）：生态保护红线内的耕地、建设用地、采矿用地、养殖坑塘；陡坡耕地（GDPDJB = 5 或坡度 &gt; 25°：25° 为《中华人民共和国水土保持法》第二十条的陡坡限值）；河湖管理范围内耕地；仍为采矿用地或裸地的历史遗留矿山；土壤侵蚀模数 ≥ 500 t/(km²·a)（SL 190-2007 南方红壤丘陵区容许土壤流失量，即该区轻度侵蚀下限，请按本地区设置）；退化林地或湿地（退化等级 ≥ 3 中度，按“生态退化程度”的编码）；占用自然岸线的建设用地、坑塘或盐田；廊道内被道路切割的自然生境。内存随地块数量而非栅格大小增长（栅格按行分块读取）：每个地块约 4 KB（按平均 12 个节点的地块实测；节点更多则更多），一个 20 万个地块的县约需 0.8 GB；地块无法放入内存时本步骤拒绝运行并给出数字。全省请逐县运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Rural settlement consolidation potential (农村居民点整治潜力)</source>
      <translation>农村居民点整治潜力 (Rural settlement consolidation potential)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Rural settlement polygons (农村居民点图斑), or points with an area field.</source>
      <translation>农村居民点图斑，或带面积字段的点。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Rural settlements</source>
      <translation>农村居民点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>S cropland</source>
      <translation>耕地 S</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>S mine</source>
      <translation>采矿 S</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>S road</source>
      <translation>道路 S</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>S rural</source>
      <translation>农村 S</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>S urban</source>
      <translation>城镇 S</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Salinity (‰)</source>
      <translation>盐度（‰）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Salinity (‰), optional.</source>
      <translation>盐度（‰），可选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Sample size for cell-level correlation (0 = all cells)</source>
      <translation>像元尺度相关分析的样本量（0 = 全部像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>Saved the indicator set in the QGIS project (save the project to keep it).</source>
      <translation>已将指标体系存入 QGIS 工程（请保存工程以保留）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>Saved {0} indicators to table '{1}' of {2}.</source>
      <translation>已将 {0} 项指标保存到 {2} 的表“{1}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Saving the default styles…</source>
      <translation>正在保存默认样式…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Scale fragmentation, isolation and dominance to their largest class value</source>
      <translation>破碎度、分离度和优势度按各地类最大值归一化</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Scaling parameter z</source>
      <translation>尺度参数 z</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Scaling parameter z of the quality function. Default 2.5, fixed in InVEST (User's Guide).</source>
      <translation>生境质量函数的缩放参数 z。默认 2.5，与 InVEST 固定取值一致（用户指南）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>Schema (JSON)</source>
      <translation>数据库规范（JSON）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_database.py" />
      <source>Schema file '{}' not found: give a schema JSON file or leave the parameter empty for the shipped one.</source>
      <translation>找不到规范文件“{}”：请给出规范 JSON 文件，或留空使用插件自带的规范。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Score (0-2)</source>
      <translation>评分 (0-2)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Score breaks</source>
      <translation>得分断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Score breaks must be ascending.</source>
      <translation>得分断点须递增。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Score breaks of 二级 and 一级 (ascending)</source>
      <translation>二级与一级的得分断点（递增）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Score breaks of 二级 and 一级, ascending, used with grading by score breaks. Default 0.4, 0.6, the plugin's own values.</source>
      <translation>二级和一级的得分分界，升序，仅在按得分分界分级时使用。默认 0.4、0.6，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Score per metre of restored length (IS / 2R)</source>
      <translation>按单位修复长度计的改善值（IS / 2R）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Scores the candidate cells (default: 滩涂 tidal flats and 养殖坑塘 aquaculture ponds for mangroves, tidal flats and shallow sea for seagrass, by the codes of a habitat raster) on elevation relative to mean sea level, wave height, salinity, substrate and distance to the existing stands (cells of the habitat raster with the existing-stand codes). Each factor is 2 suitable, 1 marginal or 0 unsuitable by the rule table (closed intervals: suitable from-to, marginal from-to; outside both unsuitable); a factor not given is left out; the class is the lowest factor (limiting factor) and the limiting factor is recorded. Defaults: mangrove elevation 0 to 1.5 m above mean sea level (planting between mean sea level and mean high water, after HY/T 214-2017 红树林植被恢复技术指南 as commonly cited - not verified here; set the upper limit to your local mean high water); all other values (mangrove wave ≤ 0.5 m, salinity 5-25 ‰, within 1 km of a stand, mud or sandy mud; seagrass 0.5-4 m below mean sea level, wave ≤ 0.6 m, salinity 25-35 ‰, within 2 km, sandy mud or sand) are the plugin's defaults from general restoration practice, NOT verified against a standard: review them with the local survey. Suitable and marginal patches become candidate polygons (area, main habitat beneath, project type 红树林营造与修复 / 海草床修复) for the project library.</source>
      <translation>按生境栅格的代码选出候选像元（默认：红树林为滩涂和养殖坑塘，海草床为滩涂和浅海），依据相对平均海平面的高程、波高、盐度、底质和与现有群落（生境栅格中现有群落代码的像元）的距离评分。各因子按规则表（闭区间：适宜的下限-上限、较适宜的下限-上限；两者之外为不适宜）记 2 适宜、1 较适宜或 0 不适宜；未给出的因子不参评；类别取各因子的最低值（最小限制因子），并记录限制因子。默认值：红树林高程为平均海平面以上 0 至 1.5 米（在平均海平面与平均高潮位之间种植，依据常被引用的 HY/T 214-2017《红树林植被恢复技术指南》——此处未核实；上限请取当地平均高潮位）；其余值（红树林波高 ≤ 0.5 米、盐度 5-25 ‰、距现有群落 1 千米内、淤泥或泥沙底质；海草床平均海平面以下 0.5-4 米、波高 ≤ 0.6 米、盐度 25-35 ‰、2 千米内、泥沙或砂质底质）为本插件依一般修复实践拟定的默认值，未经标准核实：请结合当地调查复核。适宜和较适宜斑块输出为候选图斑（面积、所在主要生境、项目类型 红树林营造与修复 / 海草床修复），供项目库使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Sea criteria (field, weight, direction + or −, role)</source>
      <translation>海域评价因子（字段、权重、方向 + 或 −、作用）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_sea.py" />
      <source>Sea planning units</source>
      <translation>海域规划单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Sea planning units (海域)</source>
      <translation>海域规划单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Sea planning units and marine projects (海域规划单元与海洋修复项目)</source>
      <translation>海域规划单元与海洋修复项目 (Sea planning units and marine projects)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Sea planning units can only be ranked with polygon land units; the units layer holds points or lines.</source>
      <translation>海域规划单元只能与面状陆域单元一并排序；单元图层为点或线。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_sea.py" />
      <source>Sea planning units: the layer has no sea (海域) polygons. Give the units output of 'Sea planning units and marine projects' or sea polygons.</source>
      <translation>海域规划单元：图层中没有海域面。请输入“海域规划单元与海洋修复项目”的单元输出或海域面图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_sea.py" />
      <source>Sea planning units: {} unit(s) of another domain (陆域) are left out; the land units come from the units layer.</source>
      <translation>海域规划单元：{} 个陆域单元不参与；陆域单元取自单元图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Sea polygons (sea-use zones)</source>
      <translation>海域面（海洋功能区）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Sea polygons: sea-use function zones (海洋功能区) or the sea area (projected CRS in metres).</source>
      <translation>海域面：海洋功能区或海域范围（以米为单位的投影坐标系）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Sea polygons: the layer has no polygons.</source>
      <translation>海域面：图层没有面要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Sea polygons: the layer is missing or cannot be read.</source>
      <translation>海域面：图层缺失或无法读取。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Sea units</source>
      <translation>海域单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Sea units overlap land units by more than {:g} m²: {}. Sea and land units must not overlap: clip the sea polygons with the land (or fix the coastline) and run again.</source>
      <translation>海域单元与陆域单元的重叠超过 {:g} 平方米：{}。海域与陆域单元不得重叠：请用陆域裁切海域面（或修正海岸线）后重新运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_sea.py" />
      <source>Sea units overlap land units by more than {:g} m²: {}. Sea and land units must not overlap: clip the sea polygons with the land and run again.</source>
      <translation>海域单元与陆域单元重叠超过 {:g} m²：{}。海域与陆域单元不得重叠：请用陆域裁剪海域面后重新运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Sea weights: {}</source>
      <translation>海域权重：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Sea zone types and rules, as the land scheme but on the sea unit fields (zone, marine_cost_wan, area_ha, ceh). Defaults (plugin's own): 海洋生态保护修复区 for 海洋保护区 / 保留区 or CEH &lt; 75 (HY/T 087-2005 亚健康), 海岸带整治修复区 where marine projects cost &gt; 0, else 海域生态保育区.</source>
      <translation>海域分区类型与规则，与陆域方案相同，但条件作用于海域单元字段（zone、marine_cost_wan、area_ha、ceh）。默认（插件自定）：海洋保护区、保留区或 CEH &lt; 75（HY/T 087-2005 亚健康）为海洋生态保护修复区；海洋修复项目投资 &gt; 0 为海岸带整治修复区；其余为海域生态保育区。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Sea zones</source>
      <translation>海域分区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Sea zoning scheme (sea zone types and rules)</source>
      <translation>海域分区方案（分区类型与规则）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Sea-land overlap tolerance (m²)</source>
      <translation>海陆重叠容许值（平方米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Seagrass (海草床)</source>
      <translation>海草床 (Seagrass)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Seagrass candidates</source>
      <translation>海草床修复候选区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Seagrass restoration candidates (polygons).</source>
      <translation>海草床修复候选区（面）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Second date minus first date, yuan per cell (needs the second land use).</source>
      <translation>第二期减第一期，元/像元（需要第二期土地利用）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Second date: {:.2f} × 10⁴ yuan (change {:+.2f} × 10⁴ yuan)</source>
      <translation>第二期：{:.2f} 万元（变化 {:+.2f} 万元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Seed of the random sample: the same seed gives the same sample and result. Default 0.</source>
      <translation>随机抽样的种子：相同种子得到相同样本和结果。默认 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Select a map in the list and press Preview.</source>
      <translation>在列表中选中一幅图，然后点击“预览”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Select all</source>
      <translation>全选</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Select none</source>
      <translation>全不选</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Selection after ranking by dPC.</source>
      <translation>按 dPC 排序后筛选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Selection after ranking; with N both conditions apply.</source>
      <translation>排序后筛选；与 N 同时给出时两个条件都须满足。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Sensitivity of the service value to each ecosystem type</source>
      <translation>生态系统服务价值对各生态系统类型的敏感性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Sensitivity table</source>
      <translation>敏感性表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Sensor</source>
      <translation>传感器</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Service</source>
      <translation>服务</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Service capacity index (relative, in the unit of NPP) on the NPP grid; grade it with the cumulative-share importance grading.</source>
      <translation>服务能力指数（相对值，单位同 NPP），位于 NPP 格网；可用“服务重要性分级”进行分级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Service capacity indices by the NPP-index method of the ecological protection red line guide (生态保护红线划定指南, 2017; METHODS.md §1): water conservation WR = NPP_mean · F_sic · F_pre · (1 − F_slo); soil conservation S_pro = NPP_mean · (1 − K) · (1 − F_slo); windbreak and sand fixation S_ws = NPP_mean · K · F_q · D; biodiversity maintenance S_bio = NPP_mean · F_pre · F_tem · (1 − F_alt). NPP (e.g. gC/(m²·a), multi-year mean) is used as given; the factors are min-max normalised to 0-1 over their valid cells (can be switched off when they are already 0-1). F_slo is the slope in degrees computed from the DEM (Horn 1981), F_alt the DEM elevation. Only the factors of the chosen service are needed; a missing one is named in the error. The output is a relative index (unit of NPP): grade it with the cumulative-share importance grading. Inputs not on the NPP grid are resampled onto it; nodata in any factor gives nodata.</source>
      <translation>按《生态保护红线划定指南》（2017）的 NPP 定量指标法计算服务能力指数（METHODS.md §1）：水源涵养 WR = NPP_mean · F_sic · F_pre · (1 − F_slo)；水土保持 S_pro = NPP_mean · (1 − K) · (1 − F_slo)；防风固沙 S_ws = NPP_mean · K · F_q · D；生物多样性维护 S_bio = NPP_mean · F_pre · F_tem · (1 − F_alt)。NPP（如 gC/(m²·a)，多年平均）按原值使用；各因子在其有效像元上按最小-最大值归一化到 0-1（因子已为 0-1 时可关闭）。F_slo 为由 DEM 计算的坡度（度，Horn 1981），F_alt 为 DEM 高程。只需提供所选服务用到的因子，缺少时报错并指明缺少的因子。输出为相对指数（NPP 的单位），可用累积服务值法进行重要性分级。不在 NPP 栅格上的输入会被重采样到该栅格；任一因子无数据则结果为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Service importance grade</source>
      <translation>服务功能重要性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Service importance grade (reference grid)</source>
      <translation>服务功能重要性等级（参考格网）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Service importance grade raster (3 极重要, 2 重要, 1 一般重要, 0 nodata), e.g. the combined service grades; the reference grid.</source>
      <translation>服务重要性等级栅格（3 极重要、2 重要、1 一般重要、0 无数据），如集成后的服务重要性等级，作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancegrading.py" />
      <source>Service importance grading, cumulative share (服务重要性分级 累积服务值法)</source>
      <translation>服务重要性分级 累积服务值法 (Service importance grading, cumulative share)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Service index</source>
      <translation>服务指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancegrading.py" />
      <source>Service raster</source>
      <translation>服务功能栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Service rasters (two or more)</source>
      <translation>服务栅格（两个或以上）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Service trade-offs and synergies (生态系统服务权衡与协同)</source>
      <translation>生态系统服务权衡与协同 (Service trade-offs and synergies)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Service value per service</source>
      <translation>分项生态系统服务价值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Service value per zone</source>
      <translation>分区生态系统服务价值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Set cells where ET exceeds P − R to 0 instead of keeping the negative balance. Default off (the water balance as computed).</source>
      <translation>将 ET 大于 P − R 的像元设为 0，而不保留负的水量平衡值。默认不勾选（保留计算结果）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Set negative scores (restoring the window would not shorten the path) to 0.</source>
      <translation>负改善值（修复窗口不会缩短路径）设为 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Set negative values (ET &gt; P − R) to zero</source>
      <translation>将负值（ET &gt; P − R）置为零</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Sets the default band numbers, wetness coefficients and thermal wavelength.</source>
      <translation>决定默认波段号、湿度系数和热红外波长。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Settlement area field</source>
      <translation>居民点面积字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Settlement potential per settlement</source>
      <translation>农村居民点整治潜力（居民点）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Settlement potential per unit</source>
      <translation>农村居民点整治潜力（单元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Settlement potential: {:.2f} hm² ({:.4f} 万亩) of construction land, {:.2f} hm² of new farmland.</source>
      <translation>农村居民点整治潜力：建设用地 {:.2f} hm²（{:.4f} 万亩），新增耕地 {:.2f} hm²。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Settlements with planned population, standard area, potential ΔS (negative flagged and kept as raw value) and new farmland.</source>
      <translation>农村居民点，附规划人口、标准用地面积、整治潜力 ΔS（负值标记并保留原始值）和新增耕地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Settlements with population</source>
      <translation>居民点（含人口）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Severe</source>
      <translation>重度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Shapefile encoding</source>
      <translation>Shapefile 编码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Shapefile encoding when there is no .cpg (e.g. GBK)</source>
      <translation>无 .cpg 时 Shapefile 的编码（如 GBK）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_database.py" />
      <source>Shapefile set (a folder of .shp)</source>
      <translation>Shapefile 文件集（.shp 文件夹）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Share of PC1: {:.1f} %</source>
      <translation>第一主成分贡献率：{:.1f} %</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Share of each type's area that can be reclaimed. The defaults are typical values, not verified: take them from the local reclamation plans.</source>
      <translation>各类型面积中可复垦的比例。默认值为常用值，未经核对：请以当地复垦规划为准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Share of the grain value in one equivalent (1/7 rule)</source>
      <translation>一个标准当量占粮食产值的比例（1/7 规则）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Share of the grain value that makes one standard equivalent. Default 1/7 (Xie et al. 2003, 2008).</source>
      <translation>一个标准当量占粮食产值的比例。默认 1/7（谢高地等 2003、2008）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Share of the released land that becomes farmland. Default 0.7, the plugin's own value: take it from the local reclamation plans.</source>
      <translation>腾退用地中可复垦为耕地的比例。默认 0.7，为插件自定值：请以当地复垦规划为准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Shares</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Shares must increase within (0, 1], e.g. 0.5, 0.8.</source>
      <translation>占比须在 (0, 1] 内递增，例如 0.5, 0.8。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>Shares: {}</source>
      <translation>占比：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Shore type</source>
      <translation>岸线类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Shore type (codes 1-5, reference grid)</source>
      <translation>岸线类型（代码 1-5，参考栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Shore type code</source>
      <translation>岸线类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Shore type field</source>
      <translation>岸线类型字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Shore type in the coastal strip, codes 1-5</source>
      <translation>海岸带岸线类型，编码 1-5</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>Shore types counted as natural (comma separated)</source>
      <translation>计为自然岸线的岸线类型（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Shore types counted as restored (comma separated)</source>
      <translation>计为整治修复岸线的岸线类型（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Shore types counted as restored shoreline, comma separated: their length (km, mainland and islands) is the base value of 整治修复海岸线长度. Default the classified shoreline's 'restored' and its Chinese names; empty: no such base value.</source>
      <translation>计为整治修复岸线的岸线类型，逗号分隔：其长度（km，大陆与海岛合计）为“整治修复海岸线长度”的基期值。默认为岸线分类的 restored 及其中文名称；留空：不计算该基期值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Shore-type raster, codes 1 砂质 sandy, 2 淤泥质 muddy, 3 自然形态 natural-form, 4 人工 artificial, 5 基岩 bedrock; the reference grid.</source>
      <translation>岸线类型栅格，编码 1 砂质、2 淤泥质、3 自然形态、4 人工、5 基岩，作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Shore-type score</source>
      <translation>岸线类型得分</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Shore-type score table</source>
      <translation>岸线类型得分表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Shore-type values counted as natural shoreline, comma separated. Default the natural types in Chinese and English (自然岸线, 基岩岸线, 砂质岸线, 淤泥质岸线, 生物岸线, 河口岸线 …).</source>
      <translation>计为自然岸线的岸线类型取值，逗号分隔。默认为中英文自然岸线类型（自然岸线、基岩岸线、砂质岸线、淤泥质岸线、生物岸线、河口岸线等）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Shoreline (lines)</source>
      <translation>海岸线（线）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Shoreline (newer)</source>
      <translation>岸线（较新）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Shoreline (older)</source>
      <translation>岸线（较早）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Shoreline change transects</source>
      <translation>岸线变化断面</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Shoreline class code</source>
      <translation>岸线类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Shoreline class field</source>
      <translation>岸线类型字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Shoreline class field (artificial / 人工岸线, sandy / 砂质岸线 …). Default shore_class.</source>
      <translation>岸线类型字段（artificial / 人工岸线、sandy / 砂质岸线 …）。默认 shore_class。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Shoreline class field (older)</source>
      <translation>岸线类型字段（较早）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Shoreline classification and change (岸线分类与变化)</source>
      <translation>岸线分类与变化 (Shoreline classification and change)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Shoreline distance (m)</source>
      <translation>岸线距离（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Shoreline distribution and types (海岸线分布与类型图)</source>
      <translation>海岸线分布与类型图 (Shoreline distribution and types)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Shoreline erosion rate (m/a)</source>
      <translation>岸线侵蚀速率（m/a）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Shoreline erosion rate in m/a (accreting shores ≤ 0 take the lowest grade); graded by the muddy or sandy breaks according to the shore type.</source>
      <translation>岸线侵蚀速率（m/a；淤长岸线 ≤ 0 取最低级），按岸线类型采用淤泥质或砂质分界值分级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Shoreline erosion rate, m/a</source>
      <translation>岸线侵蚀速率，m/a</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Shoreline lengths by class</source>
      <translation>岸线分类长度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Shoreline type field</source>
      <translation>岸线类型字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Short-circuit regions</source>
      <translation>短路区域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Short-circuit regions (raster of region ids)</source>
      <translation>短路区域（区域编号栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Side (m) of the square cells of the grid unit type. Default 1000 m, the plugin's own value.</source>
      <translation>规则网格单元的边长（米）。默认 1000 m，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Side of the grid cells (m) in grid mode. Default 1000 m.</source>
      <translation>格网模式下格网边长（米）。默认 1000 米。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Side of the square risk cells, m. 0: the side of 3 × the mean patch area. The log gives the range of the 2-5 × rule.</source>
      <translation>方形风险小区边长，m。0：取平均斑块面积 3 倍对应的边长。日志给出 2-5 倍规则的范围。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Side of the square window (cells, odd) in which relief = max − min elevation. Default 5, the plugin's own value; studies use windows of roughly 0.2-1 km².</source>
      <translation>计算地形起伏度（最大高程 − 最小高程）的方形窗口边长（像元数，奇数）。默认 5，为插件自定值；相关研究多采用约 0.2-1 km² 的窗口。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Significance level α</source>
      <translation>显著性水平 α</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Significance level: a correlation with p &lt; α is a synergy (rho &gt; 0) or a trade-off (rho &lt; 0). Default 0.05, the usual statistical convention.</source>
      <translation>显著性水平：p &lt; α 的相关视为协同（rho &gt; 0）或权衡（rho &lt; 0）。默认 0.05，为统计学常用取值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Significant wave height (m), optional.</source>
      <translation>有效波高（米），可选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Significant wave height, m</source>
      <translation>有效波高，m</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Six band numbers: blue, green, red, NIR, SWIR1, SWIR2. Empty: 2,3,4,5,6,7 for OLI, 1,2,3,4,5,7 for TM.</source>
      <translation>六个波段号：蓝、绿、红、近红外、短波红外1、短波红外2。留空：OLI 为 2,3,4,5,6,7，TM 为 1,2,3,4,5,7。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Six tasseled-cap wetness coefficients (blue … SWIR2). Empty: Baig et al. (2014) for OLI, Crist (1985) for TM.</source>
      <translation>六个缨帽变换湿度系数（蓝 … 短波红外2）。留空：OLI 用 Baig 等（2014），TM 用 Crist（1985）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Size in cells (rows = columns, 30 m cells)</source>
      <translation>大小（像元数，行数 = 列数，30 m 像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>Skipped (layers missing): {}.</source>
      <translation>已跳过（缺少图层）：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Slope (degrees)</source>
      <translation>坡度（度）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Slope breaks</source>
      <translation>坡度断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Slope breaks, degrees (empty = {})</source>
      <translation>坡度分界，度（留空 = {}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Slope class</source>
      <translation>坡度级别</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Slope class breaks</source>
      <translation>坡度分级断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Slope class breaks in degrees, ascending. Default 8, 15, 25: the slope classes of Chinese land-use practice; the plugin's choice.</source>
      <translation>坡度分级断点（度），升序。默认 8、15、25：国内土地利用实践常用的坡度分级，为插件选定。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Slope class breaks, degrees</source>
      <translation>坡度分级断点（度）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Slope class of each patch (keys of the coefficient table), or the slope in degrees.</source>
      <translation>各图斑的坡度级别（与系数表第一列对应），或以度表示的坡度。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Slope class or slope field</source>
      <translation>坡度级别或坡度字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Slope classes {} occur in the farmland patches but are absent from the coefficient table (classes in the table: {}). Add them to the table or correct the slope field.</source>
      <translation>耕地图斑中出现坡度级别 {}，但系数表中没有（表中级别：{}）。请将其加入系数表或修正坡度字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Slope field (degrees)</source>
      <translation>坡度字段（度）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Slope length and steepness factor LS (dimensionless). Optional output: not written unless a file is chosen.</source>
      <translation>坡长坡度因子 LS（无量纲）。可选输出：未指定文件时不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Slope of each site in degrees, for the restoration direction (复垦方向). Empty: the direction is 'not assessed'.</source>
      <translation>各地块坡度（度），用于判定复垦方向。留空：复垦方向记为“未评价”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Smaller patches are dropped before ranking.</source>
      <translation>较小斑块在排序前剔除。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Smallest radius of the restored circular window, in metres.</source>
      <translation>修复圆形窗口的最小半径，单位米。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Soil and water conservation importance (水土保持重要性)</source>
      <translation>水土保持重要性评价图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Soil and water conservation rate</source>
      <translation>水土保持率</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Soil conservation (水土保持)</source>
      <translation>水土保持</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Soil conservation by the revised universal soil loss equation (RUSLE): potential soil loss A_p = R·K·LS, actual A_r = R·K·LS·C·P and conserved soil A_c = R·K·LS·(1 − C·P), in t/(hm²·a) when R is in MJ·mm/(hm²·h·a) and K in t·hm²·h/(hm²·MJ·mm). LS comes from the DEM: slope by Horn (1981), S by McCool (1987) / Liu (1994), L = (λ/22.13)^m with the slope length λ from D8 flow accumulation on the depression-filled DEM. C from the land-use table or from FVC (蔡崇法 2000); P from the land-use table. All tables are editable. Only the flow routing holds the whole DEM; the inputs are checked and the factors computed by row blocks.</source>
      <translation>用修正通用土壤流失方程（RUSLE）计算土壤保持量：潜在侵蚀量 A_p = R·K·LS，实际侵蚀量 A_r = R·K·LS·C·P，土壤保持量 A_c = R·K·LS·(1 − C·P)；R 单位为 MJ·mm/(hm²·h·a)、K 单位为 t·hm²·h/(hm²·MJ·mm) 时结果单位为 t/(hm²·a)。LS 由 DEM 计算：坡度采用 Horn (1981) 方法，S 采用 McCool (1987) / 刘宝元 (1994) 公式，L = (λ/22.13)^m，坡长 λ 由填洼后 DEM 的 D8 汇流累积量得到。C 由土地利用对照表或植被覆盖度（蔡崇法 2000）确定；P 由土地利用对照表确定。所有对照表均可编辑。仅汇流计算需要整幅 DEM；输入数据检查与各因子计算均按行分块进行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Soil conservation for the spatial adjustment</source>
      <translation>用于空间修正的土壤保持量</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Soil conservation, RUSLE (水土保持 RUSLE)</source>
      <translation>水土保持 RUSLE (Soil conservation, RUSLE)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Soil erodibility K</source>
      <translation>土壤可蚀性因子 K</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Soil erodibility K from</source>
      <translation>土壤可蚀性 K 来源</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Soil erodibility K in t·hm²·h/(hm²·MJ·mm).</source>
      <translation>土壤可蚀性因子 K，单位 t·hm²·h/(hm²·MJ·mm)。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Soil erodibility K, for soil conservation and windbreak and sand fixation.</source>
      <translation>土壤可蚀性因子 K，用于水土保持和防风固沙。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Soil erosion areas (soil-erosion control)</source>
      <translation>水土流失区（水土流失综合治理）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Soil loss</source>
      <translation>土壤侵蚀量</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Soil loss modulus</source>
      <translation>土壤侵蚀模数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Soil loss unit</source>
      <translation>土壤侵蚀量单位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Soil seepage factor F_sic</source>
      <translation>土壤渗流因子 F_sic</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Soil seepage factor F_sic (e.g. from soil texture), for water conservation.</source>
      <translation>土壤渗流因子 F_sic（如由土壤质地确定），用于水源涵养。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Soil texture class or K grade raster</source>
      <translation>土壤质地类别或 K 等级栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Soil texture class raster (codes of the texture table) or K grade raster, by the previous choice.</source>
      <translation>土壤质地分类栅格（编码见质地对照表）或 K 等级栅格，取决于上一项选择。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Soil texture class raster and table</source>
      <translation>土壤质地栅格与质地表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Soil texture class, codes 1-12</source>
      <translation>土壤质地类型，编码 1-12</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Soil thickness field (cm)</source>
      <translation>土层厚度字段（cm）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Soil thickness of each site in cm, for the farmland direction. Empty: the soil condition is not checked.</source>
      <translation>各地块土层厚度（cm），用于判定能否复垦为耕地。留空：不检查土层条件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Soil-erosion vulnerability</source>
      <translation>水土流失脆弱性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Soil-erosion vulnerability (水土流失脆弱性)</source>
      <translation>水土流失脆弱性 (Soil-erosion vulnerability)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Soil-erosion vulnerability after the 双评价 guide (MNR 2020) and the red line guide (2017), METHODS.md §1: SS = (R · K · LS · C)^(1/4), the geometric mean of the factor grades. R rainfall erosivity (MJ·mm/(hm²·h·a)); LS stands in as relief 地形起伏度 (m), the elevation range in a moving window of the DEM (or a relief raster); C vegetation cover FVC (0-1; more cover, lower grade); K the soil-erodibility grade by soil texture class. Three levels: factor scores 1/3/5, R breaks 100, 600; relief 50, 300 m; FVC 0.2, 0.6; index breaks 2.33, 3.66 -&gt; 1 一般脆弱, 2 脆弱, 3 极脆弱. Five levels (2017, not verified against the official text): scores 1/3/5/7/9, R 25, 100, 400, 600; relief 20, 50, 100, 300 m; FVC 0.2, 0.4, 0.6, 0.8; index breaks 2, 4, 6, 8 -&gt; 1 不敏感 … 5 极敏感. An empty break field takes these defaults; breaks are lower-inclusive. K: either a soil texture raster with the codes of the texture table (1 石砾, 2 砂, 3 粗砂土, 4 细砂土, 5 黏土, 6 面砂土, 7 壤土, 8 砂壤土, 9 粉黏土, 10 壤黏土, 11 砂粉土, 12 粉土; grades editable), or a raster that already holds the K grade on the factor scale (1/3/5 or 1/3/5/7/9). Nodata in any factor gives nodata.</source>
      <translation>按双评价指南（自然资源部 2020）和红线指南（2017）评价水土流失脆弱性，METHODS.md §1：SS = (R · K · LS · C)^(1/4)，即各因子等级的几何平均。R 为降雨侵蚀力（MJ·mm/(hm²·h·a)）；LS 以地形起伏度（m）代替，即 DEM 移动窗口内的高程差（或直接给出起伏度栅格）；C 为植被覆盖度 FVC（0-1；覆盖度越高等级越低）；K 为按土壤质地确定的土壤可蚀性等级。三级：因子得分 1/3/5，R 断点 100、600；起伏度 50、300 m；FVC 0.2、0.6；指数断点 2.33、3.66 分为 1 一般脆弱、2 脆弱、3 极脆弱。五级（2017，未与官方原文核对）：得分 1/3/5/7/9，R 25、100、400、600；起伏度 20、50、100、300 m；FVC 0.2、0.4、0.6、0.8；指数断点 2、4、6、8 分为 1 不敏感 … 5 极敏感。断点留空取上述默认值；断点为下限包含。K：可为按质地表代码编码的土壤质地栅格（1 石砾，2 砂，3 粗砂土，4 细砂土，5 黏土，6 面砂土，7 壤土，8 砂壤土，9 粉黏土，10 壤黏土，11 砂粉土，12 粉土；等级可编辑），或已按因子分值（1/3/5 或 1/3/5/7/9）给出 K 等级的栅格。任一因子无数据则结果为无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Soil-erosion vulnerability grade</source>
      <translation>水土流失脆弱性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Soil-erosion vulnerability index</source>
      <translation>水土流失脆弱性指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Solver: {}; {} linear systems solved; largest relative residual ‖b − Ax‖/‖b‖ = {:.2e}</source>
      <translation>求解器：{}；共求解 {} 个线性方程组；最大相对残差 ‖b − Ax‖/‖b‖ = {:.2e}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Solving the circuit for {} focal nodes…</source>
      <translation>正在求解 {} 个焦点节点的电路…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Solving the circuit with source and ground rasters…</source>
      <translation>正在用电流源与接地栅格求解电路…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled.py" />
      <source>Some Dask workers cannot import what the tasks need. On every worker machine install the plugin and the packages it uses (GDAL's Python bindings, numpy, scipy), and put the folder that holds eco_restore_plugin on the workers' PYTHONPATH (e.g. `PYTHONPATH=/path/to/plugins dask-worker tcp://host:8786`):
{}</source>
      <translation>部分 Dask 工作节点无法导入任务所需的模块。请在每台工作节点机器上安装本插件及其依赖的软件包（GDAL 的 Python 绑定、numpy、scipy），并将包含 eco_restore_plugin 的文件夹加入工作节点的 PYTHONPATH（例如 `PYTHONPATH=/path/to/plugins dask-worker tcp://host:8786`）：
{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled.py" />
      <source>Some Dask workers cannot read the inputs (every worker must see the same paths, e.g. on a shared disk mounted at the same place):
{}</source>
      <translation>部分 Dask 工作进程无法读取输入（每个工作进程都必须能访问相同路径，例如挂载在相同位置的共享磁盘）：
{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled.py" />
      <source>Some Dask workers run another version of the plugin than this machine (their computing code differs, so their chunks could give other numbers). Install the same version of the plugin on every worker machine:
{}</source>
      <translation>部分 Dask 工作节点运行的插件版本与本机不同（其计算代码不同，分块结果可能不一致）。请在每台工作节点机器上安装相同版本的插件：
{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Source centrality</source>
      <translation>源地电流中心度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Source id</source>
      <translation>源地编号</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>Source id field (integer; empty = 1, 2, … in feature order)</source>
      <translation>源地编号字段（整数；留空 = 按要素顺序编号 1, 2, …）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Source ids are not unique; choose another id field.</source>
      <translation>源地编号不唯一；请选择其他编号字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Source land-use codes</source>
      <translation>威胁源地类代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/_sources.py" />
      <source>Source pairs</source>
      <translation>源地对</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Source pairs whose least-cost distance (resistance × metres) exceeds this value are not linked. 0 (default) = no cap.</source>
      <translation>最小累积成本距离（阻力 × 米）超过该值的源地对不建立连接。0（默认）= 不设上限。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Source strength per cell (≥ 0). Empty: source strength = 1 / resistance.</source>
      <translation>每个像元的源强度（≥ 0）。为空时：源强度 = 1 / 阻力。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Source strength raster</source>
      <translation>源强度栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Source strength raster (empty = 1 / resistance)</source>
      <translation>源强度栅格（空 = 1 / 阻力）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Source strengths below this value are set to 0.</source>
      <translation>低于此值的源强度设为 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Source threshold</source>
      <translation>源强度阈值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Source {}</source>
      <translation>源地 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>Sources</source>
      <translation>源地</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Sources (polygons or points)</source>
      <translation>源地（面或点）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>Sources as a raster (nonzero = source; used without a source layer)</source>
      <translation>源地栅格（非零为源地；无源地图层时使用）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Sources as a raster on any grid (resampled to the resistance grid by nearest neighbour): every nonzero cell is a source and its value is the source label. Used only when no source layer is given; one of the two is required.</source>
      <translation>以栅格表示的源地（按最邻近法重采样到阻力面格网）：非零像元为源地，像元值即源地编号。仅在未提供源地图层时使用；源地图层与源地栅格二者必填其一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>Sources {} and {} are not connected inside the corridors.</source>
      <translation>源地 {} 与 {} 在廊道内不连通。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Space (1 ecological, 2 agricultural, 3 urban)</source>
      <translation>空间（1 生态，2 农业，3 城镇）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Space by land-use class (others: ecological)</source>
      <translation>按地类划分空间（其余为生态空间）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Space of each land-use class: 2 agricultural, 3 urban; classes not listed are ecological (1). Defaults: the plugin's mapping of 三调 classes.</source>
      <translation>各地类所属空间：2 农业空间、3 城镇空间；未列出的地类为生态空间（1）。默认值为插件对三调地类的对应关系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Space table</source>
      <translation>空间表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Space table: {} is not a space (1 ecological, 2 agricultural, 3 urban).</source>
      <translation>空间表：{} 不是空间类型（1 生态，2 农业，3 城镇）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Spatially constrained clustering (SKATER regionalisation)</source>
      <translation>空间约束聚类（SKATER 区划）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Spearman correlation table</source>
      <translation>Spearman 相关分析表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Species</source>
      <translation>物种</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Species (1-2)</source>
      <translation>物种 (1-2)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Splits upper-level targets to lower-level units (cities, counties or townships) by an allocation key: unit area, restoration potential (a field), the current value of the indicator (a field) or a weighted mix of the three (each key taken as shares, mixed by the weights). Each unit's target is its share clamped to its floor and cap, with the rest re-allocated to the other units until the totals are kept exactly (proportional allocation with clamping, METHODS.md §5). Aggregation 总量 (sum: areas, lengths): the unit targets add up to the upper-level target. Aggregation 比率 (rate: percentages such as forest coverage): the upper-level rate is the denominator-weighted mean of the unit rates (denominator: unit area in km² or a field), floors and caps are rates (cap at most 100). Floors and caps are a field of the unit layer or one number for all units. When the target cannot be met under the caps (or the floors exceed it), the algorithm stops with a message and writes nothing. Outputs: a unit × indicator table (one row per unit and indicator) and the units with one field per indicator for mapping.</source>
      <translation>按分配依据把上级目标分解到下级单元（市、县或乡镇）：单元面积、修复潜力（字段）、指标现状值（字段），或三者的加权组合（各依据先换算为份额，再按权重混合）。各单元目标为其份额，并限制在该单元的下限与上限之间，超出部分重新分配给其他单元，直至总量严格保持（带约束的比例分配，METHODS.md §5）。汇总方式“总量”（面积、长度）：各单元目标之和等于上级目标。汇总方式“比率”（百分比，如森林覆盖率）：上级比率为各单元比率按分母加权的平均值（分母：单元面积 km² 或指定字段），下限和上限也是比率（上限不超过 100）。下限、上限可以是单元图层的字段，也可以是统一的数值。如果在上限约束下无法完成目标（或下限之和已超过目标），算法给出提示并停止，不写出任何结果。输出：单元 × 指标表（每个单元每个指标一行），以及带各指标字段的单元图层，供制图使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Square</source>
      <translation>正方形</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Square grid</source>
      <translation>方形格网</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Stability 1 stable, 2 basically stable, 3 unstable; shares 0-1; empty cell = any.</source>
      <translation>稳定性 1 稳定、2 基本稳定、3 不稳定；比例取 0-1；空格 = 不限。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Stability ≤</source>
      <translation>稳定性 ≤</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Stability ≥</source>
      <translation>稳定性 ≥</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Standard</source>
      <translation>用地标准</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Standard per household A_household (m²)</source>
      <translation>户均用地标准 A_household（m²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Standard per person A_person (m²)</source>
      <translation>人均用地标准 A_person（m²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Station field</source>
      <translation>站位字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>Station {}: no value in {}: no health index.</source>
      <translation>站位 {}：{} 无数值，不计算健康指数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Statistical basis</source>
      <translation>统计口径</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Status values (comma-separated) that mean in progress. Other values: not restored.</source>
      <translation>表示“修复中”的状态值（逗号分隔）。其他取值视为未修复。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Status values (comma-separated) that mean restored; they make up the restored area.</source>
      <translation>表示“已修复”的状态值（逗号分隔）；计入已修复面积。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Status values meaning in progress</source>
      <translation>表示“修复中”的状态值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Status values meaning restored</source>
      <translation>表示“已修复”的状态值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/runner.py" />
      <source>Step '{}' done in {:.1f} s</source>
      <translation>步骤“{}”完成，用时 {:.1f} 秒</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/runner.py" />
      <source>Step '{}' failed: {}</source>
      <translation>步骤“{}”失败：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Step (no decay)</source>
      <translation>阶跃（不衰减）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Step between radii (0 = only the minimum radius).</source>
      <translation>半径之间的步长（0 = 仅用最小半径）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>Step {} ('{}')</source>
      <translation>步骤 {}（“{}”）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>Step {} must be a table.</source>
      <translation>步骤 {} 必须是一个表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/runner.py" />
      <source>Step {}/{} '{}': {} ({})</source>
      <translation>步骤 {}/{}“{}”：{}（{}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Storage by watershed</source>
      <translation>按小流域的调蓄量</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Storage by watershed and type (万m³).</source>
      <translation>按小流域和类型统计的调蓄量（万立方米）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Storage volume of lakes, reservoirs, rivers, ponds and marshes above their normal water level: area × regulating depth of the wetland's type (湿地专题: 湿地调蓄), per wetland and summed per watershed (a wetland crossing watersheds is split by them). Type field values: lake / reservoir / river / pond / marsh / mangrove / tidal_flat, their Chinese names or 三调 codes (1102 湖泊水面, 1103 水库水面, 1101 河流水面, 1104 坑塘水面, 1108 沼泽地, 1106 内陆滩涂, 0303 红树林地, 1105 沿海滩涂); other values are left out with a warning. The default depths (lake 1.0 m, reservoir 2.0 m, river 0.5 m, pond 0.3 m, marsh 0.3 m, coastal wetlands 0) are the plugin's illustrative values, NOT from a standard: replace them by the regulating depths of the local flood-control plans (调洪水位 − 正常蓄水位), or use the area-storage relations of the GEP guide (陆地生态系统生产总值（GEP）核算技术指南, 2020) for a formal estimate.</source>
      <translation>湖泊、水库、河流、坑塘和沼泽在正常水位以上的调蓄量：面积 × 该湿地类型的调蓄深度（湿地专题：湿地调蓄），按湿地输出并按小流域汇总（跨流域的湿地按流域切分）。类型字段取值：lake / reservoir / river / pond / marsh / mangrove / tidal_flat、其中文名或三调代码（1102 湖泊水面、1103 水库水面、1101 河流水面、1104 坑塘水面、1108 沼泽地、1106 内陆滩涂、0303 红树林地、1105 沿海滩涂）；其他取值不计入并给出警告。默认调蓄深度（湖泊 1.0 米、水库 2.0 米、河流 0.5 米、坑塘 0.3 米、沼泽 0.3 米、滨海湿地 0）为本插件的示意值，并非出自标准：请替换为当地防洪规划的调蓄深度（调洪水位 − 正常蓄水位），或采用《陆地生态系统生产总值（GEP）核算技术指南》（2020）的面积—库容关系作正式估算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Storm surge height (m)</source>
      <translation>风暴潮增水（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Storm surge height, m</source>
      <translation>风暴增水高度，m</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Storm-surge breaks</source>
      <translation>风暴潮断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Storm-surge breaks, m (empty = {})</source>
      <translation>风暴潮分界，m（留空 = {}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Storm-surge height in metres, graded by the storm-surge breaks.</source>
      <translation>风暴潮增水高度（米），按风暴潮分界值分级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Streams start where at least this area drains (km²); larger values give fewer, larger watersheds. Default 10 km², the plugin's own value.</source>
      <translation>汇水面积达到该值（km²）处形成河道；值越大，流域越少越大。默认 10 km²，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Strongest barriers</source>
      <translation>最强障碍点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Structure table file (XLSX or CSV)</source>
      <translation>结构表文件（XLSX 或 CSV）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Structure table: one row per unit (whole layer, township, village) and class (first and second level), areas in hm², 亩 and km², 田坎 in its own column; totals equal ΣTBDLMJ.</source>
      <translation>现状结构表：每个单元（全域、乡镇、村）与地类（一级、二级）一行，面积以公顷、亩和平方千米计，田坎单列；合计等于 ΣTBDLMJ。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Study-area mean of {}…</source>
      <translation>计算研究区 {} 均值…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Sub-cells per cell side for the dominant class</source>
      <translation>主导地类的每边子像元数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Substrate</source>
      <translation>底质</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Substrate (codes 1-4)</source>
      <translation>底质（代码 1-4）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Substrate code</source>
      <translation>底质代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Substrate codes 1 mud 淤泥, 2 sandy mud 泥沙, 3 sand 砂, 4 gravel / rock 砾石岩礁, optional.</source>
      <translation>底质代码 1 淤泥、2 泥沙、3 砂、4 砾石岩礁，可选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Substrate score table: species (1, 2), substrate code, score (2 suitable, 1 marginal, 0 no).</source>
      <translation>底质评分表：物种（1、2）、底质代码、评分（2 适宜、1 较适宜、0 不适宜）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Substrate scores</source>
      <translation>底质评分</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Substrate scores: a score must be 0, 1 or 2, got '{}'.</source>
      <translation>底质评分：评分须为 0、1 或 2，当前为“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>Suitability H</source>
      <translation>适宜性 H</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Suitability class of the candidate cells: 0 不适宜, 1 较适宜, 2 适宜; 255 = not a candidate.</source>
      <translation>候选像元的适宜性类别：0 不适宜、1 较适宜、2 适宜；255 = 非候选。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Suitability rules</source>
      <translation>适宜性规则</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Suitability rules: no {} rule for this species.</source>
      <translation>适宜性规则：该物种没有 {} 规则。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Suitable and marginal patches with area, class, limiting factor and project type.</source>
      <translation>适宜和较适宜斑块，含面积、类别、限制因子和项目类型。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Suitable from</source>
      <translation>适宜 下限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Suitable to</source>
      <translation>适宜 上限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>Sum</source>
      <translation>总和</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Sum over source cells (User's Guide equation)</source>
      <translation>威胁源像元求和（用户指南公式）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Summary table of the totals by consolidation type and grade.</source>
      <translation>按整治类型和等级汇总的合计表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>Support-practice factor P (0-1) by land-use class. Defaults: common values of Chinese RUSLE studies, the plugin's own table, not from a standard.</source>
      <translation>各地类的水土保持措施因子 P（0-1）。默认值为国内 RUSLE 研究常用取值，为插件自定表，非出自标准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Surface reflectance</source>
      <translation>地表反射率</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Surface reflectance (multi-band raster)</source>
      <translation>地表反射率（多波段栅格）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Surface roughness D</source>
      <translation>地表粗糙度 D</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Surface roughness factor D, for windbreak and sand fixation.</source>
      <translation>地表粗糙度因子 D，用于防风固沙。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Surrounding land use</source>
      <translation>周边地类</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Surveyed geological stability field</source>
      <translation>调查的地质稳定性字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>TBDLMJ missing on some or all parcels: net area = {} there.</source>
      <translation>部分或全部图斑缺少 TBDLMJ：这些图斑的净面积 = {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Table of effective resistances: one row per pair (or node in one-to-all mode), in ohms; pairs in different components have connected = 0 and an empty resistance. Empty in advanced mode.</source>
      <translation>有效电阻表：每对节点一行（一对多模式下每个节点一行），单位欧姆；位于不同连通分量的节点对 connected = 0，电阻为空。高级模式下为空表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Table of every pair of services: Spearman rho, p-value, n and the relation (协同 / 权衡 / none).</source>
      <translation>各服务两两组合的结果表：Spearman rho、p 值、样本数 n 和关系（协同/权衡/无）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetrics.py" />
      <source>Table of metrics: one row for the landscape and one per class (areas in hm², edges in m).</source>
      <translation>景观指数表：景观水平一行，每个类型一行（面积单位 hm²，边长单位 m）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Table of the area (hm²) and share of each combination. Optional output, created by default; uncheck it in the dialog to skip it.</source>
      <translation>各组合的面积（hm²）及占比表。可选输出，默认生成；可在对话框中取消勾选以不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Table of the single land-use dynamic degree K of each class and the comprehensive dynamic degree LC (% per year). Optional output, created by default; uncheck it in the dialog to skip it.</source>
      <translation>各地类的单一土地利用动态度 K 及综合土地利用动态度 LC（%/年）表。可选输出，默认生成；可在对话框中取消勾选以不输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>Table with one landscape row and one row per class for each zone.</source>
      <translation>结果表：每个分区一行景观水平指数，另每个类型一行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Table with one row per unit and indicator holding the current or projected value, e.g. the output of 'Indicator base values'.</source>
      <translation>每个单元每项指标一行、记录现状值或预测值的表，如“指标基期值”的输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Table with one row per unit and indicator holding the target, e.g. the unit-targets table of 'Target decomposition'.</source>
      <translation>每个单元每项指标一行、记录目标值的表，如“目标分解传导”输出的单元目标表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Table with one row per unit and indicator: value, numerator, denominator, layer used and date.</source>
      <translation>指标基期值表：每个单元每项指标一行，包括数值、分子、分母、所用图层和日期。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Table: area, value (10⁴ yuan) and value per hm² of each zone, both dates and change.</source>
      <translation>表：各分区面积、价值（万元）和单位面积价值，两期及变化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Table: area, value and coefficient of sensitivity CS of each ecosystem type (coefficients changed by ±50 %).</source>
      <translation>表：各生态系统类型的面积、价值和敏感性指数 CS（系数上下调 50 %）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Table: density, area and carbon of each class, current and future, and the change.</source>
      <translation>表：各地类碳密度、面积和碳储量，现状与未来及变化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Table: loadings of the four indicators on the four components, eigenvalues, shares and grade areas.</source>
      <translation>表：四项指标在四个主成分上的载荷、特征值、贡献率和各等级面积。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Table: patches, area, fragmentation, isolation, dominance, disturbance, vulnerability and loss.</source>
      <translation>表：斑块数、面积、破碎度、分离度、优势度、干扰度、脆弱度和损失度。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Table: restored, in-progress and not-restored area, and the area of each direction and mode.</source>
      <translation>表：已修复、修复中和未修复面积，以及各修复方向与模式的面积。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Table: value of each of the 11 services and the total (10⁴ yuan) for both dates, change and share.</source>
      <translation>表：11 项服务各自的价值及合计（万元），两期、变化及占比。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Target
2025</source>
      <translation>目标值
2025</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Target
2030</source>
      <translation>目标值
2030</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Target
2035</source>
      <translation>目标值
2035</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Target EPSG {} is not a projected CRS: give one in metres, e.g. 4546 (CGCS2000 3-degree GK CM 111E).</source>
      <translation>目标 EPSG {} 不是投影坐标系：请给出以米为单位的坐标系，如 4546（CGCS2000 3度分带高斯-克吕格 中央经线 111°E）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Target attainment</source>
      <translation>目标达标情况</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Target attainment check (目标达标评估)</source>
      <translation>目标达标评估 (Target attainment check)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Target decomposition (目标分解传导)</source>
      <translation>目标分解传导 (Target decomposition)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Target decomposition failed: {}</source>
      <translation>目标分解失败：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Target field</source>
      <translation>目标值字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Target value field. Default target.</source>
      <translation>目标值字段。默认 target。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Target year of the indicator table</source>
      <translation>取指标表中哪一年的目标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Target year of the plan; population is projected to it. Default 2035, the plan horizon.</source>
      <translation>规划目标年，人口预测到该年。默认 2035，即规划期末。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Targets are the centres of blocks of this size; an even value is raised by one.</source>
      <translation>目标为此大小像元块的中心；偶数值自动加一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Targets for 2025, 2030 and 2035 against the 2020 base, in four dimensions. Cells with a problem are coloured (red: must be fixed before saving; yellow: check); hover over a cell or the Check column for the reason.</source>
      <translation>以 2020 年为基期，分四个维度设定 2025、2030、2035 年目标。有问题的单元格以颜色标出（红色：保存前必须修正；黄色：请核查）；将鼠标停在单元格或“检查”列上可查看原因。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Targets table (unit, indicator, target)</source>
      <translation>目标表（单元、指标、目标值）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/memory_budget.py" />
      <source>Temporary cost distances: about {0:.2f} GB in '{1}' ({2:.1f} GB free); removed at the end.</source>
      <translation>临时累积阻力文件：约 {0:.2f} GB，位于“{1}”（可用 {2:.1f} GB）；运行结束后删除。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/memory_budget.py" />
      <source>Temporary files ({3}): about {0:.2f} GB in '{1}' ({2:.1f} GB free); removed at the end.</source>
      <translation>临时文件（{3}）：约 {0:.2f} GB，位于“{1}”（可用 {2:.1f} GB）；运行结束后删除。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Terrain factor T of each slope class, one more value than breaks. Default 1, 0.8, 0.6, 0.4, the plugin's own values.</source>
      <translation>各坡度级的地形因子 T，个数比断点多一个。默认 1、0.8、0.6、0.4，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Terrain factor per slope class</source>
      <translation>各坡度级的地形因子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Texture code</source>
      <translation>质地代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Texture codes: 1 石砾, 2 砂, 3 粗砂土, 4 细砂土, 5 黏土, 6 面砂土, 7 壤土, 8 砂壤土, 9 粉黏土, 10 壤黏土, 11 砂粉土, 12 粉土.</source>
      <translation>质地代码：1 石砾，2 砂，3 粗砂土，4 细砂土，5 黏土，6 面砂土，7 壤土，8 砂壤土，9 粉黏土，10 壤黏土，11 砂粉土，12 粉土。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>The ALLOCATION output of costdistance: label of the nearest source by accumulated cost.</source>
      <translation>costdistance 的 ALLOCATION 输出：按累积成本最近的源地编号。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>The DEM has no data on the importance grid.</source>
      <translation>DEM 在重要性格网上没有数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>The DLTB layer</source>
      <translation>地类图斑图层</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>The DLTB layer '{}' has no features.</source>
      <translation>地类图斑图层“{}”没有要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>The DLTB layer ({}) and the reference raster ({}) are in different CRS. Two vintages must share one CRS: reproject the layer to the raster's CRS first.</source>
      <translation>地类图斑图层（{}）与参考栅格（{}）的坐标系不同。两期数据须采用同一坐标系：请先将图层投影到栅格的坐标系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>The DLTB parcel layer is missing or cannot be read.</source>
      <translation>地类图斑图层缺失或无法读取。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/dask_client.py" />
      <source>The Dask scheduler {} cannot be reached ({}); running in this process.</source>
      <translation>无法连接 Dask 调度器 {}（{}）；在本进程中运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_dialog.py" />
      <source>The Eco-Restore Processing provider is not loaded; the atlas runs without it.</source>
      <translation>Eco-Restore 处理算法提供者未加载；图集将在没有它的情况下运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>The FRAGSTATS metric computed in each window. Default SHDI (Shannon diversity); PLAND and CA need a class code.</source>
      <translation>在每个窗口内计算的 FRAGSTATS 指数。默认 SHDI（香农多样性指数）；PLAND 和 CA 需指定地类编码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>The GeoPackage '{}' has no indicator table '{}'.</source>
      <translation>GeoPackage“{}”中没有指标表“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>The NORMALIZED output of 'Least-cost corridors' computed with the same resistance and sources. Without it the corridors of the adjacent source pairs are computed here.</source>
      <translation>用相同阻力面和源地计算的“最小成本廊道”NORMALIZED 输出。不提供时，在此计算相邻源地对的廊道。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>The PC1 loadings do not have the expected signs (greenness and wetness positive, heat and dryness negative): check the inputs.</source>
      <translation>第一主成分载荷的符号不符合预期（绿度、湿度应为正，热度、干度应为负）：请检查输入数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>The QGIS project holds no indicator set yet.</source>
      <translation>当前 QGIS 工程中还没有指标体系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>The allocation key 'restoration potential' needs the potential field.</source>
      <translation>分配依据“修复潜力”需要修复潜力字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_dialog.py" />
      <source>The atlas algorithm failed.</source>
      <translation>图集算法运行失败。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_dialog.py" />
      <source>The atlas is made by the Processing algorithm “{}”: a contents page, then one page per ticked map (or one per feature of the coverage layer).</source>
      <translation>图集由处理算法“{}”生成：先是目录页，然后每幅勾选的图件一页（或按分幅图层的每个要素各一页）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The budget of every period is 0: no project can be scheduled. Give a budget for at least one period.</source>
      <translation>各时期预算均为 0：无法安排任何项目。请至少为一个时期提供预算。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The budget of {} is 0: no project is scheduled in it.</source>
      <translation>{}预算为 0：该时期不安排项目。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>The buffer distance must be positive.</source>
      <translation>缓冲距离必须为正数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>The change needs the land use of a second date.</source>
      <translation>变化分析需要第二期土地利用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>The coastline needs its shore type field for the natural shoreline ratio.</source>
      <translation>计算自然岸线保有率需要海岸线的岸线类型字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>The codes of the rasters: habitat classes 1-11, or 三调 land-use codes mapped to them.</source>
      <translation>栅格的编码：生境类别 1-11，或映射到这些类别的三调地类代码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets.py" />
      <source>The consolidation units lack the potential fields ({}): give the units written by 'Farmland consolidation potential', 'Rural settlement consolidation potential', 'Idle land and abandoned mine potential' or 'Realistic consolidation potential'.</source>
      <translation>整治单元缺少潜力字段（{}）：请给出“耕地整治潜力”“农村居民点整治潜力”“闲置低效建设用地与废弃矿山潜力”或“现实整治潜力”写出的单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>The contributions by period need the project library: not written.</source>
      <translation>分期指标贡献需要项目库：未输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>The corridor layer has no field '{}'. Choose the from / to / weight fields.</source>
      <translation>廊道图层没有字段“{}”。请选择起点 / 终点 / 权重字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>The corridors have no from / to fields: every line counts as one link.</source>
      <translation>廊道没有起点 / 终点字段：每条线计为一条连接。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The cost table is empty.</source>
      <translation>成本表为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>The coverage layer '{}' has no features: choose another layer or 'Whole region'.</source>
      <translation>分幅图层“{}”没有要素：请选择其他图层或“全域”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>The coverage layer cannot drive the atlas.</source>
      <translation>覆盖图层无法驱动图集。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>The coverage layer has no features: give a polygon layer with at least one feature, or no coverage layer for one page per map.</source>
      <translation>覆盖图层没有要素：请给出至少含一个要素的面图层，或不指定覆盖图层（每幅图一页）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>The coverage layer has no field '{}'.</source>
      <translation>覆盖图层没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>The criteria table is empty.</source>
      <translation>评价因子表为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>The crosswalk uses ecosystem types missing from the equivalent table: {}.</source>
      <translation>对照表使用了当量因子表中没有的生态系统类型：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>The current project has no layout named '{}'. Layouts: {}. Give an existing name or leave the layout empty.</source>
      <translation>当前工程中没有名为“{}”的布局。现有布局：{}。请给出已有名称或留空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>The current-source raster has no cell with a nonzero value.</source>
      <translation>电流源栅格中没有非零值像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>The database to be checked, a .gpkg file, a .gdb folder or a folder of shapefiles (type or paste a folder path).</source>
      <translation>要检查的数据库：.gpkg 文件、.gdb 文件夹或 Shapefile 文件夹（文件夹路径可直接输入或粘贴）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>The database: a .gpkg file, a .gdb folder or, for shapefiles, a folder (the extension is set by the format). An existing database at that path is replaced.</source>
      <translation>数据库：.gpkg 文件、.gdb 文件夹或（Shapefile）一个文件夹（扩展名按格式确定）。该路径已有的数据库将被替换。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>The degradation raster has values outside the chosen coding (e.g. {:g}). Choose the other degradation coding.</source>
      <translation>退化程度栅格含有所选编码之外的值（如 {:g}）。请选择另一种退化程度编码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>The degradation raster uses 0 as nodata, like the 1-4 coding of the assessment (1 none ... 4 severe), but the 0-3 coding is chosen. Check the degradation coding.</source>
      <translation>退化程度栅格以 0 为无数据值，与评价结果的 1-4 编码（1 未退化 … 4 重度）相同，但所选为 0-3 编码。请检查退化程度编码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The edited project library has duplicate proj_id values.</source>
      <translation>已编辑的项目库中 proj_id 有重复值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The edited project library is empty.</source>
      <translation>已编辑的项目库为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The edited project library lacks the field(s) {}.</source>
      <translation>已编辑的项目库缺少字段 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>The export folder '{}' is not writable; choose another location.</source>
      <translation>导出文件夹“{}”不可写，请选择其他位置。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>The fields are summed per unit.</source>
      <translation>按单元对这些字段求和。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>The first two rasters share no valid cell.</source>
      <translation>前两个栅格没有共同的有效像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>The forest codes below</source>
      <translation>下方的森林地类代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>The future storage, the change and its value need a future land cover.</source>
      <translation>未来碳储量、净变化及其价值需要未来土地覆被。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets_area.py" />
      <source>The grade raster '{}' holds the code(s) {} outside its grades {}: give a grade raster (importance 3/2/1, vulnerability 3/2/1 or 5-1, 0 = nodata).</source>
      <translation>等级栅格“{}”含有编码 {}，不在其等级 {} 之内：请给出等级栅格（重要性 3/2/1，脆弱性 3/2/1 或 5-1，0 为无数据）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets_area.py" />
      <source>The grade raster '{}' must be in a projected CRS in metres to measure areas; reproject it.</source>
      <translation>等级栅格“{}”须为以米为单位的投影坐标系才能量算面积，请重投影。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>The grid cell size must be positive.</source>
      <translation>格网大小必须为正数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>The grid would have {} cells; choose a larger grid cell size.</source>
      <translation>格网将有 {} 个单元；请选择更大的格网边长。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>The grid would have {} x {} cells: use a larger cell size.</source>
      <translation>格网将有 {} × {} 个像元：请增大像元大小。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>The ground raster has {} negative cells: use resistances or conductances ≥ 0 (nodata = no ground).</source>
      <translation>接地栅格有 {} 个负值像元：请使用 ≥ 0 的电阻或电导（无数据 = 不接地）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>The ground raster holds conductances</source>
      <translation>接地栅格为电导值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>The habitat polygon layer has no features.</source>
      <translation>生境面图层没有要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>The habitat polygons</source>
      <translation>生境斑块图层</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>The habitat raster holds only nodata cells.</source>
      <translation>生境栅格只有无数据像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>The ids that the corridors' from / to fields refer to.</source>
      <translation>廊道起点 / 终点字段所引用的编号。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>The importance raster has no data.</source>
      <translation>重要性栅格没有数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>The indicator '{}' is listed twice.</source>
      <translation>指标“{}”重复列出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>The indicator has no name.</source>
      <translation>指标缺少名称。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>The indicator table has neither a 'key' nor a 'name_zh' field: choose the table eco_indicators saved by the indicator-targets dialog.</source>
      <translation>该指标表既无 key 字段也无 name_zh 字段：请选择目标指标体系对话框保存的 eco_indicators 表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>The indicator table has unsaved edits. Save them to {} before closing?</source>
      <translation>指标表有尚未保存的修改。关闭前是否保存到{}？</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets.py" />
      <source>The indicator table is neither the targets table of the indicator-targets dialog (fields name_zh, unit, type, basis, base, t2025, t2030, t2035; table eco_indicators of the planning GeoPackage) nor the output of 'Indicator base values' (fields unit_key, indicator_key, value): give one of them.</source>
      <translation>指标表既不是目标指标体系对话框的目标表（字段 name_zh、unit、type、basis、base、t2025、t2030、t2035；规划数据库中的 eco_indicators 表），也不是“指标基期值”的输出（字段 unit_key、indicator_key、value）：请给出其中之一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets.py" />
      <source>The indicator table lacks the field(s) {}: give the output of 'Indicator base values'.</source>
      <translation>指标表缺少字段 {}：请给出“指标基期值”的输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheet_keyprojects.py" />
      <source>The key projects table lacks the field(s) {}: give the key projects output of 'Project library'.</source>
      <translation>重点工程表缺少字段 {}：请输入“生态修复项目库”的重点工程表输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>The land and sea units</source>
      <translation>陆海规划单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>The land parcel layer has no polygons.</source>
      <translation>地类图斑图层没有面要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>The land parcel layer is missing or cannot be read.</source>
      <translation>地类图斑图层缺失或无法读取。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>The land parcels must be in a projected CRS in metres (e.g. CGCS2000 3-degree Gauss-Krüger); reproject them first.</source>
      <translation>地类图斑须为以米为单位的投影坐标系（如 CGCS2000 3 度带高斯-克吕格），请先重投影。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>The land use at the {} must hold non-negative whole class codes.</source>
      <translation>{}土地利用必须为非负整数地类代码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets_area.py" />
      <source>The land-use input is neither the 三调 parcels (field DLBM) nor the output of 'Land-use structure table' (fields level, class_level, class_code, area_hm2): give one of them.</source>
      <translation>土地利用输入既不是三调地类图斑（字段 DLBM），也不是“土地利用现状结构表”的输出（字段 level、class_level、class_code、area_hm2）：请给出其中之一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>The landscape area A_L ({:.6g} hm²) is smaller than the patches' total area ({:.6g} hm²).</source>
      <translation>景观面积 A_L（{:.6g} hm²）小于斑块总面积（{:.6g} hm²）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/vector_io.py" />
      <source>The layer '{}' has no field {} (its fields: {}). Choose the field that holds {}.</source>
      <translation>图层“{}”没有字段 {}（现有字段：{}）。请选择存放{}的字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>The layer has no land-class code field DLBM. Fields found: {}. Map the code field with the field mapping parameter, e.g. DLBM=地类编码.</source>
      <translation>图层没有地类编码字段 DLBM。现有字段：{}。请用字段对应参数指定编码字段，如 DLBM=地类编码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>The layout template '{}' does not exist.</source>
      <translation>版式模板“{}”不存在。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/loading.py" />
      <source>The layout template {} does not load in QGIS.</source>
      <translation>布局模板 {} 无法在 QGIS 中加载。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/loading.py" />
      <source>The layout template {} has no map item: add a map (id 'main_map').</source>
      <translation>布局模板 {} 中没有地图元素：请添加地图（ID 为 'main_map'）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>The map '{}' was skipped: its layers are missing.</source>
      <translation>图件“{}”已跳过：缺少其图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>The marine projects</source>
      <translation>海洋修复项目</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>The maximum radius must not be smaller than the minimum radius.</source>
      <translation>最大半径不能小于最小半径。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>The mean of '{}' is not positive; it cannot scale the service values.</source>
      <translation>“{}”的均值不为正，无法用于修正服务价值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>The mine layer is missing.</source>
      <translation>缺少矿山图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>The minimum radius must be &gt; 0.</source>
      <translation>最小半径必须大于 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>The multi-page atlas PDF.</source>
      <translation>多页图集 PDF。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>The net present value needs a positive carbon price and a future year after the current year.</source>
      <translation>净现值需要正的碳价，且未来年份须晚于现状年份。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>The network has {} separate parts: {} of {} source pairs are not connected and carry no current.</source>
      <translation>网络有 {} 个互不连通的部分：{} / {} 个源地对不连通，不传导电流。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>The network's nodes.</source>
      <translation>网络的节点。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>The newer shoreline (lines, projected CRS in metres), one feature per classified stretch.</source>
      <translation>较新年份的岸线（线图层，以米为单位的投影坐标系），每段分类岸线一个要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>The number of zones ({}) is smaller than the number of base zones ({}).</source>
      <translation>分区数（{}）小于基础分区数（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>The older shoreline for the change analysis (optional; same class field rules).</source>
      <translation>用于变化分析的较早年份岸线（可选；类型字段规则相同）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>The older shoreline is in {} and the newer in {}: reproject one of them so both share a CRS.</source>
      <translation>较早岸线的坐标系为 {}，较新岸线为 {}：请重投影其中之一，使两者坐标系一致。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>The older shoreline's year ({}) must be earlier than the newer shoreline's year ({}).</source>
      <translation>较早岸线的年份（{}）须早于较新岸线的年份（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>The organisation preparing the plan (编制单位), printed on every page.</source>
      <translation>规划编制单位，印在每一页上。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>The output folder '{}' does not exist or is not writable; choose another location.</source>
      <translation>输出文件夹“{}”不存在或不可写，请选择其他位置。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>The output folder {} cannot be written: {}.</source>
      <translation>输出文件夹 {} 无法写入：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>The output is the input GeoPackage: choose another file.</source>
      <translation>输出就是输入的 GeoPackage：请另选文件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>The parcel's own 田坎系数; replaces ξ_now of the table where present.</source>
      <translation>图斑自身的田坎系数；有值时替代系数表中的 ξ_now。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets_area.py" />
      <source>The parcels have no TBDLMJ and are not in a projected CRS in metres: reproject them.</source>
      <translation>图斑没有 TBDLMJ 字段且不是以米为单位的投影坐标系：请重投影。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>The parcels have no land-class code field '{}'. Choose the code field (三调 DLBM).</source>
      <translation>地类图斑没有地类编码字段“{}”。请选择地类编码字段（三调 DLBM）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>The patches to be consolidated (farmland patches, settlements, mines…), checked against the red line.</source>
      <translation>拟整治的图斑（耕地图斑、居民点、矿山等），与生态保护红线叠加校核。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/__main__.py" />
      <source>The plan cannot run:</source>
      <translation>计划无法运行：</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>The plan file {} is not valid TOML: {}</source>
      <translation>计划文件 {} 不是有效的 TOML：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>The plan has no steps: add [[steps]] tables.</source>
      <translation>计划没有步骤：请添加 [[steps]] 表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/__main__.py" />
      <source>The plan is valid.</source>
      <translation>计划有效。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>The planning GeoPackage '{}' does not exist; choose an existing file.</source>
      <translation>规划数据库“{}”不存在；请选择已有文件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>The planning GeoPackage (e.g. demo_output/planning.gpkg); it is only read.</source>
      <translation>规划 GeoPackage（如 demo_output/planning.gpkg）；只读不改。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>The planning region, or its lower-level units (cities, counties, townships).</source>
      <translation>规划区域，或其下级单元（市、县、乡镇）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>The planning year whose targets are taken from the indicator table. Default 2035.</source>
      <translation>从指标表中取哪一规划年的目标值。默认 2035 年。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>The polygon unit type needs a unit polygon layer.</source>
      <translation>面单元类型需要单元面图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>The preview image could not be made (pdftoppm from poppler-utils is needed with this version of the atlas algorithm).</source>
      <translation>无法生成预览图片（当前版本的图集算法需要 poppler-utils 中的 pdftoppm）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The priority units</source>
      <translation>优先级单元图层</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The priority units layer has no polygons.</source>
      <translation>优先级单元图层没有面要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The priority units layer is missing.</source>
      <translation>缺少优先级单元图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The problem layer '{}' is empty: no {} projects.</source>
      <translation>问题图层“{}”为空：没有{}项目。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets.py" />
      <source>The problem patches lack the field(s) {}: give the output of 'Ecological problem patches'.</source>
      <translation>问题图斑缺少字段 {}：请给出“生态问题图斑识别”的输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>The project library (give the output of 'Project library')</source>
      <translation>项目库（请输入“生态修复项目库”的输出）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets.py" />
      <source>The project library lacks the field(s) {}: give the output of 'Project library'.</source>
      <translation>项目库缺少字段 {}：请给出“生态修复项目库”的输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>The radius step must be &gt; 0 when the maximum radius is larger than the minimum radius.</source>
      <translation>最大半径大于最小半径时，半径步长必须大于 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled.py" />
      <source>The raster '{}' is not on the grid of '{}' (same CRS, origin, cell size and size are needed for tiled processing): align it first, e.g. with GDAL Warp.</source>
      <translation>栅格“{}”与“{}”的网格不一致（分块处理要求坐标系、原点、像元大小和行列数相同）：请先对齐，例如用 GDAL Warp。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_landscape.py" />
      <source>The raster has no valid cell.</source>
      <translation>栅格中没有有效像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>The raster has {} daily bands ({} to {}), but {} year(s) have about {} days: check the number of years.</source>
      <translation>栅格有 {} 个逐日波段（{} 至 {}），但 {} 年约有 {} 天：请检查年数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>The raster holds conductances</source>
      <translation>栅格为电导值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>The raster is conductance, not resistance</source>
      <translation>该栅格为电导而非阻力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>The reference raster</source>
      <translation>参考栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>The reference raster has no CRS, so raster '{}' cannot be aligned to it. Assign the reference raster's CRS first.</source>
      <translation>参考栅格没有坐标参考系，栅格“{}”无法与其对齐。请先为参考栅格指定坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>The reflectance raster has {} bands; band numbers {} do not exist. Give the band numbers of blue, green, red, NIR, SWIR1 and SWIR2.</source>
      <translation>反射率栅格有 {} 个波段；波段号 {} 不存在。请给出蓝、绿、红、近红外、短波红外1 和短波红外2 的波段号。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>The region layer</source>
      <translation>区域图层</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>The region layer is missing.</source>
      <translation>缺少区域图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>The relief window must be an odd number of cells.</source>
      <translation>起伏度窗口必须为奇数个像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>The report table: layer, alias, rule, rule name, status, failures, offending BSM, detail.</source>
      <translation>质检结果表：图层、图层别名、规则、规则名称、结果、错误数、出错要素 BSM、说明。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>The resistance raster has no cell with a value &gt; 0: nothing can carry current.</source>
      <translation>阻力栅格中没有值 &gt; 0 的像元：没有可通过电流的像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>The resistance raster has no valid cell.</source>
      <translation>阻力栅格没有有效像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>The resistance raster has values ≤ 0 ({} cells): Omniscape needs resistance &gt; 0; set them to nodata or a small positive value.</source>
      <translation>阻力栅格含 ≤ 0 的值（{} 个像元）：Omniscape 要求阻力 &gt; 0；请将其设为无数据或较小的正值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>The resistance raster must have square cells (found {} × {} m): resample it first.</source>
      <translation>阻力栅格必须为正方形像元（当前为 {} × {} 米）：请先重采样。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>The restoration units</source>
      <translation>修复单元图层</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>The restoration units layer has no polygons.</source>
      <translation>修复单元图层没有面要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>The restoration units layer is missing.</source>
      <translation>缺少修复单元图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_sheets.py" />
      <source>The restoration zones must be in a projected CRS in metres to measure areas; reproject them.</source>
      <translation>修复分区须为以米为单位的投影坐标系才能量算面积，请先重投影。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>The result '{}' has no valid cell: every cell is nodata. Check that the inputs overlap and hold valid values (not all nodata), then run again.</source>
      <translation>结果“{}”没有有效像元：全部为无数据值。请检查各输入是否相互重叠且含有效值（并非全为无数据），然后再运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>The risk cell ({} m) must be at least two raster cells ({} m) wide.</source>
      <translation>风险小区（{} m）的边长至少应为两个栅格像元（{} m）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>The rule table is empty.</source>
      <translation>规则表为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>The rule table: on (1/0), rule id, problem code, problem type, land classes, condition, restoration mode, project type. Rows can be edited, added or switched off.</source>
      <translation>规则表：启用（1/0）、规则编号、问题代码、问题类型、地类、条件、修复模式、项目类型。可编辑、增加或关闭任意行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>The same for the older year (optional): change, transitions and losses need it.</source>
      <translation>较早年份的同类栅格（可选）：变化、转移和损失需要它。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>The same indicator, in the same unit, for the current period; resampled to the reference grid with a warning if needed.</source>
      <translation>现状期的同一指标（单位相同）；必要时重采样到参考格网并给出警告。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>The same library as a table without geometry, to edit and feed back as the edited library.</source>
      <translation>不含几何的项目库表格，可编辑后作为“已编辑项目库”重新输入。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_database.py" />
      <source>The schema file '{}' lacks the key(s) {}: give a schema like resources/schema/planning_db.json.</source>
      <translation>规范文件“{}”缺少键 {}：请给出与 resources/schema/planning_db.json 同样结构的规范。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_database.py" />
      <source>The schema file '{}': layer entry {} lacks one of source, name, alias, ysdm, geometry, fields.</source>
      <translation>规范文件“{}”：图层条目 {} 缺少 source、name、alias、ysdm、geometry、fields 之一。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>The sea criteria table is empty.</source>
      <translation>海域评价因子表为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>The sea zoning rules table is empty.</source>
      <translation>海域分区规则表为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>The service '{}' needs: {}. Give these rasters.</source>
      <translation>服务“{}”需要：{}。请提供这些栅格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled_reductions.py" />
      <source>The service raster has no positive value: nothing to grade.</source>
      <translation>服务栅格中没有正值，无法分级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>The settlements are points: choose the settlement area field.</source>
      <translation>居民点为点图层：请选择居民点面积字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>The shoreline stretches with class, island flag, township, length and protection class.</source>
      <translation>含类型、海岛标记、乡镇、长度和管控类别的岸线段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>The slope field holds degrees</source>
      <translation>坡度字段以度为单位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>The soil loss output of ecorestore:soilconservation, for the soil and water conservation rate.</source>
      <translation>ecorestore:soilconservation 输出的土壤侵蚀量，用于计算水土保持率。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>The source layer has no features: the network needs sources.</source>
      <translation>源地图层没有要素：网络需要源地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>The source strength raster has negative values.</source>
      <translation>源强度栅格含负值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>The stations with the five category indices, CEH, grade (1 健康, 2 亚健康, 3 不健康) and grade name.</source>
      <translation>含五类指数、CEH、等级（1 健康、2 亚健康、3 不健康）和等级名称的站位。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>The table has {} values, which is not a whole number of rows of {} columns.</source>
      <translation>表格共有 {} 个值，不能整分为每行 {} 列。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>The table per zone needs a zone layer.</source>
      <translation>分区统计表需要分区图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>The target for {stage} ({value}) is worse than {previous} ({previous_value}): targets must move in the indicator's direction.</source>
      <translation>{stage} 年目标（{value}）劣于 {previous} 年（{previous_value}）：目标应沿指标方向逐期推进。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>The target for {stage} is missing.</source>
      <translation>缺少 {stage} 年目标。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>The targets table is empty.</source>
      <translation>目标表为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>The template {} has no item(s) {}: they are left out.</source>
      <translation>模板 {} 中没有元素 {}：这些内容将省略。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>The three-spaces raster has the value {:g}; expected 1 ecological, 2 agricultural, 3 urban.</source>
      <translation>三类空间栅格含有值 {:g}；应为 1 生态、2 农业、3 城镇。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>The unit is missing.</source>
      <translation>缺少单位。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>The unit layer</source>
      <translation>单元图层</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/_common.py" />
      <source>The unit layer has no features with a geometry.</source>
      <translation>单元图层没有带几何的要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>The unit layer is missing.</source>
      <translation>缺少单元图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>The unit polygon layer</source>
      <translation>单元面图层</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>The unit polygon layer has no features.</source>
      <translation>单元面图层没有要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>The units have no restoration mode field: the mode-zone output is not written.</source>
      <translation>单元没有修复模式字段：不写出修复模式分区。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>The units layer has no features.</source>
      <translation>单元图层没有要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>The units layer is missing.</source>
      <translation>缺少单元图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>The value must not be negative (got {value}).</source>
      <translation>数值不能为负（当前为 {value}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>The voltage map is written in advanced mode only.</source>
      <translation>电压图仅在高级模式下输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>The weighted mix uses the potential: give the potential field or set its weight to 0.</source>
      <translation>加权组合用到修复潜力：请给出修复潜力字段，或将其权重设为 0。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>The weights of the chosen correction factors sum to zero.</source>
      <translation>所选修正因子的权重之和为零。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>The weights sum to {:.4g}, not 1. Correct them, or untick the option that refuses them to have them normalised.</source>
      <translation>权重之和为 {:.4g}，不等于 1。请修正，或取消勾选拒绝选项以将其归一化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>The weights sum to {:.4g}, not 1; they are normalised to {}.</source>
      <translation>权重之和为 {:.4g}，不等于 1；已归一化为 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>The wetland codes below</source>
      <translation>下方的湿地地类代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>The wetlands with type, depth (m), area (ha), storage (m³ and 万m³) and main watershed.</source>
      <translation>含类型、深度（米）、面积（公顷）、调蓄量（立方米和万立方米）及主要所在流域的湿地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/dask_client.py" />
      <source>The whole raster does not fit in the free memory: this step runs tile by tile in this process, as on a Dask cluster (same result, slower).</source>
      <translation>整幅栅格超出当前可用内存：本步骤改为在本进程内按瓦片分块运行，与在 Dask 集群上的做法相同（结果一致，速度较慢）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled.py" />
      <source>The window ({} cells) is wider than a chunk ({} cells): use a larger chunk.</source>
      <translation>窗口（{} 个像元）比分块（{} 个像元）宽：请使用更大的分块。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>The window radius ({} m) is smaller than half a cell ({} m): give radii in metres, at least one cell.</source>
      <translation>窗口半径（{} 米）小于半个像元（{} 米）：请以米为单位给出半径，至少一个像元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>The window radius is less than one cell: give a larger radius (or check the radius units).</source>
      <translation>窗口半径小于一个像元：请给出更大的半径（或检查半径单位）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>The window radius is {} cells: too large; use a coarsening factor or a smaller radius.</source>
      <translation>窗口半径为 {} 个像元：过大；请使用粗化倍数或更小的半径。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>The window radius must be at least one cell ({} map units).</source>
      <translation>窗口半径至少为一个像元（{} 地图单位）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>The workbook (.xlsx); the CSV files are written beside it.</source>
      <translation>工作簿（.xlsx）；CSV 文件写在其旁。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>The years between the dates must be positive.</source>
      <translation>两期间隔年数必须为正数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>The zone layer has no features.</source>
      <translation>分区图层中没有要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled_reductions.py" />
      <source>The zone raster '{}' is not on the grid of '{}'.</source>
      <translation>分区栅格“{}”与“{}”的网格不一致。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>The zoning rules table is empty.</source>
      <translation>分区规则表为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>The zoning rules use field(s) the units do not have; they are taken as empty: {}</source>
      <translation>分区规则使用了单元中没有的字段，按空值处理：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>The {} land cover has classes without carbon pools: {}. Add them to the carbon pool table (0 for no carbon).</source>
      <translation>{}土地覆被中有地类缺少碳库：{}。请将其加入碳库表（无碳填 0）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>The {} list unit '{}' and indicator '{}' twice.</source>
      <translation>{}中单元“{}”的指标“{}”出现了两次。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>The 极重要 areas as polygons (with area), e.g. as candidates for the ecological protection red line check. Optional.</source>
      <translation>极重要区域面图层（含面积），可作为生态保护红线校核的参考。可选输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Theoretical potential fields</source>
      <translation>理论潜力字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Theoretical potential fields to correct; each gets a field &lt;name&gt;_r with the realistic value.</source>
      <translation>需修正的理论潜力字段；每个字段生成对应的 &lt;字段名&gt;_r 现实潜力字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>This project has no print layout to use as template; choose another template.</source>
      <translation>本工程没有可用作模板的打印版式；请选择其他模板。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Threat</source>
      <translation>威胁因子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Threat '{}' land-use codes</source>
      <translation>威胁“{}”的土地利用代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Threat '{}' max distance</source>
      <translation>威胁因子“{}”的最大影响距离</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Threat '{}' weight</source>
      <translation>威胁因子“{}”的权重</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Threat '{}', decay</source>
      <translation>威胁因子“{}”的衰减方式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Threat '{}': the max distance must be positive.</source>
      <translation>威胁因子“{}”：最大影响距离必须为正数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Threat impact convention</source>
      <translation>威胁影响计算约定</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Threats</source>
      <translation>威胁因子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Threats table, threat</source>
      <translation>威胁因子表，威胁因子</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>Three levels (default) after the 双评价 guide (MNR 2020), or five levels after the 生态保护红线划定指南 (2017); the choice sets the scores and the default breaks. The clause numbers were not verified against the official texts (see METHODS.md §1).</source>
      <translation>三级（默认，依据《资源环境承载能力和国土空间开发适宜性评价指南（试行）》（自然资源部 2020，“双评价”指南））或五级（依据《生态保护红线划定指南》（2017））；所选级数决定因子得分和默认分界值。条款编号未与官方原文核对（见 METHODS.md §1）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Three levels (scores 1/3/5, grades 1-3) or five levels (scores 1/3/5/7/9, grades 1-5).</source>
      <translation>三级（得分 1/3/5，等级 1-3）或五级（得分 1/3/5/7/9，等级 1-5）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Three spaces</source>
      <translation>三类空间</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Three spaces (1 ecological, 2 agricultural, 3 urban)</source>
      <translation>三类空间（1 生态，2 农业，3 城镇）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>Three spaces 1 ecological, 2 agricultural, 3 urban (0 where neither land use nor a control line says), styled.</source>
      <translation>三类空间 1 生态空间、2 农业空间、3 城镇空间（既无土地利用也无管控线处为 0），已符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Three-spaces raster, 1 ecological, 2 agricultural, 3 urban (SPACE_OUTPUT of 'Restoration mode and three spaces'); the reference grid.</source>
      <translation>三类空间栅格，1 生态空间、2 农业空间、3 城镇空间（“修复模式与三类空间”的 SPACE_OUTPUT 输出），作为参考格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>To the QGIS project</source>
      <translation>到 QGIS 工程</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>To the planning GeoPackage…</source>
      <translation>到规划数据库 GeoPackage…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>To-source field</source>
      <translation>终点源地字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Tolerable soil loss for the 水土保持率 in t/(km²·a); default 500, the value of SL 190-2007 for the southern red-soil hilly region. Cells with soil loss at or above it count as eroded.</source>
      <translation>计算水土保持率的容许土壤流失量，t/(km²·a)；默认 500，即 SL 190-2007 南方红壤丘陵区的值。土壤流失量不低于该值的像元计为水土流失。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Tolerable soil loss, t/(km²·a) (SL 190-2007)</source>
      <translation>容许土壤流失量，t/(km²·a)（SL 190-2007）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Tolerance</source>
      <translation>容差</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Too few risk cells ({}) for five grades; use smaller risk cells.</source>
      <translation>风险小区太少（{} 个），无法分为五级；请减小风险小区边长。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Total area (hm²)</source>
      <translation>总面积（hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Total cost of scheduled projects (万元)</source>
      <translation>已安排项目总投资（万元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Total ecosystem service value: {:.2f} × 10⁴ yuan</source>
      <translation>生态系统服务总价值：{:.2f} 万元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Total storage {:.2f} 万m³.</source>
      <translation>总调蓄量 {:.2f} 万立方米。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Total water conservation: {:.4g} m³</source>
      <translation>水源涵养总量：{:.4g} 立方米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Total {:.4f} hm² ({:.2f} 亩) in {} parcels; 田坎 {:.4f} hm²; area from {}.</source>
      <translation>合计 {:.4f} hm²（{:.2f} 亩），{} 个图斑；田坎 {:.4f} hm²；面积取自 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Township name field</source>
      <translation>乡镇名称字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Township name field.</source>
      <translation>乡镇名称字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Township name field. Default name.</source>
      <translation>乡镇名称字段。默认 name。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Township polygons for lengths by township (optional). Each stretch goes to the township holding its midpoint, or the nearest one.</source>
      <translation>用于按乡镇统计长度的乡镇面（可选）。每段岸线归入其中点所在的乡镇，否则归入最近的乡镇。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Townships</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Townships (乡镇)</source>
      <translation>乡镇 (Townships)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Trade-offs and synergies between ecosystem services (METHODS.md §1.5): the Spearman rank correlation rho of every pair of service rasters with its two-sided p-value and the number of pairs n (scipy.stats.spearmanr, ties averaged), over grid cells (cells valid in both rasters; above the sample size a random sample with a fixed seed, so runs repeat) or over units (the mean of each service per polygon of the units layer). A significant (p &lt; α, default 0.05) positive rho is a synergy 协同, a negative one a trade-off 权衡, else none. Cell-level p-values are optimistic under spatial autocorrelation: prefer units or a sample. Optional bivariate map of the first two rasters by tertiles: code 3 · (class of A − 1) + class of B, labelled A-B (低/中/高, e.g. 高-高 = both high). Rasters not on the first raster's grid are resampled.</source>
      <translation>生态系统服务之间的权衡与协同（METHODS.md §1.5）：每对服务栅格的 Spearman 秩相关系数 rho、双侧 p 值及样本对数 n（scipy.stats.spearmanr，结值取平均秩），可按栅格像元计算（两栅格均有效的像元；超过样本量时以固定随机种子抽样，结果可重复），或按单元计算（单元图层中每个面内各服务的均值）。显著（p &lt; α，默认 0.05）的正 rho 为协同，负 rho 为权衡，否则为无显著关系。空间自相关使像元尺度的 p 值偏乐观：建议按单元计算或抽样。可选输出前两个栅格按三分位数划分的双变量图：代码 3 · (A 的等级 − 1) + B 的等级，标注为 A-B（低/中/高，如 高-高 = 两者均高）。不在第一个栅格网格上的栅格会被重采样。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Transect reach (m)</source>
      <translation>断面搜索距离（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Transect spacing (m)</source>
      <translation>断面间距（米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Transects with NSM (m), EPR (m/a) and the classes before and after.</source>
      <translation>含 NSM（米）、EPR（米/年）及前后两期岸线类型的断面。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Transition matrix (hm²)</source>
      <translation>转移矩阵（hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Transition matrix in hm²: rows = class at the first date, columns to_&lt;code&gt; = class at the second, with row totals and a total row.</source>
      <translation>土地利用转移矩阵（hm²）：行为第一期地类，列 to_&lt;编码&gt; 为第二期地类，含行合计与合计行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Treat focal regions as short-circuit regions</source>
      <translation>将焦点区域作为短路区域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Turns the 三调 land parcels (地类图斑 DLTB, or an annual change survey) into the land-use raster every other algorithm starts from. Input: a polygon layer (Shapefile with .cpg or a given encoding such as GBK, File GDB, GeoPackage) in a projected CRS with the standard field DLBM (other names through the field mapping). Codes: DLBM as text ('0101', '05H1', '08H2', '1203', K codes such as '0201K') or as a number (101) are written as integers by dropping the leading zero (0101 -&gt; 101, 1105 -&gt; 1105); the H codes keep their digit (05H1 -&gt; 501, 08H1 -&gt; 801, 08H2 -&gt; 802); 09 特殊用地 -&gt; 900; K / A sub-codes take their base class (0201K -&gt; 201, 1104A -&gt; 1104); GB/T 21010-2017 codes merged by the 三调 工作分类 take the merged class (0803 -&gt; 802). Dominant-class rule: each cell is divided into N x N sub-cells (parameter), the parcels are burnt on the sub-grid by sub-cell centre, and the cell takes the class with the most sub-cells, i.e. the largest area (to 1/N² of a cell); area outside every parcel competes as nodata (0); ties go to the lower code. N = 1 is the cell-centre rule. The grid is the reference raster's, or the layer's extent snapped to the cell size. Optional outputs: the ecosystem-type raster through an editable crosswalk (CSV 'code,ecosystem type'; default: 乔木林地 and 竹林地 -&gt; 常绿阔叶林, 灌木林地 -&gt; 常绿阔叶灌丛, 其他林地 -&gt; 稀疏林, as in the 红线指南 2017 runoff table; wetlands, water, cropland and built land by type), the share of each first-level class per cell, and the 三调 -&gt; 国土空间调查、规划、用途管制用地用海分类 (自然资办发〔2023〕234号) crosswalk table. The 用地用海 crosswalk and the K / A sub-code list were compiled from the published guide and 工作分类 and could not be verified against the official tables here: check them before use. Two vintages (e.g. 2010 and 2020) imported on the same grid (give the first import as the reference raster of the second) go straight into the land-use transition algorithm.</source>
      <translation>将三调地类图斑（DLTB，或年度变更调查图斑）转为其他算法所用的土地利用栅格。输入：投影坐标系下含标准字段 DLBM 的面图层（带 .cpg 或指定编码如 GBK 的 Shapefile、File GDB、GeoPackage；其他字段名通过字段对应）。编码：DLBM 为文本（'0101'、'05H1'、'08H2'、'1203'、K 码如 '0201K'）或数字（101）时，去掉首位的 0 写为整数（0101 -&gt; 101，1105 -&gt; 1105）；H 码保留其数字（05H1 -&gt; 501，08H1 -&gt; 801，08H2 -&gt; 802）；09 特殊用地 -&gt; 900；K / A 细分码取其基本地类（0201K -&gt; 201，1104A -&gt; 1104）；三调工作分类归并的 GB/T 21010-2017 编码取归并后地类（0803 -&gt; 802）。主导地类规则：每个像元划分为 N × N 个子像元（参数），图斑按子像元中心栅格化，像元取子像元最多、即面积最大（精度为像元的 1/N²）的地类；图斑以外的面积作为无数据（0）参与比较；并列时取编码较小者。N = 1 即像元中心点规则。格网取参考栅格的格网，或取图层范围按像元大小对齐。可选输出：经可编辑对照表（CSV“编码,生态系统类型”；默认：乔木林地和竹林地 -&gt; 常绿阔叶林，灌木林地 -&gt; 常绿阔叶灌丛，其他林地 -&gt; 稀疏林，依 2017 红线指南径流系数表；湿地、水域、耕地和建设用地按类型）得到的生态系统类型栅格、各一级地类在像元中的占比，以及三调 -&gt; 国土空间调查、规划、用途管制用地用海分类（自然资办发〔2023〕234号）对照表。用地用海对照表及 K / A 细分码清单依已发布的指南和工作分类整理，未能在此与官方表格核对，使用前请核对。两期（如 2010 年和 2020 年）在同一格网上导入（以第一期导入结果作为第二期的参考栅格）后，可直接输入土地利用转移算法。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Two or more ecosystem-service rasters; the first is the reference grid, the others are resampled onto it.</source>
      <translation>两个或以上生态系统服务栅格；第一个为参考格网，其余重采样到该格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>Two patches are linked for IIC when their edge-to-edge distance is at most this.</source>
      <translation>两斑块边缘距离不超过此值时在 IIC 中相连。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Type</source>
      <translation>指标属性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Type code</source>
      <translation>类型代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Type field</source>
      <translation>类型字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Type given to features whose type field is empty, or to every feature when no type field is chosen; must be a type of the coefficient table. Default 历史遗留矿山.</source>
      <translation>类型字段为空的要素（或未指定类型字段时的所有要素）所取的类型，须为系数表中的类型。默认“历史遗留矿山”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Type name</source>
      <translation>类型名称</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Type of each patch, matching the first column of the coefficient table.</source>
      <translation>各图斑的类型，与系数表第一列对应。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Type when the type field is empty</source>
      <translation>类型字段为空时的类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Types not in the depth table, left out: {}.</source>
      <translation>以下类型不在深度表中，未计入：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>Types {} occur in the patches but are absent from the coefficient table (types in the table: {}). Add them to the table or correct the type field.</source>
      <translation>图斑中出现类型 {}，但系数表中没有（表中类型：{}）。请将其加入系数表或修正类型字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>Unexpected codes {}: the degradation degree must hold 1-4 and the resilience level 1-3.</source>
      <translation>出现意外代码 {}：退化程度应为 1-4，恢复力水平应为 1-3。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_dialog.py" />
      <source>Unexpected error: {} (details in the log panel, Eco-Restore tab).</source>
      <translation>意外错误：{}（详情见日志面板的 Eco-Restore 标签页）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Unit (hm², km or 处)</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Unit adjacency</source>
      <translation>单元邻接关系</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Unit area</source>
      <translation>单元面积</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>Unit cost (万元 per unit)</source>
      <translation>单价万元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Unit cost (万元)</source>
      <translation>单价（万元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Unit cost (万元/hm²)</source>
      <translation>单位成本（万元/hm²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Unit costs in 万元/hm² by project type. The defaults are indicative, the plugin's own values, not verified: replace them with local estimates.</source>
      <translation>各项目类型的单位投资（万元/hm²）。默认值仅供参考，为插件自定值，未经核对：请替换为当地估算值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Unit field of the dominant restoration mode, for the level-3 mode zones. Default mode_dom.</source>
      <translation>单元的主导修复模式字段，用于三级修复模式分区。默认 mode_dom。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Unit field of the targets</source>
      <translation>目标表的单元字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Unit field of the targets table. Default unit_key.</source>
      <translation>目标表中的单元字段。默认 unit_key。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Unit field of the values</source>
      <translation>数值表的单元字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Unit field of the values table. Default unit_key.</source>
      <translation>数值表中的单元字段。默认 unit_key。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Unit key field</source>
      <translation>单元关键字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Unit key field (empty: the whole region)</source>
      <translation>单元关键字段（留空：全域）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Unit keys must be unique, but {} occur more than once. Dissolve the units first.</source>
      <translation>单元关键字段的值必须唯一，但 {} 出现了多次。请先融合单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Unit layer, e.g. the unit output of the farmland, settlement or idle-land potential.</source>
      <translation>单元图层，如耕地、农村居民点或闲置低效用地潜力的单元输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Unit name field</source>
      <translation>单元名称字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Unit name field (project location)</source>
      <translation>单元名称字段（项目位置）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Unit name field, written as the project location. Default unit_name; empty or missing = the unit's feature id.</source>
      <translation>单元名称字段，写入项目位置。默认 unit_name；留空或字段不存在则使用单元的要素编号。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>Unit name or code field</source>
      <translation>单元名称或代码字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Unit of the area field</source>
      <translation>面积字段的单位</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Unit of the area field: m² (default), hm² or 亩.</source>
      <translation>面积字段的单位：m²（默认）、hm² 或亩。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Unit of the soil loss raster. Default t/(hm²·a), as 'Soil conservation' writes it.</source>
      <translation>土壤侵蚀量栅格的单位。默认 t/(hm²·a)，与“土壤保持”输出一致。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Unit polygons (townships, 生态保护修复单元; for the polygon unit type)</source>
      <translation>单元面（乡镇、生态保护修复单元；用于面单元类型）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Unit polygons carrying the potential fields (hm²).</source>
      <translation>带有潜力字段（hm²）的单元面图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Unit polygons for the polygon unit type (townships, 生态保护修复单元). Ignored for the other types.</source>
      <translation>面单元类型所用的单元面图层（乡镇、生态保护修复单元）。其他类型时忽略。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Unit polygons with the existing farmland, new farmland and construction-land fields (hm²).</source>
      <translation>带有现状耕地、新增耕地和建设用地字段（hm²）的单元面图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Unit targets (unit × indicator table)</source>
      <translation>单元目标（单元 × 指标表）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Unit type</source>
      <translation>单元类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Unit × indicator table of the allocated targets (one row per unit and indicator), the input of 'Target attainment check'.</source>
      <translation>分解后的单元 × 指标目标表（每个单元每项指标一行），可作为“目标达标评估”的输入。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Units for the map</source>
      <translation>用于制图的单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>Units for unit-level correlation (polygons)</source>
      <translation>按单元相关分析的单元（面）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Units or patches</source>
      <translation>单元或斑块</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>Units with a priority score and grade (output of 'Restoration priority'); each project takes the area-weighted score of the units it covers.</source>
      <translation>带优先级得分和等级的单元（“修复优先级”的输出）；每个项目取其覆盖单元得分的面积加权值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Units with base values</source>
      <translation>带基期值的单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Units with each rule's numbers, pass/fail flags and all_pass (1 = all three rules pass).</source>
      <translation>附各规则数值、通过与否标记及 all_pass（1 = 三条规则均通过）的单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Units with one target field per indicator, for mapping.</source>
      <translation>每项指标一个目标字段的单元图层，用于制图。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>Units with potential</source>
      <translation>带潜力的单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Units with potential totals, grades (Ⅰ级 = highest) and consolidation type (综合整治型, 农用地整理主导型, 建设用地整理主导型, 生态保护修复主导型), styled by type.</source>
      <translation>附潜力合计、潜力等级（Ⅰ级最高）和整治类型（综合整治型、农用地整理主导型、建设用地整理主导型、生态保护修复主导型）的单元，按类型符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Units with pr_score, pr_rank and pr_grade (一级/二级/三级), styled by grade.</source>
      <translation>附优先级得分 pr_score、排序 pr_rank 和等级 pr_grade（一级/二级/三级）的单元，按等级符号化。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Units with shortfalls</source>
      <translation>带未达标统计的单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Units with targets</source>
      <translation>带目标值的单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Units with the realistic potential fields &lt;name&gt;_r, the correction coefficient corr_k and the formula in real_method.</source>
      <translation>附现实潜力字段 &lt;字段名&gt;_r、修正系数 corr_k 和公式说明 real_method 的单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Units with their zones</source>
      <translation>带分区编号的单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Units with theoretical potential</source>
      <translation>带理论潜力的单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>Unknown DLBM codes (code: parcels)</source>
      <translation>未知地类编码（编码：图斑数）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Unknown DLBM codes are always listed with their parcel counts.</source>
      <translation>未知地类编码总会连同图斑数一并列出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Unknown codes left out: {}</source>
      <translation>已剔除的未知编码：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>Unknown codes mapped to {}: {}</source>
      <translation>未知编码已归入 {}：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>Unknown export format '{}'.</source>
      <translation>未知的导出格式“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>Unknown section [{}] (known: plan, inputs, steps, dask).</source>
      <translation>未知的节 [{}]（可用：plan、inputs、steps、dask）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>Unsaved indicator targets</source>
      <translation>指标表尚未保存</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Upper-level
2025</source>
      <translation>上级目标
2025</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Upper-level
2030</source>
      <translation>上级目标
2030</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>Upper-level
2035</source>
      <translation>上级目标
2035</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Upper-level target</source>
      <translation>上级目标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Upper-level targets</source>
      <translation>上级目标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>Urban development boundary</source>
      <translation>城镇开发边界</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Urban development boundary (城镇开发边界)</source>
      <translation>城镇开发边界 (Urban development boundary)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Use the blue-carbon table</source>
      <translation>使用蓝碳碳库表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>Use the costdistance ALLOCATION output of the sources these corridors join.</source>
      <translation>请使用这些廊道所连接源地的累积成本距离（costdistance）分配结果 ALLOCATION。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Use the 三调 fields TBDLMJ and KCXS when present</source>
      <translation>有三调字段 TBDLMJ 和 KCXS 时使用</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>V = {}, L = {}: α = {:.4g}, β = {:.4g}, γ = {:.4g}</source>
      <translation>V = {}，L = {}：α = {:.4g}，β = {:.4g}，γ = {:.4g}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Value equivalents per unit area (Xie et al. 2015)</source>
      <translation>单位面积价值当量（谢高地等 2015）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Value field</source>
      <translation>数值字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Value of one Mg of carbon for the net present value, yuan; 0 skips the valuation.</source>
      <translation>用于净现值的每 Mg 碳价格，元；0 表示不做价值评估。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Value of one standard equivalent E = {:.2f} yuan/hm²</source>
      <translation>一个标准当量的价值 E = {:.2f} 元/hm²</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>Value over the units that splits high from low potential in the four quadrants: mean (default) or median.</source>
      <translation>四象限法中区分高、低潜力的阈值：各单元的平均值（默认）或中位数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Value thresholds: 重要 ≥ {:.6g}, 极重要 ≥ {:.6g}</source>
      <translation>分级阈值：重要 ≥ {:.6g}，极重要 ≥ {:.6g}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Values of the field that mean natural shore (comma separated)</source>
      <translation>表示自然岸线的字段取值（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>Values of the shore-type field that mean natural shoreline, comma separated. Default '自然岸线'; used only with a shore-type field.</source>
      <translation>岸线类型字段中表示自然岸线的取值，逗号分隔。默认“自然岸线”；仅在指定岸线类型字段时使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>Values table (unit, indicator, current or projected value)</source>
      <translation>数值表（单元、指标、现状值或预测值）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Vegetation condition (FVC or NPP)</source>
      <translation>植被状况（FVC 或 NPP）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>Vegetation condition, FVC (0-1) or NPP, normalised to 0-1 over the area or the given range; resampled to the land-use grid if needed.</source>
      <translation>植被状况，FVC（0-1）或 NPP，在研究区内或按给定范围归一化到 0-1；必要时重采样到土地利用格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Vegetation cover FVC (0-1)</source>
      <translation>植被覆盖度 FVC（0-1）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Vegetation cover ≥</source>
      <translation>植被盖度 ≥</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Village code field</source>
      <translation>座落单位代码字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Village code field (座落单位代码 ZLDWDM, 12 or 19 digits): the first 12 digits are the village, the first 9 the township. Default ZLDWDM.</source>
      <translation>座落单位代码字段（ZLDWDM，12 或 19 位）：前 12 位为村，前 9 位为乡镇。默认 ZLDWDM。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Village name field</source>
      <translation>座落单位名称字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>Village name field (座落单位名称). Default ZLDWMC.</source>
      <translation>座落单位名称字段。默认 ZLDWMC。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Villagers' willingness score of each unit (0-1 or raw, e.g. from surveys). Empty: the factor is left out.</source>
      <translation>各单元的村民意愿得分（0-1 或原始值，如来自问卷调查）。留空：不计该因子。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Voltage</source>
      <translation>电压</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Voltage (V)</source>
      <translation>电压（V）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>Voltage (advanced mode)</source>
      <translation>电压（高级模式）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Volume per cell (m³)</source>
      <translation>每像元水量（立方米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>Vulnerability grade</source>
      <translation>生态脆弱性等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Vulnerability grade (1 一般脆弱 … 3 极脆弱, or 1 一般 … 5 极脆弱), styled, with its class table written next to it; 0 = nodata.</source>
      <translation>脆弱性等级（1 一般脆弱 … 3 极脆弱，或 1 一般 … 5 极脆弱），已符号化，并在旁边写出分级表；0 = 无数据。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>Vulnerability index: the geometric mean of the factor scores (1-5 for three levels, 1-9 for five).</source>
      <translation>脆弱性指数：各因子得分的几何平均（三级为 1-5，五级为 1-9）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>Vulnerability rank</source>
      <translation>脆弱度等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Vulnerability rank per class (1 least … 6 most)</source>
      <translation>各地类脆弱度等级（1 最低 … 6 最高）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Vulnerability table</source>
      <translation>脆弱度表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Wall-to-wall connectivity after Omniscape (McRae et al. 2016; Landau et al. 2021, Omniscape.jl; METHODS.md §2). Each target (the centre of a block of block size × block size cells whose summed source strength is &gt; 0) is grounded; the sources within the radius inject in total the target's strength, split in proportion to their strengths; the circuit (8 neighbours, or 4, average-conductance edges) is solved on the resistance clipped to a circle of radius + buffer; node currents are summed over all windows: cumulative current. Flow potential: the same on a uniform resistance. Normalized current = cumulative current / flow potential (&gt; 1: channelled flow, &lt; 1: impeded). Source strength: a raster, or 1 / resistance (cells above the resistance cut-off give none); sources below the threshold are 0. Block-artifact correction for block size &gt; 1. Flow potential is solved, as in Omniscape.jl, on the whole square window of uniform resistance. Checked against Omniscape.jl's own test outputs (equal within its solver tolerance). A coarsening factor &gt; 1 first averages resistance (and source strength) over factor × factor cells: outputs are then on the coarser grid (much faster; the radius in metres keeps its meaning). The time grows with (number of targets) × radius²: use block size and coarsening on large rasters. With a Dask cluster set in the plugin setting eco_restore/dask_scheduler and no coarsening, the windows run as independent tiles on its workers (each tile with the margin its windows need; the result equals the run in this process; docs/BATCH.md).</source>
      <translation>按 Omniscape 方法计算全域连通性（McRae 等 2016；Landau 等 2021，Omniscape.jl；METHODS.md §2）。每个目标像元（块大小 × 块大小像元块的中心，块内源强度之和 &gt; 0）接地；半径内的源像元按各自强度比例注入总量等于目标强度的电流；在裁剪到半径 + 缓冲区圆形范围的阻力上求解电路（8 邻域或 4 邻域，边电导取平均电导）；各窗口的节点电流累加得到累积电流。流动潜力：在均一阻力上做同样计算。标准化电流 = 累积电流 / 流动潜力（&gt; 1：通道化流动，&lt; 1：受阻）。源强度：栅格，或 1 / 阻力（阻力高于截断值的像元无源）；低于阈值的源强度设为 0。块大小 &gt; 1 时进行块状伪影校正。与 Omniscape.jl 一致，流动潜力在整个方形窗口的均一阻力上求解。已用 Omniscape.jl 自带的测试结果核验（在其求解器容差内相等）。粗化倍数 &gt; 1 时先将阻力（及源强度）在倍数 × 倍数像元内取平均：输出为粗化后的格网（快得多；以米计的半径含义不变）。耗时随（目标数）× 半径² 增长：大栅格请使用块大小和粗化。在插件设置 eco_restore/dask_scheduler 中设置了 Dask 集群且不粗化时，各窗口按图块作为独立任务在集群的工作进程上运行（每个图块带其窗口所需的边缘带；结果与在本进程中运行相同；见 docs/BATCH.md）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Warm-season months</source>
      <translation>暖季月份</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Warm-season months (comma separated)</source>
      <translation>暖季月份（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>Warm-season months must be whole numbers 1-12, e.g. 5, 6, 7, 8, 9.</source>
      <translation>暖季月份必须为 1-12 的整数，如 5, 6, 7, 8, 9。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/runner.py" />
      <source>Warning: {}</source>
      <translation>警告：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Water conservation</source>
      <translation>水源涵养</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Water conservation (P − R − ET) per cell, in mm or m³; classes without a runoff coefficient 0 or nodata (see NOT_ASSESSED).</source>
      <translation>每个像元的水源涵养量 (P − R − ET)，单位 mm 或 m³；无径流系数的地类为 0 或无数据（见 NOT_ASSESSED）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>Water conservation ({})</source>
      <translation>水源涵养（{}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Water conservation (水源涵养)</source>
      <translation>水源涵养</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Water conservation by the water-balance method of the ecological protection red line guide (2017) and the 双评价 guide (2020): WR = Σ (P − R − ET) · A · 10³ with surface runoff R = P · α, α the runoff coefficient of the land-cover class (editable table; empty = class not assessed: cropland, built land and open water by default, which get 0 — no water-conservation service counted — or nodata, by choice). P and ET in mm (annual means). Output per cell: depth in mm, or volume in m³. Inputs not on the land-use grid are resampled onto it. Processed by blocks.</source>
      <translation>按《生态保护红线划定指南》(2017) 与双评价指南 (2020) 的水量平衡法计算水源涵养量：WR = Σ (P − R − ET) · A · 10³，地表径流 R = P · α，α 为地类的地表径流系数（可编辑表；留空表示该地类不参与评价：默认耕地、建设用地和水域，其值记为 0——不计水源涵养服务——或按选择记为无数据）。P 与 ET 以 mm 计（多年平均）。每个像元输出深度 (mm) 或体积 (m³)。不在土地利用栅格网格上的输入会重采样到该网格。按块处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/atlas/catalogue.py" />
      <source>Water conservation importance (水源涵养重要性)</source>
      <translation>水源涵养重要性评价图</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>Water conservation, water balance (水源涵养 水量平衡法)</source>
      <translation>水源涵养 水量平衡法 (Water conservation, water balance)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Water ≥</source>
      <translation>水面比例 ≥</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Watershed area threshold (km²)</source>
      <translation>流域面积阈值（km²）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Watershed field</source>
      <translation>小流域字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Watershed id or name field.</source>
      <translation>小流域编号或名称字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Watershed polygons for the sums (optional). Empty: one total.</source>
      <translation>用于汇总的小流域面（可选）。留空：只给总量。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Watershed units need a DEM.</source>
      <translation>流域单元需要 DEM。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Watershed units need the hydrology module, which is not available in this version.</source>
      <translation>流域单元需要水文模块，但此版本中不可用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Watersheds</source>
      <translation>流域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Watersheds from the DEM</source>
      <translation>由 DEM 提取的流域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>Wave height (m)</source>
      <translation>波高（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Wave height in metres, graded by the wave-height breaks.</source>
      <translation>波高（米），按波高分界值分级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Wave-height breaks</source>
      <translation>波高断点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>Wave-height breaks, m (empty = {})</source>
      <translation>波高分界，m（留空 = {}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>Weight (resistance) field</source>
      <translation>权重（电阻）字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Weight a of fragmentation</source>
      <translation>破碎度权重 a</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Weight a of fragmentation; a + b + c must be 1.</source>
      <translation>破碎度权重 a；a + b + c 须等于 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Weight b of isolation</source>
      <translation>分离度权重 b</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Weight b of isolation; a + b + c must be 1.</source>
      <translation>分离度权重 b；a + b + c 须等于 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Weight c of dominance</source>
      <translation>优势度权重 c</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>Weight c of dominance; a + b + c must be 1.</source>
      <translation>优势度权重 c；a + b + c 须等于 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Weight of economic capacity in K. Default 0.3, the plugin's own value.</source>
      <translation>经济能力在 K 中的权重。默认 0.3，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Weight of natural suitability in K. Default 0.4, the plugin's own value (no published weights were found); set your own.</source>
      <translation>自然适宜性在修正系数 K 中的权重。默认 0.4，为插件自定值（未查到公开发布的权重），请按实际设定。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Weight of the area shares in the weighted mix. Default 1 (equal weights).</source>
      <translation>加权组合中面积份额的权重。默认 1（等权）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Weight of the current-value shares in the weighted mix. Default 1.</source>
      <translation>加权组合中现状值份额的权重。默认 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Weight of the potential shares in the weighted mix. Default 1.</source>
      <translation>加权组合中潜力份额的权重。默认 1。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Weight of willingness in K. Default 0.3, the plugin's own value.</source>
      <translation>村民意愿在 K 中的权重。默认 0.3，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>Weighted mix of the three</source>
      <translation>三者加权组合</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Weights</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Weights of the table</source>
      <translation>表中权重</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Weights of the table (default), entropy weights computed from the data, or the mean of both.</source>
      <translation>采用表中权重（默认）、由数据计算的熵权，或两者的平均值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Weights used</source>
      <translation>所用权重</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>Weights: {}</source>
      <translation>权重：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Wetland basis (口径)</source>
      <translation>湿地口径</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Wetland codes {}</source>
      <translation>湿地地类代码 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Wetland flood regulation storage (湿地调蓄能力)</source>
      <translation>湿地调蓄能力 (Wetland flood regulation storage)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Wetland land-use codes (comma separated)</source>
      <translation>湿地地类代码（逗号分隔）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Wetland parks, wetland protection plots, important wetlands</source>
      <translation>湿地公园、湿地保护小区、重要湿地</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Wetland polygons (projected CRS in metres).</source>
      <translation>湿地面（以米为单位的投影坐标系）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Wetland storage</source>
      <translation>湿地调蓄量</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Wetland type</source>
      <translation>湿地类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Wetland type field</source>
      <translation>湿地类型字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>Wetlands</source>
      <translation>湿地</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Wetness coefficients</source>
      <translation>湿度系数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rsei.py" />
      <source>Wetness coefficients blue … SWIR2 (empty = the sensor's)</source>
      <translation>湿度分量系数 蓝 … 短波红外2（留空 = 按传感器）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>What the units are: polygons of a layer (townships or 生态保护修复单元; default), watersheds derived from the DEM, or a regular grid.</source>
      <translation>单元类型：图层中的面（乡镇或生态保护修复单元，默认）、由 DEM 提取的流域，或规则网格。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>When given, one file per map page (PNG, PDF or both) is also written here.</source>
      <translation>指定时，另在此处为每个图页写出一个文件（PNG、PDF 或两者）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>When the layer uses other field names, e.g. 'DLBM=地类编码, TBDLMJ=地类面积'. Standard names: DLBM, DLMC, TBMJ, TBDLMJ, KCDLBM, KCXS, KCMJ, ZLDWDM, ZLDWMC, GDPDJB, CZCSXM, BSM.</source>
      <translation>图层字段名与标准不同时填写，如“DLBM=地类编码, TBDLMJ=地类面积”。标准字段：DLBM、DLMC、TBMJ、TBDLMJ、KCDLBM、KCXS、KCMJ、ZLDWDM、ZLDWMC、GDPDJB、CZCSXM、BSM。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>Where areas come from: the 三调 fields TBDLMJ / KCMJ when present (default), the planar area of the polygon in the layer's CRS, or the ellipsoidal area (CGCS2000).</source>
      <translation>面积来源：有三调字段时用 TBDLMJ / KCMJ（默认），或图层坐标系下的平面面积，或椭球面积（CGCS2000）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Where the ecological, agricultural and urban spaces meet or conflict (Qionghai work plan: ecological buffers and corridors where the three spaces are adjacent or in conflict; METHODS.md §3). Buffer bands: cells of either space of a pair within the band width (m, Euclidean distance) of the other space: 1 生态-农业, 2 生态-城镇, 3 农业-城镇 (eco-urban wins over eco-agri over agri-urban). Conflicts override buffers: corridor cells in agricultural (4) or urban (5) space; overlaps of the red line with permanent basic farmland (6) or the urban development boundary (7), and of farmland with the urban boundary (8). Output: a code raster and dissolved polygons with type, spaces, area and the measures they need. Input: the three-spaces raster of Restoration mode and three spaces (1 ecological, 2 agricultural, 3 urban).</source>
      <translation>识别生态、农业、城镇三类空间相邻或冲突的区域（琼海工作方案：在三类空间相邻或冲突区域建设生态缓冲带、连通生态廊道；METHODS.md §3）。缓冲带：两类空间中距另一类空间在带宽（m，欧氏距离）以内的像元：1 生态-农业，2 生态-城镇，3 农业-城镇（生态-城镇优先于生态-农业优先于农业-城镇）。冲突优先于缓冲带：位于农业空间（4）或城镇空间（5）的廊道像元；生态保护红线与永久基本农田（6）或城镇开发边界（7）重叠，永久基本农田与城镇开发边界重叠（8）。结果为代码栅格和融合后的面，带类型、空间、面积和所需措施。输入为修复模式与三类空间算法的三类空间栅格（1 生态，2 农业，3 城镇）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Which classes count as wetland: the 三调 wetland group (8 classes incl. 0603 盐田, the plugin's one wetland definition, default), that group plus open waters, or the wetland codes given.</source>
      <translation>计为湿地的地类：三调湿地类（8 类，含 0603 盐田，插件统一的湿地定义，默认），或该类加水域，或所填湿地编码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Which service index to compute (NPP-index method of the 生态保护红线划定指南 2017): water conservation (default), soil conservation, windbreak and sand fixation, or biodiversity maintenance; each needs its own factors.</source>
      <translation>要计算的服务指数（《生态保护红线划定指南》2017 的 NPP 定量指标法）：水源涵养（默认）、水土保持、防风固沙或生物多样性维护；各服务所需因子不同。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>Which sources are linked: pairs whose cost-allocation zones touch (default, Linkage Mapper's adjacency) or all pairs (many more corridors, slower).</source>
      <translation>连接哪些源地：成本分配区相邻的源地对（默认，与 Linkage Mapper 的相邻规则一致），或所有源地对（廊道更多，计算更慢）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_form.py" />
      <source>Whole region (one page per map)</source>
      <translation>全域（每幅图一页）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Width (m) of the buffer band where agricultural and urban space meet (code 3). Default 100 m, the plugin's own value.</source>
      <translation>农业空间与城镇空间交界处缓冲带宽度（米，编码 3）。默认 100 m，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Width (m) of the buffer band where ecological and agricultural space meet (code 1). Default 100 m, the plugin's own value (no standard width was found).</source>
      <translation>生态空间与农业空间交界处缓冲带宽度（米，编码 1）。默认 100 m，为插件自定值（未查到标准宽度）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>Width (m) of the buffer band where ecological and urban space meet (code 2). Default 200 m, the plugin's own value.</source>
      <translation>生态空间与城镇空间交界处缓冲带宽度（米，编码 2）。默认 200 m，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/mspa.py" />
      <source>Width of the edge zone in cells: core cells are farther than this from the background. Default 1, as GuidosToolbox; the ground distance is width × cell size.</source>
      <translation>边缘宽度（像元数）：距背景超过该宽度的前景像元为核心区。默认 1，与 GuidosToolbox 相同；实地距离 = 宽度 × 像元大小。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Width of the ring around each patch whose dominant land use is the surroundings, m.</source>
      <translation>图斑周边环带宽度（其中占优势的用地视为周边用地），m。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>Width of the surroundings (m)</source>
      <translation>周边范围宽度（m）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>Willingness of villagers</source>
      <translation>村民意愿</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/nppservices.py" />
      <source>Windbreak and sand fixation (防风固沙)</source>
      <translation>防风固沙</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Window radius</source>
      <translation>窗口半径</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Window radius (map units)</source>
      <translation>窗口半径（地图单位）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Window shape</source>
      <translation>窗口形状</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Window shape: square (default) or circle.</source>
      <translation>窗口形状：正方形（默认）或圆形。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>Windows with a smaller share (0-1) of valid cells give nodata. Default 0.5, the plugin's own value.</source>
      <translation>有效像元占比（0-1）低于该值的窗口结果为无数据。默认 0.5，为插件自定值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>With block size &gt; 1, rescale each window's current by the ratio of unblocked to blocked current on a uniform surface.</source>
      <translation>块大小 &gt; 1 时，按均一表面上不分块与分块电流之比缩放每个窗口的电流。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/omniscape.py" />
      <source>Without a source raster: cells with resistance above this value give no source.</source>
      <translation>无源强度栅格时：阻力高于此值的像元不作为源。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Without an area field, take the net area TBDLMJ; without a KCXS field, take KCXS.</source>
      <translation>未选面积字段时采用净面积 TBDLMJ；未选 KCXS 字段时采用 KCXS。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>Without this parameter but with forest codes given, the codes are used (as before).</source>
      <translation>未设置本参数而给出了森林地类代码时，按代码计算（与以前相同）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Write the accumulated cost as Float32 (half the file size). Float32 keeps about 7 significant digits: values differ from the Float64 result (and from GRASS r.cost) by up to 6e-8 relative. Default off (Float64).</source>
      <translation>以 Float32 写出累积成本（文件大小减半）。Float32 约保留 7 位有效数字：数值与 Float64 结果（及 GRASS r.cost）的相对差最大约 6e-8。默认不勾选（Float64）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>Write the accumulated cost as Float32 (smaller file, ~7 digits)</source>
      <translation>累积成本以 Float32 写出（文件更小，约 7 位有效数字）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Writes the attached tables (附表) a plan text carries as one XLSX workbook (one sheet per table: title and unit rows merged across the table, merged header rows, Chinese headers, units, fixed decimals, 小计 per township or period, 合计 for the whole region, notes) and one CSV per sheet beside it (&lt;file&gt;_&lt;sheet&gt;.csv, UTF-8 with BOM so Excel opens the Chinese). Tables, each written when its input is given, in the order of a plan text: 规划指标表 (indicators with unit, type 约束性/预期性, 统计口径, base year and the 2025/2030/2035 targets, from the targets table of the indicator-targets dialog, or per township with the region value from 'Indicator base values'); 项目表 (projects by period with type, location, area and investment, from 'Project library'); 现状地类结构表 (first-level and 三调 classes x the whole region and each township, hm² and share, from the 三调 parcels or 'Land-use structure table'); 生态保护重要性与脆弱性面积统计表 (area and share of each grade per township, from the graded rasters, cells counted by their centre in the township polygons); 修复分区统计表 (restoration zone area by township, the zones cut by the township polygons, or for the whole region without townships); 土地综合整治潜力表 (potential by township and type in hm² and 亩, theoretical and realistic, from the consolidation units); 问题图斑统计表 (problem patches by township and problem type: count and area, from 'Ecological problem patches'). Areas in hm² with 4 decimals, 亩 and shares (%) with 2, investment in 万元 with 2; subtotals and totals are sums of the rounded rows, so the printed table adds up, shares are rounded by the largest remainder method so they add up to 100, and a sheet whose totals do not equal its rows or its source is not written. XLSX needs openpyxl (Debian: apt install python3-openpyxl; else pip install openpyxl); without it the algorithm says so and writes the CSV files.</source>
      <translation>将规划文本所附的附表写成一个 XLSX 工作簿（每表一个工作表：标题行和单位行跨表合并，表头多行合并，中文表头，注明单位，固定小数位，按乡镇或实施时序的小计，全域合计，表注），并在其旁为每个表写一个 CSV 文件（&lt;文件&gt;_&lt;表名&gt;.csv，带 BOM 的 UTF-8，Excel 可直接打开中文）。各表在给出其输入时写出，顺序同规划文本：规划指标表（指标的单位、指标属性 约束性/预期性、统计口径、基期值及 2025/2030/2035 年目标值，来自目标指标体系对话框的目标表；或来自“指标基期值”的分乡镇值及全域值）；项目表（按实施时序列出项目类型、所在单元、规模和投资，来自“项目库”）；现状地类结构表（一级地类和三调二级地类 × 全域及各乡镇，面积（hm²）和占比，来自三调地类图斑或“土地利用现状结构表”）；生态保护重要性与脆弱性面积统计表（各乡镇各等级的面积和占比，来自等级栅格，像元按中心点落入乡镇面计）；修复分区统计表（按乡镇的修复分区面积，分区与乡镇面相交切分；无乡镇时为全域）；土地综合整治潜力表（按乡镇和潜力类型的理论潜力与现实潜力，公顷和亩，来自整治单元）；问题图斑统计表（按乡镇和问题类型的图斑数和面积，来自“生态问题图斑识别”）。面积以公顷计保留 4 位小数，亩和占比（%）保留 2 位，投资以万元计保留 2 位；小计和合计为取整后各行之和，表内数字自洽；占比按最大余数法取整，合计恰为 100；合计与各行或数据源不符的表不写出。XLSX 需要 openpyxl（Debian：apt install python3-openpyxl；否则 pip install openpyxl）；未安装时算法给出提示并只写 CSV 文件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>Writes the planning database in the layer and field conventions of a declared schema (the shipped resources/schema/planning_db.json, or your own): each layer of the planning GeoPackage gets its standard name (e.g. STBHHX for the ecological red line, STWTTB for the problem patches), its Chinese alias and its feature code 要素代码; each feature gets 标识码 BSM (unique in the database), 要素代码 YSDM, 行政区代码 XZQDM and 名称 XZQMC (the parameters) and, for polygons, 面积 MJ in hm² (planar area of the geometry in the layer's projected CRS); the layer's own fields are kept under their schema names (at most 10 characters, so the Shapefile set carries them unchanged). A metadata table (元数据, YSJ) lists each layer: alias, feature count, CRS, date, source algorithm, schema version. Formats: GeoPackage, a folder of shapefiles (GBK or UTF-8, with a .cpg) or a File geodatabase (GDAL's OpenFileGDB driver, GDAL 3.6 or later). The input GeoPackage is only read. Nothing is reprojected unless a target EPSG code is given; the CRS rule (CGCS2000 3-degree Gauss-Krüger, EPSG 4513-4554) is checked by 'Planning database check'. Invalid polygons are repaired (GEOS make-valid, polygon parts kept) when asked, and counted in the log and the metadata. A GeoPackage gets a default style per layer (the planning colours, Chinese field aliases). Layers of the GeoPackage the schema does not list are named in the log and left out; where each rule comes from: docs/DATABASE.md.</source>
      <translation>按声明的数据库规范（插件自带的 resources/schema/planning_db.json 或自定义规范）的图层与字段约定写出规划数据库：规划 GeoPackage 的每个图层取规范图层名（如生态保护红线 STBHHX、生态问题图斑 STWTTB）、中文别名和要素代码；每个要素写入标识码 BSM（库内唯一）、要素代码 YSDM、行政区代码 XZQDM 和行政区名称 XZQMC（取自参数），面要素另写面积 MJ（公顷，图层投影坐标系下的图形平面面积）；图层自有字段按规范字段名保留（不超过 10 个字符，Shapefile 可原样保存）。元数据表（YSJ）逐图层列出别名、要素数、坐标系、日期、来源算法和规范版本。格式：GeoPackage、Shapefile 文件夹（GBK 或 UTF-8，附 .cpg）或 File 地理数据库（GDAL OpenFileGDB 驱动，GDAL 3.6 及以上）。输入 GeoPackage 只读不改。除非给出目标 EPSG，不做任何投影转换；坐标系规则（CGCS2000 3度分带高斯-克吕格，EPSG 4513-4554）由“规划数据库质检”检查。选择修复时，无效面用 GEOS make-valid 修复（保留面部分），数量写入日志和元数据。GeoPackage 为每个图层保存默认样式（规划配色、中文字段别名）。规范未列出的 GeoPackage 图层在日志中列出、不导出；各规则的来源见 docs/DATABASE.md。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>Writing layers to {}</source>
      <translation>正在写出图层到 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>Writing outputs</source>
      <translation>正在写出结果</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_storage.py" />
      <source>XLSX export needs the Python package openpyxl (Debian: python3-openpyxl).</source>
      <translation>导出 XLSX 需要 Python 包 openpyxl（Debian：python3-openpyxl）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Year (newer)</source>
      <translation>年份（较新）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Year (older)</source>
      <translation>年份（较早）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Year of the current land cover</source>
      <translation>现状土地覆被年份</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Year of the current land cover (for the valuation period).</source>
      <translation>现状土地覆被年份（用于价值评估期）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Year of the future land cover</source>
      <translation>未来土地覆被年份</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>Year of the future land cover; must be after the current year for the valuation.</source>
      <translation>未来土地覆被年份；价值评估时须晚于现状年份。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Year of the newer raster (labels the outputs).</source>
      <translation>较新栅格的年份（用于输出标注）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Year of the newer shoreline</source>
      <translation>较新岸线年份</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Year of the newer shoreline.</source>
      <translation>较新岸线的年份。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>Year of the older raster.</source>
      <translation>较早栅格的年份。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Year of the older shoreline</source>
      <translation>较早岸线年份</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>Year of the older shoreline; must be earlier than the newer year.</source>
      <translation>较早岸线的年份；须早于较新年份。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>Year of the population data. Default 2020, the base year of the 2021-2035 plans.</source>
      <translation>人口数据的年份。默认 2020，即 2021-2035 年规划的基期年。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Years T between the two dates, used by the dynamic degrees (% per year). Default 10.</source>
      <translation>两期之间的年数 T，用于计算动态度（%/年）。默认 10。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>Years between the two dates</source>
      <translation>两期间隔年数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>Zonal statistics</source>
      <translation>分区统计</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled_reductions.py" />
      <source>Zone codes must be integers from 0 to 65535.</source>
      <translation>分区代码必须是 0 到 65535 的整数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>Zone field</source>
      <translation>功能区字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>Zone id or name field</source>
      <translation>分区编号或名称字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Zone name field</source>
      <translation>分区名称字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Zone type</source>
      <translation>分区类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Zone type field</source>
      <translation>分区类型字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>Zone type field of the restoration zones. Default zone_type.</source>
      <translation>修复分区的分区类型字段。默认 zone_type。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Zone {} matches no zoning rule; add a last rule with the condition TRUE.</source>
      <translation>分区 {} 不符合任何分区规则；请在最后添加一条条件为 TRUE 的规则。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>Zones (polygons)</source>
      <translation>分区（面）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Zones smaller than this (km²) join the neighbour with the longest shared boundary. 0 (default) = keep every zone.</source>
      <translation>面积小于该值（km²）的分区并入共享边界最长的相邻分区。0（默认）= 保留所有分区。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>Zones with landscape metrics</source>
      <translation>带景观指数的分区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>Zones, e.g. townships</source>
      <translation>分区，如乡镇</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Zoning method</source>
      <translation>分区方法</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>Zoning rule {} ({}): the condition '{}' is not a valid expression: {}</source>
      <translation>分区规则 {}（{}）：条件“{}”不是有效表达式：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>Zoning rule {} ({}): {}</source>
      <translation>分区规则 {}（{}）：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_common.py" />
      <source>Zoning rule {}: the zone type is empty.</source>
      <translation>分区规则 {}：分区类型为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>Zoning scheme (zone types and rules)</source>
      <translation>分区方案（分区类型与规则）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>[inputs] must be a table of name = "path".</source>
      <translation>[inputs] 必须是 名称 = "路径" 形式的表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>[plan] must be a table.</source>
      <translation>[plan] 必须是一个表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>abandoned mine,historic mine,mine restoration,restoration direction,restoration mode,历史遗留矿山,矿山生态修复,修复方向,修复模式,TD/T 1070</source>
      <translation>历史遗留矿山,废弃矿山,矿山生态修复,修复方向,修复模式,TD/T 1070,abandoned mine,mine restoration</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>at least {:g}</source>
      <translation>不小于 {:g}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>at most {:g}</source>
      <translation>不大于 {:g}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>atlas,pdf,map,layout,template,qpt,规划图集,图件,模板</source>
      <translation>图集,pdf,地图,布局,模板,qpt,规划图集,图件,模板</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>attached tables,XLSX,Excel,CSV,附表,问题图斑统计表,项目表,修复分区统计表,规划指标表,现状地类结构表,生态保护重要性与脆弱性面积统计表,土地综合整治潜力表,totals,subtotals</source>
      <translation>附表,XLSX,Excel,CSV,问题图斑统计表,项目表,修复分区统计表,规划指标表,现状地类结构表,生态保护重要性与脆弱性面积统计表,土地综合整治潜力表,合计,小计</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>barrier,Barrier Mapper,restoration,improvement,Linkage Mapper,障碍点,生态修复,生态安全格局</source>
      <translation>障碍,Barrier Mapper,修复,改善值,Linkage Mapper,障碍点,生态修复,生态安全格局</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" />
      <source>between {:g} and {:g}</source>
      <translation>介于 {:g} 与 {:g} 之间</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>bilinear</source>
      <translation>双线性插值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>brightness temperature must be 150 K or more (K = °C + 273.15)</source>
      <translation>亮度温度须不低于 150 K（K = °C + 273.15）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>cap</source>
      <translation>上限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>carbon,carbon storage,sequestration,InVEST,blue carbon,碳储量,固碳,蓝碳,红树林</source>
      <translation>碳储量,固碳,蓝碳,红树林,InVEST,carbon storage,sequestration,blue carbon</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>centrality,current flow,betweenness,Centrality Mapper,Linkage Mapper,network,电流中心度,中介中心性,生态网络,源地重要性,廊道重要性</source>
      <translation>中心度,电流,中介中心性,Centrality Mapper,Linkage Mapper,网络,电流中心度,中介中心性,生态网络,源地重要性,廊道重要性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>circuit theory,Circuitscape,current,effective resistance,pinch point,电路理论,电流密度,夹点</source>
      <translation>电路理论,Circuitscape,电流,有效电阻,夹点,电流密度,circuit theory,pinch point</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalprotection.py" />
      <source>coastal protection,mangrove,shoreline,salt marsh,seagrass,coral reef,海岸防护,红树林,自然岸线</source>
      <translation>海岸防护,红树林,岸线,盐沼,海草床,珊瑚礁,自然岸线,coastal protection,mangrove</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>coastal wetland,mangrove,seagrass,coral reef,tidal flat,aquaculture,reclamation,滨海湿地,红树林,海草床,珊瑚礁,滩涂,养殖,围填海,退塘还林,退养还湿,陆海统筹</source>
      <translation>滨海湿地,红树林,海草床,珊瑚礁,滩涂,养殖,围填海,滨海湿地,红树林,海草床,珊瑚礁,滩涂,养殖,围填海,退塘还林,退养还湿,陆海统筹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>conductance must be 0 or more</source>
      <translation>导度必须不小于 0</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>conflict,buffer,corridor,three spaces,生态缓冲带,冲突,廊道,三类空间</source>
      <translation>生态缓冲带,冲突,廊道,三类空间,conflict,buffer,corridor</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>corridor,least cost path,Linkage Mapper,MCR,生态廊道,最小成本路径,生态安全格局</source>
      <translation>生态廊道,最小成本路径,生态安全格局,Linkage Mapper,MCR,corridor,least cost path</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/costdistance.py" />
      <source>cost distance,MCR,r.cost,least cost,allocation,最小累积阻力,成本距离,生态源地</source>
      <translation>最小累积阻力,成本距离,生态源地,分配,MCR,r.cost,cost distance,least cost</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>cost must be 0 or more</source>
      <translation>成本值必须不小于 0</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>current</source>
      <translation>现状</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>current-value field</source>
      <translation>现状值字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>dPC and dIIC of {} patches…</source>
      <translation>正在计算 {} 个斑块的 dPC 和 dIIC…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>dPC tolerance (percentage points; 0 = exact)</source>
      <translation>dPC 容差（百分点；0 = 精确）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/damagedspace.py" />
      <source>damaged space,degradation,resilience,restoration,受损空间,退化程度,恢复力</source>
      <translation>受损空间,退化程度,恢复力,生态修复,damaged space,degradation,resilience</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databasecheck.py" />
      <source>database,schema,check,quality,QA,topology,overlap,质检,数据库,质量检查,规划数据库,CGCS2000</source>
      <translation>数据库,规范,质检,质量检查,拓扑,重叠,规划数据库,CGCS2000,database,check</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>database,schema,export,GeoPackage,Shapefile,File GDB,FileGDB,数据库,成果数据库,规划数据库,元数据,BSM,YSDM</source>
      <translation>数据库,规范,导出,GeoPackage,Shapefile,File GDB,成果数据库,规划数据库,元数据,BSM,YSDM,database,export</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/degradation.py" />
      <source>degradation,NDVI,FVC,NPP,habitat quality,loss,退化程度,生态退化,植被退化</source>
      <translation>退化程度,生态退化,植被退化,NDVI,FVC,NPP,生境质量,degradation</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>denominator field</source>
      <translation>分母字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>direction not assessed (no slope field)</source>
      <translation>未评价复垦方向（无坡度字段）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>direction: construction if within {:g} m of construction-suitable areas and slope ≤ {:g}°; farmland if slope ≤ {:g}°{}; else forest and grass (TD/T 1036)</source>
      <translation>复垦方向：距适宜建设区 {:g} m 以内且坡度 ≤ {:g}° 的为建设用地；坡度 ≤ {:g}°{}的为耕地；其余为林草地（TD/T 1036）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/runner.py" />
      <source>distributed</source>
      <translation>分布式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>ecological node,strategic point,pinch point,barrier,ridge,network structure,alpha,beta,gamma,生态节点,战略点,夹点,障碍点,阻力脊线,网络闭合度,线点率,网络连通度</source>
      <translation>生态节点,战略点,夹点,障碍点,脊线,网络结构,alpha,beta,gamma,生态节点,战略点,夹点,障碍点,阻力脊线,网络闭合度,线点率,网络连通度</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>ecological source,core,MSPA,connectivity,dPC,dIIC,PC,IIC,Conefor,生态源地,核心区,景观连通性,斑块重要性</source>
      <translation>生态源地,核心区,MSPA,连通性,dPC,dIIC,PC,IIC,Conefor,生态源地,核心区,景观连通性,斑块重要性</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>ecosystem service value,ESV,equivalent factor,Xie Gaodi,sensitivity,生态系统服务价值,当量因子,谢高地,敏感性指数</source>
      <translation>生态系统服务价值,当量因子,谢高地,敏感性指数,ESV,ecosystem service value,equivalent factor</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>evapotranspiration must be 0 mm or more</source>
      <translation>蒸散发量必须不小于 0 mm</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>farmland,consolidation,ridge coefficient,fragmentation,耕地整治,田坎系数,新增耕地,土地综合整治</source>
      <translation>耕地整治,田坎系数,新增耕地,破碎度,土地综合整治,farmland,consolidation</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>first date</source>
      <translation>第一期</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>floor</source>
      <translation>下限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>fractions must be between 0 and 1</source>
      <translation>比例值必须介于 0 与 1 之间</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/carbonstorage.py" />
      <source>future</source>
      <translation>未来</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>geometry area − 田坎</source>
      <translation>几何面积 − 田坎</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>grades must be 1, 2 or 3</source>
      <translation>等级必须为 1、2 或 3</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>grades must be 1, 2, 3 or 4</source>
      <translation>等级必须为 1、2、3 或 4</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>grades must be 1, 2, 3, 4 or 5</source>
      <translation>等级必须为 1、2、3、4 或 5</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>grading,zoning,quadrant,natural breaks,潜力分级,整治分区,象限法,土地综合整治</source>
      <translation>潜力分级,整治分区,象限法,自然断点,土地综合整治,grading,zoning</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/habitatquality.py" />
      <source>habitat quality,InVEST,biodiversity,threat,生境质量,生物多样性维护</source>
      <translation>生境质量,生物多样性维护,InVEST,威胁,habitat quality</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>hm²</source>
      <translation>hm²（公顷）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>idle land,inefficient land,mine,reclamation,闲置土地,低效用地,废弃矿山,复垦方向</source>
      <translation>闲置土地,低效用地,废弃矿山,复垦,复垦方向,idle land,mine</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancecombine.py" />
      <source>importance,combine,maximum,集成,重要性</source>
      <translation>重要性,集成,最大值,importance,combine</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/importancegrading.py" />
      <source>importance,grading,cumulative,重要性,分级,累积服务值</source>
      <translation>重要性,分级,累积服务值,importance,grading</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>indicator,target,base value,forest coverage,wetland,shoreline,red line,指标,基期值,森林覆盖率</source>
      <translation>指标,目标,基期值,森林覆盖率,湿地,岸线,生态保护红线,indicator,target,base value,forest coverage</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>land use change,transition matrix,dynamic degree,土地利用转移矩阵,土地利用动态度,变化</source>
      <translation>土地利用变化,土地利用转移矩阵,土地利用动态度,变化,transition matrix,dynamic degree</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>landscape ecological risk,ERI,fragmentation,isolation,dominance,vulnerability,景观生态风险,脆弱度,干扰度</source>
      <translation>景观生态风险,干扰度,脆弱度,破碎度,分离度,优势度,ERI,landscape ecological risk</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetrics.py" />
      <source>landscape metrics,FRAGSTATS,pattern,fragmentation,景观格局,景观指数,破碎化</source>
      <translation>景观格局,景观指数,破碎化,FRAGSTATS,landscape metrics</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricswindow.py" />
      <source>landscape metrics,moving window,FRAGSTATS,SHDI,景观格局,移动窗口</source>
      <translation>景观格局,移动窗口,FRAGSTATS,SHDI,landscape metrics</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>landscape metrics,zonal,township,FRAGSTATS,景观格局,分区,乡镇</source>
      <translation>景观格局,分区,乡镇,FRAGSTATS,landscape metrics</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>layout '{}'</source>
      <translation>布局“{}”</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>mangrove,seagrass,restoration,suitability,tidal flat,pond,红树林,海草床,修复适宜性,退塘还林,潮滩,陆海统筹</source>
      <translation>红树林,海草床,修复,适宜性,潮滩,坑塘,红树林,海草床,修复适宜性,退塘还林,潮滩,陆海统筹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>marine,health,HY/T 087,estuary,bay,mangrove,coral reef,seagrass,海洋生态健康,河口,海湾,红树林,珊瑚礁,海草床,陆海统筹</source>
      <translation>海洋,健康,HY/T 087,河口,海湾,红树林,珊瑚礁,海草床,海洋生态健康,河口,海湾,红树林,珊瑚礁,海草床,陆海统筹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>mm</source>
      <translation>毫米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>m²</source>
      <translation>m²（平方米）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>m³</source>
      <translation>立方米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>nearest neighbour</source>
      <translation>最邻近法</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>new farmland ({}) ≥ {:g} % × existing ({}); construction increase ({}) − decrease ({}) ≤ 0; red line: no patch overlaps by more than {:g} m²{} (自然资发〔2019〕194号, METHODS §4)</source>
      <translation>新增耕地（{}）≥ {:g} % × 现状耕地（{}）；建设用地增加（{}）− 减少（{}）≤ 0；生态保护红线：无图斑重叠超过 {:g} m²{}（自然资发〔2019〕194号，METHODS §4）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>no input for {}</source>
      <translation>缺少 {} 的输入</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>no write permission in '{}'</source>
      <translation>对“{}”没有写权限</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/runner.py" />
      <source>one process</source>
      <translation>单进程</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>openpyxl is not installed (Debian: apt install python3-openpyxl; else pip install openpyxl): writing CSV instead.</source>
      <translation>未安装 openpyxl（Debian：apt install python3-openpyxl；否则 pip install openpyxl）：改为写出 CSV。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>openpyxl is not installed ({}): only the CSV files were written.</source>
      <translation>未安装 openpyxl（{}）：只写出了 CSV 文件。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>p0 of p_ij = exp(−k d_ij), k = −ln(p0) / d0 (Conefor's usual 0.5).</source>
      <translation>p_ij = exp(−k d_ij) 中的 p0，k = −ln(p0) / d0（Conefor 常用 0.5）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>percentages must be between 0 and 100</source>
      <translation>百分比必须介于 0 与 100 之间</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>pinch point,pinchpoint,circuit theory,corridor,current,Linkage Mapper,夹点,电路理论,廊道,生态节点</source>
      <translation>夹点,pinch point,pinchpoint,电路理论,circuit theory,廊道,电流,Linkage Mapper,生态节点</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/atlasexport.py" />
      <source>planning.gpkg with its layer_catalog table.</source>
      <translation>含 layer_catalog 表的 planning.gpkg。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>policy,check,red line,new farmland,construction land,政策校核,生态保护红线,新增耕地,建设用地不增加</source>
      <translation>政策校核,生态保护红线,新增耕地,建设用地不增加,policy,red line</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>potential field</source>
      <translation>修复潜力字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>precipitation must be 0 mm or more</source>
      <translation>降水量必须不小于 0 mm</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>priority,weights,entropy weight,rank,修复优先级,熵权法,轻重缓急,一级,二级,三级</source>
      <translation>修复优先级,熵权法,轻重缓急,一级,二级,三级,priority,weights,rank</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>problem patches,rules,DLTB,red line,steep farmland,mines,soil erosion,shoreline,corridor,生态问题图斑,问题识别,生态保护红线,陡坡耕地,历史遗留矿山,水土流失,岸线,廊道</source>
      <translation>生态问题图斑,问题识别,规则,地类图斑,生态保护红线,陡坡耕地,历史遗留矿山,水土流失,岸线,廊道,problem patches,DLTB</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>project library,cost,budget,period,rank,项目库,重点工程,近期,中期,远期,轻重缓急</source>
      <translation>项目库,重点工程,投资,预算,近期,中期,远期,轻重缓急,project library</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>protection importance,red line,双评价,生态保护重要性,生态保护红线</source>
      <translation>生态保护重要性,生态保护红线,双评价,protection importance</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>r in P_plan = P_now · (1 + r)^n; negative where the rural population shrinks. Default 0.5 %, the plugin's own value: take it from the local plan.</source>
      <translation>P_plan = P_now · (1 + r)^n 中的 r；农村人口减少时为负值。默认 0.5 %，为插件自定值：请以当地规划为准。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>rainfall erosivity,R factor,RUSLE,daily rainfall,降雨侵蚀力,日雨量,章文波</source>
      <translation>降雨侵蚀力,R因子,RUSLE,日雨量,章文波,rainfall erosivity</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/vector_io.py" />
      <source>rasterizing polygons</source>
      <translation>多边形栅格化</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>reading raster '{}'</source>
      <translation>读取栅格“{}”</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>realistic = theoretical × K, K = Σ w·f / Σ w ({}){} (METHODS §4)</source>
      <translation>现实潜力 = 理论潜力 × K，K = Σ w·f / Σ w（{}）{}（METHODS §4）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>realistic potential,correction coefficient,willingness,economy,现实潜力,修正系数,整治意愿</source>
      <translation>现实潜力,修正系数,整治意愿,经济能力,realistic potential</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>reflectance after the scale factor and offset must be between -0.2 and 1.6: check the scale factor and offset</source>
      <translation>经缩放系数和偏移换算后的反射率须在 -0.2 至 1.6 之间：请检查缩放系数和偏移</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>resilience,elasticity,recovery,恢复力,生态弹性度,恢复力水平</source>
      <translation>恢复力,生态弹性度,恢复力水平,resilience,elasticity</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>resistance &gt; 0</source>
      <translation>阻力值须大于 0</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>resistance,cost,MCR,factor,阻力面,最小累积阻力,生态安全格局</source>
      <translation>阻力面,最小累积阻力,生态安全格局,阻力因子,resistance,cost,MCR</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>restoration mode,decision matrix,three spaces,修复模式,保护保育,自然恢复,辅助再生,生态重建,三类空间</source>
      <translation>修复模式,决策矩阵,保护保育,自然恢复,辅助再生,生态重建,三类空间,restoration mode</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>restoration unit,zonal statistics,township,watershed,grid,修复单元,分区统计,乡镇,流域,格网</source>
      <translation>修复单元,分区统计,乡镇,流域,格网,restoration unit</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>run</source>
      <translation>已运行</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>rural settlement,homestead,construction land,consolidation,农村居民点,宅基地,建设用地整理,人均用地标准</source>
      <translation>农村居民点,宅基地,建设用地整理,人均用地标准,rural settlement,homestead</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/createsampleregion.py" />
      <source>sample,demo,test data,示例,样例数据</source>
      <translation>样例数据,示例,测试数据,sample,demo</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>sea</source>
      <translation>海域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>sea unit {}</source>
      <translation>海域单元 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>sea,marine,planning unit,project,unit cost,sea-use zone,grid,海域,规划单元,海洋功能区,项目库,单价,陆海统筹,红树林,海草床,珊瑚礁,沙滩修复,岸线整治,退养还湿,海岛</source>
      <translation>海域,海洋,规划单元,项目,单价,海洋功能区,格网,海域,规划单元,海洋功能区,项目库,单价,陆海统筹,红树林,海草床,珊瑚礁,沙滩修复,岸线整治,退养还湿,海岛</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landusetransition.py" />
      <source>second date</source>
      <translation>第二期</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>shoreline,coastline,natural shoreline,retention,end point rate,transect,island,陆海统筹,海岸线,自然岸线保有率,岸线变化,海岛,严格保护,限制开发,优化利用</source>
      <translation>岸线,海岸线,自然岸线,保有率,端点速率,断面,海岛,陆海统筹,海岸线,自然岸线保有率,岸线变化,海岛,严格保护,限制开发,优化利用</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>slope</source>
      <translation>坡度推算</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>slope must be between 0 and 90 degrees</source>
      <translation>坡度须在 0 至 90 度之间</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>soil conservation,soil erosion,RUSLE,LS,水土保持,土壤保持,土壤侵蚀</source>
      <translation>水土保持,土壤保持,土壤侵蚀,RUSLE,LS,soil conservation</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>survey</source>
      <translation>调查</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>switched off</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>t/(hm²·a) (the soil conservation algorithm's actual soil loss)</source>
      <translation>t/(hm²·a)（土壤保持算法的实际土壤侵蚀量）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>t/(km²·a)</source>
      <translation>t/(km²·a)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>target,attainment,shortfall,gap,indicator,目标,达标,差距,指标</source>
      <translation>目标,达标,未达标,差距,指标,target,attainment,shortfall,gap</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>target,decomposition,allocation,floor,cap,county,township,目标,分解,传导,指标</source>
      <translation>目标,分解,传导,分配,下限,上限,县,乡镇,指标,target,decomposition,allocation</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>targets</source>
      <translation>目标表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>the C factor table</source>
      <translation>C 因子表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/soilconservation.py" />
      <source>the P factor table</source>
      <translation>P 因子表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>the QGIS project</source>
      <translation>QGIS 项目</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/resilience.py" />
      <source>the condition must lie within the condition range (CONDITION_RANGE)</source>
      <translation>植被状况须位于状况取值范围（CONDITION_RANGE）之内</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>the cost raster</source>
      <translation>成本栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>the denominator</source>
      <translation>分母</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>the island flag</source>
      <translation>海岛标识</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_dialog.py" />
      <source>the planning GeoPackage {}</source>
      <translation>规划 GeoPackage {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>the potentials of the focal nodes</source>
      <translation>各焦点节点的电势</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>the potentials of the sources on the corridors' cells</source>
      <translation>各源地在廊道像元上的电势</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>the resistance raster '{}'</source>
      <translation>阻力栅格“{}”</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>the restoration potential</source>
      <translation>修复潜力</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>the sensitivity table</source>
      <translation>敏感性表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>the shore type</source>
      <translation>岸线类型</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>the source ids of the corridors (from / to fields)</source>
      <translation>廊道的源地编号（起点 / 终点字段）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/params.py" />
      <source>the unit name or code</source>
      <translation>单元名称或代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscaperisk.py" />
      <source>the vulnerability table</source>
      <translation>脆弱度表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>the 三调 classification, the mode override table or the space table</source>
      <translation>三调地类、修复模式指定表或空间归属表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>they get no mode override and count as ecological space</source>
      <translation>这些像元不按地类指定修复模式，并计为生态空间</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>trade-off,synergy,Spearman,correlation,bivariate,权衡,协同,相关分析,双变量</source>
      <translation>权衡,协同,Spearman,相关分析,双变量,trade-off,synergy</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>typed in</source>
      <translation>手工填写</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>values</source>
      <translation>数值表</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>values must be 0 or 1</source>
      <translation>数值必须为 0 或 1</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>values must be 0 or more</source>
      <translation>数值必须不小于 0</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitycoastalerosion.py" />
      <source>vulnerability,coastal erosion,storm surge,wave,shoreline,双评价,生态脆弱性,海岸侵蚀,风暴潮</source>
      <translation>脆弱性,海岸侵蚀,风暴潮,波浪,岸线,双评价,生态脆弱性,coastal erosion</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilityrockydesertification.py" />
      <source>vulnerability,rocky desertification,karst,双评价,生态脆弱性,石漠化,喀斯特</source>
      <translation>脆弱性,石漠化,喀斯特,岩溶,双评价,生态脆弱性,rocky desertification,karst</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/vulnerabilitysoilerosion.py" />
      <source>vulnerability,soil erosion,sensitivity,relief,双评价,生态脆弱性,水土流失,地形起伏度</source>
      <translation>脆弱性,水土流失,敏感性,地形起伏度,双评价,生态脆弱性,soil erosion,vulnerability</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/waterconservation.py" />
      <source>water conservation,water yield,water balance,水源涵养,水量平衡</source>
      <translation>水源涵养,水量平衡,产水,water conservation</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>wetland,flood regulation,storage,lake,reservoir,watershed,湿地,调蓄,洪水调蓄,湖泊,水库,小流域</source>
      <translation>湿地,洪水调蓄,调蓄量,湖泊,水库,流域,湿地,调蓄,洪水调蓄,湖泊,水库,小流域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/value_rules.py" />
      <source>whole class codes of 0 or more</source>
      <translation>类别代码须为不小于 0 的整数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>x = {} ; y = {} ; new farmland = {} ; grades 1 = highest by {} ({} grades{}); quadrant split ({}) x &gt; {:.4g}, y &gt; {:.4g} (METHODS §4)</source>
      <translation>x = {}；y = {}；新增耕地 = {}；以 1 为最高，按{}分级（{} 级{}）；象限分界（{}）x &gt; {:.4g}，y &gt; {:.4g}（METHODS §4）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>zoning,regionalisation,SKATER,graded control,生态修复分区,分级管控,生态保护区,生态修复区</source>
      <translation>生态修复分区,分级管控,生态保护区,生态修复区,SKATER,zoning</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>{} ('{}') has no CRS, but this algorithm measures areas or distances. Assign its projected CRS in metres (Layer Properties &gt; Source) first.</source>
      <translation>{}（“{}”）没有坐标参考系，而本算法需要量算面积或距离。请先为其指定以米为单位的投影坐标系（图层属性 &gt; 源）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>{} (field '{}'): scores must be within 0–1 (found {:g} to {:g}). Rescale them, or tick 'Normalise factor values by their maximum'.</source>
      <translation>{}（字段“{}”）：评分须在 0–1 之间（实际为 {:g} 至 {:g}）。请重新缩放，或勾选“按最大值归一化因子值”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>{} (field '{}'): values must be ≥ 0 with a positive maximum to be normalised.</source>
      <translation>{}（字段“{}”）：归一化要求数值 ≥ 0 且最大值为正。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>{} (field '{}'): {} units have no value (feature ids {}).</source>
      <translation>{}（字段“{}”）：{} 个单元没有值（要素 ID {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>{} / {}: rho {:.3f}, p {:.3g}, n {} ({})</source>
      <translation>{} / {}：rho {:.3f}，p {:.3g}，n {}（{}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/dask_client.py" />
      <source>{} Running in this process.</source>
      <translation>{} 改为在本进程中运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>{} barrier polygons (score ≥ {:.4g})</source>
      <translation>{} 个障碍点多边形（改善值 ≥ {:.4g}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>{} base values computed from layers.</source>
      <translation>已由图层计算 {} 项基期值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>{} candidate polygons.</source>
      <translation>{} 个候选图斑。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetrics.py" />
      <source>{} classes, {} patches, SHDI {:.4f}, CONTAG {:.2f}</source>
      <translation>{} 个类型，{} 个斑块，SHDI {:.4f}，CONTAG {:.2f}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>{} comparisons, {} shortfalls.</source>
      <translation>共比较 {} 项，未达标 {} 项。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>{} connected parts of the landscape have current sources but no ground: no current can flow there (left at 0 V). Add grounds there or remove those sources.</source>
      <translation>景观中有 {} 个连通部分有电流源但没有接地：那里没有电流（电压保持 0 V）。请在那里添加接地或去除这些电流源。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>{} corridor crossings of cost ridge lines</source>
      <translation>廊道与阻力脊线的交点 {} 个</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/leastcostcorridors.py" />
      <source>{} corridors</source>
      <translation>{} 条廊道</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>{} corridors have weight 0 (touching sources): taken as {:.3g}, nearly a short circuit.</source>
      <translation>{} 条廊道权重为 0（源地相接）：按 {:.3g} 计，近似短路。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>{} corridors join ids that are not in the source layer: skipped.</source>
      <translation>{} 条廊道连接的编号不在源地图层中：已跳过。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>{} daily bands, {} to {}</source>
      <translation>{} 个逐日波段，{} 至 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/resistancesurface.py" />
      <source>{} factors, weights {}</source>
      <translation>{} 个因子，权重 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>{} farmland patches ({:.2f} hm²) lie outside every unit; they are in the patch output without a unit and left out of the unit totals.</source>
      <translation>{} 个耕地图斑（{:.2f} hm²）不在任何单元内；它们保留在图斑输出中但无所属单元，不计入单元合计。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>{} farmland patches have no slope value (feature ids {}). Fill the slope field first.</source>
      <translation>{} 个耕地图斑没有坡度值（要素 ID {}）。请先填写坡度字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>{} focal ids lost their blocks to larger focal regions at this coarsening factor and are not solved: {}. Use a smaller factor to keep them.</source>
      <translation>{} 个焦点编号在此粗化因子下被更大的焦点区域占去所在的块，未参与求解：{}。请使用更小的因子以保留它们。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/circuitscape.py" />
      <source>{} focal node pairs are not connected (resistance left empty).</source>
      <translation>{} 对焦点节点不连通（电阻留空）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_vulnerability.py" />
      <source>{} grade</source>
      <translation>{}等级</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>{} grid units are too many; use a larger grid cell size.</source>
      <translation>格网单元数 {} 过多；请使用更大的格网。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>{} habitat patches, {} of at least {} hm²</source>
      <translation>{} 个生境斑块，其中 {} 个面积至少 {} hm²</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>{} has no coordinate reference system. Set its CRS (CGCS2000 3-degree Gauss-Kruger) first.</source>
      <translation>{}没有坐标参考系。请先设置其坐标系（CGCS2000 3 度带高斯-克吕格）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/grid.py" />
      <source>{} has no valid CRS, but this algorithm measures areas or distances. Set its CRS (Layer Properties &gt; Source) or reproject it to a projected CRS in metres (e.g. CGCS2000 / Gauss-Kruger) first.</source>
      <translation>{}没有有效的坐标参考系，而本算法需要量算面积或距离。请先设置其坐标参考系（图层属性 &gt; 源），或投影到以米为单位的投影坐标系（如 CGCS2000 高斯-克吕格）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_vulnerability.py" />
      <source>{} index</source>
      <translation>{}指数</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>{} indicators; {} errors, {} warnings.</source>
      <translation>{} 项指标；{} 个错误，{} 个警告。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>{} invalid geometries repaired (ids: {}).</source>
      <translation>已修复 {} 个无效几何（编号：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>{} invalid polygons repaired (make-valid); the metadata table counts them per layer.</source>
      <translation>已修复 {} 个无效面（make-valid）；元数据表按图层记录数量。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>{} is a class metric: give the class code.</source>
      <translation>{} 是类型水平指数，请给出类别代码。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/grid.py" />
      <source>{} is in a geographic CRS (degrees), but this algorithm measures areas or distances. Reproject it to a projected CRS in metres (e.g. CGCS2000 / Gauss-Kruger) first.</source>
      <translation>{}使用地理坐标系（度），而本算法需要量算面积或距离。请先投影到以米为单位的投影坐标系（如 CGCS2000 高斯-克吕格）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>{} is in a geographic CRS ({}); areas and cells need metres. Reproject it to a projected CRS, e.g. CGCS2000 / 3-degree Gauss-Kruger (EPSG:4513-4554), and run again.</source>
      <translation>{}为地理坐标系（{}）；面积和像元需以米为单位。请投影到投影坐标系，如 CGCS2000 / 3 度带高斯-克吕格（EPSG:4513-4554）后重新运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>{} lack the field(s) {}: give the outputs of 'Sea planning units and marine projects'.</source>
      <translation>{}缺少字段 {}：请输入“海域规划单元与海洋修复项目”的输出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>{} loss polygons.</source>
      <translation>{} 个损失图斑。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/atlas_run.py" />
      <source>{} map files in {}.</source>
      <translation>{} 个单幅图件文件位于 {}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/minerestoration.py" />
      <source>{} mine patches are smaller than a raster cell and were not assessed.</source>
      <translation>{} 个矿山图斑小于一个栅格像元，未参与评价。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>{} nodes: {} pinch points, {} barriers, {} ridge crossings</source>
      <translation>{} 个节点：夹点 {} 个，障碍点 {} 个，战略点 {} 个</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>{} of {} units do not overlap the importance raster (or are smaller than a cell); their statistics are empty: {}</source>
      <translation>{} 个单元（共 {} 个）与重要性栅格不重叠（或小于一个像元），其统计值为空：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/consolidationpolicycheck.py" />
      <source>{} of {} units pass all checks.</source>
      <translation>{} 个单元（共 {} 个）全部校核通过。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>{} pairs of sources touch or overlap (distance 0): they count as fully connected (p = 1); dissolve them into one source if they are one habitat area.</source>
      <translation>{} 对源地相接或重叠（距离 0）：视为完全连通（p = 1）；如属同一生境区请将其融合为一个源地。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/landusestructure.py" />
      <source>{} parcels have an empty or invalid geometry (feature ids: {}); the areas come from the fields and do not depend on it. Repair them (Vector &gt; Geometry tools &gt; Fix geometries) before other uses.</source>
      <translation>{} 个图斑几何为空或无效（要素编号：{}）；面积取自属性字段，不受其影响。用于其他工具前请先修复（矢量 &gt; 几何工具 &gt; 修复几何）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>{} parcels have an empty or unrepairable geometry (ids: {}). Fix them (Vector &gt; Geometry tools &gt; Fix geometries) and run again.</source>
      <translation>{} 个图斑的几何为空或无法修复（编号：{}）。请先修复（矢量 &gt; 几何工具 &gt; 修复几何）后重新运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>{} parcels imported in {:.1f} s</source>
      <translation>已导入 {} 个图斑，用时 {:.1f} 秒</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>{} patches have a missing or negative area (feature ids {}).</source>
      <translation>{} 个图斑的面积缺失或为负（要素 ID {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>{} patches lie outside every unit (feature ids {}). Extend the units or clip the patches to them.</source>
      <translation>{} 个图斑不在任何单元内（要素 ID {}）。请扩展单元范围，或按单元裁剪图斑。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalsources.py" />
      <source>{} patches: exact ranking will take long (about n² times the path length); raise the minimum area or set a dPC tolerance.</source>
      <translation>{} 个斑块：精确排序将耗时较长（约为 n² 乘以路径长度）；请提高最小面积或设置 dPC 容差。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/pinchpoints.py" />
      <source>{} pinch-point patches (current ≥ {:.4g} A), {} solves</source>
      <translation>{} 个夹点斑块（电流 ≥ {:.4g} A），求解 {} 次</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>{} problem feature(s) lie outside the scored priority units and are left out.</source>
      <translation>{} 个问题要素位于有得分的优先级单元之外，未纳入。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>{} problem patch(es): {}</source>
      <translation>问题图斑 {} 个：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/problempatches.py" />
      <source>{} problem patches, {:.4f} hm², on {} parcels.</source>
      <translation>问题图斑 {} 个，{:.4f} 公顷，涉及 {} 个地类图斑。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>{} project(s) do not fit in the budgets and are 未安排 (unscheduled).</source>
      <translation>{} 个项目超出预算，列为未安排。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationunits.py" />
      <source>{} restoration units</source>
      <translation>{} 个修复单元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>{} score field</source>
      <translation>{}评分字段</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>{} sea unit(s) lack a criterion value and get no priority.</source>
      <translation>{} 个海域单元缺少评价因子值，不计算优先级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_sea.py" />
      <source>{} sea unit(s) match no sea zoning rule; add a last rule with the condition TRUE.</source>
      <translation>{} 个海域单元不符合任何海域分区规则；请在最后添加条件为 TRUE 的规则。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>{} sea units → {} sea zones</source>
      <translation>{} 个海域单元 → {} 个海域分区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/marineplanningunits.py" />
      <source>{} sea units, {} land units; marine projects {:.1f} 万元.</source>
      <translation>{} 个海域单元，{} 个陆域单元；海洋修复项目 {:.1f} 万元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>{} settlements are below the standard; their potential is reported as zero (flag 'negative' = 1).</source>
      <translation>{} 个居民点用地低于标准；其潜力记为零（标记 'negative' = 1）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>{} settlements have a missing or negative area (feature ids {}).</source>
      <translation>{} 个居民点的面积缺失或为负（要素 ID {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>{} settlements have a missing or zero household count (feature ids {}).</source>
      <translation>{} 个居民点的户数缺失或为零（要素 ID {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>{} settlements have a missing or zero population in field '{}' (feature ids {}). Fill in the population, or remove uninhabited settlements and treat them as idle land.</source>
      <translation>{} 个居民点在字段“{}”中的人口缺失或为零（要素 ID {}）。请填写人口，或将无人居住的居民点移出并按闲置用地处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>{} settlements lie outside every unit (feature ids {}). Every settlement must belong to a unit: extend the units or clip the settlements to them.</source>
      <translation>{} 个居民点不在任何单元内（要素 ID {}）。每个居民点必须属于某一单元：请扩展单元范围，或按单元裁剪居民点。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/barriers.py" />
      <source>{} source pairs, radii {} m</source>
      <translation>{} 对源地，半径 {} 米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>{} sources, {} corridors, {} connected pairs</source>
      <translation>{} 个源地，{} 条廊道，{} 个连通源地对</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/kernels.py" />
      <source>{} targets</source>
      <translation>{} 个目标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationpriority.py" />
      <source>{} unit(s) lack a criterion value and get no priority.</source>
      <translation>{} 个单元缺少评价因子值，不计算优先级。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>{} unit(s) match no zoning rule; add a last rule with the condition TRUE.</source>
      <translation>{} 个单元不符合任何分区规则；请在最后添加一条条件为 TRUE 的规则。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicetradeoffs.py" />
      <source>{} units cover the rasters</source>
      <translation>{} 个单元覆盖栅格</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>{} units have no area (empty or invalid geometry), e.g. '{}'. Repair the unit layer (Vector &gt; Geometry Tools &gt; Fix Geometries) and run again.</source>
      <translation>{} 个单元没有面积（几何为空或无效），如“{}”。请修复单元图层（矢量 &gt; 几何工具 &gt; 修复几何）后重新运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationzoning.py" />
      <source>{} units → {} zones</source>
      <translation>{} 个单元 → {} 个分区</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/realisticpotential.py" />
      <source>{} weight</source>
      <translation>{}权重</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/landscapemetricszonal.py" />
      <source>{} zones do not overlap the raster and have no metrics.</source>
      <translation>{} 个分区与栅格不重叠，没有指数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/shorelineclassification.py" />
      <source>{} {}: {:.2f} km, natural {:.2f} km, restored {:.2f} km, retention {:.1f} %</source>
      <translation>{} {}：{:.2f} 千米，自然 {:.2f} 千米，生态恢复 {:.2f} 千米，保有率 {:.1f} %</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/raster_io.py" />
      <source>{}, rows {}-{}</source>
      <translation>{}，第 {}-{} 行</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: '{}' is an output: give it under [steps.outputs].</source>
      <translation>{}：“{}”是输出：请在 [steps.outputs] 中给出。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>{}: '{}' is not a list of numbers.</source>
      <translation>{}：“{}”不是数字列表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>{}: '{}' is not a number.</source>
      <translation>{}：“{}”不是数字。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: '{}' is not a reference (use @inputs.NAME or @STEP.OUTPUT).</source>
      <translation>{}：“{}”不是有效引用（请用 @inputs.名称 或 @步骤.输出）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/centrality.py" />
      <source>{}: '{}' is not a whole number.</source>
      <translation>{}：“{}”不是整数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/servicevalue.py" />
      <source>{}: '{}' is not an ecosystem type of the equivalent table ({}).</source>
      <translation>{}：“{}”不是当量因子表中的生态系统类型（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>{}: '{}' is not one of the allowed values: {}.</source>
      <translation>{}：“{}”不是允许的取值，可选：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: '{}' names no input (inputs: {}).</source>
      <translation>{}：“{}”未指向任何输入（输入：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: '{}' refers to step '{}', which is not an earlier step.</source>
      <translation>{}：“{}”引用的步骤“{}”不是前面的步骤。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>{}: CEH {:.1f} ({})</source>
      <translation>{}：CEH {:.1f}（{}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/tiled.py" />
      <source>{}: Dask workers died while running a task, and again when it was retried ({}); the run could not finish and wrote no output. Check the workers' memory and logs, then run again.</source>
      <translation>{}：Dask 工作进程在运行任务时退出，重试时再次退出（{}）；运行无法完成，未写入任何输出。请检查工作进程的内存和日志后重新运行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_marine.py" />
      <source>{}: a line layer is needed.</source>
      <translation>{}：需要线图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>{}: a unit has no area, so densities cannot be computed.</source>
      <translation>{}：有单元面积为零，无法计算密度。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>{}: aggregation</source>
      <translation>{}：汇总方式</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>{}: category of {} must be 1-5, got '{}'.</source>
      <translation>{}：{} 的类别须为 1-5，当前为“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/potentialzoning.py" />
      <source>{}: choose at least one field.</source>
      <translation>{}：请至少选择一个字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>{}: class code '{}' is not a whole number.</source>
      <translation>{}：类别代码“{}”不是整数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: engine must be 'auto' or 'processing'.</source>
      <translation>{}：engine 必须是“auto”或“processing”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>{}: expected {} numbers, got '{}'.</source>
      <translation>{}：应为 {} 个数，实际为“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>{}: feature {} has no value in field '{}'.</source>
      <translation>{}：要素 {} 的字段“{}”没有值。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_marine.py" />
      <source>{}: features {} have an empty or broken line (no geometry, fewer than two distinct vertices or zero length). Repair them (Vector &gt; Geometry Tools &gt; Check Validity) or delete them.</source>
      <translation>{}：要素 {} 的线为空或已损坏（无几何、不同顶点少于两个或长度为零）。请修复（矢量 &gt; 几何工具 &gt; 检查有效性）或删除。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_marine.py" />
      <source>{}: field '{}' has values that are not shoreline classes: {}. Use a code 1-7, the English code or the Chinese name of: {}.</source>
      <translation>{}：字段“{}”含有不是岸线类型的值：{}。请使用代码 1-7、英文代码或以下中文名：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>{}: field '{}' is not numeric.</source>
      <translation>{}：字段“{}”不是数值型。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>{}: field '{}' not found.</source>
      <translation>{}：未找到字段“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_marine.py" />
      <source>{}: field '{}' not found. Choose the field that holds it (fields: {}).</source>
      <translation>{}：找不到字段“{}”。请选择存放该信息的字段（现有字段：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>{}: fields not in the schema kept as {}.</source>
      <translation>{}：规范外的字段按 {} 保留。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>{}: for {} a 'from' exceeds its 'to'.</source>
      <translation>{}：{} 的下限大于上限。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/wetlandfloodstorage.py" />
      <source>{}: no feature has a type of the depth table ({}). Check the type field or add its values to the table.</source>
      <translation>{}：没有要素的类型在深度表中（{}）。请检查类型字段或将其取值加入表中。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>{}: no field '{}', values left empty.</source>
      <translation>{}：没有字段“{}”，数值留空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>{}: no indicator field found. Name the fields by the indicator codes ({}).</source>
      <translation>{}：未找到任何指标字段。请按指标代码命名字段（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_marine.py" />
      <source>{}: no island flag field '{}': every shore is taken as mainland.</source>
      <translation>{}：没有海岛标记字段“{}”：全部按大陆岸线处理。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: output '{}' must be a path.</source>
      <translation>{}：输出“{}”必须是路径。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: output {} cannot be written: {}.</source>
      <translation>{}：输出 {} 无法写入：{}。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: output {} is also written by step '{}'.</source>
      <translation>{}：输出 {} 也由步骤“{}”写入。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: parameter '{}': the path {} does not exist.</source>
      <translation>{}：参数“{}”：路径 {} 不存在。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: parameters and outputs must be tables.</source>
      <translation>{}：parameters 和 outputs 必须是表。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: step '{}' has no output '{}' (outputs: {}).</source>
      <translation>{}：步骤“{}”没有输出“{}”（输出：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>{}: the allocation key 'current value' needs the current-value field.</source>
      <translation>{}：分配依据“现状值”需要现状值字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>{}: the allocation key has empty values for some units.</source>
      <translation>{}：部分单元的分配依据为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/processing_helpers/tables.py" />
      <source>{}: the breaks must increase, got '{}'.</source>
      <translation>{}：断点必须递增，实际为“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>{}: the current-value field '{}' is empty for some units.</source>
      <translation>{}：部分单元的现状值字段“{}”为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: the id is used by an earlier step.</source>
      <translation>{}：该 id 已被前面的步骤使用。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: the id must be a name of letters, digits and _ (not 'inputs').</source>
      <translation>{}：id 必须是由字母、数字和 _ 组成的名称（不能是“inputs”）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>{}: the input already has a field '{}'; rename it.</source>
      <translation>{}：输入已有字段“{}”；请重命名。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_marine.py" />
      <source>{}: the layer has no features.</source>
      <translation>{}：图层没有要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_marine.py" />
      <source>{}: the layer has no polygons.</source>
      <translation>{}：图层没有面要素。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>{}: the layer is missing or cannot be read.</source>
      <translation>{}：图层缺失或无法读取。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: the required parameter '{}' ({}) is missing.</source>
      <translation>{}：缺少必需参数“{}”（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>{}: the shares of type {} sum to {:g} %, not 100 % (or one is negative).</source>
      <translation>{}：类型 {} 的比例合计为 {:g} %，不是 100 %（或有负数）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/_valuation.py" />
      <source>{}: the table has {} values, which is not a whole number of rows of {} columns.</source>
      <translation>{}：表中有 {} 个值，不是 {} 列的整数行。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marineecosystemhealth.py" />
      <source>{}: the table is empty.</source>
      <translation>{}：表为空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>{}: the unit '{}' appears more than once. Dissolve the units by '{}' first.</source>
      <translation>{}：单元“{}”出现多次。请先按“{}”融合单元。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>{}: the unit '{}' of type {} is not hm², km or 处.</source>
      <translation>{}：单位“{}”（类型 {}）不是 hm²、km 或处。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/_projects.py" />
      <source>{}: the unit cost or indicator factor of type {} is negative.</source>
      <translation>{}：类型 {} 的单价或指标系数为负数。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>{}: the {} '{}' is neither a number nor a field of the unit layer.</source>
      <translation>{}：{}“{}”既不是数值，也不是单元图层的字段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>{}: tolerance</source>
      <translation>{}：容差</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>{}: unit '{}' has no geometry.</source>
      <translation>{}：单元“{}”没有几何图形。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/_common.py" />
      <source>{}: units '{}' and '{}' overlap by {:.1f} m². Units must not overlap; fix the unit layer (e.g. Vector &gt; Geometry Tools &gt; Check Validity, or dissolve).</source>
      <translation>{}：单元“{}”与“{}”重叠 {:.1f} m²。单元不得相互重叠；请修正单元图层（如 矢量 &gt; 几何工具 &gt; 检查有效性，或融合）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: unknown algorithm '{}' (see `python -m eco_restore_plugin.batch list`).</source>
      <translation>{}：未知算法“{}”（见 `python -m eco_restore_plugin.batch list`）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/marinerestorationsuitability.py" />
      <source>{}: unknown factor '{}' (ELEVATION, WAVE, SALINITY or DISTANCE).</source>
      <translation>{}：未知因子“{}”（ELEVATION、WAVE、SALINITY 或 DISTANCE）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: unknown key '{}' (known: id, algorithm, parameters, outputs, engine).</source>
      <translation>{}：未知的键“{}”（可用：id、algorithm、parameters、outputs、engine）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: unknown output '{}' of {} (outputs: {}).</source>
      <translation>{}：未知输出“{}”，算法 {}（输出：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/batch/plan.py" />
      <source>{}: unknown parameter '{}' of {} (parameters: {}).</source>
      <translation>{}：未知参数“{}”，算法 {}（参数：{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>{}: upper-level target</source>
      <translation>{}：上级目标</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetdecomposition.py" />
      <source>{}: upper-level {} -&gt; units {}</source>
      <translation>{}：上级 {} -&gt; 各单元 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>{}: values {} are not habitat classes 1-11. Choose '三调 land-use codes' if the raster holds land use, or reclassify it.</source>
      <translation>{}：值 {} 不是生境类别 1-11。若栅格为土地利用，请选择“三调地类代码”，或先重分类。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/restorationmode.py" />
      <source>{}: {:.1f} ha</source>
      <translation>{}：{:.1f} ha</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/conflictbuffers.py" />
      <source>{}: {:.2f} ha</source>
      <translation>{}：{:.2f} ha</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/targetattainment.py" />
      <source>{}: {:.4f} by 2025, {:.4f} by 2030, {:.4f} by 2035 (target {})</source>
      <translation>{}：至 2025 年 {:.4f}，至 2030 年 {:.4f}，至 2035 年 {:.4f}（目标 {}）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/zoning/projectlibrary.py" />
      <source>{}: {} projects, {:.2f} of {:.2f} 万元</source>
      <translation>{}：{} 个项目，{:.2f} / {:.2f} 万元</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/attachedtables.py" />
      <source>{}: {} rows, total {}</source>
      <translation>{}：{} 行，合计 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/idlelandpotential.py" />
      <source>ΔS = S × c_type ({}); {} (METHODS §4)</source>
      <translation>ΔS = S × c_type（{}）；{}（METHODS §4）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>ΔS = S_now − H_plan·A_household, H_plan = H_now·(1 + {:g} %)^{}, A_household = {:g} m²; new farmland = ΔS × {:g}; ΔS &lt; 0 reported as 0 (METHODS §4)</source>
      <translation>ΔS = S_now − H_plan·A_household，H_plan = H_now·(1 + {:g} %)^{}，A_household = {:g} m²；新增耕地 = ΔS × {:g}；ΔS &lt; 0 记为 0（METHODS §4）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>ΔS = S_now − P_plan·A_person, P_plan = P_now·(1 + {:g} %)^{}, A_person = {:g} m²; new farmland = ΔS × {:g}; ΔS &lt; 0 reported as 0 (METHODS §4, GB 50188)</source>
      <translation>ΔS = S_now − P_plan·A_person，P_plan = P_now·(1 + {:g} %)^{}，A_person = {:g} m²；新增耕地 = ΔS × {:g}；ΔS &lt; 0 记为 0（METHODS §4，GB 50188）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>ΔS = S·(ξ_now − ξ_after)/(1 − ξ_now) by slope class ({}); merge distance {:g} m; grade uplift {:g} (METHODS §4, TD/T 1012)</source>
      <translation>ΔS = S·(ξ_now − ξ_after)/(1 − ξ_now)，按坡度级别（{}）；合并距离 {:g} m；等别提升 {:g}（METHODS §4，TD/T 1012）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>α and γ need at least 3 sources (V = {}).</source>
      <translation>α 和 γ 至少需要 3 个源地（V = {}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>α, cold season</source>
      <translation>冷季 α</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/rainfallerosivity.py" />
      <source>α, warm season</source>
      <translation>暖季 α</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/pattern/ecologicalnodes.py" />
      <source>α, β and γ need the sources (or the corridors' from / to ids) and the corridors; left empty.</source>
      <translation>α、β 和 γ 需要源地（或廊道的起点 / 终点编号）和廊道；留空。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>ξ_now: the parcels' own 田坎系数 KCXS where present.</source>
      <translation>ξ_now：有值处采用图斑自身的田坎系数 KCXS。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>↑ Higher is better</source>
      <translation>↑ 越高越好</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_table.py" />
      <source>↓ Lower is better</source>
      <translation>↓ 越低越好</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>三调 basis (all shrubland counted)</source>
      <translation>三调口径（灌木林地全部计入）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/dltbimport.py" />
      <source>三调 code given to parcels whose DLBM is not in the classification when the unknown-code choice is 'Map to the class below'. Default 1201 (空闲地).</source>
      <translation>当“分类外编码”选择“归入下列地类”时，DLBM 不在分类中的图斑所归入的三调编码。默认 1201（空闲地）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/coastalwetlandinventory.py" />
      <source>三调 land-use codes</source>
      <translation>三调地类代码</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/data/_dltb.py" />
      <source>三调 or annual change-survey parcels: Shapefile, File GDB or GeoPackage, in a projected CRS.</source>
      <translation>三调或年度变更调查图斑：Shapefile、File GDB 或 GeoPackage，投影坐标系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>三调 wetland and open waters (河流、湖泊、水库、坑塘水面)</source>
      <translation>三调湿地及河流、湖泊、水库、坑塘水面</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/indicatorbasevalues.py" />
      <source>三调 wetland group (8 classes incl. 0603 盐田)</source>
      <translation>三调湿地（8 类，含 0603 盐田）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/settlementpotential.py" />
      <source>亩 (mu)</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>园地 codes counted as economic forest (forestry basis)</source>
      <translation>计入森林的经济林园地代码（林业口径）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/ui/targets_base_values.py" />
      <source>国家特别规定灌木林地 extent (forestry basis)</source>
      <translation>国家特别规定灌木林地范围（林业口径）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>极重要 area: {:.1f} hm²</source>
      <translation>极重要面积：{:.1f} 公顷</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/assessment/protectionimportance.py" />
      <source>极重要 areas (polygons)</source>
      <translation>极重要区域（面）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/consolidation/farmlandpotential.py" />
      <source>田坎系数 by slope class, now and after consolidation, as shares (0–1).</source>
      <translation>按坡度级别的现状和整治后田坎系数，以比例表示（0–1）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>行政区代码 written to every feature: 6 digits (county, GB/T 2260), 9 (township) or 12 (village, the statistical division code).</source>
      <translation>写入每个要素的行政区代码：6 位（县级，GB/T 2260）、9 位（乡镇级）或 12 位（村级，统计用区划代码）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/targets/databaseexport.py" />
      <source>行政区名称 written to every feature, e.g. 示例县.</source>
      <translation>写入每个要素的行政区名称，如 示例县。</translation>
    </message>
  </context>
</TS>
