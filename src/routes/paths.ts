/** Site paths, relative to wherever the site is hosted (any base path; see svelte.config.js). */
import { asset, resolve } from '$app/paths';

/** URL of a generated data file: `dataUrl('summary.json')`. */
export const dataUrl = (file: string): string => asset(`/data/${file}` as Parameters<typeof asset>[0]);
export const reportHref = (id: string): string => resolve('/report/[id]', { id });
export const embedHref = (panel: string): string => resolve('/embed/[panel]', { panel });
export const homeHref = (): string => resolve('/');
