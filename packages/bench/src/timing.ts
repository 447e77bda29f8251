import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

/**
 * A full garbage collection, or undefined when none can be had. The runner starts node with --expose-gc;
 * under a test runner the flag can still be switched on late, which V8 allows for this one flag.
 */
export function gcFunction(): (() => void) | undefined {
    const existing = (globalThis as { gc?: () => void }).gc;
    if (existing) return existing;
    try {
        setFlagsFromString('--expose-gc');
        return runInNewContext('gc') as () => void;
    } catch {
        return undefined;
    }
}

export function collect(times = 2): void {
    const gc = gcFunction();
    if (!gc) return;
    for (let i = 0; i < times; i++) gc();
}

export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Repeat {
    iterations: number;
    warmup: number;
}

/**
 * Runs `sample` warm-up times and then `iterations` times, and returns the median of what it reports.
 * The sample times itself, so that setup and clean-up stay out of the measurement; a collection before
 * each sample keeps one sample's garbage from being charged to the next.
 */
export async function medianOf(repeat: Repeat, sample: () => Promise<number> | number): Promise<number> {
    for (let i = 0; i < repeat.warmup; i++) {
        collect(1);
        await sample();
    }
    const values: number[] = [];
    for (let i = 0; i < Math.max(1, repeat.iterations); i++) {
        collect(1);
        values.push(await sample());
    }
    return median(values);
}

export async function timed(work: () => unknown): Promise<number> {
    const start = performance.now();
    await work();
    return performance.now() - start;
}
