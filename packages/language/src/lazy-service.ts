/**
 * Services built on first use. Langium's language server loads every service while it answers `initialize`;
 * the lexer, the parser and the completion parser are most of that work (Chevrotain analyses the grammar and
 * precomputes its lookahead), and none of them is needed before the first document arrives. Each is replaced by
 * a stand-in that builds the real one the first time anything is asked of it.
 */
const builders = new WeakMap<object, () => object>();

export function lazyService<T extends object>(build: () => T): T {
    let real: T | undefined;
    const ensure = (): T => (real ??= build());
    const proxy = new Proxy({} as T, {
        get(_, property) {
            // Langium's eagerLoad probes every service for its container marker (a symbol): no reason to build.
            if (real === undefined && typeof property === 'symbol') return undefined;
            const target = ensure();
            const value: unknown = Reflect.get(target, property, target);
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
        set: (_, property, value) => Reflect.set(ensure(), property, value),
        has: (_, property) => Reflect.has(ensure(), property),
        // Langium's container asks every service `instanceof Error` as it hands it out: answer that without
        // building; once built, the real prototype (so instanceof the service's class holds).
        getPrototypeOf: () => (real === undefined ? Object.prototype : Object.getPrototypeOf(real)),
    });
    builders.set(proxy, ensure);
    return proxy;
}

/** Builds a lazy service now (a no-op for any other object), e.g. once the server has answered `initialize`. */
export function buildService(service: object): void {
    builders.get(service)?.();
}
