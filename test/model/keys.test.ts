import { describe, expect, it } from 'vitest';
import { TABLE3_ROW_KEYS_2019, TABLE3_ROW_KEYS_2021, PROCESSED_ROW_KEYS_2021, TABLE2_2019_FIELDS } from '../../src/lib/model/keys.ts';

describe('key registry', () => {
	it('has the 25 table-3 rows of the 2021 template in TEMPLATE.md order', () => {
		expect(TABLE3_ROW_KEYS_2021).toHaveLength(25);
		expect(TABLE3_ROW_KEYS_2021[0]).toBe('new_received');
		expect(TABLE3_ROW_KEYS_2021[22]).toBe('other_other');
		expect(TABLE3_ROW_KEYS_2021[24]).toBe('carried_forward');
	});
	it('gives the 2019 trial template one (六)其他处理 row: 23 rows', () => {
		expect(TABLE3_ROW_KEYS_2019).toHaveLength(23);
		expect(TABLE3_ROW_KEYS_2019).toContain('other_processing');
		expect(TABLE3_ROW_KEYS_2019).not.toContain('other_no_fee');
	});
	it('sums 21 result rows into (七) in the 2021 template', () => {
		expect(PROCESSED_ROW_KEYS_2021).toHaveLength(21);
	});
	it('keeps the 22 values of the 2019 table 2 apart from the 2021 keys', () => {
		expect(TABLE2_2019_FIELDS).toHaveLength(22);
	});
});
