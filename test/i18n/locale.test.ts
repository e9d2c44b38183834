import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import type { InitializeParams } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';

async function initialized(params: Partial<InitializeParams>) {
    const { shared, Sanction } = createSanctionServices(EmptyFileSystem);
    await shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {}, ...params } as InitializeParams);
    return Sanction.sanction.locale.current;
}

describe('the language server speaks the client\'s language', () => {
    test('a French editor: French', async () => {
        expect(await initialized({ locale: 'fr' })).toBe('fr');
        expect(await initialized({ locale: 'fr-CA' })).toBe('fr');
    });

    test('an English, German or unstated locale: English, the language every text exists in', async () => {
        expect(await initialized({ locale: 'en-GB' })).toBe('en');
        expect(await initialized({ locale: 'de' })).toBe('en');
        expect(await initialized({})).toBe('en');
    });

    test('initializationOptions.locale, for clients that send no locale, wins', async () => {
        expect(await initialized({ initializationOptions: { locale: 'fr-BE' } })).toBe('fr');
        expect(await initialized({ locale: 'fr', initializationOptions: { locale: 'en' } })).toBe('en');
        expect(await initialized({ locale: 'fr', initializationOptions: { locale: 42 } })).toBe('fr');
    });
});
