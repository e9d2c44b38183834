import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '@sanction-orders/language';
import type { OrderBurden } from '@sanction-orders/language/model/burden.js';
import { writeFileAtomic } from './write.js';

/** The file `--cache` keeps, in the working directory unless `--cache-location` names another. */
export const CACHE_FILE_NAME = '.sanctioncache';

/**
 * What a lint of one file gave, keyed by a hash of the tool's version, the configuration that applies
 * to the file (with the command line's overrides) and the file's text; valid while the files it
 * imports, directly or not, still have the hashes they had.
 */
interface CacheEntry {
    key: string;
    dependencies: Record<string, string>;
    findings: Finding[];
    orders?: OrderBurden[];
}

interface CacheFile {
    version: 1;
    entries: Record<string, CacheEntry>;
}

export function hashText(text: string): string {
    return createHash('sha256').update(text).digest('hex');
}

export function cacheKey(toolVersion: string, config: unknown, text: string): string {
    return hashText(`${toolVersion}\u0000${JSON.stringify(config)}\u0000${text}`);
}

function currentHash(file: string): string | undefined {
    try {
        return hashText(fs.readFileSync(file, 'utf8'));
    } catch {
        return undefined;
    }
}

export class LintCache {
    private readonly entries: Record<string, CacheEntry>;
    private changed = false;

    private constructor(private readonly file: string, entries: Record<string, CacheEntry>) {
        this.entries = entries;
    }

    /** Reads the cache; a missing, unreadable or foreign file is an empty cache. */
    static open(file: string): LintCache {
        try {
            const value = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
            if (value?.version === 1 && value.entries && typeof value.entries === 'object') {
                return new LintCache(file, value.entries);
            }
        } catch {
            // start afresh
        }
        return new LintCache(file, {});
    }

    /** Entries are by path relative to the cache file, so a cache restored elsewhere still applies. */
    private name(absolutePath: string): string {
        return path.relative(path.dirname(this.file), absolutePath).split(path.sep).join('/');
    }

    get(absolutePath: string, key: string): CacheEntry | undefined {
        const entry = this.entries[this.name(absolutePath)];
        if (!entry || entry.key !== key) {
            return undefined;
        }
        for (const [dependency, hash] of Object.entries(entry.dependencies)) {
            if ((currentHash(path.resolve(path.dirname(this.file), dependency)) ?? 'missing') !== hash) {
                return undefined;
            }
        }
        return entry;
    }

    set(absolutePath: string, key: string, dependencies: readonly string[], findings: readonly Finding[], orders?: readonly OrderBurden[]): void {
        const hashes: Record<string, string> = {};
        for (const dependency of dependencies) {
            const hash = currentHash(dependency);
            hashes[path.relative(path.dirname(this.file), dependency).split(path.sep).join('/')] = hash ?? 'missing';
        }
        this.entries[this.name(absolutePath)] = { key, dependencies: hashes, findings: [...findings], ...(orders ? { orders: [...orders] } : {}) };
        this.changed = true;
    }

    save(): void {
        if (this.changed) {
            writeFileAtomic(this.file, JSON.stringify({ version: 1, entries: this.entries } satisfies CacheFile) + '\n');
        }
    }
}
