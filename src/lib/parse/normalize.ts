/**
 * Normalise report text into the form that `lines` refers to and `npm run parse -- --text FILE` prints:
 * no BOM, `\n` line ends, no NUL or other C0 controls but tab, NBSP and ideographic space kept as they are.
 * Nothing else changes, so each line is still the line a person reads in the document.
 *
 * @example normalizeText('\uFEFF标题\r\n正文') // '标题\n正文'
 */
export function normalizeText(text: string): string {
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u2028\u2029]/g, '\n')
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
