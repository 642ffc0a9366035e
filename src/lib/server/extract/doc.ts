/**
 * Word 97–2003 binary (.doc) → report text, read per [MS-CFB] and [MS-DOC].
 *
 * Why not word-extractor (the maintained npm reader we tried first): it turns every cell mark into a TAB and finds
 * row ends from sprmPFTtp, but its sprm walker sizes sprmTDefTable with a one-byte length and ignores sprmPHugePapx,
 * so in a table as wide as table 3 it misses most row ends and the rows of table 3 run together on one line (seen
 * with LibreOffice's DOC of seed 001). Here the paragraph properties are walked correctly, and a cell mark (0x07) in
 * a row-end paragraph ends the row: each table row becomes one line with TAB between cells, as in the seeds.
 *
 * Only the main document text (the first ccpText characters) is read: headers, footers, footnotes and text boxes are
 * not part of the report body. Field codes keep their result only (`{ PAGE }` → "3").
 */
import { ReportError } from '../../model/errors.ts';

/**
 * @example readDoc(readFileSync('report.doc'), 'report.doc') // '渠县人民政府办公室\n…'
 */
export function readDoc(bytes: Uint8Array, file: string): string {
	const fail = (why: string): never => {
		throw new ReportError(file, `DOC 文件损坏，无法读取 / corrupt DOC: ${why}`);
	};
	let streams: Cfb;
	try {
		streams = readCfb(bytes);
	} catch (error) {
		return fail((error as Error).message);
	}
	const word = streams.get('WordDocument');
	if (!word) {
		const names = [...streams.names()].join(', ');
		const kind = /Workbook|Book/.test(names) ? 'Excel 表格（XLS） / an XLS spreadsheet' : /PowerPoint/.test(names) ? 'PowerPoint 演示文稿（PPT） / a PPT presentation' : `OLE 复合文档，不是 Word 文档 / an OLE file that is not a Word document (${names})`;
		throw new ReportError(file, `不支持的文件格式：${kind}`);
	}
	try {
		return readWordText(word, streams, file);
	} catch (error) {
		if (error instanceof ReportError) throw error;
		return fail((error as Error).message);
	}
}

// ─── [MS-CFB] compound file ──────────────────────────────────────────────────────────────────────────────────────────

interface Cfb {
	get(name: string): Uint8Array | undefined;
	names(): Iterable<string>;
}

const ENDOFCHAIN = 0xfffffffe;

