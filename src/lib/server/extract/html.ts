/**
 * HTML → report text. Two callers:
 * - a page saved from a government portal (`readHtml`): decoded by its real encoding, stripped of site chrome
 *   (navigation, breadcrumbs, meta line, share buttons, footer), reduced to the element that holds the report body;
 * - a fragment made from a DOCX by mammoth (`htmlToText(html, { page: false })`), which has no chrome.
 *
 * Every `<table>` that holds data becomes one line per row with cells joined by TAB, the shape the parser reads in the
 * seeds (`samples/seeds/*.txt`): `rowspan`/`colspan` are expanded so that a spanned place is an empty cell, which puts
 * a row-group label on the first row of its group and leading tabs on the others, e.g. for seed 001
 *   `三、本年度办理结果\t（一）予以公开\t\t6\t0…`   then   `\t（二）部分公开…\t\t20\t0…`.
 * A cell's own line breaks (`<br>`, `<p>`) are joined into one cell. Word-exported markup (`<o:p>`, `mso-` styles,
 * `mso-hide:all`, conditional comments) and entities are handled by the parser (htmlparser2) and the hidden-element rule.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element, ParentNode } from 'domhandler';
import { ReportError } from '../../model/errors.ts';
import { detectEncoding, type TextEncoding } from './text.ts';
import { joinWrapped } from './wrap.ts';

/** Tags whose content is never report text. */
const DROP = new Set([
	'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math', 'select', 'option',
	'button', 'input', 'textarea', 'link', 'meta', 'head', 'map', 'audio', 'video', 'img', 'picture', 'source',
]);
/** Site chrome by element name (HTML5 portals). `header` only outside the article, where it is the site's banner. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form']);
/** Site chrome by class or id, as government portals name it (English and pinyin: dqwz = 当前位置, ewm = 二维码). */
const CHROME_NAME =
	/(^|[\s_-])(nav|navbar|navigation|menu|submenu|breadcrumbs?|crumbs?|bread|share|bdshare|bdsharebuttonbox|footer|foot|top-?bar|toolbar|tools|sidebar|side|left-?menu|search|login|friend-?links?|links|copyright|go-?top|position|location|dqwz|weizhi|qrcode|ewm|header|banner|logo|fontsize|zihao|print|close|article-info|info-bar|pageinfo|xgwz|related)([\s_\d-]|$)/i;
/** Chrome is small: an element that matches CHROME_NAME but holds this much text (or a table) is kept. */
const CHROME_MAX_TEXT = 400;
/** HTML's block-level elements: each starts and ends a line. */
const BLOCK = new Set([
	'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
	'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
	'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'title', 'table',
	'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'legend',
]);
/** A span larger than this is a typo or an attack, not a report table (HTML itself caps colspan at 1000). */
const MAX_SPAN = 200;

export interface HtmlOptions {
	/** A whole page from a portal: drop site chrome and keep the element that holds the report. Default true. */
	page?: boolean;
}

/**
 * Decode a saved web page and turn it into report text; throws ReportError when its bytes are not text.
 * @example readHtml(readFileSync('report.html'), 'report.html') // { text: '…\n三、收到…\n…', encoding: 'gb18030' }
 */
export function readHtml(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding | string } {
	const { html, encoding } = decodeHtml(bytes, file);
	const text = htmlToText(html);
	if (!text.trim()) throw new ReportError(file, '网页中没有正文文字 / the page has no body text');
	return { text, encoding };
}

/**
 * The text of an HTML page or fragment, one line per paragraph and one TAB-separated line per table row.
 * @example htmlToText('<table><tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>6</td></tr><tr><td>（二）部分公开</td><td>20</td></tr></table>', { page: false })
 * // '三、本年度办理结果\t（一）予以公开\t6\n\t（二）部分公开\t20'
 */
export function htmlToText(html: string, options: HtmlOptions = {}): string {
	const page = options.page ?? true;
	const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
	let root: ParentNode = findFirst(doc, (e) => e.name === 'body') ?? doc;
	let titleLine: string | null = null;
	if (page) {
		removeChrome(root, false);
		const content = findContent(root);
		const title = pageTitle(doc);
		if (content !== root) {
			root = content;
			if (title && !squeeze(textOf(root)).includes(squeeze(title).slice(0, 12))) titleLine = title;
		}
	}
	const out = new LineWriter();
	if (titleLine) out.line(titleLine);
	renderChildren(root, out);
	out.flush();
	return out.lines.join('\n');
}

// ─── encoding ────────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The page's real encoding. A `<meta charset>` is honoured only when the bytes agree with it: portals often declare
 * gb2312 for pages stored as UTF-8 (and the reverse), and a clean UTF-8 decode of Chinese text does not happen by
 * accident, so valid UTF-8 with non-ASCII bytes wins over a GBK declaration.
 */
