/**
 * Which region a report belongs to, from its agency name (DOMAIN.md §2.3). Never guesses: a name that matches
 * several units and that the body cannot settle, or a name with no region in it, gives `code: null` and a
 * `region_ambiguous` warning; `regions.override.csv` (source,code,note) settles such a file by hand.
 *
 * Resolution order, first that applies wins:
 * 1. override: a row of regions.override.csv for this file (`source` = the file name);
 * 2. name chain: full region names read greedily, longest first, from the start of the agency name, each inside
 *    the one before it ("新乡市凤泉区工业和信息化局" → 新乡市 → 凤泉区 410704). REGION_ALIASES count as names;
 * 3. inner county: a county named just before 分局 at the end ("达州市生态环境局渠县分局" → 渠县 511725);
 * 4. body context: when the last name of the chain fits several units, the one unit whose city (or province) the
 *    body names, while the body names no other candidate's, is taken ("鼓楼区…" + "福州市" in the body → 350102).
 * Only full names match: dropping 县/区/市 makes ambiguity worse (DOMAIN §2.2: 朝阳区/朝阳县, 开平区/开平市).
 */
import type { Region } from '../model/record.ts';
import { MAX_REGION_NAME_LENGTH, isWithin, regionByCode, regionsByName, type RegionRow } from './regions.ts';

/**
 * Names that are not in GB/T 2260 but stand for a unit that is. Each entry says why; a supervisor may add more.
 * The agency's department part is what follows the alias ("平潭综合实验区社会事业局" → "社会事业局").
 */
export const REGION_ALIASES: readonly { name: string; code: string; note: string }[] = [
	{
		name: '平潭综合实验区',
		code: '350128',
		note:
			'平潭综合实验区 (Fujian, 2009) is run by its 管委会 on the territory of 平潭县, which keeps its GB/T 2260 code 350128 ' +
			'under 福州市; its departments and 片区管理局 report as 平潭综合实验区… (samples/corpus 004–037) and are counted with 平潭县.'
	}
];

/**
 * Leading words that are not part of the region chain: "国家税务总局渠县税务局" is the 渠县 tax bureau of the
 * central tax administration; "中共渠县县委…" is the county's party committee.
 */
export const AGENCY_PREFIXES_SKIPPED: readonly string[] = ['国家税务总局', '中共'];

/**
 * County-level names that are also ordinary words or shared generic zone names: only read after an enclosing
 * region in the chain ("阳泉市城区", never a bare "城区管理局").
 */
export const NAMES_NEEDING_PARENT: ReadonlySet<string> = new Set(['城区', '郊区', '矿区', '市中区', '开发区', '高新区', '经济技术开发区', '经济开发区', '工业园区', '高新技术开发区']);

/** One row of regions.override.csv: the region code for a file, and why. */
export interface RegionOverride {
	source: string;
	code: string;
	note: string;
}

export type RegionRule = 'override' | 'name_chain' | 'inner_county' | 'body_context';

export interface RegionResolution {
	/** The region, or null when it could not be settled. */
	region: Region | null;
	/** How it was settled, or null. */
	rule: RegionRule | null;
	/** The agency name with its region prefix removed ("渠县人民政府办公室" → "人民政府办公室"); the whole name when no region was read. */
	department: string;
	/** Why no region was set (Chinese, for the `region_ambiguous` warning); null when one was. */
	problem: string | null;
	/** Codes of the units the name could mean, when it was ambiguous. */
	candidates: string[];
}

/**
 * Resolve the region of a report.
 * @example resolveRegion('渠县人民政府办公室', text).region // { province: '四川省', city: '达州市', county: '渠县', code: '511725' }
 */
export function resolveRegion(agency: string | null, text: string, options: { source?: string; overrides?: ReadonlyMap<string, RegionOverride> } = {}): RegionResolution {
	const override = options.source ? options.overrides?.get(options.source) : undefined;
	const chain = agency ? readChain(agency) : null;
	const department = chain ? chain.rest : (agency ?? '');
	if (override) {
		const row = regionByCode(override.code);
		if (!row) throw new Error(`regions.override.csv: unknown region code ${override.code} for ${override.source}`);
		return { region: toRegion(row), rule: 'override', department, problem: null, candidates: [] };
	}
	if (!agency || !chain) return unresolved(department, agency ? `机关名称“${agency}”中未识别出地区` : '未读出机关名称，无法确定地区', []);

	let { candidates } = chain;
	let rule: RegionRule = 'name_chain';
	// 3. inner county: "…局渠县分局"
	const inner = readInnerCounty(chain.rest, candidates.length === 1 ? candidates[0]! : null);
	if (inner) {
		candidates = [inner];
		rule = 'inner_county';
	}
	if (candidates.length === 0) return unresolved(department, `机关名称“${agency}”中未识别出地区`, []);
	if (candidates.length > 1) {
		const picked = pickByBody(candidates, text, agency);
		if (!picked) {
			const list = candidates.map((c) => `${describe(c)}（${c.code}）`).join('、');
			return unresolved(department, `“${chain.names.at(-1)}”可指${candidates.length}个地区：${list}；正文未能区分。可在 regions.override.csv 中按文件名指定`, candidates.map((c) => c.code));
		}
		candidates = [picked];
		rule = 'body_context';
	}
	return { region: toRegion(candidates[0]!), rule, department, problem: null, candidates: [] };
}

