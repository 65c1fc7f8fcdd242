// Run by scripts/post_build.sh on a release build: gives the wasm's imports, exports and
// import module one- or two-letter names, and renames them to match in the
// wasm-bindgen JavaScript glue.
//
// wasm-bindgen names every import after the JavaScript it calls plus a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`), and each name is written twice, in the
// wasm's import section and as a key of the glue's imports object. Random hex barely
// compresses, so the names cost about 5.5 KB of gzip. wasm-opt's
// --minify-imports-and-exports-and-modules renames them in the wasm and prints the
// mapping; this script applies the same mapping to the glue, and refuses (exit 1) if a
// name is not found where it expects it, so a wasm-bindgen change cannot slip through
// into a broken build. The wasm is written back with --optimize-stack-ir at -Oz's
// levels, so re-encoding it costs no bytes, and without the producers and
// target-features sections, which only tools read. Nothing else changes: the same
// functions are called with the same arguments.
//
//   node scripts/short-wasm-names.mjs <wasm-opt> <glue.js> <glue_bg.wasm>
//
// Idempotent: a glue whose imports are already renamed (no import module name of
// wasm-bindgen's left in it) is left alone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const [wasmOpt, jsPath, wasmPath] = process.argv.slice(2);
if (!wasmOpt || !jsPath || !wasmPath) {
  console.error('usage: node short-wasm-names.mjs <wasm-opt> <glue.js> <glue_bg.wasm>');
  process.exit(2);
}
const fail = (why) => {
  console.error(`short-wasm-names: ${why}`);
  process.exit(1);
};

let js = fs.readFileSync(jsPath, 'utf8');
if (!/["']\.\/[\w.-]+_bg\.js["']/.test(js)) {
  console.log('short-wasm-names: the glue has no wasm-bindgen module name left: already done');
  process.exit(0);
}

const tmp = `${wasmPath}.short`;
const printed = execFileSync(wasmOpt, [
  wasmPath, '--minify-imports-and-exports-and-modules',
  '--optimize-level=2', '--shrink-level=2', '--optimize-stack-ir',
  // The last tool to write the wasm also drops its two metadata sections (which
  // compilers made it and with which features): browsers never read them.
  '--strip-producers', '--strip-target-features', '-o', tmp,
], { encoding: 'utf8' });
const map = JSON.parse(printed);

// An identifier or property name, whole: not part of a longer name.
const whole = (name) => `(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`;
const count = (re) => (js.match(re) || []).length;

// Imports: each is one key of the imports object (`name: function`).
const modules = new Set(map.imports.map(([module]) => module));
if (modules.size !== 1) fail(`expected one import module, found ${[...modules].join(', ')}`);
const [module] = modules;
const moduleKey = new RegExp(`(["'])${module.replace(/[.]/g, '\\.')}\\1`, 'g');
if (count(moduleKey) !== 1) fail(`the module name ${module} is not in the glue exactly once`);
for (const [, from, to] of map.imports) {
  const key = new RegExp(`${whole(from)}(?=\\s*:)`, 'g');
  if (count(key) !== 1 || count(new RegExp(whole(from), 'g')) !== 1) {
    fail(`the import ${from} is not one key of the glue's imports object`);
  }
  js = js.replace(key, to);
}
// The new module name: wasm-opt puts every import in the same one-letter module.
const shortModule = firstImportModule(fs.readFileSync(tmp));
js = js.replace(moduleKey, `"${shortModule}"`);

// Exports: every use is a property access (`wasm.name`); some are never used.
for (const [from, to] of map.exports) {
  const use = new RegExp(`\\.${whole(from)}`, 'g');
  if (count(use) !== count(new RegExp(whole(from), 'g'))) {
    fail(`the export ${from} is used in the glue other than as wasm.${from}`);
  }
  js = js.replace(use, `.${to}`);
}

fs.writeFileSync(jsPath, js);
fs.renameSync(tmp, wasmPath);
console.log(`short-wasm-names: ${map.imports.length} imports and ${map.exports.length} exports renamed`);

/** The module name of the first import in a wasm binary (the import section's first entry). */
function firstImportModule(bytes) {
  let at = 8; // magic and version
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    if (id === 2) {
      leb(); // the number of imports
      const length = leb();
      return bytes.subarray(at, at + length).toString('utf8');
    }
    at += size;
  }
  fail('the renamed wasm has no import section');
}
