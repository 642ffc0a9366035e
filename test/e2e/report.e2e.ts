import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from './browser.ts';
import { closeTab, openTab, screenshot, waitReady } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('report page', () => {
	test('the page of 渠县人民政府办公室 highlights the line of 新收 29', async () => {
		const tab = await openTab(browser);
		const { page } = tab;
		await page.goto(`${tab.origin}/?region=511725`);
		await waitReady(page);
		await page.click('[data-panel="reports"] a:text-is("渠县人民政府办公室")');
		await page.waitForURL(/\/report\/[A-Za-z0-9_-]+$/);
		await waitReady(page);
		expect(await page.textContent('h1')).toContain('渠县人民政府办公室');
		const cell = page.locator('td[data-row="new_received"][data-col="total"]');
		expect((await cell.textContent())!.trim()).toBe('29');
		const line = await cell.getAttribute('data-line');
		expect(line).toMatch(/^\d+$/);
		const source = page.locator(`li#L${line}`);
		expect(await source.getAttribute('data-cited')).toBe('true');
		expect(await source.textContent()).toMatch(/本年新收.*29/);
		await cell.locator('button').click();
		expect(await source.getAttribute('class')).toContain('focus');
		expect(new URL(page.url()).hash).toBe(`#L${line}`);
		await screenshot(page, 'report-quxian-office');
		await closeTab(tab);
	});

	test('an unknown report id says so', async () => {
		const tab = await openTab(browser);
		// Prerendered pages exist only for known ids; the id check also guards the client-side route.
		const res = await tab.page.goto(`${tab.origin}/report/not-a-report`);
		expect(res!.status()).toBe(404);
		await closeTab(tab);
	});
});
