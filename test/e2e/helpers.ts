/** Shared e2e helpers: a page that records any request to another host, readiness waits, screenshots. */
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const SHOTS = new URL('../../test-results/e2e/', import.meta.url);

export interface Tab {
	page: Page;
	context: BrowserContext;
	origin: string;
	/** Requests to any host but the test server: must stay empty. */
	foreign: string[];
	/** Page errors and dialogs (alert() from injected markup would land here). */
	errors: string[];
}

/** One browser context per browser (per test file), so its HTTP cache keeps the DuckDB-WASM files between pages. */
const contexts = new WeakMap<Browser, Promise<BrowserContext>>();

export async function openTab(browser: Browser, options: { width?: number; height?: number } = {}): Promise<Tab> {
	const origin = inject('origin');
	if (!contexts.has(browser)) contexts.set(browser, browser.newContext({ acceptDownloads: true, locale: 'zh-CN' }));
	const context = await contexts.get(browser)!;
	const page = await context.newPage();
	await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
	const tab: Tab = { page, context, origin, foreign: [], errors: [] };
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) tab.foreign.push(url);
	});
	page.on('pageerror', (e) => tab.errors.push(`pageerror: ${e.message}`));
	page.on('dialog', (d) => {
		tab.errors.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	return tab;
}

/** Wait until the page says every panel has settled for the view in its URL. */
export async function waitReady(page: Page): Promise<void> {
	await page.waitForSelector('main[data-ready="true"]', { timeout: 45_000 });
}

export async function closeTab(tab: Tab): Promise<void> {
	expect(tab.foreign, 'requests to other hosts').toEqual([]);
	expect(tab.errors, 'page errors and dialogs').toEqual([]);
	await tab.page.close();
}

export async function screenshot(page: Page, name: string): Promise<void> {
	await mkdir(SHOTS, { recursive: true });
	await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true });
}

/** Texts of a panel's data-table rows (first cell is the row header). */
export async function tableRows(page: Page, panel: string): Promise<string[][]> {
	return page.$$eval(`[data-panel="${panel}"] table tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
}
