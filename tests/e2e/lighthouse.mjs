// Lighthouse 12.8.2 (mobile, default throttling) against the built site served
// locally the way a host with precompressed files serves it (the build's `.br` copies,
// as nginx `brotli_static` or Caddy `precompressed` would; `--gzip` for anything
// without one), in the system Chromium. Runs nine times and keeps the run
// with the median performance score (Lighthouse's own advice: one run varies by a
// few points), prints the scores and the median run's total blocking time, and
// fails when accessibility or best practices are below 100, or performance below
// its floor of 90. Performance's target is 95: a median below it is reported, not
// failed, because identical runs on these shared machines swing by ±5 points (a
// median of 93 and one of 97 came from the same build in the same hour); a drop
// below 90 is a real regression.
//
//   node lighthouse.mjs ../../dist-e2e /best-offer/
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? '../../dist-e2e');
const prefix = process.argv[3] ?? '/best-offer/';
const port = 4197;
// Nine, not five: on these shared 2-core machines the total blocking time of identical
// runs varies from 120 to 490 ms (scores 88–100), and the median of nine is steadier.
const RUNS = 9;
// What fails the step, and (performance only) the target reported beside it.
const floors = { performance: 0.9, accessibility: 1, 'best-practices': 1 };
const targets = { performance: 0.95, accessibility: 1, 'best-practices': 1 };

// Lighthouse simulates a slow phone from the time the page's work takes here, so it
// needs a quiet machine. Run after the browser suite, it first waits for the
// one-minute load average to fall below 1 (at most 90 s) and says how long it waited.
const quietSince = Date.now();
while (loadavg()[0] >= 1 && Date.now() - quietSince < 90_000) await new Promise((r) => setTimeout(r, 2_000));
console.log(`lighthouse: waited ${Math.round((Date.now() - quietSince) / 1000)} s for a quiet machine (load ${loadavg()[0].toFixed(2)})`);
mkdirSync('artifacts', { recursive: true });
const server = spawn('node', ['serve.mjs', '--dir', dist, '--prefix', prefix, '--port', String(port), '--gzip', '--precompressed'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
let failed = false;
try {
  const reports = [];
  for (let i = 1; i <= RUNS; i++) {
    const output = `artifacts/lighthouse-${i}.json`;
    const run = spawnSync(
      'npx',
      [
        '--no-install', 'lighthouse', `http://127.0.0.1:${port}${prefix}`,
        '--quiet', '--output=json', `--output-path=${output}`,
        '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
    );
    if (run.status !== 0) throw new Error(`lighthouse exited with ${run.status}`);
    reports.push(JSON.parse(readFileSync(output, 'utf8')));
  }
  const scores = reports.map((r) => Math.round(r.categories.performance.score * 100));
  console.log(`lighthouse performance of the ${RUNS} runs: ${scores.join(', ')}`);
  reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const report = reports[Math.floor(RUNS / 2)];
  writeFileSync('artifacts/lighthouse.json', JSON.stringify(report));
  const blocking = Math.round(report.audits['total-blocking-time'].numericValue);
  for (const [id, target] of Object.entries(targets)) {
    const score = report.categories[id].score;
    const ok = score >= floors[id];
    failed ||= !ok;
    const verdict = score >= target ? 'ok' : ok ? `below the target, above the floor of ${floors[id] * 100}` : 'BELOW THE FLOOR';
    console.log(`lighthouse ${id}: ${Math.round(score * 100)} (target ≥ ${target * 100}) ${verdict}`);
  }
  console.log(`lighthouse total blocking time of the median run: ${blocking} ms`);
  if (failed) {
    for (const [id, audit] of Object.entries(report.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`  failing audit: ${id} — ${audit.title}`);
    }
  }
} catch (error) {
  console.error(String(error));
  failed = true;
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
