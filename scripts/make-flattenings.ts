/**
 * Writes the flattening fixtures of the parser tests (test/fixtures/flattenings/, documented in its README.md):
 * the same real report text laid out the ways the template reaches us (pipe tables, one cell per line, glued digits,
 * page debris, full-width digits, placeholders for zero, markdown, label variants, other encodings), plus the
 * negative cases (one controlled change each) and the bad inputs.
 *
 * Every fixture is made from real text: the five seeds in samples/seeds/ and, for glued digits, a real crawled page
 * of samples/corpus/. Each transform below touches only what its name says, so the values a correct parser reads from
 * a fixture are the seed's values in samples/seeds/expected.json (hand-checked), unless the README says otherwise.
 * The output is deterministic; test/parse/flattenings.test.ts checks that the committed files are what this makes.
 *
 *   npx tsx scripts/make-flattenings.ts          # (re)write the fixtures
 *   npx tsx scripts/make-flattenings.ts --check  # exit 1 if a committed fixture differs from what this makes
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FLATTENINGS_DIR = join(ROOT, 'test/fixtures/flattenings');
const SEEDS_DIR = join(ROOT, 'samples/seeds');
const CORPUS_DIR = join(ROOT, 'samples/corpus');

/** Seed ids (the file-name prefix) → file names in samples/seeds/. */
export const SEED_FILES = {
	'000': '000_46f37372c73c045b.txt',
	'001': '001_2c482d7ddbf02051.txt',
	'002': '002_ab0d0af294131029.txt',
	'003': '003_68caea55f47a0fc2.txt',
	'004': '004_7f2ebbd01c28b404.txt'
} as const;
export type SeedId = keyof typeof SEED_FILES;

// ---------------------------------------------------------------------------------------------------------------
// Finding the three tables of a seed. Seeds are tab-separated: a table line is a line with a tab, between the
// headings 二、主动公开… (table 2), 三、收到和处理… (table 3), 四、…行政复议… (table 4) and 五、存在的主要问题….

type TableNo = 2 | 3 | 4;

interface Layout {
	lines: string[];
	/** Table number of each line, or null outside the tables (headings, narrative). */
	table: (TableNo | null)[];
}

function layout(text: string): Layout {
	const lines = text.split('\n');
	const at = (pattern: RegExp) => {
		const i = lines.findIndex((l) => !l.includes('\t') && pattern.test(l));
		if (i < 0) throw new Error(`seed has no heading ${pattern}`);
		return i;
	};
	const h2 = at(/二、主动公开政府信息情况/);
	const h3 = at(/三、收到和处理政府信息公开申请情况/);
	const h4 = at(/四、政府信息公开行政复议/);
	const h5 = at(/五、存在的主要问题/);
	const table = lines.map((_, i): TableNo | null => (i > h2 && i < h3 ? 2 : i > h3 && i < h4 ? 3 : i > h4 && i < h5 ? 4 : null));
	return { lines, table };
}

const isNumber = (cell: string) => /^\d+(\.\d+)?$/.test(cell.trim());
const isTableLine = (l: Layout, i: number) => l.table[i] !== null && l.lines[i]!.includes('\t');

/** Table-3 lines above the first data row (本年新收) are its header. */
function isTable3Header(l: Layout, i: number): boolean {
	if (l.table[i] !== 3) return false;
	const first = l.lines.findIndex((line, j) => l.table[j] === 3 && /本年新收/.test(line));
	return i < first;
}

/** Table-4 lines above its row of 15 numbers are its header. */
function isTable4Header(l: Layout, i: number): boolean {
	if (l.table[i] !== 4) return false;
	const data = l.lines.findIndex((line, j) => l.table[j] === 4 && line.includes('\t') && line.split('\t').every(isNumber));
	return i < data;
}

/** Row-group labels of table 3: 一、/二、/四、 rows and (一)…(七); the group label stands only on a group's first row. */
const GROUP_START = /^(?:[一二四]、|[（(][一二三四五六七][）)])/;
const startsGroup = (cells: string[]) => cells.some((c) => GROUP_START.test(c.trim()));

