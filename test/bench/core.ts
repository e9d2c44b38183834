/**
 * The benchmark's in-process part (run by test/bench/run-bench.mjs, bundled by test/scripts/run-ts.mjs):
 * the core on one corpus, three ways, each repeated with fresh services:
 *  - parse: the parser alone on every text (the baseline of the first ratio);
 *  - build: parse, index and link (imports loaded from disk), no checks;
 *  - lint: the same and every check, as the CLI and the language server do.
 * and the parse time of one large order (the baseline of the typing ratio).
 * Texts are read before timing; times are wall-clock milliseconds; the output is JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';

interface CoreTimes {
    orders: number;
    parseMs: number[];
    buildMs: number[];
    lintMs: number[];
    findings: number;
    bigFile?: { lines: number; parseMs: number[] };
}

function sanctionFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            return entry.name === 'library' ? [] : sanctionFiles(full);
        }
        return entry.name.endsWith('.sanction') ? [full] : [];
    });
}

async function build(files: Array<{ path: string; text: string }>, validation: boolean): Promise<{ ms: number; findings: number }> {
    const { shared, Sanction } = createSanctionCoreServices(NodeFileSystem);
    const start = performance.now();
    const documents = shared.workspace.LangiumDocuments;
    const loaded = new Map<string, LangiumDocument>();
    for (const file of files) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.file(file.path));
        documents.addDocument(document);
        loaded.set(document.uri.toString(), document);
    }
    // Imported files come from disk, as in lintFiles.
    const queue = [...loaded.values()].flatMap(document => Sanction.sanction.imports.importedUris(document));
    while (queue.length > 0) {
        const uri = queue.shift()!;
        if (!loaded.has(uri.toString())) {
            try {
                const document = await documents.getOrCreateDocument(uri);
                loaded.set(uri.toString(), document);
                queue.push(...Sanction.sanction.imports.importedUris(document));
            } catch {
                loaded.set(uri.toString(), undefined as unknown as LangiumDocument);
            }
        }
    }
    await shared.workspace.DocumentBuilder.build([...loaded.values()].filter(Boolean), { validation });
    const ms = performance.now() - start;
    const findings = [...loaded.values()].reduce((sum, d) => sum + (d?.diagnostics?.length ?? 0), 0);
    return { ms, findings };
}

function parseAll(texts: string[]): number {
    const { Sanction } = createSanctionCoreServices(NodeFileSystem);
    const parser = Sanction.parser.LangiumParser;
    const start = performance.now();
    for (const text of texts) {
        parser.parse(text);
    }
    return performance.now() - start;
}

/** args: <out.json> <corpus dir> <repeats> [big file] */
export async function main(args: string[]): Promise<number> {
    const [out, corpus, repeatsArg, bigFile] = args;
    const repeats = Number(repeatsArg ?? '3');
    const files = sanctionFiles(corpus).map(file => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
    const times: CoreTimes = { orders: files.length, parseMs: [], buildMs: [], lintMs: [], findings: 0 };
    for (let i = 0; i < repeats; i++) {
        times.parseMs.push(parseAll(files.map(f => f.text)));
        times.buildMs.push((await build(files, false)).ms);
        const lint = await build(files, true);
        times.lintMs.push(lint.ms);
        times.findings = lint.findings;
    }
    if (bigFile) {
        const text = fs.readFileSync(bigFile, 'utf8');
        const parseMs: number[] = [];
        for (let i = 0; i < Math.max(5, repeats); i++) {
            parseMs.push(parseAll([text]));
        }
        times.bigFile = { lines: text.split('\n').length, parseMs };
    }
    fs.writeFileSync(out, JSON.stringify(times));
    return 0;
}
