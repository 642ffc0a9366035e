/**
 * DuckDB-WASM in a Web Worker, started lazily and once. Its wasm and worker files are served by the site
 * itself (Vite `?url` imports copy them into the build), and the Parquet files of `data/` are decoded with
 * hyparquet (./parquet.ts) and inserted as tables, because DuckDB-WASM would otherwise fetch its parquet
 * extension from DuckDB's site. Extension auto-loading is switched off so it never tries. Browser only:
 * `@duckdb/duckdb-wasm` is imported dynamically (its Node entry breaks prerendering).
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { dbStatus } from './db-status.svelte.ts';
import { parquetToArrow } from './parquet.ts';
import type { Bound } from './selection.ts';

export const DATA_TABLES = ['reports', 'table3', 'checks', 'problems', 'regions'] as const;

export type DbErrorKind = 'data-missing' | 'failed';
export class DbError extends Error {
	constructor(
		readonly kind: DbErrorKind,
		message: string
	) {
		super(message);
	}
}

export interface Db {
	/** Run one prepared statement with bound parameters; rows as plain objects (lists as arrays). */
	query<T = Record<string, unknown>>(bound: Bound): Promise<T[]>;
}

let started: Promise<Db> | null = null;

/** Start DuckDB-WASM (once) and load the data tables: `const db = await startDb((f) => asset('/data/' + f))`. */
export function startDb(dataUrl: (file: string) => string): Promise<Db> {
	started ??= open(dataUrl).catch((error: unknown) => {
		const e = error instanceof DbError ? error : new DbError('failed', `筛选引擎启动失败：${(error as Error).message}`);
		dbStatus.state = 'error';
		dbStatus.message = e.message;
		throw e;
	});
	return started;
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** SQL type of an Arrow field, for creating an empty table that insertArrowTable cannot create. */
function sqlType(type: { toString(): string }): string {
	const t = type.toString();
	if (t === 'Utf8') return 'VARCHAR';
	if (t === 'Int32') return 'INTEGER';
	if (t === 'Int64') return 'BIGINT';
	if (t === 'Float64') return 'DOUBLE';
	if (t === 'Bool') return 'BOOLEAN';
	if (t.startsWith('List<')) return `${sqlType({ toString: () => t.slice(5, -1).replace(/^element: /, '') })}[]`;
	return 'VARCHAR';
}

async function insert(conn: AsyncDuckDBConnection, name: string, table: Table): Promise<void> {
	if (table.numRows > 0) {
		await conn.insertArrowTable(table, { name, create: true });
		return;
	}
	const columns = table.schema.fields.map((f) => `"${f.name.replace(/"/g, '""')}" ${sqlType(f.type)}`).join(', ');
	await conn.query(`CREATE TABLE ${name} (${columns})`);
}

async function open(dataUrl: (file: string) => string): Promise<Db> {
	const t0 = performance.now();
	dbStatus.state = 'loading';
	performance.mark('lens:duckdb-start');
	// Fetch and decode the data while the engine starts.
	const tables = Promise.all(
		DATA_TABLES.map(async (name) => {
			const file = `${name}.parquet`;
			let res: Response;
			try {
				res = await fetch(dataUrl(file));
			} catch {
				throw new DbError('data-missing', `无法读取数据文件 data/${file}`);
			}
			if (!res.ok) throw new DbError('data-missing', `缺少数据文件 data/${file}（HTTP ${res.status}）。请先运行 npm run data。`);
			return [name, await parquetToArrow(await res.arrayBuffer(), file)] as const;
		})
	);
	tables.then(() => performance.mark('lens:parquet-decoded')).catch(() => {});
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: absolute(mvpWasm), mainWorker: absolute(mvpWorker) },
		eh: { mainModule: absolute(ehWasm), mainWorker: absolute(ehWorker) }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	performance.mark('lens:duckdb-instantiated');
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	for (const [name, table] of await tables) await insert(conn, name, table);

	performance.mark('lens:duckdb-ready');
	dbStatus.state = 'ready';
	dbStatus.ms = performance.now() - t0;
	dbStatus.message = '';
	if (typeof document !== 'undefined') document.documentElement.dataset.duckdb = 'ready';
	return {
		async query<T>(bound: Bound): Promise<T[]> {
			const stmt = await conn.prepare(bound.sql);
			try {
				const result = await stmt.query(...bound.params);
				return result.toArray().map((row) => {
					const obj = row.toJSON() as Record<string, unknown>;
					for (const [k, v] of Object.entries(obj)) {
						if (v && typeof v === 'object' && 'toArray' in v) obj[k] = Array.from((v as { toArray(): ArrayLike<unknown> }).toArray());
					}
					return obj as T;
				});
			} finally {
				await stmt.close();
			}
		}
	};
}
