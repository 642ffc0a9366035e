/**
 * Build the five seeds and check the Parquet against samples/seeds/expected.json (hand-checked values), as issue #6
 * "Done when" asks: 5 reports; 渠县 new requests 29; 盐边县经济合作和商务局 510422 commerce; 渠县人民政府办公室
 * land 26 / 0.896 and gov_office; 13 problem items.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE3_COLUMN_KEYS, TABLE3_ROW_KEYS_2021 } from '../../src/lib/model/keys.ts';
import { seedsExpected } from '../classify/helpers.ts';
import { build, type Built } from './helpers.ts';

const SEEDS = 'samples/seeds';
let b: Built;
beforeAll(async () => {
	b = await build([SEEDS]);
});

describe('building the seeds', () => {
	it('builds 5 reports and skips expected.json, the folder’s only non-report, naming the reason', async () => {
		expect(b.manifest.outputs.reports).toBe(5);
		expect(await b.query('SELECT count(*)::INTEGER AS n FROM reports')).toEqual([{ n: 5 }]);
		expect(b.manifest.skipped).toHaveLength(1);
		expect(b.manifest.skipped[0]!.file).toBe(join(SEEDS, 'expected.json'));
		expect(b.stderr).toContain(`${join(SEEDS, 'expected.json')}: `);
	});
	it('sums new requests over 渠县 to 29', async () => {
		const rows = await b.query(`SELECT sum(t.value)::INTEGER AS n FROM table3 t JOIN reports r USING (id) WHERE r.county = '渠县' AND t."row" = 'new_received' AND t.col = 'total'`);
		expect(rows).toEqual([{ n: 29 }]);
	});
	it('gives 盐边县经济合作和商务局 region 510422 and agency type commerce', async () => {
		expect(await b.query(`SELECT province, city, county, region_code, agency_type FROM reports WHERE agency = $a`, { a: '盐边县经济合作和商务局' })).toEqual([
			{ province: '四川省', city: '攀枝花市', county: '盐边县', region_code: '510422', agency_type: 'commerce' }
		]);
	});
	it('gives 渠县人民政府办公室 land 26 at 0.896, gov_office, not an aggregate', async () => {
		expect(await b.query(`SELECT land_count, land_share, land_evidence, agency_type, is_aggregate FROM reports WHERE agency = '渠县人民政府办公室'`)).toEqual([
			{ land_count: 26, land_share: 0.896, land_evidence: '其中征地拆迁领域 26 件，占比 89.6%', agency_type: 'gov_office', is_aggregate: false }
		]);
	});
	it('leaves land null (not 0) where a report states none', async () => {
		expect(await b.query(`SELECT count(*)::INTEGER AS n FROM reports WHERE land_count IS NULL AND land_share IS NULL`)).toEqual([{ n: 4 }]);
	});
	it('has 13 problem items and 13 improvement items, as expected.json counts them', async () => {
		expect(await b.query(`SELECT kind, count(*)::INTEGER AS n FROM problems GROUP BY kind ORDER BY kind`)).toEqual([
			{ kind: 'improvement', n: 13 },
			{ kind: 'problem', n: 13 }
		]);
		const counts = await b.query<{ agency: string; problems_count: number }>(`SELECT agency, problems_count FROM reports`);
		for (const e of Object.values(seedsExpected())) expect(counts.find((c) => c.agency === e.agency)?.problems_count).toBe(e.problems_count);
	});
	it('stores every table-3 cell of every seed as expected.json gives it: 25 rows × 7 columns, nulls where absent', async () => {
		const cells = await b.query<{ agency: string; row: string; col: string; value: number | null }>(`SELECT r.agency, t."row", t.col, t.value FROM table3 t JOIN reports r USING (id)`);
		expect(cells).toHaveLength(5 * 175);
		for (const e of Object.values(seedsExpected()))
			for (const row of TABLE3_ROW_KEYS_2021)
				for (const col of TABLE3_COLUMN_KEYS) expect(cells.find((c) => c.agency === e.agency && c.row === row && c.col === col)?.value, `${e.agency} ${row}.${col}`).toBe(e.table3[row]![col]);
		// seed 002 prints no 其他 column: null, not 0
		expect(cells.filter((c) => c.agency === '凤泉区工业和信息化局' && c.col === 'other_org').every((c) => c.value === null)).toBe(true);
	});
	it('points table-3 cells at their line of the source text', async () => {
		const [row] = await b.query<{ id: string; line: number }>(`SELECT t.id, t.line FROM table3 t JOIN reports r USING (id) WHERE r.agency = '渠县人民政府办公室' AND t."row" = 'new_received' AND t.col = 'total'`);
		const text = readFileSync(join(b.out, 'sources', `${row!.id}.txt`), 'utf8').split('\n');
		expect(text[row!.line - 1]).toMatch(/本年新收.*\t29$/);
	});
	it('writes every region of the seeds from the region table, and the table itself', async () => {
		expect(await b.query(`SELECT DISTINCT r.region_code, g.name FROM reports r JOIN regions g ON g.code = r.region_code ORDER BY 1`)).toEqual([
			{ region_code: '410704', name: '凤泉区' },
			{ region_code: '411528', name: '息县' },
			{ region_code: '510422', name: '盐边县' },
			{ region_code: '511725', name: '渠县' }
		]);
		expect(b.manifest.outputs.regions).toBeGreaterThan(3000);
	});
	it('documents every column in the Parquet key-value metadata', async () => {
		const kv = await b.query<{ key: string; value: string }>(`SELECT key::VARCHAR AS key, decode(value) AS value FROM parquet_kv_metadata('${join(b.out, 'reports.parquet')}')`);
		const byKey = Object.fromEntries(kv.map((k) => [k.key, k.value]));
		expect(byKey.generated_by).toContain('do not edit');
		expect(JSON.parse(byKey['column:region_code']!)).toMatchObject({ label: '区划代码' });
		expect(JSON.parse(byKey['column:land_share']!).null).toContain('not 0');
	});
	it('writes zstd-compressed Parquet', async () => {
		const codecs = await b.query<{ c: string }>(`SELECT DISTINCT compression AS c FROM parquet_metadata('${join(b.out, 'table3.parquet')}')`);
		expect(codecs).toEqual([{ c: 'ZSTD' }]);
	});
	it('writes the sources, the manifest, and leaves no temporary file behind', () => {
		expect(b.manifest.outputs.sources).toBe(5);
		const manifest = JSON.parse(readFileSync(join(b.out, 'manifest.json'), 'utf8'));
		expect(manifest).toMatchObject({ build_time: '2026-01-01T00:00:00.000Z', inputs: { given: [SEEDS], files: 6 }, outputs: { reports: 5, table3: 875 } });
		expect(manifest.tool_version).toMatch(/^0\.1\.0\+[0-9a-f]{16}$/);
		expect(existsSync(join(b.out, 'reports.parquet'))).toBe(true);
		const leftovers = [...readdirSync(b.out), ...readdirSync(join(b.out, 'sources'))].filter((n) => n.startsWith('.staging-') || n.endsWith('.tmp'));
		expect(leftovers).toEqual([]);
	});
});
