// Short names for the functions a Wasm imports from its wasm-bindgen glue, and for
// the closure trampolines it exports to that glue.
//
// wasm-bindgen names each JavaScript function the Wasm calls after the Rust item and
// a 16-hex-digit hash (`__wbg_createElement_de4a31ed2fb252be`), and the module they
// come from after the build's file (`./best-offer-viewer_bg.js`). Each name is
// written twice, in the Wasm's import section and as a key of the glue's import
// object, and the hashes do not compress: in the customer's viewer they were 1.3 KB
// of the Wasm and 1.2 KB of the glue, brotli (docs/performance.md). This renames
// them, in both files alike, to the import's number in base 36 (`0`, `1`, … `2x`) and
// the module to `g`. The exports wasm-bindgen makes for the glue to call closures
// (`wasm_bindgen_<hash>___convert__closures…`, over 100 characters each) become `c0`,
// `c1`, …. The custom sections `producers` and `target_features` (tool metadata) are
// left out. Nothing else changes: the code, the other exports (which the views built
// on demand import by name) and every other section keep their bytes.
//
// A module with no import from a glue, a glue without the expected import object
// (another wasm-bindgen's output), or a name not found exactly once stops the build:
// a half-renamed pair would fail only in the browser.

/** The module name the glue's imports are renamed to. */
const GLUE_MODULE = 'g';

/** The exports renamed: wasm-bindgen's closure trampolines, called by the glue alone. */
const CLOSURE_EXPORT = /^wasm_bindgen_[0-9a-f]+___convert__closures\w*$/;

/** Reads an unsigned LEB128 integer at `at`: its value and the offset after it. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** An unsigned LEB128 integer. */
function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A Wasm name: its length, then its UTF-8 bytes. */
function name(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
}

/** The name of the custom section whose content starts at `at`. */
function customName(bytes, at) {
  const [length, nameAt] = readLeb(bytes, at);
  return bytes.subarray(nameAt, nameAt + length).toString('utf8');
}

/** The offset after an import's descriptor (its kind and type) that starts at `at`. */
function skipDescriptor(bytes, at) {
  const kind = bytes[at++];
  const limits = (from) => {
    const flags = bytes[from++];
    let next = readLeb(bytes, from)[1];
    if (flags & 1) next = readLeb(bytes, next)[1];
    return next;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // function: its type's index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`an import of unknown kind ${kind}`);
  }
}

/** The export section `content` with the closure trampolines renamed (recorded in
 *  `renamed`), as a whole section. */
function renameExports(content, renamed) {
  let [count, cursor] = readLeb(content, 0);
  const names = [];
  const exports = [];
  for (let i = 0; i < count; i++) {
    const [length, nameAt] = readLeb(content, cursor);
    const exported = content.subarray(nameAt, nameAt + length).toString('utf8');
    const descriptorAt = nameAt + length;
    cursor = readLeb(content, descriptorAt + 1)[1];
    names.push(exported);
    exports.push([exported, content.subarray(descriptorAt, cursor)]);
  }
  if (cursor !== content.length) throw new Error('the export section did not read to its end');
  const parts = [leb(count)];
  let next = 0;
  for (const [exported, descriptor] of exports) {
    let short = exported;
    if (CLOSURE_EXPORT.test(exported)) {
      do short = `c${next++}`; while (names.includes(short));
      renamed.set(exported, short);
    }
    parts.push(name(short), descriptor);
  }
  const section = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([7]), leb(section.length), section]);
}

/**
 * Renames the imports of `wasm` (a Buffer) that come from its wasm-bindgen glue, and
 * the same keys in `glue` (the glue's text), and the closure trampolines it exports.
 * Returns the new Wasm, the new glue and how many imports and exports were renamed.
 */
export function shortenImportNames(wasm, glue) {
  const out = [wasm.subarray(0, 8)];
  const renamed = new Map();
  const exportsRenamed = new Map();
  let glueModule = null;
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, contentAt] = readLeb(wasm, at + 1);
    const end = contentAt + size;
    // Tool metadata no browser reads: which compilers made the file, and the
    // features it was built for (the parts built on demand are optimised with the
    // features named on wasm-opt's command line, not read from here).
    if (id === 0 && /^(producers|target_features)$/.test(customName(wasm, contentAt))) {
      at = end;
      continue;
    }
    if (id === 7) {
      out.push(renameExports(wasm.subarray(contentAt, end), exportsRenamed));
      at = end;
      continue;
    }
    if (id !== 2) {
      out.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, cursor] = readLeb(wasm, contentAt);
    const imports = [leb(count)];
    for (let i = 0; i < count; i++) {
      const [moduleLength, moduleAt] = readLeb(wasm, cursor);
      const module = wasm.subarray(moduleAt, moduleAt + moduleLength).toString('utf8');
      const [fieldLength, fieldAt] = readLeb(wasm, moduleAt + moduleLength);
      const field = wasm.subarray(fieldAt, fieldAt + fieldLength).toString('utf8');
      const descriptorAt = fieldAt + fieldLength;
      cursor = skipDescriptor(wasm, descriptorAt);
      const fromGlue = /^\.\/[\w.-]+_bg\.js$/.test(module);
      if (fromGlue && glueModule !== null && module !== glueModule) throw new Error(`imports from two glues: ${glueModule} and ${module}`);
      if (fromGlue) glueModule = module;
      let short = field;
      if (fromGlue) {
        if (!renamed.has(field)) renamed.set(field, renamed.size.toString(36));
        short = renamed.get(field);
      }
      imports.push(name(fromGlue ? GLUE_MODULE : module), name(short), wasm.subarray(descriptorAt, cursor));
    }
    if (cursor !== end) throw new Error('the import section did not read to its end');
    const section = Buffer.concat(imports);
    out.push(Buffer.from([2]), leb(section.length), section);
    at = end;
  }
  if (glueModule === null) throw new Error('the Wasm imports nothing from a wasm-bindgen glue');

  // The glue's import object: `{ __proto__: null, <name>: function(…) {…}, … }`,
  // returned under the module's name. Only keys are renamed (a name followed by a
  // colon after `{` or `,`), so an export of the same name, called as `wasm.<name>`,
  // keeps it.
  let text = glue;
  for (const [from, to] of renamed) {
    const key = new RegExp(`([{,]\\s*)${from}(\\s*:)`, 'g');
    const found = text.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue names the import ${from} as a key ${found} times, not once`);
    text = text.replace(key, `$1${/^\d/.test(to) ? JSON.stringify(to) : to}$2`);
  }
  const moduleKey = `${JSON.stringify(glueModule)}:`;
  if (text.split(moduleKey).length !== 2) throw new Error(`the glue names the module ${glueModule} ${text.split(moduleKey).length - 1} times, not once`);
  text = text.replace(moduleKey, `${GLUE_MODULE}:`);
  // The trampolines, called as `wasm.<name>(…)`: names no other identifier contains.
  for (const [from, to] of exportsRenamed) {
    const call = new RegExp(`\\.${from}\\b`, 'g');
    if (!call.test(text)) throw new Error(`the glue never calls the export ${from}`);
    text = text.replace(call, `.${to}`);
  }
  return { wasm: Buffer.concat(out), glue: text, count: renamed.size, exports: exportsRenamed.size };
}
