// Finalizes the two Trunk builds (index.html, the rep's app; viewer.html, the
// customer's viewer, whose files scripts/build.sh has copied in) for static hosting:
// renames what each Wasm imports from its glue (scripts/short-import-names.mjs);
// minifies wasm-bindgen's JavaScript (Trunk minifies HTML and CSS but not that file)
// and updates its integrity hashes; writes index.html's loader, which decides from
// the address's fragment whether to start the app or the viewer before fetching
// either, and viewer.html's, which starts the viewer (new customer links point to
// viewer.html; links on the app's address still open); puts the screen styles into
// viewer.html itself; puts a strict Content-Security-Policy in both pages (the
// inline loaders and viewer.html's styles allowed by their SHA-256 hashes, computed
// from the final files), writes a `_headers` file with the same policy for hosts
// that read one, and gives the service worker the build's file list; last, it writes
// a precompressed copy (`.gz`, `.br`) beside every text and Wasm file for hosts that
// serve them. Uses node's crypto, fs and zlib, and terser (installed with the test
// tools in tests/e2e by scripts/setup.sh).
//
//   node scripts/finalize-site.mjs dist/
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shortenImportNames } from './short-import-names.mjs';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../tests/e2e/package.json'));
const { minify } = require('terser');

const dist = process.argv[2] ?? 'dist';
const pages = ['index.html', 'viewer.html'];
const html = Object.fromEntries(pages.map((name) => [name, readFileSync(join(dist, name), 'utf8')]));
const fail = (message) => {
  console.error(`[finalize] ${message}`);
  process.exit(1);
};

/** Puts the new integrity of a rewritten file into the pages' links to it. */
function updateIntegrity(name, bytes) {
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const link = new RegExp(`(<link[^>]*${name.replace(/[.]/g, '\\.')}[^>]*integrity=)("?)sha384-[A-Za-z0-9+/=]+\\2`);
  const referring = pages.filter((page) => link.test(html[page]));
  for (const page of referring) html[page] = html[page].replace(link, `$1$2${integrity}$2`);
  return referring;
}

// Short names for what each Wasm imports from its glue and the closures it exports to
// it (scripts/short-import-names.mjs):
// the same renaming in the Wasm and in its glue, before the glue is minified.
for (const glueName of readdirSync(dist).filter((n) => /^best-offer(-viewer)?-[0-9a-f]+\.js$/.test(n))) {
  const wasmName = glueName.replace(/\.js$/, '_bg.wasm');
  const renamed = shortenImportNames(readFileSync(join(dist, wasmName)), readFileSync(join(dist, glueName), 'utf8'));
  writeFileSync(join(dist, wasmName), renamed.wasm);
  writeFileSync(join(dist, glueName), renamed.glue);
  updateIntegrity(wasmName, renamed.wasm);
  console.log(`[finalize] ${wasmName}: ${renamed.count} imports from its glue and ${renamed.exports} closure exports renamed`);
}

// wasm-bindgen's glue: 38 KB as written, about half minified (~1.7 KB less gzip).
for (const name of readdirSync(dist).filter((n) => n.endsWith('.js') && n !== 'sw.js')) {
  const path = join(dist, name);
  const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, code);
  const referring = updateIntegrity(name, Buffer.from(code, 'utf8'));
  // The loader of the views built on demand is imported by the app's glue, not
  // named by a page (scripts/split-views.mjs).
  if (referring.length === 0 && !/^split-loader-[0-9a-f]+\.js$/.test(name)) fail(`no integrity attribute found for ${name}`);
  console.log(`[finalize] minified ${name}`);
}

