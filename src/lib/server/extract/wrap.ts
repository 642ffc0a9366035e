/**
 * Joining the pieces of text that a page layout wrapped over several lines (HTML cells with <br>, PDF cells and
 * paragraphs): no space where either side is CJK (Chinese is written without spaces), else one space.
 */

/** Join two wrapped pieces. @example joinPair('政府信息', '公开') // '政府信息公开' */
export function joinPair(a: string, b: string): string {
	if (!a) return b;
	if (!b) return a;
	return a + (isWide(a.at(-1)!) || isWide(b[0]!) ? '' : ' ') + b;
}

/** Join the pieces of one wrapped text, skipping empty ones. @example joinWrapped(['28', '件']) // '28件' */
export function joinWrapped(parts: string[]): string {
	return parts.reduce((s, p) => (p ? joinPair(s, p) : s), '');
}

/** CJK ideographs, CJK and full-width punctuation, and curly quotes and dashes used in Chinese text. */
export function isWide(ch: string): boolean {
	return /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/.test(ch);
}