export function decodeHtml(bytes: Uint8Array, file: string): { html: string; encoding: string } {
	const bom = detectBom(bytes);
	const sniffed = bom ?? sniffUtf16(bytes);
	if (sniffed) return { html: new TextDecoder(sniffed).decode(bytes), encoding: sniffed };
	const declared = declaredCharset(bytes);
	const candidates: string[] = [];
	if (hasNonAscii(bytes)) candidates.push('utf-8');
	if (declared) candidates.push(declared);
	candidates.push('utf-8', 'gb18030');
	for (const encoding of candidates) {
		const html = decodeStrict(bytes, encoding);
		if (html !== null) return { html, encoding };
	}
	throw new ReportError(file, `网页编码无法识别（声明为 ${declared ?? '无'}，但不是有效的 UTF-8 或 GB18030） / cannot decode the page (declared ${declared ?? 'none'})`);
}

function detectBom(bytes: Uint8Array): TextEncoding | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return null;
}

function sniffUtf16(bytes: Uint8Array): TextEncoding | null {
	const e = detectEncoding(bytes.subarray(0, Math.min(bytes.length, 4096) & ~1));
	return e === 'utf-16le' || e === 'utf-16be' ? e : null;
}

/** The charset named by `<meta charset>`, `<meta http-equiv=Content-Type content=…charset=…>` or `<?xml encoding>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
	const head = latin1(bytes.subarray(0, 4096));
	const m =
		/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
	if (!m) return null;
	const label = m[1]!.toLowerCase();
	if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|csgb2312|chinese|iso-ir-58)$/.test(label)) return 'gb18030';
	if (/^(utf-?8|unicode-1-1-utf-8)$/.test(label)) return 'utf-8';
	try {
		return new TextDecoder(label).encoding;
	} catch {
		return null;
	}
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

function hasNonAscii(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
	return false;
}

function latin1(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
	return s;
}

// ─── chrome and content ──────────────────────────────────────────────────────────────────────────────────────────────

function isElement(n: ChildNode | ParentNode): n is Element {
	return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function findFirst(n: ParentNode, test: (e: Element) => boolean): Element | null {
	for (const c of n.children) {
		if (!isElement(c)) continue;
		if (test(c)) return c;
		const f = findFirst(c, test);
		if (f) return f;
	}
	return null;
}

function isHidden(e: Element): boolean {
	if ('hidden' in e.attribs) return true;
	const style = (e.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
	return /display:none|visibility:hidden|mso-hide:all/.test(style);
}

function hasTable(e: Element): boolean {
	return findFirst(e, (x) => x.name === 'table') !== null;
}

/** Remove navigation, breadcrumbs, share buttons, footers and the like, in place. */
function removeChrome(n: ParentNode, insideArticle: boolean): void {
	n.children = n.children.filter((c) => {
		if (!isElement(c)) return true;
		if (DROP.has(c.name) || isHidden(c)) return false;
		if (CHROME_TAGS.has(c.name)) return false;
		if (c.name === 'header' && !insideArticle) return false;
		const names = `${c.attribs.class ?? ''} ${c.attribs.id ?? ''}`;
		if (CHROME_NAME.test(names) && !hasTable(c) && collapse(textOf(c)).length <= CHROME_MAX_TEXT) return false;
		if (c.name !== 'table' && isMetaLine(c)) return false;
		removeChrome(c, insideArticle || c.name === 'article' || c.name === 'main');
		return true;
	});
}

/** The article's meta line, "发布时间：2026-01-20 来源：本站 浏览次数：128 字号：大 中 小", in an element of its own. */
function isMetaLine(e: Element): boolean {
	const text = collapse(textOf(e));
	return text.length <= 160 && /^(发布时间|发布日期|成文日期|日期|时间|来源|信息来源|文章来源|发布机构|浏览次数|访问次数|点击数|阅读次数|字号)\s*[:：]/.test(text);
}

/**
 * The element that holds the report: walk down from `<body>` while one child holds nearly all of the text that is not
 * link text (portal chrome is short or made of links), and stop where the text divides among several children.
 */
function findContent(root: ParentNode): ParentNode {
	let node = root;
	for (;;) {
		const total = bodyTextLength(node);
		if (total === 0) return node;
		let best: Element | null = null;
		let bestLength = 0;
		for (const c of node.children) {
			if (!isElement(c)) continue;
			const length = bodyTextLength(c);
			if (length > bestLength) [best, bestLength] = [c, length];
		}
		if (!best || bestLength < total * 0.9 || best.name === 'table' || best.name === 'p') return node;
		node = best;
	}
}

function bodyTextLength(n: ParentNode): number {
	let length = 0;
	for (const c of n.children) {
		if (c.type === 'text') length += c.data.replace(/\s+/g, '').length;
		else if (isElement(c) && c.name !== 'a') length += bodyTextLength(c);
	}
	return length;
}

