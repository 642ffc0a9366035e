/**
 * The dataset's tables and columns: one definition used to create the DuckDB tables, to write every column's
 * description into the Parquet key-value metadata, and to render the column tables of docs/data.md
 * (`npm run data -- --write-docs`; a test fails when the doc is out of date). Column names are record keys
 * (TEMPLATE.md, model/keys.ts) and never renamed.
 */
import { TABLE2_2019_FIELDS, TABLE2_FIELDS, TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../model/keys.ts';

export interface ColumnSpec {
	name: string;
	/** DuckDB type. */
	type: string;
	/** Chinese label. */
	label: string;
	description: string;
	unit?: string;
	/** What null means in this column. */
	nulls: string;
}

export interface TableSpec {
	name: 'reports' | 'table3' | 'checks' | 'problems' | 'regions';
	file: string;
	description: string;
	columns: readonly ColumnSpec[];
}

const NOT_NULL = '从不为空 / never null';
const ABSENT = '报告未给出该值 / the report does not give it';
const COUNT = '件 / requests';

const table2Columns: ColumnSpec[] = TABLE2_FIELDS.map((f) => ({
	name: f.key,
	type: f.key === 'fees_wan' ? 'DOUBLE' : 'INTEGER',
	label: `表二 ${f.label}`,
	description: `Table 2 (主动公开, 2021 template): ${f.label}.`,
	unit: f.key === 'fees_wan' ? '万元 / 10,000 yuan' : '件 / items',
	nulls: `${ABSENT}; always null in 2019-template and free-format reports (see the 2019 columns)`
}));

const table2019Columns: ColumnSpec[] = TABLE2_2019_FIELDS.map((f) => ({
	name: f.key,
	type: f.key === 'procurement_amount' ? 'DOUBLE' : 'INTEGER',
	label: `表二（2019格式） ${f.label}`,
	description: `Table 2 of the 2019 trial template (60号): ${f.label}. Kept apart from the 2021 keys: 对外公开总数量 is not 现行有效件数.`,
	unit: f.key === 'procurement_amount' ? '按报告所印单位 / as printed (元 or 万元)' : '件 / items',
	nulls: `${ABSENT}; always null in 2021-template reports`
}));

const table4Columns: ColumnSpec[] = TABLE4_GROUPS.flatMap((g) =>
	TABLE4_COLUMNS.map((c) => ({
		name: `${g.key}_${c.key}`,
		type: 'INTEGER',
		label: `表四 ${g.label} ${c.label}`,
		description: `Table 4: ${g.label} (${g.key}), ${c.label} (${c.key}).`,
		unit: '件 / cases',
		nulls: ABSENT
	}))
);

export const REPORTS: TableSpec = {
	name: 'reports',
	file: 'reports.parquet',
	description: 'One row per report (per input file that was read as a report).',
	columns: [
		{ name: 'id', type: 'VARCHAR', label: '报告编号', description: 'Stable id: the first 16 hex digits of the SHA-256 of the file bytes. A byte-identical copy of a file already in the build gets the suffix -2, -3 … (in input order). Names sources/<id>.txt.', nulls: NOT_NULL },
		{ name: 'source', type: 'VARCHAR', label: '文件名', description: 'File name of the report as given (no folder).', nulls: NOT_NULL },
		{ name: 'form', type: 'VARCHAR', label: '文件格式', description: 'Form the file was read as: text, html, pdf, docx or doc (by content, not by extension).', nulls: NOT_NULL },
		{ name: 'agency', type: 'VARCHAR', label: '机关名称', description: 'Full agency name from the title, e.g. 渠县人民政府办公室.', nulls: '标题中未读出机关名称 / no agency name in the title' },
		{ name: 'year', type: 'INTEGER', label: '报告年度', description: 'The reporting year (not the publication year).', unit: '年 / year', nulls: '未读出年度 / no year found' },
		{ name: 'template', type: 'VARCHAR', label: '报告格式', description: '"2021" (国办公开办函〔2021〕30号), "2019" (60号 trial format, reports on 2019–2020), "free" (older free format).', nulls: '无法判断格式 / format not recognised' },
		{ name: 'published_at', type: 'DATE', label: '发布日期', description: 'Publication date from a 发布时间 header or the dated signature line.', nulls: '正文未写明 / the text states none' },
		{ name: 'province', type: 'VARCHAR', label: '省级', description: 'Province-level unit of the region (GB/T 2260 name).', nulls: '地区未能确定（见 region_ambiguous 检查）/ region not settled (see the region_ambiguous check)' },
		{ name: 'city', type: 'VARCHAR', label: '地级', description: 'Prefecture-level city. Null for a province-level agency, and for units with no real city above them: 省直辖县级行政区划 (济源市 419001) and the districts and counties of 北京/天津/上海/重庆.', nulls: '无地级或地区未能确定 / no city level, or region not settled' },
		{ name: 'county', type: 'VARCHAR', label: '县级', description: 'County-level unit (县/区/县级市/旗, or an NBS zone code unit). Null for a city- or province-level agency.', nulls: '市级及以上机关，或地区未能确定 / city or province agency, or region not settled' },
		{ name: 'region_code', type: 'VARCHAR', label: '区划代码', description: '6-digit GB/T 2260 code of the most specific level resolved (see regions.parquet). Filter by prefix: 2 digits = province, 4 = city.', nulls: '地区无法唯一确定，从不猜测 / ambiguous or unknown, never guessed; a region_ambiguous warning says why' },
		{ name: 'agency_type', type: 'VARCHAR', label: '机关类型', description: 'Agency-type key (src/lib/classify/agency-type.ts, labels there), e.g. gov_office, township, commerce, other.', nulls: '无机关名称 / no agency name' },
		{ name: 'agency_type_secondary', type: 'VARCHAR[]', label: '其他机关类型', description: 'Further agency-type keys the name matches, by position (息县商务和工业信息化局: [industry_it]).', nulls: '从不为空（可为空列表）/ never null (may be empty)' },
		{ name: 'is_aggregate', type: 'BOOLEAN', label: '是否汇总报告', description: "True when the report is a region's government report that sums its departments (渠县人民政府, 淮安市人民政府): never add it to its departments' reports.", nulls: '无机关名称 / no agency name' },
		{ name: 'is_duplicate', type: 'BOOLEAN', label: '是否重复', description: 'True when another report of the same agency and year is in the dataset (both are kept; a duplicate_report warning names them).', nulls: NOT_NULL },
		...table2Columns,
		...table2019Columns,
		...table4Columns,
		{ name: 'narrative_requests', type: 'INTEGER', label: '正文所述申请数', description: 'The count of requests stated in section 一(二), compared with table 3 new_received.total by the narrative_requests check.', unit: COUNT, nulls: '正文未写明 / not stated' },
		{ name: 'land_count', type: 'INTEGER', label: '征地拆迁类申请数', description: 'Requests about 征地拆迁 (land expropriation) as the report states them.', unit: COUNT, nulls: '报告未说明（不是 0）/ not stated (not 0)' },
		{ name: 'land_share', type: 'DOUBLE', label: '征地拆迁类占比', description: 'Share of new requests about 征地拆迁, as a fraction (0.896 for 89.6%), as stated.', unit: '比例 / fraction', nulls: '报告未说明（不是 0）/ not stated (not 0)' },
		{ name: 'land_evidence', type: 'VARCHAR', label: '征地拆迁原文', description: 'The sentence stating the land-expropriation count or share, verbatim.', nulls: '报告未说明 / not stated' },
		{ name: 'themes', type: 'VARCHAR[]', label: '问题主题', description: 'Problem-theme keys of the report (union over its problem items, src/lib/classify/themes.ts); [none] when it states no problem.', nulls: NOT_NULL },
		{ name: 'problems_count', type: 'INTEGER', label: '问题条数', description: 'Number of problem items in section 五.', unit: '条 / items', nulls: NOT_NULL },
		{ name: 'improvements_count', type: 'INTEGER', label: '改进条数', description: 'Number of improvement items in section 五.', unit: '条 / items', nulls: NOT_NULL },
		{ name: 'error_count', type: 'INTEGER', label: '错误数', description: 'Checks of severity error for this report (checks.parquet), e.g. a broken 勾稽关系.', nulls: NOT_NULL },
		{ name: 'warning_count', type: 'INTEGER', label: '警告数', description: 'Checks of severity warning for this report (checks.parquet).', nulls: NOT_NULL },
		{ name: 'info_count', type: 'INTEGER', label: '提示数', description: 'Checks of severity info for this report (checks.parquet).', nulls: NOT_NULL }
	]
};

export const TABLE3: TableSpec = {
	name: 'table3',
	file: 'table3.parquet',
	description:
		"Table 3 (收到和处理政府信息公开申请情况) in long form: one row per cell. Every report of the 2021 template has 25 rows × 7 columns = 175 cells, of the 2019 template 23 × 7 = 161; free-format reports have none. Row and column keys are TEMPLATE.md's (labels in src/lib/model/keys.ts).",
	columns: [
		{ name: 'id', type: 'VARCHAR', label: '报告编号', description: 'reports.id', nulls: NOT_NULL },
		{ name: 'row', type: 'VARCHAR', label: '行', description: `Row key, e.g. new_received (一、本年新收), processed_total ((七)总计); 2019-template reports have other_processing instead of the three other_* rows.`, nulls: NOT_NULL },
		{ name: 'col', type: 'VARCHAR', label: '列', description: `Column key: ${TABLE3_COLUMNS.map((c) => `${c.key} (${c.label})`).join(', ')}.`, nulls: NOT_NULL },
		{ name: 'value', type: 'INTEGER', label: '数值', description: 'The cell. An empty cell in a row that is present is 0; a column the report leaves out (no 其他 column) or a row it lacks is null.', unit: COUNT, nulls: '报告未给出（缺列、缺行或缺表）/ the document gives none (absent column, row or table)' },
		{ name: 'line', type: 'INTEGER', label: '行号', description: "1-based line of the row in sources/<id>.txt.", nulls: '未读出该行 / row not read' }
	]
};

export const CHECKS: TableSpec = {
	name: 'checks',
	file: 'checks.parquet',
	description: 'Findings about the documents: broken identities, missing values, ambiguous regions, duplicates (rule keys in src/lib/model/keys.ts RULES). A finding is data, never a repair.',
	columns: [
		{ name: 'id', type: 'VARCHAR', label: '报告编号', description: 'reports.id', nulls: NOT_NULL },
		{ name: 'rule', type: 'VARCHAR', label: '规则', description: 'Rule key: balance, row_total, processed_sum, table4_totals, narrative_requests, land_share, region_ambiguous, duplicate_report …', nulls: NOT_NULL },
		{ name: 'severity', type: 'VARCHAR', label: '级别', description: 'error, warning or info.', nulls: NOT_NULL },
		{ name: 'message', type: 'VARCHAR', label: '说明', description: 'What is wrong, in Chinese.', nulls: NOT_NULL },
		{ name: 'line', type: 'INTEGER', label: '行号', description: '1-based line in sources/<id>.txt the finding is about.', nulls: '不对应具体行 / not about one line' },
		{ name: 'path', type: 'VARCHAR', label: '位置', description: 'Record path the finding is about, e.g. table3.new_received.total.', nulls: '不对应具体数值 / not about one value' },
		{ name: 'actual', type: 'VARCHAR', label: '实际值', description: 'The value found, as text.', nulls: '无 / none' },
		{ name: 'expected', type: 'VARCHAR', label: '应为', description: 'The value the identity requires, as text.', nulls: '无 / none' }
	]
};

export const PROBLEMS: TableSpec = {
	name: 'problems',
	file: 'problems.parquet',
	description: 'Section 五 (存在的主要问题及改进情况), one row per item, with its problem themes.',
	columns: [
		{ name: 'id', type: 'VARCHAR', label: '报告编号', description: 'reports.id', nulls: NOT_NULL },
		{ name: 'kind', type: 'VARCHAR', label: '类别', description: 'problem (存在问题) or improvement (改进情况).', nulls: NOT_NULL },
		{ name: 'ord', type: 'INTEGER', label: '序号', description: 'Position of the item within its kind, from 1 (一是 = 1).', nulls: NOT_NULL },
		{ name: 'text', type: 'VARCHAR', label: '原文', description: 'The item text as the report gives it.', nulls: NOT_NULL },
		{ name: 'theme', type: 'VARCHAR', label: '主题', description: 'Primary theme key (the earliest lexicon match, src/lib/classify/themes.ts).', nulls: '未归类：词表未匹配 / unclassified: no lexicon match' },
		{ name: 'themes', type: 'VARCHAR[]', label: '全部主题', description: 'Every theme key the item matches, primary first.', nulls: '从不为空（可为空列表）/ never null (may be empty)' },
		{ name: 'line', type: 'INTEGER', label: '行号', description: '1-based line of the item in sources/<id>.txt.', nulls: '未读出 / not read' }
	]
};

export const REGIONS_TABLE: TableSpec = {
	name: 'regions',
	file: 'regions.parquet',
	description: 'The GB/T 2260 region table the build resolved against (src/lib/classify/regions.json, generated from @vant/area-data by scripts/gen-regions.ts).',
	columns: [
		{ name: 'code', type: 'VARCHAR', label: '区划代码', description: '6-digit code.', nulls: NOT_NULL },
		{ name: 'name', type: 'VARCHAR', label: '名称', description: 'Name; placeholders carry the GB/T 2260 name (市辖区, 县, 省直辖县级行政区划).', nulls: NOT_NULL },
		{ name: 'level', type: 'VARCHAR', label: '级别', description: 'province, city or county.', nulls: NOT_NULL },
		{ name: 'parent', type: 'VARCHAR', label: '上级代码', description: 'Code of the enclosing unit.', nulls: '省级 / province' },
		{ name: 'province', type: 'VARCHAR', label: '省级', description: 'Province name.', nulls: NOT_NULL },
		{ name: 'city', type: 'VARCHAR', label: '地级', description: 'Prefecture-level city name.', nulls: '省级、占位行，或其上无地级市 / province, placeholder, or no city above' },
		{ name: 'is_zone', type: 'BOOLEAN', label: '是否功能区', description: 'County-level NBS zone code (开发区/新区/园区, 5th digit 7 or 9).', nulls: NOT_NULL },
		{ name: 'is_placeholder', type: 'BOOLEAN', label: '是否占位', description: 'City-level row that is no city (市辖区 of a municipality, 省直辖县级行政区划, 重庆 县).', nulls: NOT_NULL }
	]
};

/** All tables, in the order they are written. */
export const TABLES: readonly TableSpec[] = [REPORTS, TABLE3, CHECKS, PROBLEMS, REGIONS_TABLE];

/** `CREATE TABLE` for a table (identifiers quoted; `row` and `line` are not reserved in DuckDB, but quoting costs nothing). */
export function createTableSql(table: TableSpec, name: string = table.name): string {
	return `CREATE TABLE "${name}" (${table.columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`;
}

/** Markdown table of a table's columns, as in docs/data.md. */
export function renderColumnDocs(table: TableSpec): string {
	const esc = (s: string) => s.replace(/\|/g, '\\|');
	const lines = ['| column | type | 中文 | meaning | unit | null means |', '|---|---|---|---|---|---|'];
	for (const c of table.columns) lines.push(`| \`${c.name}\` | ${c.type} | ${esc(c.label)} | ${esc(c.description)} | ${esc(c.unit ?? '')} | ${esc(c.nulls)} |`);
	return lines.join('\n');
}

/** docs/data.md with its generated column tables (between `<!-- columns:NAME -->` and `<!-- /columns -->`) re-rendered. */
export function renderDataDoc(doc: string): string {
	return doc.replace(/<!-- columns:(\w+) -->[\s\S]*?<!-- \/columns -->/g, (_all, name: string) => {
		const table = TABLES.find((t) => t.name === name);
		if (!table) throw new Error(`docs/data.md: unknown table in <!-- columns:${name} -->`);
		return `<!-- columns:${name} -->\n${renderColumnDocs(table)}\n<!-- /columns -->`;
	});
}
