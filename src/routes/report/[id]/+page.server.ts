/**
 * One prerendered page per report in the data (static/data/reports.parquet, read at build time). A host that
 * is given new data without a rebuild shows the dashboard but no new report pages: run `npm run build` again.
 */
import { readFile } from 'node:fs/promises';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { REPORT_ID } from '$lib/query/report.ts';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () => {
	let buf: Buffer;
	try {
		buf = await readFile('static/data/reports.parquet');
	} catch {
		console.warn('static/data/reports.parquet not found: no report pages prerendered (run npm run data first)');
		return [];
	}
	const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
	const rows = await parquetReadObjects({ file, columns: ['id'], compressors });
	return rows.map((r) => String(r.id)).filter((id) => REPORT_ID.test(id)).map((id) => ({ id }));
};
