// A tiny static file server for the browser tests: serves a built site under a
// sub-path on 127.0.0.1, so the tests prove the app works off the host's root.
// No dependencies; `--gzip` compresses responses the way a production host would, and
// `--precompressed` serves the build's `.br` (or `.gz`) copy of a file when the browser
// accepts it, as nginx `brotli_static`/`gzip_static` and Caddy `precompressed` do.
//
//   node serve.mjs --dir ../../dist-e2e --prefix /best-offer/ --port 4173 [--gzip] [--precompressed]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const root = resolve(arg('dir', '../../dist-e2e'));
const prefix = arg('prefix', '/');
const port = Number(arg('port', '4173'));
const gzip = process.argv.includes('--gzip');
const precompressed = process.argv.includes('--precompressed');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not under the site prefix');
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(prefix.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(root, rel));
  if (!file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    let body = await readFile(file);
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    const accepts = req.headers['accept-encoding'] ?? '';
    const copy = async (suffix) => {
      try {
        return await readFile(file + suffix);
      } catch {
        return null;
      }
    };
    const brotli = precompressed && /\bbr\b/.test(accepts) ? await copy('.br') : null;
    const gzipped = precompressed && !brotli && /gzip/.test(accepts) ? await copy('.gz') : null;
    if (brotli) {
      body = brotli;
      headers['content-encoding'] = 'br';
    } else if (gzipped) {
      body = gzipped;
      headers['content-encoding'] = 'gzip';
    } else if (gzip && /gzip/.test(accepts)) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}${gzip ? ' (gzip)' : ''}`);
});