function readCfb(bytes: Uint8Array): Cfb {
	const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length < 512) throw new Error('file shorter than a compound-file header');
	const sectorSize = 1 << dv.getUint16(0x1e, true);
	const miniSectorSize = 1 << dv.getUint16(0x20, true);
	if (sectorSize !== 512 && sectorSize !== 4096) throw new Error(`bad sector size ${sectorSize}`);
	const firstDir = dv.getUint32(0x30, true);
	const miniCutoff = dv.getUint32(0x38, true);
	const firstMiniFat = dv.getUint32(0x3c, true);
	let difatSector = dv.getUint32(0x44, true);
	const sectorOffset = (s: number) => (s + 1) * sectorSize;
	const fatSectors: number[] = [];
	for (let i = 0; i < 109; i++) {
		const s = dv.getUint32(0x4c + i * 4, true);
		if (s < 0xfffffffa) fatSectors.push(s);
	}
	for (let guard = 0; difatSector < 0xfffffffa && guard < 1 << 16; guard++) {
		const off = sectorOffset(difatSector);
		if (off + sectorSize > bytes.length) throw new Error('DIFAT beyond end of file (truncated?)');
		for (let i = 0; i < sectorSize / 4 - 1; i++) {
			const s = dv.getUint32(off + i * 4, true);
			if (s < 0xfffffffa) fatSectors.push(s);
		}
		difatSector = dv.getUint32(off + sectorSize - 4, true);
	}
	const fat: number[] = [];
	for (const s of fatSectors) {
		const off = sectorOffset(s);
		if (off + sectorSize > bytes.length) throw new Error('FAT beyond end of file (truncated?)');
		for (let i = 0; i < sectorSize / 4; i++) fat.push(dv.getUint32(off + i * 4, true));
	}
	const chain = (start: number, table: number[]): number[] => {
		const out: number[] = [];
		for (let s = start; s !== ENDOFCHAIN && s < 0xfffffffa; s = table[s]!) {
			if (s >= table.length || out.length > table.length) throw new Error('broken sector chain');
			out.push(s);
		}
		return out;
	};
	const readChain = (start: number, size?: number): Uint8Array => {
		const sectors = chain(start, fat);
		const out = new Uint8Array(sectors.length * sectorSize);
		sectors.forEach((s, i) => {
			const off = sectorOffset(s);
			if (off + sectorSize > bytes.length) throw new Error('stream beyond end of file (truncated?)');
			out.set(bytes.subarray(off, off + sectorSize), i * sectorSize);
		});
		return size === undefined ? out : out.subarray(0, size);
	};
	const dir = readChain(firstDir);
	const entries: { name: string; type: number; start: number; size: number }[] = [];
	for (let off = 0; off + 128 <= dir.length; off += 128) {
		const ddv = new DataView(dir.buffer, dir.byteOffset + off, 128);
		const nameLength = ddv.getUint16(64, true);
		const name = new TextDecoder('utf-16le').decode(dir.subarray(off, off + Math.max(0, nameLength - 2)));
		entries.push({ name, type: ddv.getUint8(66), start: ddv.getUint32(116, true), size: ddv.getUint32(120, true) });
	}
	const root = entries[0];
	if (!root || root.type !== 5) throw new Error('no root storage');
	const miniStream = readChain(root.start, root.size);
	const miniFat: number[] = [];
	if (firstMiniFat < 0xfffffffa) {
		const mf = readChain(firstMiniFat);
		const mdv = new DataView(mf.buffer, mf.byteOffset, mf.byteLength);
		for (let i = 0; i < mf.length / 4; i++) miniFat.push(mdv.getUint32(i * 4, true));
	}
	const readMini = (start: number, size: number): Uint8Array => {
		const sectors = chain(start, miniFat);
		const out = new Uint8Array(sectors.length * miniSectorSize);
		sectors.forEach((s, i) => out.set(miniStream.subarray(s * miniSectorSize, (s + 1) * miniSectorSize), i * miniSectorSize));
		return out.subarray(0, size);
	};
	const streams = new Map<string, { start: number; size: number }>();
	for (const e of entries) if (e.type === 2 && !streams.has(e.name)) streams.set(e.name, e);
	return {
		get(name) {
			const e = streams.get(name);
			if (!e) return undefined;
			return e.size < miniCutoff ? readMini(e.start, e.size) : readChain(e.start, e.size);
		},
		names: () => streams.keys(),
	};
}

