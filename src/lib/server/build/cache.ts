/**
 * Parse cache: `.cache/parse/<key>.json.gz`, key = SHA-256 of the tool key and the file's content hash. A re-run
 * with unchanged inputs and unchanged code reads records from here instead of parsing. The tool key hashes the
 * package version and the source of every module that shapes a record (model, parse, extract, read-report), so a
 * code change invalidates the cache by itself. Classification is not cached: it is re-run on every record (it is
 * cheap, and depends on the file name through regions.override.csv).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Report } from '../../model/record.ts';
import type { ReportForm } from '../extract/index.ts';
import { PROJECT_ROOT } from './inputs.ts';

export interface CachedRecord {
	report: Report;
	text: string;
	form: ReportForm;
}

/** Folders whose source shapes a parsed record; a change to any file in them changes the tool key. */
const CODE_DIRS = ['src/lib/model', 'src/lib/parse', 'src/lib/server/extract'];
const CODE_FILES = ['src/lib/server/read-report.ts', 'package.json'];

/** Hash of the package version and the record-shaping source files. */
export function computeToolKey(root: string = PROJECT_ROOT): string {
	const h = createHash('sha256');
	const files: string[] = [...CODE_FILES];
	for (const dir of CODE_DIRS) for (const f of listFiles(join(root, dir))) files.push(join(dir, f));
	for (const f of files.sort()) {
		h.update(f + '\0');
		h.update(readFileSync(join(root, f)));
	}
	return h.digest('hex').slice(0, 16);
}

function listFiles(dir: string, prefix = ''): string[] {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	return entries.flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), join(prefix, e.name)) : [join(prefix, e.name)]));
}

export class ParseCache {
	constructor(
		private readonly dir: string,
		private readonly toolKey: string
	) {
		mkdirSync(dir, { recursive: true });
	}

	private path(contentHash: string): string {
		return join(this.dir, createHash('sha256').update(`${this.toolKey}\0${contentHash}`).digest('hex') + '.json.gz');
	}

	/** The cached record of a file's content, or undefined. A damaged entry counts as a miss. */
	get(contentHash: string): CachedRecord | undefined {
		try {
			return JSON.parse(gunzipSync(readFileSync(this.path(contentHash))).toString('utf8')) as CachedRecord;
		} catch {
			return undefined;
		}
	}

	/** Store a record (written to a temporary file, then renamed: a crash leaves no half entry). */
	put(contentHash: string, record: CachedRecord): void {
		const path = this.path(contentHash);
		// unique per writer: threads of one process (worker pools, test runners) share the pid
		const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		writeFileSync(tmp, gzipSync(JSON.stringify(record), { level: 1 }));
		renameSync(tmp, path);
	}
}
