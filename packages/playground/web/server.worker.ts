/**
 * The Sanction Orders language server in a Web Worker: the same services as the extension's server
 * (diagnostics with check ids, Rules and docs links, hover, completion, quick fixes, formatting,
 * outline, semantic tokens), over `vscode-languageserver/browser`.
 *
 * Files: an in-memory file system holding the template library at examples/library/, so that the
 * examples' `import "library/standard-requirements.sanction"` resolves; the page's documents come
 * over the connection (didOpen). The page's profile selector sets the default profile
 * (playground/setProfile), and playground/burden gives each order's control burden.
 */
import '@sanction-orders/language/polyfills.js';
import { DocumentState, URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createSanctionServices } from '@sanction-orders/language';
import { PROFILE_IDS } from '@sanction-orders/language/config/config-file.js';
import { orderBurdens } from '@sanction-orders/language/model/burden.js';
import { LIBRARY_PATH, LIBRARY_TEXT } from 'playground:data';
import { BURDEN, ROOT, SET_PROFILE, type BurdenParams, type BurdenResult, type SetProfileParams } from './protocol.js';

/** Files by URI string; read-only. */
class InMemoryFileSystem implements FileSystemProvider {
    constructor(protected readonly files: Map<string, string>) {}
    protected node(uri: URI): FileSystemNode {
        const key = uri.toString();
        const isFile = this.files.has(key);
        const isDirectory = !isFile && [...this.files.keys()].some(file => file.startsWith(key.endsWith('/') ? key : `${key}/`));
        return { uri, isFile, isDirectory };
    }
    async stat(uri: URI) { return this.statSync(uri); }
    statSync(uri: URI) { return this.node(uri); }
    async exists(uri: URI) { return this.existsSync(uri); }
    existsSync(uri: URI) { const n = this.node(uri); return n.isFile || n.isDirectory; }
    async readBinary(uri: URI) { return this.readBinarySync(uri); }
    readBinarySync(uri: URI) { return new TextEncoder().encode(this.readFileSync(uri)); }
    async readFile(uri: URI) { return this.readFileSync(uri); }
    readFileSync(uri: URI) {
        const text = this.files.get(uri.toString());
        if (text === undefined) {
            throw new Error(`no such file: ${uri.toString()}`);
        }
        return text;
    }
    async readDirectory(uri: URI) { return this.readDirectorySync(uri); }
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = uri.toString().endsWith('/') ? uri.toString() : `${uri.toString()}/`;
        const names = new Set<string>();
        for (const file of this.files.keys()) {
            if (file.startsWith(prefix)) {
                names.add(file.slice(prefix.length).split('/')[0]);
            }
        }
        return [...names].map(name => this.node(URI.parse(prefix + name)));
    }
}

const files = new Map([[URI.parse(ROOT + LIBRARY_PATH).toString(), LIBRARY_TEXT]]);
const fileSystem = new InMemoryFileSystem(files);

const messageReader = new BrowserMessageReader(self as never);
const messageWriter = new BrowserMessageWriter(self as never);
const connection = createConnection(messageReader, messageWriter);
const { shared, Sanction } = createSanctionServices({ connection, fileSystemProvider: () => fileSystem });
const workspace = shared.workspace;
const PROFILES = new Set<string>(PROFILE_IDS);
let profile = 'coe';

/** Checks every checked document again (the profile changed), as the extension's server does. */
async function recheck(): Promise<void> {
    await workspace.WorkspaceManager.ready;
    await workspace.WorkspaceLock.write(async token => {
        for (const document of workspace.LangiumDocuments.all) {
            if (document.state >= DocumentState.Validated) {
                workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        await workspace.DocumentBuilder.update([], [], token);
    });
}

connection.onNotification(SET_PROFILE, (params: SetProfileParams) => {
    const next = PROFILES.has(params.profile) ? params.profile : 'coe';
    if (next !== profile) {
        profile = next;
        Sanction.sanction.config.setDefaults({ profile });
        void recheck();
    }
});

connection.onRequest(BURDEN, async (params: BurdenParams): Promise<BurdenResult> => {
    const uri = URI.parse(params.uri);
    const document = workspace.LangiumDocuments.getDocument(uri);
    if (!document) {
        return { profile, orders: [] };
    }
    await workspace.DocumentBuilder.waitUntil(DocumentState.Linked, uri);
    return workspace.WorkspaceLock.read(() => {
        const config = Sanction.sanction.config.forDocument(uri);
        return {
            profile: config.profile,
            orders: orderBurdens(document.parseResult.value, config).map(o => ({ caseReference: o.caseReference, ...o.burden }))
        };
    });
});

startLanguageServer(shared);
