/**
 * The lazy door to DuckDB-WASM: `db.ts` (with hyparquet, apache-arrow and the DuckDB-WASM client) is loaded only
 * when a query is needed, so the first view ships none of it. Without WebAssembly those modules cannot even be
 * imported, so the check is made here, before the import.
 */
import type { Db } from './db.ts';
import { dbStatus } from './db-status.svelte.ts';

export const NO_WASM_MESSAGE = '此浏览器不支持 WebAssembly 或 Web Worker，无法筛选和下钻；默认视图仍可查看。请使用新版 Chrome、Edge、Firefox 或 Safari。';

export async function getDb(dataUrl: (file: string) => string): Promise<Db> {
	if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
		dbStatus.state = 'error';
		dbStatus.message = NO_WASM_MESSAGE;
		throw new Error(NO_WASM_MESSAGE);
	}
	const { startDb } = await import('./db.ts');
	return startDb(dataUrl);
}
