/**
 * regions.override.csv (`source,code,note`, at the project root): lets a user settle the region of a file whose
 * agency name is ambiguous or names no region. Lines starting with `#` are comments. An unknown code or a file
 * listed twice stops the build with the line named (a wrong override must never pass silently).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { parseRegionOverrides, type RegionOverride } from '../../classify/region.ts';

/** The project's override file. */
export const DEFAULT_OVERRIDES_FILE = fileURLToPath(new URL('../../../../regions.override.csv', import.meta.url));

/**
 * Read an override file; a missing file is no overrides.
 * @example loadRegionOverrides('regions.override.csv').get('鼓楼区教育局2025.txt')?.code // '350102'
 */
export function loadRegionOverrides(file: string = DEFAULT_OVERRIDES_FILE): Map<string, RegionOverride> {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
		throw error;
	}
	return parseRegionOverridesCsv(text, file);
}

/** Parse the text of an override file (header `source,code,note`). */
export function parseRegionOverridesCsv(text: string, file = 'regions.override.csv'): Map<string, RegionOverride> {
	const rows = parse(text, { columns: true, comment: '#', comment_no_infix: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[];
	const records = rows.map(({ record, info }) => {
		if (!('source' in record) || !('code' in record)) throw new Error(`${file}: header must be source,code,note`);
		return { source: record.source ?? '', code: record.code ?? '', note: record.note ?? '', line: info.lines };
	});
	return parseRegionOverrides(records, file);
}
