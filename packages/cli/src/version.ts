// The one version of the project, shared by the CLI, the extension and the language package: the
// root package.json's. esbuild inlines it; test/cli/version.test.ts checks every package.json agrees.
import rootPackage from '../../../package.json' with { type: 'json' };

export const TOOL_NAME = 'sanction';
export const TOOL_VERSION: string = rootPackage.version;