/**
 * Rewrite every table line (a line with a tab inside tables 2–4) with `fn`, which returns the replacement lines.
 * Other lines (headings, narrative, blank lines) stay as they are.
 */
function mapTableLines(text: string, fn: (cells: string[], i: number, l: Layout) => string[]): string {
	const l = layout(text);
	const out: string[] = [];
	l.lines.forEach((line, i) => {
		if (isTableLine(l, i)) out.push(...fn(line.split('\t'), i, l));
		else out.push(line);
	});
	return out.join('\n');
}

/** The first table line of each table (where a markdown converter puts the `|---|` separator after). */
function isFirstOfTable(l: Layout, i: number): boolean {
	const t = l.table[i];
	return t !== null && l.lines.findIndex((_, j) => l.table[j] === t && isTableLine(l, j)) === i;
}

const pipeRow = (cells: string[]) => `| ${cells.map((c) => c.trim()).join(' | ')} |`;
const pipeSeparator = (n: number) => `|${'---|'.repeat(n)}`;

// ---------------------------------------------------------------------------------------------------------------
// The flattenings. Each takes a seed's text and returns the flattened text.

/** `|` pipe tables, as an HTML→markdown converter writes them: a `|---|` line after each table's first row. */
export function toPipeTables(text: string): string {
	return mapTableLines(text, (cells, i, l) => (isFirstOfTable(l, i) ? [pipeRow(cells), pipeSeparator(cells.length)] : [pipeRow(cells)]));
}

/**
 * One small pipe table per row group of table 3 (a converter that splits the table where the printed row spans end):
 * a blank line, then the group's first row with a `|---|` line under it. Tables 2 and 4 are plain pipe tables.
 */
export function toPipeTablePerGroup(text: string): string {
	return mapTableLines(text, (cells, i, l) => {
		if (l.table[i] === 3 && !isTable3Header(l, i) && startsGroup(cells)) return ['', pipeRow(cells), pipeSeparator(cells.length)];
		return isFirstOfTable(l, i) ? [pipeRow(cells), pipeSeparator(cells.length)] : [pipeRow(cells)];
	});
}

/**
 * Pipe tables whose header rows were replaced by generic column names, as some sites publish them:
 * table 3's three header rows → `| 项目 | 数据1 | … | 数据7 |` (8 names over rows of 10 cells: the header does not match
 * the data below it), table 4's header → `| 数据1 | … | 数据15 |`, each 信息内容 row of table 2 → `| 项目 | 数据1 | … |`.
 */
export function toDataHeaders(text: string): string {
	const named = (n: number, first: string[] = []) => pipeRow([...first, ...Array.from({ length: n }, (_, k) => `数据${k + 1}`)]);
	return mapTableLines(text, (cells, i, l) => {
		let row: string;
		if (isTable3Header(l, i)) {
			if (l.lines.findIndex((_, j) => isTable3Header(l, j) && isTableLine(l, j)) !== i) return [];
			row = named(7, ['项目']);
		} else if (isTable4Header(l, i)) {
			if (l.lines.findIndex((_, j) => isTable4Header(l, j) && isTableLine(l, j)) !== i) return [];
			row = named(15);
		} else if (cells[0]!.trim() === '信息内容') {
			row = named(cells.filter((c) => c.trim()).length - 1, ['项目']);
		} else {
			row = pipeRow(cells);
		}
		const width = row.split('|').length - 2;
		return isFirstOfTable(l, i) || isTable3Header(l, i) || isTable4Header(l, i) ? [row, pipeSeparator(width)] : [row];
	});
}

/** One cell per line, as text copied out of an HTML table: each non-empty cell on its own line, empty cells gone. */
export function toCellPerLine(text: string): string {
	return mapTableLines(text, (cells) => cells.map((c) => c.trim()).filter((c) => c !== ''));
}

/**
 * Glued digits, as in the crawled pages of samples/corpus/: the title lines stay, then the whole body is one line,
 * each table row's cells concatenated with no separator at all (`一、本年新收政府信息公开申请数量280000129`), and the
 * next row's label (with its ordinal, `…00000002.其他法律…`) straight after the previous row's digits.
 */
