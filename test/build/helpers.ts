/** Build a folder into a temporary output and read the Parquet back with DuckDB (STYLE.md §7 "Build tests"). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildDataset, type BuildManifest, type BuildOptions } from '../../src/lib/server/build/index.ts';

export interface Built {
	out: string;
	manifest: BuildManifest;
	/** Everything the build wrote to stderr. */
	stderr: string;
	/** Run SQL over views reports, table3, checks, problems, regions of this build. */
	query<T = Record<string, unknown>>(sql: string, params?: Record<string, string | number>): Promise<T[]>;
}

export function tempDir(prefix = 'gl-build-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A parse cache shared by the builds of one test file: records are keyed by content, so sharing is safe, and
 * builds of files already parsed then start no worker at all. Tests about the cache pass their own `cacheDir`.
 */
const SHARED_CACHE = join(tempDir('gl-cache-'), 'parse');

/** Build `inputs` into a fresh temporary folder and open the result. */
export async function build(inputs: string[], options: Partial<BuildOptions> = {}): Promise<Built> {
	const out = options.out ?? join(tempDir(), 'data');
	let stderr = '';
	const manifest = await buildDataset(
		{ inputs, out, cacheDir: options.cacheDir === undefined ? SHARED_CACHE : options.cacheDir, jobs: options.jobs ?? 2, overrides: options.overrides },
		{ stderr: { isTTY: false, write: (s: string) => (stderr += s) }, now: () => new Date('2026-01-01T00:00:00Z') }
	);
	return { out, manifest, stderr, query: await opener(out) };
}

/** A query function over the Parquet files of an output folder. */
export async function opener(out: string): Promise<Built['query']> {
	const db: DuckDBConnection = await (await DuckDBInstance.create(':memory:')).connect();
	for (const t of ['reports', 'table3', 'checks', 'problems', 'regions']) await db.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(out, t + '.parquet').replace(/'/g, "''")}')`);
	return async <T>(sql: string, params?: Record<string, string | number>) => (await db.runAndReadAll(sql, params)).getRowObjectsJson() as T[];
}
