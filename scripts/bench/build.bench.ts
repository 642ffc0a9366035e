/**
 * Build throughput on SYNTHETIC data: the sample's text reports (samples/seeds + samples/corpus, 49 .txt files) repeated
 * to 1,000 and 10,000 files in a temporary folder. Each copy gets one appended line "（合成副本 N，基准测试用）" so
 * that every file has its own content hash (no copy is a cache hit or an identical duplicate of another). Figures:
 * reports/s and peak RSS of a cold build (empty cache), and the wall time of a re-run on the unchanged inputs (cache
 * hits). Each build runs in its own child process (`npm run data` as a user runs it), so peak RSS is that build's.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { fmt, median } from './stats.ts';

export const name = 'build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SIZES = [1_000, 10_000];

/**
 * The sample's text reports. The 3 PDFs are left out: extracting one takes several seconds here (see the extract
 * benchmark), so 577 PDF copies in 10,000 would measure pdf.js, not the build.
 */
function sampleTexts(): string[] {
	const seeds = readdirSync(join(ROOT, 'samples/seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'samples/seeds', f));
	const corpus = readdirSync(join(ROOT, 'samples/corpus')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'samples/corpus', f));
	return [...seeds, ...corpus];
}

/** Write `n` synthetic copies of the sample into a fresh folder. */
function makeSynthetic(n: number): string {
	const dir = mkdtempSync(join(tmpdir(), `gl-bench-synthetic-${n}-`));
	const texts = sampleTexts().map((f) => readFileSync(f, 'utf8'));
	for (let i = 0; i < n; i++) {
		const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
		if (i % 1000 === 0) mkdirSync(sub);
		writeFileSync(join(sub, `synthetic-${String(i).padStart(6, '0')}.txt`), `${texts[i % texts.length]}\n（合成副本 ${i}，基准测试用）\n`);
	}
	return dir;
}

/** Run `npm run data` (scripts/data.ts) in a child process; wall time and the child's peak RSS (from /proc). */
async function runBuild(input: string, out: string, cache: string): Promise<{ ms: number; rssMB: number; reports: number }> {
	const start = performance.now();
	const child = execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/data.ts'), input, '--out', out, '--cache', cache], { cwd: ROOT, env: { ...process.env, CI: 'true' }, maxBuffer: 1 << 30 });
	let peakKB = 0;
	const timer = setInterval(() => {
		try {
			const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
			if (hwm) peakKB = Math.max(peakKB, Number(hwm[1]));
		} catch {
			/* exited */
		}
	}, 50);
	await new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run data exited ${code}`)))));
	clearInterval(timer);
	const ms = performance.now() - start;
	const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { outputs: { reports: number } };
	return { ms, rssMB: peakKB / 1024, reports: manifest.outputs.reports };
}

export async function run(): Promise<void> {
	console.log(`synthetic input: the sample's ${sampleTexts().length} text reports repeated; ${availableParallelism()} cores; one child process per build`);
	console.log('| reports | cold build (s) | reports/s | peak RSS (MB) | cached re-run (s) | re-run / cold |');
	console.log('|---:|---:|---:|---:|---:|---:|');
	for (const n of SIZES) {
		const input = makeSynthetic(n);
		const work = mkdtempSync(join(tmpdir(), 'gl-bench-out-'));
		try {
			const runs = n <= 1_000 ? 3 : 1;
			const cold: { ms: number; rssMB: number; reports: number }[] = [];
			for (let i = 0; i < runs; i++) cold.push(await runBuild(input, join(work, 'out'), join(work, `cache-${i}`)));
			const warm: number[] = [];
			for (let i = 0; i < runs; i++) warm.push((await runBuild(input, join(work, 'out'), join(work, `cache-${runs - 1}`))).ms);
			const coldMs = median(cold.map((c) => c.ms));
			const reports = cold[0]!.reports;
			console.log(`| ${reports.toLocaleString('en-US')} | ${fmt(coldMs / 1000)} | ${fmt(reports / (coldMs / 1000))} | ${fmt(Math.max(...cold.map((c) => c.rssMB)), 0)} | ${fmt(median(warm) / 1000)} | ${fmt(median(warm) / coldMs, 2)} |`);
		} finally {
			rmSync(input, { recursive: true, force: true });
			rmSync(work, { recursive: true, force: true });
		}
	}
	console.log('medians of 3 runs at 1,000 reports, one run at 10,000; RSS is the child process (main thread + worker threads + DuckDB).');
}
