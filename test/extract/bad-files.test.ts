/**
 * Files that cannot be read as a report give a ReportError naming the file and the reason, never an empty record;
 * `npm run parse` prints `FILE: reason` on stderr, nothing on stdout, and exits non-zero.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/lib/model/errors.ts';
import { extractText } from '../../src/lib/server/extract/index.ts';
import { FIXTURES } from './helpers.ts';

const cases: [string, RegExp][] = [
	['scanned.pdf', /扫描件.*没有文字层.*需要 OCR/],
	['truncated.pdf', /PDF 文件不完整.*截断/],
	['encrypted.pdf', /PDF 已加密.*密码/],
	['ofd-like.ofd', /不支持的文件格式：OFD/],
	['image.png', /图片文件（PNG）.*需要 OCR/],
	['not-a-docx.zip', /ZIP 压缩包（不是 DOCX）/],
	['not-word.xls', /不支持的文件格式：Excel 表格/],
	['truncated.doc', /DOC 文件损坏/],
	['empty.txt', /文件为空/],
	['binary.bin', /无法识别文本编码/],
];

describe('a file that is not a readable report', () => {
	it.each(cases)('%s gives a ReportError naming the file and the reason', async (name, reason) => {
		const file = `${FIXTURES}bad/${name}`;
		const error = await extractText(readFileSync(file), file).then(
			() => null,
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(ReportError);
		expect((error as ReportError).file).toBe(file);
		expect((error as ReportError).reason).toMatch(reason);
		expect((error as ReportError).message).toBe(`${file}: ${(error as ReportError).reason}`);
	});

	it('is told apart from a good file of the same form: the encrypted PDF opens once it is the original', async () => {
		const good = `${FIXTURES}seeds/001.pdf`;
		await expect(extractText(readFileSync(good), good)).resolves.toMatchObject({ form: 'pdf' });
	});
});

describe('npm run parse on a bad file', () => {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const run = promisify(execFile);
	it.each([['scanned.pdf', /需要 OCR/], ['truncated.pdf', /截断/], ['encrypted.pdf', /加密/], ['ofd-like.ofd', /OFD/]] as const)(
		'%s exits non-zero with the reason on stderr and nothing on stdout',
		async (name, reason) => {
			const file = `test/fixtures/extract/bad/${name}`;
			const result = await run(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', file], { cwd: root }).then(
				() => null,
				(e: { code: number; stdout: string; stderr: string }) => e,
			);
			expect(result).not.toBeNull();
			expect(result!.code).toBe(1);
			expect(result!.stdout).toBe('');
			expect(result!.stderr).toContain(`${file}: `);
			expect(result!.stderr).toMatch(reason);
		},
	);
});
