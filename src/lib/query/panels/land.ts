/** SQL of the `land` panel: the 征地拆迁 count and share each report states (null where it states none). */
import type { Filters, Known } from '../filters.ts';
import { selectReports, type Bound } from '../selection.ts';

export interface LandRow {
	id: string;
	agency: string | null;
	region: string | null;
	year: number | null;
	land_count: number | null;
	land_share: number | null;
	/** Table 3 new_received.total, the base a stated share refers to. */
	new_total: number | null;
}

export function queryLand(filters: Filters, known: Known): Bound {
	const sel = selectReports(filters, known);
	return {
		params: sel.params,
		sql: `${sel.sql}
SELECT r.id AS id, r.agency AS agency, coalesce(g.name, r.county, r.city, r.province) AS region, r.year AS year,
  r.land_count::DOUBLE AS land_count, r.land_share::DOUBLE AS land_share, t.value::DOUBLE AS new_total
FROM sel r
LEFT JOIN table3 t ON t.id = r.id AND t.row = 'new_received' AND t.col = 'total'
LEFT JOIN regions g ON g.code = r.region_code
ORDER BY (r.land_count IS NULL AND r.land_share IS NULL), r.land_count DESC NULLS LAST, r.agency, r.year`
	};
}
