/**
 * A small static server for the end-to-end tests and the bench, like a real host: Range requests (206),
 * `.html` for extension-less page paths, optional gzip (for bytes-on-the-wire figures), and mounts so that
 * one build is served at `/`, in a sub-folder (`/lens/`) and with another data dir (`/xss/`, the e2e fixture).
 * Listens on 127.0.0.1 only.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.parquet': 'application/vnd.apache.parquet',
	'.png': 'image/png'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.wasm', '.txt']);

/** A URL prefix served from a folder; the longest matching prefix wins. */
export interface Mount {
	prefix: string;
	dir: string;
}

async function findFile(dir: string, rel: string): Promise<string | null> {
	const base = normalize(join(dir, rel));
	if (base !== dir && !base.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		try {
			if ((await stat(candidate)).isFile()) return candidate;
		} catch {
			/* try the next form */
		}
	}
	return null;
}

export function serveStatic(mounts: Mount[], options: { gzip?: boolean } = {}): Promise<{ server: Server; origin: string }> {
	const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
	const gzCache = new Map<string, Buffer>();
	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			const path = decodeURIComponent(url.pathname);
			const mount = sorted.find((m) => path === m.prefix.replace(/\/$/, '') || path.startsWith(m.prefix));
			const file = mount ? await findFile(mount.dir, path.slice(mount.prefix.length) || '/') : null;
			if (!file) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
				return;
			}
			const ext = extname(file);
			const info = await stat(file);
			const size = info.size;
			// Like a well-configured host: hashed build assets are immutable, everything else is revalidated.
			const etag = `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
			const headers: Record<string, string | number> = {
				'content-type': TYPES[ext] ?? 'application/octet-stream',
				'accept-ranges': 'bytes',
				etag,
				'cache-control': path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			};
			if (req.headers['if-none-match'] === etag) {
				res.writeHead(304, headers).end();
				return;
			}
			const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
			if (range) {
				const start = range[1] ? Number(range[1]) : size - Number(range[2]);
				const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
				if (start > end || start < 0) {
					res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
					return;
				}
				res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
				if (req.method === 'HEAD') res.end();
				else createReadStream(file, { start, end }).pipe(res);
				return;
			}
			if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
				let body = gzCache.get(file);
				if (!body) gzCache.set(file, (body = gzipSync(await readFile(file), { level: 6 })));
				res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
				res.end(req.method === 'HEAD' ? undefined : body);
				return;
			}
			res.writeHead(200, { ...headers, 'content-length': size });
			if (req.method === 'HEAD') res.end();
			else createReadStream(file).pipe(res);
		} catch (error) {
			res.writeHead(500).end(String(error));
		}
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({ server, origin: `http://127.0.0.1:${port}` });
		});
	});
}
