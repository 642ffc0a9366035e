/** Title, year, publication date, requests stated, land expropriation and section 五 items, on real excerpts. */
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/lib/parse/doc.ts';
import { readLandExpropriation, readNarrativeRequests, toShare } from '../../src/lib/parse/narrative.ts';
import { readProblems } from '../../src/lib/parse/problems.ts';
import { agencyFromTitle, readPublishedAt } from '../../src/lib/parse/title.ts';

const whole = (text: string) => ({ doc: makeDoc(text), from: 0, to: text.length });

describe('agency from the title', () => {
	it.each([
		['平潭综合实验区交通与建设局2024年度政府信息公开工作年度报告', '平潭综合实验区交通与建设局'],
		['# 凤泉区工业和信息化局 2025 年政府信息公开工作年度报告', '凤泉区工业和信息化局'],
		['息县商务和工业信息化局 2025 年政府信息公开工作 年度报告', '息县商务和工业信息化局'],
		['平潭综合实验区海坛片区管理局 关于2021年度政府信息公开工作年度报告', '平潭综合实验区海坛片区管理局'],
		['2024年淮安市人民政府政府信息公开工作年度报告', '淮安市人民政府'],
		['淮安市人民政府2024年政府信息公开工作年度报告', '淮安市人民政府'],
		['平潭综合实验区地方税务局2013年信息公开年度报告', '平潭综合实验区地方税务局']
	])('reads %s as %s', (title, agency) => expect(agencyFromTitle(title)).toBe(agency));

	it('finds no agency in a title that names none', () => expect(agencyFromTitle('2025 年政府信息公开工作年度报告')).toBeNull());
});

describe('publication date', () => {
	it('reads the crawler header "发布时间: 2025-01-22 20:18"', () => {
		expect(readPublishedAt(makeDoc('标题: X局2024年度政府信息公开工作年度报告\n发布时间: 2025-01-22 20:18\n正文'))?.date).toBe('2025-01-22');
	});
	it('reads a dated signature in Chinese numerals "二○一四年一月十日" at the end', () => {
		expect(readPublishedAt(makeDoc('……常规化、日常化。 二○一四年一月十日 附件下载'))?.date).toBe('2014-01-10');
	});
	it('does not take a date from the middle of the text', () => {
		expect(readPublishedAt(makeDoc('统计期限自2024年1月1日起至2024年12月31日止。' + '正文'.repeat(200)))).toBeNull();
	});
});

describe('requests stated in section 一', () => {
	const count = (text: string) => {
		const { doc, from, to } = whole(text);
		return readNarrativeRequests(doc, from, to)?.count ?? null;
	};
	it('reads "共受理政府信息公开申请 29 件" (seed 001)', () => expect(count('2025 年，渠县人民政府办公室通过线上线下渠道，共受理政府信息公开申请 29 件，其中')).toBe(29));
	it('reads "未收到政府信息公开申请" as 0 (seed 000)', () => expect(count('2025年，我局未收到政府信息公开申请，无行政复议和行政诉讼情况。')).toBe(0));
	it('reads "全年受理依申请公开3件" (corpus 006)', () => expect(count('完善申请接收、审核、答复全流程机制，全年受理依申请公开3件，均在法定时限内办结')).toBe(3));
	it('does not read requests closed ("依法办结…申请58件", corpus 009) as requests received', () => expect(count('全年我局依法办结政府信息公开申请58件，其中网络申请数14件')).toBeNull());
	it('does not read consultations ("受理企业和群众咨询、诉求 10 件", seed 002)', () => expect(count('依托 12345 政务服务便民热线、企业服务热线，受理企业和群众咨询、诉求 10 件')).toBeNull());
});

describe('land expropriation', () => {
	it('reads count, share and the evidence clause (seed 001)', () => {
		const { doc, from, to } = whole('共受理政府信息公开申请 29 件，其中征地拆迁领域 26 件，占比 89.6%。截至 2025 年底');
		expect(readLandExpropriation(doc, from, to)?.land).toEqual({ count: 26, share: 0.896, evidence: '其中征地拆迁领域 26 件，占比 89.6%' });
	});
	it('does not read published items about land ("征地信息类121条", corpus 032) as requests', () => {
		const { doc, from, to } = whole('主动公开征收土地公告、征地补偿安置方案公告，其中征地信息类121条。');
		expect(readLandExpropriation(doc, from, to)).toBeNull();
	});
	it('turns 89.6% into exactly 0.896', () => expect(toShare('89.6')).toBe(0.896));
});

describe('section 五 items', () => {
	const items = (text: string) => {
		const { doc, from, to } = whole(text);
		const r = readProblems(doc, from, to);
		return [r.problems.length, r.improvements.length];
	};
	it('splits at "三是" even glued mid-sentence, and not at "但是" (seed 000)', () => {
		expect(items('（一）存在问题\n\n一是信息报送质量不高。但是也有进步。二是政策宣传解读不到位。三是企业培育与服务需加强。\n\n（二）改进情况\n\n一是强化信息报送能力。二是优化政策宣传服务。围绕资金申报三是加快企业转型升级。')).toEqual([3, 3]);
	});
	it('counts a non-bold first headline and two bold ones (seed 003)', () => {
		expect(items('主要问题：公开内容深度不足。部分公开。**公开渠道协同性不强。**更新不同步。**队伍建设有待加强。**多为兼职。\n\n改进情况：深化公开内容建设：细化。**优化公开平台管理。**同步。**强化队伍能力建设。**培训。')).toEqual([3, 3]);
	});
	it('reads a section that says "无" as no item', () => expect(items('无。')).toEqual([0, 0]));
});
