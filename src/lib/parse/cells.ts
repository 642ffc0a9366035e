/**
 * Reading one table row's cells from the text between its label and the next label.
 *
 * Two shapes of text reach us:
 * - **separated**: cells split by tabs, pipes or line breaks (seeds, pipe tables, one cell per line, PDF rows):
 *   `"\t\t\t28\t0\t0\t0\t0\t1\t29"` (seed 001, line 47). Each number is one cell; a cell may be blank.
 * - **inline**: cells run together, at most with single spaces (crawled pages, most of the corpus):
 *   `"5800000 58 "` (corpus 009) for 58,0,0,0,0,0,58. A digit run may hold several cells; spaces are hard
 *   boundaries but not every boundary has one (`"10 0 0 012"` is 1,0,0,0,0,1,2 in corpus 029).
 *
 * Both produce *candidates*: every reading the text allows. A row is read only when exactly one candidate is left
 * after the row's own identity (its 总计 = the sum of its applicant columns); otherwise the table reader tries the
 * column identities across rows, and what is still ambiguous stays null with a finding. Nothing is guessed.
 */

export interface RowReading {
	/** Every distinct reading the text allows, after the row identity when there was more than one. */
	candidates: number[][];
	/** How the cells were found. */
	mode: 'direct' | 'positional' | 'blanks' | 'glued' | 'empty';
	/** Some cells were "—", "/" or "-" and were read as 0. */
	placeholders: boolean;
	/** Candidates before the row identity was applied (1 = the text alone fixes the reading). */
	structural: number;
	/** Why there is no candidate, when there is none. */
	problem?: string;
	/** Text offset of the first number, for `lines`. */
	firstOffset: number | null;
}

