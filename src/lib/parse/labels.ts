/**
 * Finding printed labels in order on the compact view (parse/doc.ts) and turning them into text offsets.
 */
import { textOffset, type Doc } from './doc.ts';

export interface LabelHit {
	/** Compact indices of the label (start includes its ordinal such as "2." when there is one). */
	start: number;
	end: number;
	/** Text offsets: first character of the label and one past its keyword. */
	textStart: number;
	textEnd: number;
	/** Text offset where the row's cells may begin: after the ordinal when there is one, else after the keyword. */
	cellsFrom: number;
}

/**
 * Find `pattern` in `doc.compact` between `from` and `limit` (compact indices). With `ordinal`, the label starts at
 * the last "N." before the keyword (after `from`), so that
 * - a glued ordinal ("…0000004" + "2.其他法律…") is not read as the previous row's last cell, and
 * - a label wrapped after its numbers ("4.无正当理由⇥0⇥0…⏎大量反复申请") keeps those numbers as its own;
 * its cells are then read from just after the ordinal. With `needsOrdinal`, the ordinal must stand right before the
 * keyword ("3.其他"), and a hit without it is skipped.
 */
export function findLabel(doc: Doc, pattern: RegExp, from: number, limit: number, ordinal?: number, needsOrdinal = false): LabelHit | null {
	const re = new RegExp(pattern.source, 'g');
	re.lastIndex = from;
	for (let m = re.exec(doc.compact); m && m.index < limit; m = re.exec(doc.compact)) {
		let start = m.index;
		let cells = m.index + m[0].length;
		if (ordinal !== undefined) {
			const before = doc.compact.slice(from, m.index);
			const marks = [...before.matchAll(new RegExp(`${ordinal}[.、,](?=[^\\d.、,]|$)`, 'g'))];
			const last = marks[marks.length - 1];
			const adjacent = last !== undefined && last.index! + last[0].length === before.length;
			if (needsOrdinal && !adjacent) {
				if (m[0].length === 0) re.lastIndex++;
				continue;
			}
			if (last) {
				start = from + last.index!;
				cells = start + last[0].length;
			}
		}
		const end = m.index + m[0].length;
		return {
			start,
			end,
			textStart: textOffset(doc, start),
			textEnd: textOffset(doc, end - 1) + 1,
			cellsFrom: cells === end ? textOffset(doc, end - 1) + 1 : textOffset(doc, cells)
		};
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
