/**
 * Report text → canonical record (TEMPLATE.md). Stages, each its own module:
 *
 *   normalize (normalize.ts) → text model (doc.ts: folded and compact views) → sections (sections.ts)
 *   → tables (table2.ts, table3.ts, table4.ts over cells.ts + solve.ts) → narrative (title.ts, narrative.ts,
 *   problems.ts) → checks (model/checks.ts)
 *
 * Pure: no Node APIs and no DOM, so the build, the CLI, the tests and the browser all use it unchanged.
 */
import { checkIdentities } from '../model/checks.ts';
import { ReportError } from '../model/errors.ts';
import { finding } from '../model/findings.ts';
import type { Check, Report, TemplateVersion } from '../model/record.ts';
import { lineAt, makeDoc, textOffset, type Doc } from './doc.ts';
import { readLandExpropriation, readNarrativeRequests } from './narrative.ts';
import { normalizeText } from './normalize.ts';
import { readProblems } from './problems.ts';
import { findSections, type Span } from './sections.ts';
import { readTable2 } from './table2.ts';
import { readTable3 } from './table3.ts';
import { readTable4 } from './table4.ts';
import { readPublishedAt, readStatedYear, readTitle } from './title.ts';

export { normalizeText } from './normalize.ts';

/** The phrase a section-五 heading may run to ("存在的主要问题及改进情况"), so its words are not read as an item. */
const PROBLEMS_HEADING_FULL = /^(?:存在的?主要问题|主要问题|存在(?:的)?问题)(?:(?:及|和|与)(?:其)?(?:改进|整改)(?:情况|措施)?)?|^问题(?:及|和|与)改进(?:情况|措施)?/;

/**
 * Parse one report's text. Throws ReportError when the text is not a report (no title and no table 3).
 * @example parseReport(readFileSync('001.txt', 'utf8'), '001.txt').table3.new_received.total // 29
 */
