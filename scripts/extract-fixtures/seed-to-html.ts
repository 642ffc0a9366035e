/**
 * Seed report text → an HTML document with real tables, the input from which LibreOffice makes the
 * DOCX, DOC and PDF fixtures, and (with `--portal`) a government-portal page with site chrome around it.
 *
 * Each run of tab-separated lines becomes one `<table>`, each line one `<tr>`, each tab-separated cell one `<td>`
 * (blank lines inside a run are skipped); every other non-blank line becomes a `<p>`. With `--portal` the table
 * cells are merged the way portals publish them: an empty cell below a row-group label (the seeds' "label only on
 * the first row of its group") becomes part of that label's `rowspan`, and empty cells between a cell and the next
 * filled one become its `colspan`, so that flattening the page again must give back exactly the seed's rows.
 * The chrome (navigation, breadcrumbs, share buttons, footer) is synthetic and says so; the report body is the seed's.
 *
 *   npx tsx scripts/extract-fixtures/seed-to-html.ts SEED.txt [--portal] > OUT.html
 */
import { readFileSync } from 'node:fs';

const [file, ...flags] = process.argv.slice(2);
if (!file) throw new Error('usage: seed-to-html.ts SEED.txt [--portal]');
const portal = flags.includes('--portal');
const lines = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split('\n');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };
const blocks: Block[] = [];
for (let i = 0; i < lines.length; i++) {
	const line = lines[i]!;
	if (!line.includes('\t')) {
		if (line.trim()) blocks.push({ kind: 'p', text: line.trim() });
		continue;
	}
	const rows: string[][] = [];
	while (i < lines.length) {
		const l = lines[i]!;
		if (l.includes('\t')) rows.push(l.split('\t').map((c) => c.trim()));
		else if (l.trim() || !(lines.slice(i + 1).find((x) => x.trim()) ?? '').includes('\t')) break;
		i++;
	}
	i--;
	blocks.push({ kind: 'table', rows });
}

function plainTable(rows: string[][]): string {
	const width = Math.max(...rows.map((r) => r.length));
	const trs = rows.map((r) => '<tr>' + Array.from({ length: width }, (_, c) => `<td>${escape(r[c] ?? '')}</td>`).join('') + '</tr>');
	return `<table border="1" cellspacing="0" cellpadding="2">\n${trs.join('\n')}\n</table>`;
}

/** Merge empty cells into spans so that rowspan/colspan flattening (empty cells in spanned places) restores `rows`. */
function spannedTable(rows: string[][]): string {
	const width = Math.max(...rows.map((r) => r.length));
	const grid = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
	const taken = grid.map((r) => r.map(() => false));
	const labelColumns = 2;
	const out: string[] = [];
	for (let r = 0; r < grid.length; r++) {
		const tds: string[] = [];
		for (let c = 0; c < width; c++) {
			if (taken[r]![c]) continue;
			const text = grid[r]![c]!;
			let rowspan = 1;
			let colspan = 1;
			if (text && c < labelColumns) {
				// a row-group label: the empty cells below it, in rows that go on further right, belong to it
				while (r + rowspan < grid.length && !grid[r + rowspan]![c] && !taken[r + rowspan]![c] && grid[r + rowspan]!.slice(c + 1).some(Boolean)) rowspan++;
			}
			if (text && rowspan === 1) {
				let k = c + 1;
				while (k < width && !grid[r]![k] && !taken[r]![k]) k++;
				if (k < width && grid[r]![k]) colspan = k - c;
			}
			for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) taken[r + dr]![c + dc] = true;
			const attrs = (rowspan > 1 ? ` rowspan="${rowspan}"` : '') + (colspan > 1 ? ` colspan="${colspan}"` : '');
			tds.push(`<td${attrs}>${escape(text) || '&nbsp;'}</td>`);
		}
		out.push('<tr>' + tds.join('') + '</tr>');
	}
	return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n${out.join('\n')}\n</tbody>\n</table>`;
}

const body = blocks.map((b) => (b.kind === 'p' ? `<p>${escape(b.text)}</p>` : portal ? spannedTable(b.rows) : plainTable(b.rows))).join('\n');
const title = blocks.filter((b): b is { kind: 'p'; text: string } => b.kind === 'p').slice(0, 2).map((b) => b.text).join('');

if (!portal) {
	process.stdout.write(`<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:"Noto Serif CJK SC";font-size:10.5pt} td{font-size:9pt;border:1px solid #000} table{border-collapse:collapse}</style></head>
<body>\n${body}\n</body></html>\n`);
} else {
	const charset = flags.find((f) => f.startsWith('--charset='))?.slice(10) ?? 'utf-8';
	process.stdout.write(`<!DOCTYPE html>
<!-- Synthetic site chrome (navigation, breadcrumbs, meta line, share buttons, footer) around a real report body. -->
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escape(title)}_政府信息公开年报_某县人民政府门户网站</title>
<meta name="ArticleTitle" content="${escape(title)}">
<script>var _hmt = _hmt || []; document.write("<div>统计代码</div>");</script>
<style>.nav li{display:inline}</style>
</head>
<body>
<div class="header"><div class="logo">某县人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul>
<form class="search"><input type="text" name="q" value="请输入关键字"><button>搜索</button></form></div>
<div class="main">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>
<div class="left-menu"><ul><li><a href="/zwgk/zn/">政府信息公开指南</a></li><li><a href="/zwgk/zd/">政府信息公开制度</a></li><li><a href="/zwgk/nb/">政府信息公开年报</a></li></ul></div>
<div class="article">
<h1 class="article-title">${escape(title)}</h1>
<div class="article-info">发布时间：2026-01-20 10:00　来源：本站　浏览次数：<span id="hits">128</span>　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="TRS_Editor" id="zoom">
${body}
</div>
<div class="share">分享到：<a href="#" class="bds_weixin">微信</a> <a href="#" class="bds_tsina">微博</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><p>主办单位：某县人民政府办公室　<a href="#">网站地图</a>　<a href="#">联系我们</a></p><p>ICP备案号：某ICP备00000000号　网站标识码：0000000000</p></div>
</body>
</html>
`);
}
