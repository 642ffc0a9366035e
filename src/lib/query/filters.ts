/**
 * Dashboard filters and their URL form. All view state lives in the URL (`region`, `type`, `year`, `scope`)
 * so that a link reproduces the view; every parameter is checked against the codes and keys present in
 * the data before it reaches SQL, and a rejected one is reported (in Chinese) rather than silently guessed.
 * Pure: no DOM, no DuckDB.
 */

export type Scope = 'all' | 'departments' | 'aggregates';
export const SCOPES: readonly { key: Scope; label: string }[] = [
	{ key: 'all', label: '全部报告' },
	{ key: 'departments', label: '仅部门报告' },
	{ key: 'aggregates', label: '仅汇总报告' }
];

export interface Filters {
	/** A 6-digit GB/T 2260 code of a province, city or county present in the data, or null for all. */
	region: string | null;
	/** Agency-type keys (any of them); empty for all. */
	types: string[];
	/** A reporting year, 'all' for every year (trends), or null for the latest year in the data. */
	year: number | 'all' | null;
	scope: Scope;
}

export const DEFAULT_FILTERS: Filters = Object.freeze({ region: null, types: [], year: null, scope: 'all' }) as Filters;

export type RegionLevel = 'province' | 'city' | 'county';
export interface RegionInfo {
	code: string;
	name: string;
	level: RegionLevel;
	/** Code of the enclosing province or city, or null for a province. */
	parent: string | null;
}

/** What the data holds: the only values a URL may select. */
export interface Known {
	regions: ReadonlyMap<string, RegionInfo>;
	types: ReadonlyMap<string, string>;
	years: readonly number[];
}

export interface Rejected {
	param: string;
	value: string;
	reason: string;
}

const CODE = /^\d{6}$/;
const TYPE_KEY = /^[a-z][a-z_]{0,40}$/;
const YEAR = /^\d{4}$/;

/**
 * The level of a GB/T 2260 code from its shape: `410000` province, `410700` city (prefecture), `410704` county.
 * `regionLevel('41070X')` throws: codes reach here only after validation.
 */
export function regionLevel(code: string): RegionLevel {
	if (!CODE.test(code)) throw new Error(`invalid region code: ${code}`);
	if (code.endsWith('0000')) return 'province';
	if (code.endsWith('00')) return 'city';
	return 'county';
}

/** The code prefix that selects a region and everything under it: `regionPrefix('410000')` → "41". */
export function regionPrefix(code: string): string {
	const level = regionLevel(code);
	return code.slice(0, level === 'province' ? 2 : level === 'city' ? 4 : 6);
}

/** The latest year in the data, or null when there is none. */
export function latestYear(known: Pick<Known, 'years'>): number | null {
	return known.years.length ? Math.max(...known.years) : null;
}

/** The year a filter state selects: a number, 'all', or null when the data has no year at all. */
export function resolveYear(filters: Filters, known: Pick<Known, 'years'>): number | 'all' | null {
	return filters.year === null ? latestYear(known) : filters.year;
}

/**
 * Read filters from URL parameters, keeping only values the data knows:
 * `parseFilters(new URLSearchParams('region=511725&year=2025'), known)` →
 * `{ filters: { region: '511725', types: [], year: 2025, scope: 'all' }, rejected: [] }`.
 * Unknown values are dropped and listed in `rejected` with a Chinese reason.
 */
export function parseFilters(params: URLSearchParams, known: Known): { filters: Filters; rejected: Rejected[] } {
	const rejected: Rejected[] = [];
	const filters: Filters = { region: null, types: [], year: null, scope: 'all' };

	const region = params.get('region');
	if (region !== null && region !== '') {
		if (CODE.test(region) && known.regions.has(region)) filters.region = region;
		else rejected.push({ param: 'region', value: region, reason: '数据中没有这个地区代码' });
	}

	const types = params.getAll('type').flatMap((t) => t.split(',')).filter((t) => t !== '');
	for (const type of types) {
		if (TYPE_KEY.test(type) && known.types.has(type)) {
			if (!filters.types.includes(type)) filters.types.push(type);
		} else rejected.push({ param: 'type', value: type, reason: '数据中没有这个机关类型' });
	}
	filters.types.sort();

	const year = params.get('year');
	if (year !== null && year !== '') {
		if (year === 'all') filters.year = 'all';
		else if (YEAR.test(year) && known.years.includes(Number(year))) filters.year = Number(year);
		else rejected.push({ param: 'year', value: year, reason: '数据中没有这个年度' });
	}

	const scope = params.get('scope');
	if (scope !== null && scope !== '') {
		if (scope === 'departments' || scope === 'aggregates' || scope === 'all') filters.scope = scope;
		else rejected.push({ param: 'scope', value: scope, reason: '范围只能是 departments 或 aggregates' });
	}
	return { filters, rejected };
}

/**
 * The URL query of a filter state, in a fixed order and without defaults:
 * `filtersToQuery({ region: '410000', types: [], year: null, scope: 'all' })` → "region=410000".
 */
export function filtersToQuery(filters: Filters): string {
	const parts: string[] = [];
	const add = (key: string, value: string) => parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
	if (filters.region) add('region', filters.region);
	if (filters.types.length) add('type', [...filters.types].sort().join(','));
	if (filters.year !== null) add('year', String(filters.year));
	if (filters.scope !== 'all') add('scope', filters.scope);
	return parts.join('&');
}

/** True when two filter states select the same view. */
export function sameFilters(a: Filters, b: Filters): boolean {
	return filtersToQuery(a) === filtersToQuery(b);
}

/** The chain province → city → county of a known code (names), for captions and the cascader. */
export function regionChain(code: string, known: Pick<Known, 'regions'>): RegionInfo[] {
	const chain: RegionInfo[] = [];
	let current = known.regions.get(code);
	while (current && chain.length < 3) {
		chain.unshift(current);
		current = current.parent ? known.regions.get(current.parent) : undefined;
	}
	return chain;
}

/**
 * The active filters in words, for every caption and export:
 * "地区：河南省；机关类型：全部；年度：2025 年；范围：全部报告".
 */
export function describeFilters(filters: Filters, known: Known): string {
	const region = filters.region ? regionChain(filters.region, known).map((r) => r.name).join(' ') : '全部';
	const types = filters.types.length ? filters.types.map((t) => known.types.get(t) ?? t).join('、') : '全部';
	const year = resolveYear(filters, known);
	const yearText = year === 'all' ? '全部年度' : year === null ? '无' : `${year} 年${filters.year === null ? '（最新）' : ''}`;
	const scope = SCOPES.find((s) => s.key === filters.scope)!.label;
	return `地区：${region}；机关类型：${types}；年度：${yearText}；范围：${scope}`;
}
