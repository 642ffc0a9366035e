/**
 * The three real PDFs of the corpus: table 3 and table 4 as a person read them from the rendered pages
 * (test/fixtures/extract/pdf-expected.json, read from `pdftoppm -png` pictures, not from any extractor) must come out
 * as table rows, one line per row, in the template's order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/lib/server/extract/index.ts';
import { CORPUS, FIXTURES, inOrder, numberRows, sameRow } from './helpers.ts';

interface Expected {
	table3_pages: number[];
	table4_page: number;
	table3: Record<string, Record<string, number>>;
	table4: Record<'review' | 'suit_direct' | 'suit_after_review', Record<string, number>>;
}
const expected = JSON.parse(readFileSync(`${FIXTURES}pdf-expected.json`, 'utf8')) as Record<string, Expected | string>;
const files = Object.keys(expected).filter((k) => k.endsWith('.pdf'));
const COLUMNS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total'];
const T4 = ['upheld', 'corrected', 'other', 'pending', 'total'];

describe.each(files)('%s', (file) => {
	const truth = expected[file] as Expected;
	const extracted = extractText(readFileSync(CORPUS + file), file);

	it('is read as a PDF with a text layer on every page', async () => {
		const e = await extracted;
		expect(e.form).toBe('pdf');
		expect(e.scannedPages).toBeUndefined();
	});

	it('gives every table-3 row as one line ending in its seven numbers, in order', async () => {
		const { text } = await extracted;
		// the last seven cells of each row that ends in seven numbers
		const rows = numberRows(text)
			.filter((r) => r.length >= 7 && r.slice(-7).every((c) => /^\d+$/.test(c)))
			.map((r) => r.slice(-7));
		const want = Object.values(truth.table3).map((row) => COLUMNS.map((c) => String(row[c])));
		expect(want.length).toBeGreaterThanOrEqual(23);
		expect(inOrder(rows, want, sameRow).missing).toBeNull();
		// and nothing else in between: table 3's rows are consecutive numeric rows
		const start = rows.findIndex((r) => sameRow(r, want[0]!));
		expect(rows.slice(start, start + want.length)).toEqual(want);
	});

	it('gives table 4 as one row of fifteen numbers', async () => {
		const { text } = await extracted;
		const want = (['review', 'suit_direct', 'suit_after_review'] as const).flatMap((g) => T4.map((k) => String(truth.table4[g][k])));
		expect(numberRows(text)).toContainEqual(want);
	});

	it('keeps the row labels with their numbers: (七) 总计 and 四、结转下年度继续办理', async () => {
		const { text } = await extracted;
		const line = (label: RegExp) => text.split('\n').find((l) => label.test(l.replace(/\s/g, '')));
		const total = truth.table3.processed_total!;
		expect(line(/（七）总计/)?.split('\t').filter(Boolean).slice(-7).map(Number)).toEqual(COLUMNS.map((c) => total[c]));
		const forward = truth.table3.carried_forward!;
		expect(line(/^四、结转下年度继续办理/)?.split('\t').filter(Boolean).slice(-7).map(Number)).toEqual(COLUMNS.map((c) => forward[c]));
	});
});

describe('003-huaian-shi-gov-2024.pdf', () => {
	it('reads the 2024 request count and fee from the narrative (page 2)', async () => {
		const { text } = await extractText(readFileSync(CORPUS + '003-huaian-shi-gov-2024.pdf'), '003.pdf');
		expect(text.replace(/\s/g, '')).toMatch(/3119/);
		expect(text.replace(/\s/g, '')).toMatch(/3940元/);
	});
});
