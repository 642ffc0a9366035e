/** Test helper: run a panel's bound SQL with @duckdb/node-api over a folder of contract Parquet files. */
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import type { Bound } from '../../src/lib/query/selection.ts';
import { DATA_TABLES } from '../../src/lib/server/build/aggregates.ts';

export async function openParquet(dir: string) {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const t of DATA_TABLES) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
	return {
		async all<T = Record<string, unknown>>(bound: Bound): Promise<T[]> {
			const reader = await conn.runAndReadAll(bound.sql, bound.params);
			return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))) as T[];
		},
		close() {
			conn.disconnectSync();
			instance.closeSync();
		}
	};
}
