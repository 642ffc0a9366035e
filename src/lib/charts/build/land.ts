/**
 * `land` panel: requests about 征地拆迁 as each report states them ("其中征地拆迁领域 26 件，占比 89.6%").
 * A report that states nothing shows 未说明, never 0. The share printed is the report's own.
 */
import type { EChartsOption } from 'echarts';
import { formatCount, formatNumber, formatPercent, MIN_SHARE_BASE, NOT_STATED, smallBaseNote } from '../../format/number.ts';
import type { LandRow } from '../../query/panels/land.ts';
import { axisTooltip, barHeight, baseOption, cell, emptyView, yearsOf, type BuildContext, type Column, type PanelView } from '../common.ts';

/** "26 件 / 89.6%", "26 件", "89.6%" or 未说明; `*` marks a share over fewer than MIN_SHARE_BASE new requests. */
export function landText(row: Pick<LandRow, 'land_count' | 'land_share' | 'new_total'>): string {
	const parts: string[] = [];
	if (row.land_count !== null) parts.push(formatCount(row.land_count));
	if (row.land_share !== null) {
		const small = row.new_total !== null && row.new_total < MIN_SHARE_BASE;
		parts.push(formatPercent(row.land_share) + (small ? '*' : ''));
	}
	return parts.length ? parts.join(' / ') : NOT_STATED;
}

export function buildLand(rows: LandRow[], _ctx: BuildContext): PanelView {
	const unit = '件';
	const columns: Column[] = [
		{ key: 'agency', label: '机关' },
		{ key: 'region', label: '地区' },
		{ key: 'year', label: '年度', numeric: true },
		{ key: 'land_count', label: '征地拆迁申请', numeric: true },
		{ key: 'land_share', label: '占本年新收', numeric: true },
		{ key: 'new_total', label: '本年新收', numeric: true }
	];
	if (!rows.length) return emptyView(unit, columns);
	const multiYear = yearsOf(rows).length > 1;
	const name = (r: LandRow) => `${r.agency ?? '机关名称未识别'}${multiYear && r.year !== null ? `（${r.year}）` : ''}`;
	const stated = rows.filter((r) => r.land_count !== null || r.land_share !== null);
	const texts = rows.map(landText);
	const smallBase = rows.some((r) => r.land_share !== null && r.new_total !== null && r.new_total < MIN_SHARE_BASE);

	const description = `征地拆迁类申请：${rows.length} 份报告中 ${stated.length} 份说明了件数或占比。${rows
		.slice(0, 10)
		.map((r, i) => `${name(r)} ${texts[i]}`)
		.join('；')}。`;
	const option: EChartsOption = {
		...baseOption(description),
		legend: { show: false },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			confine: true,
			formatter: axisTooltip((p) => texts[(p as { dataIndex?: number }).dataIndex ?? -1] ?? null)
		},
		xAxis: { type: 'value', name: unit, minInterval: 1 },
		yAxis: { type: 'category', data: rows.map(name), inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
		series: [
			{
				type: 'bar',
				name: '征地拆迁',
				barMaxWidth: 24,
				// A report that states no count draws no bar: its item carries only the 未说明 label.
				data: rows.map((r, i) => ({
					value: r.land_count ?? 0,
					itemStyle: r.land_count === null ? { color: 'transparent' } : undefined,
					label: { show: true, position: 'right', formatter: texts[i]!.replace(/[{}]/g, ''), color: r.land_count === null && r.land_share === null ? '#777' : '#222' }
				}))
			}
		]
	};
	return {
		option,
		table: {
			columns,
			rows: rows.map((r, i) => [
				cell(r.agency, r.agency ?? '机关名称未识别'),
				cell(r.region, r.region ?? '地区未识别'),
				cell(r.year, r.year === null ? '—' : String(r.year)),
				cell(r.land_count, r.land_count === null ? NOT_STATED : formatCount(r.land_count)),
				cell(r.land_share, r.land_share === null ? NOT_STATED : texts[i]!.split(' / ').pop()!),
				cell(r.new_total, formatNumber(r.new_total, '—'))
			]),
			rowReports: rows.map((r) => r.id)
		},
		reports: rows.length,
		unit,
		notes: ['件数与占比均取自报告原文；报告未提及的记为“未说明”，不记为 0。', ...(smallBase ? [smallBaseNote()] : [])],
		targets: rows.map((r) => ({ kind: 'report' as const, id: r.id })),
		height: barHeight(rows.length),
		empty: false
	};
}
