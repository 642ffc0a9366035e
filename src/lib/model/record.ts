/**
 * The canonical record of one annual report (../shared/TEMPLATE.md). `npm run --silent parse -- FILE` prints
 * exactly this as JSON. Keys are the registry's (model/keys.ts); a value the document does not give is `null`,
 * never a made-up 0.
 */
import type { RuleKey, Severity, Table2019Key, Table2Key, Table3Column, Table4Column, Table4Group } from './keys.ts';

export type TemplateVersion = '2021' | '2019' | 'free' | null;

/** A finding about the document (vfile-message shape). `line` is 1-based in the report's normalised text. */
export interface Check {
	rule: RuleKey;
	severity: Severity;
	message: string;
	line?: number;
	/** The record path the finding is about, e.g. `table3.new_received.total`. */
	path?: string;
	actual?: number | string | null;
	expected?: number | string | null;
}

/** One table-3 row: the seven columns; `null` where the document gives no value (e.g. an absent 其他 column). */
export type Table3Cells = Record<Table3Column, number | null>;
/** Table 3 keyed by row key; a row the document lacks is absent or has all-null cells. */
export type Table3 = Record<string, Table3Cells>;
export type Table4Cells = Record<Table4Column, number | null>;
export type Table4 = Record<Table4Group, Table4Cells>;
export type Table2 = Record<Table2Key, number | null>;
export type Table2019 = Record<Table2019Key, number | null>;

export interface Region {
	province: string | null;
	city: string | null;
	county: string | null;
	/** 6-digit GB/T 2260 code of the most specific level resolved, or null. */
	code: string | null;
}

export interface LandExpropriation {
	/** Requests about 征地拆迁 as stated, or null when only a share is stated. */
	count: number | null;
	/** Share of new requests as a fraction (0.896 for "89.6%"), or null when only a count is stated. */
	share: number | null;
	/** The sentence that states it, verbatim. */
	evidence: string;
}

export interface Report {
	source: string;
	agency: string | null;
	year: number | null;
	template: TemplateVersion;
	/** ISO date (YYYY-MM-DD) from a 发布时间 header or the dated signature line; null when the text states none. */
	published_at: string | null;
	region: Region | null;
	agency_type: string | null;
	agency_type_secondary: string[];
	is_aggregate: boolean | null;
	table2: Table2 | null;
	table2_2019: Table2019 | null;
	table3: Table3 | null;
	table4: Table4 | null;
	land_expropriation: LandExpropriation | null;
	/** The count of requests stated in section 一(二), when one is stated. */
	narrative_requests: number | null;
	problems: string[];
	improvements: string[];
	themes: string[];
	/** 1-based line of each value: `agency`, `year`, `table2`, `table3.<row>`, `table4.<group>`, `land_expropriation`, `problems`, `problems.<i>`, `improvements.<i>`, `published_at`. */
	lines: Record<string, number>;
	checks: Check[];
}
