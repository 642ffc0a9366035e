/**
 * A file that cannot be read as a report: scanned, truncated, encrypted, binary, empty, or not a report at all.
 * Callers print `file: reason` on stderr and carry on with the other files (STYLE.md §5.2); never an empty record.
 */
export class ReportError extends Error {
	readonly file: string;
	readonly reason: string;

	constructor(file: string, reason: string) {
		super(`${file}: ${reason}`);
		this.name = 'ReportError';
		this.file = file;
		this.reason = reason;
	}
}
