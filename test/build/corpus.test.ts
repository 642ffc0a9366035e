/**
 * The whole embedded sample (npm run data with no input: samples/seeds + samples/corpus) builds, and its reports'
 * table-3 and table-4 values in Parquet equal the independent hand reading of 27 corpus reports
 * (test/fixtures/handcheck/corpus-expected.json, the parser's own truth).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../src/lib/model/keys.ts';
import { corpusManifest } from '../classify/helpers.ts';
import { build, type Built } from './helpers.ts';

const hand = JSON.parse(readFileSync(new URL('../fixtures/handcheck/corpus-expected.json', import.meta.url), 'utf8')) as Record<
	string,
	{ agency: string; year: number; template: string; table3: Record<string, Record<string, number>> | null; table4: Record<string, Record<string, number>> | null }
>;

let b: Built;
beforeAll(async () => {
	b = await build([]);
}, 120_000);

describe('building the whole sample corpus', () => {
	it('reads every text file of the seeds and the corpus manifest; what it cannot read is listed with a reason', async () => {
		const inputs = 5 + corpusManifest().length;
		expect(b.manifest.inputs.files).toBe(inputs);
		expect(b.manifest.outputs.reports + b.manifest.skipped.length).toBe(inputs);
		// every .txt report is built; only the PDFs may be skipped, and only while PDF extraction is not merged
		for (const s of b.manifest.skipped) expect(s.file).toMatch(/\.pdf$/);
		expect(b.manifest.outputs.reports).toBeGreaterThanOrEqual(49);
	});
	it('stores each hand-checked report’s table 3 exactly as a person decoded it (every row of its template × 7 columns)', async () => {
		const cells = await b.query<{ source: string; row: string; col: string; value: number | null }>(`SELECT r.source, t."row", t.col, t.value FROM table3 t JOIN reports r USING (id)`);
		let compared = 0;
		for (const [file, e] of Object.entries(hand)) {
			const mine = cells.filter((c) => c.source === file);
			if (e.table3 === null) {
				expect(mine, file).toHaveLength(0);
				continue;
			}
			expect(mine, file).toHaveLength(e.template === '2019' ? 23 * 7 : 25 * 7);
			for (const c of mine) {
				expect(c.value, `${file} ${c.row}.${c.col}`).toBe(e.table3[c.row]?.[c.col] ?? null);
				compared++;
			}
		}
		expect(compared).toBe(20 * 175 + 7 * 161);
	});
	it('stores each hand-checked report’s table 4, flattened', async () => {
		const cols = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `${g.key}_${c.key}`));
		const rows = await b.query<Record<string, number | string | null>>(`SELECT source, ${cols.join(', ')} FROM reports`);
		for (const [file, e] of Object.entries(hand)) {
			if (!e.table4) continue;
			const row = rows.find((r) => r.source === file)!;
			for (const g of TABLE4_GROUPS) for (const c of TABLE4_COLUMNS) expect(row[`${g.key}_${c.key}`], `${file} ${g.key}.${c.key}`).toBe(e.table4[g.key]![c.key]);
		}
	});
	it('puts every 平潭 report in 福建省 福州市 平潭县 (350128), with no region_ambiguous warning', async () => {
		expect(await b.query(`SELECT DISTINCT province, city, county, region_code FROM reports WHERE agency LIKE '平潭%'`)).toEqual([{ province: '福建省', city: '福州市', county: '平潭县', region_code: '350128' }]);
		expect(await b.query(`SELECT count(*)::INTEGER AS n FROM checks WHERE rule = 'region_ambiguous'`)).toEqual([{ n: 0 }]);
	});
	it('classifies the 片区管理局 as township and the 管委会办公室 as gov_office', async () => {
		expect(await b.query(`SELECT DISTINCT agency_type FROM reports WHERE agency LIKE '%片区管理局'`)).toEqual([{ agency_type: 'township' }]);
		expect(await b.query(`SELECT agency_type, is_aggregate FROM reports WHERE agency = '平潭综合实验区管委会办公室'`)).toEqual([{ agency_type: 'gov_office', is_aggregate: false }]);
	});
	it('marks the 平潭县人民政府 2012 report as an aggregate', async () => {
		expect(await b.query(`SELECT is_aggregate FROM reports WHERE agency = '平潭县人民政府'`)).toEqual([{ is_aggregate: true }]);
	});
	it('has 23-row table 3 for 2019-template reports, with other_processing and no other_* rows', async () => {
		const rows = await b.query<{ row: string }>(`SELECT DISTINCT t."row" FROM table3 t JOIN reports r USING (id) WHERE r.template = '2019'`);
		expect(rows.map((r) => r.row)).toContain('other_processing');
		expect(rows.map((r) => r.row)).not.toContain('other_no_fee');
		expect(rows).toHaveLength(23);
	});
	it('counts checks per report consistently with checks.parquet', async () => {
		expect(await b.query(`SELECT count(*)::INTEGER AS n FROM reports r WHERE error_count <> (SELECT count(*) FROM checks c WHERE c.id = r.id AND severity = 'error')`)).toEqual([{ n: 0 }]);
	});
});
