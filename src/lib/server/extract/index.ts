/**
 * Bytes of a published report → normalised text that the parser reads, whatever form it came in: plain text in any
 * encoding (text.ts), a saved web page (html.ts), a PDF with a text layer (pdf.ts), DOCX (docx.ts) or Word 97–2003
 * DOC (doc.ts). The form is chosen by content (sniff.ts: magic bytes, ZIP entries, markup), not by the file's
 * extension. A file that cannot be read (scanned, encrypted, truncated, corrupt, or a form we do not read: OFD, WPS,
 * images, spreadsheets …) throws ReportError naming the file and the reason; nothing is guessed.
 */
import { ReportError } from '../../model/errors.ts';
import { normalizeText } from '../../parse/normalize.ts';
import { readDoc } from './doc.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { sniffForm, type ReportForm, type UnsupportedForm } from './sniff.ts';
import { decodeText } from './text.ts';

export { sniffForm, type ReportForm, type UnsupportedForm } from './sniff.ts';

export interface Extracted {
	/** Normalised text (parse/normalize.ts); `lines` of the record are 1-based lines of this text. */
	text: string;
	form: ReportForm;
	/** The character encoding that was detected, for text and HTML. */
	encoding?: string;
	/** PDF only: 1-based pages that are images without text (scanned pages), whose content is missing from `text`. */
	scannedPages?: number[];
}

/** Why each recognised but unreadable form cannot be read, Chinese first. */
const UNSUPPORTED: Record<UnsupportedForm, string> = {
	ofd: '不支持的文件格式：OFD 版式文件（请改用 PDF、Word 或网页版本） / unsupported form: OFD',
	odt: '不支持的文件格式：ODT（OpenDocument 文本） / unsupported form: ODT',
	xlsx: '不支持的文件格式：Excel 表格（XLSX） / unsupported form: XLSX spreadsheet',
	pptx: '不支持的文件格式：PowerPoint 演示文稿（PPTX） / unsupported form: PPTX',
	zip: '不支持的文件格式：ZIP 压缩包（不是 DOCX） / unsupported form: a ZIP archive that is not a DOCX',
	rtf: '不支持的文件格式：RTF / unsupported form: RTF',
	png: '图片文件（PNG）没有文字层，需要 OCR 识别 / image (PNG): no text layer, needs OCR',
	jpeg: '图片文件（JPEG）没有文字层，需要 OCR 识别 / image (JPEG): no text layer, needs OCR',
	gif: '图片文件（GIF）没有文字层，需要 OCR 识别 / image (GIF): no text layer, needs OCR',
	tiff: '图片文件（TIFF）没有文字层，需要 OCR 识别 / image (TIFF): no text layer, needs OCR',
	bmp: '图片文件（BMP）没有文字层，需要 OCR 识别 / image (BMP): no text layer, needs OCR',
	webp: '图片文件（WebP）没有文字层，需要 OCR 识别 / image (WebP): no text layer, needs OCR',
	binary: '不支持的文件格式：二进制文件 / unsupported form: binary file',
};

/**
 * Read one report file's bytes as text; throws ReportError naming the file and the reason when it cannot.
 * @example await extractText(readFileSync('seed.txt'), 'seed.txt') // { text, form: 'text', encoding: 'utf-8' }
 */
export async function extractText(bytes: Uint8Array, file: string): Promise<Extracted> {
	if (bytes.length === 0) throw new ReportError(file, '文件为空 / empty file');
	const form = sniffForm(bytes);
	switch (form) {
		case 'text': {
			const { text, encoding } = decodeText(bytes, file);
			return { text: normalizeText(text), form, encoding };
		}
		case 'html': {
			const { text, encoding } = readHtml(bytes, file);
			return { text: normalizeText(text), form, encoding };
		}
		case 'pdf': {
			const { text, scannedPages } = await readPdf(bytes, file);
			return { text: normalizeText(text), form, ...(scannedPages.length ? { scannedPages } : {}) };
		}
		case 'docx':
			return { text: normalizeText(await readDocx(bytes, file)), form };
		case 'doc':
			return { text: normalizeText(readDoc(bytes, file)), form };
		default:
			throw new ReportError(file, UNSUPPORTED[form]);
	}
}
