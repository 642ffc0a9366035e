/** `npm run data` exit status (issue #6): 0 with at least one report, 1 with none or with --strict and a skip, 2 on bad arguments. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

const run = async (args: string[]) => {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/data.ts', ...args], { env: { ...process.env, CI: 'true' } });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
};

describe('scripts/data.ts', () => {
	it('exits 0 with a report built and a file skipped, 1 with --strict, writing nothing to stdout', async () => {
		const dir = join(tempDir('gl-cli-'), 'in');
		mkdirSync(dir);
		copyFileSync('samples/seeds/003_68caea55f47a0fc2.txt', join(dir, '003.txt'));
		writeFileSync(join(dir, 'empty.txt'), '');
		const out = join(tempDir(), 'data');
		const ok = await run([dir, '--out', out, '--no-cache']);
		expect(ok.code).toBe(0);
		expect(ok.stdout).toBe('');
		expect(ok.stderr).toContain(`${join(dir, 'empty.txt')}: 文件为空`);
		expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).outputs.reports).toBe(1);
		const strict = await run([dir, '--out', out, '--no-cache', '--strict']);
		expect(strict.code).toBe(1);
		expect(strict.stderr).toContain('--strict');
	}, 60_000);
	it('exits 1 when no report was built, and 2 on a bad option', async () => {
		const dir = tempDir('gl-cli-');
		writeFileSync(join(dir, 'empty.txt'), '');
		const none = await run([dir, '--out', join(dir, 'out'), '--no-cache']);
		expect(none.code).toBe(1);
		expect(none.stderr).toContain('no report was built');
		expect((await run(['--jobs', 'many'])).code).toBe(2);
	}, 60_000);
});
