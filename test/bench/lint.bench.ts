import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { URI } from 'vscode-uri';
import { bench, describe } from 'vitest';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';

/**
 * Speed of the core, as ratios within one run (these machines are shared and noisy, so absolute
 * times mean little): parsing alone is the baseline; linting adds linking and every check. Run with
 * `npm run bench`; vitest prints how many times slower each case is than the fastest of its group.
 */
const EXAMPLES = resolve(__dirname, '../../examples');

function files(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.sanction') && !path.includes('library') ? [path] : [];
    });
}

const orders = files(EXAMPLES).map(path => readFileSync(path, 'utf8'));
/** A workspace of a few hundred orders, made of the examples with their case references varied. */
const workspace = Array.from({ length: 300 }, (_, i) => orders[i % orders.length].replace(/^order "([^"]+)"/m, `order "$1-${i}"`));

let run = 0;
/** One set of services for the whole run (creating them is not what is measured). */
const { shared } = createSanctionCoreServices(EmptyFileSystem);

async function build(texts: string[], validation: boolean): Promise<number> {
    const prefix = `memory:///bench-${++run}/`;
    const documents = texts.map((text, i) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`${prefix}order-${i}.sanction`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation });
    const findings = documents.reduce((sum, d) => sum + (d.diagnostics?.length ?? 0), 0);
    // Forget them again, so every iteration starts from the same, empty workspace.
    await shared.workspace.DocumentBuilder.update([], documents.map(d => d.uri));
    return findings;
}

describe('one order', () => {
    const text = orders[0];
    bench('parse and link (baseline)', async () => { await build([text], false); });
    bench('lint: parse, link and every check', async () => { await build([text], true); });
});

describe(`a workspace of ${workspace.length} orders`, () => {
    bench('parse and link (baseline)', async () => { await build(workspace, false); }, { iterations: 3, time: 0 });
    bench('lint: parse, link and every check', async () => { await build(workspace, true); }, { iterations: 3, time: 0 });
});