export function toGlued(text: string): string {
	const lines = text.split('\n');
	const title = lines.findIndex((l) => /年度报告/.test(l));
	const l = layout(text);
	const body = l.lines
		.map((line, i) => (i <= title ? '' : isTableLine(l, i) ? line.split('\t').map((c) => c.trim()).join('') : line.trim()))
		.filter((line, i) => i > title && line !== '');
	return [...lines.slice(0, title + 1), body.join(''), ''].join('\n');
}

/**
 * Page-break debris inside the tables, as PDF-to-text and page-scrape tools leave it: page numbers ("— 3 —", "- 2 -",
 * "第 3 页 共 4 页"), a breadcrumb and share buttons, with blank lines. The debris holds digits (3, 2, 4) on purpose.
 */
export function withPageDebris(text: string): string {
	const l = layout(text);
	const out: string[] = [];
	l.lines.forEach((line, i) => {
		if (l.table[i] === 4 && isTableLine(l, i) && line.split('\t').every(isNumber)) out.push('分享到：微信 微博 QQ', '');
		out.push(line);
		if (l.table[i] === 2 && /^行政规范性文件\t/.test(line)) out.push('', '- 2 -', '');
		if (l.table[i] === 3 && /8\.属于行政查询事项/.test(line)) out.push('', '— 3 —', '', '第 3 页 共 4 页', '首页 > 政务公开 > 政府信息公开年报', '');
	});
	return out.join('\n');
}

