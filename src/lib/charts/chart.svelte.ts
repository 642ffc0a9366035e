/**
 * The ECharts lifecycle as a Svelte 5 attachment: init on mount, setOption whenever the option changes,
 * resize with the element (and for printing), dispose on unmount. `{@attach chart(() => option, onClick)}`.
 */
import type { Attachment } from 'svelte/attachments';
import type { EChartsOption } from 'echarts';
import { init } from './echarts.ts';

/** Axis labels get narrower on phones (360 px) so that bars keep some room. */
function narrow(option: EChartsOption, width: number): EChartsOption {
	if (width >= 520) return option;
	const y = option.yAxis as { type?: string; axisLabel?: object } | undefined;
	if (!y || Array.isArray(y) || y.type !== 'category') return option;
	return { ...option, yAxis: { ...y, axisLabel: { ...y.axisLabel, width: Math.max(72, Math.round(width * 0.3)) } } } as EChartsOption;
}

export function chart(getOption: () => EChartsOption, onClick?: (dataIndex: number) => void): Attachment<HTMLElement> {
	return (node) => {
		const instance = init(node, null, { renderer: 'svg', locale: 'ZH' });
		$effect(() => {
			instance.setOption(narrow(getOption(), node.clientWidth), { notMerge: true });
		});
		if (onClick) instance.on('click', (p) => onClick(p.dataIndex));
		const resize = () => instance.resize();
		const observer = new ResizeObserver(resize);
		observer.observe(node);
		addEventListener('beforeprint', resize);
		addEventListener('afterprint', resize);
		return () => {
			observer.disconnect();
			removeEventListener('beforeprint', resize);
			removeEventListener('afterprint', resize);
			instance.dispose();
		};
	};
}

/** The SVG the chart in `node` shows now, at its current size (for the SVG and PNG exports). */
export function chartSvg(node: HTMLElement): string | null {
	const svg = node.querySelector('svg');
	if (!svg) return null;
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	return new XMLSerializer().serializeToString(copy);
}
