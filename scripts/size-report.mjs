// Reports the size of a built site: every file raw, gzip -9 and brotli (quality 11),
// and the transfer of each entry's first visit (its HTML, CSS, JS and Wasm):
//
// - the rep's app (index.html, base.css, desk.css, print.css, the app's glue and
//   Wasm), against two limits on the gzip figure, which every host can serve: the
//   budget (150 KB), the size the product aims for, and the ceiling, the size of
//   today's build plus a little, so that nothing grows unnoticed while the budget is
//   not yet met (lower it whenever the build shrinks; once the budget is met, the
//   ceiling is the budget); its brotli figure is reported against 300 KB;
//   the views built on demand (src/split) are listed apart;
// - a customer link (viewer.html#/o/…, with the screen styles in it; print.css, the viewer's glue,
//   Wasm and split loader), against its budget of 100 KB brotli; the parts only
//   some offers need (options, requirements), fetched for those, are listed apart.
//
// With --enforce it fails when the app's first visit exceeds the ceiling (or the
// budget, when no ceiling is given) or a link's exceeds its budget. 1 KB = 1024
// bytes.
//
//   node scripts/size-report.mjs dist-e2e [--budget-kb 150] [--ceiling-kb N] [--viewer-budget-kb 100] [--enforce] [--json out.json]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args[0] ?? 'dist';
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const budgetKb = Number(option('--budget-kb', '150'));
const ceilingKb = Number(option('--ceiling-kb', String(budgetKb)));
const enforce = args.includes('--enforce');
const jsonOut = option('--json', null);

const viewerBudgetKb = Number(option('--viewer-budget-kb', '100'));
const APP_BROTLI_TARGET_KB = 300;

// Each entry's loader of its parts built on demand (src/split), as its glue
// imports it, and the parts that loader fetches: never part of a first visit.
const files = readdirSync(dist);
const escape = (name) => new RegExp(`^${name.replace(/[.]/g, '\\.')}$`);
function splitLoader(gluePattern) {
  const glue = files.find((name) => gluePattern.test(name));
  const loader = glue && /split-loader-[0-9a-f]+\.js/.exec(readFileSync(join(dist, glue), 'utf8'))?.[0];
  if (!loader) {
    console.error(`[size] no split loader imported by ${glue ?? gluePattern}`);
    process.exit(1);
  }
  return { loader, parts: new Set(readFileSync(join(dist, loader), 'utf8').match(/(?:split|chunk)_\w+-[0-9a-f]+\.wasm/g) ?? []) };
}
const appSplit = splitLoader(/^best-offer-[0-9a-f]+\.js$/);
const viewerSplit = splitLoader(/^best-offer-viewer-[0-9a-f]+\.js$/);

// What each entry's first visit downloads (the favicon and the manifest aside).
const entries = {
  app: [/^index\.html$/, /^base-[0-9a-f]+\.css$/, /^desk-[0-9a-f]+\.css$/, /^print-[0-9a-f]+\.css$/, /^best-offer-[0-9a-f]+\.js$/, /^best-offer-[0-9a-f]+_bg\.wasm$/, escape(appSplit.loader)],
  viewer: [/^viewer\.html$/, /^print-[0-9a-f]+\.css$/, /^best-offer-viewer-[0-9a-f]+\.js$/, /^best-offer-viewer-[0-9a-f]+_bg\.wasm$/, escape(viewerSplit.loader)],
};
const rows = files
  // Precompressed copies (.gz, .br) are the same files again, served instead.
  .filter((name) => statSync(join(dist, name)).isFile() && !/\.(gz|br)$/.test(name))
  .map((name) => {
    const bytes = readFileSync(join(dist, name));
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
    const of = Object.keys(entries).filter((entry) => entries[entry].some((pattern) => pattern.test(name)));
    if (appSplit.parts.has(name)) of.push('the app, on demand');
    if (viewerSplit.parts.has(name)) of.push('a link, on demand');
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli, entries: of };
  })
  .sort((a, b) => b.gzip - a.gzip);