/** Full-width digits (０-９) everywhere, titles and narrative included. */
export function toFullWidthDigits(text: string): string {
	return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Every table cell that is "0" written as `placeholder` instead ("—", "/", "-", or "" for an empty cell). */
export function withZeroAs(placeholder: string): (text: string) => string {
	return (text) => mapTableLines(text, (cells) => [cells.map((c) => (c.trim() === '0' ? placeholder : c)).join('\t')]);
}

/**
 * Markdown as an editor or converter writes it (seeds 001-003 have some): `#` title, `##` section headings,
 * bold lead-ins of the 一(一)…(五) paragraphs, bold table-header cells (tables 3 and 4, table 2's 信息内容 rows), and
 * section 五's 一是/二是 items as `-` bullets.
 */
export function toMarkdown(text: string): string {
	const l = layout(text);
	const title = l.lines.findIndex((line) => /年度报告/.test(line));
	return l.lines
		.flatMap((line, i) => {
			if (i <= title && line.trim()) return [`# ${line.trim()}`];
			if (isTableLine(l, i) && (isTable3Header(l, i) || isTable4Header(l, i) || /^信息内容\t/.test(line)))
				return [line.split('\t').map((c) => (c.trim() ? `**${c.trim()}**` : c)).join('\t')];
			if (l.table[i] === null && /^[一二三四五六]、/.test(line)) return [`## ${line}`];
			const leadIn = /^(（[一二三四五]）[^。：]{2,12}[。：])(.*)$/.exec(line);
			if (leadIn) return [`**${leadIn[1]}**${leadIn[2]}`];
			// "存在的主要问题：一是…；二是…。" → a bold lead-in and one bullet per 一是/二是 item.
			const items = /^([^：]{2,10}：)(一是.*)$/.exec(line);
			if (items) return [`**${items[1]}**`, '', ...items[2]!.split(/(?=[一二三四五]是)/).map((item) => `- ${item}`)];
			return [line];
		})
		.join('\n');
}

/**
 * Row labels replaced by variants and typos seen in real reports (DOMAIN.md §1.5, TEMPLATE.md): 其他法律法规禁止公开
 * (already in seed 001), 属于三类内容事务信息, 逾期未接收费用通知, 危及三安全一稳定 without quotes, "1. 属于国家秘密" with a space,
 * 结转下一年度继续办理, and 合计 for (七)总计 and for the 总计 column header.
 */
export function withLabelVariants(text: string): string {
	const variants: [RegExp, string][] = [
		[/属于三类内部事务信息/, '属于三类内容事务信息'],
		[/逾期未按收费通知要求缴纳费用/, '逾期未接收费用通知要求缴纳费用'],
		[/危及“三安全一稳定”/, '危及三安全一稳定'],
		[/^1\.属于国家秘密$/, '1. 属于国家秘密'],
		[/^四、结转下年度继续办理$/, '四、结转下一年度继续办理'],
		[/^[（(]七[）)]\s*总计$/, '(七) 合计'],
		[/^总计$/, '合计']
	];
	return mapTableLines(text, (cells, i, l) => [
		cells.map((c) => (l.table[i] === 3 ? variants.reduce((cell, [from, to]) => cell.replace(from, to), c) : c)).join('\t')
	]);
}

/**
 * Table-3 row labels broken across lines, as PDF-to-text leaves long cells (seed 001 has one: "2.其他法律法规" /
 * "禁止公开"). A label of 13–18 characters goes on two lines, the numbers on the first; a longer one on three lines,
 * the numbers on the middle one (a vertically centred row). Continuation lines keep the row's tabs, cells empty.
 */
export function withWrappedLabels(text: string): string {
	return mapTableLines(text, (cells, i, l) => {
		if (l.table[i] !== 3 || isTable3Header(l, i)) return [cells.join('\t')];
		const first = cells.findIndex(isNumber);
		const label = cells.findLastIndex((c, k) => k < first && c.trim() !== '');
		const text = label >= 0 ? cells[label]!.trim() : '';
		if (first < 0 || text.length < 13) return [cells.join('\t')];
		const parts = text.length <= 18 ? 2 : 3;
		const size = Math.ceil(text.length / parts);
		const chunks = Array.from({ length: parts }, (_, k) => text.slice(k * size, (k + 1) * size));
		const blank = cells.map(() => '');
		const line = (chunk: string, withNumbers: boolean, withGroup: boolean) =>
			cells.map((c, k) => (k === label ? chunk : k > label ? (withNumbers ? c : '') : withGroup ? c : blank[k])).join('\t');
		return parts === 2
			? [line(chunks[0]!, true, true), line(chunks[1]!, false, false)]
			: [line(chunks[0]!, false, true), line(chunks[1]!, true, false), line(chunks[2]!, false, false)];
	});
}

/** The (三)不予公开 group label left out (seed 002 prints none): its first row keeps its place, the label cell empty. */
export function withoutDeniedLabel(text: string): string {
	return mapTableLines(text, (cells) => [cells.map((c) => (/^[（(]三[）)]\s*不予公开$/.test(c.trim()) ? '' : c)).join('\t')]);
}

// ---------------------------------------------------------------------------------------------------------------
// Negative cases: a real text with one controlled change each.

/** Seed 001 without its row "(六)3.其他": that row is absent, and "(七) 总计" below it must not take its place. */
export function withoutOtherOtherRow(text: string): string {
	return mapTableLines(text, (cells) => (cells.some((c) => c.trim() === '3.其他') ? [] : [cells.join('\t')]));
}

/** Seed 001 with "(七) 总计"'s 总计 printed as 29 instead of 28: the row breaks row_total (27+1 ≠ 29) and is kept as printed. */
export function withBrokenProcessedTotal(text: string): string {
	return mapTableLines(text, (cells) => {
		if (!cells.some((c) => /^[（(]七[）)]\s*总计$/.test(c.trim()))) return [cells.join('\t')];
		if (cells.at(-1) !== '28') throw new Error('seed 001 (七) 总计 no longer ends in 28');
		return [[...cells.slice(0, -1), '29'].join('\t')];
	});
}

/**
 * Seed 001 glued, with 11 requests from 法律服务机构 added to both 二、上年结转 and 四、结转下年度 (carried over from last
 * year and still pending): 上年结转 2,0,0,0,0,0,2 → 2,0,0,0,11,0,13 and 结转下年 3,0,0,0,0,0,3 → 3,0,0,0,11,0,14.
 * Glued, "200011013" reads as 2,0,0,0,11,0,13 or 2,0,0,0,1,10,13 (2+1+10 = 13 too), and "300011014" as
 * 3,0,0,0,11,0,14 or 3,0,0,0,1,10,14. The only identity tying these rows to the rest is balance (一+二 = (七)+四, per
 * column): 法律服务机构 0+11 = 0+11 and 0+1 = 0+1, 其他 1+0 = 1+0 and 1+10 = 1+10. So the table has exactly two
 * readings that satisfy every identity (both rows 11/0 or both 1/10; the mixed ones break balance): neither row
 * can be decoded, every other row still can (each has a single reading whose applicants sum to its 总计).
 * A single changed row could never be ambiguous this way: each row is pinned by balance or processed_sum.
 */
export function withAmbiguousCarriedRows(text: string): string {
	const glued = toGlued(text);
	const from = ['二、上年结转政府信息公开申请数量2000002', '四、结转下年度继续办理3000003'];
	const to = ['二、上年结转政府信息公开申请数量200011013', '四、结转下年度继续办理300011014'];
	return from.reduce((t, f, k) => {
		if (!t.includes(f)) throw new Error(`glued seed 001 lacks ${f}`);
		return t.replace(f, to[k]!);
	}, glued);
}

/**
 * Seed 001 glued, with only 二、上年结转 changed as above ("200011013"): its two readings (11 or 1+10 法律服务机构
 * requests) both give 13 = 2+11 = 2+1+10, but neither fits balance any more (结转下年 still has 0 in both columns),
 * so no reading satisfies every identity: the row cannot be decoded, and no "nearest" reading may be picked.
 */
export function withUndecodableCarriedOver(text: string): string {
	const glued = toGlued(text);
	const from = '二、上年结转政府信息公开申请数量2000002';
	if (!glued.includes(from)) throw new Error(`glued seed 001 lacks ${from}`);
	return glued.replace(from, '二、上年结转政府信息公开申请数量200011013');
}

/**
 * Corpus 004 (金井片区 2025, a real glued page) with its two all-zero rows 二、上年结转 and 四、结转下年度 ("0000000")
 * both replaced by its own 本年新收 digits "110000011". That string reads as 11,0,0,0,0,0,11 or 1,10,0,0,0,0,11.
 * (七)总计 "110000011" is pinned to 11,0,… by processed_sum (部分公开 3 + 不掌握 7 + 逾期不补正 1 = 11 自然人, 0 商业企业);
 * balance (一+二 = (七)+四) then still admits three readings of (一, 二, 四): (11|0, 11|0, 11|0), (1|10, 11|0, 1|10) and
 * (11|0, 1|10, 1|10). 一、二 and 四 are each read two ways: all three must stay null; (七) is determined.
 */
export function withAmbiguousCorpus004(text: string): string {
	const rows = ['二、上年结转政府信息公开申请数量 0000000', '四、结转下年度继续办理 0000000'];
	return rows.reduce((t, row) => {
		if (!t.includes(row)) throw new Error(`corpus 004 lacks ${row}`);
		return t.replace(row, row.replace('0000000', '110000011'));
	}, text);
}

/** Seed 001 cut off after (四)3 of table 3, as an interrupted download: sections 四, 五 and 六 and the rest of table 3 missing. */
export function truncatedAfterUnableRows(text: string): string {
	const lines = text.split('\n');
	const cut = lines.findIndex((l) => /^\t\t3\.补正后申请内容仍/.test(l));
	if (cut < 0) throw new Error('seed 001 lacks the (四)3 row');
	return lines.slice(0, cut + 1).join('\n') + '\n';
}

/** Seed 001's sections 五 and 六 alone: real report prose, but no title and no table 3, so not a report. */
export function notAReport(text: string): string {
	const lines = text.split('\n');
	return lines.slice(lines.findIndex((l) => /^五、存在的主要问题/.test(l))).join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes: other encodings and bad inputs.

const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => iconv.encode(text, 'utf16-be', { addBOM: true });
const gb18030 = (text: string) => iconv.encode(text, 'gb18030');

/** 4096 pseudo-random bytes (xorshift32, fixed seed): a binary file with a .txt name. */
function randomBytes(): Buffer {
	const out = Buffer.alloc(4096);
	let x = 0x2c482d7d;
	for (let i = 0; i < out.length; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		out[i] = x & 0xff;
	}
	return out;
}

/** A valid 8×8 grey PNG (an image where a report was expected, e.g. a scanned page saved as a picture). */
function png(): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const head = Buffer.alloc(4);
		head.writeUInt32BE(data.length);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([head, body, crc]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(8, 0);
	ihdr.writeUInt32BE(8, 4);
	ihdr.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, no filter method, no interlace
	const rows = Buffer.concat(Array.from({ length: 8 }, (_, y) => Buffer.from([0, ...Array.from({ length: 8 }, (_, x) => (x + y) * 16)])));
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------------------------------------------------------

/** Every fixture: path relative to test/fixtures/flattenings/ → bytes. */
export function makeFlattenings(): Map<string, Uint8Array> {
	const seed = (id: SeedId) => readFileSync(join(SEEDS_DIR, SEED_FILES[id]), 'utf8');
	const corpus004 = readFileSync(join(CORPUS_DIR, '004-pingtan-jinjing-pianqu-2025.txt'), 'utf8');
	const files = new Map<string, Uint8Array>();
	const text = (name: string, t: string) => files.set(name, Buffer.from(t, 'utf8'));

	for (const id of Object.keys(SEED_FILES) as SeedId[]) text(`${id}-pipe.txt`, toPipeTables(seed(id)));
	const s001 = seed('001');
	text('001-pipe-per-group.txt', toPipeTablePerGroup(s001));
	text('001-pipe-data-header.txt', toDataHeaders(s001));
	text('001-cell-per-line.txt', toCellPerLine(s001));
	text('002-cell-per-line.txt', toCellPerLine(seed('002')));
	text('001-glued.txt', toGlued(s001));
	text('001-page-debris.txt', withPageDebris(s001));
	text('001-fullwidth.txt', toFullWidthDigits(s001));
	text('004-fullwidth.txt', toFullWidthDigits(seed('004')));
	text('001-zero-emdash.txt', withZeroAs('—')(s001));
	text('001-zero-slash.txt', withZeroAs('/')(s001));
	text('001-zero-hyphen.txt', withZeroAs('-')(s001));
	text('001-zero-empty.txt', withZeroAs('')(s001));
	text('001-markdown.txt', toMarkdown(s001));
	text('001-label-variants.txt', withLabelVariants(s001));
	text('001-wrapped-labels.txt', withWrappedLabels(s001));
	text('001-no-denied-label.txt', withoutDeniedLabel(s001));
	text('001-truncated.txt', truncatedAfterUnableRows(s001));

	text('negative/001-no-other-other-row.txt', withoutOtherOtherRow(s001));
	text('negative/001-row-total-broken.txt', withBrokenProcessedTotal(s001));
	text('negative/001-glued-ambiguous.txt', withAmbiguousCarriedRows(s001));
	text('negative/001-glued-undecodable.txt', withUndecodableCarriedOver(s001));
	text('negative/corpus004-glued-ambiguous.txt', withAmbiguousCorpus004(corpus004));

	files.set('001-tabs.bom.txt', utf8Bom(s001));
	files.set('001-tabs.gb18030.txt', gb18030(s001));
	files.set('001-tabs.utf16le.txt', utf16le(s001));
	files.set('001-tabs.utf16be.txt', utf16be(s001));

	text('bad/not-a-report.txt', notAReport(s001));
	files.set('bad/empty.txt', new Uint8Array(0));
	files.set('bad/binary-random.txt', randomBytes());
	files.set('bad/image.png', png());
	return files;
}

function main(): number {
	const check = process.argv.includes('--check');
	let stale = 0;
	for (const [name, bytes] of makeFlattenings()) {
		const path = join(FLATTENINGS_DIR, name);
		if (check) {
			if (!existsSync(path) || !Buffer.from(bytes).equals(readFileSync(path))) {
				process.stderr.write(`${path}: differs from what scripts/make-flattenings.ts makes\n`);
				stale++;
			}
			continue;
		}
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, bytes);
		process.stderr.write(`wrote ${name} (${bytes.length} bytes)\n`);
	}
	return stale ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
