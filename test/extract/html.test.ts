/** HTML flattening on small excerpts shaped like real portal and Word markup; cell values from seed 001. */
import { describe, expect, it } from 'vitest';
import { decodeHtml, htmlToText } from '../../src/lib/server/extract/html.ts';

const fragment = (html: string) => htmlToText(html, { page: false });

describe('tables', () => {
	it('expands rowspan into empty cells below the label (seed 001, lines 59–60)', () => {
		const html = `<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>6</td></tr>
			<tr><td colspan="2">（二）部分公开</td><td>20</td></tr></table>`;
		expect(fragment(html)).toBe('三、本年度办理结果\t（一）予以公开\t\t6\n\t（二）部分公开\t\t20');
	});
	it('expands a rowspan that starts in a later column without shifting the cells after it', () => {
		const html = `<table><tr><td>（三）不予公开</td><td rowspan="2">合并</td><td>0</td></tr><tr><td>1.属于国家秘密</td><td>1</td></tr></table>`;
		expect(fragment(html)).toBe('（三）不予公开\t合并\t0\n1.属于国家秘密\t\t1');
	});
	it('joins a cell broken with <br> or paragraphs into one cell', () => {
		const html = '<table><tr><td>2.其他法律法规<br>禁止公开</td><td><p>0</p></td></tr><tr><td>Deep<br>seek</td><td>1</td></tr></table>';
		expect(fragment(html)).toBe('2.其他法律法规禁止公开\t0\nDeep seek\t1');
	});
	it('reads Word-exported cells: <o:p>, &nbsp; cells, mso styles, hidden spans', () => {
		const html = `<table class=MsoTableGrid><tr style='mso-yfti-irow:0'><td width=100 style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>
			<p class=MsoNormal><span lang=EN-US style='font-size:10.5pt;mso-bidi-font-family:"Times New Roman"'>1.</span><span style='font-family:宋体'>属于国家秘密<o:p></o:p></span></p></td>
			<td><p class=MsoNormal align=center><span lang=EN-US>0<span style='display:none;mso-hide:all'>隐藏</span><o:p></o:p></span></p></td>
			<td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td><td>&#50;&#x39;</td></tr></table>`;
		expect(fragment(html)).toBe('1.属于国家秘密\t0\t\t29');
	});
	it('drops rows whose cells are all empty, keeps rows with one filled cell', () => {
		expect(fragment('<table><tr><td>&nbsp;</td><td></td></tr><tr><td>行政许可</td><td>0</td></tr></table>')).toBe('行政许可\t0');
	});
	it('treats a table holding another table as page layout, not as data', () => {
		const html = '<table><tr><td><p>标题</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>';
		expect(fragment(html)).toBe('标题\n规章\t0');
	});
});

describe('text', () => {
	it('puts each paragraph and <br> on its own line, decodes entities, collapses white space', () => {
		expect(fragment('<p>一、总体情况</p><p>共受理&nbsp;29&nbsp;件，\n  其中征地拆迁领域 26 件<br/>占比 89.6%&lt;说明&gt;</p>')).toBe(
			'一、总体情况\n共受理\u00a029\u00a0件， 其中征地拆迁领域 26 件\n占比 89.6%<说明>',
		);
	});
	it('drops scripts, styles and Word conditional comments', () => {
		expect(fragment('<style>p{}</style><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--><script>x=1</script><p>正文</p>')).toBe('正文');
	});
});

describe('a page', () => {
	it('keeps the article and its title, not the portal around it', () => {
		const html = `<html><head><title>某局2025年政府信息公开工作年度报告_某县政府</title></head><body>
			<div class="top-nav"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
			<div class="location">当前位置：首页 &gt; 年报</div>
			<h1>某局2025年政府信息公开工作年度报告</h1><div class="info">发布时间：2026-01-20</div>
			<div id="zoom"><p>一、总体情况</p><p>本年度共受理政府信息公开申请 3 件，均已按时答复，没有发生行政复议。</p>
			<table><tr><td>行政许可</td><td>12</td></tr></table></div>
			<div class="footer">主办单位：某县人民政府</div></body></html>`;
		expect(htmlToText(html)).toBe('某局2025年政府信息公开工作年度报告\n一、总体情况\n本年度共受理政府信息公开申请 3 件，均已按时答复，没有发生行政复议。\n行政许可\t12');
	});
});

describe('decodeHtml', () => {
	const gbk = (s: string) => new Uint8Array(Buffer.from(s, 'latin1')); // ASCII-only header bytes
	it('honours a gb2312 declaration when the bytes are GB18030', () => {
		const bytes = new Uint8Array([...gbk('<meta charset="gb2312"><p>'), 0xc4, 0xea, 0xb1, 0xa8, ...gbk('</p>')]); // 年报
		expect(decodeHtml(bytes, 'a.html')).toEqual({ html: '<meta charset="gb2312"><p>年报</p>', encoding: 'gb18030' });
	});
	it('prefers UTF-8 when the bytes are UTF-8 whatever the declaration says', () => {
		const bytes = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gbk"><p>年报</p>');
		expect(decodeHtml(bytes, 'a.html').encoding).toBe('utf-8');
	});
});
