/**
 * Table 二 of real corpus pages, values read from the raw text by a person (the quoted excerpt is in each test).
 * 2021 template: 30号's ten values; 2019 trial template: kept under table2_2019, never mapped onto the 2021 keys.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse/index.ts';

const read = (file: string) => parseReport(readFileSync(new URL(`../../samples/corpus/${file}`, import.meta.url), 'utf8'), file);

describe('table 2, 2021 template', () => {
	it('reads "规范性文件700…行政许可1483…行政处罚37行政强制0…行政事业性收费0" and leaves the absent 规章 row null (006)', () => {
		const r = read('006-pingtan-shehui-shiye-ju-2025.txt');
		expect(r.table2).toEqual({ rules_issued: null, rules_repealed: null, rules_in_force: null, normative_issued: 7, normative_repealed: 0, normative_in_force: 0, licensing: 1483, punishment: 37, coercion: 0, fees_wan: 0 });
		expect(r.checks).toContainEqual(expect.objectContaining({ rule: 'missing_row', severity: 'warning' }));
	});

	it('reads the decimal fee "行政事业性收费5949.09" and stops before the narrative that follows it (014)', () => {
		const r = read('014-pingtan-caizheng-jinrong-ju-2023.txt');
		expect(r.table2).toMatchObject({ rules_issued: 0, normative_issued: 0, normative_repealed: 0, normative_in_force: 8, licensing: 1, fees_wan: 5949.09 });
	});

	it('leaves "行政规范性文件3123" null: 3/1/23, 3/12/3 and 31/2/3 are all possible (009)', () => {
		const r = read('009-pingtan-jiaotong-jianshe-ju-2024.txt');
		expect(r.table2).toMatchObject({ rules_issued: 0, rules_repealed: 0, rules_in_force: 0, normative_issued: null, normative_repealed: null, normative_in_force: null });
		const finding = r.checks.find((c) => c.rule === 'glued_digits' && c.path === 'table2.normative_issued');
		expect(finding?.severity).toBe('error');
		expect(finding?.message).toContain('3/1/23；3/12/3；31/2/3');
	});
});

describe('table 2, 2019 trial template', () => {
	it('reads space-separated cells "规范性文件 6 6 6 … 行政许可 17 0 2 … 行政处罚 12 0 0" under table2_2019 (036)', () => {
		const r = read('036-pingtan-jingji-fazhan-ju-2019.txt');
		expect(r.template).toBe('2019');
		expect(r.table2).toBeNull();
		expect(r.table2_2019).toMatchObject({ normative_new_made: 6, normative_new_published: 6, normative_total_published: 6, licensing_prev_items: 17, licensing_change: 0, licensing_decisions: 2, punishment_prev_items: 12, procurement_items: 0, procurement_amount: 0 });
	});

	it('reads "行政强制 0 3 0" and leaves "规范性文件2211" and "政府集中采购4110669053" null (029)', () => {
		const r = read('029-pingtan-junshan-pianqu-2020.txt');
		expect(r.table2_2019).toMatchObject({ coercion_prev_items: 0, coercion_change: 3, coercion_decisions: 0, normative_new_made: null, procurement_items: null, procurement_amount: null });
	});

	it('gives a 2021 report printed in the 2019 format the 2019 template, with a finding (025)', () => {
		const r = read('025-pingtan-haitan-pianqu-2021.txt');
		expect(r.template).toBe('2019');
		expect(r.table3?.other_processing).toBeDefined();
		expect(r.table3?.other_no_fee?.total).toBeNull();
		expect(r.checks).toContainEqual(expect.objectContaining({ rule: 'template_mismatch', severity: 'info' }));
	});
});
