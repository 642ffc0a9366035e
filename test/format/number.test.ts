import { describe, expect, test } from 'vitest';
import { computeShare, formatCount, formatNumber, formatPercent, NOT_STATED } from '../../src/lib/format/number.ts';
import { csvCell, escapeHtml } from '../../src/lib/format/escape.ts';

describe('zh-CN number formats', () => {
	test('groups thousands with a comma and adds the unit after a space', () => {
		expect(formatCount(1295)).toBe('1,295 件');
		expect(formatCount(29)).toBe('29 件');
		expect(formatCount(2, '份')).toBe('2 份');
		expect(formatNumber(1234567)).toBe('1,234,567');
	});
	test('prints a stated share with one decimal: 渠县人民政府办公室 states 89.6% (expected.json share 0.896)', () => {
		expect(formatPercent(0.896)).toBe('89.6%');
		expect(formatPercent(89.6 / 100)).toBe('89.6%');
		expect(formatPercent(0)).toBe('0.0%');
		expect(formatPercent(1)).toBe('100.0%');
	});
	test('a value the document lacks prints as 未说明, never as 0', () => {
		expect(formatCount(null)).toBe(NOT_STATED);
		expect(formatPercent(null)).toBe(NOT_STATED);
		expect(formatNumber(undefined, '—')).toBe('—');
		expect(formatCount(0)).toBe('0 件');
	});
});

describe('shares over small bases', () => {
	test('26 of 29 new requests is a plain share', () => {
		const s = computeShare(26, 29);
		expect(s.small).toBe(false);
		expect(s.text).toBe('89.7%');
	});
	test('a share over fewer than 10 requests is marked with an asterisk', () => {
		const s = computeShare(0, 1);
		expect(s.small).toBe(true);
		expect(s.text).toBe('0.0%*');
	});
	test('no base gives no percentage at all', () => {
		expect(computeShare(0, 0).value).toBeNull();
		expect(computeShare(0, 0).text).toBe('无申请');
		expect(computeShare(null, 29).text).toBe(NOT_STATED);
	});
});

describe('escaping untrusted text', () => {
	test('an agency name with markup becomes inert text', () => {
		expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
		expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
	});
	test('CSV cells quote separators and defuse formulas', () => {
		expect(csvCell('渠县人民政府办公室')).toBe('渠县人民政府办公室');
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('=1+1')).toBe("'=1+1");
		expect(csvCell(29)).toBe('29');
		expect(csvCell(null)).toBe('');
	});
});
