/** Names close to a misspelt one, for "did you mean" suggestions: edit distance, case-insensitive. */
export function similarNames(name: string, candidates: Iterable<string>, max = 3): string[] {
    const wanted = name.toLowerCase();
    const limit = Math.max(1, Math.floor(wanted.length / 4));
    const scored: Array<{ candidate: string; distance: number }> = [];
    for (const candidate of new Set(candidates)) {
        if (candidate === name) continue;
        const distance = editDistance(wanted, candidate.toLowerCase(), limit);
        if (distance <= limit) scored.push({ candidate, distance });
    }
    scored.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
    return scored.slice(0, max).map(s => s.candidate);
}

/** Levenshtein distance with transpositions counted once, giving up (returning limit + 1) past the limit. */
export function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    let before: number[] = [];
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
            current[j] = value;
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit) return limit + 1;
        before = previous;
        previous = current;
    }
    return previous[b.length];
}
