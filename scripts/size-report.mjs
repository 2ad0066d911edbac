// Reports the size of a built site: every file raw, gzip -9 and brotli (quality 11), and
// the transfer of a first visit (HTML + CSS + JS + Wasm) in both, against two limits
// (on the gzip figure, which every host can serve):
//
// - the budget (150 KB): the size the product aims for;
// - the ceiling: the size of today's build plus a little, so that nothing grows
//   unnoticed while the budget is not yet met. Lower it whenever the build shrinks;
//   once the budget is met, the ceiling is the budget.
//
// With --enforce it fails when the first visit exceeds the ceiling (or the budget,
// when no ceiling is given). 1 KB = 1024 bytes.
//
//   node scripts/size-report.mjs dist-e2e [--budget-kb 150] [--ceiling-kb N] [--enforce] [--json out.json]
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

const firstVisit = new Set(['.html', '.css', '.js', '.wasm']);
const rows = readdirSync(dist)
  // Precompressed copies (.gz, .br) are the same files again, served instead.
  .filter((name) => statSync(join(dist, name)).isFile() && !/\.(gz|br)$/.test(name))
  .map((name) => {
    const bytes = readFileSync(join(dist, name));
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli, firstVisit: firstVisit.has(extname(name)) };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(44)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(9)}  first visit`);
for (const r of rows) {
  console.log(`${r.name.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}  ${r.firstVisit ? 'yes' : ''}`);
}
const total = rows.filter((r) => r.firstVisit).reduce((sum, r) => sum + r.gzip, 0);
const totalBrotli = rows.filter((r) => r.firstVisit).reduce((sum, r) => sum + r.brotli, 0);
const within = total <= budgetKb * 1024;
const underCeiling = total <= ceilingKb * 1024;
const over = (limit) => `OVER by ${(total / 1024 - limit).toFixed(1)} KB`;
console.log(`first visit (HTML + CSS + JS + Wasm, gzip -9): ${(total / 1024).toFixed(1)} KB`);
console.log(`first visit (HTML + CSS + JS + Wasm, brotli 11): ${(totalBrotli / 1024).toFixed(1)} KB`);
console.log(`  budget ${budgetKb} KB: ${within ? 'within' : `${over(budgetKb)} (see the README's size section)`}`);
if (ceilingKb !== budgetKb) {
  console.log(`  ceiling ${ceilingKb} KB (no growth past the current build): ${underCeiling ? 'within' : over(ceilingKb)}`);
}
if (jsonOut) mkdirSync(dirname(jsonOut), { recursive: true });
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ files: rows, firstVisitGzipBytes: total, firstVisitBrotliBytes: totalBrotli, budgetKb, within, ceilingKb, underCeiling }, null, 2));
if (enforce && !underCeiling) {
  console.error(`[size] the first visit is over the ${ceilingKb} KB ceiling: find what grew with scripts/size-breakdown.sh`);
  process.exit(1);
}
