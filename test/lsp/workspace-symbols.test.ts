import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createSanctionServices } from '../../language/src/sanction-module.js';
import type { SanctionFile } from '../../language/src/generated/ast.js';

const services = createSanctionServices(EmptyFileSystem);
const parse = parseHelper<SanctionFile>(services.Sanction);

const TEXT = [
    'template standard-curfew(address: text):',
    '  requirement curfew, at address, from 19:00 to 07:00, on every day, for 3 months.',
    '',
    'template HomeVisits(place: text):',
    '  condition "receive home visits".',
    ''
].join('\n');

async function names(query: string): Promise<string[]> {
    const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query });
    return symbols.map(symbol => symbol.name).filter(name => name === 'standard-curfew' || name === 'HomeVisits').sort();
}

describe('workspace symbols', () => {
    test('a template is found by any part of its name, in any case (neovim sends the query and shows what comes back)', async () => {
        const document = await parse(TEXT, { documentUri: 'file:///ws/templates.sanction' });
        try {
            expect(await names('curfew')).toEqual(['standard-curfew']);
            expect(await names('CURF')).toEqual(['standard-curfew']);
            expect(await names('visits')).toEqual(['HomeVisits']);
            expect(await names('dard-cur')).toEqual(['standard-curfew']);
            expect(await names('')).toEqual(['HomeVisits', 'standard-curfew']);
            expect(await names('curfewx')).toEqual([]);
        } finally {
            services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        }
    });
});
