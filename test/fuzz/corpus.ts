import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A seed document for mutation: an example order, or a ```sanction block of the docs. */
export interface CorpusEntry {
    /** Where it comes from ("examples/bad/durations.sanction", "docs/language.md#3"). */
    source: string;
    text: string;
}

/** The examples (`examples/**\/*.sanction`) and every ```sanction block of the docs and the README. */
export function loadCorpus(root: string): CorpusEntry[] {
    const entries: CorpusEntry[] = [];
    for (const path of files(join(root, 'examples'), '.sanction')) {
        entries.push({ source: relative(root, path), text: readFileSync(path, 'utf8') });
    }
    const markdown = [...files(join(root, 'docs'), '.md'), join(root, 'README.md')].filter(existsSync);
    for (const path of markdown) {
        const text = readFileSync(path, 'utf8');
        let index = 0;
        for (const match of text.matchAll(/^```sanction[^\n]*\n([\s\S]*?)^```/gm)) {
            entries.push({ source: `${relative(root, path)}#${++index}`, text: match[1] });
        }
    }
    return entries.sort((a, b) => a.source.localeCompare(b.source));
}

function files(dir: string, extension: string): string[] {
    if (!existsSync(dir)) {
        return [];
    }
    return readdirSync(dir).sort().flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path, extension) : path.endsWith(extension) ? [path] : [];
    });
}
