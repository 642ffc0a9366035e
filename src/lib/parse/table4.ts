/**
 * Table 四 (行政复议、行政诉讼): 3 groups × 5 outcomes, the same in the 2019 and 2021 templates. The header wraps
 * over several lines ("结果 维持", "总计"); the 15 numbers follow it, usually on one line:
 *
 *    "0\t0\t0\t1\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"          (seed 001, line 84)
 *    "…尚未审结总计000000000000000五、存在的主要问题…"         (corpus 009, glued)
 *
 * Numbers are read after the last header word, so header cells named "数据1 … 数据15" are not read as values.
 */
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../model/keys.ts';
import type { Check, Table4 } from '../model/record.ts';
import { readCells } from './cells.ts';
import { lineAt, textOffset, type Doc } from './doc.ts';
import { finding } from '../model/findings.ts';
import { findLastCompact } from './labels.ts';
import type { Span } from './sections.ts';

const HEADER_WORD = /维持|纠正|其他结果|尚未审结|审结|总计|合计|直接起诉|复议后起诉|行政诉讼|行政复议/;

export interface Table4Result {
	table4: Table4 | null;
	lines: Record<string, number>;
	checks: Check[];
}

/** Read table 4 from its span (heading to section 五). */
export function readTable4(doc: Doc, span: Span): Table4Result {
	const checks: Check[] = [];
	const last = findLastCompact(doc, HEADER_WORD, span.start, span.end);
	const from = textOffset(doc, last ? last.end - 1 : span.start) + 1;
	const to = span.end >= doc.compact.length ? doc.text.length : textOffset(doc, span.end);
	const identity = (cells: number[]) => [0, 5, 10].every((g) => cells[g]! + cells[g + 1]! + cells[g + 2]! + cells[g + 3]! === cells[g + 4]);
	const reading = readCells(doc.folded, from, to, 15, { identity });
	const line = lineAt(doc, reading.firstOffset ?? from);
	const lines = Object.fromEntries(TABLE4_GROUPS.map((g) => [`table4.${g.key}`, line]));

	if (reading.mode === 'empty') {
		checks.push(finding('missing_value', '表四没有数字，记为空 / table 4 has no numbers, left null', { line, path: 'table4' }));
		return { table4: null, lines, checks };
	}
	if (reading.candidates.length !== 1) {
		const why = reading.problem ?? `有 ${reading.candidates.length} 种读法都满足合计关系`;
		checks.push(finding('glued_digits', `表四：${why}，记为空 / table 4 left null: ${why}`, { line, path: 'table4' }));
		return { table4: null, lines, checks };
	}
	const values = reading.candidates[0]!;
	if (reading.mode === 'glued' && reading.structural > 1)
		checks.push(finding('glued_digits_decoded', '表四数字粘连，按列数与合计关系唯一拆分 / glued table 4 decoded uniquely', { line }));
	if (reading.placeholders || reading.mode === 'blanks' || reading.mode === 'positional')
		checks.push(finding('placeholder_zero', '表四空白或以“—”“/”表示的单元格按 0 计 / blank or dash cells of table 4 read as 0', { line }));
	const table4 = Object.fromEntries(
		TABLE4_GROUPS.map((g, gi) => [g.key, Object.fromEntries(TABLE4_COLUMNS.map((c, ci) => [c.key, values[gi * 5 + ci]!]))])
	) as Table4;
	return { table4, lines, checks };
}
