/**
 * `npx tsx scripts/gen-regions.ts [--check]`: regenerate src/lib/classify/regions.json (the GB/T 2260 region table the
 * classifier and the build use) from the installed @vant/area-data, and print what changed against the committed file
 * (codes added, removed or renamed). Run it after every upgrade of @vant/area-data and review the diff (DOMAIN.md §2.3).
 * `--check` writes nothing and exits 1 when the committed file is out of date.
 *
 * What the table keeps, and why (docs/data.md "Regions" says the same for users):
 * - provinces, prefecture-level cities and county-level units with their 6-digit codes as @vant lists them;
 * - county-level codes whose 5th digit is 7 or 9 (NBS codes for 开发区/新区/园区, e.g. 130171 石家庄高新技术产业开发区)
 *   are kept with `is_zone` true;
 * - city-level rows that are not real cities are kept as `is_placeholder` (their children's `city` is null): the
 *   省直辖县级行政区划 rows (419000, 429000, 469000, 659000), the four municipalities' 市辖区 (110100, 120100,
 *   310100, 500100) and 重庆's 县 (500200); @vant renames some of them, GB/T 2260's name is restored here;
 * - the children @vant invents for cities without a county level (东莞 4419xx, 中山 4420xx, 儋州 4604xx, 嘉峪关
 *   6202xx are 镇/街道 on made-up 6-digit codes) are dropped: a report from such a city resolves to the city;
 * - 台湾省 (710000), 香港 (810000) and 澳门 (820000) are kept at province level only: the 条例 has no reports there,
 *   and @vant's sub-units for them are not GB/T 2260 codes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { areaList } from '@vant/area-data';

const OUT = fileURLToPath(new URL('../src/lib/classify/regions.json', import.meta.url));
const PLACEHOLDER_NAMES: Record<string, string> = {
	'110100': '市辖区',
	'120100': '市辖区',
	'310100': '市辖区',
	'500100': '市辖区',
	'500200': '县',
	'419000': '省直辖县级行政区划',
	'429000': '省直辖县级行政区划',
	'469000': '省直辖县级行政区划',
	'659000': '自治区直辖县级行政区划'
};
const CITIES_WITHOUT_COUNTIES = new Set(['441900', '442000', '460400', '620200']);
const PROVINCE_ONLY = /^(71|81|82)/;

type Row = [code: string, name: string, level: 'province' | 'city' | 'county', parent: string | null, province: string, city: string | null, is_zone: boolean, is_placeholder: boolean];

function buildRows(): Row[] {
	const rows: Row[] = [];
	const provinces = areaList.province_list;
	const cities = areaList.city_list;
	for (const [code, name] of Object.entries(provinces)) rows.push([code, name, 'province', null, name, null, false, false]);
	for (const [code, name] of Object.entries(cities)) {
		if (PROVINCE_ONLY.test(code)) continue;
		const province = provinces[code.slice(0, 2) + '0000'];
		if (!province) throw new Error(`city ${code} ${name}: no province ${code.slice(0, 2)}0000`);
		const placeholder = code in PLACEHOLDER_NAMES;
		const shown = PLACEHOLDER_NAMES[code] ?? name;
		rows.push([code, shown, 'city', code.slice(0, 2) + '0000', province, placeholder ? null : name, false, placeholder]);
	}
	for (const [code, name] of Object.entries(areaList.county_list)) {
		if (PROVINCE_ONLY.test(code)) continue;
		const cityCode = code.slice(0, 4) + '00';
		if (CITIES_WITHOUT_COUNTIES.has(cityCode)) continue;
		const city = cities[cityCode];
		if (!city) throw new Error(`county ${code} ${name}: no city ${cityCode}`);
		const province = provinces[code.slice(0, 2) + '0000']!;
		const placeholder = cityCode in PLACEHOLDER_NAMES;
		rows.push([code, name, 'county', cityCode, province, placeholder ? null : city, /^\d{4}[79]\d$/.test(code), false]);
	}
	return rows.sort((a, b) => a[0].localeCompare(b[0]));
}

/** One row per line, so that `git diff` after a regeneration shows exactly the codes that changed. */
function render(rows: Row[], version: string): string {
	const head = {
		generated_by: 'scripts/gen-regions.ts — do not edit; regenerate after upgrading @vant/area-data',
		source: `@vant/area-data@${version} (MIT)`,
		columns: ['code', 'name', 'level', 'parent', 'province', 'city', 'is_zone', 'is_placeholder']
	};
	const lines = rows.map((r) => '\t\t' + JSON.stringify(r));
	return `{\n\t"generated_by": ${JSON.stringify(head.generated_by)},\n\t"source": ${JSON.stringify(head.source)},\n\t"columns": ${JSON.stringify(head.columns)},\n\t"rows": [\n${lines.join(',\n')}\n\t]\n}\n`;
}

function diff(before: Row[], after: Row[]): string[] {
	const old = new Map(before.map((r) => [r[0], r]));
	const now = new Map(after.map((r) => [r[0], r]));
	const out: string[] = [];
	for (const [code, r] of now) {
		const o = old.get(code);
		if (!o) out.push(`+ ${code} ${r[1]}`);
		else if (JSON.stringify(o) !== JSON.stringify(r)) out.push(`~ ${code} ${o[1]} → ${r[1]}`);
	}
	for (const [code, r] of old) if (!now.has(code)) out.push(`- ${code} ${r[1]}`);
	return out;
}

const check = process.argv.includes('--check');
const version = (JSON.parse(await readFile(fileURLToPath(new URL('../node_modules/@vant/area-data/package.json', import.meta.url)), 'utf8')) as { version: string }).version;
const rows = buildRows();
const text = render(rows, version);
let before: Row[] = [];
let current = '';
try {
	current = await readFile(OUT, 'utf8');
	before = (JSON.parse(current) as { rows: Row[] }).rows;
} catch {
	/* first generation */
}
const changes = diff(before, rows);
for (const line of changes) console.log(line);
console.error(`${rows.length} regions from @vant/area-data@${version}; ${changes.length} code changes`);
if (check) process.exitCode = text === current ? 0 : 1;
else if (text !== current) await writeFile(OUT, text);
