/**
 * One classified record → the rows it contributes to each table, in the column order of schema.ts. Pure. A value
 * that does not fit its Parquet column (a count that is no 32-bit integer, e.g. a glued "1000000000000") is written
 * as null *and* reported by an added `nonneg_integer` error check, never rounded or clipped silently.
 */
import { RULES, TABLE2_2019_FIELDS, TABLE2_FIELDS, TABLE3_COLUMN_KEYS, TABLE3_ROW_KEYS, TABLE3_ROW_KEYS_2019, TABLE3_ROW_KEYS_2021, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../model/keys.ts';
import type { Check, Report } from '../../model/record.ts';
import { classifyItem } from '../../classify/themes.ts';
import { CHECKS, PROBLEMS, REPORTS, TABLE3 } from './schema.ts';

export type Cell = string | number | boolean | Date | null | string[];

export interface ReportRows {
	report: Cell[];
	table3: Cell[][];
	checks: Cell[][];
	problems: Cell[][];
}

const INT32_MAX = 2 ** 31 - 1;

/** What the build knows about a file beyond its record. */
export interface FileFacts {
	id: string;
	form: string;
}

/**
 * Rows of one report. Counts (error_count …) and is_duplicate are left null here: the writer computes them over
 * the whole dataset (duplicate_report checks are added there), so they always agree with checks.parquet.
 */
export function reportRows(report: Report, facts: FileFacts): ReportRows {
	const extra: Check[] = [];
	const int = (value: number | null | undefined, path: string): number | null => {
		if (value === null || value === undefined) return null;
		if (Number.isInteger(value) && Math.abs(value) <= INT32_MAX) return value;
		extra.push({ rule: 'nonneg_integer', severity: RULES.nonneg_integer.severity, message: `${path} 的值 ${value} 不是可存储的整数，Parquet 中记为空`, path, actual: value });
		return null;
	};
	const num = (value: number | null | undefined): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : value);

	const byName: Record<string, Cell> = {
		id: facts.id,
		source: report.source,
		form: facts.form,
		agency: report.agency,
		year: int(report.year, 'year'),
		template: report.template,
		published_at: maybeDate(report.published_at),
		province: report.region?.province ?? null,
		city: report.region?.city ?? null,
		county: report.region?.county ?? null,
		region_code: report.region?.code ?? null,
		agency_type: report.agency_type,
		agency_type_secondary: [...report.agency_type_secondary],
		is_aggregate: report.is_aggregate,
		is_duplicate: null,
		narrative_requests: int(report.narrative_requests, 'narrative_requests'),
		land_count: int(report.land_expropriation?.count, 'land_expropriation.count'),
		land_share: num(report.land_expropriation?.share),
		land_evidence: report.land_expropriation?.evidence ?? null,
		themes: [...report.themes],
		problems_count: report.problems.length,
		improvements_count: report.improvements.length,
		error_count: null,
		warning_count: null,
		info_count: null
	};
	for (const f of TABLE2_FIELDS) byName[f.key] = f.key === 'fees_wan' ? num(report.table2?.[f.key]) : int(report.table2?.[f.key], `table2.${f.key}`);
	for (const f of TABLE2_2019_FIELDS) byName[f.key] = f.key === 'procurement_amount' ? num(report.table2_2019?.[f.key]) : int(report.table2_2019?.[f.key], `table2_2019.${f.key}`);
	for (const g of TABLE4_GROUPS) for (const c of TABLE4_COLUMNS) byName[`${g.key}_${c.key}`] = int(report.table4?.[g.key]?.[c.key], `table4.${g.key}.${c.key}`);

	const table3: Cell[][] = [];
	// The template's rows, plus any row the report prints outside it: some 2021-format reports print (六)其他处理
	// as one row (other_processing, corpus 001/002 淮安市洪泽区).
	const templateRows = report.template === '2021' ? TABLE3_ROW_KEYS_2021 : report.template === '2019' ? TABLE3_ROW_KEYS_2019 : [];
	const printed = TABLE3_ROW_KEYS.filter((k) => !templateRows.includes(k) && Object.values(report.table3?.[k] ?? {}).some((v) => v !== null));
	const rowKeys = TABLE3_ROW_KEYS.filter((k) => templateRows.includes(k) || printed.includes(k));
	for (const row of rowKeys) {
		const cells = report.table3?.[row];
		const line = report.lines[`table3.${row}`] ?? null;
		for (const col of TABLE3_COLUMN_KEYS) table3.push([facts.id, row, col, int(cells?.[col], `table3.${row}.${col}`), line]);
	}

	const problems: Cell[][] = [];
	for (const [kind, items] of [['problem', report.problems], ['improvement', report.improvements]] as const) {
		items.forEach((text, i) => {
			const { theme, themes } = classifyItem(text);
			problems.push([facts.id, kind, i + 1, text, theme, themes, report.lines[`${kind === 'problem' ? 'problems' : 'improvements'}.${i}`] ?? null]);
		});
	}

	const checks = [...report.checks, ...extra].map((c) => [facts.id, c.rule, c.severity, c.message, c.line ?? null, c.path ?? null, text(c.actual), text(c.expected)]);
	const row = REPORTS.columns.map((c) => {
		if (!(c.name in byName)) throw new Error(`rows.ts: no value for reports column ${c.name}`);
		return byName[c.name]!;
	});
	return { report: row, table3, checks, problems };
}

function text(v: number | string | null | undefined): string | null {
	return v === null || v === undefined ? null : String(v);
}

/** A YYYY-MM-DD string → a Date at UTC midnight; anything else → null (the parser only emits ISO dates). */
function maybeDate(iso: string | null): Date | null {
	if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
	const d = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(d.getTime()) ? null : d;
}

// The row arrays above are positional: keep these in step with schema.ts.
if (TABLE3.columns.length !== 5 || CHECKS.columns.length !== 8 || PROBLEMS.columns.length !== 7) throw new Error('rows.ts is out of step with schema.ts');
