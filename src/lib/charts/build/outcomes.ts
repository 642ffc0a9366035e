/**
 * `outcomes` panel: how requests were answered, as shares of table 3 (七)总计: 予以公开, 部分公开, 不予公开,
 * 无法提供, 不予处理, 其他处理; by county or, within a county, by agency type; by year when several years are selected.
 */
import type { EChartsOption } from 'echarts';
import { OUTCOME_GROUPS } from '../../model/keys.ts';
import { computeShare, formatCount, formatNumber, MIN_SHARE_BASE, smallBaseNote } from '../../format/number.ts';
import { OUTCOME_KEYS, type OutcomeKey, type OutcomesRow } from '../../query/panels/outcomes.ts';
import { axisTooltip, barHeight, baseOption, cell, emptyView, groupBuckets, sumStated, typeLabel, type BuildContext, type Column, type PanelView, type Target } from '../common.ts';
import { scopeNotes } from './notes.ts';

interface Bucket {
	key: string;
	label: string;
	counts: Record<OutcomeKey | 'processed_total', number | null>;
	reports: number;
}

function bucketOf(key: string, label: string, rows: OutcomesRow[]): Bucket {
	const counts = {} as Bucket['counts'];
	for (const k of [...OUTCOME_KEYS, 'processed_total' as const]) counts[k] = sumStated(rows.map((r) => r[k]));
	return { key, label, counts, reports: rows.reduce((n, r) => n + r.reports, 0) };
}

const LABELS = new Map<string, string>(OUTCOME_GROUPS.map((g) => [g.key, g.label]));

export function buildOutcomes(rows: OutcomesRow[], by: 'region' | 'agency_type', ctx: BuildContext): PanelView {
	const unit = '%';
	const columns: Column[] = [
		{ key: 'label', label: by === 'region' ? '地区' : '机关类型' },
		...OUTCOME_KEYS.flatMap((k) => [
			{ key: k, label: `${LABELS.get(k)}（件）`, numeric: true },
			{ key: `${k}_share`, label: `${LABELS.get(k)}（占比）`, numeric: true }
		]),
		{ key: 'processed_total', label: '办理总计（件）', numeric: true },
		{ key: 'reports', label: '报告数', numeric: true }
	];
	if (!rows.length) return emptyView(unit, columns);
	const { trend, buckets, targets } = groupBuckets(
		rows,
		bucketOf,
		(a, b) => (b.counts.processed_total ?? -1) - (a.counts.processed_total ?? -1) || a.label.localeCompare(b.label, 'zh-CN'),
		(b): Target => (by === 'region' && ctx.known.regions.has(b.key) ? { kind: 'region', code: b.key } : null),
		(k, own) => (by === 'agency_type' ? typeLabel(ctx, k) : own[0]!.label)
	);
	if (trend) columns[0] = { key: 'year', label: '年度' };
	const all = bucketOf('', '合计', rows);
	const shares = (b: Bucket) => Object.fromEntries(OUTCOME_KEYS.map((k) => [k, computeShare(b.counts[k], b.counts.processed_total)]));
	const small = (b: Bucket) => b.counts.processed_total !== null && b.counts.processed_total > 0 && b.counts.processed_total < MIN_SHARE_BASE;
	const axisLabel = (b: Bucket) =>
		b.counts.processed_total === null ? `${b.label}（未说明）` : b.counts.processed_total === 0 ? `${b.label}（无办理）` : `${b.label}${small(b) ? '*' : ''}`;

	const tableRows = [...buckets, all].map((b) => {
		const s = shares(b);
		return [
			cell(b.label, b.label),
			...OUTCOME_KEYS.flatMap((k) => [cell(b.counts[k], formatNumber(b.counts[k], '—')), cell(s[k]!.value, s[k]!.value === null ? '—' : s[k]!.text)]),
			cell(b.counts.processed_total, formatNumber(b.counts.processed_total, '—')),
			cell(b.reports, formatNumber(b.reports))
		];
	});
	const allShares = shares(all);
	const description = `申请办理结果占比，共办理 ${formatCount(all.counts.processed_total)}：${OUTCOME_KEYS.map((k) => `${LABELS.get(k)} ${allShares[k]!.text}`).join('，')}。`;
	const categories = buckets.map(axisLabel);
	const option: EChartsOption = {
		...baseOption(description),
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			confine: true,
			formatter: axisTooltip((p) => {
				const b = buckets[(p as { dataIndex?: number }).dataIndex ?? -1];
				const k = OUTCOME_KEYS.find((key) => LABELS.get(key) === p.seriesName);
				if (!b || !k) return null;
				return `${formatCount(b.counts[k], '件', '—')}（${shares(b)[k]!.text}）`;
			})
		},
		xAxis: trend ? { type: 'category', data: categories } : { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
		yAxis: trend ? { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } } : { type: 'category', data: categories, inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
		series: OUTCOME_KEYS.map((k) => ({
			type: 'bar' as const,
			name: LABELS.get(k)!,
			stack: 'share',
			barMaxWidth: 28,
			emphasis: { focus: 'series' as const },
			data: buckets.map((b) => {
				const v = shares(b)[k]!.value;
				return v === null ? '-' : Math.round(v * 1000) / 10;
			})
		}))
	};
	return {
		option,
		table: { columns, rows: tableRows },
		reports: all.reports,
		unit,
		notes: ['占比 = 各项件数 ÷ 三(七)办理总计（含上年结转）。', ...(buckets.some(small) ? [smallBaseNote()] : []), ...scopeNotes(ctx)],
		targets,
		height: trend ? 340 : barHeight(buckets.length),
		empty: false
	};
}
