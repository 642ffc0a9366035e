/**
 * One file on disk → its normalised text and canonical record: read → extract (any form) → parse.
 * Shared by `scripts/parse.ts` and the build, so both see exactly the same record for a file.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ReportError } from '../model/errors.ts';
import type { Report } from '../model/record.ts';
import { parseReport } from '../parse/index.ts';
import { extractText, type Extracted } from './extract/index.ts';

/** The extracted, normalised text of a report file. Throws ReportError when it cannot be read. */
export async function readReportText(file: string): Promise<Extracted> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ReportError(file, code === 'ENOENT' ? '文件不存在 / no such file' : code === 'EISDIR' ? '是目录，不是文件 / is a directory' : `无法读取 / cannot read (${code})`);
	}
	return extractText(bytes, file);
}

/** Read, extract and parse one report file. */
export async function readReport(file: string): Promise<{ report: Report; extracted: Extracted }> {
	const extracted = await readReportText(file);
	const report = parseReport(extracted.text, basename(file), file);
	return { report, extracted };
}
