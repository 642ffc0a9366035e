import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The site is fully static: every page is prerendered and data is read from static/data/ at run time,
 * so any web server (or an intranet share) can host it. BASE_PATH lets it live in a sub-folder
 * such as /lens (paths.base must start with a slash and not end with one).
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		// Report pages are prerendered from the data present at build time; with no data there are none.
		prerender: { handleUnseenRoutes: 'ignore' }
	}
};

export default config;
