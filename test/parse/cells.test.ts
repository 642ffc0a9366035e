/** Reading a row's cells from real row text: separated and glued, with negative cases beside positive ones. */
import { describe, expect, it } from 'vitest';
import { readCells, splitTokens } from '../../src/lib/parse/cells.ts';
import { solveTable } from '../../src/lib/parse/solve.ts';

const sumsToLast = (c: number[]) => c.slice(0, -1).reduce((s, v) => s + v, 0) === c[c.length - 1];
const read = (segment: string, ncols = 7) => readCells(segment, 0, segment.length, ncols, { identity: sumsToLast });

describe('separated cells', () => {
	it('reads seven tab-separated cells after the label (seed 001, line 47)', () => {
		expect(read('\t\t\t28\t0\t0\t0\t0\t1\t29\n')).toMatchObject({ candidates: [[28, 0, 0, 0, 0, 1, 29]], mode: 'direct' });
	});
	it('reads one cell per line', () => {
		expect(read('\n28\n0\n0\n0\n0\n1\n29\n')).toMatchObject({ candidates: [[28, 0, 0, 0, 0, 1, 29]] });
	});
	it('reads a pipe row with an empty cell by its position', () => {
		expect(read(' | 28 |  | 0 | 0 | 0 | 1 | 29 |')).toMatchObject({ candidates: [[28, 0, 0, 0, 0, 1, 29]], mode: 'positional' });
	});
	it('reads "—", "/" and "-" as 0 and says so', () => {
		expect(read('\t28\t—\t/\t-\t0\t1\t29')).toMatchObject({ candidates: [[28, 0, 0, 0, 0, 1, 29]], placeholders: true });
	});
	it('reads a row of six zeros for seven columns as zeros (seed 000 "(七) 总计": a trailing blank vanished)', () => {
		expect(read('\t\t0\t0\t0\t0\t0\t0\n')).toMatchObject({ candidates: [[0, 0, 0, 0, 0, 0, 0]], mode: 'blanks' });
	});
	it('does not place a blank when two placements both add up', () => {
		// 5 could be 自然人 or 商业企业: both satisfy the row total, so the row stays undecided.
		expect(read('\n5\n0\n0\n0\n0\n5\n').candidates.length).toBeGreaterThan(1);
	});
	it('refuses a row with more numbers than columns', () => {
		expect(read('\t1\t2\t3\t4\t5\t6\t7\t8')).toMatchObject({ candidates: [], problem: '有 8 个数，多于 7 列' });
	});
	it('ignores header words that carry digits ("数据1")', () => {
		expect(read('\t数据1\t28\t0\t0\t0\t0\t1\t29')).toMatchObject({ candidates: [[28, 0, 0, 0, 0, 1, 29]] });
	});
});

describe('glued cells', () => {
	it('decodes "280000129" as 28,0,0,0,0,1,29: the only split whose applicant cells sum to the total', () => {
		expect(read('280000129')).toMatchObject({ candidates: [[28, 0, 0, 0, 0, 1, 29]], mode: 'glued' });
	});
	it('decodes "5800000 58 " (corpus 009) with the space as a hard boundary', () => {
		expect(read('5800000 58 ')).toMatchObject({ candidates: [[58, 0, 0, 0, 0, 0, 58]] });
	});
	it('decodes "10 0 0 012" (corpus 029): seven digits, one per cell', () => {
		expect(read('10 0 0 012')).toMatchObject({ candidates: [[1, 0, 0, 0, 0, 1, 2]], mode: 'glued' });
	});
	it('keeps both readings of "110000011" when the row alone cannot tell them apart (corpus 004)', () => {
		expect(read('110000011').candidates).toEqual([
			[1, 10, 0, 0, 0, 0, 11],
			[11, 0, 0, 0, 0, 0, 11]
		]);
	});
	it('never makes a number with a leading zero', () => {
		expect(splitTokens(['100'], 2)).toEqual([[10, 0]]);
	});
	it('reads an empty row as zeros', () => {
		expect(read('')).toMatchObject({ candidates: [[0, 0, 0, 0, 0, 0, 0]], mode: 'empty' });
	});
	it('gives up on digits that cannot make seven numbers', () => {
		expect(read('000000').candidates).toEqual([]);
	});
});

describe('choosing among readings with the column identities', () => {
	// Rows: new_received and processed_total, each "110000011"; natural-person column must be 11 by another row.
	const both = [
		[1, 10, 0, 0, 0, 0, 11],
		[11, 0, 0, 0, 0, 0, 11]
	];
	const other = [[11, 0, 0, 0, 0, 0, 11]];
	const equalFirstColumn = (rows: (number[] | null)[]) => (rows[0] && rows[2] ? rows[0][0] === rows[2][0] : null);

	it('settles a row when exactly one reading satisfies every identity', () => {
		const solved = solveTable(['a', 'b', 'c'], [both, null, other], [equalFirstColumn]);
		expect(solved.values[0]).toEqual([11, 0, 0, 0, 0, 0, 11]);
	});
	it('leaves a row null, with the reason, when two readings satisfy every identity', () => {
		const solved = solveTable(['a', 'c'], [both, other], []);
		expect(solved.values[0]).toBeNull();
		expect(solved.reasons[0]).toMatch(/有 2 种拆分都满足勾稽关系/);
	});
});
