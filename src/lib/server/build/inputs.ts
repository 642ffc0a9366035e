/**
 * Which files a build reads. Files given are taken as they are; folders are walked recursively (hidden entries such
 * as .git skipped), every file in them is an input, and a non-report among them ends up in `manifest.skipped` with
 * its reason. The default input is the project's embedded sample: the five seeds listed in samples/seeds/expected.json
 * and the corpus listed in samples/corpus/manifest.csv (the folders' README and metadata files are not reports).
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** The project root (where samples/ and regions.override.csv are). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** An input file, and an input argument that names nothing (reported, not fatal). */
export interface InputList {
	files: string[];
	missing: string[];
}

/** The sample corpus: seeds by expected.json, corpus by manifest.csv; paths relative to the working directory when inside it. */
export function defaultInputs(root: string = PROJECT_ROOT): string[] {
	const seeds = Object.keys(JSON.parse(readFileSync(join(root, 'samples/seeds/expected.json'), 'utf8')) as Record<string, unknown>).map((f) => join(root, 'samples/seeds', f));
	const manifest = parse(readFileSync(join(root, 'samples/corpus/manifest.csv'), 'utf8'), { columns: true }) as { file: string }[];
	const corpus = manifest.map((m) => join(root, 'samples/corpus', m.file));
	return [...seeds, ...corpus].map(shorten).sort();
}

/** Expand files and folders into a sorted list of files. */
export async function collectInputs(inputs: readonly string[]): Promise<InputList> {
	const files: string[] = [];
	const missing: string[] = [];
	for (const input of inputs) {
		let info;
		try {
			info = await stat(input);
		} catch {
			missing.push(input);
			continue;
		}
		if (info.isDirectory()) await walk(input, files);
		else files.push(input);
	}
	return { files: [...new Set(files)].sort(), missing };
}

async function walk(dir: string, out: string[]): Promise<void> {
	const entries = await readdir(dir, { withFileTypes: true });
	for (const e of entries) {
		if (e.name.startsWith('.')) continue;
		const path = join(dir, e.name);
		if (e.isDirectory()) await walk(path, out);
		else if (e.isFile()) out.push(path);
	}
}

function shorten(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') ? rel : path;
}
