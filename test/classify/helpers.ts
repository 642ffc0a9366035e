/** Real agency names and their facts from the sample's own metadata (samples/corpus/manifest.csv, samples/seeds/expected.json). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ManifestRow {
	file: string;
	agency: string;
	year: string;
	template: string;
	notes: string;
}

/** The 47 rows of samples/corpus/manifest.csv. */
export function corpusManifest(): ManifestRow[] {
	return parse(readFileSync(root + 'samples/corpus/manifest.csv', 'utf8'), { columns: true }) as ManifestRow[];
}

/** The manifest's own agency-type word of a row (`agency_type=…` in its notes). */
export function manifestAgencyType(row: ManifestRow): string {
	const m = /agency_type=(\w+)/.exec(row.notes);
	if (!m) throw new Error(`manifest row ${row.file} has no agency_type`);
	return m[1]!;
}

export interface SeedExpected {
	agency: string;
	year: number;
	region: { province: string; city: string; county: string };
	table3: Record<string, Record<string, number | null>>;
	land_expropriation: { count: number; share: number } | null;
	problems_count: number;
	improvements_count: number;
}

/** samples/seeds/expected.json: hand-checked values of the five seed reports. */
export function seedsExpected(): Record<string, SeedExpected> {
	return JSON.parse(readFileSync(root + 'samples/seeds/expected.json', 'utf8')) as Record<string, SeedExpected>;
}

export function seedText(name: string): string {
	return readFileSync(root + 'samples/seeds/' + name, 'utf8');
}
