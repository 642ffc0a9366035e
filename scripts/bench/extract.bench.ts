/**
 * Extraction throughput per form: files/s and MB/s, median of 7 runs after one warm-up run (which loads pdf.js).
 * Inputs are the real seed reports and corpus PDFs and their committed conversions (test/fixtures/extract/seeds/).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractText } from '../../src/lib/server/extract/index.ts';

export const name = 'extract';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = `${root}test/fixtures/extract/seeds/`;
const seeds = `${root}samples/seeds/`;
const corpus = `${root}samples/corpus/`;
const RUNS = 7;

const list = (dir: string, test: (f: string) => boolean) => readdirSync(dir).filter(test).sort().map((f) => dir + f);
const groups: [string, string[]][] = [
	['text', list(seeds, (f) => f.endsWith('.txt'))],
	['html', list(fixtures, (f) => f.endsWith('.portal.html'))],
	['docx', list(fixtures, (f) => f.endsWith('.docx'))],
	['doc', list(fixtures, (f) => f.endsWith('.doc'))],
	['pdf (LibreOffice)', list(fixtures, (f) => f.endsWith('.pdf'))],
	['pdf (corpus, WPS)', list(corpus, (f) => f.endsWith('.pdf'))],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
	console.log(`form                 files     MB   files/s     MB/s   median ms (of ${RUNS} runs)`);
	for (const [form, files] of groups) {
		const inputs = files.map((f) => ({ f, bytes: new Uint8Array(readFileSync(f)) }));
		const mb = inputs.reduce((n, i) => n + i.bytes.length, 0) / 1e6;
		const once = async () => {
			const t0 = performance.now();
			for (const { f, bytes } of inputs) await extractText(bytes, f);
			return performance.now() - t0;
		};
		await once(); // warm-up
		const times: number[] = [];
		for (let r = 0; r < RUNS; r++) times.push(await once());
		const ms = median(times);
		console.log(
			`${form.padEnd(20)} ${String(inputs.length).padStart(5)} ${mb.toFixed(2).padStart(6)} ${(inputs.length / (ms / 1000)).toFixed(1).padStart(9)} ${(mb / (ms / 1000)).toFixed(2).padStart(8)} ${ms.toFixed(0).padStart(11)}`,
		);
	}
}