for (const [entry, patterns] of Object.entries(entries)) {
  const missing = patterns.filter((pattern) => !rows.some((r) => pattern.test(r.name)));
  if (missing.length > 0) {
    console.error(`[size] ${entry}: no file matches ${missing.join(', ')}`);
    process.exit(1);
  }
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(44)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(9)}  first visit of`);
for (const r of rows) {
  console.log(`${r.name.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}  ${r.entries.join(', ')}`);
}
const sum = (entry, key) => rows.filter((r) => r.entries.includes(entry)).reduce((total, r) => total + r[key], 0);
const total = sum('app', 'gzip');
const totalBrotli = sum('app', 'brotli');
const viewerBrotli = sum('viewer', 'brotli');
const viewerGzip = sum('viewer', 'gzip');
const within = total <= budgetKb * 1024;
const underCeiling = total <= ceilingKb * 1024;
const viewerWithin = viewerBrotli <= viewerBudgetKb * 1024;
const over = (limit) => `OVER by ${(total / 1024 - limit).toFixed(1)} KB`;
console.log(`the rep's first visit (HTML + CSS + JS + Wasm, gzip -9): ${(total / 1024).toFixed(1)} KB`);
console.log(`the rep's first visit (HTML + CSS + JS + Wasm, brotli 11): ${(totalBrotli / 1024).toFixed(1)} KB (target ${APP_BROTLI_TARGET_KB} KB: ${totalBrotli <= APP_BROTLI_TARGET_KB * 1024 ? 'within' : 'over'})`);
console.log(`  budget ${budgetKb} KB: ${within ? 'within' : `${over(budgetKb)} (see docs/performance.md)`}`);
if (ceilingKb !== budgetKb) {
  console.log(`  ceiling ${ceilingKb} KB (no growth past the current build): ${underCeiling ? 'within' : over(ceilingKb)}`);
}
const onDemandRows = rows.filter((r) => appSplit.parts.has(r.name));
const onDemandBrotli = onDemandRows.reduce((total, r) => total + r.brotli, 0);
console.log(`the rep's views built on demand (${onDemandRows.length} files, each fetched when a view needs it): ${(onDemandBrotli / 1024).toFixed(1)} KB brotli 11 in all`);
const linkPartsRows = rows.filter((r) => viewerSplit.parts.has(r.name));
const linkPartsBrotli = linkPartsRows.reduce((total, r) => total + r.brotli, 0);
console.log(`a customer link's first visit (the viewer; HTML + CSS + JS + Wasm): ${(viewerBrotli / 1024).toFixed(1)} KB brotli 11, ${(viewerGzip / 1024).toFixed(1)} KB gzip -9`);
console.log(`  budget ${viewerBudgetKb} KB brotli: ${viewerWithin ? 'within' : `OVER by ${(viewerBrotli / 1024 - viewerBudgetKb).toFixed(1)} KB`}`);
const pageOf = (name) => rows.find((r) => r.name === name || (name === 'base.css' && /^base-[0-9a-f]+\.css$/.test(r.name))).brotli;
console.log(`  a link made before links pointed to viewer.html (the app's address, #/o/…) loads index.html and base.css instead: ${((pageOf('index.html') + pageOf('base.css') - pageOf('viewer.html')) / 1024).toFixed(1)} KB more`);
console.log(`  then, for an offer with options or requirements (${linkPartsRows.length} files): ${(linkPartsBrotli / 1024).toFixed(1)} KB brotli 11 more`);
if (jsonOut) mkdirSync(dirname(jsonOut), { recursive: true });
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ files: rows, firstVisitGzipBytes: total, firstVisitBrotliBytes: totalBrotli, budgetKb, within, ceilingKb, underCeiling, onDemandBrotliBytes: onDemandBrotli, viewer: { firstVisitBrotliBytes: viewerBrotli, firstVisitGzipBytes: viewerGzip, budgetKb: viewerBudgetKb, within: viewerWithin, partsOnDemandBrotliBytes: linkPartsBrotli } }, null, 2));
if (enforce && !underCeiling) {
  console.error(`[size] the rep's first visit is over the ${ceilingKb} KB ceiling: find what grew with scripts/size-breakdown.sh`);
  process.exit(1);
}
if (enforce && !viewerWithin) {
  console.error(`[size] a customer link's first visit is over its ${viewerBudgetKb} KB budget`);
  process.exit(1);
}
