/** SQL of the report page (`/report/<id>`): one report's row, table 3 cells with their lines, findings, problems. */
import type { Bound } from './selection.ts';

/** Report ids are content hashes; anything else never reaches SQL or a file path. */
export const REPORT_ID = /^[A-Za-z0-9_-]{1,128}$/;

export function assertReportId(id: string): string {
	if (!REPORT_ID.test(id)) throw new Error(`invalid report id: ${id.slice(0, 40)}`);
	return id;
}

export const queryReport = (id: string): Bound => ({ sql: 'SELECT * FROM reports WHERE id = ?', params: [assertReportId(id)] });

export interface Table3Cell {
	row: string;
	col: string;
	value: number | null;
	line: number | null;
}
export const queryReportTable3 = (id: string): Bound => ({
	sql: 'SELECT "row" AS row, col, value::DOUBLE AS value, line::INTEGER AS line FROM table3 WHERE id = ?',
	params: [assertReportId(id)]
});

export interface ReportCheck {
	rule: string;
	severity: 'error' | 'warning' | 'info';
	message: string;
	line: number | null;
}
export const queryReportChecks = (id: string): Bound => ({
	sql: "SELECT rule, severity, message, line::INTEGER AS line FROM checks WHERE id = ? ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, line NULLS LAST",
	params: [assertReportId(id)]
});

export interface ReportProblem {
	kind: 'problem' | 'improvement';
	ord: number;
	text: string | null;
	theme: string | null;
	line: number | null;
}
export const queryReportProblems = (id: string): Bound => ({
	sql: 'SELECT kind, ord::INTEGER AS ord, text, theme, line::INTEGER AS line FROM problems WHERE id = ? ORDER BY kind DESC, ord',
	params: [assertReportId(id)]
});
