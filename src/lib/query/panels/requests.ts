/** SQL of the `requests` panel: new requests (table 3 row 一) by county or agency, per applicant column and year. */
import { TABLE3_COLUMN_KEYS } from '../../model/keys.ts';
import type { Filters, Known } from '../filters.ts';
import { groupColumns, groupingFor, selectReports, type Bound, type Grouping } from '../selection.ts';

export interface RequestsRow {
	key: string;
	label: string;
	year: number | null;
	natural_person: number | null;
	commercial: number | null;
	research: number | null;
	social_welfare: number | null;
	legal_service: number | null;
	other_org: number | null;
	total: number | null;
	reports: number;
}

/** One row per group and year; a column no report of the group gives stays null. */
export function queryRequests(filters: Filters, known: Known): Bound & { grouping: Grouping } {
	const grouping = groupingFor(filters);
	const g = groupColumns(grouping);
	const sel = selectReports(filters, known);
	const cols = TABLE3_COLUMN_KEYS.map((c) => `sum(t.value) FILTER (WHERE t.col = '${c}')::DOUBLE AS ${c}`).join(',\n  ');
	return {
		grouping,
		params: sel.params,
		sql: `${sel.sql}
SELECT ${g.key} AS key, ${g.label} AS label, r.year AS year,
  ${cols},
  count(DISTINCT r.id)::INTEGER AS reports
FROM sel r JOIN table3 t ON t.id = r.id AND t.row = 'new_received' ${g.join}
GROUP BY 1, 2, 3
ORDER BY total DESC NULLS LAST, label, year`
	};
}
