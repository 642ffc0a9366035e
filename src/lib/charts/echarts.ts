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
