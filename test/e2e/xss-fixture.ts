/**
 * TEST FIXTURE, never real data: the seeds with seed 000's agency name replaced by one that carries markup,
 * `渠县<img src=x onerror=alert(1)>经济和信息化局`, built into its own data dir that only the e2e tests serve
 * (under /xss/). The site must show the name as text everywhere.
 */
import { cp, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSummary } from '../../src/lib/server/build/aggregates.ts';
import { DOMAIN_LABELS } from '../query/duckdb.ts';
import { SEEDS_DIR, seedId, writeSeedParquet } from '../query/seed-parquet.ts';

export const XSS_NAME = '渠县<img src=x onerror=alert(1)>经济和信息化局';

export async function makeXssData(): Promise<string> {
	const data = await writeSeedParquet({ rename: { '000_46f37372c73c045b.txt': XSS_NAME } });
	await mkdir(join(data.dir, 'sources'), { recursive: true });
	for (const f of await readdir(SEEDS_DIR)) {
		if (f.endsWith('.txt')) await cp(new URL(f, SEEDS_DIR), join(data.dir, 'sources', `${seedId(f)}.txt`));
	}
	await writeSummary(data.dir, DOMAIN_LABELS);
	return data.dir;
}
