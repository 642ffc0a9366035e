/**
 * SQL of the `quality` panel: the findings (checks.parquet) of each selected report, per rule. A report without
 * findings still gives one row, with `rule` null and `n` 0, so that the panel can say how many reports add up.
 */
import type { Filters, Known } from '../filters.ts';
import { selectReports, type Bound } from '../selection.ts';

export interface QualityRow {
	id: string;
	agency: string | null;
	year: number | null;
	rule: string | null;
	severity: 'error' | 'warning' | 'info' | null;
	n: number;
	messages: string | null;
	line: number | null;
}

export function queryQuality(filters: Filters, known: Known): Bound {
	const sel = selectReports(filters, known);
	return {
		params: sel.params,
		sql: `${sel.sql}
SELECT r.id AS id, r.agency AS agency, r.year AS year, c.rule AS rule, c.severity AS severity,
  count(c.rule)::INTEGER AS n, string_agg(c.message, '；' ORDER BY c.line NULLS LAST, c.message) AS messages,
  min(c.line)::INTEGER AS line
FROM sel r LEFT JOIN checks c ON c.id = r.id
GROUP BY 1, 2, 3, 4, 5
ORDER BY r.agency, r.year, c.severity, c.rule`
	};
}
