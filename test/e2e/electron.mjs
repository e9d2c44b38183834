// Runs the same in-host suites in a desktop VS Code downloaded by @vscode/test-electron, on a
// machine that can reach VS Code's download servers (these machines cannot: there, `npm run test:e2e`
// runs the suites in code-server instead). Usage: `node test/e2e/electron.mjs [--version=stable]`.
import { runTests } from '@vscode/test-electron';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const version = process.argv.find(arg => arg.startsWith('--version='))?.slice('--version='.length) ?? 'stable';

// The suite edits documents, so it works on a copy of the examples, as under code-server.
const workspace = mkdtempSync(join(tmpdir(), 'sanction-e2e-'));
cpSync(join(root, 'examples'), workspace, { recursive: true });

try {
    await runTests({
        version,
        extensionDevelopmentPath: join(root, 'packages/vscode'),
        extensionTestsPath: join(here, 'suite/index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
        extensionTestsEnv: {
            SANCTION_E2E_EXPECT: 'development',
            SANCTION_E2E_EXTENSION_PATH: join(root, 'packages/vscode'),
            SANCTION_E2E_CLI: join(root, 'packages/cli/bin/sanction.cjs')
        }
    });
} catch (error) {
    console.error(`e2e (electron): ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
}