/** The glue and the Wasm that Trunk's loader of `page` starts. */
function trunkLoader(page) {
  const found = /<script type="?module"?>import init, \* as bindings from '([^']+)';\n(?:[\s\S]*?)module_or_path: '([^']+)'[\s\S]*?<\/script>/.exec(html[page]);
  if (!found) fail(`expected Trunk's loader in ${page}`);
  return { script: found[0], glue: found[1], wasm: found[2] };
}
const app = trunkLoader('index.html');
const viewer = trunkLoader('viewer.html');

/** The loader of the parts built on demand (src/split) that the glue at `url` (an
 *  address under the public path) imports. The glue can run only once it is here:
 *  fetched after the glue, it would cost one more round trip before the start. */
function splitLoaderOf(glueUrl) {
  const glue = readFileSync(join(dist, glueUrl.split('/').pop()), 'utf8');
  const found = /split-loader-[0-9a-f]+\.js/.exec(glue);
  if (!found) fail(`expected ${glueUrl} to import a split loader`);
  return glueUrl.replace(/[^/]+$/, found[0]);
}
app.splitLoader = splitLoaderOf(app.glue);
viewer.splitLoader = splitLoaderOf(viewer.glue);

// The rep's own styles (desk.css) are added by the loader for the app alone: a
// customer link's viewer never downloads them.
const deskLink = /<link(?=[^>]*\bhref="?([^" >]*desk-[0-9a-f]+\.css)"?)(?=[^>]*\bintegrity="?(sha384-[A-Za-z0-9+/=]+)"?)[^>]*>/.exec(html['index.html']);
if (!deskLink) fail('expected the desk.css link in index.html');
html['index.html'] = html['index.html'].replace(deskLink[0], '');

