/**
 * Table 二 (主动公开政府信息情况). 2021 template: ten values in six rows (规章 and 行政规范性文件 × 本年制发/本年废止/
 * 现行有效; 行政许可, 行政处罚, 行政强制 × 本年处理决定数量; 行政事业性收费 × 本年收费金额（万元）, a decimal).
 * 2019 trial template: 22 values in eight rows, kept under `table2_2019` (DOMAIN.md §1.2).
 *
 *    "行政规范性文件\t4\t2\t19"                        (seed 001, line 27)
 *    "规章000行政规范性文件3123第二十条第（五）项…"       (corpus 009: "3123" has three readings, so it stays null)
 */
import type { Check, Table2, Table2019 } from '../model/record.ts';
import type { Table2019Key, Table2Key } from '../model/keys.ts';
import { readCells } from './cells.ts';
import { lineAt, type Doc } from './doc.ts';
import { finding } from '../model/findings.ts';
import { findCompact, findLabel, type LabelHit } from './labels.ts';
import type { Span } from './sections.ts';

interface RowSpec<K extends string> {
	label: string;
	match: RegExp;
	keys: K[];
	decimals?: boolean;
	/** Which cells may carry a sign (2019 "本年增/减"). */
	signed?: boolean;
}

const ROWS_2021: RowSpec<Table2Key>[] = [
	{ label: '规章', match: /规章/, keys: ['rules_issued', 'rules_repealed', 'rules_in_force'] },
	{ label: '行政规范性文件', match: /(行政)?规范性文件/, keys: ['normative_issued', 'normative_repealed', 'normative_in_force'] },
	{ label: '行政许可', match: /行政许可/, keys: ['licensing'] },
	{ label: '行政处罚', match: /行政处罚/, keys: ['punishment'] },
	{ label: '行政强制', match: /行政强制/, keys: ['coercion'] },
	{ label: '行政事业性收费', match: /(行政)?事业性收费/, keys: ['fees_wan'], decimals: true }
];

const ROWS_2019: RowSpec<Table2019Key>[] = [
	{ label: '规章', match: /规章/, keys: ['rules_new_made', 'rules_new_published', 'rules_total_published'] },
	{ label: '规范性文件', match: /(行政)?规范性文件/, keys: ['normative_new_made', 'normative_new_published', 'normative_total_published'] },
	{ label: '行政许可', match: /行政许可/, keys: ['licensing_prev_items', 'licensing_change', 'licensing_decisions'], signed: true },
	{ label: '其他对外管理服务事项', match: /其他对外管理服务事项|对外管理服务/, keys: ['other_services_prev_items', 'other_services_change', 'other_services_decisions'], signed: true },
	{ label: '行政处罚', match: /行政处罚/, keys: ['punishment_prev_items', 'punishment_change', 'punishment_decisions'], signed: true },
	{ label: '行政强制', match: /行政强制/, keys: ['coercion_prev_items', 'coercion_change', 'coercion_decisions'], signed: true },
	{ label: '行政事业性收费', match: /(行政)?事业性收费/, keys: ['fees_prev_items', 'fees_change'], signed: true },
	{ label: '政府集中采购', match: /政府集中采购|集中采购/, keys: ['procurement_items', 'procurement_amount'], decimals: true }
];

export interface Table2Result {
	template: '2021' | '2019';
	table2: Table2 | null;
	table2_2019: Table2019 | null;
	line: number | null;
	checks: Check[];
	/** The header names the template's columns (本年制发/本年废止/现行有效 or 本年新制作/对外公开总数量). */
	recognized: boolean;
}

/** Read table 2 from its span. */
export function readTable2(doc: Doc, span: Span): Table2Result {
	const is2019 = !!findCompact(doc, /本年新制作|本年新公开|对外公开总数量|其他对外管理服务|政府集中采购/, span.start, span.end);
	if (is2019) {
		const { values, line, checks } = readRows(doc, span, ROWS_2019);
		return { template: '2019', table2: null, table2_2019: values as Table2019, line, checks, recognized: true };
	}
	const recognized = !!findCompact(doc, /本年制发|本年废止|现行有效|先行有效/, span.start, span.end);
	const { values, line, checks } = readRows(doc, span, ROWS_2021);
	return { template: '2021', table2: values as Table2, table2_2019: null, line, checks, recognized };
}

function readRows<K extends string>(doc: Doc, span: Span, specs: RowSpec<K>[]): { values: Record<K, number | null>; line: number | null; checks: Check[] } {
	const checks: Check[] = [];
	const values = {} as Record<K, number | null>;
	const hits: (LabelHit | null)[] = [];
	let cursor = span.start;
	for (const spec of specs) {
		const hit = findLabel(doc, spec.match, cursor, span.end);
		hits.push(hit);
		if (hit) cursor = hit.end;
	}
	const spanEnd = span.end >= doc.compact.length ? doc.text.length : doc.compactToText[span.end]!;
	let line: number | null = null;
	let placeholders = false;
	specs.forEach((spec, i) => {
		for (const k of spec.keys) values[k] = null;
		const hit = hits[i];
		if (!hit) {
			checks.push(finding('missing_row', `表二缺少“${spec.label}”行 / table 2 has no row ${spec.label}`, { path: `table2.${spec.keys[0]}` }));
			return;
		}
		const next = hits.slice(i + 1).find((h) => h !== null);
		const reading = readCells(doc.folded, hit.cellsFrom, next ? next.textStart : spanEnd, spec.keys.length, { decimals: spec.decimals, signed: spec.signed });
		line ??= lineAt(doc, reading.firstOffset ?? hit.textStart);
		if (reading.placeholders || reading.mode === 'blanks' || reading.mode === 'positional' || reading.mode === 'empty') placeholders = true;
		if (reading.candidates.length !== 1) {
			const why = reading.problem ?? `数字有 ${reading.candidates.length} 种拆分（${reading.candidates.map((c) => c.join('/')).join('；')}）`;
			checks.push(finding('glued_digits', `表二“${spec.label}”行：${why}，记为空 / table 2 row ${spec.label} left null: ${why}`, { line: lineAt(doc, hit.textStart), path: `table2.${spec.keys[0]}` }));
			return;
		}
		spec.keys.forEach((k, j) => (values[k] = reading.candidates[0]![j]!));
	});
	if (placeholders) checks.push(finding('placeholder_zero', '表二空白或以“—”“/”表示的单元格按 0 计 / blank or dash cells of table 2 read as 0', { line: line ?? undefined }));
	return { values, line, checks };
}
