/**
 * Section 五 (存在的主要问题及改进情况) → problems and improvements as items. The section first splits where the
 * improvements begin (改进情况, 改进措施, 下一步, 针对…问题), then each part into items by the enumeration it uses:
 *
 *    "一是信息报送质量不高。…二是政策宣传解读不到位。…三是企业培育与服务需加强。…"   (seed 000, line 92)
 *    "…资金申报三是加快企业转型升级。"   (seed 000, line 98: "三是" glued mid-sentence still starts an item)
 *    "主要问题：公开内容深度不足。…**公开渠道协同性不强。**…"                  (seed 003: bold headlines)
 *    "- 信息公开内容的深度和针对性有待提升…"                                    (seed 002: bullets)
 *
 * Ordinals are searched in sequence ("二是" only after "一是"), so words like "但是" or "还是" never split an item.
 */
import { lineAt, type Doc } from './doc.ts';

export interface Item {
	text: string;
	line: number;
}

export interface ProblemsResult {
	problems: Item[];
	improvements: Item[];
}

const IMPROVEMENT_START =
	/(?:^|[\n。；;:：]|\(二\)|二、|\*\*|#)\s*(?:\(二\)|二、)?\s*(?:\*\*)?\s*(?:改进情况|改进措施|改进举措|整改措施|整改情况|下一步(?:工作)?(?:打算|计划|措施|安排|思路)?|针对(?:以上|上述|存在的|这些)?(?:问题|不足)|今后(?:工作)?(?:打算|计划)|工作打算|改进方向|对此|为此|因此，?我们(?:考虑|将))/;
const PART_LABEL_PROBLEMS = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:\(一\)|一、)?\s*(?:\*\*)?\s*(?:存在的?主要?问题|主要问题|存在问题|存在的不足|问题和不足)\s*(?:\*\*)?\s*[:：]?\s*(?:\*\*)?/;
const PART_LABEL_IMPROVEMENTS =
	/^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:\(二\)|二、)?\s*(?:\*\*)?\s*(?:改进情况|改进措施|改进举措|整改措施|整改情况|下一步的?(?:工作)?(?:打算|计划|措施|安排|思路|改进措施)?)\s*(?:\*\*)?\s*[:：]?\s*(?:\*\*)?/;
const NONE = /^[\s。.]*(无|暂无|没有|无其他|无。)[\s。.]*$/;

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Read problems and improvements from section 五, given as text offsets [from, to) after its heading. */
export function readProblems(doc: Doc, from: number, to: number): ProblemsResult {
	const folded = doc.folded.slice(from, to);
	const split = IMPROVEMENT_START.exec(folded);
	// The marker's own leading punctuation stays with the problems part.
	const cut = split ? split.index + (split[0].length - split[0].replace(/^[\n。；;:：]/, '').length) : folded.length;
	const problems = readItems(doc, from, from + cut, PART_LABEL_PROBLEMS);
	const improvements = split ? readItems(doc, from + cut, to, PART_LABEL_IMPROVEMENTS) : [];
	return { problems, improvements };
}

interface Start {
	at: number; // offset within the part
	body: number; // where the item text starts (after the enumerator)
}

function readItems(doc: Doc, from: number, to: number, label: RegExp): Item[] {
	let part = doc.folded.slice(from, to);
	const head = label.exec(part);
	let offset = from;
	if (head) {
		offset += head[0].length;
		part = part.slice(head[0].length);
	}
	if (!part.trim() || NONE.test(part)) return [];

	const styles: { starts: Start[]; keepPreamble: boolean }[] = [
		{ starts: sequential(part, (i) => `${CN[i]}是`), keepPreamble: false },
		{ starts: sequential(part, (i) => `(${CN[i]})`), keepPreamble: false },
		{ starts: numbered(part), keepPreamble: false },
		{ starts: bullets(part), keepPreamble: false },
		{ starts: boldHeadlines(part), keepPreamble: true }
	];
	const best = styles.reduce((a, b) => (b.starts.length > a.starts.length ? b : a));
	const make = (start: number, body: number, end: number): Item | null => {
		const text = tidy(doc.text.slice(offset + body, offset + end));
		return text ? { text, line: lineAt(doc, offset + start) } : null;
	};
	const items: Item[] = [];
	if (best.starts.length) {
		if (best.keepPreamble) {
			const pre = make(0, 0, best.starts[0]!.at);
			if (pre) items.push(pre);
		}
		best.starts.forEach((s, i) => {
			const item = make(s.at, s.body, best.starts[i + 1]?.at ?? part.length);
			if (item) items.push(item);
		});
		return items;
	}
	// No enumeration: items separated by "；", else the whole part is one item.
	let at = 0;
	for (const piece of part.split(/[；;]/)) {
		const item = make(at, at, at + piece.length);
		if (item) items.push(item);
		at += piece.length + 1;
	}
	return items;
}

/** "一是 … 二是 …" or "(一) … (二) …", each searched after the previous one. */
function sequential(part: string, marker: (i: number) => string): Start[] {
	const starts: Start[] = [];
	let from = 0;
	for (let i = 0; i < CN.length; i++) {
		const m = marker(i);
		const at = part.indexOf(m, from);
		if (at < 0) break;
		starts.push({ at, body: at + m.length });
		from = at + m.length;
	}
	return starts;
}

/** "1. … 2. …" or "1、… 2、…" at the start of a line or after a sentence end, in sequence. */
function numbered(part: string): Start[] {
	const starts: Start[] = [];
	let from = 0;
	for (let n = 1; n <= 20; n++) {
		const re = new RegExp(`(?:^|[\\n。；;:：]\\s*|\\s)(${n}[.、．](?!\\d))`, 'g');
		re.lastIndex = from;
		const m = re.exec(part);
		if (!m) break;
		const at = m.index + m[0].length - m[1]!.length;
		starts.push({ at, body: at + m[1]!.length });
		from = at + m[1]!.length;
	}
	return starts;
}

/** Markdown bullets "- …", "* …", "• …" at line starts. */
function bullets(part: string): Start[] {
	return [...part.matchAll(/(^|\n)[ \t]*([-*•·][ \t]+)/g)].map((m) => {
		const at = m.index! + m[1]!.length;
		return { at, body: at + m[0].length - m[1]!.length };
	});
}

/** A bold headline that ends a sentence ("**公开渠道协同性不强。**", seed 003) starts an item; "**Deepseek**" does not. */
function boldHeadlines(part: string): Start[] {
	return [...part.matchAll(/\*\*([^*\n]{2,60}?[。:：!！])\*\*/g)].map((m) => ({ at: m.index!, body: m.index! }));
}

/** Item text as printed, without markdown marks, line wraps or surrounding punctuation. */
function tidy(s: string): string {
	return s
		.replace(/\*\*|__/g, '')
		.replace(/^\s*[-*•·]\s+/, '')
		.replace(/[ \t\u3000]*\n[ \t\u3000]*/g, '')
		.replace(/^[\s,，、:：;；]+|[\s,，、;；]+$/g, '')
		.trim();
}
