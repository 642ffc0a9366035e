import { describe, expect, it } from 'vitest';
import { AGENCY_TYPES, agencyTypeLabel, classifyAgencyType, isAggregateReport, resolveRegion } from '../../src/lib/classify/index.ts';
import { corpusManifest, manifestAgencyType } from './helpers.ts';

function typeOf(agency: string) {
	return classifyAgencyType(resolveRegion(agency, '').department);
}

/**
 * The corpus manifest names each agency's type in its own words; this is how those words map onto the project's
 * keys (DOMAIN.md §4). county_gov/city_gov are governments (gov_office + is_aggregate); township_level_area is a
 * 片区管理局 (township); the rest are departments.
 */
const MANIFEST_TO_KEY: Record<string, string> = {
	city_gov: 'gov_office',
	county_gov: 'gov_office',
	gov_office: 'gov_office',
	township_level_area: 'township',
	dept_agriculture: 'agriculture_water',
	dept_approval: 'gov_office',
	dept_civil_affairs: 'social_culture',
	dept_culture_tourism: 'social_culture',
	dept_development: 'dev_reform',
	dept_education: 'education',
	dept_enforcement_emergency: 'public_safety',
	dept_environment: 'ecology',
	dept_finance: 'finance',
	dept_health: 'health',
	dept_housing_transport: 'transport',
	dept_investment: 'commerce',
	dept_justice: 'public_safety',
	dept_market_regulation: 'market_regulation',
	dept_natural_resources: 'natural_resources',
	dept_petition: 'public_safety',
	dept_public_security: 'public_safety',
	dept_social_affairs: 'social_culture',
	dept_state_assets: 'finance',
	dept_tax: 'finance'
};

describe('agency types on real names', () => {
	it('classifies the five seed agencies as DOMAIN.md §4 says', () => {
		expect(typeOf('渠县经济和信息化局')).toEqual({ primary: 'industry_it', secondary: [] });
		expect(typeOf('渠县人民政府办公室')).toEqual({ primary: 'gov_office', secondary: [] });
		expect(typeOf('凤泉区工业和信息化局')).toEqual({ primary: 'industry_it', secondary: [] });
		expect(typeOf('盐边县经济合作和商务局')).toEqual({ primary: 'commerce', secondary: [] });
		expect(typeOf('息县商务和工业信息化局')).toEqual({ primary: 'commerce', secondary: ['industry_it'] });
	});
	it('classifies all 31 agencies of the corpus manifest as the manifest says', () => {
		const seen = new Set<string>();
		for (const m of corpusManifest()) {
			if (seen.has(m.agency)) continue;
			seen.add(m.agency);
			const want = MANIFEST_TO_KEY[manifestAgencyType(m)];
			expect(want, manifestAgencyType(m)).toBeDefined();
			expect(typeOf(m.agency).primary, m.agency).toBe(want);
		}
		expect(seen.size).toBe(31);
	});
	it('classifies agency names that the sample reports mention in their own text', () => {
		// e.g. corpus 040 "由平潭县工商行政管理局…", 037 "福建省地方税务局", 041 "屿头乡", 003 "政务服务中心", 002 "凤泉区工信局"
		expect(typeOf('平潭县工商行政管理局').primary).toBe('market_regulation');
		expect(typeOf('福建省地方税务局').primary).toBe('finance');
		expect(typeOf('平潭县岚城乡').primary).toBe('township');
		expect(typeOf('平潭综合实验区潭城镇').primary).toBe('township');
		expect(typeOf('盐边县政务服务中心').primary).toBe('gov_office');
		expect(typeOf('凤泉区工信局').primary).toBe('industry_it');
		expect(typeOf('平潭县气象局').primary).toBe('other');
		expect(resolveRegion('福建省人民政府', '').region?.code).toBe('350000');
		expect(typeOf('福州市人民政府').primary).toBe('gov_office');
	});
	it('keeps the second type of a two-part name (交通与建设局, 自然资源与生态环境局)', () => {
		expect(typeOf('平潭综合实验区交通与建设局')).toEqual({ primary: 'transport', secondary: ['housing'] });
		expect(typeOf('平潭综合实验区自然资源与生态环境局')).toEqual({ primary: 'natural_resources', secondary: ['ecology'] });
	});
	it('lets township, zone, gov_office and expropriation win outright', () => {
		expect(typeOf('渠县天星镇人民政府').primary).toBe('township');
		expect(typeOf('平潭综合实验区君山片区管理局').primary).toBe('township');
		expect(typeOf('达州市通川区东城街道办事处').primary).toBe('township');
		expect(classifyAgencyType('高新技术产业开发区管委会').primary).toBe('zone');
		expect(classifyAgencyType('行政审批局').primary).toBe('gov_office');
		expect(classifyAgencyType('政务服务和大数据管理局')).toEqual({ primary: 'gov_office', secondary: [] });
		expect(classifyAgencyType('国有土地上房屋征收与补偿中心').primary).toBe('expropriation');
	});
	it('does not read 民政 inside 人民政府 (the DOMAIN.md trap)', () => {
		expect(classifyAgencyType('人民政府').secondary).not.toContain('social_culture');
		expect(classifyAgencyType('民政局').primary).toBe('social_culture');
	});
	it('treats a title that names only a region as its government', () => {
		expect(classifyAgencyType('')).toEqual({ primary: 'gov_office', secondary: [] });
	});
	it('falls back to other for a name no rule knows', () => {
		expect(classifyAgencyType('档案馆')).toEqual({ primary: 'other', secondary: [] });
	});
	it('has a Chinese label for every key, and unique keys', () => {
		for (const t of AGENCY_TYPES) expect(t.label).toMatch(/[\u4e00-\u9fff]/);
		expect(new Set(AGENCY_TYPES.map((t) => t.key)).size).toBe(AGENCY_TYPES.length);
		expect(agencyTypeLabel('commerce')).toBe('商务/经济合作/投促');
	});
});

describe('is_aggregate', () => {
	it('is true for the governments of the corpus and false for their departments and 片区', () => {
		for (const m of corpusManifest()) {
			const kind = manifestAgencyType(m);
			const r = resolveRegion(m.agency, '');
			expect(isAggregateReport(m.agency, r.department, r.department !== m.agency), m.agency).toBe(kind === 'county_gov' || kind === 'city_gov');
		}
	});
	it('is false for 渠县人民政府办公室 (the office itself, seed 001) and null without a name', () => {
		const r = resolveRegion('渠县人民政府办公室', '');
		expect(isAggregateReport('渠县人民政府办公室', r.department, true)).toBe(false);
		expect(isAggregateReport(null, '', false)).toBeNull();
	});
	it('is true for a title naming only the region, false for a name with no region read', () => {
		expect(isAggregateReport('渠县', '', true)).toBe(true);
		expect(isAggregateReport('人民政府', '人民政府', false)).toBe(false);
	});
});
