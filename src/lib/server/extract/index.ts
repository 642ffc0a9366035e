/**
 * Bytes of a published report → normalised text that the parser reads, whatever form it came in.
 * The form is chosen by content (magic bytes, markup sniffing), not by the file's extension.
 */
import { ReportError } from '../../model/errors.ts';
import { normalizeText } from '../../parse/normalize.ts';
import { decodeText } from './text.ts';

export type ReportForm = 'text' | 'html' | 'pdf' | 'docx' | 'doc';

export interface Extracted {
	/** Normalised text (parse/normalize.ts); `lines` of the record are 1-based lines of this text. */
	text: string;
	form: ReportForm;
	/** The character encoding that was detected, for text and HTML. */
	encoding?: string;
}

/**
 * Read one report file's bytes as text; throws ReportError naming the file and the reason when it cannot.
 * @example await extractText(readFileSync('seed.txt'), 'seed.txt') // { text, form: 'text', encoding: 'utf-8' }
 */
export async function extractText(bytes: Uint8Array, file: string): Promise<Extracted> {
	if (bytes.length === 0) throw new ReportError(file, '文件为空 / empty file');
	const form = sniffForm(bytes);
	if (form !== 'text') throw new ReportError(file, `不支持的文件格式：${form} / unsupported form: ${form}`);
	const { text, encoding } = decodeText(bytes, file);
	return { text: normalizeText(text), form: 'text', encoding };
}

/** The form of a file by its first bytes. */
export function sniffForm(bytes: Uint8Array): ReportForm | 'zip' | 'ofd' | 'image' | 'binary' {
	const head = (n: number) => String.fromCharCode(...bytes.subarray(0, n));
	if (head(5) === '%PDF-') return 'pdf';
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc';
	if (head(4) === 'PK\u0003\u0004') return 'zip';
	if (bytes[0] === 0x89 && head(4).slice(1) === 'PNG') return 'image';
	if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image';
	return 'text';
}
