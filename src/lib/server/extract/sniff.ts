/**
 * Which form a file is in, by its content (magic bytes, the entries of a ZIP, markup at the start of a text), never by
 * its extension: portals serve DOCX named .doc, HTML named .pdf, and GBK text named .html.
 */
import { unzipSync } from 'fflate';
import { detectEncoding } from './text.ts';

export type ReportForm = 'text' | 'html' | 'pdf' | 'docx' | 'doc';
/** Forms we recognise but cannot read as a report. */
export type UnsupportedForm = 'ofd' | 'odt' | 'xlsx' | 'pptx' | 'zip' | 'rtf' | 'png' | 'jpeg' | 'gif' | 'tiff' | 'bmp' | 'webp' | 'binary';

/**
 * The form of a file by its first bytes (and, for a ZIP, the names of its entries).
 * @example sniffForm(readFileSync('report.docx')) // 'docx'
 */
export function sniffForm(bytes: Uint8Array): ReportForm | UnsupportedForm {
	const head = latin1(bytes.subarray(0, 16));
	if (latin1(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc';
	if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) return sniffZip(bytes);
	if (head.startsWith('\u0089PNG')) return 'png';
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (head.startsWith('GIF8')) return 'gif';
	if (head.startsWith('II*\u0000') || head.startsWith('MM\u0000*')) return 'tiff';
	if (head.startsWith('BM') && bytes.length > 26 && bytes[14]! >= 12 && bytes[15] === 0) return 'bmp';
	if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
	if (head.startsWith('{\\rtf')) return 'rtf';
	return looksLikeHtml(bytes) ? 'html' : 'text';
}

/** A ZIP is a DOCX when it has word/document.xml; OFD, ODT, XLSX and PPTX are ZIPs too. */
function sniffZip(bytes: Uint8Array): ReportForm | UnsupportedForm {
	const names: string[] = [];
	try {
		unzipSync(bytes, {
			filter: (f) => {
				names.push(f.name);
				return false;
			},
		});
	} catch {
		// a ZIP whose directory cannot be read: report it as a ZIP, and let the reader give the reason
		return 'zip';
	}
	const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
	if (has('word/document.xml')) return 'docx';
	if (has('OFD.xml')) return 'ofd';
	if (has('content.xml') && has('mimetype')) return 'odt';
	if (has('xl/workbook.xml')) return 'xlsx';
	if (has('ppt/presentation.xml')) return 'pptx';
	return 'zip';
}

/** Markup at the start of the text (after a BOM, white space, an XML declaration and comments) is an HTML page. */
function looksLikeHtml(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 2048);
	const encoding = detectEncoding(sample.subarray(0, sample.length & ~1));
	const text =
		encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding).decode(sample.subarray(0, sample.length & ~1)) : latin1(sample);
	return /^(\ufeff|\u00ef\u00bb\u00bf)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|table|div|p|span|style|script|link|base)\b/i.test(
		text,
	);
}

function latin1(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
	return s;
}
