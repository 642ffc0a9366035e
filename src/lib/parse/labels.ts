/**
 * Finding printed labels in order on the compact view (parse/doc.ts) and turning them into text offsets.
 */
import { textOffset, type Doc } from './doc.ts';

export interface LabelHit {
	/** Compact indices of the label (start includes a glued ordinal such as "2." when present). */
	start: number;
	end: number;
	/** Text offsets: first character of the label and one past its last character. */
	textStart: number;
	textEnd: number;
}

/**
 * Find `pattern` in `doc.compact` between `from` and `limit` (compact indices). With `ordinal`, a glued ordinal
 * right before the keyword ("…0000004" + "2.其他法律…") becomes part of the label, so its digit is not read as the
 * previous row's last cell; with `needsOrdinal`, a hit without that ordinal is skipped.
 */
export function findLabel(doc: Doc, pattern: RegExp, from: number, limit: number, ordinal?: number, needsOrdinal = false): LabelHit | null {
	const re = new RegExp(pattern.source, 'g');
	re.lastIndex = from;
	for (let m = re.exec(doc.compact); m && m.index < limit; m = re.exec(doc.compact)) {
		let start = m.index;
		if (ordinal !== undefined) {
			// The ordinal may stand a few characters before the keyword: "2.其他法律…", "1.属于国家秘密".
			const prefix = new RegExp(`${ordinal}[.、,][^\\d.、,]{0,12}$`);
			const before = doc.compact.slice(Math.max(from, start - 16), start);
			const hit = prefix.exec(before);
			if (hit) start -= hit[0].length;
			else if (needsOrdinal) {
				if (m[0].length === 0) re.lastIndex++;
				continue;
			}
		}
		const end = m.index + m[0].length;
		return { start, end, textStart: textOffset(doc, start), textEnd: textOffset(doc, end - 1) + 1 };
	}
	return null;
}

/** First match of `pattern` in the compact view at or after `from` and before `limit`, as a compact index. */
export function findCompact(doc: Doc, pattern: RegExp, from = 0, limit = doc.compact.length): { index: number; end: number; match: RegExpExecArray } | null {
	const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
	re.lastIndex = from;
	const m = re.exec(doc.compact);
	if (!m || m.index >= limit) return null;
	return { index: m.index, end: m.index + m[0].length, match: m };
}

/** Last match of `pattern` in the compact view within [from, limit). */
export function findLastCompact(doc: Doc, pattern: RegExp, from: number, limit: number): { index: number; end: number } | null {
	const re = new RegExp(pattern.source, 'g');
	re.lastIndex = from;
	let last: { index: number; end: number } | null = null;
	for (let m = re.exec(doc.compact); m && m.index < limit; m = re.exec(doc.compact)) {
		last = { index: m.index, end: m.index + m[0].length };
		if (m[0].length === 0) re.lastIndex++;
	}
	return last;
}
