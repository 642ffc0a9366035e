/**
 * What every panel builder returns, and the pieces they share: the base ECharts option (aria on, zh-CN font,
 * no animation so that exports and tests see the final frame), escaped tooltips, and the accessible data table
 * that carries the same numbers as the chart (and becomes the CSV). Pure: no DOM, no ECharts runtime.
 */
import type { EChartsOption } from 'echarts';
import { escapeHtml } from '../format/escape.ts';
import type { Filters, Known } from '../query/filters.ts';

/**
 * The Chinese font stack of the site, charts and exports. Single quotes: ECharts' SVG renderer writes the font
 * into a double-quoted style attribute without escaping (double quotes made the SVG export unparseable).
 */
export const FONT_STACK =
	"'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

export const PANEL_IDS = ['requests', 'land', 'outcomes', 'review', 'quality', 'themes', 'reports'] as const;
export type PanelId = (typeof PANEL_IDS)[number];
export function isPanelId(value: string): value is PanelId {
	return (PANEL_IDS as readonly string[]).includes(value);
}

/** One cell of a data table: the raw value (for CSV) and its zh-CN text (for the page). */
export interface Cell {
	value: string | number | boolean | null;
	text: string;
}
export interface Column {
	key: string;
	label: string;
	numeric?: boolean;
}
export interface DataTable {
	columns: Column[];
	rows: Cell[][];
	/** Report id per row when a row is one report (links to /report/<id>). */
	rowReports?: (string | null)[];
}

/** Where a click on a category leads: drill down to a region, or open a report. */
export type Target = { kind: 'region'; code: string } | { kind: 'report'; id: string } | null;

export interface PanelView {
	/** The ECharts option, or null for a table-only panel or when there is nothing to draw. */
	option: EChartsOption | null;
	table: DataTable;
	/** Reports behind the panel. */
	reports: number;
	unit: string;
	/** Footnotes: small bases, what a share is a share of. */
	notes: string[];
	/** The panel's key figure in one line, e.g. "渠县 合计：本年新收 29 件". */
	headline?: string;
	/** Click targets by category index of the chart. */
	targets: Target[];
	/** Height in px the chart needs (categories × bar height). */
	height: number;
	empty: boolean;
}

export interface BuildContext {
	filters: Filters;
	known: Known;
	/** Chinese labels of theme keys (problems.parquet `theme`). */
	themes: ReadonlyMap<string, string>;
	/** Chinese labels of finding rule keys. */
	rules: ReadonlyMap<string, string>;
}

export const cell = (value: string | number | boolean | null, text: string): Cell => ({ value, text });

/** Options shared by every chart. `description` is the aria text: the panel's own summary in Chinese. */
export function baseOption(description: string): EChartsOption {
	return {
		animation: false,
		aria: { enabled: true, label: { enabled: true, description } },
		textStyle: { fontFamily: FONT_STACK },
		color: ['#2f6db5', '#e07b39', '#3a9b5c', '#c94a4a', '#8a63b8', '#7f7f7f', '#c9a227', '#3fa7b5', '#b55d8c', '#5b6b2f', '#9c6b3d', '#4a4aa0'],
		grid: { left: 8, right: 56, top: 48, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
		legend: { type: 'scroll', top: 0, left: 0, right: 0, textStyle: { fontSize: 12 } }
	} as EChartsOption;
}

interface TooltipParam {
	seriesName?: string;
	name?: string;
	marker?: unknown;
	data?: unknown;
	value?: unknown;
}

/**
 * An axis tooltip whose every text is escaped: ECharts renders tooltip strings as HTML, and category names
 * are agency names from documents. `text(param)` gives the value text of one series item.
 */
export function axisTooltip(text: (p: TooltipParam) => string | null, header?: (name: string) => string) {
	return (params: unknown): string => {
		const list = (Array.isArray(params) ? params : [params]) as TooltipParam[];
		if (!list.length) return '';
		const name = String(list[0]!.name ?? '');
		const lines = [`<strong>${escapeHtml(header ? header(name) : name)}</strong>`];
		for (const p of list) {
			const t = text(p);
			if (t === null) continue;
			const marker = typeof p.marker === 'string' && /^<span style="[^"<>]*"><\/span>$/.test(p.marker) ? p.marker : '';
			lines.push(`${marker}${escapeHtml(p.seriesName ?? '')}：${escapeHtml(t)}`);
		}
		return lines.join('<br/>');
	};
}

/** Pixel height for a horizontal bar chart of `n` categories. */
export function barHeight(n: number, perBar = 28, extra = 80): number {
	return Math.max(220, Math.min(1600, n * perBar + extra));
}

/**
 * One bucket per year when rows span several years (a trend, no drill-down), else one per key (region, agency
 * or agency type), ordered by `order` and with each bucket's drill-down target.
 */
export function groupBuckets<R extends { year: number | null; key: string; label: string }, B extends { key: string; label: string }>(
	rows: readonly R[],
	make: (key: string, label: string, rows: R[]) => B,
	order: (a: B, b: B) => number,
	target: (bucket: B) => Target,
	labelOf: (key: string, rows: R[]) => string = (_, own) => own[0]!.label
): { trend: boolean; buckets: B[]; targets: Target[] } {
	const years = yearsOf(rows);
	if (years.length > 1) {
		const buckets = years.map((y) => make(String(y), `${y} 年`, rows.filter((r) => r.year === y)));
		return { trend: true, buckets, targets: buckets.map(() => null) };
	}
	const buckets = [...new Set(rows.map((r) => r.key))].map((k) => {
		const own = rows.filter((r) => r.key === k);
		return make(k, labelOf(k, own), own);
	});
	buckets.sort(order);
	return { trend: false, buckets, targets: buckets.map(target) };
}

/** Distinct non-null years of rows, ascending. */
export function yearsOf(rows: readonly { year: number | null }[]): number[] {
	return [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

/** Sum of possibly-null numbers: null when every value is null (nothing stated), else the sum of the stated ones. */
export function sumStated(values: readonly (number | null | undefined)[]): number | null {
	let sum: number | null = null;
	for (const v of values) if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
	return sum;
}

/** An empty view (no reports match the filters). */
export function emptyView(unit: string, columns: Column[]): PanelView {
	return { option: null, table: { columns, rows: [] }, reports: 0, unit, notes: [], targets: [], height: 0, empty: true };
}

/** The label of an agency-type key. */
export function typeLabel(ctx: BuildContext, key: string | null): string {
	if (!key) return '未分类';
	return ctx.known.types.get(key) ?? key;
}
