/**
 * ECharts, tree-shaken: only the chart types and components the panels use, and the SVG renderer (crisp at
 * any zoom, and the same renderer produces the SVG export; PNG is rasterised from that SVG). Pure JS, so
 * tests render options to SVG strings in Node with `renderSvg`.
 */
import { init, use, type EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
export type { EChartsType };

/** Approximate width in px of a legend item at 12 px (CJK 12 px, others 7 px) plus its icon and gap. */
function legendItemWidth(label: string): number {
	let w = 0;
	for (const ch of label) w += /[\u1100-\uffff]/.test(ch) ? 12 : 7;
	return w + 25 + 10;
}

/**
 * The option as printed: a scrolling legend would show only its first page in a file, so exports use a plain
 * legend that wraps, and move the plot down by the rows it takes. Returns the extra height needed.
 */
export function exportOption(option: EChartsOption, width: number): { option: EChartsOption; extra: number } {
	const legend = option.legend as { show?: boolean; data?: string[] } | undefined;
	const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as { name?: string }[];
	if (!legend || legend.show === false) return { option, extra: 0 };
	const names = legend.data ?? series.map((s) => s.name ?? '').filter(Boolean);
	let rows = 1;
	let x = 0;
	for (const n of names) {
		const w = legendItemWidth(n);
		if (x + w > width - 16 && x > 0) {
			rows++;
			x = 0;
		}
		x += w;
	}
	const extra = (rows - 1) * 22;
	const grid = option.grid as { top?: number } | undefined;
	return {
		option: { ...option, legend: { ...legend, type: 'plain' }, grid: { ...grid, top: (grid?.top ?? 48) + extra } } as EChartsOption,
		extra
	};
}

/** Render an option to an SVG string without a DOM (ECharts server-side rendering): `renderSvg(option, 720, 400)`. */
export function renderSvg(option: EChartsOption, width: number, height: number): string {
	const chart = init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
	try {
		chart.setOption({ ...option, tooltip: undefined, animation: false } as EChartsOption);
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}
