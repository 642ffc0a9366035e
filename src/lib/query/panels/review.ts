/** SQL of the `review` panel: table 4 (administrative review, lawsuits) by county or agency, per year. */
import type { Filters, Known } from '../filters.ts';
import { groupColumns, groupingFor, selectReports, type Bound, type Grouping } from '../selection.ts';

export const REVIEW_GROUPS = ['review', 'suit_direct', 'suit_after_review'] as const;
export type ReviewGroup = (typeof REVIEW_GROUPS)[number];
const FIELDS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

export type ReviewRow = { key: string; label: string; year: number | null; reports: number } & Record<
	`${ReviewGroup}_${(typeof FIELDS)[number]}`,
	number | null
>;

export function queryReview(filters: Filters, known: Known): Bound & { grouping: Grouping } {
	const grouping = groupingFor(filters);
	const g = groupColumns(grouping);
	const sel = selectReports(filters, known);
	const sums = REVIEW_GROUPS.flatMap((grp) => FIELDS.map((f) => `sum(r.${grp}_${f})::DOUBLE AS ${grp}_${f}`)).join(',\n  ');
	return {
		grouping,
		params: sel.params,
		sql: `${sel.sql}
SELECT ${g.key} AS key, ${g.label} AS label, r.year AS year,
  ${sums},
  count(DISTINCT r.id)::INTEGER AS reports
FROM sel r ${g.join}
GROUP BY 1, 2, 3
ORDER BY review_total DESC NULLS LAST, label, year`
	};
}
