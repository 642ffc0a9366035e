/**
 * Test fixture: the five seeds as Parquet in the data contract of `npm run data` (issue #6), written with
 * @duckdb/node-api from hand-checked values only: table 2/3/4 and 征地拆迁 from samples/seeds/expected.json,
 * region codes and agency types as DOMAIN.md (§2.2, §4) gives them for the seeds, problem themes as DOMAIN.md §5
 * lists them per seed, region names from @vant/area-data. Lines are null (expected.json records none) and no
 * findings are invented: checks.parquet is empty unless a test adds its own.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { TABLE3_COLUMN_KEYS, TABLE3_ROW_KEYS_2021 } from '../../src/lib/model/keys.ts';

const require = createRequire(import.meta.url);
const { areaList } = require('@vant/area-data') as { areaList: Record<'province_list' | 'city_list' | 'county_list', Record<string, string>> };

type Cells = Record<string, number | null>;
interface Expected {
	agency: string;
	year: number;
	region: { province: string; city: string; county: string };
	table2: Record<string, number | null>;
	table3: Record<string, Cells>;
	table4: Record<string, Cells>;
	land_expropriation: { count: number | null; share: number | null } | null;
	problems_count: number;
}

/** DOMAIN.md §2.2 (codes) and §4 (agency types), §5 (themes of the problem items), per seed. */
const SEED_FACTS: Record<string, { code: string; type: string; themes: string[] }> = {
	'000_46f37372c73c045b.txt': { code: '511725', type: 'industry_it', themes: ['timeliness_quality', 'interpretation', 'enterprise_service'] },
	'001_2c482d7ddbf02051.txt': { code: '511725', type: 'gov_office', themes: ['technology', 'staff'] },
	'002_ab0d0af294131029.txt': { code: '410704', type: 'industry_it', themes: ['content_depth', 'platform_channel', 'staff'] },
	'003_68caea55f47a0fc2.txt': { code: '510422', type: 'commerce', themes: ['content_depth', 'platform_channel', 'staff'] },
	'004_7f2ebbd01c28b404.txt': { code: '411528', type: 'commerce', themes: ['publicity_reach', 'content_depth'] }
};

export const SEEDS_DIR = new URL('../../samples/seeds/', import.meta.url);

export async function readExpected(): Promise<Record<string, Expected>> {
	return JSON.parse(await readFile(new URL('expected.json', SEEDS_DIR), 'utf8'));
}

/** The fixture's id of a seed: the hash part of its file name. */
export const seedId = (source: string) => source.replace(/^\d+_|\.txt$/g, '');

export interface SeedData {
	dir: string;
	ids: Record<string, string>;
}

/**
 * Write reports/table3/checks/problems/regions.parquet for the seeds into a new temp dir.
 * `rename` replaces an agency name (used by the XSS test); `checks` adds findings.
 */