export interface ReadOptions {
	/** The row's own identity, used only to choose among several readings. */
	identity?: (cells: number[]) => boolean;
	/** Allow a decimal fraction (table 2 fees). */
	decimals?: boolean;
	/** Allow a sign (the 2019 table 2 "本年增/减" column). */
	signed?: boolean;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const PLACEHOLDER = /^(?:[-—–]{1,2}|\/)$/;
/** More candidates than this and a row is reported as undecidable rather than enumerated. */
const MAX_CANDIDATES = 20000;

/**
 * Read the cells of one row from `folded.slice(start, end)`.
 * @example readCells('一、…数量5800000 58 二、', 12, 22, 7, { identity: sumsToLast }) // candidates [[58,0,0,0,0,0,58]]
 */
export function readCells(folded: string, start: number, end: number, ncols: number, options: ReadOptions = {}): RowReading {
	const segment = folded.slice(start, end);
	return /[\t|\n]/.test(segment.trim()) ? readSeparated(segment, start, ncols, options) : readInline(segment, start, ncols, options);
}

interface Piece {
	text: string;
	offset: number;
	line: number;
}

function splitPieces(segment: string, base: number): Piece[] {
	const pieces: Piece[] = [];
	let line = 0;
	let pieceStart = 0;
	const push = (from: number, to: number) => {
		const raw = segment.slice(from, to);
		const text = raw.trim();
		const offset = base + from + (raw.length - raw.trimStart().length);
		// "28 0 0 0" inside one tab cell (PDF rows without tabs): several cells when every part is a number.
		const parts = text.split(/\s+/);
		if (parts.length > 1 && parts.every((p) => NUMBER.test(p) || PLACEHOLDER.test(p))) {
			let at = 0;
			for (const p of parts) {
				const i = text.indexOf(p, at);
				pieces.push({ text: p, offset: offset + i, line });
				at = i + p.length;
			}
		} else pieces.push({ text, offset, line });
	};
	for (let i = 0; i < segment.length; i++) {
		const ch = segment[i];
		if (ch === '\t' || ch === '|' || ch === '\n') {
			push(pieceStart, i);
			pieceStart = i + 1;
			if (ch === '\n') line++;
		}
	}
	push(pieceStart, segment.length);
	return pieces;
}

function toNumber(text: string, options: ReadOptions): number | null {
	if (!NUMBER.test(text)) return null;
	if (!options.signed && /^[+-]/.test(text)) return null;
	if (!options.decimals && text.includes('.')) return null;
	return Number(text.replace(/,/g, ''));
}

function readSeparated(segment: string, base: number, ncols: number, options: ReadOptions): RowReading {
	const pieces = splitPieces(segment, base);
	const cells: { value: number; placeholder: boolean; piece: Piece }[] = [];
	for (const piece of pieces) {
		if (PLACEHOLDER.test(piece.text)) cells.push({ value: 0, placeholder: true, piece });
		else {
			const value = toNumber(piece.text, options);
			if (value !== null) cells.push({ value, placeholder: false, piece });
		}
	}
	const placeholders = cells.some((c) => c.placeholder);
	const firstOffset = cells[0]?.piece.offset ?? null;
	const values = cells.map((c) => c.value);
	if (values.length === ncols) return { candidates: [values], mode: 'direct', placeholders, structural: 1, firstOffset };
	if (values.length === 0) return { candidates: [Array(ncols).fill(0)], mode: 'empty', placeholders, structural: 1, firstOffset };
	if (values.length > ncols)
		return { candidates: [], mode: 'direct', placeholders, structural: 0, firstOffset, problem: `有 ${values.length} 个数，多于 ${ncols} 列` };

	// Fewer numbers than columns: blank cells. If the numbers sit on one tab/pipe line, the empty cells between
	// separators say where the blanks are; otherwise try every placement of the blanks.
	const positional = readPositional(pieces, cells.map((c) => c.piece), ncols, options);
	if (positional) return { candidates: [positional], mode: 'positional', placeholders, structural: 1, firstOffset };
	const placements = placeBlanks(values, ncols);
	return choose(placements, 'blanks', placeholders, firstOffset, options);
}

/**
 * Cells on one line between separators. On the label's own line the first piece is the label's remainder and
 * empty pieces before the first number are the label's merged cells; on a line of its own every piece is a cell
 * (table 4: "⇥⇥⇥1⇥1⇥⇥…", the first three cells blank).
 */
function readPositional(pieces: Piece[], numeric: Piece[], ncols: number, options: ReadOptions): number[] | null {
	const line = numeric[0]!.line;
	if (numeric.some((p) => p.line !== line)) return null;
	let row = pieces.filter((p) => p.line === line);
	if (line === 0) row = row.slice(1);
	const trimEnd = (r: Piece[]) => {
		let e = r.length;
		while (e > 0 && r[e - 1]!.text === '') e--;
		return r.slice(0, e);
	};
	const trimStart = (r: Piece[]) => {
		let b = 0;
		while (b < r.length && r[b]!.text === '') b++;
		return r.slice(b);
	};
	const shapes = line === 0 ? [trimEnd(trimStart(row))] : [row, trimEnd(row), trimEnd(trimStart(row))];
	const shape = shapes.find((r) => r.length === ncols);
	if (!shape) return null;
	const out: number[] = [];
	for (const p of shape) {
		if (p.text === '' || PLACEHOLDER.test(p.text)) out.push(0);
		else {
			const v = toNumber(p.text, options);
			if (v === null) return null;
			out.push(v);
		}
	}
	return out;
}

function placeBlanks(values: number[], ncols: number): number[][] {
	const out: number[][] = [];
	const walk = (vi: number, acc: number[]) => {
		if (out.length > MAX_CANDIDATES) return;
		if (acc.length === ncols) {
			if (vi === values.length) out.push(acc.slice());
			return;
		}
		const left = ncols - acc.length;
		if (values.length - vi < left) {
			acc.push(0);
			walk(vi, acc);
			acc.pop();
		}
		if (vi < values.length) {
			acc.push(values[vi]!);
			walk(vi + 1, acc);
			acc.pop();
		}
	};
	walk(0, []);
	return out;
}

function readInline(segment: string, base: number, ncols: number, options: ReadOptions): RowReading {
	// The row's cells are the first run of digits (and the spaces between them) after its label; digits after any
	// other text belong to something else ("行政事业性收费5949.09(二)主动公开…1.门户网站", corpus 014).
	const first = segment.search(/\d/);
	const runEnd = first < 0 ? first : first + /^[\d.\s-]*/.exec(segment.slice(first))![0].length;
	const run = first < 0 ? '' : segment.slice(0, runEnd);
	const re = options.decimals ? /\d+(?:\.\d+)?/g : /\d+/g;
	const tokens: { text: string; offset: number; negative: boolean }[] = [];
	for (const m of run.matchAll(re)) {
		if (m.index! < first) continue;
		const negative = !!options.signed && run[m.index! - 1] === '-';
		tokens.push({ text: m[0], offset: base + m.index!, negative });
	}
	const firstOffset = tokens[0]?.offset ?? null;
	if (tokens.length === 0) return { candidates: [Array(ncols).fill(0)], mode: 'empty', placeholders: false, structural: 1, firstOffset };
	const sign = (t: { negative: boolean }) => (t.negative ? -1 : 1);
	if (tokens.length === ncols) return { candidates: [tokens.map((t) => sign(t) * Number(t.text))], mode: 'direct', placeholders: false, structural: 1, firstOffset };
	if (tokens.length > ncols)
		return { candidates: [], mode: 'glued', placeholders: false, structural: 0, firstOffset, problem: `有 ${tokens.length} 组数字，多于 ${ncols} 列` };
	if (tokens.some((t) => t.text.includes('.')))
		return { candidates: [], mode: 'glued', placeholders: false, structural: 0, firstOffset, problem: '含小数的粘连数字无法拆分' };
	const splits = splitTokens(tokens.map((t) => t.text), ncols);
	if (splits === null) return { candidates: [], mode: 'glued', placeholders: false, structural: 0, firstOffset, problem: '可能的拆分过多，无法判断' };
	if (splits.length === 0)
		return { candidates: [], mode: 'glued', placeholders: false, structural: 0, firstOffset, problem: `数字 “${tokens.map((t) => t.text).join(' ')}” 无法拆成 ${ncols} 个数` };
	return choose(splits, 'glued', false, firstOffset, options);
}

/**
 * Every way to cut the digit runs into exactly `ncols` numbers, each run into at least one, with no leading zero
 * in a number of two or more digits. Returns null when there are too many ways to list.
 * @example splitTokens(['280000129'], 7) // includes [28,0,0,0,0,1,29] and [28,0,0,0,0,12,9]
 */
export function splitTokens(tokens: string[], ncols: number): number[][] | null {
	const out: number[][] = [];
	let overflow = false;
	const minLeft = (ti: number) => tokens.length - ti; // each remaining token gives at least one number
	const walk = (ti: number, pos: number, acc: number[]) => {
		if (overflow) return;
		if (ti === tokens.length) {
			if (acc.length === ncols) {
				out.push(acc.slice());
				if (out.length > MAX_CANDIDATES) overflow = true;
			}
			return;
		}
		const token = tokens[ti]!;
		const remainingDigits = token.length - pos;
		for (let len = 1; len <= remainingDigits; len++) {
			const part = token.slice(pos, pos + len);
			if (len > 1 && part[0] === '0') break;
			const endsToken = pos + len === token.length;
			const count = acc.length + 1 + (endsToken ? minLeft(ti + 1) : minLeft(ti));
			if (count > ncols) {
				if (!endsToken) continue;
				break;
			}
			acc.push(Number(part));
			walk(endsToken ? ti + 1 : ti, endsToken ? 0 : pos + len, acc);
			acc.pop();
		}
	};
	walk(0, 0, []);
	return overflow ? null : out;
}

function choose(all: number[][], mode: RowReading['mode'], placeholders: boolean, firstOffset: number | null, options: ReadOptions): RowReading {
	const unique = dedupe(all);
	if (unique.length <= 1 || !options.identity) return { candidates: unique, mode, placeholders, structural: unique.length, firstOffset };
	const fitting = unique.filter(options.identity);
	// When no reading satisfies the row's own identity, the document breaks it whichever way it is read: keep every
	// reading and let the column identities decide.
	if (fitting.length === 0) return { candidates: unique, mode, placeholders, structural: unique.length, firstOffset, problem: '没有一种读法满足本行总计等于各项之和' };
	return { candidates: fitting, mode, placeholders, structural: unique.length, firstOffset };
}

function dedupe(rows: number[][]): number[][] {
	const seen = new Set<string>();
	const out: number[][] = [];
	for (const r of rows) {
		const k = r.join(',');
		if (!seen.has(k)) {
			seen.add(k);
			out.push(r);
		}
	}
	return out;
}
