/** The same report in every encoding portals publish reads to the same text; a page's declared charset is verified. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/lib/server/extract/index.ts';
import { FIXTURES, seedFiles } from './helpers.ts';

const read = async (path: string) => extractText(readFileSync(path), path);

describe('seed 001 as plain text', () => {
	const seed = seedFiles.find((s) => s.n === '001')!;
	it.each([
		['001.gb18030.txt', 'gb18030'],
		['001.utf8-bom.txt', 'utf-8'],
		['001.utf16le-bom.txt', 'utf-16le'],
		['001.utf16be.txt', 'utf-16be'],
	])('%s reads as %s to the same text as the UTF-8 seed', async (name, encoding) => {
		const original = await read(seed.file);
		const copy = await read(`${FIXTURES}encodings/${name}`);
		expect(copy).toMatchObject({ form: 'text', encoding });
		expect(copy.text).toBe(original.text);
		expect(copy.text).toContain('一、本年新收政府信息公开申请数量\t\t\t28\t0\t0\t0\t0\t1\t29');
	});
});

describe('portal pages', () => {
	it('reads a GB18030 page that declares gb2312 to the same text as its UTF-8 twin', async () => {
		const gb = await read(`${FIXTURES}encodings/001.portal.gb2312.html`);
		const utf8 = await read(`${FIXTURES}seeds/001.portal.html`);
		expect(gb).toMatchObject({ form: 'html', encoding: 'gb18030' });
		expect(gb.text).toBe(utf8.text);
	});
	it('does not trust a gb2312 declaration on a page stored as UTF-8', async () => {
		const page = await read(`${FIXTURES}encodings/003.portal.utf8-declared-gb2312.html`);
		expect(page).toMatchObject({ form: 'html', encoding: 'utf-8' });
		expect(page.text).toBe((await read(`${FIXTURES}seeds/003.portal.html`)).text);
		expect(page.text.split('\n')[0]).toBe('盐边县经济合作和商务局');
	});
	it('reads a UTF-16LE page with a BOM', async () => {
		const page = await read(`${FIXTURES}encodings/004.portal.utf16le.html`);
		expect(page).toMatchObject({ form: 'html', encoding: 'utf-16le' });
		expect(page.text).toBe((await read(`${FIXTURES}seeds/004.portal.html`)).text);
	});
});
