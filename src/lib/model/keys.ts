/**
 * The key registry: every key of the canonical record (../shared/TEMPLATE.md), its Chinese label and the
 * label variants seen in real reports. Keys are never renamed: they are the JSON keys, the Parquet columns,
 * the SQL names and the chart fields. Parsers match labels through the `match` patterns here, which are
 * applied to *compacted* text (NFKC, whitespace and markdown removed, brackets unified: see parse/normalize.ts).
 */

/** Table 3 columns, in the printed order of the 2021 and 2019 templates. */
export const TABLE3_COLUMNS = [
	{ key: 'natural_person', label: '自然人' },
	{ key: 'commercial', label: '商业企业' },
	{ key: 'research', label: '科研机构' },
	{ key: 'social_welfare', label: '社会公益组织' },
	{ key: 'legal_service', label: '法律服务机构' },
	{ key: 'other_org', label: '其他' },
	{ key: 'total', label: '总计' }
] as const;
export type Table3Column = (typeof TABLE3_COLUMNS)[number]['key'];
export const TABLE3_COLUMN_KEYS: readonly Table3Column[] = TABLE3_COLUMNS.map((c) => c.key);

export type Table3Group = 'intake' | 'granted' | 'partial' | 'denied' | 'unable' | 'rejected' | 'other' | 'processed_total' | 'carried_forward';

export interface Table3RowSpec {
	key: string;
	/** The label as printed in the 30号 template. */
	label: string;
	/** Short Chinese label for charts and tables. */
	short: string;
	group: Table3Group;
	/**
	 * Label keyword on compacted text (whitespace and markdown removed, full-width folded: parse/doc.ts). Rows are
	 * searched in printed order, each after the previous one, so a keyword only has to be unique from there on.
	 */
	match: RegExp;
	/** The keyword alone is too common ("其他"): the ordinal must stand right before it. */
	needsOrdinal?: boolean;
	/** The ordinal printed before the label inside its group ("1." … "8."), if any. */
	ordinal?: number;
	/** Which templates have this row. */
	templates: readonly ('2021' | '2019')[];
}

const BOTH = ['2021', '2019'] as const;
const Y2021 = ['2021'] as const;
const Y2019 = ['2019'] as const;

/**
 * Table 3 rows (25 in the 2021 template; the 2019 template has one `other_processing` row instead of the
 * three `other_*` rows). Order is the printed order; `other_processing` sits where (六) is printed.
 */
