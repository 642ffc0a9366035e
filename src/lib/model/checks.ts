/**
 * The template's arithmetic identities (TEMPLATE.md "Identities", DOMAIN.md §1.6), checked on a record.
 * A break is a finding for supervisors: the record keeps the values as printed, nothing is "fixed".
 * An identity is checked only where every value it needs is known (null means the document did not say).
 */
import { finding as check } from './findings.ts';
import { PROCESSED_ROW_KEYS_2019, PROCESSED_ROW_KEYS_2021, TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, type Table3Column } from './keys.ts';
import type { Check, Report } from './record.ts';

const COLUMN_LABEL = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c.key, c.label])) as Record<Table3Column, string>;

/**
 * All identity findings of a record.
 * @example checkIdentities(record).filter((c) => c.rule === 'balance') // [] for seed 001
 */
export function checkIdentities(report: Report): Check[] {
	return [...checkTable3(report), ...checkTable4(report), ...checkNarrative(report), ...checkLandShare(report), ...checkNonNegative(report)];
}

function checkTable3(report: Report): Check[] {
	const t = report.table3;
	if (!t) return [];
	const out: Check[] = [];
	const line = (row: string) => report.lines[`table3.${row}`];
	const get = (row: string, col: Table3Column) => t[row]?.[col] ?? null;
	const columns = TABLE3_COLUMNS.map((c) => c.key).filter((c) => Object.values(t).some((cells) => cells[c] !== null));

	// balance: 一 + 二 = (七) + 四, per column.
	for (const col of columns) {
		const [a, b, p, f] = [get('new_received', col), get('carried_over', col), get('processed_total', col), get('carried_forward', col)];
		if (a === null || b === null || p === null || f === null) continue;
		if (a + b !== p + f)
			out.push(
				check('balance', `勾稽关系不成立（${COLUMN_LABEL[col]}列）：一+二 = ${a}+${b} = ${a + b}，三(七)+四 = ${p}+${f} = ${p + f} / balance fails in column ${col}`, {
					line: line('processed_total'),
					path: `table3.processed_total.${col}`,
					actual: p + f,
					expected: a + b
				})
			);
	}

	// row_total: each row's 总计 = the applicant columns present.
	for (const [row, cells] of Object.entries(t)) {
		const total = cells.total;
		if (total === null) continue;
		const parts = columns.filter((c) => c !== 'total').map((c) => cells[c]);
		if (parts.some((v) => v === null) || parts.length === 0) continue;
		const sum = (parts as number[]).reduce((s, v) => s + v, 0);
		if (sum !== total)
			out.push(
				check('row_total', `“${row}”行总计 ${total} ≠ 各申请人之和 ${sum} / row ${row}: total ${total} ≠ sum ${sum}`, {
					line: line(row),
					path: `table3.${row}.total`,
					actual: total,
					expected: sum
				})
			);
	}

	// processed_sum: (七) = Σ result rows, per column.
	// The rows table 3 prints: (六) as one row (2019 layout, `other_processing`) or as three (2021 layout).
	const singleOther = Object.values(t['other_processing'] ?? {}).some((v) => v !== null);
	const results = singleOther ? PROCESSED_ROW_KEYS_2019 : PROCESSED_ROW_KEYS_2021;
	for (const col of columns) {
		const p = get('processed_total', col);
		const parts = results.map((r) => get(r, col));
		if (p === null || parts.some((v) => v === null)) continue;
		const sum = (parts as number[]).reduce((s, v) => s + v, 0);
		if (sum !== p)
			out.push(
				check('processed_sum', `三(七)总计 ${p} ≠ 各办理结果之和 ${sum}（${COLUMN_LABEL[col]}列） / processed_total ${p} ≠ sum of results ${sum} in column ${col}`, {
					line: line('processed_total'),
					path: `table3.processed_total.${col}`,
					actual: p,
					expected: sum
				})
			);
	}
	return out;
}

