/** SQL of the `reports` panel: one row per selected report with its key figures. */
import type { Filters, Known } from '../filters.ts';
import { selectReports, type Bound } from '../selection.ts';

export interface ReportsRow {
	id: string;
	agency: string | null;
	year: number | null;
	region: string | null;
	region_code: string | null;
	agency_type: string | null;
	is_aggregate: boolean | null;
	new_total: number | null;
	processed_total: number | null;
	granted_total: number | null;
	review_total: number | null;
	suit_total: number | null;
	land_count: number | null;
	land_share: number | null;
	error_count: number | null;
	warning_count: number | null;
	problems_count: number | null;
}

export function queryReports(filters: Filters, known: Known): Bound {
	const sel = selectReports(filters, known);
	return {
		params: sel.params,
		sql: `${sel.sql}
, t3 AS (
  SELECT t.id,
    max(t.value) FILTER (WHERE t.row = 'new_received')::DOUBLE AS new_total,
    max(t.value) FILTER (WHERE t.row = 'processed_total')::DOUBLE AS processed_total,
    max(t.value) FILTER (WHERE t.row = 'granted')::DOUBLE AS granted_total
  FROM table3 t WHERE t.col = 'total' AND t.id IN (SELECT id FROM sel) GROUP BY t.id
)
SELECT r.id AS id, r.agency AS agency, r.year AS year,
  concat_ws(' ', r.province, r.city, r.county) AS region, r.region_code AS region_code,
  r.agency_type AS agency_type, r.is_aggregate AS is_aggregate,
  t3.new_total, t3.processed_total, t3.granted_total,
  r.review_total::DOUBLE AS review_total,
  (r.suit_direct_total + r.suit_after_review_total)::DOUBLE AS suit_total,
  r.land_count::DOUBLE AS land_count, r.land_share::DOUBLE AS land_share,
  r.error_count::DOUBLE AS error_count, r.warning_count::DOUBLE AS warning_count, r.problems_count::DOUBLE AS problems_count
FROM sel r LEFT JOIN t3 ON t3.id = r.id
ORDER BY r.year DESC, r.region_code NULLS LAST, r.agency`
	};
}
