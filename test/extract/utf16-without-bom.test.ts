/** UTF-16 without a byte-order mark, for Chinese text with few ASCII characters (so few NUL bytes to sniff). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../src/lib/server/extract/text.ts';

const text = readFileSync(new URL('../../samples/seeds/004_7f2ebbd01c28b404.txt', import.meta.url), 'utf8');
const le = new Uint8Array(Buffer.from(text, 'utf16le'));
const be = new Uint8Array(Buffer.from(le).swap16());

describe('UTF-16 without a BOM', () => {
	it('detects little-endian and decodes seed 004 exactly', () => {
		expect(detectEncoding(le)).toBe('utf-16le');
		expect(decodeText(le, 'seed-004.utf16le.txt').text).toBe(text);
	});
	it('detects big-endian and decodes seed 004 exactly', () => {
		expect(detectEncoding(be)).toBe('utf-16be');
		expect(decodeText(be, 'seed-004.utf16be.txt').text).toBe(text);
	});
	it('still reads GB18030 as GB18030', () => {
		const gb = new Uint8Array(readFileSync(new URL('../fixtures/flattenings/001-tabs.gb18030.txt', import.meta.url)));
		expect(detectEncoding(gb)).toBe('gb18030');
	});
	it('rejects random bytes, naming the file', () => {
		const junk = new Uint8Array(readFileSync(new URL('../fixtures/flattenings/bad/binary-random.txt', import.meta.url)));
		expect(() => decodeText(junk, 'binary-random.txt')).toThrow(/binary-random\.txt: 无法识别文本编码/);
	});
});
