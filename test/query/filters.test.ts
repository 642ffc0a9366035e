import { describe, expect, test } from 'vitest';
import { describeFilters, filtersToQuery, parseFilters, regionLevel, regionPrefix, type Known } from '../../src/lib/query/filters.ts';
import { selectReports } from '../../src/lib/query/selection.ts';

/** The seeds' regions (DOMAIN.md §2.2) and agency types (§4). */
const known: Known = {
	regions: new Map([
		['510000', { code: '510000', name: '四川省', level: 'province', parent: null }],
		['511700', { code: '511700', name: '达州市', level: 'city', parent: '510000' }],
		['511725', { code: '511725', name: '渠县', level: 'county', parent: '511700' }],
		['410000', { code: '410000', name: '河南省', level: 'province', parent: null }],
		['410700', { code: '410700', name: '新乡市', level: 'city', parent: '410000' }],
		['410704', { code: '410704', name: '凤泉区', level: 'county', parent: '410700' }]
	]),
	types: new Map([
		['commerce', '商务/经济合作/投促'],
		['gov_office', '人民政府/政府办公室/政务服务'],
		['industry_it', '工信/经信/科技']
	]),
	years: [2024, 2025]
};

describe('URL parameters', () => {
	test('reads a known county, types, year and scope', () => {
		const { filters, rejected } = parseFilters(new URLSearchParams('region=511725&type=gov_office,commerce&year=2024&scope=departments'), known);
		expect(rejected).toEqual([]);
		expect(filters).toEqual({ region: '511725', types: ['commerce', 'gov_office'], year: 2024, scope: 'departments' });
	});
	test('drops unknown codes and keys and says why', () => {
		const { filters, rejected } = parseFilters(new URLSearchParams("region=511799&type=commerce&type=x'%20OR%201=1&year=1999&scope=everything"), known);
		expect(filters).toEqual({ region: null, types: ['commerce'], year: null, scope: 'all' });
		expect(rejected.map((r) => r.param)).toEqual(['region', 'type', 'year', 'scope']);
		expect(rejected[1]!.value).toBe("x' OR 1=1");
	});
	test('a region code must be six digits, not a prefix or text', () => {
		expect(parseFilters(new URLSearchParams('region=51'), known).filters.region).toBeNull();
		expect(parseFilters(new URLSearchParams('region=<script>'), known).rejected).toHaveLength(1);
	});
	test('round-trips through the URL in a fixed order', () => {
		const query = 'region=410000&type=commerce,industry_it&year=all&scope=aggregates';
		const { filters } = parseFilters(new URLSearchParams(query), known);
		expect(filtersToQuery(filters)).toBe(query);
		expect(filtersToQuery(parseFilters(new URLSearchParams(''), known).filters)).toBe('');
	});
});

describe('regions by code prefix', () => {
	test('levels and prefixes follow GB/T 2260', () => {
		expect(regionLevel('410000')).toBe('province');
		expect(regionLevel('410700')).toBe('city');
		expect(regionLevel('410704')).toBe('county');
		expect(regionPrefix('410000')).toBe('41');
		expect(regionPrefix('511700')).toBe('5117');
		expect(regionPrefix('511725')).toBe('511725');
	});
	test('an invalid code is a programmer error', () => {
		expect(() => regionLevel('51172X')).toThrow('invalid region code: 51172X');
	});
});

describe('captions and SQL', () => {
	test('states the filters in words, with the region chain', () => {
		const { filters } = parseFilters(new URLSearchParams('region=511725&type=gov_office'), known);
		expect(describeFilters(filters, known)).toBe('地区：四川省 达州市 渠县；机关类型：人民政府/政府办公室/政务服务；年度：2025 年（最新）；范围：全部报告');
	});
	test('binds every filter value as a parameter', () => {
		const { filters } = parseFilters(new URLSearchParams('region=410000&type=commerce,industry_it&scope=departments'), known);
		const bound = selectReports(filters, known);
		expect(bound.params).toEqual(['41', 'commerce', 'industry_it', 2025]);
		expect(bound.sql).not.toContain('41');
		expect(bound.sql).not.toContain('commerce');
		expect(bound.sql).toContain('agency_type IN (?, ?)');
	});
	test('year=all selects every year: no year condition', () => {
		const bound = selectReports({ region: null, types: [], year: 'all', scope: 'all' }, known);
		expect(bound.params).toEqual([]);
		expect(bound.sql).toBe('WITH sel AS (SELECT * FROM reports)');
	});
});
