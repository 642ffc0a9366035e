/** SQL of the `outcomes` panel: table 3 (一)…(六) results (总计 column) by county or, within a county, agency type. */
import { TABLE3_ROWS } from '../../model/keys.ts';
import type { Filters, Known } from '../filters.ts';
import { groupingFor, selectReports, type Bound } from '../selection.ts';

export const OUTCOME_KEYS = ['granted', 'partial', 'denied', 'unable', 'rejected', 'other'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export interface OutcomesRow {
	key: string;
	label: string;
	year: number | null;
	granted: number | null;
	partial: number | null;
	denied: number | null;
	unable: number | null;
	rejected: number | null;
	other: number | null;
	processed_total: number | null;
	reports: number;
}

/** Row keys of each outcome group, from the key registry (the 2019 template's other_processing counts as 其他处理). */
function rowsOf(group: OutcomeKey | 'processed_total'): string {
	return TABLE3_ROWS.filter((r) => r.group === group).map((r) => `'${r.key}'`).join(', ');
}

export function queryOutcomes(filters: Filters, known: Known): Bound & { by: 'region' | 'agency_type' } {
	const by = groupingFor(filters) === 'report' ? 'agency_type' : 'region';
	const sel = selectReports(filters, known);
	const key = by === 'agency_type' ? "coalesce(r.agency_type, 'other')" : "coalesce(r.region_code, '')";
	const label = by === 'agency_type' ? "coalesce(r.agency_type, 'other')" : "coalesce(g.name, r.county, r.city, r.province, '地区未识别')";
	const sums = [...OUTCOME_KEYS, 'processed_total' as const]
		.map((k) => `sum(t.value) FILTER (WHERE t.row IN (${rowsOf(k)}))::DOUBLE AS ${k}`)
		.join(',\n  ');
	return {
		by,
		params: sel.params,
		sql: `${sel.sql}
SELECT ${key} AS key, ${label} AS label, r.year AS year,
  ${sums},
  count(DISTINCT r.id)::INTEGER AS reports
FROM sel r JOIN table3 t ON t.id = r.id AND t.col = 'total' ${by === 'region' ? 'LEFT JOIN regions g ON g.code = r.region_code' : ''}
GROUP BY 1, 2, 3
ORDER BY processed_total DESC NULLS LAST, label, year`
	};
}
