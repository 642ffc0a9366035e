import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from './browser.ts';
import { closeTab, openTab, waitReady } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function download(page: Page, selector: string): Promise<{ name: string; data: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
	return { name: file.suggestedFilename(), data: await readFile((await file.path())!) };
}
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('exports', () => {
	test('the land panel exports CSV, SVG and PNG with its caption, filters and source', async () => {
		const tab = await openTab(browser);
		const { page } = tab;
		await page.goto(`${tab.origin}/?region=511725`);
		await waitReady(page);

		const csv = await download(page, '[data-panel="land"] [data-export="csv"]');
		expect(csv.name).toBe('gongkai-lens-land-region-511725.csv');
		expect([...csv.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = csv.data.toString('utf8').slice(1);
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('征地拆迁类申请');
		expect(lines[1]).toContain('地区：四川省 达州市 渠县');
		expect(text).toContain('来源：各机关《政府信息公开工作年度报告》');
		expect(lines).toContain('机关,地区,年度,征地拆迁申请,占本年新收,本年新收');
		expect(lines.find((l) => l.startsWith('渠县人民政府办公室,'))).toMatch(/^渠县人民政府办公室,渠县,2025,26,0\.896,29$/);

		const svg = await download(page, '[data-panel="land"] [data-export="svg"]');
		const doc = svg.data.toString('utf8');
		expect(doc.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(doc).toContain('26 件 / 89.6%');
		expect(doc).toContain('地区：四川省 达州市 渠县');
		expect(doc).toContain('来源：各机关《政府信息公开工作年度报告》');

		const png2 = await download(page, '[data-panel="land"] [data-export="png2"]');
		expect([...png2.data.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
		const png3 = await download(page, '[data-panel="land"] [data-export="png3"]');
		const width = Number(/width="(\d+)"/.exec(doc)![1]);
		expect(pngSize(png2.data).width).toBe(width * 2);
		expect(pngSize(png3.data).width).toBe(width * 3);
		await closeTab(tab);
	});

	test('嵌入 gives the iframe code of the panel with the current filters', async () => {
		const tab = await openTab(browser);
		const { page } = tab;
		await tab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: tab.origin });
		await page.goto(`${tab.origin}/?region=410000`);
		await waitReady(page);
		await page.click('[data-panel="requests"] [data-export="embed"]');
		const code = await page.inputValue('[data-panel="requests"] textarea');
		expect(code).toContain(`<iframe src="${tab.origin}/embed/requests?region=410000"`);
		expect(code).toContain('gongkai-lens:height');
		await page.click('[data-panel="requests"] .embed button');
		await page.waitForSelector('[data-panel="requests"] .embed [role="status"]:has-text("已复制")');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		await closeTab(tab);
	});
});
