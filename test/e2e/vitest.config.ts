// End-to-end tests: the built site (build/, from `npm run build`) served on 127.0.0.1 and driven with Debian's
// Chromium. Run with `npm run test:e2e` (scripts/test.sh builds the site from the sample data first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/e2e/**/*.e2e.ts'],
		globalSetup: ['test/e2e/setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// One Chromium at a time: the machine has 2 cores and each page starts DuckDB-WASM.
		fileParallelism: false
	}
});
