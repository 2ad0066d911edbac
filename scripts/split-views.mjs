// Cuts the rep's app into the Wasm its first screen needs and one Wasm file per
// view built on demand (src/split), after Trunk has built the site.
//
//   node scripts/split-views.mjs <dist> <linked.wasm>
//
// <linked.wasm> is cargo's output for the app, linked with `--emit-relocs` (so the
// splitter can move code and data). wasm-split-cli finds the `#[wasm_split]` split
// points, moves the code reachable only from each into its own file and writes the
// loader (`__wasm_split.js`) that fetches a file when its view is first opened.
// Then, as Trunk does for the whole Wasm: wasm-bindgen's glue for the main part and
// `wasm-opt -Oz` for every part. Trunk's own files of the app (its glue and Wasm)
// are replaced under the names its index.html already uses; the split files get
// names with their content's hash, so a host's cache never serves an old one.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [dist, linked] = process.argv.slice(2);
if (!dist || !linked) {
  console.error('usage: node scripts/split-views.mjs <dist> <linked.wasm>');
  process.exit(2);
}
const fail = (message) => {
  console.error(`[split] ${message}`);
  process.exit(1);
};
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

const glue = readdirSync(dist).filter((name) => /^best-offer(-viewer)?-[0-9a-f]+\.js$/.test(name));
if (glue.length !== 1) fail(`expected Trunk's one glue in ${dist}, found ${glue.join(', ') || 'none'}`);
const stem = glue[0].slice(0, -'.js'.length);

// The Wasm features the release build uses; the split parts carry no
// target-features section for wasm-opt to read them from.
const features = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types'];

const work = mkdtempSync(join(tmpdir(), 'best-offer-split-'));
try {
  run('wasm-split-cli', ['--out-name', stem, linked, work]);
  const loaderPath = join(work, '__wasm_split.js');
  let loader = readFileSync(loaderPath, 'utf8');

  // wasm-bindgen's glue for the main part, as Trunk makes it (--target web), keeping
  // the function table and the other exports the linker made: the parts use them.
  const bindgen = join(work, 'bindgen');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', bindgen, '--out-name', stem, join(work, `${stem}.wasm`)]);
  // The main part owns the memory, so it starts zeroed (as Trunk's build assumes).
  // `--converge` runs the passes again while the file shrinks (as Trunk's build of the
  // viewer did).
  run('wasm-opt', ['-Oz', '--converge', ...features, '--low-memory-unused', '--zero-filled-memory', join(bindgen, `${stem}_bg.wasm`), '-o', join(dist, `${stem}_bg.wasm`)]);

  // Each part built on demand: split_<view>.wasm, and chunk_<n>.wasm for code that
  // several views share. They write into memory the main part already uses, so
  // wasm-opt may not assume it zeroed.
  const parts = readdirSync(work).filter((name) => /^(split|chunk)_\w+\.wasm$/.test(name)).sort();
  if (!parts.some((name) => name.startsWith('split_'))) fail('wasm-split-cli found no split point');
  const sizes = [];
  for (const part of parts) {
    const optimised = join(work, `opt-${part}`);
    run('wasm-opt', ['-Oz', ...features, '--low-memory-unused', join(work, part), '-o', optimised]);
    const bytes = readFileSync(optimised);
    const named = `${part.slice(0, -'.wasm'.length)}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.wasm`;
    const reference = `"./${part}"`;
    if (!loader.includes(reference)) fail(`the loader does not name ${part}`);
    loader = loader.replaceAll(reference, `"./${named}"`);
    renameSync(optimised, join(dist, named));
    sizes.push(`${named} ${bytes.length} B`);
  }

  // The loader, under a name of its content, imported by the glue.
  const loaderName = `split-loader-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dist, loaderName), loader);
  const bound = readFileSync(join(bindgen, `${stem}.js`), 'utf8');
  const importOfLoader = /from "\.\/__wasm_split\.js"/g;
  if (!importOfLoader.test(bound)) fail('the glue does not import the loader');
  writeFileSync(join(dist, `${stem}.js`), bound.replace(importOfLoader, `from "./${loaderName}"`));
  console.log(`[split] ${stem}: main part and ${parts.length} parts built on demand (${sizes.join(', ')}), loader ${loaderName}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
