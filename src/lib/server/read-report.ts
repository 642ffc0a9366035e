/**
 * One file on disk → its normalised text and canonical record: read → extract (any form) → parse → classify.
 * Shared by `scripts/parse.ts` and the build, so both see exactly the same record for a file.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ReportError } from '../model/errors.ts';
import type { Report } from '../model/record.ts';
import { classifyReport, type RegionOverride } from '../classify/index.ts';
import { parseReport } from '../parse/index.ts';
import { loadRegionOverrides } from './build/overrides.ts';
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

let defaultOverrides: Map<string, RegionOverride> | undefined;

/**
 * Read, extract, parse and classify one report file (region, agency type, themes: src/lib/classify). Region
 * overrides come from `options.overrides`, else from the project's regions.override.csv.
 */
export async function readReport(file: string, options: { overrides?: ReadonlyMap<string, RegionOverride> } = {}): Promise<{ report: Report; extracted: Extracted }> {
	const extracted = await readReportText(file);
	const parsed = parseReport(extracted.text, basename(file), file);
	const overrides = options.overrides ?? (defaultOverrides ??= loadRegionOverrides());
	const report = classifyReport(parsed, extracted.text, { overrides });
	return { report, extracted };
}
