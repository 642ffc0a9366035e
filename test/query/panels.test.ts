/** Each panel's SQL, run with DuckDB over the seeds as contract Parquet; expected values from expected.json. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseFilters } from '../../src/lib/query/filters.ts';
import { knownFrom, type Summary } from '../../src/lib/query/summary.ts';
import { buildSummary, classifyLabels } from '../../src/lib/server/build/aggregates.ts';
import { queryRequests, type RequestsRow } from '../../src/lib/query/panels/requests.ts';
import { queryLand, type LandRow } from '../../src/lib/query/panels/land.ts';
import { queryOutcomes, type OutcomesRow } from '../../src/lib/query/panels/outcomes.ts';
import { queryReview, type ReviewRow } from '../../src/lib/query/panels/review.ts';
import { queryReports, type ReportsRow } from '../../src/lib/query/panels/reports.ts';
import { queryThemes, type ThemesRow } from '../../src/lib/query/panels/themes.ts';
import { queryQuality, type QualityRow } from '../../src/lib/query/panels/quality.ts';
import { openParquet } from './duckdb.ts';
import { writeSeedParquet, type SeedData } from './seed-parquet.ts';

let data: SeedData;
let db: Awaited<ReturnType<typeof openParquet>>;
let summary: Summary;
const view = (query: string) => parseFilters(new URLSearchParams(query), knownFrom(summary)).filters;

beforeAll(async () => {
	data = await writeSeedParquet({
		checks: [{ source: '002_ab0d0af294131029.txt', rule: 'missing_column', severity: 'info', message: '表三缺少“其他”列', line: null }]
	});
	db = await openParquet(data.dir);
	summary = await buildSummary(data.dir, classifyLabels());
});
afterAll(() => db.close());

describe('build-time summary', () => {
	test('lists the seeds’ regions with their parents, and their years and types', () => {
		expect(summary.reports).toBe(5);
		expect(summary.years).toEqual([2025]);
		const byCode = new Map(summary.regions.map((r) => [r.code, r]));
		expect(byCode.get('511725')).toEqual({ code: '511725', name: '渠县', level: 'county', parent: '511700' });
		expect(byCode.get('511700')!.name).toBe('达州市');
		expect(byCode.get('410000')!.name).toBe('河南省');
		expect(summary.types.find((t) => t.key === 'commerce')).toEqual({ key: 'commerce', label: '商务/经济合作/投促', reports: 2 });
	});
	test('holds the default view’s rows, equal to what the same SQL returns', async () => {
		const known = knownFrom(summary);
		expect(summary.panels.requests).toEqual(await db.all(queryRequests(view(''), known)));
		expect(summary.panels.land).toHaveLength(5);
	});
});

describe('requests', () => {
	test('渠县 (511725) has 29 new requests, split by agency: 28 natural persons and 1 other organisation at the 政府办', async () => {
		const bound = queryRequests(view('region=511725'), knownFrom(summary));
		expect(bound.grouping).toBe('report');
		const rows = await db.all<RequestsRow>(bound);
		expect(rows.map((r) => r.label)).toEqual(['渠县人民政府办公室', '渠县经济和信息化局']);
		expect(rows[0]).toMatchObject({ natural_person: 28, other_org: 1, total: 29, reports: 1 });
		expect(rows.reduce((n, r) => n + (r.total ?? 0), 0)).toBe(29);
	});
	test('without a county filter, groups by county: 渠县 sums both its reports', async () => {
		const rows = await db.all<RequestsRow>(queryRequests(view(''), knownFrom(summary)));
		const quxian = rows.find((r) => r.key === '511725')!;
		expect(quxian).toMatchObject({ label: '渠县', total: 29, reports: 2 });
		expect(rows).toHaveLength(4);
	});
	test('the absent 其他 column of 凤泉区 stays null, not 0', async () => {
		const rows = await db.all<RequestsRow>(queryRequests(view('region=410704'), knownFrom(summary)));
		expect(rows[0]).toMatchObject({ label: '凤泉区工业和信息化局', natural_person: 0, other_org: null, total: 0 });
	});
	test('河南省 leaves only 凤泉区 and 息县', async () => {
		const rows = await db.all<RequestsRow>(queryRequests(view('region=410000'), knownFrom(summary)));
		expect(rows.map((r) => r.label).sort()).toEqual(['凤泉区', '息县'].sort());
	});
});

describe('land', () => {
	test('only 渠县人民政府办公室 states 征地拆迁: 26 of 29, 89.6%; the others are null', async () => {
		const rows = await db.all<LandRow>(queryLand(view(''), knownFrom(summary)));
		expect(rows[0]).toMatchObject({ agency: '渠县人民政府办公室', land_count: 26, land_share: 0.896, new_total: 29 });
		expect(rows.slice(1).every((r) => r.land_count === null && r.land_share === null)).toBe(true);
		expect(rows).toHaveLength(5);
	});
});

describe('outcomes', () => {
	test('渠县人民政府办公室: 予以公开 6, 部分公开 21, 无法提供 1 of 28 processed', async () => {
		const rows = await db.all<OutcomesRow>(queryOutcomes(view('region=511725&type=gov_office'), knownFrom(summary)));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ key: 'gov_office', granted: 6, partial: 21, denied: 0, unable: 1, rejected: 0, other: 0, processed_total: 28 });
	});
});

describe('review', () => {
	test('渠县 has one administrative review, pending, and no lawsuit', async () => {
		const rows = await db.all<ReviewRow>(queryReview(view(''), knownFrom(summary)));
		expect(rows.find((r) => r.key === '511725')).toMatchObject({ review_total: 1, review_pending: 1, review_corrected: 0, suit_direct_total: 0 });
		expect(rows.find((r) => r.key === '410704')).toMatchObject({ review_total: 0 });
	});
});

describe('themes, quality, reports', () => {
	test('counts the 13 problem items of the seeds, in 5 reports', async () => {
		const rows = await db.all<ThemesRow>(queryThemes(view(''), knownFrom(summary)));
		const total = rows.find((r) => r.agency_type === null)!;
		expect(total).toMatchObject({ items: 13, reports: 5 });
		expect(rows.find((r) => r.agency_type === 'commerce' && r.theme === 'content_depth')).toMatchObject({ items: 2, reports: 2 });
	});
	test('every selected report appears in quality, with its findings or none', async () => {
		const rows = await db.all<QualityRow>(queryQuality(view(''), knownFrom(summary)));
		expect(new Set(rows.map((r) => r.id)).size).toBe(5);
		expect(rows.filter((r) => r.rule !== null)).toEqual([
			expect.objectContaining({ agency: '凤泉区工业和信息化局', rule: 'missing_column', severity: 'info', n: 1 })
		]);
	});
	test('the report list carries table-3 totals and table-4 sums', async () => {
		const rows = await db.all<ReportsRow>(queryReports(view('region=511725'), knownFrom(summary)));
		const office = rows.find((r) => r.agency === '渠县人民政府办公室')!;
		expect(office).toMatchObject({ new_total: 29, processed_total: 28, granted_total: 6, review_total: 1, suit_total: 0, land_count: 26, region: '四川省 达州市 渠县' });
	});
});
