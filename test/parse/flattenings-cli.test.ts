/**
 * `npm run --silent parse -- FILE` (scripts/parse.ts) on the encoded copies of seed 001 and on the bad inputs of
 * test/fixtures/flattenings/: a report prints its record as JSON and exits 0; a file that is not a report prints
 * nothing on stdout, `FILE: reason` on stderr, and exits non-zero. The CLI is spawned once per file, all at once.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/model/record.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = 'test/fixtures/flattenings';

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Run the CLI as `npm run parse` does (tsx), without npm's own output; never rejects. */
function parseCli(file: string): Promise<Run> {
	return new Promise((resolve) => {
		execFile(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', file], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) =>
			resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
		);
	});
}

// All four encodings are read in-process by flattenings.test.ts through readReport, the CLI's own path; here the two
// that are not UTF-8 go through the CLI, to keep the spawns to a handful (each costs about a second of tsx start-up).
const REPORTS = ['001-tabs.gb18030.txt', '001-tabs.utf16be.txt'].map((f) => `${DIR}/${f}`);
const BAD = [
	[`${DIR}/bad/empty.txt`, /空|empty/i],
	[`${DIR}/bad/binary-random.txt`, /编码|encoding|二进制|binary/i],
	[`${DIR}/bad/image.png`, /图|image|不支持|unsupported/i],
	[`${DIR}/bad/not-a-report.txt`, /报告|report/i]
] as const;

const runs = new Map<string, Run>();
beforeAll(async () => {
	const files = [...REPORTS, ...BAD.map(([f]) => f)];
	const results = await Promise.all(files.map(parseCli));
	files.forEach((f, k) => runs.set(f, results[k]!));
});

describe('npm run parse -- FILE', () => {
	const seed001 = JSON.parse(readFileSync(join(ROOT, 'samples/seeds/expected.json'), 'utf8'))['001_2c482d7ddbf02051.txt'];

	for (const file of REPORTS) {
		it(`prints the record of ${file} as JSON and exits 0`, () => {
			const run = runs.get(file)!;
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			const report = JSON.parse(run.stdout) as Report;
			expect(report.agency).toBe(seed001.agency);
			expect(report.year).toBe(seed001.year);
			expect(report.table3?.new_received).toEqual(seed001.table3.new_received);
			expect(report.table3?.processed_total).toEqual(seed001.table3.processed_total);
			expect(report.table4?.review).toEqual(seed001.table4.review);
		});
	}

	for (const [file, reason] of BAD) {
		it(`prints nothing on stdout for ${file}, "${file}: reason" on stderr, and exits non-zero`, () => {
			const run = runs.get(file)!;
			expect(run.stdout).toBe('');
			expect(run.code).not.toBe(0);
			expect(run.code).not.toBeNull();
			expect(run.stderr.startsWith(`${file}: `)).toBe(true);
			expect(run.stderr.slice(file.length + 2)).toMatch(reason);
		});
	}
});
