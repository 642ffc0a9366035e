/**
 * Parquet → Arrow, in JavaScript: DuckDB-WASM 1.32 has no Parquet reader built in (its `parquet` extension is
 * NOT_INSTALLED and `read_parquet` would download it from DuckDB's site, which an offline or intranet
 * deployment cannot reach). hyparquet (+ hyparquet-compressors for zstd) decodes the file; this module
 * turns the columns into an Arrow table with types taken from the Parquet schema, which `db.ts` inserts
 * into DuckDB-WASM (one apache-arrow, v17, duckdb-wasm's own major). Runs in the browser and in Node (tests).
 */
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import type { SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Bool, Field, Float64, Int32, Int64, List, Table, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';

/** The Arrow type of one Parquet column. DATE and TIMESTAMP become ISO text: the site only prints them. */
function arrowType(node: SchemaTree, file: string): DataType {
	const el = node.element;
	const logical = el.logical_type?.type;
	const converted = el.converted_type;
	if (logical === 'LIST' || converted === 'LIST') {
		// Standard 3-level list: <name> (LIST) → list (repeated) → element
		const leaf = node.children[0]?.children[0] ?? node.children[0];
		if (!leaf || leaf.children.length) throw new Error(`${file}: column ${el.name}: nested lists are not supported`);
		return new List(new Field('element', arrowType(leaf, file), true));
	}
	if (node.children.length) throw new Error(`${file}: column ${el.name}: struct and map columns are not supported`);
	if (logical === 'DATE' || converted === 'DATE' || logical === 'TIMESTAMP' || converted?.startsWith('TIMESTAMP')) return new Utf8();
	if (logical === 'DECIMAL' || converted === 'DECIMAL') return new Float64();
	switch (el.type) {
		case 'BOOLEAN':
			return new Bool();
		case 'INT32':
			return new Int32();
		case 'INT64':
			return new Int64();
		case 'FLOAT':
		case 'DOUBLE':
			return new Float64();
		case 'BYTE_ARRAY':
		case 'FIXED_LEN_BYTE_ARRAY':
			return new Utf8();
		default:
			throw new Error(`${file}: column ${el.name}: unsupported Parquet type ${el.type}`);
	}
}

function toArrowValue(value: unknown, type: DataType): unknown {
	if (value === null || value === undefined) return null;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().replace(/T00:00:00\.000Z$/, '');
	if (type instanceof Int64) return typeof value === 'bigint' ? value : BigInt(value as number);
	if (type instanceof Int32 && typeof value === 'bigint') return Number(value);
	if (type instanceof Float64 && typeof value === 'bigint') return Number(value);
	return value;
}

/**
 * Decode a Parquet file into an Arrow table:
 * `await parquetToArrow(await (await fetch('data/reports.parquet')).arrayBuffer(), 'reports.parquet')`.
 * Throws an Error naming the file and the column when a column type is not one the data contract uses.
 */
export async function parquetToArrow(buffer: ArrayBuffer, file: string): Promise<Table> {
	let metadata;
	try {
		metadata = parquetMetadata(buffer);
	} catch (error) {
		throw new Error(`${file}: not a readable Parquet file (${(error as Error).message})`);
	}
	const schema = parquetSchema(metadata);
	const types = new Map(schema.children.map((c) => [c.element.name, arrowType(c, file)]));
	const rows = await parquetReadObjects({ file: buffer, metadata, compressors });
	const columns: Record<string, Vector> = {};
	for (const [name, type] of types) {
		const values = rows.map((row) => {
			const v = row[name];
			return type instanceof List && Array.isArray(v) ? v.map((x) => toArrowValue(x, type.children[0]!.type)) : toArrowValue(v, type);
		});
		columns[name] = vectorFromArray(values, type) as Vector;
	}
	return new Table(columns);
}
