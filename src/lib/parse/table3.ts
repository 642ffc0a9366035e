/**
 * Table 三 (收到和处理政府信息公开申请情况): 25 rows × 7 columns in the 2021 template, 23 rows in the 2019 trial
 * template, whose (六)其他处理 is a single row. Rows are found by their labels in printed order and never by
 * position, so a missing group label (seed 002 has no "(三)不予公开") or a label split over lines (seed 001:
 * "2.其他法律法规" … "禁止公开" two lines down) does not shift any value.
 *
 *    "一、本年新收政府信息公开申请数量\t\t\t28\t0\t0\t0\t0\t1\t29"           (seed 001, line 47: separated cells)
 *    "一、本年新收政府信息公开申请数量5800000 58 二、上年结转…"               (corpus 009: glued cells)
 */
import { TABLE3_COLUMN_KEYS, TABLE3_ROWS, type Table3Column, type Table3RowSpec } from '../model/keys.ts';
import type { Check, Table3, Table3Cells } from '../model/record.ts';
import { readCells, type RowReading } from './cells.ts';
import { lineAt, type Doc } from './doc.ts';
import { findCompact, findLabel, type LabelHit } from './labels.ts';
import type { Span } from './sections.ts';
import { finding } from '../model/findings.ts';
import { solveTable } from './solve.ts';

export interface Table3Result {
	template: '2021' | '2019';
	table3: Table3;
	/** Column keys in printed order, as the header declares them (an absent 其他 column is missing here). */
	columns: Table3Column[];
	lines: Record<string, number>;
	checks: Check[];
	/** Text offset of the first row label (the header and any opening sentence come before it). */
	rowsStart: number;
}

/** Read table 3 from its span. Returns null when no row label is found. */
export function readTable3(doc: Doc, span: Span): Table3Result | null {
	const template = detectTemplate(doc, span);
	const specs = TABLE3_ROWS.filter((r) => r.templates.includes(template));
	const checks: Check[] = [];

	// Rows by label, each searched after the previous one.
	const hits: (LabelHit | null)[] = [];
	let cursor = span.start;
	for (const spec of specs) {
		const hit = findLabel(doc, spec.match, cursor, span.end, spec.ordinal, spec.needsOrdinal);
		hits.push(hit);
		if (hit) cursor = hit.end;
	}
	const firstHit = hits.find((h) => h !== null);
	if (!firstHit) return null;

	// A label garbled beyond its keyword still has its ordinal where the row should be: between the rows found
	// before and after it, "N." followed by text is that row (a misprint like "2.其他法律行政止公开").
	specs.forEach((spec, i) => {
		if (hits[i] || spec.ordinal === undefined) return;
		const prev = hits.slice(0, i).reverse().find((h) => h !== null);
		const next = hits.slice(i + 1).find((h) => h !== null);
		if (!prev || !next) return;
		const hit = findLabel(doc, new RegExp(`${spec.ordinal}[.、](?=[^\\d.、,])`), prev.end, next.start);
		if (!hit) return;
		hits[i] = { ...hit, cellsFrom: hit.textEnd };
		checks.push(finding('missing_row', `表三“${spec.label}”行的标签无法识别，按序号“${spec.ordinal}.”定位 / table 3 row ${spec.key} found by its ordinal only`, { line: lineAt(doc, hit.textStart), path: `table3.${spec.key}` }));
	});

	const columns = readColumns(doc, span.start, firstHit.start);
	const ncols = columns.length;
	if (ncols < 7) {
		const missing = TABLE3_COLUMN_KEYS.filter((k) => !columns.includes(k));
		checks.push(finding('missing_column', `表三表头缺少列：${missing.join('、')}，其值记为空（null） / table 3 has no column ${missing.join(', ')}`, { line: lineAt(doc, firstHit.textStart) }));
	}
	const totalIndex = columns.indexOf('total');
	const rowIdentity = totalIndex < 0 ? undefined : (cells: number[]) => cells.reduce((s, v, i) => (i === totalIndex ? s : s + v), 0) === cells[totalIndex];

	// Cells of each row: the text from its label to the next label found (or the table's end).
	const readings: (RowReading | null)[] = specs.map((_, i) => {
		const hit = hits[i];
		if (!hit) return null;
		const next = hits.slice(i + 1).find((h) => h !== null);
		const end = next ? next.textStart : spanTextEnd(doc, span);
		return readCells(doc.folded, hit.cellsFrom, end, ncols, { identity: rowIdentity });
	});

	const keys = specs.map((s) => s.key);
	const solved = solveTable(
		keys,
		readings.map((r) => r?.candidates ?? null),
		columnIdentities(template, keys, columns)
	);

	const table3: Table3 = {};
	const lines: Record<string, number> = {};
	let glued = 0;
	let placeholders = false;
	let blanks = 0;
	specs.forEach((spec, i) => {
		const hit = hits[i];
		const reading = readings[i];
		const values = solved.values[i];
		const line = hit ? lineAt(doc, reading?.firstOffset ?? hit.textStart) : undefined;
		if (line) lines[`table3.${spec.key}`] = line;
		table3[spec.key] = toCells(values ?? null, columns);
		if (!hit) {
			checks.push(finding('missing_row', `表三缺少“${spec.label}”行 / table 3 has no row ${spec.key}`, { path: `table3.${spec.key}` }));
			return;
		}
		if (!reading) return;
		if (values && reading.mode === 'glued' && reading.structural > 1) glued++;
		if (values && (reading.mode === 'blanks' || reading.mode === 'positional' || reading.mode === 'empty')) blanks++;
		if (reading.placeholders) placeholders = true;
		if (!values) {
			const why = solved.reasons[i] ?? reading.problem ?? '无法唯一确定各列数值';
			checks.push(finding('glued_digits', `表三“${spec.short}”行：${why}，该行记为空 / table 3 row ${spec.key} left null: ${why}`, { line, path: `table3.${spec.key}` }));
		}
	});
	// 2019 template: the three 2021 (六) rows do not exist; 2021: the 2019 single row does not exist.
	for (const spec of TABLE3_ROWS) if (!specs.includes(spec)) table3[spec.key] = toCells(null, columns);

	if (glued)
		checks.push(finding('glued_digits_decoded', `表三数字粘连，${glued} 行按列数与勾稽关系唯一拆分 / ${glued} glued rows of table 3 decoded uniquely`, { line: lineAt(doc, firstHit.textStart) }));
	if (placeholders)
		checks.push(finding('placeholder_zero', `表三以“—”“/”“-”表示的单元格按 0 计 / table 3 cells written as “—”, “/” or “-” read as 0`, { line: lineAt(doc, firstHit.textStart) }));
	if (blanks)
		checks.push(finding('placeholder_zero', `表三有 ${blanks} 行存在空白单元格，按 0 计 / blank cells in ${blanks} rows of table 3 read as 0`, { line: lineAt(doc, firstHit.textStart) }));
	return { template, table3, columns, lines, checks, rowsStart: firstHit.textStart };
}

