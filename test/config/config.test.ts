import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { afterAll, describe, expect, test } from 'vitest';
import { formatConfigProblem, parseConfig } from '../../language/src/config/config-file.js';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { lintFiles } from '../../language/src/core/lint.js';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';

const known = new Set(ALL_CHECKS.map(c => c.id));
const problems = (text: string) => parseConfig(text, 'sanction.config.json', known).problems.map(formatConfigProblem);

describe('parseConfig', () => {
    test('a valid file', () => {
        const parsed = parseConfig('{ "profile": "england-wales", "checks": { "missing-duration": "warning", "missing-appeal-right": "off" }, "ceilings": { "minor": 20 } }', 'f', known);
        expect(parsed.problems).toEqual([]);
        expect(parsed.config).toEqual({ profile: 'england-wales', checks: { 'missing-duration': 'warning', 'missing-appeal-right': 'off' }, ceilings: { minor: 20 } });
    });

    test('an unknown key names the key and its line', () => {
        expect(problems('{\n  "profile": "coe",\n  "severity": {}\n}')).toEqual([
            "sanction.config.json:3:3: 'severity': unknown key at the top level"
        ]);
        expect(problems('{\n  "ceilings": { "trivial": 3 }\n}')).toEqual([
            "sanction.config.json:2:17: 'ceilings.trivial': unknown key in 'ceilings'"
        ]);
    });

    test('a bad severity', () => {
        expect(problems('{\n  "checks": {\n    "missing-duration": "fatal"\n  }\n}')).toEqual([
            "sanction.config.json:3:5: 'checks.missing-duration': must be one of 'off', 'info', 'warning', 'error'"
        ]);
    });

    test('an unknown profile', () => {
        expect(problems('{ "profile": "scotland" }')).toEqual([
            "sanction.config.json:1:3: 'profile': must be one of 'coe', 'england-wales', 'france', 'germany'"
        ]);
    });

    test('an unknown check id', () => {
        expect(problems('{ "checks": { "vague-trem": "off" } }')).toEqual([
            "sanction.config.json:1:15: 'checks.vague-trem': unknown check 'vague-trem' (see `sanction checks` for the ids)"
        ]);
    });

    test('malformed JSON, with the line and column of the fault', () => {
        expect(problems('{\n  "profile": "coe",\n  "checks": { "missing-duration": "off", }\n}')).toEqual([
            expect.stringMatching(/^sanction\.config\.json:3:42: malformed JSON: Expected double-quoted property name/)
        ]);
        expect(problems('')).toEqual([expect.stringMatching(/^sanction\.config\.json:1:1: malformed JSON: /)]);
    });
});

describe('configuration files found upward from each order', () => {
    const root = mkdtempSync(join(tmpdir(), 'sanction-config-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const order = 'order "X".\nmade on 2026-01-01.\n';  // no duration: missing-duration (error by default); no rights: missing-appeal-right

    function write(path: string, text: string): string {
        const file = join(root, path);
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, text);
        return file;
    }

    test('the nearest file applies; shell defaults are weaker and overrides stronger', async () => {
        write('court/sanction.config.json', JSON.stringify({ profile: 'france', checks: { 'missing-duration': 'warning' } }));
        const inner = write('court/orders/a.sanction', order);
        const outside = write('elsewhere/b.sanction', order);
        const { Sanction } = createSanctionCoreServices(NodeFileSystem);
        const config = Sanction.sanction.config;
        config.setDefaults({ profile: 'germany' });
        expect(config.resolve(URI.file(inner)).config.profile).toBe('france');
        expect(config.resolve(URI.file(inner)).file?.fsPath).toBe(join(root, 'court/sanction.config.json'));
        expect(config.resolve(URI.file(outside)).config.profile).toBe('germany');
        config.setOverrides({ profile: 'england-wales' });
        expect(config.resolve(URI.file(inner)).config.profile).toBe('england-wales');

        const [a, b] = await lintFiles(Sanction, [URI.file(inner), URI.file(outside)]);
        expect(a.findings.filter(f => f.checkId === 'missing-duration').map(f => f.severity)).toEqual(['warning']);
        expect(b.findings.filter(f => f.checkId === 'missing-duration').map(f => f.severity)).toEqual(['error']);
    });

    test('a check turned off does not run', async () => {
        write('quiet/sanction.config.json', JSON.stringify({ checks: { 'missing-duration': 'off' } }));
        const file = write('quiet/a.sanction', order);
        const [result] = await lintFiles(createSanctionCoreServices(NodeFileSystem).Sanction, [URI.file(file)]);
        expect(result.findings.map(f => f.checkId)).not.toContain('missing-duration');
    });

    test('a faulty file is ignored, and each order it covers says so', async () => {
        write('broken/sanction.config.json', '{ "checks": { "missing-duration": "off" }, "colour": true }');
        const file = write('broken/a.sanction', order);
        const [result] = await lintFiles(createSanctionCoreServices(NodeFileSystem).Sanction, [URI.file(file)]);
        const invalid = result.findings.filter(f => f.checkId === 'invalid-config');
        expect(invalid.map(f => f.message)).toEqual([
            `The configuration file is ignored: ${join(root, 'broken/sanction.config.json')}:1:44: 'colour': unknown key at the top level`
        ]);
        expect(result.findings.map(f => f.checkId)).toContain('missing-duration');
    });
});

describe('one list of profiles', () => {
    test('the configuration schema names exactly the profiles that ship', async () => {
        const { PROFILE_IDS } = await import('../../language/src/config/config-file.js');
        const { profileIds } = await import('../../language/src/profiles/index.js');
        expect([...PROFILE_IDS].sort()).toEqual([...profileIds()].sort());
    });
});
