// Groups twiggy's item list (CSV from `twiggy top -f csv`) by where the bytes come
// from: each component's render code, the Yew runtime, the domain crate, the
// standard library, data, and so on. Used by scripts/size-breakdown.sh.
//
//   node scripts/size-breakdown.mjs top.csv [how-many-items]
import { readFileSync } from 'node:fs';

const [csvPath, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 25);

// twiggy's CSV: Name,ShallowSize,ShallowSizePercent,... with quoted names.
const parseLine = (line) => {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { field += '"'; i += 1; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { fields.push(field); field = ''; }
    else field += c;
  }
  fields.push(field);
  return fields;
};
const items = readFileSync(csvPath, 'utf8').split('\n').slice(1).filter(Boolean)
  .map(parseLine)
  .map(([name, size]) => ({ name, size: Number(size) }))
  .filter((item) => !item.name.includes('function names') && Number.isFinite(item.size));

const GROUPS = [
  ['component render code (html!)', (n) => n.includes('CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view')],
  ['data (strings, tables)', (n) => n.startsWith('data segment')],
  ['app state and components (other)', (n) => /best_offer::/.test(n) && !/best_offer_domain/.test(n)],
  ['domain crate', (n) => /best_offer_domain/.test(n)],
  ['yew runtime', (n) => /\byew::|implicit_clone|slab::|indexmap|hashbrown/.test(n)],
  ['serde_json', (n) => /serde_json|serde_core|zmij|itoa|ryu/.test(n)],
  ['rust_decimal', (n) => /rust_decimal/.test(n)],
  ['formatting (core::fmt)', (n) => /core(\[[0-9a-f]+\])?::fmt/.test(n)],
  ['wasm-bindgen, js-sys, web-sys, gloo', (n) => /wasm_bindgen|js_sys|web_sys|gloo/.test(n)],
  ['allocator (dlmalloc)', (n) => /dlmalloc/.test(n)],
  ['standard library (core, alloc, std)', (n) => /\b(core|alloc|std)(\[[0-9a-f]+\])?::/.test(n)],
];
const totals = new Map(GROUPS.map(([label]) => [label, 0]));
totals.set('other', 0);
for (const { name, size } of items) {
  const group = GROUPS.find(([, test]) => test(name));
  const label = group ? group[0] : 'other';
  totals.set(label, totals.get(label) + size);
}
const all = items.reduce((sum, item) => sum + item.size, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`\nby origin (KB before gzip, of ${(all / 1024).toFixed(1)} KB with names removed):`);
for (const [label, size] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(`${kb(size)}  ${label}`);
}
console.log(`\nlargest ${top} items (KB before gzip):`);
for (const { name, size } of items.sort((a, b) => b.size - a.size).slice(0, top)) {
  console.log(`${kb(size)}  ${name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
}
