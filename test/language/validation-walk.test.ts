/**
 * The walk over a document's nodes that runs the checks (parsing/document-validator.ts
 * `validateAstNodes`): the same findings as Langium's walk, in the same order, and it stops soon
 * after its build is cancelled (an edit cancels the slow checks of the text before it).
 */
import { Cancellation, DefaultDocumentValidator, EmptyFileSystem, isOperationCancelled, URI, type AstNode, type ValidationAcceptor, type ValidationOptions } from 'langium';
import { describe, expect, test } from 'vitest';
import type { SanctionAstType } from '../../language/src/generated/ast.js';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';

const ORDER = (conditions: number) => [
    'order "W".', 'made on 2026-01-01.', 'in force for 12 months.',
    ...Array.from({ length: conditions }, (_, i) => `condition "Be of good behaviour and report as directed (${i + 1})", for ${1 + (i % 6)} months.`),
    'on breach:', '  significant non-compliance leads to referral to the deciding authority.', ''
].join('\n');

let count = 0;
function documentIn(services: ReturnType<typeof createSanctionCoreServices>, text: string) {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///walk-${count++}.sanction`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    return document;
}

describe('the checks\' walk over the nodes', () => {
    test('finds what Langium\'s own walk finds, in the same order', async () => {
        const services = createSanctionCoreServices(EmptyFileSystem);
        const document = documentIn(services, ORDER(40));
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const ours = document.diagnostics!.map(d => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`);
        expect(ours.filter(id => id.startsWith('vague-term'))).toHaveLength(40);
        // Langium's walk over the same tree, with the same registry.
        const validator = services.Sanction.validation.DocumentValidator as unknown as {
            validateAstNodes(root: AstNode, options: ValidationOptions, accept: ValidationAcceptor): Promise<void>;
        };
        const walkOf = async (walk: typeof validator.validateAstNodes) => {
            const seen: string[] = [];
            const accept: ValidationAcceptor = (_severity, _message, info) => {
                const range = info.range ?? info.node.$cstNode?.range;
                seen.push(`${String(info.code)}@${range?.start.line}:${range?.start.character}`);
            };
            await walk.call(validator, document.parseResult.value, {}, accept);
            return seen;
        };
        const langiums = await walkOf((DefaultDocumentValidator.prototype as unknown as typeof validator).validateAstNodes);
        const mine = await walkOf(validator.validateAstNodes);
        expect(langiums.length).toBeGreaterThan(40);
        expect(mine).toEqual(langiums);
    });

    test('stops within a few hundred nodes of its build being cancelled', async () => {
        const services = createSanctionCoreServices(EmptyFileSystem);
        const document = documentIn(services, ORDER(2000));
        await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
        const source = new Cancellation.CancellationTokenSource();
        let visited = 0;
        services.Sanction.validation.ValidationRegistry.register<SanctionAstType>({
            Condition: () => {
                if (++visited === 10) {
                    source.cancel();
                }
            }
        }, undefined, 'fast');
        const built = services.shared.workspace.DocumentBuilder.build([document], { validation: true }, source.token);
        const error = await built.then(() => undefined, (e: unknown) => e);
        expect(isOperationCancelled(error)).toBe(true);
        // A condition is a few nodes; the walk looks at cancellation every 256 nodes.
        expect(visited).toBeGreaterThanOrEqual(10);
        expect(visited).toBeLessThan(10 + 256);
    });
});
