/**
 * One place for how hard the fuzz suites push. By default every run uses the same seed and a
 * small number of cases, so `npm test` is reproducible and fits CI. POP_FUZZ_RUNS=<n> runs n cases
 * per property instead (the long mode); POP_FUZZ_SEED=<n> replays a failure fast-check reported.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20270101;

function envInt(name: string): number | undefined {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got '${raw}'`);
    return value;
}

export const FUZZ_SEED = envInt('POP_FUZZ_SEED') ?? DEFAULT_SEED;
const LONG_RUNS = envInt('POP_FUZZ_RUNS');
export const LONG_MODE = LONG_RUNS !== undefined;

/** fast-check parameters for a property: `defaultRuns` cases normally, POP_FUZZ_RUNS in the long mode. */
export function fuzzParameters<T>(defaultRuns: number): fc.Parameters<T> {
    return { seed: FUZZ_SEED, numRuns: LONG_RUNS ?? defaultRuns, endOnFailure: false, verbose: 1 };
}

/** A per-test time limit for vitest that grows with the number of cases, so the long mode is not cut off. */
export function timeLimit(defaultRuns: number, msPerCase: number, base = 20_000): number {
    return base + (LONG_RUNS ?? defaultRuns) * msPerCase;
}
