/**
 * The SQL that selects the reports of a filter state. Every value is a bound parameter (`?`); the SQL text is
 * made only from this module's constants, so no URL text ever reaches it. Pure: the same statements run in
 * DuckDB-WASM (browser) and in @duckdb/node-api (build-time aggregates, src/lib/server/build/aggregates.ts).
 */
import { regionLevel, regionPrefix, resolveYear, type Filters, type Known } from './filters.ts';

export type Param = string | number | boolean;
export interface Bound {
	sql: string;
	params: Param[];
}

/**
 * `WITH sel AS (…)`: the selected rows of `reports`, aliased `r` by the caller:
 * `selectReports({ region: '410000', types: [], year: 2025, scope: 'all' }, known)` →
 * `{ sql: "WITH sel AS (SELECT * FROM reports WHERE starts_with(region_code, ?) AND year = ?)", params: ['41', 2025] }`.
 */
export function selectReports(filters: Filters, known: Pick<Known, 'years'>): Bound {
	const where: string[] = [];
	const params: Param[] = [];
	if (filters.region) {
		where.push('starts_with(region_code, ?)');
		params.push(regionPrefix(filters.region));
	}
	if (filters.types.length) {
		where.push(`agency_type IN (${filters.types.map(() => '?').join(', ')})`);
		params.push(...filters.types);
	}
	const year = resolveYear(filters, known);
	if (typeof year === 'number') {
		where.push('year = ?');
		params.push(year);
	}
	if (filters.scope === 'departments') where.push('coalesce(is_aggregate, false) = false');
	if (filters.scope === 'aggregates') where.push('is_aggregate = true');
	return { sql: `WITH sel AS (SELECT * FROM reports${where.length ? ` WHERE ${where.join(' AND ')}` : ''})`, params };
}

/**
 * How grouped panels break the selection down: by county (the report's region code) unless the filter
 * already is one county, then by report (agency).
 */
export type Grouping = 'region' | 'report';
export function groupingFor(filters: Filters): Grouping {
	return filters.region && regionLevel(filters.region) === 'county' ? 'report' : 'region';
}

/** Key and label SQL of a grouping; `g` is the LEFT JOINed `regions` row of `r.region_code`. */
export function groupColumns(grouping: Grouping): { key: string; label: string; join: string } {
	return grouping === 'report'
		? { key: 'r.id', label: "coalesce(r.agency, '机关名称未识别')", join: '' }
		: {
				key: "coalesce(r.region_code, '')",
				label: "coalesce(g.name, r.county, r.city, r.province, '地区未识别')",
				join: 'LEFT JOIN regions g ON g.code = r.region_code'
			};
}