/** 2019 trial format when (六)其他处理 carries numbers itself instead of heading the three 2021 rows. */
function detectTemplate(doc: Doc, span: Span): '2021' | '2019' {
	const twentyOne = findCompact(doc, /逾期不补正|无正当理由逾期|缴纳费用|(收费|费用)通知/, span.start, span.end);
	if (twentyOne) return '2021';
	const single = findCompact(doc, /其他处理/, span.start, span.end);
	return single ? '2019' : '2021';
}

/**
 * The applicant columns the header declares. "法人或其他组织" is the group heading and says nothing about the
 * 其他 column, which seed 002 leaves out. A header without recognisable column names (`数据1 数据2 …`) declares
 * the template's seven.
 */
export function readColumns(doc: Doc, from: number, to: number): Table3Column[] {
	const header = doc.compact.slice(from, to).replace(/法人或其他组织|法人和其他组织|法人或者其他组织/g, '');
	const names: Record<Table3Column, RegExp> = {
		natural_person: /自然人/,
		commercial: /商业企业/,
		research: /科研机构/,
		social_welfare: /社会公益/,
		legal_service: /法律服务/,
		other_org: /其他/,
		total: /总计|合计/
	};
	const found = TABLE3_COLUMN_KEYS.filter((k) => names[k].test(header));
	const applicants = found.filter((k) => k !== 'total');
	// Only trust the header when it names the applicant columns; otherwise assume the template's columns.
	if (applicants.length < 4 || !found.includes('natural_person')) return [...TABLE3_COLUMN_KEYS];
	return [...applicants, 'total'];
}

function toCells(values: number[] | null, columns: Table3Column[]): Table3Cells {
	const cells = Object.fromEntries(TABLE3_COLUMN_KEYS.map((k) => [k, null])) as Table3Cells;
	if (values) columns.forEach((k, i) => (cells[k] = values[i] ?? null));
	return cells;
}

function spanTextEnd(doc: Doc, span: Span): number {
	return span.end >= doc.compact.length ? doc.text.length : doc.compactToText[span.end]!;
}

/** The column identities (per column: 一+二 = (七)+四 and (七) = Σ results) used to choose among readings. */
function columnIdentities(template: '2021' | '2019', keys: string[], columns: Table3Column[]): ((rows: (number[] | null)[]) => boolean | null)[] {
	const at = (k: string) => keys.indexOf(k);
	const results = TABLE3_ROWS.filter((r: Table3RowSpec) => r.templates.includes(template) && !['intake', 'processed_total', 'carried_forward'].includes(r.group)).map((r) => at(r.key));
	const nr = at('new_received');
	const co = at('carried_over');
	const pt = at('processed_total');
	const cf = at('carried_forward');
	const out: ((rows: (number[] | null)[]) => boolean | null)[] = [];
	for (let c = 0; c < columns.length; c++) {
		out.push((rows) => {
			const [a, b, p, f] = [rows[nr], rows[co], rows[pt], rows[cf]];
			if (!a || !b || !p || !f) return null;
			return a[c]! + b[c]! === p[c]! + f[c]!;
		});
		out.push((rows) => {
			const p = rows[pt];
			if (!p || results.some((i) => !rows[i])) return null;
			return results.reduce((s, i) => s + rows[i]![c]!, 0) === p[c];
		});
	}
	return out;
}
