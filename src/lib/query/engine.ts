/**
 * The lazy door to DuckDB-WASM: `db.ts` (with hyparquet, apache-arrow and the DuckDB-WASM client) is loaded only
 * when a query is needed, so the first view ships none of it.
 */
import type { Db } from './db.ts';

export async function getDb(dataUrl: (file: string) => string): Promise<Db> {
	const { startDb } = await import('./db.ts');
	return startDb(dataUrl);
}
