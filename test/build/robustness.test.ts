/**
 * Bad inputs, duplicates, the cache and atomic outputs (issue #6 "Robustness"). Bad files are named after what is
 * wrong with them; the seeds are real.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegionOverridesCsv } from '../../src/lib/server/build/overrides.ts';
import { build, tempDir } from './helpers.ts';

const SEED_DIR = 'samples/seeds';
const SEED_FILES = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt'));

/** A folder with the five seed reports, plus extra files. */
function seedFolder(extra: Record<string, string | Uint8Array> = {}): string {
	const dir = join(tempDir('gl-in-'), 'reports');
	mkdirSync(join(dir, 'sub'), { recursive: true });
	for (const f of SEED_FILES) copyFileSync(join(SEED_DIR, f), join(dir, f));
	for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content);
	return dir;
}

describe('bad inputs', () => {
	it('builds the 5 seeds beside a non-report, an empty file and a binary file, and lists those 3 with reasons', async () => {
		const dir = seedFolder({
			'not-a-report.txt': '会议通知\n请各单位于下周一上午九点到三楼会议室开会。\n',
			'empty.txt': '',
			'sub/binary.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
		});
		const b = await build([dir]);
		expect(b.manifest.outputs.reports).toBe(5);
		expect(b.manifest.skipped.map((s) => s.file)).toEqual([join(dir, 'empty.txt'), join(dir, 'not-a-report.txt'), join(dir, 'sub/binary.png')]);
		const reasons = Object.fromEntries(b.manifest.skipped.map((s) => [s.file.slice(dir.length + 1), s.reason]));
		expect(reasons['empty.txt']).toContain('文件为空');
		expect(reasons['sub/binary.png']).toContain('image');
		expect(reasons['not-a-report.txt']).not.toBe('');
		for (const s of b.manifest.skipped) expect(b.stderr).toContain(`${s.file}: ${s.reason}`);
		expect(await b.query('SELECT count(*)::INTEGER AS n FROM table3')).toEqual([{ n: 5 * 175 }]);
	});
	it('lists an input that does not exist and still builds the rest', async () => {
		const b = await build([join(SEED_DIR, SEED_FILES[0]!), 'no/such/folder']);
		expect(b.manifest.outputs.reports).toBe(1);
		expect(b.manifest.skipped).toEqual([{ file: 'no/such/folder', reason: '文件或文件夹不存在 / no such file or folder' }]);
	});
	it('leaves a previous dataset untouched when no report was built (the CLI then exits 1)', async () => {
		const out = join(tempDir(), 'data');
		await build([join(SEED_DIR, SEED_FILES[0]!)], { out });
		const before = readFileSync(join(out, 'manifest.json'), 'utf8');
		const empty = join(tempDir('gl-in-'), 'empty.txt');
		writeFileSync(empty, '');
		const b = await build([empty], { out });
		expect(b.manifest.outputs.reports).toBe(0);
		expect(b.manifest.skipped).toHaveLength(1);
		expect(b.stderr).toContain('left as it was');
		expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
		expect(readdirSync(join(out, 'sources'))).toHaveLength(1);
		expect(await b.query('SELECT count(*)::INTEGER AS n FROM reports')).toEqual([{ n: 1 }]);
	});
	it('leaves the previous outputs whole, and no staging folder, when a build fails half-way', async () => {
		const out = join(tempDir(), 'data');
		await build([SEED_DIR], { out });
		const before = readFileSync(join(out, 'reports.parquet'));
		// an override map that bypassed validation: classification throws a programmer error on the first seed
		const broken = new Map([['000_46f37372c73c045b.txt', { source: '000_46f37372c73c045b.txt', code: '000000', note: '' }]]);
		await expect(build([SEED_DIR], { out, overrides: broken })).rejects.toThrow('unknown region code 000000');
		expect(readFileSync(join(out, 'reports.parquet')).equals(before)).toBe(true);
		expect(readdirSync(out).filter((n) => n.startsWith('.staging-'))).toEqual([]);
	});
	it('refuses an override file with an unknown code before writing anything', async () => {
		const out = join(tempDir(), 'data');
		const bad = join(tempDir(), 'regions.override.csv');
		writeFileSync(bad, 'source,code,note\n001_2c482d7ddbf02051.txt,51172X,typo\n');
		await expect(build([SEED_DIR], { out, overrides: bad })).rejects.toThrow(`${bad}:2: invalid region code: 51172X`);
		expect(() => statSync(out)).toThrow();
	});
});

