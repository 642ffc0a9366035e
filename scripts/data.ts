/**
 * `npm run data -- [INPUT ...] [--out DIR] [--strict] [--no-cache | --cache DIR] [--jobs N] [--overrides FILE]`
 * Reports (files or folders, recursive) → documented Parquet in DIR (default static/data/): reports, table3,
 * checks, problems, regions, sources/<id>.txt and manifest.json (docs/data.md). No INPUT builds the embedded sample
 * (samples/seeds + samples/corpus). Progress and `file: reason` lines go to stderr.
 * Exit 0 when at least one report was built; 1 when none was, or with --strict when any file was skipped; 2 on
 * bad arguments. `--write-docs` re-renders the column tables of docs/data.md from the schema and exits.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { writeSummary } from '../src/lib/server/build/aggregates.ts';
import { buildDataset } from '../src/lib/server/build/index.ts';
import { renderDataDoc } from '../src/lib/server/build/schema.ts';

const USAGE = 'usage: npm run data -- [INPUT ...] [--out DIR] [--strict] [--no-cache | --cache DIR] [--jobs N] [--overrides FILE] | --write-docs';

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			options: {
				out: { type: 'string', default: 'static/data' },
				strict: { type: 'boolean', default: false },
				'no-cache': { type: 'boolean', default: false },
				cache: { type: 'string' },
				jobs: { type: 'string' },
				overrides: { type: 'string' },
				'write-docs': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h' }
			},
			allowPositionals: true
		});
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	if (values['write-docs']) {
		const doc = await readFile('docs/data.md', 'utf8');
		await writeFile('docs/data.md', renderDataDoc(doc));
		return 0;
	}
	const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
	if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) {
		process.stderr.write(`invalid --jobs: ${values.jobs}\n${USAGE}\n`);
		return 2;
	}

	const manifest = await buildDataset(
		{ inputs: positionals, out: values.out, cacheDir: values['no-cache'] ? null : values.cache, jobs, overrides: values.overrides },
		{ stderr: process.stderr, now: () => new Date() }
	);
	if (manifest.outputs.reports === 0) {
		process.stderr.write('没有读出任何报告 / no report was built\n');
		return 1;
	}
	// The dashboard's first view: small aggregates of the Parquet just written (summary.json, issue #7).
	const summary = await writeSummary(values.out);
	process.stderr.write(`summary.json: ${summary.reports} 份报告, ${summary.regions.length} 个地区 → ${values.out}\n`);
	if (values.strict && manifest.skipped.length) {
		process.stderr.write(`--strict: ${manifest.skipped.length} 个文件被跳过 / files skipped\n`);
		return 1;
	}
	return 0;
}

process.exitCode = await main();
