/**
 * The panel registry. Panel ids are the public embed API (`/embed/<id>`): never rename them. Each panel pairs
 * its SQL (src/lib/query/panels/) with its option builder (./build/); the rows are the same whether they
 * come from DuckDB-WASM or from the build-time summary (static/data/summary.json).
 */
import type { Filters, Known } from '../query/filters.ts';
import { queryLand } from '../query/panels/land.ts';
import { queryOutcomes } from '../query/panels/outcomes.ts';
import { queryQuality } from '../query/panels/quality.ts';
import { queryReports } from '../query/panels/reports.ts';
import { queryRequests } from '../query/panels/requests.ts';
import { queryReview } from '../query/panels/review.ts';
import { queryThemes } from '../query/panels/themes.ts';
import { groupingFor, type Bound } from '../query/selection.ts';
import { buildLand } from './build/land.ts';
import { buildOutcomes } from './build/outcomes.ts';
import { buildQuality } from './build/quality.ts';
import { buildReports } from './build/reports.ts';
import { buildRequests } from './build/requests.ts';
import { buildReview } from './build/review.ts';
import { buildThemes } from './build/themes.ts';
import type { BuildContext, PanelId, PanelView } from './common.ts';

export interface PanelSpec {
	id: PanelId;
	title: string;
	/** What the numbers are, for the caption. */
	measure: string;
	query: (filters: Filters, known: Known) => Bound;
	// Rows are typed per panel in its query module; the registry handles them as opaque records.
	build: (rows: never[], ctx: BuildContext) => PanelView;
}

export const SOURCE_LINE = '来源：各机关《政府信息公开工作年度报告》，公开透镜（Gongkai Lens）解析整理';

export const PANELS: Record<PanelId, PanelSpec> = {
	requests: {
		id: 'requests',
		title: '本年新收政府信息公开申请',
		measure: '申请件数（表三“一、本年新收”），按申请人类型',
		query: queryRequests,
		build: (rows, ctx) => buildRequests(rows, groupingFor(ctx.filters), ctx)
	},
	land: {
		id: 'land',
		title: '征地拆迁类申请',
		measure: '报告所述征地拆迁领域申请件数及占比',
		query: queryLand,
		build: (rows, ctx) => buildLand(rows, ctx)
	},
	outcomes: {
		id: 'outcomes',
		title: '申请办理结果',
		measure: '各办理结果占三(七)总计的比例',
		query: queryOutcomes,
		build: (rows, ctx) => buildOutcomes(rows, groupingFor(ctx.filters) === 'report' ? 'agency_type' : 'region', ctx)
	},
	review: {
		id: 'review',
		title: '行政复议与行政诉讼',
		measure: '案件件数（表四）及结果纠正比例',
		query: queryReview,
		build: (rows, ctx) => buildReview(rows, groupingFor(ctx.filters), ctx)
	},
	quality: {
		id: 'quality',
		title: '数据质量检查',
		measure: '每份报告未通过的检查项',
		query: queryQuality,
		build: (rows, ctx) => buildQuality(rows, ctx)
	},
	themes: {
		id: 'themes',
		title: '自述存在的主要问题',
		measure: '第五部分所列问题条数，按主题和机关类型',
		query: queryThemes,
		build: (rows, ctx) => buildThemes(rows, ctx)
	},
	reports: {
		id: 'reports',
		title: '报告一览',
		measure: '每份报告的主要数字',
		query: queryReports,
		build: (rows, ctx) => buildReports(rows, ctx)
	}
};
