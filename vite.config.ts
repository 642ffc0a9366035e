import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/e2e/**'],
		testTimeout: 60_000,
		// beforeAll hooks build datasets or spawn CLIs; on 2 busy cores they can pass the 10 s default
		hookTimeout: 120_000
	}
});
