/**
 * Escaping for the few places where text becomes markup outside Svelte's own escaping: ECharts tooltip
 * formatters (HTML), composed SVG exports (XML) and CSV cells. Agency names and messages come from
 * documents anyone can publish, so they are untrusted.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `escapeHtml('<img src=x onerror=alert(1)>')` → "&lt;img src=x onerror=alert(1)&gt;". Also valid for XML text and attributes. */
export function escapeHtml(text: unknown): string {
	return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell that starts with
 * = + - @ (or a tab/CR) is prefixed with an apostrophe so that Excel does not run it as a formula
 * (CSV injection); numbers are written as numbers.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
