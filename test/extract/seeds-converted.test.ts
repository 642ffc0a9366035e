/**
 * Every seed, converted by LibreOffice to DOCX, DOC and PDF and published as a portal page with merged cells
 * (scripts/make-extract-fixtures.sh), extracts to text in which each table row of the seed is ONE line with the seed's
 * cells, in the seed's order, and the narrative survives. The truth is the seed text itself (samples/seeds/*.txt).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/lib/server/extract/index.ts';
import { FIXTURES, inOrder, numberRows, sameRow, seedFiles } from './helpers.ts';

const forms = [
	{ ext: 'docx', form: 'docx' },
	{ ext: 'doc', form: 'doc' },
	{ ext: 'pdf', form: 'pdf' },
	{ ext: 'portal.html', form: 'html' },
] as const;

describe.each(seedFiles)('seed $n converted', ({ n, file }) => {
	const seedText = readFileSync(file, 'utf8');
	const seedRows = numberRows(seedText);

	it.each(forms)('to $ext keeps every table row of the seed on one line, in order', async ({ ext, form }) => {
		const path = `${FIXTURES}seeds/${n}.${ext}`;
		const extracted = await extractText(readFileSync(path), path);
		expect(extracted.form).toBe(form);
		expect(seedRows.length).toBeGreaterThan(30);
		const { missing } = inOrder(numberRows(extracted.text), seedRows, sameRow);
		expect(missing, `row missing from ${n}.${ext}`).toBeNull();
	});

	it.each(forms)('to $ext keeps the title and the narrative', async ({ ext }) => {
		const path = `${FIXTURES}seeds/${n}.${ext}`;
		const { text } = await extractText(readFileSync(path), path);
		const squeeze = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
		const paragraphs = seedText.split('\n').filter((l) => !l.includes('\t') && squeeze(l).length > 0);
		// the first lines (agency and title) and the last paragraph (section 六) of the seed
		for (const p of [paragraphs[0]!, paragraphs[1]!, paragraphs.at(-1)!]) expect(squeeze(text)).toContain(squeeze(p));
	});
});

describe('the portal page', () => {
	it('loses its site chrome: navigation, breadcrumbs, meta line, share buttons and footer', async () => {
		const path = `${FIXTURES}seeds/001.portal.html`;
		const { text } = await extractText(readFileSync(path), path);
		for (const chrome of ['首页', '当前位置', '发布时间', '浏览次数', '分享到', '打印本页', 'ICP备案号', '网站地图', '政府信息公开制度', '统计代码', '请输入关键字'])
			expect(text).not.toContain(chrome);
		expect(text.split('\n')[0]).toBe('渠县人民政府办公室');
	});

	it('flattens rowspan/colspan so a group label stands on its first row only (seed 001, line 60)', async () => {
		const path = `${FIXTURES}seeds/001.portal.html`;
		const { text } = await extractText(readFileSync(path), path);
		expect(text).toContain('三、本年度办理结果\t（一）予以公开\t\t6\t0\t0\t0\t0\t0\t6');
		expect(text).toContain('\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t20\t0\t0\t0\t0\t1\t21');
	});
});
