/**
 * DOCX (Word 2007+) → report text. mammoth turns the document body into HTML that keeps tables as tables
 * (merged cells become colspan/rowspan), and html.ts flattens that HTML exactly as it does a web page, so a DOCX
 * table row becomes one TAB-separated line. Headers, footers and comments are not part of the report body.
 */
import mammoth from 'mammoth';
import { ReportError } from '../../model/errors.ts';
import { htmlToText } from './html.ts';

/**
 * @example await readDocx(readFileSync('report.docx'), 'report.docx') // '渠县人民政府办公室\n…'
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<string> {
	let html: string;
	try {
		({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
	} catch (error) {
		throw new ReportError(file, `DOCX 文件损坏，无法读取 / corrupt DOCX: ${(error as Error)?.message ?? String(error)}`);
	}
	const text = htmlToText(html, { page: false });
	if (!text.trim()) throw new ReportError(file, 'DOCX 文件中没有文字（可能只有图片，需要 OCR） / the DOCX has no text (images only? needs OCR)');
	return text;
}
