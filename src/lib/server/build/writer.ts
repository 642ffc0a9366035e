/**
 * Rows → zstd Parquet with DuckDB (@duckdb/node-api). Records are streamed into an on-disk DuckDB database in the
 * staging folder through appenders (2,048 rows per chunk), so nothing needs the whole dataset in memory and DuckDB
 * spills to disk when it must; `finish` then computes what needs every report (duplicates, per-report check counts)
 * and COPYs each table to a Parquet file in the staging folder, with every column's description in the key-value
 * metadata. The caller renames the files into place.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBConnection, DuckDBDataChunkWriter, DuckDBInstance, JSToDuckDBValueConverter, type DuckDBAppender, type JS } from '@duckdb/node-api';
import { RULES, TABLE3_COLUMN_KEYS, TABLE3_ROW_KEYS } from '../../model/keys.ts';
import { REGIONS, REGIONS_SOURCE } from '../../classify/regions.ts';
import type { Cell, ReportRows } from './rows.ts';
import { CHECKS, PROBLEMS, REGIONS_TABLE, REPORTS, TABLE3, createTableSql, type TableSpec } from './schema.ts';

export interface ParquetMeta {
	toolVersion: string;
	generatedAt: string;
}

export interface WrittenCounts {
	reports: number;
	table3: number;
	checks: number;
	problems: number;
	regions: number;
	/** Reports that share their agency and year with another. */
	duplicates: number;
}

/** A SQL string literal. Only for DuckDB options that take no parameters (COPY … TO path, KV_METADATA). */
function literal(s: string): string {
	return `'${s.replace(/'/g, "''")}'`;
}
function ident(s: string): string {
	return `"${s.replace(/"/g, '""')}"`;
}

interface Sink {
	appender: DuckDBAppender;
	writer: DuckDBDataChunkWriter<JS>;
	rows: number;
}

export class DatasetWriter {
	private closed = false;

	private constructor(
		private readonly instance: DuckDBInstance,
		private readonly db: DuckDBConnection,
		private readonly dir: string,
		private readonly sinks: Record<'reports' | 'table3' | 'checks' | 'problems', Sink>
	) {}

