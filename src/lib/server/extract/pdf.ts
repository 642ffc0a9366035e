/**
 * PDF with a text layer → report text in reading order, with pdf.js (pdfjs-dist, legacy build for Node 20).
 *
 * Text comes from pdf.js's positioned text items, not from content-stream order. Tables are found from the ruling
 * lines and cell rectangles the page draws (the operator list): a ruled table becomes a grid, merged cells are the
 * grid places no ruling separates, and each grid row becomes ONE line with TAB between cells, so a row whose label
 * wraps over two lines, with its numbers centred between them, still reads as in the seeds, e.g. on page 3 of
 * 001-huaian-hongze-qu-gov-2023.pdf:  `\t（二）部分公开（区分处理的，只计这一情 形，不计其他情形）\t\t4\t0\t0\t0\t0\t0\t4`.
 * A merged cell's text stands in its first row and column (like HTML rowspan/colspan flattening); the rest of its
 * places are empty cells. Text outside tables is grouped into lines by baseline; a wide gap becomes a TAB (borderless
 * tables), and a line that runs to the right margin is joined with the next unindented line of the same paragraph.
 * Page numbers such as "- 3 -" stay as their own line.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReportError } from '../../model/errors.ts';
import { joinPair, joinWrapped } from './wrap.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
/** pdf.js is large; load it on first use only. */
function loadPdfJs(): Promise<PdfJs> {
	pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
	return pdfjs;
}
/** CMaps decode CJK text in fonts that use Adobe's predefined encodings (UniGB-UCS2-H …), common in Chinese PDFs. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export interface PdfText {
	text: string;
	/** 1-based pages that have images but no text: scanned pages inside an otherwise readable PDF. */
	scannedPages: number[];
	pages: number;
}

/**
 * Extract the text of a PDF. Throws ReportError naming the file and the reason for a scanned (image-only), encrypted,
 * truncated or corrupt PDF.
 * @example await readPdf(readFileSync('003-huaian-shi-gov-2024.pdf'), '003-huaian-shi-gov-2024.pdf') // { text: '…', pages: 6 }
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<PdfText> {
	if (!hasEof(bytes)) throw new ReportError(file, 'PDF 文件不完整：结尾缺少 %%EOF，文件可能被截断 / truncated PDF: no %%EOF at the end');
	const { getDocument, OPS } = await loadPdfJs();
	let doc: Awaited<ReturnType<typeof getDocument>['promise']>;
	try {
		// pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy
		doc = await getDocument({
			data: new Uint8Array(bytes),
			verbosity: 0,
			isEvalSupported: false,
			disableFontFace: true,
			useSystemFonts: false,
			cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
			cMapPacked: true,
			standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
		}).promise;
	} catch (error) {
		const name = (error as Error)?.name;
		if (name === 'PasswordException') throw new ReportError(file, 'PDF 已加密，需要密码才能打开 / encrypted PDF: a password is needed to open it');
		throw new ReportError(file, `PDF 文件损坏，无法读取 / corrupt PDF: ${(error as Error)?.message ?? String(error)}`);
	}
	try {
		const lines: string[] = [];
		const scannedPages: number[] = [];
		let textChars = 0;
		for (let p = 1; p <= doc.numPages; p++) {
			const page = await doc.getPage(p);
			const [content, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
			const items = toItems(content.items);
			const chars = items.reduce((n, i) => n + i.str.replace(/\s/g, '').length, 0);
			textChars += chars;
			const paints = pageGraphics(ops, OPS);
			if (chars === 0 && paints.images > 0) scannedPages.push(p);
			lines.push(...layoutPage(items, paints.h, paints.v));
			page.cleanup();
		}
		if (textChars === 0) {
			if (scannedPages.length > 0) throw new ReportError(file, `扫描件：PDF 没有文字层（${doc.numPages} 页都是图片），需要 OCR 识别 / scanned PDF: no text layer, needs OCR`);
			throw new ReportError(file, 'PDF 中没有可提取的文字 / the PDF has no extractable text');
		}
		return { text: lines.join('\n'), scannedPages, pages: doc.numPages };
	} finally {
		await doc.destroy();
	}
}

/** A complete PDF ends with `%%EOF` (followed at most by white space or a little junk). */
function hasEof(bytes: Uint8Array): boolean {
	const tail = bytes.subarray(Math.max(0, bytes.length - 2048));
	for (let i = tail.length - 5; i >= 0; i--) {
		if (tail[i] === 0x25 && tail[i + 1] === 0x25 && tail[i + 2] === 0x45 && tail[i + 3] === 0x4f && tail[i + 4] === 0x46) return true;
	}
	return false;
}

// ─── page content ────────────────────────────────────────────────────────────────────────────────────────────────────

