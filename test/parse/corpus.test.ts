/**
 * 30 real corpus reports against an independent human reading (test/fixtures/handcheck/: the reader decoded every
 * glued row by hand with the identities and wrote down each identity the document breaks; see its README).
 * Most of these pages glue table cells together ("一、本年新收政府信息公开申请数量5800000 58", corpus 009).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse/index.ts';

const corpus = new URL('../../samples/corpus/', import.meta.url);
const hand = JSON.parse(readFileSync(new URL('../fixtures/handcheck/corpus-expected.json', import.meta.url), 'utf8')) as Record<string, any>;
const IDENTITY_RULES = ['balance', 'row_total', 'processed_sum', 'table4_totals', 'narrative_requests', 'land_share'];

it('covers the glued-digit text, both templates and the free format', () => {
	const templates = Object.values(hand).map((e) => e.template);
	expect(templates.filter((t) => t === '2021').length).toBeGreaterThanOrEqual(15);
	expect(templates.filter((t) => t === '2019').length).toBeGreaterThanOrEqual(5);
	expect(templates.filter((t) => t === 'free').length).toBeGreaterThanOrEqual(3);
});

describe.each(Object.entries(hand))('corpus %s', (file, e) => {
	const report = parseReport(readFileSync(new URL(file, corpus), 'utf8'), file);

	it('reads agency, year, template and publication date as a person reads them, on their lines', () => {
		expect({ agency: report.agency, year: report.year, template: report.template, published_at: report.published_at }).toEqual({
			agency: e.agency,
			year: e.year,
			template: e.template,
			published_at: e.published_at
		});
		expect(report.lines['agency']).toBe(e.lines.agency);
		expect(report.lines['year']).toBe(e.lines.year);
	});

	it('reads every table-3 cell as a person decoded it', () => {
		if (e.table3 === null) return expect(report.table3).toBeNull();
		for (const [row, cells] of Object.entries<Record<string, number | null>>(e.table3))
			expect({ row, ...report.table3?.[row] }).toEqual({ row, ...cells });
		expect(report.lines['table3.new_received']).toBe(e.lines.table3);
	});

	it('reads table 4 as a person decoded it', () => {
		if (e.table4 === null) return expect(report.table4).toBeNull();
		expect(report.table4).toEqual(e.table4);
		expect(report.lines['table4.review']).toBe(e.lines.table4);
	});

	it('reads the number of requests the narrative states, or null when it states none', () => {
		expect(report.narrative_requests).toBe(e.narrative_requests);
	});

	it('reports exactly the identity breaks a person found, and keeps the values as printed', () => {
		const found = new Set(report.checks.filter((c) => IDENTITY_RULES.includes(c.rule)).map((c) => c.rule));
		expect([...found].sort()).toEqual([...(e.expected_checks as string[])].sort());
	});
});

describe('reports whose tables contradict their narrative (corpus manifest notes)', () => {
	const read = (file: string) => parseReport(readFileSync(new URL(file, corpus), 'utf8'), file);

	it('flags 013 综合执法与应急管理局 2024: narrative 4 received, table 3 all zeros', () => {
		const r = read('013-pingtan-zonghe-zhifa-yingji-ju-2024.txt');
		expect(r.table3?.new_received?.total).toBe(0);
		expect(r.checks.find((c) => c.rule === 'narrative_requests')).toMatchObject({ severity: 'warning', actual: 0, expected: 4 });
	});

	it('flags 015 经济发展局 2023: table says 3 new, section 三 says 0 received, and results total 0', () => {
		const r = read('015-pingtan-jingji-fazhan-ju-2023.txt');
		expect(r.table3?.new_received?.total).toBe(3);
		expect(r.checks.find((c) => c.rule === 'narrative_requests')).toMatchObject({ actual: 3, expected: 0 });
		expect(r.checks.filter((c) => c.rule === 'balance').map((c) => c.path)).toEqual(['table3.processed_total.natural_person', 'table3.processed_total.total']);
	});
});
