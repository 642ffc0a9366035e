/** SQL of the `themes` panel: problem themes admitted in section 五, counted per agency type. */
import type { Filters, Known } from '../filters.ts';
import { selectReports, type Bound } from '../selection.ts';

export interface ThemesRow {
	/** Null on the grand-total row (grouping set ()), which counts distinct reports over all types. */
	agency_type: string | null;
	theme: string | null;
	/** Problem items with this primary theme. */
	items: number;
	/** Distinct reports behind the row. */
	reports: number;
}

export function queryThemes(filters: Filters, known: Known): Bound {
	const sel = selectReports(filters, known);
	return {
		params: sel.params,
		sql: `${sel.sql}
SELECT coalesce(r.agency_type, 'other') AS agency_type, coalesce(p.theme, 'none') AS theme,
  count(*)::INTEGER AS items, count(DISTINCT r.id)::INTEGER AS reports
FROM sel r JOIN problems p ON p.id = r.id AND p.kind = 'problem'
GROUP BY GROUPING SETS ((coalesce(r.agency_type, 'other'), coalesce(p.theme, 'none')), ())
ORDER BY 1 NULLS FIRST, items DESC, 2`
	};
}
