/**
 * Worker thread: reads, extracts and parses the files the pool sends (readReport, the same code as `npm run parse`)
 * and posts back the record and normalised text, or why the file is no report. Classification is redone by the
 * main thread (it depends on the file name and the override file), so the record is posted as readReport gives it.
 */
import { parentPort } from 'node:worker_threads';
import { ReportError } from '../../model/errors.ts';
import { readReport } from '../read-report.ts';
import type { WorkerRequest, WorkerResponse } from './pool.ts';

if (!parentPort) throw new Error('parse-worker.ts must run in a worker thread');
const port = parentPort;
const noOverrides = new Map();

port.on('message', async (req: WorkerRequest) => {
	let res: WorkerResponse;
	try {
		const { report, extracted } = await readReport(req.file, { overrides: noOverrides });
		res = { seq: req.seq, ok: true, record: { report, text: extracted.text, form: extracted.form } };
	} catch (error) {
		res =
			error instanceof ReportError
				? { seq: req.seq, ok: false, reason: error.reason }
				: { seq: req.seq, ok: false, reason: `解析程序出错 / parser error: ${error instanceof Error ? error.message : String(error)}`, internal: true };
	}
	port.postMessage(res);
});
