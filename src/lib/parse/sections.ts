/**
 * Locating the report's parts on the compact view. Headings are not trusted to start a line or to carry the
 * template's numbering: crawled pages run everything into one line, markdown adds `###`, and reports that drop a
 * section renumber the rest. The preamble often lists every section title ("本报告包括总体情况、主动公开政府信息情况、
 * 收到和处理政府信息公开申请情况…", corpus 009), so each table is found by its own content and its heading is taken
 * as the last heading before that content.
 */
import type { Doc } from './doc.ts';
import { findCompact, findLastCompact } from './labels.ts';

/** Compact index range [start, end). */
export interface Span {
	start: number;
	end: number;
}

export interface Sections {
	/** The text has the 2019/2021 template's tables or their headings (false for the pre-2019 free format). */
	templated: boolean;
	/** Where the report body begins (after a crawler's header block, when there is one). */
	body: number;
	overview: Span | null;
	table2: Span | null;
	table3: Span | null;
	table4: Span | null;
	problems: Span | null;
	other: Span | null;
}

const CRAWLER_BODY = /={6,}正文={6,}/;
const TABLE3_FIRST_ROW = /本年(度)?新收/;
const TABLE3_HEADING = /收到和处理政府信息公开申请|收到和处理政府信息公开|依申请公开政府信息情况/;
const TABLE3_LAST_ROW = /结转下(一)?年/;
const TABLE2_HEADING = /主动公开政府信息(情况|的?情况)?/;
const TABLE2_CONTENT = /第二十条|信息内容|本年制发|本年新制作|规章|规范性文件/;
const TABLE4_HEADING = /行政(法)?复议|复议/;
const PROBLEMS_HEADING = /存在的?主要问题|(?<=[一二三四五六七八九十][、.])存在的?问题|主要问题(及|和|与)改进|存在(的)?问题(及|和|与)(改进|下一步)|问题(及|和|与)改进(情况|措施)/;
const OTHER_HEADING = /其他需要?报告的?事项|需要说明的(?:其他)?事项|其他需要说明的事项/;
const OVERVIEW_HEADING = /总体情况|概述/;

/** Find the parts of a report. */
export function findSections(doc: Doc): Sections {
	const c = doc.compact;
	const crawler = findCompact(doc, CRAWLER_BODY);
	const body = crawler ? crawler.end : 0;

	// Table 3 by its first row label; its heading is the last heading shortly before it.
	const firstRow = findCompact(doc, TABLE3_FIRST_ROW, body);
	let table3: Span | null = null;
	let table3RowsEnd = body;
	if (firstRow) {
		const heading = findLastCompact(doc, TABLE3_HEADING, Math.max(body, firstRow.index - 600), firstRow.index);
		const lastRow = findCompact(doc, TABLE3_LAST_ROW, firstRow.end);
		table3RowsEnd = lastRow ? lastRow.end : firstRow.end;
		table3 = { start: heading ? heading.index : Math.max(body, firstRow.index - 300), end: c.length };
	}

	// Table 2: the heading whose following text is table 2's content, before table 3.
	const t2Limit = table3 ? table3.start : c.length;
	let table2: Span | null = null;
	for (let from = body, h = findCompact(doc, TABLE2_HEADING, from, t2Limit); h; h = findCompact(doc, TABLE2_HEADING, from, t2Limit)) {
		const near = findCompact(doc, TABLE2_CONTENT, h.end, Math.min(t2Limit, h.end + 80));
		if (near) table2 = { start: h.index, end: t2Limit };
		from = h.end;
	}
	if (!table2) {
		const article = findCompact(doc, /第二十条第?\(一\)/, body, t2Limit);
		if (article) table2 = { start: article.index, end: t2Limit };
	}

	// The pre-2019 free format has no template tables: a "主动公开政府信息情况" heading there is prose.
	const templated = !!table3 || !!findCompact(doc, /第二十条|勾稽关系|钩稽关系|收到和处理政府信息公开申请情况/, body);
	if (!templated) table2 = null;

	// Table 4 follows table 3's last row; section 五 follows table 4; section 六 follows section 五.
	const t4From = table3 ? table3RowsEnd : table2 ? table2.end : body;
	const t4 = table3 || table2 ? findCompact(doc, TABLE4_HEADING, t4From) : null;
	const problemsHeading = findHeading(doc, PROBLEMS_HEADING, t4 ? t4.index : t4From);
	const otherHeading = findHeading(doc, OTHER_HEADING, problemsHeading ? problemsHeading.end : t4 ? t4.end : t4From);

	const t4Start = t4 ? headingStart(c, t4.index) : null;
	const problemsStart = problemsHeading ? headingStart(c, problemsHeading.index) : null;
	const otherStart = otherHeading ? headingStart(c, otherHeading.index) : null;
	// Some reports put an extra section between table 4 and the problems ("五、信息处理费收取情况", corpus 004, 011).
	const afterT4 = t4 ? findCompact(doc, /[五六七]、/, t4.end, problemsStart ?? otherStart ?? c.length) : null;
	const table4: Span | null = t4Start !== null ? { start: t4Start, end: afterT4?.index ?? problemsStart ?? otherStart ?? c.length } : null;
	if (table3) table3.end = table4?.start ?? problemsStart ?? c.length;
	const problems: Span | null = problemsStart !== null ? { start: problemsStart, end: otherStart ?? c.length } : null;
	const other: Span | null = otherStart !== null ? { start: otherStart, end: c.length } : null;

	const firstTable = table2?.start ?? table3?.start ?? problems?.start ?? c.length;
	const ov = findLastCompact(doc, OVERVIEW_HEADING, body, firstTable);
	const overview: Span | null = { start: ov ? ov.index : body, end: firstTable };
	return { templated, body, overview, table2, table3, table4: templated ? table4 : null, problems, other };
}

/** A section title quoted in the preamble's list of parts ("…存在的主要问题及改进措施、需要说明的事项与附表组成"). */
const LISTED = /^.{0,14}?(、(其他需要|其他需|其他事项|需要说明|附表|政府信息公开)|组成|个部分)/;

/** The first match of a heading pattern that is not a mention in the preamble's list of parts. */
function findHeading(doc: Doc, pattern: RegExp, from: number): { index: number; end: number } | null {
	for (let h = findCompact(doc, pattern, from); h; h = findCompact(doc, pattern, h.end)) {
		if (!LISTED.test(doc.compact.slice(h.end, h.end + 30))) return h;
	}
	return null;
}

/** Move a heading's start back over its numbering ("四、", "(五)", "5."), so the text before it does not end with it. */
function headingStart(compact: string, index: number): number {
	const before = compact.slice(Math.max(0, index - 6), index);
	const m = /(?:[一二三四五六七八九十]{1,2}[、.]|\([一二三四五六七八九十]{1,2}\)|[0-9]{1,2}[、.])(?:因)?$/.exec(before);
	return m ? index - m[0].length : index;
}
