/**
 * Choosing among the readings of several rows with the identities that tie rows together. A row whose text allows
 * more than one reading (glued digits, blank cells) is settled only when exactly one reading of it is part of every
 * combination that satisfies all identities; otherwise it stays null, with the reason.
 */

/** An identity over all rows (null where a row is unknown): true, false, or null when it cannot be evaluated. */
export type Identity = (rows: (number[] | null)[]) => boolean | null;

export interface Solved {
	values: (number[] | null)[];
	/** Why a row with several readings stayed null. */
	reasons: (string | undefined)[];
}

/** More combinations than this are not enumerated: the rows stay null. */
const MAX_COMBINATIONS = 200_000;

/**
 * @example solveTable(['a','b'], [[[1]], [[2],[3]]], [(r) => r[0] && r[1] ? r[0][0] + 2 === r[1][0] : null])
 *   // { values: [[1], [3]], reasons: [undefined, undefined] }
 */
export function solveTable(keys: string[], candidates: (number[][] | null)[], identities: Identity[]): Solved {
	const values: (number[] | null)[] = candidates.map((c) => (c && c.length === 1 ? c[0]! : null));
	const reasons: (string | undefined)[] = keys.map(() => undefined);
	const open = candidates.flatMap((c, i) => (c && c.length > 1 ? [i] : []));
	if (!open.length) return { values, reasons };

	const combinations = open.reduce((n, i) => n * candidates[i]!.length, 1);
	if (combinations > MAX_COMBINATIONS) {
		for (const i of open) reasons[i] = `有 ${candidates[i]!.length} 种拆分，组合过多无法逐一核对`;
		return { values, reasons };
	}

	const seen = open.map(() => new Set<number>());
	const rows = values.slice();
	const walk = (k: number) => {
		if (k === open.length) {
			if (identities.every((identity) => identity(rows) !== false)) open.forEach((i, j) => seen[j]!.add(candidates[i]!.indexOf(rows[i]!)));
			return;
		}
		const i = open[k]!;
		for (const candidate of candidates[i]!) {
			rows[i] = candidate;
			walk(k + 1);
		}
		rows[i] = null;
	};
	walk(0);

	const list = (i: number, xs: number[]) => xs.slice(0, 4).map((x) => candidates[i]![x]!.join('/')).join('；') + (xs.length > 4 ? '…' : '');
	open.forEach((i, j) => {
		const chosen = seen[j]!;
		if (chosen.size === 1) values[i] = candidates[i]![[...chosen][0]!]!;
		else if (chosen.size === 0) reasons[i] = `有 ${candidates[i]!.length} 种拆分，没有一种满足勾稽关系（${list(i, candidates[i]!.map((_, x) => x))}）`;
		else reasons[i] = `有 ${chosen.size} 种拆分都满足勾稽关系（${list(i, [...chosen])}）`;
	});
	return { values, reasons };
}
