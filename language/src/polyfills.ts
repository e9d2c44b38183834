export {};

/**
 * Chevrotain (under Langium's parser) calls `Object.groupBy`, which Node has only from 21 on. The
 * CLI and the language server are bundled for Node 20 (VS Code runs extensions on Node 20 up to
 * 1.100), so each bundle imports this module first; nothing else newer than Node 20 is used.
 */
type GroupBy = <T, K>(items: Iterable<T>, key: (item: T, index: number) => K) => unknown;

function grouped<T, K>(items: Iterable<T>, key: (item: T, index: number) => K, add: (key: K, item: T) => void): void {
    let index = 0;
    for (const item of items) {
        add(key(item, index++), item);
    }
}

const objectGroupBy: GroupBy = (items, key) => {
    const groups: Record<PropertyKey, unknown[]> = Object.create(null);
    grouped(items, key, (k, item) => {
        const name = typeof k === 'symbol' ? k : String(k);
        (groups[name] ??= []).push(item);
    });
    return groups;
};

const mapGroupBy: GroupBy = (items, key) => {
    const groups = new Map<unknown, unknown[]>();
    grouped(items, key, (k, item) => {
        const group = groups.get(k);
        if (group) {
            group.push(item);
        } else {
            groups.set(k, [item]);
        }
    });
    return groups;
};

function define(target: object, name: string, value: unknown): void {
    if (typeof (target as Record<string, unknown>)[name] !== 'function') {
        Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
    }
}

define(Object, 'groupBy', objectGroupBy);
define(Map, 'groupBy', mapGroupBy);