/** The report's title as the page gives it: its `<h1>`, `<meta name="ArticleTitle">`, or `<title>` less the site name. */
function pageTitle(doc: ParentNode): string | null {
	const h1 = findFirst(doc, (e) => e.name === 'h1');
	const fromH1 = h1 ? collapse(textOf(h1)) : '';
	if (fromH1) return fromH1;
	const meta = findFirst(doc, (e) => e.name === 'meta' && /^articletitle$/i.test(e.attribs.name ?? ''));
	const fromMeta = collapse(meta?.attribs.content ?? '');
	if (fromMeta) return fromMeta;
	const title = findFirst(doc, (e) => e.name === 'title');
	const fromTitle = title ? collapse(textOf(title)).split(/\s*[_|｜—-]\s*/)[0] ?? '' : '';
	return fromTitle || null;
}

function textOf(n: ChildNode | ParentNode): string {
	if (n.type === 'text') return n.data;
	if (!('children' in n)) return '';
	if (isElement(n) && (DROP.has(n.name) || isHidden(n))) return '';
	let s = '';
	for (const c of n.children) s += textOf(c);
	return s;
}

/** All white space removed, for comparing texts whose line breaks differ. */
function squeeze(s: string): string {
	return s.replace(/[\s\u00a0\u3000]+/g, '');
}

/** Collapse HTML white space (not NBSP, which is content until a line is trimmed). */
function collapse(s: string): string {
	return s.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

// ─── rendering ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Collects inline text into lines; a block boundary or `<br>` ends the current line. */
class LineWriter {
	lines: string[] = [];
	private current = '';
	text(s: string): void {
		this.current += s;
	}
	flush(): void {
		const line = trimLine(this.current.replace(/[ \t\n\r\f]+/g, ' '));
		if (line) this.lines.push(line);
		this.current = '';
	}
	line(s: string): void {
		this.flush();
		if (s) this.lines.push(s);
	}
}

/** Trim a line or a cell: ASCII white space, NBSP (Word's `&nbsp;` cells) and the ideographic space of indents. */
function trimLine(s: string): string {
	return s.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

function renderChildren(n: ParentNode, out: LineWriter): void {
	for (const c of n.children) renderNode(c, out);
}

function renderNode(n: ChildNode, out: LineWriter): void {
	if (n.type === 'text') {
		out.text(n.data);
		return;
	}
	if (!isElement(n) || DROP.has(n.name) || isHidden(n)) return;
	if (n.name === 'br') {
		out.flush();
		return;
	}
	if (n.name === 'table' && !hasNestedTable(n)) {
		out.flush();
		for (const row of tableRows(n)) out.line(row.join('\t'));
		return;
	}
	if (n.name === 'pre') {
		out.flush();
		for (const l of textOf(n).split(/\r?\n/)) out.line(trimLine(l));
		return;
	}
	const block = BLOCK.has(n.name);
	if (block) out.flush();
	renderChildren(n, out);
	if (block) out.flush();
}

/** A table that holds another table lays out the page (old portals); its cells are rendered as blocks. */
function hasNestedTable(table: Element): boolean {
	return findFirst(table, (e) => e.name === 'table') !== null;
}

/**
 * The rows of a data table as cell texts, with rowspan/colspan expanded: a place covered by a span from the left or
 * from above is an empty cell. Rows whose cells are all empty (spacers) are left out.
 */
export function tableRows(table: Element): string[][] {
	const trs: Element[] = [];
	const collect = (n: ParentNode) => {
		for (const c of n.children) {
			if (!isElement(c) || isHidden(c)) continue;
			if (c.name === 'tr') trs.push(c);
			else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') collect(c);
		}
	};
	collect(table);
	const grid: string[][] = [];
	const covered: boolean[][] = [];
	trs.forEach((tr, r) => {
		grid[r] ??= [];
		covered[r] ??= [];
		let c = 0;
		for (const cell of tr.children) {
			if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th') || isHidden(cell)) continue;
			while (covered[r]![c]) c++;
			const colspan = span(cell.attribs.colspan);
			const rowspan = span(cell.attribs.rowspan);
			for (let dr = 0; dr < rowspan && r + dr < trs.length; dr++) {
				grid[r + dr] ??= [];
				covered[r + dr] ??= [];
				for (let dc = 0; dc < colspan; dc++) {
					covered[r + dr]![c + dc] = true;
					grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? cellText(cell) : '';
				}
			}
			c += colspan;
		}
	});
	const width = Math.max(0, ...grid.map((r) => r.length));
	return grid
		.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''))
		.filter((r) => r.some((cell) => cell !== ''));
}

function span(value: string | undefined): number {
	const n = Number.parseInt(value ?? '1', 10);
	return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** One cell's text on one line: its own line breaks are joined (without a space between Chinese characters). */
function cellText(cell: Element): string {
	const inner = new LineWriter();
	renderChildren(cell, inner);
	inner.flush();
	return joinWrapped(inner.lines.map((l) => l.replace(/\t/g, ' ')));
}