export function parseReport(input: string, source: string, file: string = source): Report {
	const text = normalizeText(input);
	if (!text.trim()) throw new ReportError(file, '文件没有文字内容 / no text');
	const doc = makeDoc(text);
	const sections = findSections(doc);
	const title = readTitle(doc, textOffset(doc, sections.body));
	if (!title.agency && !title.year && !sections.table3) throw new ReportError(file, '不是政府信息公开工作年度报告：没有报告标题，也没有表三（收到和处理政府信息公开申请情况） / not an annual report: no title and no table 3');

	const checks: Check[] = [];
	const lines: Record<string, number> = {};
	const toText = (i: number) => textOffset(doc, i);

	// Tables.
	const t2 = sections.table2 ? readTable2(doc, sections.table2) : null;
	const t3 = sections.table3 ? readTable3(doc, sections.table3) : null;
	const t4 = sections.table4 && t3 ? readTable4(doc, sections.table4) : null;
	if (t2) checks.push(...t2.checks);
	if (t3) checks.push(...t3.checks);
	if (t4) checks.push(...t4.checks);
	if (t2?.line) lines['table2'] = t2.line;
	Object.assign(lines, t3?.lines, t4?.lines);

	// Year and template.
	let year = title.year;
	if (title.yearLine) lines['year'] = title.yearLine;
	if (year === null) {
		const stated = readStatedYear(doc, toText(sections.body), toText(sections.overview?.end ?? doc.compact.length));
		if (stated) {
			year = stated.year;
			lines['year'] = lineAt(doc, stated.offset);
		}
	}
	if (title.agencyLine) lines['agency'] = title.agencyLine;
	// The template is what the tables are, not what the year would suggest (corpus 025 is a 2021 report in the
	// 2019 format); a report with no trace of the template's tables is the pre-2019 free format.
	// Table 2's columns (本年制发… or 本年新制作…) are the clearest signature; some 2021-format reports still print
	// (六)其他处理 as one row (corpus 001/002, 淮安市洪泽区), which table 3 then reads as `other_processing`.
	const template: TemplateVersion = t2?.recognized ? t2.template : t3 ? t3.template : t2 ? t2.template : sections.templated ? null : 'free';
	if (t3 && t2?.recognized && t2.template !== t3.template)
		checks.push(
			finding('template_mismatch', `表二为 ${t2.template} 年格式，表三“(六)其他处理”为 ${t3.template} 年格式 / table 2 uses the ${t2.template} template, table 3's (六) the ${t3.template}`, {
				line: lines['table3.other_processing'] ?? lines['table3.other_no_correction'] ?? lines['table2']
			})
		);
	if (template === '2019' && year !== null && year >= 2021)
		checks.push(finding('template_mismatch', `${year} 年度报告使用了 2019 年试行格式（国办公开办函〔2019〕60号） / a ${year} report in the 2019 trial template`, { line: lines['table3.new_received'] }));
	if (template === '2021' && year !== null && year <= 2020)
		checks.push(finding('template_mismatch', `${year} 年度报告使用了 2021 年格式（国办公开办函〔2021〕30号） / a ${year} report in the 2021 template`, { line: lines['table3.new_received'] }));

	// Sections a template report must have.
	if (template !== 'free') {
		const missing = [
			!sections.table2 && '二、主动公开政府信息情况（表二）',
			!t3 && '三、收到和处理政府信息公开申请情况（表三）',
			!sections.table4 && '四、行政复议、行政诉讼情况（表四）',
			!sections.problems && '五、存在的主要问题及改进情况'
		].filter((x): x is string => !!x);
		if (missing.length) checks.push(finding('missing_section', `缺少：${missing.join('；')}（文件可能不完整） / missing sections: ${missing.length}`, {}));
	}

	// Narrative.
	// The count of requests: section 一, else the sentence that opens section 三 (corpus 015), else (free format)
	// anywhere before the problems.
	const overview = sections.overview ?? { start: sections.body, end: doc.compact.length };
	const narrative =
		readNarrativeRequests(doc, toText(overview.start), toText(overview.end)) ??
		(sections.table3 && t3 ? readNarrativeRequests(doc, toText(sections.table3.start), t3.rowsStart) : null) ??
		(template === 'free' ? readNarrativeRequests(doc, toText(sections.body), toText(sections.problems?.start ?? doc.compact.length)) : null);
	if (narrative) lines['narrative_requests'] = lineAt(doc, narrative.offset);
	const land = readLandExpropriation(doc, toText(sections.body), toText(sections.problems?.start ?? doc.compact.length));
	if (land) lines['land_expropriation'] = land.line;

	const problemsText = sections.problems ? problemsTextSpan(doc, sections.problems) : null;
	const items = problemsText ? readProblems(doc, problemsText.start, problemsText.end) : { problems: [], improvements: [] };
	if (sections.problems) lines['problems'] = lineAt(doc, toText(sections.problems.start));
	items.problems.forEach((p, i) => (lines[`problems.${i}`] = p.line));
	items.improvements.forEach((p, i) => (lines[`improvements.${i}`] = p.line));

	const published = readPublishedAt(doc);
	// A signature dated inside the reporting year is a date in the text, not the publication date.
	const publishedAt = published && (year === null || Number(published.date.slice(0, 4)) > year) ? published : null;
	if (publishedAt) lines['published_at'] = publishedAt.line;

	const report: Report = {
		source,
		agency: title.agency,
		year,
		template,
		published_at: publishedAt?.date ?? null,
		region: null,
		agency_type: null,
		agency_type_secondary: [],
		is_aggregate: null,
		table2: t2?.table2 ?? null,
		table2_2019: t2?.table2_2019 ?? null,
		table3: t3?.table3 ?? null,
		table4: t4?.table4 ?? null,
		land_expropriation: land?.land ?? null,
		narrative_requests: narrative?.count ?? null,
		problems: items.problems.map((p) => p.text),
		improvements: items.improvements.map((p) => p.text),
		themes: [],
		lines,
		checks
	};
	report.checks.push(...checkIdentities(report));
	return report;
}

/** Section 五's text after its heading phrase, as text offsets. */
function problemsTextSpan(doc: Doc, span: Span): { start: number; end: number } {
	const head = doc.compact.slice(span.start, span.start + 40);
	const numbering = /^(?:[一二三四五六七八九十]{1,2}[、.]|\([一二三四五六七八九十]{1,2}\)|[0-9]{1,2}[、.])/.exec(head)?.[0].length ?? 0;
	const m = PROBLEMS_HEADING_FULL.exec(head.slice(numbering));
	const headingEnd = span.start + numbering + (m ? m[0].length : 0);
	const start = headingEnd > 0 ? textOffset(doc, headingEnd - 1) + 1 : 0;
	const end = span.end >= doc.compact.length ? doc.text.length : textOffset(doc, span.end);
	return { start, end };
}