export async function writeSeedParquet(options: { rename?: Record<string, string>; checks?: { source: string; rule: string; severity: string; message: string; line: number | null }[] } = {}): Promise<SeedData> {
	const expected = await readExpected();
	const dir = await mkdtemp(join(tmpdir(), 'lens-seeds-'));
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const t4 = ['review', 'suit_direct', 'suit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((f) => `${g}_${f}`));
	await conn.run(`CREATE TABLE reports (id VARCHAR, source VARCHAR, agency VARCHAR, year INTEGER, template VARCHAR, published_at DATE,
		province VARCHAR, city VARCHAR, county VARCHAR, region_code VARCHAR, agency_type VARCHAR, agency_type_secondary VARCHAR[], is_aggregate BOOLEAN,
		rules_issued INTEGER, rules_repealed INTEGER, rules_in_force INTEGER, normative_issued INTEGER, normative_repealed INTEGER, normative_in_force INTEGER,
		licensing INTEGER, punishment INTEGER, coercion INTEGER, fees_wan DOUBLE,
		${t4.map((c) => `${c} INTEGER`).join(', ')},
		land_count INTEGER, land_share DOUBLE, land_evidence VARCHAR, problems_count INTEGER, error_count INTEGER, warning_count INTEGER)`);
	await conn.run('CREATE TABLE table3 (id VARCHAR, "row" VARCHAR, col VARCHAR, value INTEGER, line INTEGER)');
	await conn.run('CREATE TABLE checks (id VARCHAR, rule VARCHAR, severity VARCHAR, message VARCHAR, line INTEGER)');
	await conn.run('CREATE TABLE problems (id VARCHAR, kind VARCHAR, ord INTEGER, text VARCHAR, theme VARCHAR, themes VARCHAR[], line INTEGER)');
	await conn.run('CREATE TABLE regions (code VARCHAR, name VARCHAR, level VARCHAR, parent VARCHAR, province VARCHAR, city VARCHAR)');

	const ids: Record<string, string> = {};
	const checks = options.checks ?? [];
	for (const [source, e] of Object.entries(expected)) {
		const id = seedId(source);
		ids[source] = id;
		const facts = SEED_FACTS[source]!;
		const mine = checks.filter((c) => c.source === source);
		const agency = options.rename?.[source] ?? e.agency;
		const t2 = ['rules_issued', 'rules_repealed', 'rules_in_force', 'normative_issued', 'normative_repealed', 'normative_in_force', 'licensing', 'punishment', 'coercion', 'fees_wan'].map((k) => e.table2[k] ?? null);
		const t4v = t4.map((c) => {
			const [g, f] = c.startsWith('suit_after_review') ? ['suit_after_review', c.slice(18)] : c.startsWith('suit_direct') ? ['suit_direct', c.slice(12)] : ['review', c.slice(7)];
			return e.table4[g!]![f!] ?? null;
		});
		const values = [id, source, agency, e.year, '2021', null, e.region.province, e.region.city, e.region.county, facts.code, facts.type, '[]', false, ...t2, ...t4v,
			e.land_expropriation?.count ?? null, e.land_expropriation?.share ?? null, null, e.problems_count,
			mine.filter((c) => c.severity === 'error').length, mine.filter((c) => c.severity === 'warning').length];
		await conn.run(`INSERT INTO reports VALUES (${values.map((v, i) => (i === 11 ? '?::VARCHAR[]' : '?')).join(', ')})`, values as never);
		for (const row of TABLE3_ROW_KEYS_2021) {
			for (const col of TABLE3_COLUMN_KEYS) {
				await conn.run('INSERT INTO table3 VALUES (?, ?, ?, ?, NULL)', [id, row, col, e.table3[row]?.[col] ?? null] as never);
			}
		}
		for (const [ord, theme] of facts.themes.entries()) {
			await conn.run("INSERT INTO problems VALUES (?, 'problem', ?, NULL, ?, [?], NULL)", [id, ord, theme, theme] as never);
		}
		for (const c of mine) await conn.run('INSERT INTO checks VALUES (?, ?, ?, ?, ?)', [id, c.rule, c.severity, c.message, c.line] as never);
	}
	const codes = new Set(Object.values(SEED_FACTS).flatMap((f) => [f.code, `${f.code.slice(0, 4)}00`, `${f.code.slice(0, 2)}0000`]));
	for (const code of codes) {
		const level = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
		const name = areaList[`${level}_list`][code]!;
		const province = areaList.province_list[`${code.slice(0, 2)}0000`]!;
		const city = level === 'province' ? null : areaList.city_list[`${code.slice(0, 4)}00`]!;
		const parent = level === 'province' ? null : level === 'city' ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
		await conn.run('INSERT INTO regions VALUES (?, ?, ?, ?, ?, ?)', [code, name, level, parent, province, city] as never);
	}
	for (const table of ['reports', 'table3', 'checks', 'problems', 'regions']) {
		await conn.run(`COPY ${table} TO '${join(dir, `${table}.parquet`)}' (FORMAT parquet, COMPRESSION zstd)`);
	}
	conn.disconnectSync();
	instance.closeSync();
	return { dir, ids };
}
