/**
 * Where a panel's rows come from: the build-time summary when the view is the default one (the first view
 * draws before DuckDB-WASM has started), DuckDB-WASM otherwise. Browser only.
 */
import type { Db } from '../query/db.ts';
import { getDb } from '../query/engine.ts';
import { DEFAULT_FILTERS, sameFilters, type Filters, type Known } from '../query/filters.ts';
import { SUMMARY_FILE, validateSummary, type Summary } from '../query/summary.ts';
import type { PanelId } from './common.ts';
import { PANELS } from './panels.ts';

let summary: Promise<Summary> | null = null;

/** Fetch and check static/data/summary.json once; the error names the file and says what to do. */
export function loadSummary(dataUrl: (file: string) => string): Promise<Summary> {
	summary ??= (async () => {
		let res: Response;
		try {
			res = await fetch(dataUrl(SUMMARY_FILE));
		} catch {
			throw new Error(`无法读取 data/${SUMMARY_FILE}：网络错误`);
		}
		if (!res.ok) throw new Error(`缺少数据：data/${SUMMARY_FILE}（HTTP ${res.status}）。请先运行 npm run data 生成数据。`);
		let json: unknown;
		try {
			json = await res.json();
		} catch {
			throw new Error(`data/${SUMMARY_FILE} 不是有效的 JSON`);
		}
		return validateSummary(json, `data/${SUMMARY_FILE}`);
	})();
	summary.catch(() => (summary = null));
	return summary;
}

export interface Rows {
	rows: Record<string, unknown>[];
	source: 'summary' | 'duckdb';
}

/** Rows of one panel for a filter state. */
export async function loadPanelRows(id: PanelId, filters: Filters, known: Known, s: Summary, dataUrl: (file: string) => string): Promise<Rows> {
	const cached = s.panels[id];
	if (cached && sameFilters(filters, DEFAULT_FILTERS)) return { rows: cached, source: 'summary' };
	const db: Db = await getDb(dataUrl);
	return { rows: await db.query(PANELS[id].query(filters, known)), source: 'duckdb' };
}
