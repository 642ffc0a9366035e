/**
 * The agency (full name from the title), the reporting year and the publication date.
 *
 *    "标题: 平潭综合实验区交通与建设局2024年度政府信息公开工作年度报告"   (corpus 009, line 1: crawler header)
 *    "渠县经济和信息化局" ⏎⏎ "2025 年政府信息公开工作年度报告"          (seed 000, lines 3–5: title over two lines)
 *    "# 凤泉区工业和信息化局 2025 年政府信息公开工作年度报告"             (seed 002, line 3: markdown heading)
 *    "息县商务和工业信息化局 2025 年政府信息公开工作 年度报告"             (seed 004: stray space)
 */
import { foldWidth, lineAt, lineText, type Doc } from './doc.ts';

export interface TitleResult {
	title: string | null;
	agency: string | null;
	year: number | null;
	agencyLine: number | null;
	yearLine: number | null;
}

const REPORT_WORDS = /(政府)?信息公开(工作)?(年度报告|年报|工作报告|情况报告|报告)|年度报告|年报/;
const HEADER_TITLE = /^\s*(标题|题目|文章标题)\s*[:：]\s*(.+)$/;
const CN_DIGITS: Record<string, string> = { 〇: '0', '○': '0', 零: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const YEAR = /((?:19|20)\d{2}|[二][〇○零O][一二三四五六七八九〇○零O]{2})\s*年(度)?/;

/** Strip markdown and whitespace from a title line. */
function clean(s: string): string {
	return s
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/^\s*#{1,6}\s*/, '')
		.replace(/\*\*|__|`/g, '')
		.replace(/[\s\u3000]+/g, '')
		.trim();
}

/** "2024" or "二〇二四" → 2024. */
export function readYear(s: string): number {
	return Number([...s].map((ch) => CN_DIGITS[ch] ?? ch).join(''));
}

/**
 * The agency name in a title: the text before the year ("XX局2024年度…"), or after it when the year comes first
 * ("2024年淮安市人民政府政府信息公开工作年度报告"), without the report words.
 * @example agencyFromTitle('平潭综合实验区海坛片区管理局关于2021年度政府信息公开工作年度报告') // '平潭综合实验区海坛片区管理局'
 */
export function agencyFromTitle(title: string): string | null {
	const t = clean(title).replace(/^[《“"「]|[》”"」]$/g, '');
	const y = YEAR.exec(t);
	let agency = y ? t.slice(0, y.index) : '';
	if (!agency && y) agency = t.slice(y.index + y[0].length);
	if (!y) agency = t;
	agency = stripReportWords(agency)
		.replace(/^(关于|印发)+/, '')
		.replace(/(关于|的)+$/, '')
		.replace(/^[《“"「(（]+|[》”"」:：,，、]+$/g, '');
	return agency.length >= 2 && agency.length <= 60 && /[\u4e00-\u9fff]/.test(agency) ? agency : null;
}

function stripReportWords(s: string): string {
	const m = /(政府)?信息公开(工作)?(年度报告|年报|工作报告|情况报告|报告)?.*$|(年度报告|年报).*$/.exec(s);
	if (!m) return s;
	let head = s.slice(0, m.index);
	// "淮安市人民政府信息公开…": the 政府 belongs to the name, not to 政府信息公开.
	if (/人民$/.test(head) && m[1]) head += '政府';
	return head;
}

/** Read the title, agency and year from the first lines of the report (or the crawler's header). */
export function readTitle(doc: Doc, bodyOffset: number): TitleResult {
	const count = doc.lineStarts.length;
	const none: TitleResult = { title: null, agency: null, year: null, agencyLine: null, yearLine: null };

	// A crawler's header line "标题: …" is the page title.
	for (let i = 0; i < Math.min(count, 12); i++) {
		const m = HEADER_TITLE.exec(lineText(doc, i + 1));
		if (m && REPORT_WORDS.test(clean(m[2]!))) return fromTitle(m[2]!, i + 1, i + 1);
	}

	// Otherwise the first report-titled line of the body, possibly with the agency on the line before it.
	const first = lineAt(doc, bodyOffset) - 1;
	const candidates: { text: string; line: number }[] = [];
	for (let i = first; i < count && candidates.length < 10; i++) {
		const text = clean(lineText(doc, i + 1));
		if (text) candidates.push({ text, line: i + 1 });
	}
	for (let k = 0; k < candidates.length; k++) {
		const { text, line } = candidates[k]!;
		const at = text.search(REPORT_WORDS);
		if (at < 0 || at > 80) continue;
		const title = text.slice(0, at + (REPORT_WORDS.exec(text.slice(at))?.[0].length ?? 0));
		const result = fromTitle(title, line, line);
		if (!result.agency && k > 0) {
			const prev = candidates[k - 1]!;
			const agency = prev.text.length <= 40 && !/[。；;，,]/.test(prev.text) ? agencyFromTitle(prev.text) : null;
			if (agency) return { ...result, title: prev.text + title, agency, agencyLine: prev.line };
		}
		if (result.agency || result.year) return result;
	}
	return none;
}

function fromTitle(raw: string, agencyLine: number, yearLine: number): TitleResult {
	const title = clean(raw);
	const y = YEAR.exec(title);
	const agency = agencyFromTitle(title);
	return { title, agency, year: y ? readYear(y[1]!) : null, agencyLine: agency ? agencyLine : null, yearLine: y ? yearLine : null };
}

/** The statistics period stated in the preamble ("统计期限自2024年1月1日起"), a fallback for the year. */
export function readStatedYear(doc: Doc, from: number, to: number): { year: number; offset: number } | null {
	const text = doc.folded.slice(from, to);
	const m = /(统计期限|统计时限|统计期间|数据统计期限)[^。]{0,8}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(text) ?? /((?:19|20)\d{2})\s*年度?政府信息公开/.exec(text);
	if (!m) return null;
	const year = m.length > 2 && m[2] ? m[2] : m[1]!;
	return { year: Number(year), offset: from + m.index };
}

const DATE = /((?:19|20)\d{2}|[二][〇○零O][一二三四五六七八九〇○零O]{2})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日/g;
const HEADER_DATE = /^\s*(发布时间|发布日期|发文日期|成文日期|日期)\s*[:：]\s*((?:19|20)\d{2})[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})/;

function cnNumber(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	// 一 … 九, 十, 十一 … 十九, 二十 … 三十一
	const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
	const t = s.includes('十') ? (tens ? readYear(tens) : 1) : 0;
	return t * 10 + (ones ? readYear(ones!) : 0);
}

function iso(y: number, m: number, d: number): string | null {
	if (m < 1 || m > 12 || d < 1 || d > 31) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The publication date: a header line "发布时间: 2025-01-22 20:18" (crawled pages), or else the dated signature
 * at the end ("平潭综合实验区交通与建设局 2025年1月22日", "二○一四年一月十日"). Null when the text states neither.
 */
export function readPublishedAt(doc: Doc): { date: string; line: number } | null {
	for (let i = 0; i < Math.min(doc.lineStarts.length, 15); i++) {
		const m = HEADER_DATE.exec(foldWidth(lineText(doc, i + 1)));
		if (m) {
			const date = iso(Number(m[2]), Number(m[3]), Number(m[4]));
			if (date) return { date, line: i + 1 };
		}
	}
	// The signature: the last date in the final stretch of the text, with little but boilerplate after it.
	const tailStart = Math.max(0, doc.text.length - 240);
	const tail = doc.folded.slice(tailStart);
	let last: RegExpExecArray | null = null;
	for (const m of tail.matchAll(DATE)) last = m;
	if (!last) return null;
	const after = tail.slice(last.index! + last[0].length).replace(/\s+/g, '');
	if (after.length > 40) return null;
	const date = iso(readYear(last[1]!), cnNumber(last[2]!), cnNumber(last[3]!));
	return date ? { date, line: lineAt(doc, tailStart + last.index!) } : null;
}
