/**
 * `review` panel: table 四, administrative review and lawsuits, with the share of cases whose result was
 * corrected (结果纠正 ÷ 总计); by county or agency, by year when several years are selected.
 */
import type { EChartsOption } from 'echarts';
import { TABLE4_GROUPS } from '../../model/keys.ts';
import { computeShare, formatCount, formatNumber, MIN_SHARE_BASE, smallBaseNote } from '../../format/number.ts';
import { REVIEW_GROUPS, type ReviewGroup, type ReviewRow } from '../../query/panels/review.ts';
import type { Grouping } from '../../query/selection.ts';
import { axisTooltip, barHeight, baseOption, cell, emptyView, groupBuckets, sumStated, type BuildContext, type Column, type PanelView, type Target } from '../common.ts';
import { scopeNotes } from './notes.ts';

const SHORT: Record<ReviewGroup, string> = { review: '行政复议', suit_direct: '直接起诉', suit_after_review: '复议后起诉' };
const FIELDS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

interface Bucket {
	key: string;
	label: string;
	v: Record<string, number | null>;
	reports: number;
}
function bucketOf(key: string, label: string, rows: ReviewRow[]): Bucket {
	const v: Record<string, number | null> = {};
	for (const g of REVIEW_GROUPS) for (const f of FIELDS) v[`${g}_${f}`] = sumStated(rows.map((r) => r[`${g}_${f}`]));
	return { key, label, v, reports: rows.reduce((n, r) => n + r.reports, 0) };
}

export function buildReview(rows: ReviewRow[], grouping: Grouping, ctx: BuildContext): PanelView {
	const unit = '件';
	const columns: Column[] = [
		{ key: 'label', label: grouping === 'report' ? '机关' : '地区' },
		...REVIEW_GROUPS.flatMap((g) => [
			{ key: `${g}_total`, label: `${SHORT[g]}总计`, numeric: true },
			{ key: `${g}_corrected`, label: `${SHORT[g]}纠正`, numeric: true },
			{ key: `${g}_share`, label: `${SHORT[g]}纠正率`, numeric: true }
		]),
		{ key: 'reports', label: '报告数', numeric: true }
	];
	if (!rows.length) return emptyView(unit, columns);
	const cases = (b: Bucket) => REVIEW_GROUPS.reduce((n, g) => n + (b.v[`${g}_total`] ?? 0), 0);
	const { trend, buckets, targets } = groupBuckets(
		rows,
		bucketOf,
		(a, b) => cases(b) - cases(a) || a.label.localeCompare(b.label, 'zh-CN'),
		(b): Target => (grouping === 'report' ? { kind: 'report', id: b.key } : ctx.known.regions.has(b.key) ? { kind: 'region', code: b.key } : null)
	);
	if (trend) columns[0] = { key: 'year', label: '年度' };
	const all = bucketOf('', '合计', rows);
	const share = (b: Bucket, g: ReviewGroup) => computeShare(b.v[`${g}_corrected`] ?? null, b.v[`${g}_total`] ?? null);
	const anySmall = [...buckets, all].some((b) => REVIEW_GROUPS.some((g) => share(b, g).small));

	const tableRows = [...buckets, all].map((b) => [
		cell(b.label, b.label),
		...REVIEW_GROUPS.flatMap((g) => {
			const s = share(b, g);
			return [
				cell(b.v[`${g}_total`] ?? null, formatNumber(b.v[`${g}_total`], '—')),
				cell(b.v[`${g}_corrected`] ?? null, formatNumber(b.v[`${g}_corrected`], '—')),
				cell(s.value, s.value === null ? '—' : s.text)
			];
		}),
		cell(b.reports, formatNumber(b.reports))
	]);
	const description = `行政复议 ${formatCount(all.v.review_total)}，纠正率 ${share(all, 'review').text}；行政诉讼（直接起诉）${formatCount(all.v.suit_direct_total)}；行政诉讼（复议后起诉）${formatCount(all.v.suit_after_review_total)}。`;
	const categories = buckets.map((b) => b.label);
	const option: EChartsOption = {
		...baseOption(description),
		// Room for the "1（纠正 0.0%*）" labels at the end of the bars.
		grid: { left: 8, right: trend ? 24 : 120, top: 48, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			confine: true,
			formatter: axisTooltip((p) => {
				const b = buckets[(p as { dataIndex?: number }).dataIndex ?? -1];
				const g = REVIEW_GROUPS.find((key) => TABLE4_GROUPS.find((t) => t.key === key)!.label === p.seriesName);
				if (!b || !g) return null;
				return `${formatCount(b.v[`${g}_total`], '件', '—')}，纠正 ${formatNumber(b.v[`${g}_corrected`], '—')}，尚未审结 ${formatNumber(b.v[`${g}_pending`], '—')}，纠正率 ${share(b, g).text}`;
			})
		},
		xAxis: trend ? { type: 'category', data: categories } : { type: 'value', name: unit, minInterval: 1 },
		yAxis: trend ? { type: 'value', name: unit, minInterval: 1 } : { type: 'category', data: categories, inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
		series: REVIEW_GROUPS.map((g) => ({
			type: 'bar' as const,
			name: TABLE4_GROUPS.find((t) => t.key === g)!.label,
			barMaxWidth: 18,
			label: {
				show: true,
				position: trend ? ('top' as const) : ('right' as const),
				fontSize: 11,
				formatter: (p: { dataIndex: number }) => {
					const b = buckets[p.dataIndex]!;
					const total = b.v[`${g}_total`];
					if (!total) return '';
					return `${formatNumber(total)}（纠正 ${share(b, g).text}）`;
				}
			},
			data: buckets.map((b) => b.v[`${g}_total`] ?? '-')
		}))
	};
	return {
		option,
		table: { columns, rows: tableRows, rowReports: grouping === 'report' && !trend ? [...buckets.map((b) => b.key), null] : undefined },
		reports: all.reports,
		unit,
		headline: `行政复议 ${formatCount(all.v.review_total)}（纠正率 ${share(all, 'review').text}），行政诉讼 ${formatCount(sumStated([all.v.suit_direct_total, all.v.suit_after_review_total]))}`,
		notes: ['纠正率 = 结果纠正 ÷ 总计（含尚未审结）。', ...(anySmall ? [smallBaseNote(MIN_SHARE_BASE).replace('件', '件案件')] : []), ...scopeNotes(ctx)],
		targets,
		height: trend ? 340 : barHeight(buckets.length, 48),
		empty: false
	};
}
