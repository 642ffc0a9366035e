/**
 * Parse throughput on one core: the sample's text reports (seeds + corpus .txt), repeated to 1,000+ reports,
 * parsed in this thread. Prints the median of 7 runs (after one warm-up) in reports/s and MB/s of UTF-8 text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseReport } from '../../src/lib/parse/index.ts';
import { fmt, median } from './stats.ts';

export const name = 'parse';

export async function run(): Promise<void> {
	const texts: { file: string; text: string }[] = [];
	for (const dir of ['samples/seeds/', 'samples/corpus/'])
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) texts.push({ file, text: readFileSync(dir + file, 'utf8') });
	const copies = Math.ceil(1000 / texts.length);
	const batch = Array.from({ length: copies }, () => texts).flat();
	const bytes = batch.reduce((s, t) => s + Buffer.byteLength(t.text), 0);

	const once = () => {
		const t0 = performance.now();
		for (const { file, text } of batch) parseReport(text, file);
		return (performance.now() - t0) / 1000;
	};
	once();
	const seconds = Array.from({ length: 7 }, once);
	const s = median(seconds);
	console.log(`parse: ${batch.length} reports (${texts.length} sample texts × ${copies}), ${fmt(bytes / 1e6, 2)} MB, one core`);
	console.log(`  median ${fmt(s * 1000, 0)} ms  →  ${fmt(batch.length / s, 0)} reports/s, ${fmt(bytes / 1e6 / s, 2)} MB/s  (min ${fmt(Math.min(...seconds) * 1000, 0)} ms, max ${fmt(Math.max(...seconds) * 1000, 0)} ms)`);
}
