// Groups twiggy's item list (CSV from `twiggy top --format csv`) into what a reader of
// this code base thinks in: component views, our own modules, Yew, serde, the standard
// library, data. Run by scripts/size-report.sh; sizes are raw bytes after wasm-opt.
import fs from 'node:fs';

const GROUPS = [
  ['component views (html! bodies)', (n) => n.includes('Stateful>::view')],
  ['data segments (texts, tables)', (n) => n.startsWith('data segment')],
  ['serde derives (our types)', (n) => /(Deserialize|Serialize) for second_chance|second_chance::.*(Visitor|_::<impl serde)/.test(n)],
  ['serde_json', (n) => n.includes('serde_json')],
  ['serde (other)', (n) => n.includes('serde')],
  ['second_chance::domain::tone', (n) => n.includes('second_chance::domain::tone')],
  ['second_chance::domain (other)', (n) => n.includes('second_chance::domain')],
  ['second_chance (app, state, storage, views helpers)', (n) => n.includes('second_chance')],
  ['yew', (n) => /^<?yew::|as yew::/.test(n)],
  ['wasm-bindgen, js-sys, web-sys, imports', (n) => /wasm_bindgen|js_sys|web_sys|^import /.test(n)],
  ['std, core, alloc, allocator, hash maps', (n) => /\b(core|alloc|std)(\[[0-9a-f]+\])?::|^<(char|str|u\d+|i\d+|usize|isize|f\d+|T)[> ]|__r(ust|dl)|dlmalloc|hashbrown|indexmap|zmij/.test(n)],
  ['other', () => true],
];

const [file] = process.argv.slice(2);
const rows = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => {
  // Name is the first field (quoted when it holds commas); the size is the next one.
  const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  return m ? { name: m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), bytes: Number(m[2]) } : null;
}).filter((r) => r && !r.name.includes('function names'));

const totals = new Map(GROUPS.map(([label]) => [label, 0]));
for (const r of rows) {
  const [label] = GROUPS.find(([, match]) => match(r.name));
  totals.set(label, totals.get(label) + r.bytes);
}
const all = rows.reduce((s, r) => s + r.bytes, 0);
const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
console.log(`\nwasm after wasm-opt: ${kb(all).trim()} raw (gzip is roughly 40% of raw)\n`);
for (const [label, bytes] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(`${kb(bytes)}  ${(100 * bytes / all).toFixed(1).padStart(5)}%  ${label}`);
}
console.log('\nlargest single items:');
for (const r of [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, 25)) {
  console.log(`${kb(r.bytes)}  ${r.name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
}
