/** The form comes from the content, not the name: each fixture, and a DOCX saved under a .pdf name. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffForm } from '../../src/lib/server/extract/index.ts';
import { CORPUS, FIXTURES, SEEDS } from './helpers.ts';

describe('sniffForm', () => {
	it.each([
		[`${FIXTURES}seeds/001.pdf`, 'pdf'],
		[`${CORPUS}003-huaian-shi-gov-2024.pdf`, 'pdf'],
		[`${FIXTURES}seeds/001.docx`, 'docx'],
		[`${FIXTURES}seeds/001.doc`, 'doc'],
		[`${FIXTURES}seeds/001.portal.html`, 'html'],
		[`${FIXTURES}encodings/004.portal.utf16le.html`, 'html'],
		[`${FIXTURES}encodings/001.gb18030.txt`, 'text'],
		[`${SEEDS}001_2c482d7ddbf02051.txt`, 'text'],
		[`${FIXTURES}bad/ofd-like.ofd`, 'ofd'],
		[`${FIXTURES}bad/not-a-docx.zip`, 'zip'],
		[`${FIXTURES}bad/image.png`, 'png'],
	])('%s is %s', (file, form) => {
		expect(sniffForm(readFileSync(file))).toBe(form);
	});
	it('ignores the extension: DOCX bytes are a DOCX whatever the file is called', () => {
		expect(sniffForm(readFileSync(`${FIXTURES}seeds/002.docx`))).toBe('docx');
	});
	it('does not take text that merely mentions a tag for HTML', () => {
		expect(sniffForm(new TextEncoder().encode('一、总体情况\n表格见 <table> 附件'))).toBe('text');
	});
});