describe('duplicates', () => {
	it('keeps a byte-identical copy with a suffixed id, and flags both as the same agency and year', async () => {
		const dir = seedFolder();
		copyFileSync(join(dir, '001_2c482d7ddbf02051.txt'), join(dir, 'sub/copy-of-001.txt'));
		const b = await build([dir]);
		expect(b.manifest.outputs.reports).toBe(6);
		expect(b.manifest.identical_copies).toBe(1);
		expect(b.manifest.duplicates).toBe(2);
		const rows = await b.query<{ id: string; source: string; is_duplicate: boolean }>(`SELECT id, source, is_duplicate FROM reports WHERE agency = '渠县人民政府办公室' ORDER BY source`);
		expect(rows.map((r) => r.source)).toEqual(['001_2c482d7ddbf02051.txt', 'copy-of-001.txt']);
		expect(rows[1]!.id).toBe(`${rows[0]!.id}-2`);
		expect(rows.every((r) => r.is_duplicate)).toBe(true);
		const checks = await b.query<{ id: string; message: string; severity: string }>(`SELECT id, message, severity FROM checks WHERE rule = 'duplicate_report' ORDER BY id`);
		expect(checks).toHaveLength(2);
		expect(checks[0]!.severity).toBe('warning');
		expect(checks[0]!.message).toContain('copy-of-001.txt');
		expect(await b.query(`SELECT warning_count FROM reports WHERE id = $id`, { id: rows[1]!.id })).toEqual([{ warning_count: 1 }]);
		expect(await b.query(`SELECT count(*)::INTEGER AS n FROM reports WHERE is_duplicate`)).toEqual([{ n: 2 }]);
	});
	it('flags two different files of the same agency and year', async () => {
		const dir = seedFolder();
		writeFileSync(join(dir, 'sub/001-republished.txt'), readFileSync(join(dir, '001_2c482d7ddbf02051.txt'), 'utf8') + '\n（重新发布）\n');
		const b = await build([dir]);
		expect(b.manifest.identical_copies).toBe(0);
		expect(b.manifest.duplicates).toBe(2);
		expect(await b.query(`SELECT count(DISTINCT id)::INTEGER AS n FROM reports WHERE agency = '渠县人民政府办公室' AND is_duplicate`)).toEqual([{ n: 2 }]);
	});
});

describe('cache and re-runs', () => {
	it('re-uses the cache on an unchanged re-run and writes the same rows', async () => {
		const cacheDir = join(tempDir('gl-cache-'), 'parse');
		const out = join(tempDir(), 'data');
		const first = await build([SEED_DIR], { cacheDir, out });
		expect(first.manifest).toMatchObject({ parsed: 5, cached: 0 });
		const second = await build([SEED_DIR], { cacheDir, out });
		expect(second.manifest).toMatchObject({ parsed: 0, cached: 5 });
		expect(second.manifest.outputs).toEqual(first.manifest.outputs);
		expect(await second.query('SELECT id, region_code, agency_type FROM reports ORDER BY id')).toEqual(await first.query('SELECT id, region_code, agency_type FROM reports ORDER BY id'));
	});
	it('applies a changed override file to cached records (classification is never cached)', async () => {
		await build([SEED_DIR]);
		const overrides = parseRegionOverridesCsv('source,code,note\n001_2c482d7ddbf02051.txt,511700,test: county-level report filed under the city\n');
		const b = await build([SEED_DIR], { overrides });
		expect(b.manifest.cached).toBe(5);
		expect(await b.query(`SELECT region_code, county FROM reports WHERE source = '001_2c482d7ddbf02051.txt'`)).toEqual([{ region_code: '511700', county: null }]);
	});
	it('removes the sources of reports no longer in the dataset', async () => {
		const out = join(tempDir(), 'data');
		await build([SEED_DIR], { out });
		const b = await build([join(SEED_DIR, SEED_FILES[0]!)], { out });
		expect(readdirSync(join(out, 'sources'))).toEqual([`${(await b.query<{ id: string }>('SELECT id FROM reports'))[0]!.id}.txt`]);
	});
});
