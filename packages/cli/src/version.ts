import cliPackage from '../package.json' with { type: 'json' };

export const TOOL_NAME = 'sanction';
export const TOOL_VERSION: string = cliPackage.version;
