/** `themes` panel: problem themes admitted in section 五 (存在的主要问题), by agency type, counted in items. */
import type { EChartsOption } from 'echarts';
import { formatNumber } from '../../format/number.ts';
import type { ThemesRow } from '../../query/panels/themes.ts';
import { axisTooltip, barHeight, baseOption, cell, emptyView, typeLabel, type BuildContext, type Column, type PanelView } from '../common.ts';

export function buildThemes(rows: ThemesRow[], ctx: BuildContext): PanelView {
	const unit = '条';
	const columns: Column[] = [
		{ key: 'agency_type', label: '机关类型' },
		{ key: 'theme', label: '问题主题' },
		{ key: 'items', label: '问题条数', numeric: true },
		{ key: 'reports', label: '报告数', numeric: true }
	];
	const detail = rows.filter((r) => r.agency_type !== null);
	if (!detail.length) return emptyView(unit, columns);
	const total = rows.find((r) => r.agency_type === null);
	const types = [...new Set(detail.map((r) => r.agency_type!))];
	const itemsOfType = (t: string) => detail.filter((r) => r.agency_type === t).reduce((n, r) => n + r.items, 0);
	types.sort((a, b) => itemsOfType(b) - itemsOfType(a));
	const themeTotals = new Map<string, number>();
	for (const r of detail) themeTotals.set(r.theme!, (themeTotals.get(r.theme!) ?? 0) + r.items);
	const themes = [...themeTotals.keys()].sort((a, b) => themeTotals.get(b)! - themeTotals.get(a)!);
	const themeLabel = (k: string) => ctx.themes.get(k) ?? k;
	const categories = types.map((t) => typeLabel(ctx, t));
	const description = `第五部分自述问题按主题统计：${themes.map((t) => `${themeLabel(t)} ${themeTotals.get(t)} 条`).join('，')}。`;
	const option: EChartsOption = {
		...baseOption(description),
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			confine: true,
			formatter: axisTooltip((p) => (typeof p.value === 'number' && p.value > 0 ? `${p.value} 条` : null))
		},
		xAxis: { type: 'value', name: unit, minInterval: 1 },
		yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
		series: themes.map((theme) => ({
			type: 'bar' as const,
			name: themeLabel(theme),
			stack: 'themes',
			barMaxWidth: 28,
			emphasis: { focus: 'series' as const },
			data: types.map((t) => detail.find((r) => r.agency_type === t && r.theme === theme)?.items ?? '-')
		}))
	};
	const tableRows = types.flatMap((t) =>
		detail
			.filter((r) => r.agency_type === t)
			.sort((a, b) => b.items - a.items)
			.map((r) => [cell(t, typeLabel(ctx, t)), cell(r.theme, themeLabel(r.theme!)), cell(r.items, formatNumber(r.items)), cell(r.reports, formatNumber(r.reports))])
	);
	return {
		option,
		table: { columns, rows: tableRows },
		reports: total?.reports ?? 0,
		unit,
		notes: ['每条问题按其首要主题计一次；主题由规则词表从第五部分“存在的主要问题”归类。'],
		targets: types.map(() => null),
		height: barHeight(types.length, 32, 110),
		empty: false
	};
}
