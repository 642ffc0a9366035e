import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from './browser.ts';
import { closeTab, openTab, screenshot, tableRows, waitReady } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const agencies = async (page: import('playwright-core').Page) => (await tableRows(page, 'reports')).map((r) => r[0]!);

describe('dashboard', () => {
	test('the first view draws from the build-time summary, then DuckDB-WASM starts from the site’s own files', async () => {
		const tab = await openTab(browser);
		await tab.page.goto(`${tab.origin}/`);
		await waitReady(tab.page);
		expect(await tab.page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await tab.page.getAttribute('[data-panel="requests"]', 'data-source')).toBe('summary');
		const states = await tab.page.$$eval('[data-panel]', (els) => els.map((e) => e.getAttribute('data-state')));
		expect(states).toHaveLength(7);
		expect(states.every((s) => s === 'ready' || s === 'empty')).toBe(true);
		await tab.page.waitForSelector('html[data-duckdb="ready"]', { timeout: 45_000 });
		expect(await tab.page.textContent('[data-duckdb]')).toContain('查询引擎已就绪');
		await screenshot(tab.page, 'dashboard');
		await closeTab(tab);
	});

	test('filtering by 河南省 leaves only 凤泉区 and 息县 reports; a reloaded URL gives the same view; back and forward work', async () => {
		const tab = await openTab(browser);
		const { page } = tab;
		await page.goto(`${tab.origin}/`);
		await waitReady(page);
		const all = await agencies(page);
		expect(all).toContain('渠县人民政府办公室');

		await page.selectOption('select[aria-label="省份"]', { label: '河南省' });
		await page.waitForSelector('main[data-ready="true"][data-view="region=410000"]', { timeout: 45_000 });
		expect(new URL(page.url()).search).toBe('?region=410000');
		expect(await page.getAttribute('[data-panel="reports"]', 'data-source')).toBe('duckdb');
		const henan = await tableRows(page, 'reports');
		expect(henan.length).toBeGreaterThan(0);
		expect(henan.every((r) => r[2]!.startsWith('河南省'))).toBe(true);
		expect(new Set(henan.map((r) => r[2]!.split(' ').at(-1)))).toEqual(new Set(['凤泉区', '息县']));
		expect(await page.textContent('[data-panel="requests"] [data-caption]')).toContain('地区：河南省');

		await page.reload();
		await page.waitForSelector('main[data-ready="true"][data-view="region=410000"]', { timeout: 45_000 });
		expect(await tableRows(page, 'reports')).toEqual(henan);
		expect(await page.inputValue('select[aria-label="省份"]')).toBe('410000');

		await page.goBack();
		await page.waitForSelector('main[data-ready="true"][data-view=""]', { timeout: 45_000 });
		expect(await agencies(page)).toEqual(all);
		await page.goForward();
		await page.waitForSelector('main[data-ready="true"][data-view="region=410000"]', { timeout: 45_000 });
		expect(await tableRows(page, 'reports')).toEqual(henan);
		await screenshot(page, 'dashboard-henan');
		await closeTab(tab);
	});

	test('clicking a county’s bar drills down to that county', async () => {
		const tab = await openTab(browser);
		const { page } = tab;
		await page.goto(`${tab.origin}/?region=511700`);
		await waitReady(page);
		// The widest bar of the requests chart is 渠县's natural-person segment (28 of 29).
		const box = await page.$eval('[data-panel="requests"] .chart svg', (svg) => {
			const paths = [...svg.querySelectorAll('path[fill="#2f6db5"]')].map((p) => p.getBoundingClientRect()).filter((r) => r.width > 40);
			const widest = paths.sort((a, b) => b.width - a.width)[0]!;
			return { x: widest.x + widest.width / 2, y: widest.y + widest.height / 2 };
		});
		await page.mouse.click(box.x, box.y);
		await page.waitForSelector('main[data-ready="true"][data-view="region=511725"]', { timeout: 45_000 });
		expect(await page.textContent('[data-panel="requests"] [data-caption]')).toContain('地区：四川省 达州市 渠县');
		await closeTab(tab);
	});

	test('unknown URL parameters are dropped with a notice, never put into a query', async () => {
		const tab = await openTab(browser);
		const { page } = tab;
		await page.goto(`${tab.origin}/?region=999999&type=${encodeURIComponent("x' OR 1=1 --")}&year=1990`);
		await waitReady(page);
		const notice = await page.textContent('.banner.warn');
		expect(notice).toContain('region=999999（数据中没有这个地区代码）');
		expect(notice).toContain("type=x' OR 1=1 --");
		expect(await page.textContent('[data-panel="requests"] [data-caption]')).toContain('地区：全部；机关类型：全部');
		await closeTab(tab);
	});

	test('works at 360 px wide without sideways scrolling', async () => {
		const tab = await openTab(browser, { width: 360, height: 780 });
		await tab.page.goto(`${tab.origin}/`);
		await waitReady(tab.page);
		expect(await tab.page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
		await screenshot(tab.page, 'dashboard-360px');
		await closeTab(tab);
	});

	test('prints on A4 without filters and buttons', async () => {
		const tab = await openTab(browser);
		await tab.page.goto(`${tab.origin}/`);
		await waitReady(tab.page);
		await tab.page.emulateMedia({ media: 'print' });
		expect(await tab.page.isVisible('form.filters')).toBe(false);
		expect(await tab.page.isVisible('[data-panel="land"] [data-export="csv"]')).toBe(false);
		expect(await tab.page.isVisible('[data-panel="land"] .chart')).toBe(true);
		const pdf = await tab.page.pdf({ preferCSSPageSize: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await closeTab(tab);
	});
});
