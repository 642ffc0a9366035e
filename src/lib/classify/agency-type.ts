/**
 * Agency types (DOMAIN.md §4): one registry of keys, Chinese labels and the patterns that assign them. The
 * patterns run on the department part of the agency name (the region prefix removed by region.ts), so
 * "渠县人民政府办公室" is classified as "人民政府办公室". A supervisor can read and extend AGENCY_TYPES; each
 * pattern is tested on real names in test/classify/agency-type.test.ts.
 *
 * Rules: the `outright` types win whatever else matches, in this order: township, zone, gov_office,
 * expropriation. Otherwise the pattern matching earliest in the name is primary ("商务和工业信息化局" → commerce);
 * every other matching type goes to `agency_type_secondary`, by position. No match → `other`.
 */

export interface AgencyTypeRule {
	key: string;
	/** Chinese label for charts, filters and tables. */
	label: string;
	/** Pattern on the department part; null for the fallback `other`. */
	pattern: RegExp | null;
	/** Wins outright (see the module comment). */
	outright: boolean;
	/** Why a pattern part was added beyond DOMAIN.md §4, with the real name that needed it. */
	note?: string;
}

/** The agency-type registry. Order matters only among `outright` rules (first wins). */
export const AGENCY_TYPES: readonly AgencyTypeRule[] = [
	{
		key: 'township',
		label: '乡镇/街道',
		pattern: /(镇|乡|苏木)(人民政府)?$|街道(办事处)?$|街道办$|片区管理局$/,
		outright: true,
		note: '片区管理局: the 7 片区管理局 of 平潭综合实验区 (金井、海坛、苏平、君山…) stand in for its 乡镇 (samples/corpus README)'
	},
	{
		key: 'zone',
		label: '开发区/园区管委会',
		pattern: /(经济技术开发区|高新技术产业开发区|开发区|高新区|园区|产业园|示范区|试验区|新区)(管理委员会|管委会)?|管委会$/,
		outright: true
	},
	{
		key: 'gov_office',
		label: '人民政府/政府办公室/政务服务',
		pattern: /^(人民政府(办公室|办公厅)?|政府办(公室)?)$|^人民政府办公|^(管委会|管理委员会)办公室$|行政审批|政务服务|数据局|大数据|公共资源交易/,
		outright: true,
		note: '^(管委会|管理委员会)办公室$: 平潭综合实验区管委会办公室 (corpus 035) is the office of the 实验区 government, its 政府办'
	},
	{ key: 'expropriation', label: '房屋征收', pattern: /房屋征收|征收(与|和)?补偿|征地拆迁|土地征收/, outright: true },
	{ key: 'dev_reform', label: '发展和改革', pattern: /发展和改革|发展改革|发改|经济发展/, outright: false, note: '经济发展: 平潭综合实验区经济发展局 (corpus 015, 036) does the 发改 work of the 实验区' },
	{
		key: 'industry_it',
		label: '工信/经信/科技',
		pattern: /工业和信息化|经济和信息化|经济信息化|工业信息化|经信|工信|科技和工业|工业和科技|科学技术|科技/,
		outright: false
	},
	{ key: 'commerce', label: '商务/经济合作/投促', pattern: /商务|经济合作|投资促进|招商|口岸/, outright: false },
	{ key: 'natural_resources', label: '自然资源/规划/林业', pattern: /自然资源|国土|规划和|林业|林草|不动产登记/, outright: false },
	{
		key: 'housing',
		label: '住建/城管执法',
		pattern: /住房和城乡建设|住房城乡建设|住建|城乡建设|城市管理|综合行政执法|住房保障|房产|房管|建设局$/,
		outright: false,
		note: '建设局$: 平潭综合实验区交通与建设局 (corpus 009, 026) also does 住建 work'
	},
	{ key: 'transport', label: '交通运输', pattern: /交通运输|交通/, outright: false },
	{ key: 'public_safety', label: '公安/司法/信访/应急', pattern: /公安|司法|信访|应急管理|消防|安全生产|人民防空|人防|地震/, outright: false },
	{ key: 'education', label: '教育/教体', pattern: /教育|教体/, outright: false },
	{ key: 'health', label: '卫健/医保', pattern: /卫生健康|卫健|卫生和计划生育|医疗保障|医保|疾病预防|卫生局$/, outright: false, note: '卫生局$: 平潭县卫生局 2012 (corpus 044), before 卫健 was formed' },
	{ key: 'hr_social', label: '人社', pattern: /人力资源和社会保障|人力资源社会保障|人社|社会保险|就业服务/, outright: false },
	{ key: 'ecology', label: '生态环境', pattern: /生态环境|环境保护|环保/, outright: false },
	{ key: 'market_regulation', label: '市场监管', pattern: /市场监督管理|市场监管|食品药品|质量技术监督|工商/, outright: false },
	{ key: 'finance', label: '财政/审计/税务/统计/国资', pattern: /财政|审计|税务|统计|国有资产|国资|金融/, outright: false },
	{ key: 'agriculture_water', label: '农业农村/水利/乡村振兴', pattern: /农业农村|农业|水利|水务|乡村振兴|扶贫|畜牧|粮食|农机/, outright: false },
	{
		key: 'social_culture',
		label: '民政/文旅/退役军人/民宗',
		pattern: /(?<!人)民政|退役军人|残疾人|民族宗教|民宗|文化|旅游|广电|体育|妇联|社会事业/,
		outright: false,
		note: '社会事业: 平潭综合实验区社会事业局 (corpus 006, 022) covers 民政、文教卫 social affairs'
	},
	{ key: 'other', label: '其他', pattern: null, outright: false }
];

