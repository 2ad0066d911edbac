// Finalizes a Trunk build for static hosting: minifies wasm-bindgen's JavaScript
// (Trunk minifies HTML and CSS but not that file) and updates its integrity hash,
// puts a strict Content-Security-Policy in index.html (the one inline loader script
// allowed by its SHA-256 hash, computed from the final file), writes a `_headers`
// file with the same policy for hosts that read one, and gives the service worker
// the build's file list; last, it writes a precompressed copy (`.gz`, `.br`) beside every
// text and Wasm file for hosts that serve them. Uses node's crypto, fs and zlib, and
// terser (installed with the test tools in tests/e2e by scripts/setup.sh).
//
//   node scripts/finalize-site.mjs dist/
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../tests/e2e/package.json'));
const { minify } = require('terser');

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// wasm-bindgen's glue: 38 KB as written, about half minified (~1.7 KB less gzip).
for (const name of readdirSync(dist).filter((n) => n.endsWith('.js') && n !== 'sw.js')) {
  const path = join(dist, name);
  const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, code);
  const integrity = `sha384-${createHash('sha384').update(code, 'utf8').digest('base64')}`;
  const link = new RegExp(`(<link[^>]*${name.replace(/[.]/g, '\\.')}[^>]*integrity=)("?)sha384-[A-Za-z0-9+/=]+\\2`);
  if (!link.test(html)) {
    console.error(`[finalize] no integrity attribute found for ${name}`);
    process.exit(1);
  }
  html = html.replace(link, `$1$2${integrity}$2`);
  console.log(`[finalize] minified ${name}`);
}

// The Wasm is fetched once the static first screen has painted, not preloaded with
// it: on a fast connection the preload finished before the first paint, which made
// Lighthouse's simulation count the whole Wasm download (slow 4G) before the largest
// contentful paint — the static introduction — in about half of the runs.
const wasmPreload = /<link(?=[^>]*\brel="?preload\b)(?=[^>]*\.wasm\b)[^>]*>/;
if (!wasmPreload.test(html)) {
  console.error('[finalize] expected the Wasm preload link of Trunk');
  process.exit(1);
}
html = html.replace(wasmPreload, '');
const loaderStart = /(<script type="?module"?>import init, \* as bindings from '[^']+';\n)/;
if (!loaderStart.test(html)) {
  console.error("[finalize] expected Trunk's loader to start with its import line");
  process.exit(1);
}
// After the next paint (an animation frame, then a task), or 100 ms at most, so a
// page opened in a background tab, where frames wait, still starts.
html = html.replace(
  loaderStart,
  '$1await new Promise((go) => { requestAnimationFrame(go); setTimeout(go, 100); });\n',
);

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) {
  console.error(`[finalize] expected exactly one inline script, found ${inline.length}`);
  process.exit(1);
}
const hash = createHash('sha256').update(inline[0][1], 'utf8').digest('base64');

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/g, '').replace(/\s*<meta name="referrer"[^>]*>/g, '');
// After <base>: the policy's base-uri then applies to nothing that follows.
const anchor = /<base [^>]*>/.exec(html) ?? /<meta charset="utf-8" \/>|<meta charset="utf-8">/.exec(html);
if (!anchor) {
  console.error('[finalize] no <base> or <meta charset> to anchor the policy');
  process.exit(1);
}
const at = anchor.index + anchor[0].length;
html = `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <meta name="referrer" content="no-referrer" />${html.slice(at)}`;
writeFileSync(indexPath, html);

const headers = `/*
  Content-Security-Policy: ${policy}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`;
writeFileSync(join(dist, '_headers'), headers);
console.log(`[finalize] CSP with loader hash sha256-${hash} written to ${indexPath} and ${join(dist, '_headers')}`);

// The service worker learns the exact files of this build and a version derived
// from their contents, so every new build is picked up on the next visit.
const swPath = join(dist, 'sw.js');
const files = readdirSync(dist)
  .filter((name) => !['sw.js', '_headers'].includes(name) && statSync(join(dist, name)).isFile())
  .sort();
const version = createHash('sha256');
for (const name of files) version.update(name).update(readFileSync(join(dist, name)));
const sw = readFileSync(swPath, 'utf8')
  .replace("'__BEST_OFFER_VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace("['__BEST_OFFER_FILES__']", JSON.stringify(files));
writeFileSync(swPath, sw);
console.log(`[finalize] service worker caches ${files.length} files`);

// Precompressed copies, written last so that every file above is final. Hosts that
// serve them (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`) send the
// smallest form the browser accepts without compressing on each request; others
// ignore them. The service worker's list (above) names only the originals.
let precompressed = 0;
for (const name of readdirSync(dist)) {
  if (!/\.(html|css|js|wasm|svg|webmanifest)$/.test(name)) continue;
  const bytes = readFileSync(join(dist, name));
  writeFileSync(join(dist, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  const brotli = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  writeFileSync(join(dist, `${name}.br`), brotliCompressSync(bytes, { params: brotli }));
  precompressed += 1;
}
console.log(`[finalize] wrote .gz and .br copies of ${precompressed} files`);