/** The region record of a table row. For a county-level unit without a real city above it, `city` is null. */
export function toRegion(row: RegionRow): Region {
	return {
		province: row.province,
		city: row.level === 'province' ? null : row.city,
		county: row.level === 'county' ? row.name : null,
		code: row.code
	};
}

interface Chain {
	/** Names read, in order. */
	names: string[];
	/** Units the last name may stand for (one when settled). */
	candidates: RegionRow[];
	/** The rest of the agency name: its department part. */
	rest: string;
}

/** Step 2: read region names from the start of the name; null when the name starts with none. */
function readChain(agency: string): Chain | null {
	let name = agency.trim();
	for (const prefix of AGENCY_PREFIXES_SKIPPED) if (name.startsWith(prefix)) name = name.slice(prefix.length);
	const names: string[] = [];
	let candidates: RegionRow[] = [];
	let pos = 0;
	for (;;) {
		const step = readName(name, pos, candidates);
		if (!step) break;
		names.push(step.name);
		candidates = step.rows;
		pos += step.name.length;
	}
	if (!names.length) return null;
	return { names, candidates, rest: name.slice(pos) };
}

/** The longest region name at `pos` that lies inside the current candidates (all of them when none yet). */
function readName(name: string, pos: number, within: RegionRow[]): { name: string; rows: RegionRow[] } | null {
	for (let len = Math.min(MAX_REGION_NAME_LENGTH, name.length - pos); len >= 2; len--) {
		const word = name.slice(pos, pos + len);
		const alias = REGION_ALIASES.find((a) => a.name === word);
		let rows: RegionRow[] = alias ? [regionByCode(alias.code)!] : [...regionsByName(word)];
		if (!rows.length) continue;
		if (within.length) rows = rows.filter((r) => within.some((w) => isWithin(r.code, w)));
		else if (NAMES_NEEDING_PARENT.has(word)) rows = [];
		if (rows.length) return { name: word, rows };
	}
	return null;
}

/** Step 3: "生态环境局渠县分局" → 渠县, inside `parent` when one is known. */
function readInnerCounty(rest: string, parent: RegionRow | null): RegionRow | null {
	if (!rest.endsWith('分局')) return null;
	const body = rest.slice(0, -2);
	for (let i = 0; i < body.length - 1; i++) {
		const word = body.slice(i);
		if (!/[县区市旗]$/.test(word)) return null;
		let rows = regionsByName(word).filter((r) => r.level === 'county');
		if (parent) rows = rows.filter((r) => isWithin(r.code, parent));
		else if (NAMES_NEEDING_PARENT.has(word)) rows = [];
		if (rows.length === 1) return rows[0]!;
	}
	return null;
}

/** Step 4: the one candidate whose city or province the body names (outside the agency's own name). */
function pickByBody(candidates: RegionRow[], text: string, agency: string): RegionRow | null {
	const body = text.split(agency).join('');
	const named = (c: RegionRow) => (c.city !== null && c.city !== c.name && body.includes(c.city)) || (c.level !== 'province' && body.includes(c.province) && candidates.filter((o) => o.province === c.province).length === 1);
	const hits = candidates.filter(named);
	return hits.length === 1 ? hits[0]! : null;
}

function describe(row: RegionRow): string {
	return [row.province, row.city, row.level === 'county' ? row.name : null].filter((x, i, a) => x && a.indexOf(x) === i).join('');
}

function unresolved(department: string, problem: string, candidates: string[]): RegionResolution {
	return { region: null, rule: null, department, problem, candidates };
}

/**
 * Parse regions.override.csv rows (already split into records, header `source,code,note`) into a lookup by file
 * name. Throws on an unknown code or a repeated source, naming the line: a wrong override must never pass silently.
 * @example parseRegionOverrides([{ source: 'a.txt', code: '350102', note: '福州市鼓楼区' }]).get('a.txt')?.code // '350102'
 */
export function parseRegionOverrides(records: readonly { source: string; code: string; note?: string; line?: number }[], file = 'regions.override.csv'): Map<string, RegionOverride> {
	const out = new Map<string, RegionOverride>();
	for (const r of records) {
		const where = `${file}${r.line ? `:${r.line}` : ''}`;
		const source = r.source.trim();
		const code = r.code.trim();
		if (!source) throw new Error(`${where}: empty source`);
		if (!/^\d{6}$/.test(code) || !regionByCode(code)) throw new Error(`${where}: invalid region code: ${code}`);
		if (out.has(source)) throw new Error(`${where}: ${source} is listed twice`);
		out.set(source, { source, code, note: (r.note ?? '').trim() });
	}
	return out;
}
