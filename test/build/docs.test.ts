import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLES, renderDataDoc } from '../../src/lib/server/build/schema.ts';

const doc = readFileSync(new URL('../../docs/data.md', import.meta.url), 'utf8');

describe('docs/data.md', () => {
	it('documents every column of every table exactly as schema.ts (run `npm run data -- --write-docs` to update)', () => {
		expect(renderDataDoc(doc)).toBe(doc);
		for (const t of TABLES) for (const c of t.columns) expect(doc).toContain(`| \`${c.name}\` | ${c.type} |`);
	});
	it('gives every column a Chinese label and a null meaning', () => {
		for (const t of TABLES)
			for (const c of t.columns) {
				expect(c.label, `${t.name}.${c.name}`).toMatch(/[\u4e00-\u9fff]/);
				expect(c.nulls, `${t.name}.${c.name}`).not.toBe('');
			}
	});
	it('names the issue\'s reports columns', () => {
		const names = TABLES[0]!.columns.map((c) => c.name);
		for (const n of ['id', 'source', 'agency', 'year', 'template', 'published_at', 'province', 'city', 'county', 'region_code', 'agency_type', 'agency_type_secondary', 'is_aggregate', 'rules_issued', 'fees_wan', 'review_upheld', 'suit_after_review_total', 'land_count', 'land_share', 'land_evidence', 'problems_count', 'error_count', 'warning_count'])
			expect(names).toContain(n);
	});
});
