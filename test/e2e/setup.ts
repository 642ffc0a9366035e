/** Global setup of the e2e tests: check the build, make the XSS fixture data, serve both on 127.0.0.1. */
import { access, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';
import { makeXssData } from './xss-fixture.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		origin: string;
	}
}

export const BUILD_DIR = fileURLToPath(new URL('../../build/', import.meta.url));

export default async function setup(project: TestProject) {
	try {
		await access(`${BUILD_DIR}index.html`);
		await access(`${BUILD_DIR}data/summary.json`);
	} catch {
		throw new Error(`${BUILD_DIR}: no built site with data; run \`npm run data && npm run build\` first`);
	}
	const xss = await makeXssData();
	const empty = await mkdtemp(join(tmpdir(), 'lens-no-data-'));
	const { server, origin } = await serveStatic([
		{ prefix: '/', dir: BUILD_DIR },
		{ prefix: '/lens/', dir: BUILD_DIR },
		{ prefix: '/xss/', dir: BUILD_DIR },
		{ prefix: '/xss/data/', dir: xss },
		// The same build with an empty data dir: the site must say that the data is missing.
		{ prefix: '/nodata/', dir: BUILD_DIR },
		{ prefix: '/nodata/data/', dir: empty }
	]);
	project.provide('origin', origin);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
