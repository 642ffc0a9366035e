/**
 * Extraction feeding the parser: every seed converted to DOCX, DOC, PDF and a portal page parses to exactly its
 * samples/seeds/expected.json values, and the corpus PDFs parse to the values read from their rendered pages
 * (test/fixtures/extract/pdf-expected.json). The extraction itself is tested in the other files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/lib/server/read-report.ts';
import { CORPUS, FIXTURES, SEEDS, seedFiles } from './helpers.ts';

const expected = JSON.parse(readFileSync(`${SEEDS}expected.json`, 'utf8')) as Record<string, Record<string, unknown>>;
const pdfExpected = JSON.parse(readFileSync(`${FIXTURES}pdf-expected.json`, 'utf8')) as Record<string, { table3: object; table4: object }>;

describe.each(seedFiles)('seed $n converted', ({ n, name }) => {
	const want = expected[name]!;
	it.each(['docx', 'doc', 'pdf', 'portal.html'])(`to %s parses to expected.json`, async (ext) => {
		const { report } = await readReport(`${FIXTURES}seeds/${n}.${ext}`);
		const got = report as unknown as Record<string, unknown>;
		for (const key of ['agency', 'year', 'table2', 'table4'] as const) expect(got[key], `${n}.${ext} ${key}`).toEqual(want[key]);
		// every row and column expected.json gives (the record may add other_processing: null for a 2021 report)
		expect(got.table3, `${n}.${ext} table3`).toMatchObject(want.table3 as object);
	});
});

/** Corpus 001 and 002 are WPS PDFs that print (六)其他处理 as one row and misprint "2.其他法律行政止公开". */
describe.each(Object.keys(pdfExpected).filter((k) => k.endsWith('.pdf')))('corpus %s', (file) => {
	const table3 = pdfExpected[file]!.table3 as Record<string, unknown>;
	it('parses to the request totals and table 4 read from its rendered pages', async () => {
		const { report } = await readReport(CORPUS + file);
		const got = report as unknown as { table3: Record<string, unknown>; table4: unknown };
		for (const key of ['new_received', 'carried_over', 'granted', 'partial', 'processed_total', 'carried_forward']) expect(got.table3[key], key).toEqual(table3[key]);
		expect(got.table4).toEqual(pdfExpected[file]!.table4);
	});
	it('parses to every table 3 value read from its rendered pages', async () => {
		const { report } = await readReport(CORPUS + file);
		expect((report as unknown as { table3: Record<string, unknown> }).table3).toMatchObject(table3);
	});
});
