// Summarises a V8 .cpuprofile: the functions with the most self time, and what share of all samples they hold.
// Usage: node packages/bench/profile-summary.mjs FILE.cpuprofile [TOP]
import { readFileSync } from 'node:fs';

const [file, topText = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const selfTicks = new Map();
const byId = new Map(profile.nodes.map(n => [n.id, n]));
for (const id of profile.samples) selfTicks.set(id, (selfTicks.get(id) ?? 0) + 1);
const total = profile.samples.length;
const perFunction = new Map();
for (const [id, ticks] of selfTicks) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    perFunction.set(key, (perFunction.get(key) ?? 0) + ticks);
}
const interval = (profile.endTime - profile.startTime) / total / 1000;
console.log(`${total} samples, ~${interval.toFixed(2)} ms each`);
for (const [key, ticks] of [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topText))) {
    console.log(`${(ticks / total * 100).toFixed(1).padStart(5)}%  ${(ticks * interval).toFixed(0).padStart(6)} ms  ${key}`);
}

// Inclusive time: each sample counts once for every distinct function on its stack.
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const keyOf = id => { const { functionName, url, lineNumber } = byId.get(id).callFrame; return `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`; };
const inclusive = new Map();
for (const [id, ticks] of selfTicks) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(at));
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + ticks);
}
console.log('\ninclusive:');
for (const [key, ticks] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(topText) * 2)) {
    console.log(`${(ticks / total * 100).toFixed(1).padStart(5)}%  ${(ticks * interval).toFixed(0).padStart(6)} ms  ${key}`);
}
