/**
 * zh-CN number formats for captions, tables, tooltips and exports: "1,295 件", "89.6%". Pure: no DOM.
 * A value the document does not give is `null` and prints as 未说明 (or a caller's own word), never as 0.
 */

const INTEGER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const PERCENT_DIGITS = 1;

/** The word shown where a report does not state a value. */
export const NOT_STATED = '未说明';

/**
 * Group digits the zh-CN way: `formatNumber(1295)` → "1,295"; decimals keep up to two places
 * (`formatNumber(12.5)` → "12.5"); `null` → `fallback`.
 */
export function formatNumber(value: number | null | undefined, fallback = NOT_STATED): string {
	if (value === null || value === undefined || Number.isNaN(value)) return fallback;
	return Number.isInteger(value) ? INTEGER.format(value) : DECIMAL.format(value);
}

/** A count with its unit: `formatCount(1295)` → "1,295 件"; `formatCount(2, '份')` → "2 份". */
export function formatCount(value: number | null | undefined, unit = '件', fallback = NOT_STATED): string {
	if (value === null || value === undefined || Number.isNaN(value)) return fallback;
	return `${formatNumber(value)} ${unit}`;
}

/**
 * A share given as a fraction, printed with one decimal: `formatPercent(0.896)` → "89.6%".
 * Rounds half up on the decimal digit after removing binary noise (0.896 × 1000 = 896.0000000000001).
 */
export function formatPercent(share: number | null | undefined, fallback = NOT_STATED): string {
	if (share === null || share === undefined || Number.isNaN(share)) return fallback;
	const scale = 10 ** (PERCENT_DIGITS + 2);
	const rounded = Math.round(Number((share * scale).toPrecision(12))) / 10 ** PERCENT_DIGITS;
	return `${rounded.toFixed(PERCENT_DIGITS)}%`;
}

/**
 * Below this many requests (or cases) a share is marked 基数小: a 50% over two requests says little.
 * Used by every panel that prints a share.
 */
export const MIN_SHARE_BASE = 10;

export interface Share {
	/** The fraction, or null when the base is 0 or unknown. */
	value: number | null;
	/** "89.6%", "50.0%*" when the base is small, or a word when there is no base. */
	text: string;
	/** True when the base is below `MIN_SHARE_BASE`. */
	small: boolean;
	base: number | null;
}

/**
 * A share `part / base` with the small-base rule applied:
 * `computeShare(26, 29)` → { text: "89.7%", small: false }; `computeShare(1, 2)` → { text: "50.0%*", small: true };
 * `computeShare(0, 0)` → { value: null, text: "无申请" }.
 */
export function computeShare(part: number | null, base: number | null, minBase = MIN_SHARE_BASE): Share {
	if (part === null || base === null) return { value: null, text: NOT_STATED, small: false, base };
	if (base === 0) return { value: null, text: '无申请', small: false, base };
	const value = part / base;
	const small = base < minBase;
	return { value, text: formatPercent(value) + (small ? '*' : ''), small, base };
}

/** The footnote that explains the asterisk of a small-base share. */
export function smallBaseNote(minBase = MIN_SHARE_BASE): string {
	return `* 基数少于 ${minBase} 件，百分比仅供参考`;
}
