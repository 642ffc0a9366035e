import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyReport } from '../../src/lib/classify/index.ts';
import { parseReport } from '../../src/lib/parse/index.ts';
import { reportRows } from '../../src/lib/server/build/rows.ts';
import { createProgress } from '../../src/lib/server/build/progress.ts';
import { REPORTS } from '../../src/lib/server/build/schema.ts';

const SEED = '001_2c482d7ddbf02051.txt';
const text = readFileSync(`samples/seeds/${SEED}`, 'utf8');
const report = classifyReport(parseReport(text, SEED), text);
const col = (row: unknown[], name: string) => row[REPORTS.columns.findIndex((c) => c.name === name)];

describe('reportRows', () => {
	it('flattens a seed: table 4 pending 1 of 行政复议, land 26, region 511725 (seed 001)', () => {
		const rows = reportRows(report, { id: 'x', form: 'text' });
		expect(col(rows.report, 'review_pending')).toBe(1);
		expect(col(rows.report, 'review_total')).toBe(1);
		expect(col(rows.report, 'land_count')).toBe(26);
		expect(col(rows.report, 'region_code')).toBe('511725');
		expect(col(rows.report, 'normative_in_force')).toBe(19);
		expect(col(rows.report, 'rules_new_made')).toBeNull();
		expect(rows.table3).toHaveLength(175);
		expect(rows.table3.find((r) => r[1] === 'new_received' && r[2] === 'total')).toEqual(['x', 'new_received', 'total', 29, report.lines['table3.new_received']]);
		expect(rows.problems.filter((p) => p[1] === 'problem').map((p) => p[4])).toEqual(['technology', 'staff']);
	});
	it('writes null and adds a nonneg_integer error for a count no 32-bit column holds, never a clipped number', () => {
		const glued = { ...report, table3: { ...report.table3!, granted: { ...report.table3!.granted!, total: 60000000000 } } };
		const rows = reportRows(glued, { id: 'x', form: 'text' });
		expect(rows.table3.find((r) => r[1] === 'granted' && r[2] === 'total')![3]).toBeNull();
		expect(rows.checks.find((c) => c[1] === 'nonneg_integer')).toEqual(['x', 'nonneg_integer', 'error', 'table3.granted.total 的值 60000000000 不是可存储的整数，Parquet 中记为空', null, 'table3.granted.total', '60000000000', null]);
	});
	it('gives a free-format report no table-3 rows, and a 2019 one 23 × 7', () => {
		expect(reportRows({ ...report, template: 'free', table3: null }, { id: 'x', form: 'text' }).table3).toHaveLength(0);
		const nulls = { natural_person: null, commercial: null, research: null, social_welfare: null, legal_service: null, other_org: null, total: null };
		const zeros = { natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 0 };
		const as2019 = { ...report.table3!, other_no_correction: nulls, other_no_fee: nulls, other_other: nulls, other_processing: zeros };
		expect(reportRows({ ...report, template: '2019', table3: as2019 }, { id: 'x', form: 'text' }).table3).toHaveLength(161);
	});
	it('keeps a (六)其他处理 row that a 2021-format report prints as one row (淮安市洪泽区 PDFs): 26 × 7', () => {
		const zeros = { natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 0 };
		const rows = reportRows({ ...report, table3: { ...report.table3!, other_processing: zeros } }, { id: 'x', form: 'text' });
		expect(rows.table3).toHaveLength(182);
		expect(rows.table3.filter((r) => r[1] === 'other_processing')).toHaveLength(7);
	});
});

describe('progress', () => {
	it('prints one plain line per input when not on a terminal', () => {
		let out = '';
		const p = createProgress(2, { isTTY: false, write: (s: string) => (out += s) });
		p.tick('a.txt', 'abc', true);
		p.tick('b.txt', '文件为空', false);
		p.done();
		expect(out).toBe('[1/2] a.txt: abc\n[2/2] b.txt: 文件为空\n');
	});
	it('redraws one line on a terminal', () => {
		let out = '';
		const p = createProgress(2, { isTTY: true, columns: 120, write: (s: string) => (out += s) });
		p.tick('a.txt', 'abc', true);
		p.tick('b.txt', 'abc', true);
		p.done();
		expect(out).toContain('\r解析 [########################] 2/2 100%');
		expect(out.endsWith('\n')).toBe(true);
		expect(out.split('\n')).toHaveLength(2);
	});
});
