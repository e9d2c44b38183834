import { describe, expect, test } from 'vitest';
import { formatConfigProblem, parseConfig, PROFILE_IDS } from '../../language/src/config/config-file.js';
import schema from '../../language/src/config/sanction-library.schema.json' with { type: 'json' };
import { compareVersions, formatManifestProblem, parseManifest } from '../../language/src/library/manifest.js';
import { isPathSpecifier } from '../../language/src/scoping/import-resolver.js';
import { splitLibrarySpecifier } from '../../language/src/library/libraries.js';
import { manifest } from './helpers.js';

describe('`libraries` in sanction.config.json', () => {
    test('a map of library names to folders is accepted', () => {
        const parsed = parseConfig('{ "libraries": { "probation-standard": "../shared/ps", "@court/templates": "vendor/templates" } }', 'sanction.config.json', new Set());
        expect(parsed.problems).toEqual([]);
        expect(parsed.config?.libraries).toEqual({ 'probation-standard': '../shared/ps', '@court/templates': 'vendor/templates' });
    });

    test('a list (the old reserved shape) is refused with the position', () => {
        const parsed = parseConfig('{\n  "libraries": ["../shared/ps"]\n}', 'sanction.config.json', new Set());
        expect(parsed.problems.map(formatConfigProblem)).toEqual(["sanction.config.json:2:3: 'libraries': must be object"]);
    });

    test('a name that is not an npm package name is refused', () => {
        const parsed = parseConfig('{\n  "libraries": { "Probation Standard": "x" }\n}', 'sanction.config.json', new Set());
        expect(parsed.problems.map(formatConfigProblem)).toContain("sanction.config.json:2:3: 'libraries': library names are npm package names: lower-case words joined by -, . or _, optionally under an @scope/");
    });
});

describe('sanction-library.json', () => {
    test('its profiles are the profiles of the configuration schema', () => {
        expect(schema.properties.profiles.items.enum).toEqual([...PROFILE_IDS]);
    });

    test('a complete manifest is valid', () => {
        expect(parseManifest(manifest(), 'm.json')).toEqual({ manifest: JSON.parse(manifest()), problems: [] });
    });

    test('each problem is given with its key and position', () => {
        const text = '{\n  "name": "Probation",\n  "version": "1.0",\n  "description": "",\n  "profiles": ["coe", "scotland"],\n  "minimumLanguageVersion": "0.1.0",\n  "author": "x"\n}\n';
        expect(parseManifest(text, 'm.json').problems.map(formatManifestProblem)).toEqual([
            "m.json:7:3: 'author': unknown key",
            "m.json:2:3: 'name': a library name is an npm package name: lower-case words joined by -, . or _, optionally under an @scope/",
            'm.json:3:3: \'version\': a version is major.minor.patch, e.g. "1.0.0"',
            "m.json:4:3: 'description': must NOT have fewer than 1 characters",
            "m.json:5:3: 'profiles.1': must be one of 'coe', 'england-wales', 'france', 'germany'"
        ]);
    });

    test('versions compare by number, not as text', () => {
        expect(compareVersions('0.10.0', '0.9.0')).toBeGreaterThan(0);
        expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
        expect(compareVersions('0.1.0', '0.2.0')).toBeLessThan(0);
    });
});

describe('import specifiers', () => {
    test('paths and library names are told apart', () => {
        expect(['./a.sanction', '../a', '/abs/a.sanction', 'library/standard-requirements.sanction', 'notes.txt', '']
            .map(isPathSpecifier)).toEqual([true, true, true, true, true, true]);
        expect(['probation-standard/curfew', '@court/templates/curfew', 'probation-standard']
            .map(isPathSpecifier)).toEqual([false, false, false]);
    });

    test('a scoped name takes two parts', () => {
        expect(splitLibrarySpecifier('@court/templates/breach/standard')).toEqual({ name: '@court/templates', file: 'breach/standard' });
        expect(splitLibrarySpecifier('probation-standard/curfew')).toEqual({ name: 'probation-standard', file: 'curfew' });
    });
});
