// Summarises a V8 .heapsnapshot: self size and count per object kind, largest first.
// Usage: node packages/bench/heap-summary.mjs FILE.heapsnapshot [TOP]
import { readFileSync } from 'node:fs';

const [file, topText = '30'] = process.argv.slice(2);
const snapshot = JSON.parse(readFileSync(file, 'utf8'));
const fields = snapshot.snapshot.meta.node_fields;
const types = snapshot.snapshot.meta.node_types[0];
const width = fields.length;
const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map(f => fields.indexOf(f));
const { nodes, strings } = snapshot;
const kinds = new Map();
let total = 0;
for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt]];
    const name = type === 'object' || type === 'closure' || type === 'native' ? strings[nodes[i + nameAt]] : '';
    const key = `${type} ${name}`.slice(0, 90);
    const entry = kinds.get(key) ?? { size: 0, count: 0 };
    entry.size += nodes[i + sizeAt];
    entry.count++;
    kinds.set(key, entry);
    total += nodes[i + sizeAt];
}
console.log(`total self size ${(total / 2 ** 20).toFixed(1)} MB`);
for (const [key, { size, count }] of [...kinds].sort((a, b) => b[1].size - a[1].size).slice(0, Number(topText))) {
    console.log(`${(size / 2 ** 20).toFixed(2).padStart(8)} MB ${String(count).padStart(9)}  ${key}`);
}
