/** Helpers shared by the extraction tests: fixture paths and the tab-separated rows of a text. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/extract/', import.meta.url));
export const SEEDS = fileURLToPath(new URL('../../samples/seeds/', import.meta.url));
export const CORPUS = fileURLToPath(new URL('../../samples/corpus/', import.meta.url));

/** The seed files, e.g. `{ n: '001', file: '/…/samples/seeds/001_2c482d7ddbf02051.txt', name: '001_2c482d7ddbf02051.txt' }`. */
export const seedFiles = readdirSync(SEEDS)
	.filter((f) => /^\d{3}_.*\.txt$/.test(f))
	.sort()
	.map((name) => ({ n: name.slice(0, 3), name, file: SEEDS + name }));

/**
 * The table rows of a text: lines with a TAB, cells without white space inside (LibreOffice and PDF wrapping move the
 * seeds' stray spaces), trailing empty cells dropped (a grid may be wider than a row).
 */
export function tableRows(text: string): string[][] {
	return text
		.split('\n')
		.filter((l) => l.includes('\t'))
		.map((l) => {
			const cells = l.split('\t').map((c) => c.replace(/[\s\u00a0\u3000]+/g, ''));
			while (cells.length && cells.at(-1) === '') cells.pop();
			return cells;
		});
}

/** Rows that carry numbers: the data rows of tables 2, 3 and 4. */
export function numberRows(text: string): string[][] {
	return tableRows(text).filter((r) => r.some((c) => /^\d+(\.\d+)?$/.test(c)));
}

/** Whether `needles` occur in `hay` in the same order (not necessarily next to each other). */
export function inOrder<T>(hay: T[], needles: T[], same: (a: T, b: T) => boolean): { missing: T | null } {
	let i = 0;
	for (const n of needles) {
		while (i < hay.length && !same(hay[i]!, n)) i++;
		if (i === hay.length) return { missing: n };
		i++;
	}
	return { missing: null };
}

export const sameRow = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);
