/**
 * Problem themes (DOMAIN.md §5): what a report admits in section 五 (存在的主要问题), as a lexicon a supervisor
 * can read and extend. Each item of `problems` (and of `improvements`) gets a primary theme and all its themes;
 * a report's `themes` is the union over its problem items, or `['none']` when it states no problem.
 *
 * Rules: a theme matches when its pattern occurs in the item (markdown bold removed). The primary theme is the one
 * matching earliest: DOMAIN.md says to classify the headline first ("公开渠道协同性不强。…", seed 003), and as the
 * headline opens the item, its earliest match is the item's earliest. `themes` lists every theme matching anywhere
 * in the item by first position, so the body's themes follow ("…更新不同步…互动…响应" adds timeliness_quality and
 * interaction). An item matching nothing has theme null (shown as 未归类) and no themes.
 */

export interface ThemeRule {
	key: string;
	label: string;
	/** Pattern on the item text; null for `none`. */
	pattern: RegExp | null;
}

/**
 * The theme lexicon: DOMAIN.md §5, extended with the wording of older corpus reports (公开量有待进一步扩充,
 * 质量有待进一步提高, 培训力度不够, 人员少、力量薄, 不熟悉/不重视, 查阅场所; tested in test/classify/themes.test.ts).
 */
export const THEMES: readonly ThemeRule[] = [
	{ key: 'staff', label: '队伍/人员能力', pattern: /队伍|工作人员|兼职|专职|业务能力|专业(能力|素养|水平)|业务水平|能力建设|业务骨干|信息员|人手|培训(力度)?(不足|较少|不够)|人员少|力量薄|不熟悉/ },
	{ key: 'awareness', label: '重视与意识', pattern: /重视不够|不够重视|不重视|意识.{0,4}(不强|淡薄|有待|不足)|认识不(足|深|到位)|思想认识|主动性/ },
	{ key: 'interpretation', label: '政策解读', pattern: /解读|政策宣传|宣讲/ },
	{ key: 'content_depth', label: '公开内容深度/丰富度', pattern: /深度|针对性|不够(丰富|全面|细化|生动)|内容(单一|较少|不足|不够)|细化|丰富|生动|吸引|公开量|数量(相对)?(较少|偏少)|公开范围|不能完全满足/ },
	{ key: 'timeliness_quality', label: '信息质量与时效/报送', pattern: /报送|不及时|时效|滞后|质量不高|质量(和水平)?有待|文稿|准确性|错敏|差错|更新不同步|长期未更新/ },
	{ key: 'platform_channel', label: '平台与渠道', pattern: /平台|网站|栏目|新媒体|公众号|渠道|集约化|协同|查阅场所|查阅点/ },
	{ key: 'interaction', label: '互动回应', pattern: /互动|留言|咨询|回应|答疑|诉求|响应/ },
	{ key: 'publicity_reach', label: '宣传与知晓率', pattern: /知晓率|宣传(力度|不够|不足|不到位)|覆盖面|触达|社会宣传/ },
	{ key: 'technology', label: '新技术/智能化', pattern: /新技术|新手段|智能化|数字化|大数据|人工智能|\bAI\b|deepseek/i },
	{ key: 'process_norms', label: '制度规范/依申请/保密', pattern: /制度|机制|规范化|标准化|流程|保密|依申请.{0,8}(规范|答复|办理)|台账|考核|未规范|不规范/ },
	{ key: 'enterprise_service', label: '企业服务（业务工作）', pattern: /专精特新|企业培育|营商环境|招商引资项目|企业(服务|转型)/ },
	{ key: 'none', label: '无问题/未报告', pattern: null }
];

/** Every theme key, lexicon order. */
export const THEME_KEYS: readonly string[] = THEMES.map((t) => t.key);

/** The Chinese label of a theme key (the key itself when unknown). */
export function themeLabel(key: string): string {
	return THEMES.find((t) => t.key === key)?.label ?? key;
}

function matches(text: string): { key: string; at: number }[] {
	const hits: { key: string; at: number }[] = [];
	for (const t of THEMES) {
		if (!t.pattern) continue;
		const m = t.pattern.exec(text);
		if (m) hits.push({ key: t.key, at: m.index });
	}
	return hits.sort((a, b) => a.at - b.at);
}

/**
 * Themes of one problem or improvement item.
 * @example classifyItem('公开渠道协同性不强。门户网站、微信公众号等平台信息更新不同步…') // { theme: 'platform_channel', themes: ['platform_channel', 'timeliness_quality', …] }
 */
export function classifyItem(item: string): { theme: string | null; themes: string[] } {
	const themes = matches(item.replace(/\*\*/g, '')).map((h) => h.key);
	return { theme: themes[0] ?? null, themes };
}

/**
 * A report's themes: the union of its problem items' themes in order of first appearance; `['none']` when the
 * report lists no problem item (section 五 says 无, or has none).
 */
export function reportThemes(problems: readonly string[]): string[] {
	if (!problems.length) return ['none'];
	const out: string[] = [];
	for (const p of problems) for (const k of classifyItem(p).themes) if (!out.includes(k)) out.push(k);
	return out;
}
