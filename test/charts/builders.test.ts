/** Option builders on rows that DuckDB returns for the seeds (values from expected.json). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BarSeriesOption } from 'echarts';
import { PANELS } from '../../src/lib/charts/panels.ts';
import { PANEL_IDS, type BuildContext, type PanelId, type PanelView } from '../../src/lib/charts/common.ts';
import { exportOption, renderSvg } from '../../src/lib/charts/echarts.ts';
import { composeSvg, panelCsv } from '../../src/lib/charts/export.ts';
import { parseFilters } from '../../src/lib/query/filters.ts';
import { knownFrom, type Summary } from '../../src/lib/query/summary.ts';
import { buildSummary, classifyLabels } from '../../src/lib/server/build/aggregates.ts';
import { openParquet } from '../query/duckdb.ts';
import { writeSeedParquet } from '../query/seed-parquet.ts';

const XSS = '<img src=x onerror=alert(1)>';
let db: Awaited<ReturnType<typeof openParquet>>;
let summary: Summary;

beforeAll(async () => {
	// Test fixture: seed 000 renamed to carry markup in its agency name (never shown as real data).
	const data = await writeSeedParquet({ rename: { '000_46f37372c73c045b.txt': `渠县${XSS}经济和信息化局` } });
	db = await openParquet(data.dir);
	summary = await buildSummary(data.dir, classifyLabels());
});
afterAll(() => db.close());

async function viewOf(id: PanelId, query: string): Promise<{ view: PanelView; ctx: BuildContext }> {
	const known = knownFrom(summary);
	const filters = parseFilters(new URLSearchParams(query), known).filters;
	const ctx: BuildContext = { filters, known, themes: classifyLabels().themes, rules: new Map(summary.rules.map((r) => [r.key, r.label])) };
	const rows = await db.all(PANELS[id].query(filters, known));
	return { view: PANELS[id].build(rows as never[], ctx), ctx };
}
const series = (view: PanelView) => (view.option!.series as BarSeriesOption[]);

describe('requests', () => {
	test('渠县: bars per agency stacked by applicant type, 28 + 1 = 29 at the 政府办', async () => {
		const { view } = await viewOf('requests', 'region=511725');
		expect(view.reports).toBe(2);
		expect((view.option!.yAxis as { data: string[] }).data[0]).toBe('渠县人民政府办公室');
		const byName = new Map(series(view).map((s) => [s.name, s.data]));
		expect(byName.get('自然人')![0]).toBe(28);
		expect(byName.get('其他')![0]).toBe(1);
		const totalRow = view.table.rows.at(-1)!;
		expect(totalRow[0]!.text).toBe('合计');
		expect(totalRow.find((_, i) => view.table.columns[i]!.key === 'total')!.value).toBe(29);
		expect(view.targets[0]).toEqual({ kind: 'report', id: '2c482d7ddbf02051' });
		expect(view.headline).toBe('渠县 合计：本年新收 29 件');
	});
	test('by county, a click on 渠县 drills down to 511725', async () => {
		const { view } = await viewOf('requests', '');
		const i = (view.option!.yAxis as { data: string[] }).data.indexOf('渠县');
		expect(view.targets[i]).toEqual({ kind: 'region', code: '511725' });
	});
	test('no report selected gives the empty state, not zeros', async () => {
		const { view } = await viewOf('requests', 'region=410000&type=gov_office');
		expect(view.empty).toBe(true);
		expect(view.option).toBeNull();
	});
});

describe('land', () => {
	test('26 件 / 89.6% for 渠县人民政府办公室 and 未说明 for the others', async () => {
		const { view } = await viewOf('land', '');
		const labels = (series(view)[0]!.data as { label: { formatter: string } }[]).map((d) => d.label.formatter);
		expect(labels[0]).toBe('26 件 / 89.6%');
		expect(labels.slice(1)).toEqual(['未说明', '未说明', '未说明', '未说明']);
		const row = view.table.rows[0]!;
		expect(row.map((c) => c.text)).toEqual(['渠县人民政府办公室', '渠县', '2025', '26 件', '89.6%', '29']);
		expect(view.table.rows[1]![3]!.value).toBeNull();
	});
});

describe('outcomes', () => {
	test('渠县 by agency type: 予以公开 6 of 28 = 21.4%, 部分公开 75.0%', async () => {
		const { view } = await viewOf('outcomes', 'region=511725');
		const byName = new Map(series(view).map((s) => [s.name, s.data]));
		expect(byName.get('予以公开')![0]).toBe(21.4);
		expect(byName.get('部分公开')![0]).toBe(75);
		expect((view.option!.yAxis as { data: string[] }).data).toEqual(['人民政府/政府办公室/政务服务', '工信/经信/科技（无办理）']);
	});
});

describe('review', () => {
	test('one pending review in 渠县: the 0.0% corrected share is marked as a small base', async () => {
		const { view } = await viewOf('review', 'region=511725');
		const row = view.table.rows[0]!;
		expect(row.slice(0, 4).map((c) => c.text)).toEqual(['渠县人民政府办公室', '1', '0', '0.0%*']);
		expect(view.notes.some((n) => n.includes('基数少于 10'))).toBe(true);
	});
});

describe('themes and quality', () => {
	test('commerce reports name 公开内容深度 twice', async () => {
		const { view } = await viewOf('themes', '');
		expect(view.reports).toBe(5);
		const row = view.table.rows.find((r) => r[0]!.value === 'commerce' && r[1]!.value === 'content_depth')!;
		expect(row[2]!.value).toBe(2);
	});
	test('seeds without findings draw no chart but say that they add up', async () => {
		const { view } = await viewOf('quality', '');
		expect(view.option).toBeNull();
		expect(view.notes[0]).toBe('5 份报告的各项检查均通过或只有提示。');
	});
});

describe('untrusted text', () => {
	test('tooltips escape an agency name with markup', async () => {
		const { view } = await viewOf('requests', 'region=511725');
		const formatter = (view.option!.tooltip as { formatter: (p: unknown) => string }).formatter;
		const html = formatter([{ name: `渠县${XSS}经济和信息化局`, seriesName: '自然人', value: 0, marker: '' }]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});
	test('SVG export keeps the name as text', async () => {
		const { view } = await viewOf('land', '');
		const svg = renderSvg(view.option!, 640, view.height);
		const { svg: doc } = composeSvg(svg, 640, view.height, { title: '征地拆迁类申请', caption: `机关：${XSS}`, notes: [], source: '来源' });
		expect(doc).not.toMatch(/<img/);
		expect(doc).toContain('&lt;img');
		expect(doc).toContain('26 件 / 89.6%');
		// ECharts writes the font into a double-quoted style attribute unescaped: the stack must not use double quotes.
		expect(doc).not.toMatch(/style="[^"]*font-family:\s*"/);
	});
	test('every panel builds for the default view', async () => {
		for (const id of PANEL_IDS) {
			const { view } = await viewOf(id, '');
			expect(view.empty, id).toBe(false);
		}
	});
});

describe('SVG export', () => {
	test('shows every theme in the legend, not the first page of a scrolling one', async () => {
		const { view } = await viewOf('themes', '');
		const { option, extra } = exportOption(view.option!, 720);
		expect((option.legend as { type: string }).type).toBe('plain');
		expect(extra).toBeGreaterThan(0);
		const svg = renderSvg(option, 720, view.height + extra);
		for (const theme of ['公开内容深度/丰富度', '队伍/人员能力', '平台与渠道', '宣传与知晓率', '新技术/智能化', '企业服务（业务工作）', '政策解读', '信息质量与时效/报送']) {
			expect(svg, theme).toContain(theme);
		}
	});
});

describe('CSV export', () => {
	test('starts with a BOM, then title, caption, source, header and the numbers', async () => {
		const { view } = await viewOf('land', '');
		const csv = panelCsv(view.table, { title: '征地拆迁类申请', caption: '地区：全部；年度：2025 年', notes: view.notes, source: '来源：年度报告' });
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe('征地拆迁类申请');
		expect(lines).toContain('机关,地区,年度,征地拆迁申请,占本年新收,本年新收');
		expect(lines).toContain('渠县人民政府办公室,渠县,2025,26,0.896,29');
		expect(lines.some((l) => l.startsWith('"渠县<img src=x onerror=alert(1)>经济和信息化局"') || l.startsWith('渠县<img'))).toBe(true);
	});
});
