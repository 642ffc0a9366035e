/**
 * The build-time summary (static/data/summary.json, written by src/lib/server/build/aggregates.ts): what the
 * filters may select, the labels of keys, and every panel's rows for the default view, so that the first
 * view draws before DuckDB-WASM has started. Pure.
 */
import type { PanelId } from '../charts/common.ts';
import type { Known, RegionInfo } from './filters.ts';

export const SUMMARY_FILE = 'summary.json';
export const SUMMARY_VERSION = 1;

export interface Summary {
	/** Bumped when the shape changes; the site refuses a summary of another version. */
	version: number;
	generated_at: string;
	generator: string;
	reports: number;
	years: number[];
	/** Regions that have reports, with their provinces and cities. */
	regions: RegionInfo[];
	/** Agency types present in the data, with their Chinese labels and report counts. */
	types: { key: string; label: string; reports: number }[];
	themes: { key: string; label: string }[];
	rules: { key: string; label: string }[];
	/** Rows of each panel for the default filters (latest year, everything else unfiltered). */
	panels: Partial<Record<PanelId, Record<string, unknown>[]>>;
}

/** The Known sets of a summary (what URL parameters may select). */
export function knownFrom(summary: Summary): Known {
	return {
		regions: new Map(summary.regions.map((r) => [r.code, r])),
		types: new Map(summary.types.map((t) => [t.key, t.label])),
		years: [...summary.years].sort((a, b) => a - b)
	};
}

/** Checks the parts of a fetched summary the site relies on; throws a Chinese message naming the file. */
export function validateSummary(value: unknown, file = SUMMARY_FILE): Summary {
	const s = value as Partial<Summary> | null;
	if (!s || typeof s !== 'object') throw new Error(`${file}：不是有效的 JSON 对象`);
	if (s.version !== SUMMARY_VERSION) throw new Error(`${file}：版本 ${String(s.version)} 与本站点（${SUMMARY_VERSION}）不符，请重新运行 npm run data`);
	for (const key of ['years', 'regions', 'types', 'themes', 'rules'] as const) {
		if (!Array.isArray(s[key])) throw new Error(`${file}：缺少 ${key}`);
	}
	if (typeof s.reports !== 'number') throw new Error(`${file}：缺少 reports`);
	if (!s.panels || typeof s.panels !== 'object') throw new Error(`${file}：缺少 panels`);
	return s as Summary;
}