/** A run of text in PDF user space (y grows upwards), `y` at the baseline. */
export interface Item {
	str: string;
	x: number;
	y: number;
	w: number;
	/** font size */
	fs: number;
}
/** A horizontal ruling at y from x1 to x2, or a vertical one at x from y1 to y2 (as `pos`, `a`, `b`). */
export interface Seg {
	pos: number;
	a: number;
	b: number;
}

function toItems(raw: unknown[]): Item[] {
	const items: Item[] = [];
	for (const r of raw as { str?: string; transform?: number[]; width?: number }[]) {
		if (typeof r.str !== 'string' || !r.transform || !r.str.trim()) continue;
		const [a, b, c, d, e, f] = r.transform as [number, number, number, number, number, number];
		const fs = Math.hypot(c, d) || Math.hypot(a, b) || 10;
		items.push({ str: r.str, x: e, y: f, w: r.width ?? 0, fs });
	}
	return items;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
	m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
	m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
	m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Ruling segments and the number of painted images on a page, from its operator list, in user space. */
function pageGraphics(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): { h: Seg[]; v: Seg[]; images: number } {
	const painting = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
	const fills = new Set([OPS.fill, OPS.eoFill]);
	const imageOps = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
	const h: Seg[] = [];
	const v: Seg[] = [];
	let images = 0;
	let ctm: Matrix = [1, 0, 0, 1, 0, 0];
	const stack: Matrix[] = [];
	const addLine = (x1: number, y1: number, x2: number, y2: number) => {
		if (Math.abs(y1 - y2) < 0.8 && Math.abs(x1 - x2) >= 2) h.push({ pos: (y1 + y2) / 2, a: Math.min(x1, x2), b: Math.max(x1, x2) });
		else if (Math.abs(x1 - x2) < 0.8 && Math.abs(y1 - y2) >= 2) v.push({ pos: (x1 + x2) / 2, a: Math.min(y1, y2), b: Math.max(y1, y2) });
	};
	for (let i = 0; i < ops.fnArray.length; i++) {
		const fn = ops.fnArray[i];
		if (fn === OPS.save) stack.push(ctm);
		else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
		else if (fn === OPS.transform) ctm = multiply(ctm, ops.argsArray[i] as Matrix);
		else if (imageOps.has(fn!)) images++;
		else if (fn === OPS.constructPath) {
			const [paint, [data]] = ops.argsArray[i] as [number, [ArrayLike<number> | null]];
			if (!painting.has(paint) || !data) continue;
			for (const path of subpaths(data)) {
				const pts = path.map(([x, y]) => apply(ctm, x, y));
				const box = bounds(pts);
				const w = box.x2 - box.x1;
				const hgt = box.y2 - box.y1;
				if (fills.has(paint) && path.length >= 4 && (w < 3 || hgt < 3)) {
					// a thin filled rectangle is how Word and WPS draw a ruling
					if (w < 3 && hgt >= 2) v.push({ pos: (box.x1 + box.x2) / 2, a: box.y1, b: box.y2 });
					else if (hgt < 3 && w >= 2) h.push({ pos: (box.y1 + box.y2) / 2, a: box.x1, b: box.x2 });
					continue;
				}
				// A wider filled area is a background (of a page, a paragraph or a cell), not a ruling: WPS paints one behind
				// every paragraph, and taking its edges as rulings would turn body text into a one-column table.
				if (fills.has(paint)) continue;
				for (let k = 0; k + 1 < pts.length; k++) addLine(pts[k]![0], pts[k]![1], pts[k + 1]![0], pts[k + 1]![1]);
			}
		}
	}
	return { h, v, images };
}

/** Points of each subpath of pdf.js path data (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function subpaths(data: ArrayLike<number>): [number, number][][] {
	const paths: [number, number][][] = [];
	let cur: [number, number][] = [];
	for (let i = 0; i < data.length; ) {
		const op = data[i++];
		if (op === 0) {
			if (cur.length) paths.push(cur);
			cur = [[data[i]!, data[i + 1]!]];
			i += 2;
		} else if (op === 1) {
			cur.push([data[i]!, data[i + 1]!]);
			i += 2;
		} else if (op === 2) {
			// curves are never table rulings: break the path so no straight edge is made through them
			if (cur.length) paths.push(cur);
			cur = [[data[i + 4]!, data[i + 5]!]];
			i += 6;
		} else if (op === 3) {
			if (cur.length) paths.push(cur);
			cur = [[data[i + 2]!, data[i + 3]!]];
			i += 4;
		} else if (op === 4) {
			if (cur.length) cur.push(cur[0]!);
		} else break;
	}
	if (cur.length) paths.push(cur);
	return paths;
}

function bounds(pts: [number, number][]) {
	let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
	for (const [x, y] of pts) {
		x1 = Math.min(x1, x); x2 = Math.max(x2, x);
		y1 = Math.min(y1, y); y2 = Math.max(y2, y);
	}
	return { x1, y1, x2, y2 };
}

// ─── tables ──────────────────────────────────────────────────────────────────────────────────────────────────────────

const TOL = 2;

interface Table {
	/** column boundaries, left to right */
	xs: number[];
	/** row boundaries, top to bottom (descending y) */
	ys: number[];
	/** merged-cell id of each grid place [row][col] */
	cell: number[][];
}

