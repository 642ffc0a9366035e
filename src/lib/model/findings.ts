/** Making findings (record.checks) with the registry's severity for each rule. */
import { RULES, type RuleKey } from './keys.ts';
import type { Check } from './record.ts';

/** A finding of `rule` with its default severity; `extra` adds line, path, actual and expected. */
export function finding(rule: RuleKey, message: string, extra: Omit<Check, 'rule' | 'severity' | 'message'> = {}): Check {
	const check: Check = { rule, severity: RULES[rule].severity, message };
	for (const [k, v] of Object.entries(extra)) if (v !== undefined) (check as unknown as Record<string, unknown>)[k] = v;
	return check;
}
