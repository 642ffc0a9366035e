/**
 * Panel exports: CSV (UTF-8 with BOM so that Excel opens it as UTF-8), SVG and PNG (2× or 3×, rasterised from
 * the SVG). Every export carries the panel's title, the active filters in words, the notes and the source line.
 * `panelCsv` and `composeSvg` are pure; `svgToPng` and `download` need a browser.
 */
import { csvCell, escapeHtml } from '../format/escape.ts';
import type { DataTable } from './common.ts';
import { FONT_STACK } from './common.ts';

export interface ExportMeta {
	title: string;
	/** The caption: filters in words, unit, number of reports. */
	caption: string;
	notes: string[];
	source: string;
}

const BOM = '\uFEFF';

/** CSV of a panel's data table, headed by its title, caption, notes and source: `panelCsv(table, meta)`. */
export function panelCsv(table: DataTable, meta: ExportMeta): string {
	const lines = [
		[meta.title],
		[meta.caption],
		...meta.notes.map((n) => [n]),
		[meta.source],
		[],
		table.columns.map((c) => c.label),
		...table.rows.map((row) => row.map((c) => c.value))
	];
	return BOM + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Visual width of text in em: CJK and full-width characters count 1, others about 0.55. */
function textWidth(text: string): number {
	let w = 0;
	for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 1 : 0.55;
	return w;
}

/** Break text into lines no wider than `maxEm`. */
export function wrapText(text: string, maxEm: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const ch of text) {
		if (textWidth(line + ch) > maxEm && line) {
			lines.push(line);
			line = '';
		}
		line += ch;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * One standalone SVG: title, the chart's own SVG (nested, from ECharts' SVG renderer) and the caption, notes
 * and source below it. All text is escaped. `composeSvg(chartSvg, 720, 400, meta)` → { svg, width, height }.
 */
export function composeSvg(chartSvg: string, chartWidth: number, chartHeight: number, meta: ExportMeta): { svg: string; width: number; height: number } {
	const pad = 16;
	const width = chartWidth + pad * 2;
	const maxEm = (width - pad * 2) / 12;
	const titleY = pad + 18;
	const chartY = titleY + 14;
	const small = [...wrapText(meta.caption, maxEm), ...meta.notes.flatMap((n) => wrapText(n, maxEm)), ...wrapText(meta.source, maxEm)];
	const height = chartY + chartHeight + 12 + small.length * 18 + pad;
	const inner = chartSvg
		.replace(/^<\?xml[^>]*>\s*/, '')
		.replace(/^<svg\b/, `<svg x="${pad}" y="${chartY}"`);
	const texts = small
		.map((line, i) => `<text x="${pad}" y="${chartY + chartHeight + 24 + i * 18}" font-size="12" fill="#444">${escapeHtml(line)}</text>`)
		.join('');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(FONT_STACK)}">` +
		`<rect width="100%" height="100%" fill="#fff"/>` +
		`<text x="${pad}" y="${titleY}" font-size="18" font-weight="bold" fill="#111">${escapeHtml(meta.title)}</text>` +
		inner +
		texts +
		`</svg>`;
	return { svg, width, height };
}

/** Rasterise an SVG to PNG at `scale` × its size (browser only): `await svgToPng(svg, w, h, 2)`. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('SVG 转换为图片失败'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d')!;
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('无法生成 PNG'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Offer a file for download (browser only). */
export function download(data: Blob | string, filename: string, type: string): void {
	const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
