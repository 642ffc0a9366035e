/** Table 3 rows found by label, and by ordinal when the label is misprinted; one controlled change to real text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse/index.ts';

const seed001 = readFileSync(new URL('../../samples/seeds/001_2c482d7ddbf02051.txt', import.meta.url), 'utf8');

describe('table 3 row labels', () => {
	it('reads the misprint "2.其他法律行政止公开" (淮安市洪泽区 2023 and 2024 PDFs) as 三(三)2', () => {
		const r = parseReport(seed001.replace('2.其他法律法规', '2.其他法律行政止公开'), '001-misprint.txt');
		expect(r.table3?.denied_law_forbidden?.total).toBe(0);
		expect(r.checks.filter((c) => c.severity === 'error')).toEqual([]);
	});

	it('finds a row by its ordinal when the label is unrecognisable, and says so', () => {
		const r = parseReport(seed001.replace('2.其他法律法规', '2.其它法令条例').replace('禁止公开\t', '\t'), '001-garbled.txt');
		expect(r.table3?.denied_law_forbidden).toEqual({ natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 0 });
		expect(r.table3?.denied_state_secret?.total).toBe(0);
		expect(r.checks).toContainEqual(expect.objectContaining({ rule: 'missing_row', path: 'table3.denied_law_forbidden' }));
	});

	it('leaves a row null when neither its label nor its ordinal is there, and reports the row missing', () => {
		const r = parseReport(seed001.replace('\t\t2.其他法律法规\t0\t0\t0\t0\t0\t0\t0\n', ''), '001-no-row.txt');
		expect(r.table3?.denied_law_forbidden?.total).toBeNull();
		expect(r.table3?.denied_three_safety?.total).toBe(0);
		expect(r.checks).toContainEqual(expect.objectContaining({ rule: 'missing_row', severity: 'warning', path: 'table3.denied_law_forbidden' }));
	});

	it('reads (六)其他处理 printed as one row in a 2021-format report into other_processing, with a finding', () => {
		const hybrid = seed001.replace(/\t\(六\) 其他处理\t1\.申请人[^\n]*\n\t\t2\.申请人[^\n]*\n\t\t3\.其他[^\n]*\n/, '\t(六) 其他处理\t\t0\t0\t0\t0\t0\t0\t0\n');
		expect(hybrid).not.toBe(seed001);
		const r = parseReport(hybrid, '001-single-other.txt');
		expect(r.template).toBe('2021');
		expect(r.table3?.other_processing?.total).toBe(0);
		expect(r.table3?.other_no_fee?.total).toBeNull();
		expect(r.table3?.processed_total?.total).toBe(28);
		expect(r.checks.filter((c) => c.severity === 'error')).toEqual([]);
		expect(r.checks).toContainEqual(expect.objectContaining({ rule: 'template_mismatch', severity: 'info' }));
	});
});
