import { describe, expect, it } from 'vitest';
import { resolveRegion, parseRegionOverrides, regionByCode, regionsByName, REGIONS } from '../../src/lib/classify/index.ts';
import { parseRegionOverridesCsv } from '../../src/lib/server/build/overrides.ts';
import { corpusManifest, seedsExpected, seedText } from './helpers.ts';

describe('region table (regions.json from @vant/area-data)', () => {
	it('has the seed counties under their real cities (DOMAIN.md §2.2)', () => {
		expect(regionByCode('511725')).toMatchObject({ name: '渠县', level: 'county', parent: '511700', province: '四川省', city: '达州市' });
		expect(regionByCode('410704')).toMatchObject({ name: '凤泉区', city: '新乡市', province: '河南省' });
		expect(regionByCode('510422')).toMatchObject({ name: '盐边县', city: '攀枝花市' });
		expect(regionByCode('411528')).toMatchObject({ name: '息县', city: '信阳市' });
		expect(regionByCode('350128')).toMatchObject({ name: '平潭县', city: '福州市', province: '福建省' });
	});
	it('has counties created in December 2024 (和康县, 和安县)', () => {
		expect(regionByCode('653228')?.name).toBe('和康县');
		expect(regionByCode('653229')?.name).toBe('和安县');
	});
	it('keeps 省直辖县 placeholders as placeholders, with no city above their units', () => {
		expect(regionByCode('419000')).toMatchObject({ level: 'city', is_placeholder: true, name: '省直辖县级行政区划' });
		expect(regionByCode('419001')).toMatchObject({ name: '济源市', city: null, parent: '419000' });
		expect(regionByCode('110105')).toMatchObject({ name: '朝阳区', province: '北京市', city: null });
	});
	it('flags NBS zone codes and keeps 台湾/香港/澳门 at province level only', () => {
		expect(regionByCode('130171')).toMatchObject({ name: '石家庄高新技术产业开发区', is_zone: true });
		expect(regionByCode('511725')?.is_zone).toBe(false);
		expect(regionByCode('710000')?.level).toBe('province');
		expect(REGIONS.filter((r) => /^(71|81|82)/.test(r.code))).toHaveLength(3);
		expect(REGIONS.filter((r) => r.level === 'province')).toHaveLength(34);
	});
	it('drops the made-up county codes of cities without counties (东莞市 4419xx)', () => {
		expect(regionByCode('441900')?.name).toBe('东莞市');
		expect(REGIONS.some((r) => r.code.startsWith('4419') && r.level === 'county')).toBe(false);
	});
	it('knows the shared names of DOMAIN.md §2.2', () => {
		expect(regionsByName('鼓楼区').map((r) => r.code)).toEqual(['320106', '320302', '350102', '410204']);
		expect(regionsByName('市中区')).toHaveLength(4);
	});
});

