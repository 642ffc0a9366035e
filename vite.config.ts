import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**'],
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
