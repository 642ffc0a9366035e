/**
 * Plain text in any encoding Chinese government sites publish: UTF-8 (with or without BOM), UTF-16 LE/BE
 * (with BOM, or detected by the share of NUL bytes), and GB18030 (a superset of GBK and GB2312).
 * Decoding uses the WHATWG TextDecoder of Node's full ICU, which implements GB18030; a decode is accepted only
 * when it is clean (`fatal: true`), so a wrong guess fails loudly instead of producing mojibake.
 */
import { ReportError } from '../../model/errors.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Which encoding the bytes are in, or null when they are not text in any of them. */
export function detectEncoding(bytes: Uint8Array): TextEncoding | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	const utf16 = sniffUtf16(bytes);
	if (utf16) return utf16;
	if (decodes(bytes, 'utf-8')) return 'utf-8';
	// Not UTF-8: GB18030 or BOM-less UTF-16 whose text is mostly Chinese (so few NUL bytes). Take the decoding that
	// reads as ordinary Chinese text, if one clearly does.
	const scored = (['gb18030', 'utf-16le', 'utf-16be'] as const)
		.filter((e) => (e === 'gb18030' ? !hasControlBytes(bytes) : bytes.length % 2 === 0) && decodes(bytes, e))
		.map((e) => ({ e, score: plausibility(new TextDecoder(e).decode(bytes.subarray(0, 8192))) }))
		.sort((a, b) => b.score - a.score);
	return scored[0] && scored[0].score >= 0.9 ? scored[0].e : null;
}

/** Share of characters that ordinary Chinese report text consists of (CJK, ASCII, CJK and full-width punctuation). */
function plausibility(text: string): number {
	if (!text.length) return 0;
	let ok = 0;
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) ok++;
	}
	return ok / [...text].length;
}

/**
 * Decode text bytes; throws a ReportError naming the file when they are not text in a supported encoding.
 * @example decodeText(readFileSync('gbk.txt'), 'gbk.txt') // { text: '…', encoding: 'gb18030' }
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
	const encoding = detectEncoding(bytes);
	if (!encoding) throw new ReportError(file, '无法识别文本编码（不是 UTF-8、UTF-16 或 GB18030 文本） / not text in UTF-8, UTF-16 or GB18030');
	const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
	return { text, encoding };
}

function decodes(bytes: Uint8Array, encoding: string): boolean {
	try {
		new TextDecoder(encoding, { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/**
 * UTF-16 without a BOM. UTF-8 and GB18030 text has no NUL bytes at all, while UTF-16 has one in every ASCII code unit
 * (digits, tabs, line ends): on odd offsets for LE, even for BE. Chinese text is mostly non-ASCII, so even a few
 * percent of NULs, all on one side, is the sign; the decode must then be clean and free of control characters.
 */
function sniffUtf16(bytes: Uint8Array): TextEncoding | null {
	const n = Math.min(bytes.length, 8192) & ~1;
	if (n < 4) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = n / 2;
	const candidate =
		oddNul >= 4 && oddNul > pairs * 0.01 && evenNul * 10 <= oddNul ? 'utf-16le' : evenNul >= 4 && evenNul > pairs * 0.01 && oddNul * 10 <= evenNul ? 'utf-16be' : null;
	if (!candidate) return null;
	const whole = bytes.subarray(0, bytes.length & ~1);
	if (!decodes(whole, candidate)) return null;
	const sample = new TextDecoder(candidate).decode(bytes.subarray(0, n));
	return /[\u0000-\u0008\u000e-\u001f]/.test(sample) ? null : candidate;
}

/** Binary files often decode as GB18030 by accident; real text has no C0 controls but tab, CR, LF, FF. */
function hasControlBytes(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 65536);
	for (let i = 0; i < n; i++) {
		const b = bytes[i]!;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return true;
	}
	return false;
}
