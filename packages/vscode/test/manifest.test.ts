/**
 * What the manifest promises beyond the language (snippets and the problem matcher have their own
 * tests): the settings match the core's configuration, the commands and the JSON Schema point at
 * what the build ships.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, PROFILE_IDS } from '../../../language/src/config/config-file.js';
import { DEFAULT_CONFIG } from '../../../language/src/core/config.js';
import { MANIFEST_FILE_NAME } from '../../../language/src/library/manifest.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const extensionDir = path.join(repoRoot, 'packages', 'vscode');

interface Manifest {
    contributes: {
        configuration: { properties: Record<string, { type: string; enum?: string[]; default?: unknown; scope?: string; description?: string; markdownDescription?: string; enumDescriptions?: string[] }> };
        commands: Array<{ command: string; title: string; category: string }>;
        menus: Record<string, Array<{ command: string; when?: string }>>;
        jsonValidation: Array<{ fileMatch: string; url: string }>;
    };
}

const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;
/** The manifest's English words, by the key its `%key%` placeholders name (package.nls.json). */
const nls = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** A manifest string as VS Code shows it in English: a `%key%` is looked up, anything else is as written. */
const english = (text: string | undefined): string | undefined => {
    const key = /^%(.+)%$/.exec(text ?? '')?.[1];
    return key === undefined ? text : nls[key];
};

describe('the manifest', () => {
    it('offers the profiles of the core, with the core\'s default, documented', () => {
        const profile = properties['sanction.profile'];
        expect(profile.type).toBe('string');
        expect(profile.enum).toEqual([...PROFILE_IDS]);
        expect(profile.default).toBe(DEFAULT_CONFIG.profile);
        expect(profile.enumDescriptions).toHaveLength(PROFILE_IDS.length);
        expect(profile.enumDescriptions!.map(english)).toEqual([
            'The Rules of CM/Rec(2017)3 alone: no national statute, so no statutory limits (the default).',
            'England and Wales: the Sentencing Code\'s requirements, limits and consent rules.',
            'France: the Code pénal\'s sanctions, limits and consent rules.',
            'Germany: the Strafgesetzbuch\'s conditions, limits and consent rules.'
        ]);
        expect(english(profile.markdownDescription)).toContain(CONFIG_FILE_NAME);
        // Per folder, as sanction.config.json is.
        expect(profile.scope).toBe('resource');
    });

    it('documents every setting in the README', () => {
        const readme = fs.readFileSync(path.join(extensionDir, 'README.md'), 'utf8');
        for (const key of Object.keys(properties)) {
            expect(readme).toContain(`\`${key}\``);
        }
    });

    it('contributes the three commands under the extension\'s category, and the editor title shows the preview and the Rules', () => {
        expect(manifest.contributes.commands.map(c => [c.command, english(c.title), english(c.category)])).toEqual([
            ['sanction.lintWorkspace', 'Check All Orders in the Workspace', 'Sanction Orders'],
            ['sanction.showRules', 'Show the Rules of CM/Rec(2017)3', 'Sanction Orders'],
            ['sanction.showPreview', 'Open Preview to the Side', 'Sanction Orders']
        ]);
        expect(manifest.contributes.menus['editor/title']).toEqual([
            expect.objectContaining({ command: 'sanction.showPreview', when: 'editorLangId == sanction' }),
            expect.objectContaining({ command: 'sanction.showRules', when: 'editorLangId == sanction' })
        ]);
        // The preview needs a .sanction editor: the palette offers it only then.
        expect(manifest.contributes.menus.commandPalette).toEqual([{ command: 'sanction.showPreview', when: 'editorLangId == sanction' }]);
        const source = fs.readFileSync(path.join(extensionDir, 'src', 'extension.ts'), 'utf8');
        for (const { command } of manifest.contributes.commands) {
            expect(source).toContain(`registerCommand('${command}'`);
        }
    });

    it('validates sanction.config.json and sanction-library.json with the schemas the core validates them with', () => {
        expect(manifest.contributes.jsonValidation).toEqual([
            { fileMatch: CONFIG_FILE_NAME, url: './schemas/sanction-config.schema.json' },
            { fileMatch: MANIFEST_FILE_NAME, url: './schemas/sanction-library.schema.json' }
        ]);
        expect(fs.readFileSync(path.join(extensionDir, 'esbuild.mjs'), 'utf8')).toContain("'language', 'src', 'config', 'sanction-library.schema.json'");
        const build = fs.readFileSync(path.join(extensionDir, 'esbuild.mjs'), 'utf8');
        expect(build).toContain("'language', 'src', 'config', 'sanction-config.schema.json'");
        expect(fs.existsSync(path.join(repoRoot, 'language', 'src', 'config', 'sanction-config.schema.json'))).toBe(true);
    });
});
