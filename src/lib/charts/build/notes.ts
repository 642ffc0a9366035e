/** Footnotes shared by panels that add reports up. */
import type { BuildContext } from '../common.ts';

/** With scope "all", a region's aggregate report and its departments' reports may count the same requests twice. */
export function scopeNotes(ctx: BuildContext): string[] {
	return ctx.filters.scope === 'all'
		? ['范围为“全部报告”时，地区汇总报告与其部门报告的数字可能重复；只看部门可选“仅部门报告”。']
		: [];
}
