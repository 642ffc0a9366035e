/**
 * `npm run bench [-- NAME …]`: run every benchmark in scripts/bench/*.bench.ts (or the named ones) and print its figures.
 * Each module exports `name` and `run(): Promise<void>`, prints medians (and p95 or ratios where useful) to stdout,
 * and never asserts: timings belong here, not in tests.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort();
for (const file of files) {
	const mod = (await import(new URL(`./bench/${file}`, import.meta.url).href)) as { name: string; run: () => Promise<void> };
	if (wanted.length && !wanted.includes(mod.name)) continue;
	console.log(`\n## ${mod.name}`);
	await mod.run();
}