export const TABLE3_ROWS: readonly Table3RowSpec[] = [
	{ key: 'new_received', label: '一、本年新收政府信息公开申请数量', short: '本年新收', group: 'intake', match: /本年(度)?新收/, templates: BOTH },
	{ key: 'carried_over', label: '二、上年结转政府信息公开申请数量', short: '上年结转', group: 'intake', match: /上年(度)?结转/, templates: BOTH },
	{ key: 'granted', label: '(一)予以公开', short: '予以公开', group: 'granted', match: /予以公开/, templates: BOTH },
	{ key: 'partial', label: '(二)部分公开(区分处理的，只计这一情形，不计其他情形)', short: '部分公开', group: 'partial', match: /部分公开/, templates: BOTH },
	{ key: 'denied_state_secret', label: '1.属于国家秘密', short: '国家秘密', group: 'denied', ordinal: 1, match: /国家秘密/, templates: BOTH },
	{ key: 'denied_law_forbidden', label: '2.其他法律行政法规禁止公开', short: '法律法规禁止', group: 'denied', ordinal: 2, match: /法律(行政)?法规(禁止公开)?|法律.{0,6}止公开/, templates: BOTH },
	{ key: 'denied_three_safety', label: '3.危及“三安全一稳定”', short: '三安全一稳定', group: 'denied', ordinal: 3, match: /三安全/, templates: BOTH },
	{ key: 'denied_third_party', label: '4.保护第三方合法权益', short: '第三方权益', group: 'denied', ordinal: 4, match: /第三方/, templates: BOTH },
	{ key: 'denied_internal', label: '5.属于三类内部事务信息', short: '内部事务', group: 'denied', ordinal: 5, match: /三类内/, templates: BOTH },
	{ key: 'denied_process', label: '6.属于四类过程性信息', short: '过程性信息', group: 'denied', ordinal: 6, match: /过程性|四类过程/, templates: BOTH },
	{ key: 'denied_enforcement', label: '7.属于行政执法案卷', short: '执法案卷', group: 'denied', ordinal: 7, match: /执法案卷/, templates: BOTH },
	{ key: 'denied_query', label: '8.属于行政查询事项', short: '行政查询', group: 'denied', ordinal: 8, match: /查询事项/, templates: BOTH },
	{ key: 'unable_not_held', label: '1.本机关不掌握相关政府信息', short: '不掌握', group: 'unable', ordinal: 1, match: /不掌握/, templates: BOTH },
	{ key: 'unable_need_create', label: '2.没有现成信息需要另行制作', short: '需另行制作', group: 'unable', ordinal: 2, match: /没有现成|另行制作/, templates: BOTH },
	{ key: 'unable_unclear', label: '3.补正后申请内容仍不明确', short: '仍不明确', group: 'unable', ordinal: 3, match: /补正后|仍不明确/, templates: BOTH },
	{ key: 'rejected_complaint', label: '1.信访举报投诉类申请', short: '信访举报投诉', group: 'rejected', ordinal: 1, match: /信访|举报投诉/, templates: BOTH },
	{ key: 'rejected_duplicate', label: '2.重复申请', short: '重复申请', group: 'rejected', ordinal: 2, match: /重复申请/, templates: BOTH },
	{ key: 'rejected_publication', label: '3.要求提供公开出版物', short: '公开出版物', group: 'rejected', ordinal: 3, match: /出版物/, templates: BOTH },
	{ key: 'rejected_mass', label: '4.无正当理由大量反复申请', short: '大量反复申请', group: 'rejected', ordinal: 4, match: /大量反复/, templates: BOTH },
	{ key: 'rejected_confirm', label: '5.要求行政机关确认或重新出具已获取信息', short: '确认或重新出具', group: 'rejected', ordinal: 5, match: /重新出具|确认或/, templates: BOTH },
	{ key: 'other_no_correction', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', short: '逾期不补正', group: 'other', ordinal: 1, match: /逾期不补正|无正当理由逾期/, templates: Y2021 },
	{ key: 'other_no_fee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', short: '逾期未缴费', group: 'other', ordinal: 2, match: /逾期未(按|接)?收?费|(收费|费用)通知|缴纳费用/, templates: Y2021 },
	{ key: 'other_other', label: '3.其他', short: '其他', group: 'other', ordinal: 3, match: /其他/, needsOrdinal: true, templates: Y2021 },
	{ key: 'other_processing', label: '(六)其他处理', short: '其他处理', group: 'other', match: /(\(六\))?其他处理/, templates: Y2019 },
	{ key: 'processed_total', label: '(七)总计', short: '办理总计', group: 'processed_total', match: /(\(七\))?(总计|合计)/, templates: BOTH },
	{ key: 'carried_forward', label: '四、结转下年度继续办理', short: '结转下年', group: 'carried_forward', match: /结转下(一)?年/, templates: BOTH }
];

/** The 25 row keys of the 2021 template, in printed order (the keys of TEMPLATE.md). */
export const TABLE3_ROW_KEYS_2021: readonly string[] = TABLE3_ROWS.filter((r) => r.templates.includes('2021')).map((r) => r.key);
/** The 23 row keys of the 2019 trial template, in printed order. */
export const TABLE3_ROW_KEYS_2019: readonly string[] = TABLE3_ROWS.filter((r) => r.templates.includes('2019')).map((r) => r.key);
/** Every table-3 row key either template can produce (26). */
export const TABLE3_ROW_KEYS: readonly string[] = TABLE3_ROWS.map((r) => r.key);

/** Rows whose sum is (七) processed_total (rule `processed_sum`), per template. */
export const PROCESSED_ROW_KEYS_2021 = TABLE3_ROWS.filter((r) => r.templates.includes('2021') && !['intake', 'processed_total', 'carried_forward'].includes(r.group)).map((r) => r.key);
export const PROCESSED_ROW_KEYS_2019 = TABLE3_ROWS.filter((r) => r.templates.includes('2019') && !['intake', 'processed_total', 'carried_forward'].includes(r.group)).map((r) => r.key);

/** Table 3 groups with their printed labels (三(一)…(七)); the outcome panel uses `OUTCOME_GROUPS`. */
export const OUTCOME_GROUPS = [
	{ key: 'granted', label: '予以公开' },
	{ key: 'partial', label: '部分公开' },
	{ key: 'denied', label: '不予公开' },
	{ key: 'unable', label: '无法提供' },
	{ key: 'rejected', label: '不予处理' },
	{ key: 'other', label: '其他处理' }
] as const;

/** Table 4: three groups × five outcomes. */
export const TABLE4_GROUPS = [
	{ key: 'review', label: '行政复议' },
	{ key: 'suit_direct', label: '行政诉讼（未经复议直接起诉）' },
	{ key: 'suit_after_review', label: '行政诉讼（复议后起诉）' }
] as const;
export type Table4Group = (typeof TABLE4_GROUPS)[number]['key'];
export const TABLE4_COLUMNS = [
	{ key: 'upheld', label: '结果维持' },
	{ key: 'corrected', label: '结果纠正' },
	{ key: 'other', label: '其他结果' },
	{ key: 'pending', label: '尚未审结' },
	{ key: 'total', label: '总计' }
] as const;
export type Table4Column = (typeof TABLE4_COLUMNS)[number]['key'];

/** Table 2, 2021 template (30号): ten values. */
export const TABLE2_FIELDS = [
	{ key: 'rules_issued', label: '规章 本年制发件数' },
	{ key: 'rules_repealed', label: '规章 本年废止件数' },
	{ key: 'rules_in_force', label: '规章 现行有效件数' },
	{ key: 'normative_issued', label: '行政规范性文件 本年制发件数' },
	{ key: 'normative_repealed', label: '行政规范性文件 本年废止件数' },
	{ key: 'normative_in_force', label: '行政规范性文件 现行有效件数' },
	{ key: 'licensing', label: '行政许可 本年处理决定数量' },
	{ key: 'punishment', label: '行政处罚 本年处理决定数量' },
	{ key: 'coercion', label: '行政强制 本年处理决定数量' },
	{ key: 'fees_wan', label: '行政事业性收费 本年收费金额（万元）' }
] as const;
export type Table2Key = (typeof TABLE2_FIELDS)[number]['key'];

/**
 * Table 2, 2019 trial template (60号): 22 values, kept apart from the 2021 keys because
 * 对外公开总数量 is not 现行有效件数 (DOMAIN.md §1.2).
 */
export const TABLE2_2019_FIELDS = [
	{ key: 'rules_new_made', label: '规章 本年新制作数量' },
	{ key: 'rules_new_published', label: '规章 本年新公开数量' },
	{ key: 'rules_total_published', label: '规章 对外公开总数量' },
	{ key: 'normative_new_made', label: '规范性文件 本年新制作数量' },
	{ key: 'normative_new_published', label: '规范性文件 本年新公开数量' },
	{ key: 'normative_total_published', label: '规范性文件 对外公开总数量' },
	{ key: 'licensing_prev_items', label: '行政许可 上一年项目数量' },
	{ key: 'licensing_change', label: '行政许可 本年增/减' },
	{ key: 'licensing_decisions', label: '行政许可 处理决定数量' },
	{ key: 'other_services_prev_items', label: '其他对外管理服务事项 上一年项目数量' },
	{ key: 'other_services_change', label: '其他对外管理服务事项 本年增/减' },
	{ key: 'other_services_decisions', label: '其他对外管理服务事项 处理决定数量' },
	{ key: 'punishment_prev_items', label: '行政处罚 上一年项目数量' },
	{ key: 'punishment_change', label: '行政处罚 本年增/减' },
	{ key: 'punishment_decisions', label: '行政处罚 处理决定数量' },
	{ key: 'coercion_prev_items', label: '行政强制 上一年项目数量' },
	{ key: 'coercion_change', label: '行政强制 本年增/减' },
	{ key: 'coercion_decisions', label: '行政强制 处理决定数量' },
	{ key: 'fees_prev_items', label: '行政事业性收费 上一年项目数量' },
	{ key: 'fees_change', label: '行政事业性收费 本年增/减' },
	{ key: 'procurement_items', label: '政府集中采购 采购项目数量' },
	{ key: 'procurement_amount', label: '政府集中采购 采购总金额（按报告所印单位）' }
] as const;
export type Table2019Key = (typeof TABLE2_2019_FIELDS)[number]['key'];

/** Finding rule keys (TEMPLATE.md and DOMAIN.md §1.6), with their default severity. */
export const RULES = {
	balance: { severity: 'error', label: '勾稽关系（一+二=三(七)+四）' },
	row_total: { severity: 'error', label: '行合计（总计=各申请人之和）' },
	processed_sum: { severity: 'error', label: '办理结果之和（(七)=各项之和）' },
	table4_totals: { severity: 'error', label: '复议诉讼合计' },
	narrative_requests: { severity: 'warning', label: '正文申请数与表三不符' },
	land_share: { severity: 'warning', label: '征地拆迁件数与占比不符' },
	nonneg_integer: { severity: 'error', label: '非负整数' },
	carry_chain: { severity: 'warning', label: '上年结转与上年报告结转下年不符' },
	in_force_chain: { severity: 'info', label: '现行有效件数前后年不衔接' },
	glued_digits: { severity: 'error', label: '粘连数字无法唯一拆分' },
	glued_digits_decoded: { severity: 'info', label: '粘连数字按列数与勾稽关系拆分' },
	placeholder_zero: { severity: 'info', label: '以“—”“/”表示零' },
	missing_section: { severity: 'error', label: '缺少章节' },
	missing_column: { severity: 'info', label: '缺少列' },
	missing_row: { severity: 'warning', label: '缺少行' },
	missing_value: { severity: 'warning', label: '缺少数值' },
	region_ambiguous: { severity: 'warning', label: '地区无法唯一确定' },
	duplicate_report: { severity: 'warning', label: '同一机关同一年度重复报告' },
	template_mismatch: { severity: 'info', label: '年度与表格格式不一致' },
	year_mismatch: { severity: 'warning', label: '年度说法不一致' }
} as const satisfies Record<string, { severity: Severity; label: string }>;
export type Severity = 'error' | 'warning' | 'info';
export type RuleKey = keyof typeof RULES;