// Neither page keeps Trunk's preloads of its Wasm and glue: the loaders below fetch
// them. index.html's Wasm preloaded in the head finished before the first paint on a
// fast connection, which made Lighthouse's simulation count the whole Wasm download
// (slow 4G) before the largest contentful paint — the static introduction — in
// about half of the runs; and a customer link needs the viewer's files instead.
// viewer.html's loader fetches them as early as a preload would.
const preload = /<link(?=[^>]*\brel="?(?:preload|modulepreload)\b)(?=[^>]*\.(?:wasm|js)\b)[^>]*>/g;
for (const page of pages) {
  if ((html[page].match(preload) ?? []).length !== 2) fail(`expected Trunk's Wasm and glue preloads in ${page}`);
  html[page] = html[page].replace(preload, '');
}

/** A CSP source for an inline element's text: its SHA-256 hash. */
const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Starts the customer's viewer: its Wasm fetched at once and compiled while it
 *  arrives, its glue imported beside it (with the split loader the glue imports,
 *  fetched beside it rather than after it), the viewer started once the page is
 *  parsed (the promise `parsed`). On the app's page (`onAppPage`) the rep's
 *  introduction is hidden from the first paint (base.css) and the app's status line
 *  says what happens; viewer.html has neither. */
const startViewer = (onAppPage) => `
  const wasmUrl = '${viewer.wasm}';
  // A host that sends .wasm under another type cannot stream: compile from the bytes.
  const compiled = WebAssembly.compileStreaming(fetch(wasmUrl))
    .catch(() => fetch(wasmUrl).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)));
  const glue = import('${viewer.glue}');
  preloadModule('${viewer.splitLoader}');
  ${onAppPage ? "document.documentElement.classList.add('opening-offer');" : ''}
  parsed.then(async () => {
    ${onAppPage ? "document.querySelector('#app [role=\"status\"]')?.replaceChildren('Opening the offer…');" : ''}
    const viewer = await glue;
    await viewer.default({ module_or_path: compiled });
  });`;
/** What both loaders start with: a module preloaded, and the page parsed. */
const whenParsed = `
  const preloadModule = (href) => document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  const parsed = new Promise((go) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
    else go();
  });`;

// The fragment decides which Wasm to fetch, before either is: a customer link
// (#/o/…) starts the viewer, anything else the rep's app with desk.css. The loader is
// a classic script placed first in the head, so it runs as soon as the page's first
// bytes are parsed, before the stylesheets have arrived (a module script, as Trunk
// writes it, waits for them). For a customer link, whose content is the offer the
// Wasm renders, it fetches the viewer's Wasm at once and compiles it while it arrives
// (`compileStreaming`, off the main thread), imports the glue beside it, and starts
// the viewer once the page is parsed: on an emulated network with 40 ms round trips
// the offer was on screen 60–65 ms sooner (docs/performance.md, "The loader first in
// the head").
//
// The rep's app fetches its Wasm only once the page's stylesheets are in, and starts
// it after the next paint (an animation frame, then a task; or 100 ms at most, so a
// page opened in a background tab, where frames wait, still starts). Fetched at once
// from the head, the Wasm arrived before the first paint, and Lighthouse's
// simulation of a slow network counted its whole download before the largest paint,
// the static introduction: 2,597 ms instead of about 900, performance 97 instead of
// 99–100. Fetched after that paint instead, as before the views were split out, the
// app started 20–34 ms later (208 and 207 ms against 174 and 189).
const appLoader = `(() => {${whenParsed}
  if (location.hash.startsWith('#/o/')) {${startViewer(true)}
    return;
  }
  // desk.css is fetched now and applied once the page is parsed, right after
  // base.css and before print.css: the cascade the styles were written for.
  const deskUrl = '${deskLink[1]}';
  const deskIntegrity = '${deskLink[2]}';
  document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'style', href: deskUrl, integrity: deskIntegrity }));
  const loaded = (sheet) => new Promise((go) => {
    if (sheet.sheet) go();
    sheet.addEventListener('load', go);
    sheet.addEventListener('error', go);
  });
  parsed.then(async () => {
    const base = document.querySelector('link[rel="stylesheet"]');
    const desk = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: deskUrl, integrity: deskIntegrity });
    const styled = loaded(desk);
    base.after(desk);
    await loaded(base);
    const glue = import('${app.glue}');
    preloadModule('${app.splitLoader}');
    const download = fetch('${app.wasm}');
    await new Promise((go) => { requestAnimationFrame(go); setTimeout(go, 100); });
    const bindings = await glue;
    await styled;
    const wasm = await bindings.default({ module_or_path: download });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  });
})();`;
// viewer.html, the page a customer link points to (and any address on it): the
// viewer, whatever the fragment (it says when there is no offer in it).
const viewerLoader = `(() => {${whenParsed}${startViewer(false)}
})();`;

// Each page's loader goes first in the head (below, after the policy); Trunk's go.
// Shipped minified: the comments above are for this file's readers, not every visitor.
html['index.html'] = html['index.html'].replace(app.script, '');
html['viewer.html'] = html['viewer.html'].replace(viewer.script, '');
for (const page of pages) if (/<script/.test(html[page])) fail(`expected no script left in ${page} but the loader`);
const minified = async (js) => (await minify(js, { compress: { passes: 2 }, mangle: true })).code;
const loaderCode = { 'index.html': await minified(appLoader), 'viewer.html': await minified(viewerLoader) };
const hashes = pages.map((page) => cspHash(loaderCode[page]));

// viewer.html carries the screen styles in the page itself: a link's page has no
// stylesheet to wait for, so its first paint ("Opening the offer…") is over before
// the viewer's Wasm is in, instead of taking the main thread just as the Wasm arrives
// (docs/performance.md). The policy allows that one style element by its hash.
const baseLink = /<link(?=[^>]*\bhref="?([^" >]*base-[0-9a-f]+\.css)"?)(?=[^>]*\brel="?stylesheet\b)[^>]*>/.exec(html['viewer.html']);
if (!baseLink) fail('expected the base.css link in viewer.html');
const baseCss = readFileSync(join(dist, baseLink[1].split('/').pop()), 'utf8');
if (/<\/style/i.test(baseCss)) fail('base.css must not contain </style');
html['viewer.html'] = html['viewer.html'].replace(baseLink[0], `<style>${baseCss}</style>`);
const baseHash = cspHash(baseCss);

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  `style-src 'self' ${baseHash}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

for (const page of pages) {
  let text = html[page].replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/g, '').replace(/\s*<meta name="referrer"[^>]*>/g, '');
  // After <base>: the policy's base-uri then applies to nothing that follows.
  const anchor = /<base [^>]*>/.exec(text) ?? /<meta charset="utf-8" \/>|<meta charset="utf-8">/.exec(text);
  if (!anchor) fail(`no <base> or <meta charset> to anchor the policy in ${page}`);
  const at = anchor.index + anchor[0].length;
  // The loader right after the policy, before the stylesheets it must not wait for.
  const first = `\n    <script>${loaderCode[page]}</script>`;
  text = `${text.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <meta name="referrer" content="no-referrer" />${first}${text.slice(at)}`;
  writeFileSync(join(dist, page), text);
}

const headers = `/*
  Content-Security-Policy: ${policy}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`;
writeFileSync(join(dist, '_headers'), headers);
console.log(`[finalize] CSP with the loaders' hashes ${hashes.join(' ')} written to ${pages.join(', ')} and ${join(dist, '_headers')}`);

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
