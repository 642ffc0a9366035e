/** hyparquet → Arrow: the path by which the browser loads the Parquet into DuckDB-WASM. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { Bool, Float64, Int32, List, Utf8 } from 'apache-arrow';
import { parquetToArrow } from '../../src/lib/query/parquet.ts';
import { writeSeedParquet, type SeedData } from './seed-parquet.ts';

let data: SeedData;
const load = async (name: string) => {
	const buf = await readFile(join(data.dir, name));
	return parquetToArrow(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, name);
};
beforeAll(async () => {
	data = await writeSeedParquet();
});

describe('parquetToArrow', () => {
	test('reads reports.parquet (zstd) with the contract’s types and nulls', async () => {
		const table = await load('reports.parquet');
		expect(table.numRows).toBe(5);
		expect(table.schema.fields.find((f) => f.name === 'agency')!.type).toBeInstanceOf(Utf8);
		expect(table.schema.fields.find((f) => f.name === 'year')!.type).toBeInstanceOf(Int32);
		expect(table.schema.fields.find((f) => f.name === 'land_share')!.type).toBeInstanceOf(Float64);
		expect(table.schema.fields.find((f) => f.name === 'is_aggregate')!.type).toBeInstanceOf(Bool);
		expect(table.schema.fields.find((f) => f.name === 'agency_type_secondary')!.type).toBeInstanceOf(List);
		const rows = table.toArray().map((r) => r.toJSON());
		const office = rows.find((r) => r.agency === '渠县人民政府办公室')!;
		expect(office.land_count).toBe(26);
		expect(office.land_share).toBeCloseTo(0.896, 6);
		expect(office.review_pending).toBe(1);
		expect(rows.filter((r) => r.land_count === null)).toHaveLength(4);
	});
	test('reads the long table 3: 25 rows × 7 columns per report, the absent 其他 column null', async () => {
		const table = await load('table3.parquet');
		expect(table.numRows).toBe(5 * 25 * 7);
		const rows = table.toArray().map((r) => r.toJSON());
		const other = rows.find((r) => r.id === data.ids['002_ab0d0af294131029.txt'] && r.row === 'new_received' && r.col === 'other_org')!;
		expect(other.value).toBeNull();
		const total = rows.find((r) => r.id === data.ids['001_2c482d7ddbf02051.txt'] && r.row === 'new_received' && r.col === 'total')!;
		expect(total.value).toBe(29);
	});
	test('reads an empty table with its schema', async () => {
		const table = await load('checks.parquet');
		expect(table.numRows).toBe(0);
		expect(table.schema.fields.map((f) => f.name)).toEqual(['id', 'rule', 'severity', 'message', 'line']);
	});
	test('names the file when it is not Parquet', async () => {
		const bad = join(data.dir, 'not-parquet.parquet');
		await writeFile(bad, 'id,agency\n1,渠县\n');
		await expect(load('not-parquet.parquet')).rejects.toThrow(/^not-parquet\.parquet: not a readable Parquet file/);
	});
});
