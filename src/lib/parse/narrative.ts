/**
 * What the narrative states in words: the number of requests received (section 一(二), compared with table 3 by
 * the `narrative_requests` check) and the land-expropriation (征地拆迁) count and share.
 *
 *    "2025 年，渠县人民政府办公室…共受理政府信息公开申请 29 件，其中征地拆迁领域 26 件，占比 89.6%。"   (seed 001, line 17)
 *    "2025年，我局未收到政府信息公开申请，无行政复议和行政诉讼情况。"                               (seed 000, line 19)
 */
import type { LandExpropriation } from '../model/record.ts';
import { lineAt, type Doc } from './doc.ts';

/**
 * Sentences that state the number of requests received. "办结" (closed) and "答复" are deliberately absent: a count of
 * closed requests is not the count received (corpus 009 says "依法办结政府信息公开申请58件").
 */
const RECEIVED: RegExp[] = [
	/(?:共|累计|全年|总计)?(?:收到|受理|新收|接收|接到|收悉)(?:了)?[^。；;，,]{0,24}?(?:政府信息公开|信息公开|依申请公开)?申请(?:共计?|总计|合计|数量?为?|数)?\s*(\d+)\s*(?:件|个|宗|条|份)/,
	/(?<!(?:办结|办理完毕|答复|处理|完成|办理)了?(?:政府|依)?)(?:政府信息公开|信息公开|依申请公开)申请(?:数量?|总数|共计?|总计)?\s*(?:为|达)?\s*(\d+)\s*(?:件|个|宗|份)/,
	// "全年受理依申请公开3件" (corpus 006), "接到依申请公开2件" (029), "办理依申请公开19件" (018)
	/(?:收到|受理|接到|接收|办理)(?:了)?(?:各类)?依申请公开(?:事项|申请)?(?:共计?)?\s*(\d+)\s*(?:件|个|宗|份)/,
	// "收到申请公开政府信息的要求1件" (031), "全年办理政府信息公开申请1件" (005)
	/(?:收到|接到)申请公开政府信息的(?:要求|申请)\s*(\d+)\s*(?:件|个|宗|份)/,
	/(?:全年|共|累计)办理(?:政府信息公开|信息公开)申请\s*(\d+)\s*(?:件|个|宗|份)/
];
const RECEIVED_NONE = /(?:未|没有|无)(?:收到|受理|接到|接收|发生)[^。；;，,]{0,16}?(?:政府信息公开|信息公开|依申请公开)?申请|(?:政府信息公开|依申请公开)申请(?:数)?为\s*0|(?:政府信息公开|依申请公开)申请(?:为)?零/;

/** The number of requests received that section 一 states, with its text offset; null when none is stated. */
export function readNarrativeRequests(doc: Doc, from: number, to: number): { count: number; offset: number } | null {
	const text = doc.folded.slice(from, to);
	let best: { count: number; offset: number } | null = null;
	for (const re of RECEIVED) {
		const m = re.exec(text);
		if (m && (!best || m.index < best.offset - from)) best = { count: Number(m[1]), offset: from + m.index };
	}
	const none = RECEIVED_NONE.exec(text);
	if (none && (!best || none.index < best.offset - from)) return { count: 0, offset: from + none.index };
	return best;
}

const LAND = /(征地拆迁|征地|拆迁|房屋征收|土地征收|征收补偿|征收)/;
const LAND_CLAUSE = /(其中)?[^。；;，,]{0,12}?(征地拆迁|征地|拆迁|房屋征收|土地征收|征收补偿|征收)[^。；;，,\d]{0,14}?(\d+)\s*件(?:\s*[，,、]?\s*(?:占比|约占|占)[^。；;\d]{0,12}?(\d+(?:\.\d+)?)\s*%)?/;
const LAND_SHARE_ONLY = /(其中)?[^。；;，,]{0,12}?(征地拆迁|征地|拆迁|房屋征收|土地征收|征收补偿)[^。；;\d]{0,20}?(?:占比|约占|占)[^。；;\d]{0,12}?(\d+(?:\.\d+)?)\s*%/;

/**
 * The land-expropriation statement about *requests* (a sentence that speaks of 申请 or continues one with 其中),
 * never counts of published items ("征地信息类121条", corpus 032, is about 主动公开, in 条).
 */
export function readLandExpropriation(doc: Doc, from: number, to: number): { land: LandExpropriation; line: number } | null {
	const text = doc.folded.slice(from, to);
	for (const sentence of text.matchAll(/[^。!?！？\n]+[。!?！？]?/g)) {
		const s = sentence[0];
		if (!LAND.test(s) || !/申请/.test(s)) continue;
		const at = from + sentence.index!;
		const m = LAND_CLAUSE.exec(s);
		if (m) {
			const share = m[4] !== undefined ? toShare(m[4]) : null;
			const evidence = doc.text.slice(at + m.index, at + m.index + m[0].length).trim();
			return { land: { count: Number(m[3]), share, evidence }, line: lineAt(doc, at + m.index) };
		}
		const only = LAND_SHARE_ONLY.exec(s);
		if (only) {
			const evidence = doc.text.slice(at + only.index, at + only.index + only[0].length).trim();
			return { land: { count: null, share: toShare(only[3]!), evidence }, line: lineAt(doc, at + only.index) };
		}
	}
	return null;
}

/** "89.6" (percent) → 0.896, without binary noise (89.6 / 100 is 0.8959999… in JavaScript). */
export function toShare(percent: string): number {
	const decimals = (percent.split('.')[1] ?? '').length;
	return Number((Number(percent) / 100).toFixed(decimals + 2));
}
