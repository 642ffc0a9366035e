/**
 * Site bench: the built site (build/, from `npm run data && npm run build`) served on 127.0.0.1 with gzip, as a
 * host should serve it, and loaded in headless Debian Chromium. Prints, for the sample data: JS and data bytes
 * on the wire on first load (until the first chart, and until DuckDB-WASM is ready), time from navigation to
 * the first chart, time until DuckDB-WASM is ready, the hyparquet decode share of that, and filter-change
 * latency (median, p95). Cold loads use a fresh browser context each (empty HTTP cache).
 */
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from 'playwright-core';
import { launch } from '../../test/e2e/browser.ts';
import { serveStatic } from '../../test/e2e/server.ts';
import { fmt, median, percentile } from './stats.ts';

export const name = 'site';

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
const COLD_LOADS = 3;
const FILTER_CHANGES = 20;

type Kind = 'js' | 'wasm' | 'data' | 'other';
function kindOf(url: string): Kind {
	const path = new URL(url).pathname;
	if (path.endsWith('.wasm')) return 'wasm';
	if (path.endsWith('.js')) return 'js';
	if (path.includes('/data/')) return 'data';
	return 'other';
}

async function mark(page: Page, markName: string): Promise<number> {
	await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, markName, { timeout: 120_000, polling: 50 });
	return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, markName);
}

const kb = (bytes: number) => `${fmt(bytes / 1024, 0)} KiB`;

export async function run(): Promise<void> {
	try {
		await access(`${BUILD}data/summary.json`);
	} catch {
		console.log('no built site with data in build/: run `npm run data && npm run build` first');
		return;
	}
	const summary = JSON.parse(await readFile(`${BUILD}data/summary.json`, 'utf8')) as { reports: number; regions: { code: string; name: string; level: string }[] };
	const provinces = summary.regions.filter((r) => r.level === 'province');
	const { server, origin } = await serveStatic([{ prefix: '/', dir: BUILD }], { gzip: true });
	const browser = await launch();
	try {
		const firstChart: number[] = [];
		const duckReady: number[] = [];
		const decoded: number[] = [];
		const instantiated: number[] = [];
		const loading: number[] = [];
		const bytes: Record<'chart' | 'ready', Record<Kind, number>>[] = [];
		let latencies: number[] = [];
		for (let i = 0; i < COLD_LOADS; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			const done: { request: Request; at: number }[] = [];
			const t0 = Date.now();
			page.on('requestfinished', (request) => done.push({ request, at: Date.now() - t0 }));
			await page.goto(`${origin}/`);
			const chartAt = await mark(page, 'lens:first-chart');
			const readyAt = await mark(page, 'lens:duckdb-ready');
			const startAt = await mark(page, 'lens:duckdb-start');
			decoded.push((await mark(page, 'lens:parquet-decoded')) - startAt);
			instantiated.push((await mark(page, 'lens:duckdb-instantiated')) - startAt);
			loading.push(readyAt - startAt);
			firstChart.push(chartAt);
			duckReady.push(readyAt);
			await page.waitForTimeout(200); // let the last requestfinished events arrive
			const tally = async (until: number) => {
				const t: Record<Kind, number> = { js: 0, wasm: 0, data: 0, other: 0 };
				for (const d of done) {
					if (d.at > until + 50) continue;
					const s = await d.request.sizes();
					t[kindOf(d.request.url())] += s.responseBodySize + s.responseHeadersSize;
				}
				return t;
			};
			// Wall-clock offsets of the requests are close to the page's own clock (navigation starts right after goto()).
			bytes.push({ chart: await tally(chartAt), ready: await tally(readyAt) });

			if (i === COLD_LOADS - 1 && provinces.length) {
				// Filter changes: cycle the province select through every province and back to 全部.
				const cycle = [...provinces.map((p) => p.code), ''];
				latencies = [];
				for (let k = 0; k < FILTER_CHANGES; k++) {
					const code = cycle[k % cycle.length]!;
					const view = code ? `region=${code}` : '';
					const start = Date.now();
					await page.selectOption('select[aria-label="省份"]', code);
					await page.waitForSelector(`main[data-ready="true"][data-view="${view}"]`, { timeout: 60_000 });
					latencies.push(Date.now() - start);
				}
			}
			await context.close();
		}
		const b = bytes.at(-1)!;
		console.log(`sample data: ${summary.reports} reports; ${COLD_LOADS} cold loads, served with gzip by test/e2e/server.ts`);
		console.log(`bytes on the wire until the first chart: JS ${kb(b.chart.js)}, data ${kb(b.chart.data)}, wasm ${kb(b.chart.wasm)}, other ${kb(b.chart.other)}`);
		console.log(`bytes on the wire until DuckDB-WASM is ready: JS ${kb(b.ready.js)}, data ${kb(b.ready.data)}, wasm ${kb(b.ready.wasm)}, other ${kb(b.ready.other)}`);
		console.log(`navigation → first chart: median ${fmt(median(firstChart), 0)} ms (runs: ${firstChart.map((x) => fmt(x, 0)).join(', ')})`);
		console.log(`navigation → DuckDB-WASM ready (data loaded): median ${fmt(median(duckReady), 0)} ms (runs: ${duckReady.map((x) => fmt(x, 0)).join(', ')})`);
		console.log(
			`  from the engine's start (after the first view): ready after ${fmt(median(loading), 0)} ms; the 5 Parquet files fetched and decoded by hyparquet → Arrow in ${fmt(median(decoded), 0)} ms, in parallel with DuckDB-WASM (eh) instantiating in ${fmt(median(instantiated), 0)} ms (medians)`
		);
		if (latencies.length) {
			console.log(`filter change → all 7 panels redrawn (DuckDB-WASM): median ${fmt(median(latencies), 0)} ms, p95 ${fmt(percentile(latencies, 95), 0)} ms (${latencies.length} changes)`);
		}
	} finally {
		await browser.close();
		server.close();
	}
}
