/**
 * `quality` panel: which reports do not add up, and why: findings per report, stacked by rule (errors, then
 * warnings); the table lists every finding with its message and line.
 */
import type { EChartsOption } from 'echarts';
import { formatNumber } from '../../format/number.ts';
import type { QualityRow } from '../../query/panels/quality.ts';
import { axisTooltip, barHeight, baseOption, cell, emptyView, yearsOf, type BuildContext, type Column, type PanelView } from '../common.ts';

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export function buildQuality(rows: QualityRow[], ctx: BuildContext): PanelView {
	const unit = '项';
	const columns: Column[] = [
		{ key: 'agency', label: '机关' },
		{ key: 'year', label: '年度', numeric: true },
		{ key: 'severity', label: '级别' },
		{ key: 'rule', label: '检查' },
		{ key: 'n', label: '次数', numeric: true },
		{ key: 'messages', label: '说明' },
		{ key: 'line', label: '行', numeric: true }
	];
	const ids = [...new Set(rows.map((r) => r.id))];
	if (!ids.length) return emptyView(unit, columns);
	const findings = rows.filter((r) => r.rule !== null && r.n > 0);
	const charted = findings.filter((r) => r.severity === 'error' || r.severity === 'warning');
	const multiYear = yearsOf(rows).length > 1;
	const name = (r: QualityRow) => `${r.agency ?? '机关名称未识别'}${multiYear && r.year !== null ? `（${r.year}）` : ''}`;

	const flagged = [...new Set(charted.map((r) => r.id))];
	const errorsOf = (id: string) => charted.filter((r) => r.id === id && r.severity === 'error').reduce((n, r) => n + r.n, 0);
	const warningsOf = (id: string) => charted.filter((r) => r.id === id && r.severity === 'warning').reduce((n, r) => n + r.n, 0);
	flagged.sort((a, b) => errorsOf(b) - errorsOf(a) || warningsOf(b) - warningsOf(a));
	const ruleKeys = [...new Set(charted.map((r) => `${r.severity}:${r.rule}`))].sort();
	const ruleName = (key: string) => {
		const [severity, rule] = key.split(':') as [string, string];
		return `${SEVERITY[severity] ?? severity}·${ctx.rules.get(rule) ?? rule}`;
	};
	const categories = flagged.map((id) => name(rows.find((r) => r.id === id)!));
	const description = `数据质量检查：${ids.length} 份报告中 ${flagged.length} 份有错误或警告。${flagged
		.slice(0, 8)
		.map((id, i) => `${categories[i]}：错误 ${errorsOf(id)} 项，警告 ${warningsOf(id)} 项`)
		.join('；')}。`;

	const option: EChartsOption | null = flagged.length
		? {
				...baseOption(description),
				tooltip: {
					trigger: 'axis',
					axisPointer: { type: 'shadow' },
					confine: true,
					formatter: axisTooltip((p) => (typeof p.value === 'number' && p.value > 0 ? `${p.value} 项` : null))
				},
				xAxis: { type: 'value', name: unit, minInterval: 1 },
				yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
				series: ruleKeys.map((key) => {
					const [severity, rule] = key.split(':') as [string, string];
					return {
						type: 'bar' as const,
						name: ruleName(key),
						stack: 'findings',
						barMaxWidth: 24,
						itemStyle: severity === 'error' ? undefined : { opacity: 0.65 },
						data: flagged.map((id) => findings.find((r) => r.id === id && r.rule === rule && r.severity === severity)?.n ?? '-')
					};
				})
			}
		: null;

	const sortedFindings = [...findings].sort(
		(a, b) => flagged.indexOf(a.id) - flagged.indexOf(b.id) || (a.severity ?? '').localeCompare(b.severity ?? '') || (a.rule ?? '').localeCompare(b.rule ?? '')
	);
	return {
		option,
		table: {
			columns,
			rows: sortedFindings.map((r) => [
				cell(r.agency, name(r)),
				cell(r.year, r.year === null ? '—' : String(r.year)),
				cell(r.severity, SEVERITY[r.severity ?? ''] ?? '—'),
				cell(r.rule, ctx.rules.get(r.rule ?? '') ?? r.rule ?? '—'),
				cell(r.n, formatNumber(r.n)),
				cell(r.messages, r.messages ?? ''),
				cell(r.line, r.line === null ? '—' : String(r.line))
			]),
			rowReports: sortedFindings.map((r) => r.id)
		},
		reports: ids.length,
		unit,
		notes: [
			flagged.length
				? `${ids.length} 份报告中 ${flagged.length} 份有错误或警告；其余 ${ids.length - flagged.length} 份各项检查均通过或只有提示。`
				: `${ids.length} 份报告的各项检查均通过或只有提示。`,
			'检查项见 TEMPLATE.md：勾稽关系、行合计、办理结果之和、复议诉讼合计等。报告有误不会被“修正”，原样显示。'
		],
		targets: flagged.map((id) => ({ kind: 'report' as const, id })),
		height: flagged.length ? barHeight(flagged.length) : 0,
		empty: false
	};
}