/** Cluster positions that lie within TOL of each other; returns the cluster means, sorted ascending. */
function clusterPositions(values: number[]): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	const out: number[][] = [];
	for (const v of sorted) {
		const last = out.at(-1);
		if (last && v - last.at(-1)! <= TOL) last.push(v);
		else out.push([v]);
	}
	return out.map((c) => c.reduce((s, x) => s + x, 0) / c.length);
}

/** Group rulings into tables: connected sets of horizontal and vertical segments that touch. */
export function findTables(h: Seg[], v: Seg[]): Table[] {
	const n = h.length + v.length;
	const parent = Array.from({ length: n }, (_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (let i = 0; i < h.length; i++) {
		for (let j = 0; j < v.length; j++) {
			const a = h[i]!, b = v[j]!;
			if (b.pos >= a.a - TOL && b.pos <= a.b + TOL && a.pos >= b.a - TOL && a.pos <= b.b + TOL) parent[find(i)] = find(h.length + j);
		}
	}
	const groups = new Map<number, { h: Seg[]; v: Seg[] }>();
	for (let i = 0; i < n; i++) {
		const g = groups.get(find(i)) ?? { h: [], v: [] };
		if (i < h.length) g.h.push(h[i]!);
		else g.v.push(v[i - h.length]!);
		groups.set(find(i), g);
	}
	const tables: Table[] = [];
	for (const g of groups.values()) {
		const xs = clusterPositions(g.v.map((s) => s.pos));
		const ys = clusterPositions(g.h.map((s) => s.pos)).reverse();
		// A table cut by a page break may have no ruling along its cut edge; the rulings that cross it show how far
		// the table reaches, so that edge is closed where they end.
		if (ys.length) {
			const bottom = Math.min(...g.v.map((s) => s.a));
			const top = Math.max(...g.v.map((s) => s.b));
			if (bottom < ys.at(-1)! - TOL * 2) ys.push(bottom);
			if (top > ys[0]! + TOL * 2) ys.unshift(top);
		}
		if (xs.length) {
			const left = Math.min(...g.h.map((s) => s.a));
			const right = Math.max(...g.h.map((s) => s.b));
			if (left < xs[0]! - TOL * 2) xs.unshift(left);
			if (right > xs.at(-1)! + TOL * 2) xs.push(right);
		}
		if (xs.length < 2 || ys.length < 2) continue;
		tables.push(buildGrid(xs, ys, g.h, g.v));
	}
	return tables;
}

/** Whether rulings cover most of the span [a, b] at position pos. */
function covered(segs: Seg[], pos: number, a: number, b: number): boolean {
	let total = 0;
	for (const s of segs) {
		if (Math.abs(s.pos - pos) > TOL) continue;
		total += Math.max(0, Math.min(b, s.b) - Math.max(a, s.a));
	}
	return total >= (b - a) * 0.6;
}

function buildGrid(xs: number[], ys: number[], h: Seg[], v: Seg[]): Table {
	const rows = ys.length - 1;
	const cols = xs.length - 1;
	const parent = Array.from({ length: rows * cols }, (_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	const union = (a: number, b: number) => {
		const ra = find(a), rb = find(b);
		if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
	};
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols; c++) {
			if (c + 1 < cols && !covered(v, xs[c + 1]!, ys[r + 1]!, ys[r]!)) union(r * cols + c, r * cols + c + 1);
			if (r + 1 < rows && !covered(h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) union(r * cols + c, (r + 1) * cols + c);
		}
	}
	const cell = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => find(r * cols + c)));
	return { xs, ys, cell };
}

/** The grid place of a point, or null when it is outside the table. */
function placeOf(t: Table, x: number, y: number): [number, number] | null {
	if (x <= t.xs[0]! || x >= t.xs.at(-1)! || y >= t.ys[0]! || y <= t.ys.at(-1)!) return null;
	let c = 0;
	while (c + 1 < t.xs.length - 1 && x >= t.xs[c + 1]!) c++;
	let r = 0;
	while (r + 1 < t.ys.length - 1 && y <= t.ys[r + 1]!) r++;
	return [r, c];
}

// ─── lines ───────────────────────────────────────────────────────────────────────────────────────────────────────────

interface Block {
	/** top of the block, for ordering (higher is earlier) */
	top: number;
	text: string;
	/** flow lines only: left and right edges and font size, for joining wrapped paragraph lines */
	flow?: { x0: number; x1: number; fs: number; y: number };
}

/** Lay out one page: table rows and flow lines, top to bottom. */
export function layoutPage(items: Item[], h: Seg[], v: Seg[]): string[] {
	const tables = findTables(h, v);
	const inCell = new Map<Table, Map<number, Item[]>>();
	const flow: Item[] = [];
	for (const it of items) {
		// the middle of the item's first character, a little above its baseline
		const px = it.x + Math.min(it.w, it.fs) / 2;
		const py = it.y + it.fs * 0.3;
		let placed = false;
		for (const t of tables) {
			const place = placeOf(t, px, py);
			if (!place) continue;
			const id = t.cell[place[0]]![place[1]]!;
			const cells = inCell.get(t) ?? new Map<number, Item[]>();
			cells.set(id, [...(cells.get(id) ?? []), it]);
			inCell.set(t, cells);
			placed = true;
			break;
		}
		if (!placed) flow.push(it);
	}
	const blocks: Block[] = [];
	for (const t of tables) {
		const cells = inCell.get(t);
		if (!cells) continue;
		const seen = new Set<number>();
		for (let r = 0; r < t.cell.length; r++) {
			const row = t.cell[r]!.map((id) => {
				if (seen.has(id)) return '';
				seen.add(id);
				return cellText(cells.get(id) ?? []);
			});
			if (row.some(Boolean)) blocks.push({ top: t.ys[r]!, text: row.join('\t') });
		}
	}
	for (const line of groupLines(flow)) {
		const x0 = line[0]!.x;
		const last = line.at(-1)!;
		const fs = Math.max(...line.map((i) => i.fs));
		blocks.push({ top: line[0]!.y + fs, text: joinItems(line), flow: { x0, x1: last.x + last.w, fs, y: line[0]!.y } });
	}
	blocks.sort((a, b) => b.top - a.top);
	return joinParagraphs(blocks);
}

/** Items on the same baseline (within 40% of the font size), each line sorted left to right. */
function groupLines(items: Item[]): Item[][] {
	const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: Item[][] = [];
	for (const it of sorted) {
		const line = lines.at(-1);
		if (line && Math.abs(line[0]!.y - it.y) <= Math.max(line[0]!.fs, it.fs) * 0.4) line.push(it);
		else lines.push([it]);
	}
	for (const line of lines) line.sort((a, b) => a.x - b.x);
	return lines;
}

/** Join a line's items: a gap wider than two characters is a TAB (a cell of a borderless table), a small gap between
 *  Latin letters or digits is a space, and Chinese text runs on without one. */
function joinItems(line: Item[]): string {
	let s = '';
	let end = -Infinity;
	for (const it of line) {
		const gap = it.x - end;
		const fs = it.fs;
		if (s) {
			if (gap > fs * 2) s = s.replace(/ +$/, '') + '\t';
			else if (gap > fs * 0.25 && !/\s$/.test(s) && (/[A-Za-z0-9%.]$/.test(s) || /^[A-Za-z0-9]/.test(it.str))) s += ' ';
		}
		s += s.endsWith('\t') ? it.str.replace(/^\s+/, '') : it.str;
		end = Math.max(end, it.x + it.w);
	}
	return s.replace(/\s+$/, '');
}

/** A table cell's items as one line: its own wrapped lines joined, tabs and line breaks made spaces. */
function cellText(items: Item[]): string {
	if (!items.length) return '';
	return joinWrapped(groupLines(items).map((l) => joinItems(l).replace(/\t/g, ' ').trim()));
}

/** Section and item markers that begin a new paragraph even right after a full line. */
const PARAGRAPH_START = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+[条章节])/;

/** Join a flow line that runs to the right margin with the next unindented line of the same size. */
function joinParagraphs(blocks: Block[]): string[] {
	const flows = blocks.filter((b) => b.flow && b.text.length >= 8 && !b.text.includes('\t'));
	if (flows.length < 3) return blocks.map((b) => b.text);
	const left = Math.min(...flows.map((b) => b.flow!.x0));
	const right = Math.max(...flows.map((b) => b.flow!.x1));
	const out: string[] = [];
	let prev: Block | null = null;
	for (const b of blocks) {
		const p = prev?.flow, f = b.flow;
		const continues =
			p && f && !prev!.text.includes('\t') && !b.text.includes('\t') &&
			p.x1 >= right - p.fs * 1.5 &&
			f.x0 <= left + f.fs * 0.6 &&
			Math.abs(p.fs - f.fs) < 0.6 &&
			p.y - f.y < p.fs * 2.6 &&
			!PARAGRAPH_START.test(b.text);
		if (continues) out[out.length - 1] = joinPair(out.at(-1)!, b.text);
		else out.push(b.text);
		prev = b;
	}
	return out;
}
