/**
 * `lintFiles` in batches (the CLI's memory bound): the same findings as linting everything at once,
 * the documents of each batch released after it is reported, imported files kept.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../language/src/core/lint.js';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';

const examples = path.resolve(__dirname, '../../examples');
const bad = path.join(examples, 'bad');
const orders = [
    ...fs.readdirSync(examples).filter(name => name.endsWith('.sanction')).map(name => path.join(examples, name)),
    ...fs.readdirSync(bad).filter(name => name.endsWith('.sanction')).map(name => path.join(bad, name))
].sort().map(file => URI.file(file));

function summary(results: Awaited<ReturnType<typeof lintFiles>>) {
    return results.map(result => ({
        file: path.relative(examples, result.uri.fsPath),
        unreadable: result.unreadable,
        findings: result.findings.map(f => `${f.checkId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`)
    }));
}

describe('lintFiles in batches', () => {
    it('finds what one build of every file finds, for every batch size', async () => {
        const whole = summary(await lintFiles(createSanctionCoreServices(NodeFileSystem).Sanction, orders));
        expect(whole.some(file => file.findings.length > 0)).toBe(true);
        for (const batchSize of [1, 2, 7]) {
            const batched = summary(await lintFiles(createSanctionCoreServices(NodeFileSystem).Sanction, orders, { batchSize }));
            expect(batched, `batch size ${batchSize}`).toEqual(whole);
        }
    });

    it('releases each batch once reported and keeps the files that are imported', async () => {
        const { shared, Sanction } = createSanctionCoreServices(NodeFileSystem);
        const inspectedWhileLoaded: string[] = [];
        const results = await lintFiles(Sanction, orders, {
            batchSize: 3,
            inspect: document => {
                inspectedWhileLoaded.push(path.basename(document.uri.fsPath));
                return document.textDocument.lineCount;
            }
        });
        expect(inspectedWhileLoaded).toEqual(orders.map(uri => path.basename(uri.fsPath)));
        expect(results.every(result => typeof result.inspected === 'number' && result.inspected > 0)).toBe(true);
        const left = shared.workspace.LangiumDocuments.all.map(document => path.relative(examples, document.uri.fsPath)).toArray();
        // Only the files some order imports stay loaded: the template library.
        expect(left.length).toBeGreaterThan(0);
        expect(left.every(file => file.startsWith('library'))).toBe(true);
    });

    it('holds every document without a batch size, as before', async () => {
        const { shared, Sanction } = createSanctionCoreServices(NodeFileSystem);
        await lintFiles(Sanction, orders);
        expect(shared.workspace.LangiumDocuments.all.count()).toBeGreaterThanOrEqual(orders.length);
    });
});
