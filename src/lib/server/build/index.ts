/**
 * The build: a folder of reports → the documented dataset the dashboard reads (docs/data.md).
 *
 *   inputs ──read + hash──▶ cache? ──miss──▶ worker pool (readReport) ──▶ classify ──▶ rows ──▶ DuckDB appenders
 *                                                                                  └──▶ sources/<id>.txt
 *   finish: duplicates + check counts (SQL) ──▶ COPY … TO staging/*.parquet (zstd) ──▶ rename into place ──▶ manifest.json
 *
 * A file that cannot be read as a report is listed in the manifest's `skipped` with its reason and named on
 * stderr; the rest carries on. Every output is written under a temporary name and renamed when complete, so an
 * interrupted build never leaves a half-written file. Only one build may write to an output folder at a time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { classifyReport, type RegionOverride } from '../../classify/index.ts';
import { REGIONS_SOURCE } from '../../classify/regions.ts';
import { ParseCache, computeToolKey, type CachedRecord } from './cache.ts';
import { PROJECT_ROOT, collectInputs, defaultInputs } from './inputs.ts';
import { DEFAULT_OVERRIDES_FILE, loadRegionOverrides } from './overrides.ts';
import { ParsePool } from './pool.ts';
import { createProgress } from './progress.ts';
import { reportRows } from './rows.ts';
import { TABLES } from './schema.ts';
import { DatasetWriter, type WrittenCounts } from './writer.ts';

export interface BuildOptions {
	/** Files and folders; empty → the embedded sample (samples/seeds + samples/corpus). */
	inputs: readonly string[];
	/** Output folder (created when missing). */
	out: string;
	/** Parse cache folder; null disables the cache. Default `.cache/parse` in the project. */
	cacheDir?: string | null;
	/** Worker threads; default one per core. */
	jobs?: number;
	/** Region overrides: a CSV file path, or parsed rows. Default the project's regions.override.csv. */
	overrides?: string | ReadonlyMap<string, RegionOverride>;
}

/** Side effects, injectable so tests capture them (STYLE.md §4 "A build step"). */
export interface BuildEffects {
	/** Where status lines, the progress bar and `file: reason` lines go (process.stderr in the CLI). */
	stderr: { isTTY?: boolean; columns?: number; write(s: string): unknown };
	now(): Date;
}

export interface BuildManifest {
	generated_by: string;
	tool_version: string;
	build_time: string;
	duration_ms: number;
	inputs: { given: string[]; files: number };
	outputs: Omit<WrittenCounts, 'duplicates'> & { sources: number };
	/** Files parsed in this run, and records taken from the cache. */
	parsed: number;
	cached: number;
	/** Files byte-identical to an earlier input (kept, id suffixed -2, -3 …). */
	identical_copies: number;
	/** Reports sharing agency and year with another (kept, flagged is_duplicate and duplicate_report). */
	duplicates: number;
	regions_source: string;
	skipped: { file: string; reason: string }[];
}

const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ID_FILE = /^[0-9a-f]{16}(-\d+)?\.txt$/;

/**
 * Build the dataset into `options.out`. Resolves with the manifest (also written as manifest.json); throws only on
 * programmer errors and unusable options (an invalid override file), never for a bad input file.
 * @example await buildDataset({ inputs: ['samples/seeds'], out: 'static/data' }, { stderr: process.stderr, now: () => new Date() })
 */
