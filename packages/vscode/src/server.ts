/**
 * The Sanction Orders language server: Langium's LSP services over the connection VS Code opens
 * (`--node-ipc` from the extension, `--stdio` or `--socket=<port>` from other editors and tests).
 * Every diagnostic comes from the diagnostics core, with the check id as its code, a link to the
 * check's documentation and the cited Rules in `data`.
 */
import './polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSanctionServices } from '@sanction-orders/language';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createSanctionServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
