/**
 * Build-time aggregates for the dashboard's first view: reads the Parquet of `npm run data` with
 * @duckdb/node-api and writes `summary.json` beside it (see src/lib/query/summary.ts). The panel rows are
 * computed by the very SQL the browser runs in DuckDB-WASM (src/lib/query/panels/), for the default filters,
 * so the first view and a later DuckDB-WASM query agree to the digit.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PANELS } from '../../charts/panels.ts';
import { PANEL_IDS } from '../../charts/common.ts';
import { AGENCY_TYPES, THEMES } from '../../classify/index.ts';
import { RULES } from '../../model/keys.ts';
import { DEFAULT_FILTERS, regionLevel, type RegionInfo } from '../../query/filters.ts';
import { SUMMARY_FILE, SUMMARY_VERSION, knownFrom, type Summary } from '../../query/summary.ts';
import type { Param } from '../../query/selection.ts';

export const DATA_TABLES = ['reports', 'table3', 'checks', 'problems', 'regions'] as const;

export interface Labels {
	/** Chinese label of each agency-type key. */
	types: ReadonlyMap<string, string>;
	/** Chinese label of each problem-theme key. */
	themes: ReadonlyMap<string, string>;
}

/** The Chinese labels of the classification registries (src/lib/classify): what the dashboard shows for each key. */
export function classifyLabels(): Labels {
	return {
		types: new Map(AGENCY_TYPES.map((t) => [t.key, t.label])),
		themes: new Map(THEMES.map((t) => [t.key, t.label]))
	};
}

/** JS values of a DuckDB row: BIGINT and HUGEINT become numbers (counts here stay far below 2^53). */
function plain(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (Array.isArray(value)) return value.map(plain);
	return value;
}

async function rows(conn: DuckDBConnection, sql: string, params: Param[] = []): Promise<Record<string, unknown>[]> {
	const reader = await conn.runAndReadAll(sql, params);
	return reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Compute the summary of the Parquet files in `dataDir`:
 * `await buildSummary('static/data', { types, themes })`. Throws naming the file when one is missing or unreadable.
 */
export async function buildSummary(dataDir: string, labels: Labels, generator = 'src/lib/server/build/aggregates.ts'): Promise<Summary> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		for (const table of DATA_TABLES) {
			const file = join(dataDir, `${table}.parquet`);
			try {
				// The path is ours (dataDir + a constant name), not user input; DuckDB takes no parameter in DDL.
				await conn.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet(${sqlString(file)})`);
				await conn.run(`SELECT 1 FROM ${table} LIMIT 1`);
			} catch (error) {
				throw new Error(`${file}: cannot read (${(error as Error).message})`);
			}
		}
		const reportCount = Number((await rows(conn, 'SELECT count(*) AS n FROM reports'))[0]!.n);
		const years = (await rows(conn, 'SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY year')).map((r) => Number(r.year));

		// Regions: every code a report resolves to, plus its province and city, named from regions.parquet.
		const codes = (await rows(conn, 'SELECT DISTINCT region_code AS code FROM reports WHERE region_code IS NOT NULL')).map((r) => String(r.code));
		const wanted = new Set<string>();
		for (const code of codes) {
			if (!/^\d{6}$/.test(code)) continue;
			wanted.add(code);
			wanted.add(`${code.slice(0, 2)}0000`);
			if (regionLevel(code) === 'county') wanted.add(`${code.slice(0, 4)}00`);
		}
		const named = new Map(
			(await rows(conn, `SELECT code, name FROM regions WHERE code IN (${[...wanted].map(() => '?').join(', ') || "''"})`, [...wanted])).map((r) => [String(r.code), String(r.name)])
		);
		const regions: RegionInfo[] = [...wanted]
			.filter((code) => named.has(code))
			.sort()
			.map((code) => {
				const level = regionLevel(code);
				const province = `${code.slice(0, 2)}0000`;
				const city = `${code.slice(0, 4)}00`;
				const parent = level === 'province' ? null : level === 'city' ? province : named.has(city) ? city : province;
				return { code, name: named.get(code)!, level, parent };
			});

		const typeRows = await rows(conn, "SELECT coalesce(agency_type, 'other') AS key, count(*)::INTEGER AS n FROM reports GROUP BY 1 ORDER BY n DESC, key");
		const types = typeRows.map((r) => ({ key: String(r.key), label: labels.types.get(String(r.key)) ?? String(r.key), reports: Number(r.n) }));
		const themeKeys = (await rows(conn, 'SELECT DISTINCT theme FROM problems WHERE theme IS NOT NULL ORDER BY theme')).map((r) => String(r.theme));
		const themes = [...new Set([...labels.themes.keys(), ...themeKeys])].map((key) => ({ key, label: labels.themes.get(key) ?? key }));
		const rules = Object.entries(RULES).map(([key, r]) => ({ key, label: r.label }));

		const summary: Summary = { version: SUMMARY_VERSION, generated_at: new Date().toISOString(), generator, reports: reportCount, years, regions, types, themes, rules, panels: {} };
		const known = knownFrom(summary);
		for (const id of PANEL_IDS) {
			const bound = PANELS[id].query(DEFAULT_FILTERS, known);
			summary.panels[id] = await rows(conn, bound.sql, bound.params);
		}
		return summary;
	} finally {
		conn.disconnectSync();
		instance.closeSync();
	}
}

/** Write `summary.json` into `dataDir` (temp file, then rename): `await writeSummary('static/data', labels)`. */
export async function writeSummary(dataDir: string, labels: Labels = classifyLabels()): Promise<Summary> {
	const summary = await buildSummary(dataDir, labels);
	const file = join(dataDir, SUMMARY_FILE);
	await writeFile(`${file}.tmp`, JSON.stringify(summary));
	await rename(`${file}.tmp`, file);
	return summary;
}
