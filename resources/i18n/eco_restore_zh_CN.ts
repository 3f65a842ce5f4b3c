<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>EcoRestore</name>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="209" />
      <source>A required raster input is missing.</source>
      <translation>缺少必需的栅格输入。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="40" />
      <source>Abandoned mines (历史遗留矿山)</source>
      <translation>历史遗留矿山 (Abandoned mines)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="23" />
      <source>Annual evapotranspiration, mm</source>
      <translation>年蒸散量，毫米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="22" />
      <source>Annual precipitation, mm</source>
      <translation>年降水量，毫米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="49" />
      <source>Builds Demo County (示例县), a fictitious but coherent coastal county in CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546), deterministic for a given seed: DEM with ridges and valleys, rivers and watersheds derived from it, land use 2010 and 2020 in 三调 classes, NPP, precipitation, evapotranspiration, FVC, rainfall erosivity R, soil erodibility K, roads, settlements with population, townships, ecological protection red line, permanent basic farmland, urban development boundary, nature reserves, coastline with shore types and abandoned mines. Rasters are GeoTIFFs in the output folder; vectors are layers of demo_county.gpkg there.</source>
      <translation>生成“示例县”（Demo County）：一个虚构但自洽的沿海县域，坐标系为 CGCS2000 / 3 度带高斯-克吕格 中央经线 111°E（EPSG:4546），给定随机种子时结果完全确定。包括：有山脊和河谷的 DEM，由其提取的河流与流域，2010 年和 2020 年三调分类土地利用，NPP、降水量、蒸散量、植被覆盖度 FVC、降雨侵蚀力 R、土壤可蚀性 K，道路，含人口的居民点，乡镇，生态保护红线，永久基本农田，城镇开发边界，自然保护地，含岸线类型的海岸线以及历史遗留矿山。栅格以 GeoTIFF 写入输出文件夹，矢量为其中 demo_county.gpkg 的图层。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="46" />
      <source>Cancelled by the user; no output was written.</source>
      <translation>用户已取消，未写出任何结果。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="351" />
      <source>Cannot create the output folder '{}': {}</source>
      <translation>无法创建输出文件夹“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="225" />
      <source>Cannot read raster '{}'.</source>
      <translation>无法读取栅格“{}”。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="223" />
      <source>Cannot read raster '{}': {}</source>
      <translation>无法读取栅格“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="369" />
      <source>Cannot write the output '{}': {}</source>
      <translation>无法写出结果“{}”：{}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="39" />
      <source>Coastline with shore types</source>
      <translation>海岸线（含岸线类型）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="29" />
      <source>County boundary</source>
      <translation>县域边界</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="47" />
      <source>Create Demo County sample region (示例县)</source>
      <translation>创建示例县样例数据 (Demo County)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/plugin.py" line="71" />
      <source>Create the Demo County sample region…</source>
      <translation>创建示例县样例数据…</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="36" />
      <source>Data and tools (数据与工具)</source>
      <translation>数据与工具 (Data and tools)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/plugin.py" line="70" />
      <source>Eco-Restore algorithms in the Processing Toolbox</source>
      <translation>处理工具箱中的生态修复算法</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/provider.py" line="63" />
      <source>Eco-Restore: territorial-spatial ecological restoration planning</source>
      <translation>生态修复：国土空间生态修复规划工具箱</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="35" />
      <source>Ecological protection red line (生态保护红线)</source>
      <translation>生态保护红线 (Ecological protection red line)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="32" />
      <source>Ecological security pattern (生态安全格局)</source>
      <translation>生态安全格局 (Ecological security pattern)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="31" />
      <source>Ecosystem assessment (生态系统评价)</source>
      <translation>生态系统评价 (Ecosystem assessment)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="18" />
      <source>Elevation (DEM), m</source>
      <translation>高程（DEM），米</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="24" />
      <source>Fractional vegetation cover, 0-1</source>
      <translation>植被覆盖度（FVC），0-1</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="87" />
      <source>Generating Demo County: {0} x {0} cells, seed {1}</source>
      <translation>正在生成示例县：{0} × {0} 个像元，随机种子 {1}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="73" />
      <source>GeoPackage with the vector layers</source>
      <translation>矢量图层所在的 GeoPackage</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/plugin.py" line="72" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="34" />
      <source>Land consolidation (土地综合整治)</source>
      <translation>土地综合整治 (Land consolidation)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="19" />
      <source>Land use 2010 (三调 classes)</source>
      <translation>2010 年土地利用（三调分类）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="20" />
      <source>Land use 2020 (三调 classes)</source>
      <translation>2020 年土地利用（三调分类）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="38" />
      <source>Nature reserves (自然保护地)</source>
      <translation>自然保护地 (Nature reserves)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="21" />
      <source>Net primary productivity, gC/m²/a</source>
      <translation>植被净初级生产力（NPP），gC/m²/a</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="99" />
      <source>Not enough memory for this input. Use a coarser cell size or a smaller extent.</source>
      <translation>内存不足，无法处理该输入。请使用更粗的像元大小或更小的范围。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="71" />
      <source>Output folder</source>
      <translation>输出文件夹</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="36" />
      <source>Permanent basic farmland (永久基本农田)</source>
      <translation>永久基本农田 (Permanent basic farmland)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="25" />
      <source>Rainfall erosivity R</source>
      <translation>降雨侵蚀力因子 R</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="68" />
      <source>Random seed (same seed, same region)</source>
      <translation>随机种子（种子相同，生成的区域相同）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="275" />
      <source>Raster '{}' has no CRS, so it cannot be aligned. Assign its CRS first.</source>
      <translation>栅格“{}”没有坐标参考系，无法对齐。请先为其指定坐标参考系。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="264" />
      <source>Raster '{}' has no band {}.</source>
      <translation>栅格“{}”没有第 {} 波段。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="270" />
      <source>Raster '{}' is not aligned with the reference grid (CRS, extent and cell size must match). Align it first (Raster &gt; Align Rasters).</source>
      <translation>栅格“{}”与参考格网未对齐（坐标参考系、范围和像元大小必须一致）。请先对齐（栅格 &gt; 对齐栅格）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="278" />
      <source>Raster '{}' is resampled onto the reference grid ({} method).</source>
      <translation>栅格“{}”已重采样到参考格网（{}）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="211" />
      <source>Raster layer '{}' is not a file-based (GDAL) raster; save it as GeoTIFF first.</source>
      <translation>栅格图层“{}”不是基于文件（GDAL）的栅格，请先另存为 GeoTIFF。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="33" />
      <source>Restoration zoning (修复分区)</source>
      <translation>修复分区 (Restoration zoning)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="33" />
      <source>Rivers</source>
      <translation>河流</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="32" />
      <source>Roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="31" />
      <source>Settlements with population</source>
      <translation>居民点（含人口）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="65" />
      <source>Size in cells (rows = columns, 30 m cells)</source>
      <translation>大小（像元数，行数 = 列数，30 m 像元）</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="26" />
      <source>Soil erodibility K</source>
      <translation>土壤可蚀性因子 K</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="35" />
      <source>Targets and outputs (目标与成果)</source>
      <translation>目标与成果 (Targets and outputs)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="500" />
      <source>The table has {} values, which is not a whole number of rows of {} columns.</source>
      <translation>表格共有 {} 个值，不能整分为每行 {} 列。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="30" />
      <source>Townships (乡镇)</source>
      <translation>乡镇 (Townships)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="37" />
      <source>Urban development boundary (城镇开发边界)</source>
      <translation>城镇开发边界 (Urban development boundary)</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="34" />
      <source>Watersheds</source>
      <translation>流域</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="91" />
      <source>Writing layers to {}</source>
      <translation>正在写出图层到 {}</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="280" />
      <source>bilinear</source>
      <translation>双线性插值</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="280" />
      <source>nearest neighbour</source>
      <translation>最邻近法</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/sample_region.py" line="48" />
      <source>sample,demo,test data,示例,样例数据</source>
      <translation>样例数据,示例,测试数据,sample,demo</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="232" />
      <source>{} is in a geographic CRS (degrees), but this algorithm measures areas or distances. Reproject it to a projected CRS in metres (e.g. CGCS2000 / Gauss-Kruger) first.</source>
      <translation>{}使用地理坐标系（度），而本算法需要量算面积或距离。请先投影到以米为单位的投影坐标系（如 CGCS2000 高斯-克吕格）。</translation>
    </message>
    <message>
      <location filename="../../eco_restore_plugin/algorithms/base.py" line="511" />
      <source>{}: '{}' is not a number.</source>
      <translation>{}：“{}”不是数字。</translation>
    </message>
  </context>
</TS>
