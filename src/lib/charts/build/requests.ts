/**
 * `requests` panel: new requests (table 3 row 一、本年新收) by county, or by agency within a county,
 * stacked by applicant type; by year when several years are selected.
 */
import type { EChartsOption } from 'echarts';
import { TABLE3_COLUMNS } from '../../model/keys.ts';
import { formatCount, formatNumber } from '../../format/number.ts';
import type { RequestsRow } from '../../query/panels/requests.ts';
import type { Grouping } from '../../query/selection.ts';
import { scopeNotes } from './notes.ts';
import { axisTooltip, barHeight, baseOption, cell, emptyView, groupBuckets, sumStated, type BuildContext, type Column, type PanelView, type Target } from '../common.ts';

const APPLICANTS = TABLE3_COLUMNS.filter((c) => c.key !== 'total');
type Applicant = (typeof APPLICANTS)[number]['key'];

interface Bucket {
	key: string;
	label: string;
	values: Record<Applicant | 'total', number | null>;
	reports: number;
}

function bucketOf(key: string, label: string, rows: RequestsRow[]): Bucket {
	const values = {} as Bucket['values'];
	for (const c of TABLE3_COLUMNS) values[c.key] = sumStated(rows.map((r) => r[c.key]));
	return { key, label, values, reports: rows.reduce((n, r) => n + r.reports, 0) };
}

export function buildRequests(rows: RequestsRow[], grouping: Grouping, ctx: BuildContext): PanelView {
	const unit = '件';
	const firstColumn: Column = { key: 'label', label: grouping === 'report' ? '机关' : '地区' };
	const columns: Column[] = [firstColumn, ...TABLE3_COLUMNS.map((c) => ({ key: c.key, label: c.label, numeric: true })), { key: 'reports', label: '报告数', numeric: true }];
	if (!rows.length) return emptyView(unit, columns);

	const { trend, buckets, targets } = groupBuckets(
		rows,
		bucketOf,
		(a, b) => (b.values.total ?? -1) - (a.values.total ?? -1) || a.label.localeCompare(b.label, 'zh-CN'),
		(b): Target => (grouping === 'report' ? { kind: 'report', id: b.key } : ctx.known.regions.has(b.key) ? { kind: 'region', code: b.key } : null)
	);
	if (trend) columns[0] = { key: 'year', label: '年度' };
	const total = bucketOf('', '合计', rows);
	const reports = total.reports;

	const tableRows = [...buckets, total].map((b) => [
		cell(b.label, b.label),
		...TABLE3_COLUMNS.map((c) => cell(b.values[c.key], formatNumber(b.values[c.key], '—'))),
		cell(b.reports, formatNumber(b.reports))
	]);

	const categories = buckets.map((b) => b.label);
	const description = `本年新收政府信息公开申请，${trend ? '按年度' : grouping === 'report' ? '按机关' : '按地区'}，共 ${formatCount(total.values.total)}，来自 ${reports} 份报告。${buckets
		.slice(0, 8)
		.map((b) => `${b.label} ${formatCount(b.values.total)}`)
		.join('；')}。`;
	const option: EChartsOption = {
		...baseOption(description),
		legend: { type: 'scroll', top: 0, left: 0, right: 0, data: APPLICANTS.map((c) => c.label) },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			confine: true,
			formatter: axisTooltip((p) => formatCount(typeof p.value === 'number' ? p.value : null, unit, '—'))
		},
		xAxis: trend ? { type: 'category', data: categories } : { type: 'value', name: unit, minInterval: 1 },
		yAxis: trend ? { type: 'value', name: unit, minInterval: 1 } : { type: 'category', data: categories, inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
		series: [
			...APPLICANTS.map((c) => ({
				type: 'bar' as const,
				name: c.label,
				stack: 'applicants',
				barMaxWidth: 28,
				emphasis: { focus: 'series' as const },
				data: buckets.map((b) => b.values[c.key] ?? '-')
			})),
			{
				// The total at the end of each bar, as text (a transparent stack segment carries the label).
				type: 'bar' as const,
				name: '总计',
				stack: 'applicants',
				silent: true,
				itemStyle: { color: 'transparent' },
				tooltip: { show: false },
				label: { show: true, position: trend ? 'top' : 'right', formatter: (p: { dataIndex: number }) => formatNumber(buckets[p.dataIndex]!.values.total, '—') },
				data: buckets.map(() => 0)
			}
		]
	};
	return {
		option,
		table: { columns, rows: tableRows, rowReports: grouping === 'report' && !trend ? [...buckets.map((b) => b.key), null] : undefined },
		reports,
		unit,
		notes: scopeNotes(ctx),
		headline: `${ctx.filters.region ? (ctx.known.regions.get(ctx.filters.region)?.name ?? '') : '全部地区'} 合计：本年新收 ${formatCount(total.values.total)}`,
		targets,
		height: trend ? 320 : barHeight(buckets.length),
		empty: false
	};
}