describe('resolveRegion', () => {
	it('resolves every seed agency to the region of expected.json', () => {
		for (const [file, e] of Object.entries(seedsExpected())) {
			const r = resolveRegion(e.agency, seedText(file));
			expect(r.region, file).toMatchObject({ province: e.region.province, city: e.region.city, county: e.region.county });
			expect(r.problem).toBeNull();
		}
	});
	it('gives 盐边县经济合作和商务局 the code 510422 and keeps the department part', () => {
		const r = resolveRegion('盐边县经济合作和商务局', '');
		expect(r.region?.code).toBe('510422');
		expect(r.department).toBe('经济合作和商务局');
	});
	it('reads a chain of names, each inside the one before (新乡市凤泉区, 福州市鼓楼区, 南通市通州区)', () => {
		expect(resolveRegion('新乡市凤泉区人民政府', '').region?.code).toBe('410704');
		expect(resolveRegion('福州市鼓楼区教育局', '').region?.code).toBe('350102');
		expect(resolveRegion('南通市通州区人民政府', '').region?.code).toBe('320612');
		expect(resolveRegion('淮安市洪泽区人民政府', '').region).toEqual({ province: '江苏省', city: '淮安市', county: '洪泽区', code: '320813' });
	});
	it('stops at the city for a city government (淮安市人民政府 → 320800, no county)', () => {
		expect(resolveRegion('淮安市人民政府', '').region).toEqual({ province: '江苏省', city: '淮安市', county: null, code: '320800' });
	});
	it('reads an inner county before 分局 (达州市生态环境局渠县分局 → 511725)', () => {
		const r = resolveRegion('达州市生态环境局渠县分局', '');
		expect(r.region?.code).toBe('511725');
		expect(r.rule).toBe('inner_county');
	});
	it('does not read an inner county of another city (达州市…盐边县分局 stays 达州市)', () => {
		expect(resolveRegion('达州市生态环境局盐边县分局', '').region?.code).toBe('511700');
	});
	it('leaves a shared name ambiguous, with the candidates and a Chinese reason', () => {
		const r = resolveRegion('鼓楼区人民政府', '本报告由区政府办公室编制。');
		expect(r.region).toBeNull();
		expect(r.candidates).toEqual(['320106', '320302', '350102', '410204']);
		expect(r.problem).toContain('可指4个地区');
		expect(r.problem).toContain('regions.override.csv');
	});
	it('settles a shared name by the one candidate city the body names', () => {
		const r = resolveRegion('鼓楼区人民政府', '鼓楼区人民政府2025年…全面落实福州市委、市政府工作部署');
		expect(r.region?.code).toBe('350102');
		expect(r.rule).toBe('body_context');
	});
	it('does not pick when the body names two candidate cities', () => {
		expect(resolveRegion('鼓楼区人民政府', '学习南京市、福州市的经验').region).toBeNull();
	});
	it('does not read generic words (城区, 市中区) without an enclosing region', () => {
		expect(resolveRegion('城区管理局', '').region).toBeNull();
		expect(resolveRegion('阳泉市城区人民政府', '').region?.code).toBe('140302');
	});
	it('gives null and a reason for a name with no region and for a missing name', () => {
		expect(resolveRegion('公安局', '').problem).toContain('未识别出地区');
		expect(resolveRegion(null, '').problem).toContain('未读出机关名称');
	});
	it('skips the 国家税务总局 prefix of local tax bureaus', () => {
		expect(resolveRegion('国家税务总局渠县税务局', '').region?.code).toBe('511725');
	});
	it('sets city null for units directly under a province (济源市) or a municipality (北京市朝阳区)', () => {
		expect(resolveRegion('济源市人民政府', '').region).toEqual({ province: '河南省', city: null, county: '济源市', code: '419001' });
		expect(resolveRegion('北京市朝阳区人民政府', '').region).toEqual({ province: '北京市', city: null, county: '朝阳区', code: '110105' });
	});
	it('resolves every 平潭综合实验区 and 平潭县 unit of the corpus to 福建省 福州市 平潭县 (350128)', () => {
		const pingtan = corpusManifest().filter((m) => m.agency.startsWith('平潭'));
		expect(pingtan).toHaveLength(44);
		for (const m of pingtan) expect(resolveRegion(m.agency, '').region, m.agency).toEqual({ province: '福建省', city: '福州市', county: '平潭县', code: '350128' });
	});
	it('resolves the 淮安 reports of the corpus to 江苏省', () => {
		for (const m of corpusManifest().filter((m) => m.agency.startsWith('淮安'))) expect(resolveRegion(m.agency, '').region?.province).toBe('江苏省');
	});
});

describe('regions.override.csv', () => {
	it('settles an ambiguous name by file name, and only that file', () => {
		const overrides = parseRegionOverridesCsv('# comment\nsource,code,note\n鼓楼区2025.txt,350102,"crawled from fz.gov.cn, 鼓楼区 portal"\n');
		expect(overrides.get('鼓楼区2025.txt')?.note).toBe('crawled from fz.gov.cn, 鼓楼区 portal');
		const r = resolveRegion('鼓楼区人民政府', '', { source: '鼓楼区2025.txt', overrides });
		expect(r.region?.code).toBe('350102');
		expect(r.rule).toBe('override');
		expect(r.department).toBe('人民政府');
		expect(resolveRegion('鼓楼区人民政府', '', { source: 'other.txt', overrides }).region).toBeNull();
	});
	it('rejects an unknown code and a file listed twice, naming the line', () => {
		expect(() => parseRegionOverridesCsv('source,code,note\na.txt,51172X,\n')).toThrow('regions.override.csv:2: invalid region code: 51172X');
		expect(() => parseRegionOverridesCsv('source,code,note\na.txt,999999,\n')).toThrow('invalid region code: 999999');
		expect(() => parseRegionOverrides([{ source: 'a', code: '511725', line: 2 }, { source: 'a', code: '511725', line: 3 }])).toThrow('regions.override.csv:3: a is listed twice');
	});
	it('the project file parses and lists no file twice', async () => {
		const { loadRegionOverrides } = await import('../../src/lib/server/build/overrides.ts');
		expect(() => loadRegionOverrides()).not.toThrow();
	});
});
