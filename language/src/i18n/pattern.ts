import { fillMessage } from '../core/check.js';
import type { TextPattern } from './translation.js';

/*
 * Translation of texts built in English with values in them, by pattern (see TextPattern). Kept
 * apart from messages.ts, which imports the translations: a translation's own adapters can use it
 * without a cycle.
 */

interface CompiledPattern {
    readonly pattern: RegExp;
    readonly names: readonly string[];
    readonly entry: TextPattern;
}

const compiled = new WeakMap<readonly TextPattern[], readonly CompiledPattern[]>();

/** The patterns as regular expressions, each placeholder a lazy group; made once per list. */
function compile(patterns: readonly TextPattern[]): readonly CompiledPattern[] {
    let list = compiled.get(patterns);
    if (!list) {
        list = patterns.map(entry => {
            const names: string[] = [];
            const source = entry.en.split(/(\{\{\s*[A-Za-z0-9_]+\s*\}\})/).map(part => {
                const name = /^\{\{\s*([A-Za-z0-9_]+)\s*\}\}$/.exec(part)?.[1];
                if (name) {
                    names.push(name);
                    return '(.+?)';
                }
                return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            }).join('');
            return { pattern: new RegExp(`^${source}$`, 's'), names, entry };
        });
        compiled.set(patterns, list);
    }
    return list;
}

/** The text put into the pattern's translation, or `undefined` when no pattern matches. */
export function translateByPattern(text: string, patterns: readonly TextPattern[]): string | undefined {
    for (const { pattern, names, entry } of compile(patterns)) {
        const match = pattern.exec(text);
        if (match) {
            const data: Record<string, string> = {};
            names.forEach((name, i) => {
                const value = match[i + 1]!;
                const put = entry.values?.[name];
                data[name] = put ? put(value) : value;
            });
            return fillMessage(entry.text, data);
        }
    }
    return undefined;
}

