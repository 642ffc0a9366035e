import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from './browser.ts';
import { closeTab, openTab, screenshot, tableRows, waitReady } from './helpers.ts';
import { XSS_NAMES } from './xss-fixture.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('untrusted text (test fixture served under /xss/)', () => {
	test('an agency name containing <img src=x onerror=alert(1)> renders as text in tables, charts and tooltips', async () => {
		const tab = await openTab(browser);
		const { page } = tab;
		await page.goto(`${tab.origin}/xss/`);
		await waitReady(page);
		const agencies = (await tableRows(page, 'reports')).map((r) => r[0]);
		for (const name of XSS_NAMES) expect(agencies).toContain(name);
		const landChart = await page.textContent('[data-panel="land"] .chart svg');
		for (const name of XSS_NAMES) expect(landChart).toContain(name.slice(0, 8));
		// Hover every bar of the requests chart so that ECharts renders its tooltips.
		const boxes = await page.$$eval('[data-panel="requests"] .chart svg path', (ps) =>
			ps.filter((p) => /^#[0-9a-f]{6}$/.test(p.getAttribute('fill') ?? '')).map((p) => p.getBoundingClientRect()).filter((r) => r.width > 2 && r.height > 4 && r.height < 60).map((r) => ({ x: r.x + 2, y: r.y + r.height / 2 }))
		);
		for (const b of boxes) await page.mouse.move(b.x, b.y);
		expect(await page.$$('img[src="x"]')).toHaveLength(0);
		await screenshot(page, 'xss-fixture');
		await closeTab(tab);
	});

	test('the embed of the fixture shows the name as text too', async () => {
		const tab = await openTab(browser);
		await tab.page.goto(`${tab.origin}/xss/embed/reports`);
		await waitReady(tab.page);
		const agencies = (await tableRows(tab.page, 'reports')).map((r) => r[0]);
		for (const name of XSS_NAMES) expect(agencies).toContain(name);
		expect(await tab.page.$$('img[src="x"]')).toHaveLength(0);
		await closeTab(tab);
	});
});

describe('sub-folder hosting', () => {
	test('served from /lens/ the dashboard, filters, embeds and report pages work the same, requesting only /lens/', async () => {
		const tab = await openTab(browser);
		const { page } = tab;
		const paths: string[] = [];
		page.on('request', (r) => paths.push(new URL(r.url()).pathname));
		await page.goto(`${tab.origin}/lens/`);
		await waitReady(page);
		await page.selectOption('select[aria-label="省份"]', { label: '河南省' });
		await page.waitForSelector('main[data-ready="true"][data-view="region=410000"]', { timeout: 45_000 });
		expect(new URL(page.url()).pathname).toBe('/lens/');
		await page.click('[data-panel="reports"] tbody a >> nth=0');
		await page.waitForURL(/\/lens\/report\//);
		await waitReady(page);
		expect(await page.getAttribute('main', 'data-state')).toBe('ready');
		await page.goto(`${tab.origin}/lens/embed/requests?region=511725`);
		await waitReady(page);
		const rows = await tableRows(page, 'requests');
		expect(rows.at(-1)![0]).toBe('合计');
		expect(rows.at(-1)).toContain('29');
		expect(paths.filter((p) => !p.startsWith('/lens/'))).toEqual([]);
		await closeTab(tab);
	});
});

describe('loading, empty and error states', () => {
	test('missing data is said in Chinese, naming the file', async () => {
		const tab = await openTab(browser);
		await tab.page.goto(`${tab.origin}/nodata/`);
		await tab.page.waitForSelector('[data-error="summary"]');
		expect(await tab.page.textContent('[data-error="summary"]')).toContain('缺少数据：data/summary.json（HTTP 404）。请先运行 npm run data');
		await tab.page.close();
	});

	test('without WebAssembly the first view still draws, and filtering says why it cannot', async () => {
		const tab = await openTab(browser);
		await tab.page.addInitScript(() => {
			// @ts-expect-error simulating a browser without WebAssembly
			delete globalThis.WebAssembly;
		});
		await tab.page.goto(`${tab.origin}/`);
		await waitReady(tab.page);
		expect(await tab.page.getAttribute('[data-panel="requests"]', 'data-state')).toBe('ready');
		expect(await tab.page.textContent('.banner.error')).toContain('此浏览器不支持 WebAssembly');
		await tab.page.selectOption('select[aria-label="省份"]', '410000');
		await tab.page.waitForSelector('main[data-ready="true"][data-view="region=410000"]', { timeout: 45_000 });
		expect(await tab.page.getAttribute('[data-panel="requests"]', 'data-state')).toBe('error');
		expect(await tab.page.textContent('[data-panel="requests"] [role="alert"]')).toContain('不支持 WebAssembly');
		await closeTab(tab);
	});

	test('a filter that matches no report shows the empty state, not zeros', async () => {
		const tab = await openTab(browser);
		await tab.page.goto(`${tab.origin}/?region=410000&type=gov_office`);
		await waitReady(tab.page);
		expect(await tab.page.getAttribute('[data-panel="requests"]', 'data-state')).toBe('empty');
		expect(await tab.page.textContent('[data-panel="requests"] .empty')).toContain('没有符合筛选条件的报告');
		await closeTab(tab);
	});
});
