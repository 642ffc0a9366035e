/**
 * `npm run --silent parse -- FILE` prints the canonical record of one report as JSON on stdout.
 * `npm run --silent parse -- --text FILE` prints the normalised text that the record's `lines` refer to.
 * A file that cannot be read as a report prints `FILE: reason` on stderr and exits 1, with nothing on stdout.
 */
import { parseArgs } from 'node:util';
import { ReportError } from '../src/lib/model/errors.ts';
import { readReport, readReportText } from '../src/lib/server/read-report.ts';

const USAGE = 'usage: npm run --silent parse -- [--text] FILE';

async function main(): Promise<number> {
	const { values, positionals } = parseArgs({ options: { text: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
	if (values.help) {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	const [file, ...rest] = positionals;
	if (!file || rest.length) {
		process.stderr.write(USAGE + '\n');
		return 2;
	}
	try {
		if (values.text) {
			const { text } = await readReportText(file);
			process.stdout.write(text.endsWith('\n') ? text : text + '\n');
		} else {
			const { report } = await readReport(file);
			process.stdout.write(JSON.stringify(report, null, 2) + '\n');
		}
		return 0;
	} catch (error) {
		if (error instanceof ReportError) {
			process.stderr.write(`${error.file}: ${error.reason}\n`);
			return 1;
		}
		throw error;
	}
}

process.exitCode = await main();
