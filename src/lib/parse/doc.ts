/**
 * The text model every parser step reads: the normalised text, its lines, and two derived views that keep
 * offsets comparable with the original:
 *
 * - `folded`: same length as `text`, full-width ASCII folded to half-width (“０-９” → “0-9”, “（” → “(”), the
 *   ideographic space to a space, lenticular and tortoise-shell brackets to parentheses, and page debris lines
 *   (“— 3 —”, “第 2 页 共 4 页”, breadcrumbs, share buttons) blanked with spaces. Numbers are read from this view.
 * - `compact`: `folded` without whitespace and markdown marks (`*`, `#`, `|`, `>`, `` ` ``), with `compactToText`
 *   mapping each compact index back to its offset in `text`. Labels are matched on this view, so
 *   “三、本 年度办 理结果”, “2.其他法律法规⏎⏎禁止公开” and “**(二)改进**” all match their plain forms.
 */

export interface Doc {
	text: string;
	/** 0-based offsets of the start of each line. */
	lineStarts: number[];
	folded: string;
	compact: string;
	compactToText: Int32Array;
}

/** Build the text model of a report's normalised text. */
export function makeDoc(text: string): Doc {
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
	const folded = blankDebrisLines(foldWidth(text), lineStarts);
	const { compact, map } = compactText(folded);
	return { text, lineStarts, folded, compact, compactToText: map };
}

/** 1-based line number of a text offset. */
export function lineAt(doc: Doc, offset: number): number {
	const starts = doc.lineStarts;
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

/** The text offset of a compact index (the compact string's end maps to the text's end). */
export function textOffset(doc: Doc, compactIndex: number): number {
	if (compactIndex >= doc.compact.length) return doc.text.length;
	return doc.compactToText[compactIndex]!;
}

/** The text of 1-based line `n`, without its line break ('' past the end). */
export function lineText(doc: Doc, n: number): string {
	const start = doc.lineStarts[n - 1];
	if (start === undefined) return '';
	const next = doc.lineStarts[n];
	return doc.text.slice(start, next === undefined ? doc.text.length : next - 1);
}

const BRACKETS: Record<string, string> = { '【': '(', '】': ')', '〔': '(', '〕': ')', '〈': '<', '〉': '>', '﹙': '(', '﹚': ')' };

const FOLD = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\u200b\u3008-\u3015\ufe59\ufe5a]/g;

/** Length-preserving width fold: full-width forms U+FF01–FF5E → ASCII, U+3000 and NBSP → space, odd brackets → (). */
export function foldWidth(text: string): string {
	return text.replace(FOLD, (ch) => {
		const c = ch.charCodeAt(0);
		if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
		return BRACKETS[ch] ?? (c >= 0x3008 && c <= 0x3015 ? ch : ' ');
	});
}

/**
 * Page debris that PDF and web extraction leave inside tables. Each pattern must match a whole line (trimmed);
 * a lone number is NOT debris, since one-cell-per-line tables consist of exactly such lines.
 */
const DEBRIS: RegExp[] = [
	/^[-—–－~]{1,3}\s*\d{1,3}\s*[-—–－~]{1,3}$/, // — 3 —, - 5 -
	/^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/, // 第 2 页 共 4 页
	/^\d{1,3}\s*\/\s*\d{1,3}$/, // 3/12
	/^(Page|页码)\s*\d{1,3}(\s*(of|\/)\s*\d{1,3})?$/i,
	/^(当前位置|您的位置|您现在的位置|位置)\s*[:：]/, // breadcrumbs
	/^首页\s*(>|›|»|\/|＞)/,
	/^(分享到|分享)\s*[:：]?/,
	/^(【?\s*(打印|关闭|收藏|字号|纠错)\s*】?\s*){1,}$/,
	/^(字体|字号)\s*[:：]?\s*(大|中|小|\s|【|】|\[|\])*$/,
	/^(扫一扫|微信扫一扫).{0,12}$/,
	/^(浏览次数|访问量|阅读量|点击数)\s*[:：]?\s*\d*$/
];

/** Replace debris lines with spaces of the same length, so offsets stay valid. */
function blankDebrisLines(folded: string, lineStarts: number[]): string {
	let out = '';
	let last = 0;
	for (let n = 0; n < lineStarts.length; n++) {
		const start = lineStarts[n]!;
		const end = n + 1 < lineStarts.length ? lineStarts[n + 1]! - 1 : folded.length;
		const line = folded.slice(start, end).trim();
		if (line.length === 0 || line.length > 40) continue;
		if (DEBRIS.some((re) => re.test(line))) {
			out += folded.slice(last, start) + ' '.repeat(end - start);
			last = end;
		}
	}
	return last === 0 ? folded : out + folded.slice(last);
}

const DROP = /[ \t\n\r\f\v*#|>`\u200b\ufeff]/g;

function compactText(folded: string): { compact: string; map: Int32Array } {
	const compact = folded.replace(DROP, '');
	const map = new Int32Array(compact.length);
	let n = 0;
	for (let i = 0; i < folded.length; i++) {
		const c = folded.charCodeAt(i);
		// the characters DROP removes
		if (c === 32 || (c >= 9 && c <= 13) || c === 42 || c === 35 || c === 124 || c === 62 || c === 96 || c === 0x200b || c === 0xfeff) continue;
		map[n++] = i;
	}
	return { compact, map };
}
