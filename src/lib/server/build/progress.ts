/**
 * Build progress on stderr. On a terminal: one line redrawn in place ("解析 [########----] 812/1000 81% 145/s"),
 * at most every 100 ms. Otherwise (CI, pipes, logs): one plain line per input. A minimal renderer rather than a
 * library: the one line needs no layout engine, and cli-progress and friends would add ANSI handling and a
 * dependency for 30 lines of code.
 */

export interface ProgressSink {
	/** One input finished: `status` is e.g. "cached", "parsed", or a skip reason. */
	tick(file: string, status: string, ok: boolean): void;
	done(): void;
}

export function createProgress(total: number, stream: { isTTY?: boolean; write(s: string): unknown; columns?: number }, label = '解析'): ProgressSink {
	let n = 0;
	const start = Date.now();
	let last = 0;
	if (stream.isTTY) {
		const draw = (force: boolean) => {
			const now = Date.now();
			if (!force && now - last < 100) return;
			last = now;
			const width = 24;
			const filled = total ? Math.round((n / total) * width) : width;
			const rate = n / Math.max(0.001, (now - start) / 1000);
			const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${n}/${total} ${total ? Math.floor((n / total) * 100) : 100}% ${rate.toFixed(0)}/s`;
			stream.write(`\r${line.slice(0, Math.max(20, (stream.columns || 80) - 1))}\x1b[K`);
		};
		return {
			tick() {
				n++;
				draw(n === total);
			},
			done() {
				draw(true);
				stream.write('\n');
			}
		};
	}
	const digits = String(total).length;
	return {
		tick(file, status) {
			n++;
			stream.write(`[${String(n).padStart(digits)}/${total}] ${file}: ${status}\n`);
		},
		done() {}
	};
}