// ─── [MS-DOC] text ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Windows-1252 characters of compressed (8-bit) text pieces in 0x80–0x9F ([MS-DOC] 2.4.1). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function readWordText(word: Uint8Array, streams: Cfb, file: string): string {
	const dv = new DataView(word.buffer, word.byteOffset, word.byteLength);
	if (dv.getUint16(0, true) !== 0xa5ec) throw new Error('no Word FIB (wIdent is not 0xA5EC)');
	const flags = dv.getUint16(0x0a, true);
	if (flags & 0x0100) throw new ReportError(file, 'DOC 已加密，需要密码才能打开 / encrypted DOC: a password is needed to open it');
	const table = streams.get(flags & 0x0200 ? '1Table' : '0Table');
	if (!table) throw new Error('no table stream');
	const data = streams.get('Data');
	const tdv = new DataView(table.buffer, table.byteOffset, table.byteLength);
	const ccpText = dv.getInt32(0x4c, true);
	const fcClx = dv.getUint32(0x1a2, true);
	const lcbClx = dv.getUint32(0x1a6, true);
	const fcPlcfBtePapx = dv.getUint32(0x102, true);
	const lcbPlcfBtePapx = dv.getUint32(0x106, true);

	// the piece table: which file positions hold the characters of each CP range
	let pos = fcClx;
	const clxEnd = fcClx + lcbClx;
	while (pos < clxEnd && table[pos] === 0x01) pos += 3 + tdv.getUint16(pos + 1, true);
	if (table[pos] !== 0x02) throw new Error('no piece table in the CLX');
	const lcb = tdv.getUint32(pos + 1, true);
	const plc = pos + 5;
	const n = (lcb - 4) / 12;
	const chars: string[] = [];
	const fcs: number[] = [];
	for (let i = 0; i < n && chars.length < ccpText; i++) {
		const cpStart = tdv.getUint32(plc + i * 4, true);
		const cpEnd = tdv.getUint32(plc + (i + 1) * 4, true);
		const fcRaw = tdv.getUint32(plc + (n + 1) * 4 + i * 8 + 2, true);
		const compressed = (fcRaw & 0x40000000) !== 0;
		const fc = compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw;
		for (let cp = cpStart; cp < cpEnd && chars.length < ccpText; cp++) {
			const k = cp - cpStart;
			if (compressed) {
				const b = word[fc + k]!;
				chars.push(b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b));
				fcs.push(fc + k);
			} else {
				chars.push(String.fromCharCode(dv.getUint16(fc + 2 * k, true)));
				fcs.push(fc + 2 * k);
			}
		}
	}

	// paragraph properties: the file-position ranges of table paragraphs (sprmPFInTable) and of row ends (sprmPFTtp)
	const rowEnds: [number, number][] = [];
	const inTables: [number, number][] = [];
	const nBte = (lcbPlcfBtePapx - 4) / 8;
	for (let i = 0; i < nBte; i++) {
		const pn = tdv.getUint32(fcPlcfBtePapx + (nBte + 1) * 4 + i * 4, true) & 0x3fffff;
		const page = pn * 512;
		if (page + 512 > word.length) throw new Error('paragraph properties beyond the end of the stream');
		const crun = word[page + 511]!;
		for (let j = 0; j < crun; j++) {
			const fcStart = dv.getUint32(page + j * 4, true);
			const fcEnd = dv.getUint32(page + (j + 1) * 4, true);
			const bOffset = word[page + (crun + 1) * 4 + j * 13]! * 2;
			if (bOffset === 0) continue;
			let cb = word[page + bOffset]!;
			let start = page + bOffset + 1;
			let length: number;
			if (cb !== 0) length = 2 * cb - 1;
			else {
				cb = word[page + bOffset + 1]!;
				start = page + bOffset + 2;
				length = 2 * cb;
			}
			// skip the istd (2 bytes) before the sprms
			const kind = tableKind(word.subarray(start + 2, start + length), data);
			if (kind.rowEnd) rowEnds.push([fcStart, fcEnd]);
			if (kind.inTable) inTables.push([fcStart, fcEnd]);
		}
	}
	const inRowEnd = within(rowEnds);
	const inTable = within(inTables);

	// characters → lines: a cell mark ends a cell (TAB) or, in a row-end paragraph, the row (newline)
	let out = '';
	let fieldDepth = 0;
	const inInstruction: boolean[] = [];
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i]!;
		const code = ch.charCodeAt(0);
		if (code === 0x13) {
			fieldDepth++;
			inInstruction.push(true);
			continue;
		}
		if (code === 0x14) {
			if (fieldDepth) inInstruction[inInstruction.length - 1] = false;
			continue;
		}
		if (code === 0x15) {
			if (fieldDepth) {
				fieldDepth--;
				inInstruction.pop();
			}
			continue;
		}
		if (inInstruction.includes(true)) continue;
		if (code === 0x07) {
			out = out.replace(/[ \u3000]+$/, '');
			// the last cell's own mark already wrote a TAB: a row end replaces it with the line break
			out = inRowEnd(fcs[i]!) ? out.replace(/\t$/, '') + '\n' : out + '\t';
		} else if (code === 0x0d || code === 0x0b) {
			// a paragraph or line break inside a table cell stays inside the cell, so the row stays on one line
			if (inTable(fcs[i]!)) out += /[A-Za-z0-9]$/.test(out) && /[A-Za-z0-9]/.test(chars[i + 1] ?? '') ? ' ' : '';
			else out += '\n';
		} else if (code === 0x0c) out += '\n';
		else if (code === 0x09) out += ' ';
		else if (code === 0x1e) out += '-';
		else if (code === 0xa0) out += ' ';
		else if (code < 0x20 || code === 0x1f) continue;
		else out += ch;
	}
	return out;
}

