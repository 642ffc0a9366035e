/**
 * TEST FIXTURE, never real data: the five seeds with two titles replaced, built by the real `npm run data` into a
 * data dir of its own that only the e2e tests serve (under /xss/). The site must show the names as text everywhere.
 * - seed 000 (渠县经济和信息化局, line 3) → `渠县<img src=x onerror=alert(1)>经济和信息化局`; the parser drops the
 *   spaces of a title, so the data holds `渠县<imgsrc=xonerror=alert(1)>经济和信息化局`;
 * - seed 003 (盐边县经济合作和商务局, line 3) → `盐边县<img/src=x/onerror=alert(1)>经济合作和商务局`, markup that
 *   survives the parser unchanged and would run if any page put it into HTML unescaped.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const XSS_TITLE = '渠县<img src=x onerror=alert(1)>经济和信息化局';
/** The agency names the fixture's data holds (see above). */
export const XSS_NAMES = ['渠县<imgsrc=xonerror=alert(1)>经济和信息化局', '盐边县<img/src=x/onerror=alert(1)>经济合作和商务局'];
const TITLES: Record<string, [string, string]> = {
	'000_46f37372c73c045b.txt': ['渠县经济和信息化局', XSS_TITLE],
	'003_68caea55f47a0fc2.txt': ['盐边县经济合作和商务局', '盐边县<img/src=x/onerror=alert(1)>经济合作和商务局']
};
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = join(ROOT, 'samples/seeds');

export async function makeXssData(): Promise<string> {
	const work = await mkdtemp(join(tmpdir(), 'lens-xss-'));
	const inputs = join(work, 'reports');
	const out = join(work, 'data');
	await mkdir(inputs);
	for (const f of await readdir(SEEDS)) if (f.endsWith('.txt')) await cp(join(SEEDS, f), join(inputs, f));
	for (const [seed, [title, replacement]] of Object.entries(TITLES)) {
		const lines = (await readFile(join(inputs, seed), 'utf8')).split('\n');
		if (lines[2]?.trim() !== title) throw new Error(`${seed}: line 3 is not the title ${title} any more; update the XSS fixture`);
		lines[2] = replacement;
		await writeFile(join(inputs, seed), lines.join('\n'));
	}
	await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/data.ts'), inputs, '--out', out, '--no-cache'], { cwd: ROOT });
	return out;
}
