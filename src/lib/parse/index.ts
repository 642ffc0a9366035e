/**
 * Report text → canonical record. Stages: normalize → sections → tables → narrative → checks.
 */
import { ReportError } from '../model/errors.ts';
import type { Report } from '../model/record.ts';

/**
 * Parse one report's normalised text. Throws ReportError when the text is not a report (no title and no table 3).
 * @example parseReport(text, '001.txt') // { agency: '渠县人民政府办公室', year: 2025, … }
 */
export function parseReport(text: string, source: string, file: string = source): Report {
	void text;
	throw new ReportError(file, 'parser under construction');
}
