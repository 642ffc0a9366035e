/**
 * Every value of the five seed reports against samples/seeds/expected.json (hand-checked; an independent second
 * reading found no disagreement, DOMAIN.md §1.7).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE3_COLUMN_KEYS, TABLE3_ROW_KEYS_2021 } from '../../src/lib/model/keys.ts';
import { parseReport } from '../../src/lib/parse/index.ts';

const dir = new URL('../../samples/seeds/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, any>;

describe.each(Object.entries(expected))('seed %s', (file, e) => {
	const report = parseReport(readFileSync(new URL(file, dir), 'utf8'), file);

	it('reads the agency from the title and the reporting year', () => {
		expect(report.agency).toBe(e.agency);
		expect(report.year).toBe(e.year);
		expect(report.template).toBe('2021');
	});

	it('reads the ten values of table 2', () => {
		expect(report.table2).toEqual(e.table2);
	});

	it('reads all 25 × 7 cells of table 3', () => {
		for (const row of TABLE3_ROW_KEYS_2021) for (const col of TABLE3_COLUMN_KEYS) expect([row, col, report.table3?.[row]?.[col]]).toEqual([row, col, e.table3[row][col]]);
	});

	it('reads the 15 values of table 4', () => {
		expect(report.table4).toEqual(e.table4);
	});

	it('reads the land-expropriation count and share where one is stated, and null where none is', () => {
		if (e.land_expropriation === null) expect(report.land_expropriation).toBeNull();
		else {
			expect(report.land_expropriation?.count).toBe(e.land_expropriation.count);
			expect(report.land_expropriation?.share).toBeCloseTo(e.land_expropriation.share, 6);
		}
	});

	it('splits section 五 into problems and improvements', () => {
		expect(report.problems).toHaveLength(e.problems_count);
		expect(report.improvements).toHaveLength(e.improvements_count);
	});

	it('finds no identity break in a report whose tables add up', () => {
		expect(report.checks.filter((c) => c.severity === 'error')).toEqual([]);
	});
});

describe('seed 001 (渠县人民政府办公室) in detail', () => {
	const text = readFileSync(new URL('001_2c482d7ddbf02051.txt', dir), 'utf8');
	const report = parseReport(text, '001_2c482d7ddbf02051.txt');
	const lines = text.split('\n');

	it('points each value at the line it was read from', () => {
		expect(lines[report.lines['table3.new_received']! - 1]).toContain('28\t0\t0\t0\t0\t1\t29');
		expect(lines[report.lines['table3.processed_total']! - 1]).toContain('27\t0\t0\t0\t0\t1\t28');
		expect(lines[report.lines['table2']! - 1]).toMatch(/^规 章/);
		expect(lines[report.lines['table4.review']! - 1]).toBe('0\t0\t0\t1\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0');
		expect(lines[report.lines['agency']! - 1]).toBe('渠县人民政府办公室');
		expect(lines[report.lines['land_expropriation']! - 1]).toContain('其中征地拆迁领域 26 件，占比 89.6%');
	});

	it('keeps the evidence sentence of the land-expropriation share verbatim', () => {
		expect(report.land_expropriation?.evidence).toBe('其中征地拆迁领域 26 件，占比 89.6%');
	});

	it('reads the requests stated in section 一(二) and finds them equal to table 3', () => {
		expect(report.narrative_requests).toBe(29);
		expect(report.checks.find((c) => c.rule === 'narrative_requests')).toBeUndefined();
	});

	it('accepts the printed 89.6% for 26 of 29 (89.655…%, truncated) as consistent', () => {
		expect(report.checks.find((c) => c.rule === 'land_share')).toBeUndefined();
	});

	it('does not split an item at a bold word inside a sentence (**Deepseek**)', () => {
		expect(report.improvements[0]).toMatch(/^积极引入 Deepseek 等智能工具/);
	});
});