/** Every agency-type key, registry order. */
export const AGENCY_TYPE_KEYS: readonly string[] = AGENCY_TYPES.map((t) => t.key);

/** The Chinese label of a key (the key itself when unknown, so a new key still shows). */
export function agencyTypeLabel(key: string): string {
	return AGENCY_TYPES.find((t) => t.key === key)?.label ?? key;
}

/**
 * Classify a department part. An empty department (the title names only a region: "渠县2025年…报告") is the
 * region's government itself → gov_office.
 * @example classifyAgencyType('商务和工业信息化局') // { primary: 'commerce', secondary: ['industry_it'] }
 */
export function classifyAgencyType(department: string): { primary: string; secondary: string[] } {
	const name = department.trim();
	if (!name) return { primary: 'gov_office', secondary: [] };
	const hits: { key: string; at: number; outright: number }[] = [];
	AGENCY_TYPES.forEach((t, i) => {
		if (!t.pattern) return;
		const m = t.pattern.exec(name);
		if (m) hits.push({ key: t.key, at: m.index, outright: t.outright ? i : -1 });
	});
	if (!hits.length) return { primary: 'other', secondary: [] };
	const outright = hits.filter((h) => h.outright >= 0).sort((a, b) => a.outright - b.outright)[0];
	const byPosition = [...hits].sort((a, b) => a.at - b.at);
	const primary = outright ?? byPosition[0]!;
	return { primary: primary.key, secondary: byPosition.filter((h) => h.key !== primary.key).map((h) => h.key) };
}

/**
 * Whether a report sums a whole region (DOMAIN.md §4, second axis): its title names the region's government
 * itself ("渠县人民政府", "淮安市人民政府", "XX区管委会") or only the region ("渠县2025年…"), so that dashboards do not
 * add it to its own departments' reports. "…人民政府办公室" is the office itself (seed 001): not an aggregate.
 * A township's government is not an aggregate either (no departments of its own report separately).
 * Null when there is no agency name, or when no region was read from it (the name is then no government's).
 */
export function isAggregateReport(agency: string | null, department: string, regionRead: boolean): boolean | null {
	if (!agency) return null;
	if (!regionRead) return false;
	return /^(人民政府|政府|管理委员会|管委会)?$/.test(department.trim());
}
