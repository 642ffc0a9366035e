import { describe, expect, it } from 'vitest';
import { THEMES, classifyItem, reportThemes, themeLabel } from '../../src/lib/classify/index.ts';

/** Problem items copied from the seeds' section 五 (the line each starts on is given). */
const SEED_ITEMS = {
	'000.1': '信息报送质量不高。对特定政务信息要求理解不够深入，与业务工作结合不紧密，存在报送不及时、文稿质量有待提升等问题。',
	'000.2': '政策宣传解读不到位。面向工业企业的政策宣传不够精准有效，部分企业理解存在偏差，业务指导针对性不足，未能切实解决企业疑问。',
	'000.3': '企业培育与服务需加强。专精特新企业申报进展缓慢，智能化、绿色化、融合化等相关工作推进力度有待进一步加大。',
	'001.1': '运用新技术、新手段提升信息公开智能化水平仍有不足',
	'001.2': '面对新形势新要求，信息公开工作队伍的能力建设与专业素养有待持续加强。',
	'002.1': '信息公开内容的深度和针对性有待提升，部分惠企政策解读形式较为单一，未能充分结合企业实际需求开展场景化解读。',
	'002.2': '线上公开平台的互动性不足，与企业、群众的沟通交流渠道仍需进一步拓宽。',
	'002.3': '信息公开工作人员的专业能力有待加强，对新领域、新政策的公开要点把握需进一步提升。',
	'003.1': '公开内容深度不足。部分核心业务信息如招商引资项目进展、惠企政策落地成效等公开不够细化，政策解读形式较为单一，以文字解读为主，缺乏图文并茂、案例分析等生动形式。',
	'003.2': '**公开渠道协同性不强。**门户网站、微信公众号等平台信息更新不同步，部分渠道互动功能发挥不充分，对公众咨询的响应效率有待提升。',
	'003.3': '**队伍建设有待加强。**信息公开工作人员多为兼职，专业能力和业务水平参差不齐，对新修订的信息公开法规政策理解不够深入。',
	'004.1': '群众的知晓率和互动率较低。',
	'004.2': '主动公开信息还不够丰富、生动信息发布偏向于条例，不够吸引群众进行政策了解。'
};

describe('problem themes on the 13 seed items (DOMAIN.md §5)', () => {
	it('gives each seed item the primary theme DOMAIN.md lists', () => {
		const primary = Object.fromEntries(Object.entries(SEED_ITEMS).map(([k, v]) => [k, classifyItem(v).theme]));
		expect(primary).toEqual({
			'000.1': 'timeliness_quality',
			'000.2': 'interpretation',
			'000.3': 'enterprise_service',
			'001.1': 'technology',
			'001.2': 'staff',
			'002.1': 'content_depth',
			'002.2': 'platform_channel',
			'002.3': 'staff',
			'003.1': 'content_depth',
			'003.2': 'platform_channel',
			'003.3': 'staff',
			'004.1': 'publicity_reach',
			'004.2': 'content_depth'
		});
	});
	it('keeps the secondary themes DOMAIN.md lists, in order of appearance', () => {
		expect(classifyItem(SEED_ITEMS['002.1']).themes.slice(0, 2)).toEqual(['content_depth', 'interpretation']);
		expect(classifyItem(SEED_ITEMS['002.2']).themes).toEqual(['platform_channel', 'interaction']);
		expect(classifyItem(SEED_ITEMS['003.2']).themes).toEqual(['platform_channel', 'timeliness_quality', 'interaction']);
		expect(classifyItem(SEED_ITEMS['004.1']).themes).toEqual(['publicity_reach', 'interaction']);
	});
	it('reads through markdown bold (seed 003 headlines)', () => {
		expect(classifyItem('**队伍建设有待加强。**').theme).toBe('staff');
	});
});

describe('problem themes on older corpus items', () => {
	it('classifies 平潭县人民政府 2012 (corpus 041) items', () => {
		expect(classifyItem('受人员编制限制，各单位信息公开工作均由办公室人员兼职经办，由于经办人员流动性大，导致信息公开工作规范程度参差不齐').theme).toBe('staff');
		expect(classifyItem('依申请公开工作机制仍需进一步规范').theme).toBe('process_norms');
		expect(classifyItem('政府信息公开宣传力度还不够，造成公众查阅点利用率不高').theme).toBe('publicity_reach');
	});
	it('classifies 管委会办公室 2019 (corpus 035) items, and leaves an item no rule knows unclassified', () => {
		expect(classifyItem('新上岗的工作人员对业务不熟').theme).toBe('staff');
		expect(classifyItem('代拟稿单位政府信息公开属性制定不准确，公开要素不够全面').theme).toBe('content_depth');
		expect(classifyItem('公开领域仍需进一步拓宽')).toEqual({ theme: null, themes: [] });
	});
	it('does not read AI inside a latin word, but reads DeepSeek in any case', () => {
		expect(classifyItem('请发送邮件至 mail 邮箱').themes).not.toContain('technology');
		expect(classifyItem('积极引入 Deepseek 等智能工具').theme).toBe('technology');
	});
});

describe('report themes', () => {
	it('is the union of the items, in order of first appearance (seed 004)', () => {
		expect(reportThemes([SEED_ITEMS['004.1'], SEED_ITEMS['004.2']])).toEqual(['publicity_reach', 'interaction', 'content_depth']);
	});
	it('is none when the report lists no problem', () => {
		expect(reportThemes([])).toEqual(['none']);
	});
	it('has a Chinese label for every theme', () => {
		for (const t of THEMES) expect(themeLabel(t.key)).toMatch(/[\u4e00-\u9fff]/);
	});
});

describe('lexicon additions from older corpus reports', () => {
	it('reads the 2010–2013 平潭县 wording (corpus 039, 043, 046)', () => {
		expect(classifyItem('政府信息公开量有待进一步扩充、质量有待进一步提高。').themes).toEqual(['content_depth', 'timeliness_quality']);
		expect(classifyItem('公共服务类信息公开数量相对较少').theme).toBe('content_depth');
		expect(classifyItem('我局政府信息公开工作、公开信息查阅场所没有单独设立，合并于局综合科。').theme).toBe('platform_channel');
	});
	it('reads staff and awareness wording of 2019–2023 reports (corpus 016, 029, 030, 031, 033)', () => {
		expect(classifyItem('政府信息公开人员的培训力度不够，信息公开工作的质量和水平有待提高。').themes).toEqual(['staff', 'timeliness_quality']);
		expect(classifyItem('配备的人员少、力量薄，信息公开工作的质量和水平有待提高。').theme).toBe('staff');
		expect(classifyItem('因机构改革、职能调整，我局存在个别干部对政务公开不熟悉、不重视').themes).toEqual(['staff', 'awareness']);
		expect(classifyItem('依法公开，主动公开的意识还有待进一步的加强，公开的信息数量质量有待提升').theme).toBe('awareness');
		expect(classifyItem('信息公开的主动性和实效性仍需进一步提高。').theme).toBe('awareness');
	});
	it('reads 未规范公开 as process_norms (corpus 022)', () => {
		expect(classifyItem('存在未规范公开政策性文件，未提供行政规范性文件文本下载功能等问题').theme).toBe('process_norms');
	});
	it('does not read a quality sentence without 质量 as timeliness_quality', () => {
		expect(classifyItem('公开领域仍需进一步拓宽').themes).not.toContain('timeliness_quality');
	});
});
