/**
 * Classification of a parsed report: region (region.ts), agency type and is_aggregate (agency-type.ts), problem
 * themes (themes.ts). Pure TypeScript, no `node:`: the build, `npm run parse` and the browser all use it.
 */
import { RULES } from '../model/keys.ts';
import type { Check, Report } from '../model/record.ts';
import { classifyAgencyType, isAggregateReport } from './agency-type.ts';
import { resolveRegion, type RegionOverride } from './region.ts';
import { reportThemes } from './themes.ts';

export { AGENCY_TYPES, AGENCY_TYPE_KEYS, agencyTypeLabel, classifyAgencyType, isAggregateReport } from './agency-type.ts';
export { REGION_ALIASES, parseRegionOverrides, resolveRegion, toRegion, type RegionOverride, type RegionResolution } from './region.ts';
export { REGIONS, REGIONS_SOURCE, regionByCode, regionsByName, type RegionRow } from './regions.ts';
export { THEMES, THEME_KEYS, classifyItem, reportThemes, themeLabel } from './themes.ts';

export interface ClassifyOptions {
	/** regions.override.csv rows by file name (parseRegionOverrides). */
	overrides?: ReadonlyMap<string, RegionOverride>;
}

/**
 * Fill `region`, `agency_type`, `agency_type_secondary`, `is_aggregate` and `themes` of a parsed report, and add a
 * `region_ambiguous` warning when its region cannot be settled. Returns a new record; the input is not changed.
 * Earlier `region_ambiguous` checks are replaced, so classifying twice gives the same record.
 * @example classifyReport(parseReport(text, '001.txt'), text).region?.code // '511725'
 */
export function classifyReport(report: Report, text: string, options: ClassifyOptions = {}): Report {
	const resolution = resolveRegion(report.agency, text, { source: report.source, overrides: options.overrides });
	const type = report.agency ? classifyAgencyType(resolution.department) : null;
	const checks: Check[] = report.checks.filter((c) => c.rule !== 'region_ambiguous');
	if (resolution.problem) {
		checks.push({
			rule: 'region_ambiguous',
			severity: RULES.region_ambiguous.severity,
			message: resolution.problem,
			...(report.lines.agency ? { line: report.lines.agency } : {}),
			path: 'region'
		});
	}
	return {
		...report,
		region: resolution.region,
		agency_type: type?.primary ?? null,
		agency_type_secondary: type?.secondary ?? [],
		is_aggregate: isAggregateReport(report.agency, resolution.department, resolution.department !== (report.agency ?? '').trim() || resolution.rule === 'override'),
		themes: reportThemes(report.problems),
		checks
	};
}
