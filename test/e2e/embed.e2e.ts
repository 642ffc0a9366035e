import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PANEL_IDS } from '../../src/lib/charts/common.ts';
import { launch } from './browser.ts';
import { closeTab, openTab, screenshot, tableRows, waitReady } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('embeds', () => {
	test('/embed/requests?region=511725 shows 渠县 with 29 new requests, without page chrome', async () => {
		const tab = await openTab(browser, { width: 640, height: 600 });
		const { page } = tab;
		await page.goto(`${tab.origin}/embed/requests?region=511725`);
		await waitReady(page);
		expect(await page.textContent('[data-panel="requests"] [data-caption]')).toContain('地区：四川省 达州市 渠县');
		expect(await page.textContent('[data-panel="requests"] h2')).toBe('本年新收政府信息公开申请');
		expect(await page.textContent('[data-panel="requests"] [data-headline]')).toBe('渠县 合计：本年新收 29 件');
		const rows = await tableRows(page, 'requests');
		const header = await page.$$eval('[data-panel="requests"] thead th', (ths) => ths.map((t) => t.textContent!.trim()));
		const total = header.indexOf('总计');
		expect(rows.find((r) => r[0] === '渠县人民政府办公室')![total]).toBe('29');
		expect(rows.at(-1)![0]).toBe('合计');
		expect(rows.at(-1)![total]).toBe('29');
		expect(await page.textContent('[data-panel="requests"] .source')).toContain('来源');
		expect(await page.$$('select, form.filters, [data-export="embed"]')).toHaveLength(0);
		await closeTab(tab);
	});

	test('the land panel shows 26 件 / 89.6% for 渠县人民政府办公室 and 未说明 for the others', async () => {
		const tab = await openTab(browser, { width: 640, height: 600 });
		const { page } = tab;
		await page.goto(`${tab.origin}/embed/land?region=511725`);
		await waitReady(page);
		const rows = await tableRows(page, 'land');
		const office = rows.find((r) => r[0] === '渠县人民政府办公室')!;
		expect(office.slice(3, 5)).toEqual(['26 件', '89.6%']);
		const others = rows.filter((r) => r[0] !== '渠县人民政府办公室');
		expect(others.length).toBeGreaterThan(0);
		expect(others.every((r) => r[3] === '未说明' && r[4] === '未说明')).toBe(true);
		const chartText = await page.textContent('[data-panel="land"] .chart svg');
		expect(chartText).toContain('26 件 / 89.6%');
		expect(chartText).toContain('未说明');
		await closeTab(tab);
	});

	test('every embed draws, and tells its parent page its height', async () => {
		const tab = await openTab(browser, { width: 900, height: 700 });
		const { page } = tab;
		for (const id of PANEL_IDS) {
			await page.goto(`${tab.origin}/embed/${id}`);
			await waitReady(page);
			expect(await page.getAttribute(`[data-panel="${id}"]`, 'data-state')).toMatch(/^(ready|empty)$/);
			await screenshot(page, `embed-${id}`);
		}
		// A parent page on the same host, with the iframe code the 嵌入 button gives.
		await page.goto(`${tab.origin}/data/summary.json`);
		const height = await page.evaluate(async (src) => {
			document.body.innerHTML = '';
			const got = new Promise<number>((resolve) =>
				addEventListener('message', (e) => {
					if (e.data?.type === 'gongkai-lens:height' && e.data.height > 200) resolve(e.data.height);
				})
			);
			const f = document.createElement('iframe');
			f.src = src;
			f.style.width = '600px';
			document.body.append(f);
			return got;
		}, `${tab.origin}/embed/land`);
		expect(height).toBeGreaterThan(200);
		await closeTab(tab);
	});
});