/** A membership test for sorted, disjoint [start, end) ranges. */
function within(ranges: [number, number][]): (x: number) => boolean {
	ranges.sort((a, b) => a[0] - b[0]);
	return (x) => {
		let lo = 0, hi = ranges.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const [a, b] = ranges[mid]!;
			if (x < a) hi = mid - 1;
			else if (x >= b) lo = mid + 1;
			else return true;
		}
		return false;
	};
}

/** Whether a paragraph's sprms put it in a table and make it a row end, following sprmPHugePapx into the Data stream. */
function tableKind(grpprl: Uint8Array, data: Uint8Array | undefined): { inTable: boolean; rowEnd: boolean } {
	const kind = { inTable: false, rowEnd: false };
	walkSprms(grpprl, (sprm, operand) => {
		if ((sprm === 0x2417 || sprm === 0x244c) && operand[0] === 1) kind.rowEnd = true;
		if (sprm === 0x2416 && operand[0] === 1) kind.inTable = true;
		if (sprm === 0x6649 && (operand[0]! | (operand[1]! << 8)) > 0) kind.inTable = true;
		if (sprm === 0x6646 && data && operand.length >= 4) {
			const off = (operand[0]! | (operand[1]! << 8) | (operand[2]! << 16) | (operand[3]! << 24)) >>> 0;
			if (off + 2 <= data.length) {
				const cb = data[off]! | (data[off + 1]! << 8);
				const huge = tableKind(data.subarray(off + 2, off + 2 + cb), undefined);
				kind.rowEnd ||= huge.rowEnd;
				kind.inTable ||= huge.inTable;
			}
		}
	});
	return kind;
}

/** Call `visit` for each sprm of a grpprl with its operand ([MS-DOC] 2.2.5.1, Sprm.spra sizes). */
function walkSprms(grpprl: Uint8Array, visit: (sprm: number, operand: Uint8Array) => void): void {
	let i = 0;
	while (i + 2 <= grpprl.length) {
		const sprm = grpprl[i]! | (grpprl[i + 1]! << 8);
		i += 2;
		const spra = sprm >> 13;
		let size: number;
		if (spra === 0 || spra === 1) size = 1;
		else if (spra === 2 || spra === 4 || spra === 5) size = 2;
		else if (spra === 3) size = 4;
		else if (spra === 7) size = 3;
		else if (sprm === 0xd608 || sprm === 0xd606) {
			// sprmTDefTable(10): a two-byte length, counted from after its first byte
			if (i + 2 > grpprl.length) return;
			size = (grpprl[i]! | (grpprl[i + 1]! << 8)) + 1;
		} else {
			if (i >= grpprl.length) return;
			size = grpprl[i]! + 1;
		}
		if (i + size > grpprl.length) return;
		const operand = spra === 6 && !(sprm === 0xd608 || sprm === 0xd606) ? grpprl.subarray(i + 1, i + size) : grpprl.subarray(i, i + size);
		visit(sprm, operand);
		i += size;
	}
}
