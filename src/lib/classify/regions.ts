/**
 * The GB/T 2260 region table (province → city → county), generated from @vant/area-data by scripts/gen-regions.ts
 * into regions.json. Pure: usable in Node and in the browser (region cascader, URL validation).
 *
 * `city` is the name of the prefecture-level city a unit belongs to, or null where there is none: units under a
 * 省直辖县级行政区划 placeholder (济源市 419001, 仙桃市 429004 …), the districts and counties of the four
 * municipalities (北京市朝阳区 110105: province 北京市, city null) and the placeholder rows themselves.
 */
import table from './regions.json' with { type: 'json' };

export type RegionLevel = 'province' | 'city' | 'county';

export interface RegionRow {
	/** 6-digit GB/T 2260 code (county-level 7x/9x codes are NBS zone codes, `is_zone`). */
	code: string;
	name: string;
	level: RegionLevel;
	/** Code of the enclosing unit, null for provinces. */
	parent: string | null;
	/** Province name (for a province: its own name). */
	province: string;
	/** Prefecture-level city name; null for provinces, placeholders and units without a real city above them. */
	city: string | null;
	/** A 开发区/新区/园区 on an NBS zone code (5th digit 7 or 9). */
	is_zone: boolean;
	/** A city-level row that is no city: 市辖区 of a municipality, 省直辖县级行政区划, 重庆's 县. */
	is_placeholder: boolean;
}

type RawRow = [string, string, RegionLevel, string | null, string, string | null, boolean, boolean];

/** Every region row, sorted by code. */
export const REGIONS: readonly RegionRow[] = (table.rows as RawRow[]).map(([code, name, level, parent, province, city, is_zone, is_placeholder]) => ({
	code,
	name,
	level,
	parent,
	province,
	city,
	is_zone,
	is_placeholder
}));

/** Where the table came from, e.g. `@vant/area-data@2.1.0 (MIT)`. */
export const REGIONS_SOURCE: string = table.source;

const byCode = new Map(REGIONS.map((r) => [r.code, r]));
const byName = new Map<string, RegionRow[]>();
for (const r of REGIONS) {
	if (r.is_placeholder) continue;
	const list = byName.get(r.name);
	if (list) list.push(r);
	else byName.set(r.name, [r]);
}
/** Longest region name, to bound prefix scans. */
export const MAX_REGION_NAME_LENGTH = Math.max(...REGIONS.map((r) => r.name.length));

/**
 * The row of a 6-digit code, or undefined when the table has no such code.
 * @example regionByCode('511725') // { code: '511725', name: '渠县', level: 'county', province: '四川省', city: '达州市', … }
 */
export function regionByCode(code: string): RegionRow | undefined {
	return byCode.get(code);
}

/** All (non-placeholder) rows with exactly this name: `regionsByName('鼓楼区')` has four. */
export function regionsByName(name: string): readonly RegionRow[] {
	return byName.get(name) ?? [];
}

/** True when `code` lies inside `ancestor` (a province's or city's code), by GB/T 2260 prefix. */
export function isWithin(code: string, ancestor: RegionRow): boolean {
	if (ancestor.level === 'province') return code.slice(0, 2) === ancestor.code.slice(0, 2) && code !== ancestor.code;
	if (ancestor.level === 'city') return code.slice(0, 4) === ancestor.code.slice(0, 4) && code !== ancestor.code;
	return false;
}