	/** Open a staging database in `dir` (which must exist and be empty of a previous build.duckdb). */
	static async open(dir: string): Promise<DatasetWriter> {
		const instance = await DuckDBInstance.create(join(dir, 'build.duckdb'), { temp_directory: join(dir, 'duckdb.tmp') });
		const db = await instance.connect();
		await db.run(createTableSql(REPORTS));
		await db.run(createTableSql(TABLE3));
		// checks keep their order within a report through a hidden sequence number
		await db.run(createTableSql(CHECKS).replace(/\)$/, ', _seq INTEGER)'));
		await db.run(createTableSql(PROBLEMS));
		const sink = async (table: string): Promise<Sink> => {
			const appender = await db.createAppender(table);
			return { appender, writer: DuckDBDataChunkWriter.forAppender<JS>(appender, { converter: JSToDuckDBValueConverter }), rows: 0 };
		};
		return new DatasetWriter(instance, db, dir, { reports: await sink('reports'), table3: await sink('table3'), checks: await sink('checks'), problems: await sink('problems') });
	}

	/** Append one report's rows. */
	append(rows: ReportRows): void {
		this.add('reports', [rows.report]);
		this.add('table3', rows.table3);
		this.add(
			'checks',
			rows.checks.map((c, i) => [...c, i])
		);
		this.add('problems', rows.problems);
	}

	private add(table: keyof DatasetWriter['sinks'], rows: Cell[][]): void {
		const sink = this.sinks[table];
		for (const row of rows) sink.writer.appendRow(row);
		sink.rows += rows.length;
	}

	/**
	 * Flag duplicates, count checks per report, and write the five Parquet files into the staging folder.
	 * Returns the row counts.
	 */
	async finish(meta: ParquetMeta): Promise<WrittenCounts> {
		for (const sink of Object.values(this.sinks)) {
			sink.writer.flush();
			sink.appender.closeSync();
		}
		const db = this.db;
		// Same agency and year twice: keep both, flag both (issue #6, "Robustness").
		await db.run(`CREATE TEMP TABLE dup_groups AS
			SELECT agency, year, count(*) AS n, string_agg(source || '（' || id || '）', '、' ORDER BY source, id) AS members
			FROM reports WHERE agency IS NOT NULL AND year IS NOT NULL GROUP BY agency, year HAVING count(*) > 1`);
		await db.run(
			`INSERT INTO checks SELECT r.id, 'duplicate_report', $severity, '同一机关同一年度共有 ' || g.n || ' 份报告：' || g.members || '；均予保留', NULL, 'agency', NULL, NULL, 1000000
			 FROM reports r JOIN dup_groups g USING (agency, year)`,
			{ severity: RULES.duplicate_report.severity }
		);
		await db.run(`UPDATE reports SET is_duplicate = EXISTS (SELECT 1 FROM dup_groups g WHERE g.agency = reports.agency AND g.year = reports.year)`);
		await db.run(`UPDATE reports SET error_count = c.e, warning_count = c.w, info_count = c.i FROM (
			SELECT r.id, count(k.rule) FILTER (WHERE k.severity = 'error') AS e, count(k.rule) FILTER (WHERE k.severity = 'warning') AS w, count(k.rule) FILTER (WHERE k.severity = 'info') AS i
			FROM reports r LEFT JOIN checks k ON k.id = r.id GROUP BY r.id) c WHERE reports.id = c.id`);

		// regions: the table the build resolved against
		await db.run(createTableSql(REGIONS_TABLE));
		const appender = await db.createAppender('regions');
		const writer = DuckDBDataChunkWriter.forAppender(appender, { converter: JSToDuckDBValueConverter });
		for (const r of REGIONS) writer.appendRow([r.code, r.name, r.level, r.parent, r.province, r.city, r.is_zone, r.is_placeholder]);
		writer.flush();
		appender.closeSync();

		const rowOrder = `[${TABLE3_ROW_KEYS.map(literal).join(', ')}]`;
		const colOrder = `[${TABLE3_COLUMN_KEYS.map(literal).join(', ')}]`;
		const cols = (t: TableSpec) => t.columns.map((c) => ident(c.name)).join(', ');
		await this.copy(REPORTS, `SELECT ${cols(REPORTS)} FROM reports ORDER BY year NULLS LAST, region_code NULLS LAST, agency NULLS LAST, id`, meta);
		await this.copy(TABLE3, `SELECT ${cols(TABLE3)} FROM table3 ORDER BY id, list_position(${rowOrder}, "row"), list_position(${colOrder}, col)`, meta);
		await this.copy(CHECKS, `SELECT ${cols(CHECKS)} FROM checks ORDER BY id, _seq`, meta);
		await this.copy(PROBLEMS, `SELECT ${cols(PROBLEMS)} FROM problems ORDER BY id, kind DESC, ord`, meta);
		await this.copy(REGIONS_TABLE, `SELECT ${cols(REGIONS_TABLE)} FROM regions ORDER BY code`, { ...meta, source: REGIONS_SOURCE });

		const count = async (sql: string) => Number((await db.runAndReadAll(sql)).getRows()[0]![0]);
		return {
			reports: await count('SELECT count(*) FROM reports'),
			table3: await count('SELECT count(*) FROM table3'),
			checks: await count('SELECT count(*) FROM checks'),
			problems: await count('SELECT count(*) FROM problems'),
			regions: REGIONS.length,
			duplicates: await count('SELECT count(*) FROM reports WHERE is_duplicate')
		};
	}

	/** COPY a query to `<dir>/<file>` as zstd Parquet with the table's documentation in the key-value metadata. */
	private async copy(table: TableSpec, query: string, meta: ParquetMeta & { source?: string }): Promise<void> {
		const kv: Record<string, string> = {
			generated_by: 'scripts/data.ts (npm run data) — generated, do not edit',
			tool_version: meta.toolVersion,
			generated_at: meta.generatedAt,
			table: table.name,
			description: table.description,
			documentation: 'docs/data.md',
			...(meta.source ? { source: meta.source } : {})
		};
		for (const c of table.columns) kv[`column:${c.name}`] = JSON.stringify({ label: c.label, description: c.description, unit: c.unit ?? null, null: c.nulls });
		const kvSql = Object.entries(kv)
			.map(([k, v]) => `${ident(k)}: ${literal(v)}`)
			.join(', ');
		await this.db.run(`COPY (${query}) TO ${literal(join(this.dir, table.file))} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {${kvSql}})`);
	}

	/** Close the database and delete it (the Parquet files stay). */
	async close(): Promise<void> {
		if (this.closed) return;
		this.closed = true;
		this.db.closeSync();
		this.instance.closeSync();
		await rm(join(this.dir, 'build.duckdb'), { force: true });
		await rm(join(this.dir, 'build.duckdb.wal'), { force: true });
		await rm(join(this.dir, 'duckdb.tmp'), { recursive: true, force: true });
	}
}