export async function buildDataset(options: BuildOptions, effects: BuildEffects): Promise<BuildManifest> {
	const started = effects.now();
	const say = (line: string) => effects.stderr.write((effects.stderr.isTTY ? '\r\x1b[K' : '') + line + '\n');

	// 1. Inputs, overrides, cache
	const given = options.inputs.length ? [...options.inputs] : [];
	const { files, missing } = given.length ? await collectInputs(given) : { files: defaultInputs(), missing: [] };
	const overrides = typeof options.overrides === 'string' || options.overrides === undefined ? loadRegionOverrides(options.overrides ?? DEFAULT_OVERRIDES_FILE) : options.overrides;
	const toolKey = computeToolKey();
	const cache = options.cacheDir === null ? null : new ParseCache(options.cacheDir ?? join(PROJECT_ROOT, '.cache/parse'), toolKey);
	const skipped: BuildManifest['skipped'] = missing.map((file) => ({ file, reason: '文件或文件夹不存在 / no such file or folder' }));
	for (const s of skipped) say(`${s.file}: ${s.reason}`);

	// 2. Staging folder inside the output folder (same file system, so the final renames are atomic)
	await mkdir(options.out, { recursive: true });
	for (const name of readdirSync(options.out)) if (name.startsWith('.staging-')) await rm(join(options.out, name), { recursive: true, force: true });
	const staging = await mkdtemp(join(options.out, '.staging-'));
	const sourcesDir = join(options.out, 'sources');
	await mkdir(sourcesDir, { recursive: true });

	const writer = await DatasetWriter.open(staging);
	let pool: ParsePool | null = null;
	const jobs = Math.max(1, options.jobs ?? availableParallelism());
	const progress = createProgress(files.length, effects.stderr);
	const seenIds = new Map<string, number>();
	const ids = new Set<string>();
	let parsed = 0;
	let cached = 0;
	let identical = 0;
	let cacheBroken = false;

	try {
		// 3. Read and hash in input order (ids are assigned in that order), parse up to 4 files per worker at once
		const inFlight = new Set<Promise<void>>();
		let fatal: unknown = null;
		for (const file of files) {
			if (fatal) break;
			let bytes: Buffer;
			try {
				// synchronous: files are read one at a time in input order anyway (ids depend on that order), so an
				// async read would only add a thread-pool round trip per small file
				bytes = readFileSync(file);
			} catch (error) {
				const reason = `无法读取 / cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
				skipped.push({ file, reason });
				say(`${file}: ${reason}`);
				progress.tick(file, reason, false);
				continue;
			}
			const hash = createHash('sha256').update(bytes).digest('hex');
			// keyed by the 16-digit id, not the full hash: two contents sharing an id prefix must not share an id either
			const base = hash.slice(0, 16);
			const copy = (seenIds.get(base) ?? 0) + 1;
			seenIds.set(base, copy);
			if (copy > 1) identical++;
			const id = base + (copy > 1 ? `-${copy}` : '');

			const task = (async () => {
				let record: CachedRecord | undefined = cache?.get(hash);
				let fresh = false;
				if (record) cached++;
				else {
					pool ??= new ParsePool(jobs);
					const res = await pool.parse(file);
					if (!res.ok) {
						skipped.push({ file, reason: res.reason });
						say(`${file}: ${res.reason}`);
						progress.tick(file, res.reason, false);
						return;
					}
					record = res.record;
					fresh = true;
					parsed++;
					if (cache && !cacheBroken) {
						try {
							cache.put(hash, record);
						} catch (error) {
							cacheBroken = true;
							say(`无法写入解析缓存，本次不再写入 / cannot write the parse cache, not writing it further: ${(error as Error).message}`);
						}
					}
				}
				// 4. Classify (file name → override), rows, source text
				const report = classifyReport({ ...record.report, source: basename(file) }, record.text, { overrides });
				writer.append(reportRows(report, { id, form: record.form }));
				ids.add(id);
				const sourcePath = join(sourcesDir, `${id}.txt`);
				if (fresh || !existsSync(sourcePath)) {
					const tmp = `${sourcePath}.${process.pid}.tmp`;
					writeFileSync(tmp, record.text);
					renameSync(tmp, sourcePath);
				}
				progress.tick(file, `${id}${fresh ? '' : '（缓存 / cached）'}`, true);
			})()
				.catch((error: unknown) => {
					fatal ??= error;
				})
				.finally(() => inFlight.delete(task));
			inFlight.add(task);
			if (inFlight.size >= jobs * 4) await Promise.race(inFlight);
		}
		await Promise.all(inFlight);
		if (fatal) throw fatal;
		progress.done();

		// 5. Whole-dataset steps and Parquet, in the staging folder
		const generatedAt = started.toISOString();
		const counts = await writer.finish({ toolVersion: `${PACKAGE_VERSION}+${toolKey}`, generatedAt });
		await writer.close();

		const manifest: BuildManifest = {
			generated_by: 'scripts/data.ts (npm run data) — generated, do not edit',
			tool_version: `${PACKAGE_VERSION}+${toolKey}`,
			build_time: generatedAt,
			duration_ms: effects.now().getTime() - started.getTime(),
			inputs: { given: given.length ? given : ['samples/seeds (expected.json)', 'samples/corpus (manifest.csv)'], files: files.length + missing.length },
			outputs: { reports: counts.reports, table3: counts.table3, checks: counts.checks, problems: counts.problems, regions: counts.regions, sources: ids.size },
			parsed,
			cached,
			identical_copies: identical,
			duplicates: counts.duplicates,
			regions_source: REGIONS_SOURCE,
			skipped: skipped.sort((a, b) => a.file.localeCompare(b.file))
		};
		if (counts.reports === 0) {
			// A build that read no report must not replace a good dataset with an empty one: leave the folder as it was.
			say(`没有读出任何报告，原有输出保持不变 / no report was built; ${options.out} left as it was`);
			return manifest;
		}

		// 6. Sources of reports no longer in the dataset go
		for (const name of await readdir(sourcesDir)) if (ID_FILE.test(name) && !ids.has(name.slice(0, -4))) await unlink(join(sourcesDir, name));

		// 7. Rename the Parquet files into place, then the manifest last
		for (const t of TABLES) await rename(join(staging, t.file), join(options.out, t.file));
		const tmp = join(staging, 'manifest.json');
		await writeFile(tmp, JSON.stringify(manifest, null, 2) + '\n');
		await rename(tmp, join(options.out, 'manifest.json'));
		say(`${counts.reports} 份报告 / reports (${parsed} parsed, ${cached} cached), ${skipped.length} 跳过 / skipped → ${options.out}`);
		return manifest;
	} finally {
		await (pool as ParsePool | null)?.close();
		await writer.close().catch(() => {});
		await rm(staging, { recursive: true, force: true });
	}
}
