/** `reports` panel: the selected reports with their key figures, as a table (sorted and searched on the page). */
import { formatCount, formatNumber, formatPercent, NOT_STATED } from '../../format/number.ts';
import type { ReportsRow } from '../../query/panels/reports.ts';
import { cell, emptyView, typeLabel, type BuildContext, type Column, type PanelView } from '../common.ts';

export function buildReports(rows: ReportsRow[], ctx: BuildContext): PanelView {
	const columns: Column[] = [
		{ key: 'agency', label: '机关' },
		{ key: 'year', label: '年度', numeric: true },
		{ key: 'region', label: '地区' },
		{ key: 'agency_type', label: '类型' },
		{ key: 'new_total', label: '本年新收', numeric: true },
		{ key: 'granted_total', label: '予以公开', numeric: true },
		{ key: 'processed_total', label: '办理总计', numeric: true },
		{ key: 'review_total', label: '行政复议', numeric: true },
		{ key: 'suit_total', label: '行政诉讼', numeric: true },
		{ key: 'land_count', label: '征地拆迁', numeric: true },
		{ key: 'error_count', label: '错误', numeric: true },
		{ key: 'warning_count', label: '警告', numeric: true }
	];
	if (!rows.length) return emptyView('件', columns);
	const n = (v: number | null) => formatNumber(v, '—');
	return {
		option: null,
		table: {
			columns,
			rows: rows.map((r) => [
				cell(r.agency, `${r.agency ?? '机关名称未识别'}${r.is_aggregate ? '（汇总）' : ''}`),
				cell(r.year, r.year === null ? '—' : String(r.year)),
				cell(r.region, r.region || '地区未识别'),
				cell(r.agency_type, typeLabel(ctx, r.agency_type)),
				cell(r.new_total, n(r.new_total)),
				cell(r.granted_total, n(r.granted_total)),
				cell(r.processed_total, n(r.processed_total)),
				cell(r.review_total, n(r.review_total)),
				cell(r.suit_total, n(r.suit_total)),
				cell(r.land_count, r.land_count === null && r.land_share === null ? NOT_STATED : [r.land_count === null ? null : formatCount(r.land_count), r.land_share === null ? null : formatPercent(r.land_share)].filter(Boolean).join(' / ')),
				cell(r.error_count, n(r.error_count)),
				cell(r.warning_count, n(r.warning_count))
			]),
			rowReports: rows.map((r) => r.id)
		},
		reports: rows.length,
		unit: '件',
		notes: ['点击机关名称查看报告原文、解析出的表格和检查结果。'],
		targets: [],
		height: 0,
		empty: false
	};
}
