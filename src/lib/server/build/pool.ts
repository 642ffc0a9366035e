/**
 * A fixed pool of worker threads (parse-worker.ts), one per core by default, each parsing one file at a time.
 * `parse(file)` resolves with the worker's answer; work is handed to whichever worker is free, in request order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CachedRecord } from './cache.ts';

export interface WorkerRequest {
	seq: number;
	file: string;
}
export type WorkerResponse = { seq: number; ok: true; record: CachedRecord } | { seq: number; ok: false; reason: string; internal?: boolean };

export class ParsePool {
	private readonly workers: Worker[] = [];
	private readonly idle: Worker[] = [];
	private readonly queue: { req: WorkerRequest; resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }[] = [];
	private readonly pending = new Map<number, { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void; worker: Worker }>();
	private seq = 0;
	private failed: Error | null = null;

	constructor(size: number = availableParallelism()) {
		for (let i = 0; i < Math.max(1, size); i++) {
			const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url));
			worker.on('message', (res: WorkerResponse) => {
				const p = this.pending.get(res.seq);
				this.pending.delete(res.seq);
				this.idle.push(worker);
				this.pump();
				p?.resolve(res);
			});
			worker.on('error', (error) => this.fail(error));
			worker.on('exit', (code) => {
				if (code !== 0 && !this.closing) this.fail(new Error(`parse worker exited with code ${code}`));
			});
			this.workers.push(worker);
			this.idle.push(worker);
		}
	}

	private closing = false;

	/** Parse one file in a worker. */
	parse(file: string): Promise<WorkerResponse> {
		if (this.failed) return Promise.reject(this.failed);
		return new Promise((resolve, reject) => {
			this.queue.push({ req: { seq: this.seq++, file }, resolve, reject });
			this.pump();
		});
	}

	private pump(): void {
		while (this.idle.length && this.queue.length) {
			const worker = this.idle.pop()!;
			const job = this.queue.shift()!;
			this.pending.set(job.req.seq, { resolve: job.resolve, reject: job.reject, worker });
			worker.postMessage(job.req);
		}
	}

	/** A worker crashed (a programmer error, not a bad file): fail everything still waiting. */
	private fail(error: Error): void {
		this.failed ??= error;
		for (const p of this.pending.values()) p.reject(error);
		for (const q of this.queue) q.reject(error);
		this.pending.clear();
		this.queue.length = 0;
	}

	async close(): Promise<void> {
		this.closing = true;
		await Promise.all(this.workers.map((w) => w.terminate()));
	}
}
