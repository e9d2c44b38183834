/**
 * The CLI as a package: `npm pack` it, install the tarball into an empty folder with nothing else
 * (the bundle carries its dependencies, so no registry is asked), and run the installed bin.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, repoRoot, sanction } from './helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir: string;
let installed: string;

beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-pack-'));
    // prepack builds the bundle.
    const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', dir], { cwd: path.join(repoRoot, 'packages/cli'), encoding: 'utf8' }).trim().split('\n').pop()!;
    const project = path.join(dir, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "court-templates", "version": "1.0.0", "private": true }\n');
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(dir, tarball)], { cwd: project, stdio: 'pipe' });
    installed = path.join(project, 'node_modules/@sanction-orders/cli/bin/sanction.cjs');
}, 120_000);

afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
});

describe('the packed CLI', () => {
    it('holds the bin, the bundle and the README only, and depends on nothing', () => {
        const root = path.dirname(path.dirname(installed));
        expect(fs.readdirSync(root).sort()).toEqual(['README.md', 'bin', 'dist', 'package.json']);
        expect(fs.readdirSync(path.join(root, 'dist')).sort()).toEqual(['sanction-config.schema.json', 'sanction-library.schema.json', 'sanction.cjs']);
        const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
        expect(manifest.dependencies).toBeUndefined();
        expect(manifest.engines).toEqual({ node: '>=22' });
        // Publishable: no `private`, a bin, the files, and no dependency (the workspace's packages are bundled).
        expect(manifest.private).toBeUndefined();
        expect(manifest.bin).toEqual({ sanction: './bin/sanction.cjs' });
        expect(fs.readdirSync(path.join(dir, 'project/node_modules')).sort()).toEqual(['.bin', '.package-lock.json', '@sanction-orders']);
    });

    it('lints a fixture tree, explains a check, and writes SARIF, once installed', () => {
        const lint = sanction(['lint', 'orders'], { bin: path.join(dir, 'project/node_modules/.bin/sanction') });
        expect(lint.code).toBe(1);
        expect(lint.stdout).toBe(sanction(['lint', 'orders']).stdout);
        const sarif = JSON.parse(sanction(['lint', '-f', 'sarif', 'orders'], { bin: installed, cwd: fixtures }).stdout);
        expect(sarif.runs[0].results).toHaveLength(3);
        expect(sarif.runs[0].tool.driver.rules.every((rule: { help?: { markdown: string } }) => rule.help?.markdown)).toBe(true);
        expect(sanction(['explain', 'missing-duration'], { bin: installed }).stdout).toContain('How to fix');
        expect(sanction(['--version'], { bin: installed }).stdout).toBe(`${JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')).version}\n`);
    }, 60_000);

    it('init writes a configuration whose $schema is the installed schema, which the linter then reads', () => {
        const project = path.join(dir, 'project');
        const result = sanction(['init', '--profile', 'england-wales'], { bin: installed, cwd: project });
        expect(result.code).toBe(0);
        const config = JSON.parse(fs.readFileSync(path.join(project, 'sanction.config.json'), 'utf8'));
        expect(config).toEqual({ $schema: './node_modules/@sanction-orders/cli/dist/sanction-config.schema.json', profile: 'england-wales', checks: {} });
        expect(fs.existsSync(path.join(project, config.$schema))).toBe(true);
        fs.writeFileSync(path.join(project, 'a.sanction'), fs.readFileSync(path.join(fixtures, 'orders/clean.sanction')));
        const printed = JSON.parse(sanction(['lint', '--print-config', 'a.sanction'], { bin: installed, cwd: project }).stdout);
        expect(printed).toMatchObject({ file: 'sanction.config.json', profile: 'england-wales' });
    }, 60_000);
});