function checkTable4(report: Report): Check[] {
	const t = report.table4;
	if (!t) return [];
	const out: Check[] = [];
	for (const g of TABLE4_GROUPS) {
		const cells = t[g.key];
		const parts = TABLE4_COLUMNS.filter((c) => c.key !== 'total').map((c) => cells[c.key]);
		if (cells.total === null || parts.some((v) => v === null)) continue;
		const sum = (parts as number[]).reduce((s, v) => s + v, 0);
		if (sum !== cells.total)
			out.push(
				check('table4_totals', `表四“${g.label}”总计 ${cells.total} ≠ 各结果之和 ${sum} / table 4 ${g.key}: total ${cells.total} ≠ sum ${sum}`, {
					line: report.lines[`table4.${g.key}`],
					path: `table4.${g.key}.total`,
					actual: cells.total,
					expected: sum
				})
			);
	}
	return out;
}

function checkNarrative(report: Report): Check[] {
	const stated = report.narrative_requests;
	const table = report.table3?.new_received?.total ?? null;
	if (stated === null || table === null || stated === table) return [];
	return [
		check('narrative_requests', `正文称收到申请 ${stated} 件，表三本年新收总计为 ${table} 件 / narrative states ${stated} requests, table 3 says ${table}`, {
			line: report.lines['narrative_requests'],
			path: 'table3.new_received.total',
			actual: table,
			expected: stated
		})
	];
}

/**
 * A stated count and share agree when the share equals count / new requests to the printed precision, rounded or
 * truncated (seed 001 prints 26 of 29 = 89.655…% as 89.6%).
 */
export function shareAgrees(count: number, total: number, share: number): boolean {
	if (total <= 0) return false;
	const exact = count / total;
	const digits = Math.max(0, String(share).split('.')[1]?.length ?? 0);
	const unit = Math.pow(10, -digits);
	return Math.abs(exact - share) < unit + 1e-9;
}

function checkLandShare(report: Report): Check[] {
	const land = report.land_expropriation;
	if (!land) return [];
	const total = report.table3?.new_received?.total ?? report.narrative_requests ?? null;
	const line = report.lines['land_expropriation'];
	const out: Check[] = [];
	if (land.count !== null && total !== null && land.count > total)
		out.push(check('land_share', `征地拆迁 ${land.count} 件多于本年新收 ${total} 件 / land count ${land.count} exceeds new requests ${total}`, { line, actual: land.count, expected: total }));
	if (land.count !== null && land.share !== null && total !== null && !shareAgrees(land.count, total, land.share))
		out.push(
			check('land_share', `征地拆迁 ${land.count} 件占本年新收 ${total} 件的 ${((land.count / total) * 100).toFixed(1)}%，与所述 ${(land.share * 100).toFixed(1)}% 不符 / stated share does not match`, {
				line,
				actual: land.share,
				expected: Number((land.count / total).toFixed(4))
			})
		);
	return out;
}

function checkNonNegative(report: Report): Check[] {
	const out: Check[] = [];
	const visit = (path: string, value: number | null, decimal = false, signed = false) => {
		if (value === null) return;
		if ((!signed && value < 0) || (!decimal && !Number.isInteger(value)))
			out.push(check('nonneg_integer', `${path} = ${value} 不是非负${decimal ? '数' : '整数'} / ${path} is not a non-negative ${decimal ? 'number' : 'integer'}`, { path, actual: value }));
	};
	for (const [row, cells] of Object.entries(report.table3 ?? {})) for (const [col, v] of Object.entries(cells)) visit(`table3.${row}.${col}`, v);
	for (const [g, cells] of Object.entries(report.table4 ?? {})) for (const [col, v] of Object.entries(cells)) visit(`table4.${g}.${col}`, v);
	for (const [k, v] of Object.entries(report.table2 ?? {})) visit(`table2.${k}`, v, k === 'fees_wan');
	for (const [k, v] of Object.entries(report.table2_2019 ?? {})) visit(`table2_2019.${k}`, v, k === 'procurement_amount', k.endsWith('_change'));
	return out;
}
