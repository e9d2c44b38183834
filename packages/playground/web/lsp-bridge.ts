/**
 * A thin bridge from Monaco's own provider API to a language server in a Web Worker: the LSP
 * messages the playground needs (under 300 lines, instead of monaco-languageclient and the VS Code
 * API it brings). Positions are 0-based in LSP and 1-based in Monaco.
 */
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/browser';
import type * as lsp from 'vscode-languageserver-protocol';
import { monaco } from './monaco.js';

type Model = monaco.editor.ITextModel;

export const toRange = (r: lsp.Range): monaco.IRange => ({
    startLineNumber: r.start.line + 1, startColumn: r.start.character + 1,
    endLineNumber: r.end.line + 1, endColumn: r.end.character + 1
});
const fromRange = (r: monaco.IRange): lsp.Range => ({
    start: { line: r.startLineNumber - 1, character: r.startColumn - 1 },
    end: { line: r.endLineNumber - 1, character: r.endColumn - 1 }
});
const fromPosition = (p: monaco.IPosition): lsp.Position => ({ line: p.lineNumber - 1, character: p.column - 1 });

/** A diagnostic's message as text (LSP 3.18 allows markup). */
export const messageOf = (d: lsp.Diagnostic): string => typeof d.message === 'string' ? d.message : d.message.value;

/**
 * A list from an answer: a request the server cannot answer yet (a document it has not opened)
 * comes back as an empty object.
 */
const arrayOf = <T>(value: T[] | null | undefined): T[] => Array.isArray(value) ? value : [];

const SEVERITY: Record<number, monaco.MarkerSeverity> = {
    1: monaco.MarkerSeverity.Error, 2: monaco.MarkerSeverity.Warning, 3: monaco.MarkerSeverity.Info, 4: monaco.MarkerSeverity.Hint
};

/** LSP CompletionItemKind → Monaco's (same names, different numbers). */
function completionKind(kind: lsp.CompletionItemKind | undefined): monaco.languages.CompletionItemKind {
    const K = monaco.languages.CompletionItemKind;
    const byLsp: Record<number, monaco.languages.CompletionItemKind> = {
        1: K.Text, 2: K.Method, 3: K.Function, 4: K.Constructor, 5: K.Field, 6: K.Variable, 7: K.Class, 8: K.Interface,
        9: K.Module, 10: K.Property, 11: K.Unit, 12: K.Value, 13: K.Enum, 14: K.Keyword, 15: K.Snippet, 16: K.Color,
        17: K.File, 18: K.Reference, 19: K.Folder, 20: K.EnumMember, 21: K.Constant, 22: K.Struct, 23: K.Event,
        24: K.Operator, 25: K.TypeParameter
    };
    return byLsp[kind ?? 1] ?? K.Text;
}

function markdown(contents: lsp.Hover['contents']): monaco.IMarkdownString[] {
    const list = Array.isArray(contents) ? contents : [contents];
    return list.map(c => typeof c === 'string' ? { value: c } : 'kind' in c ? { value: c.value, isTrusted: false } : { value: '```' + c.language + '\n' + c.value + '\n```' });
}

function textEdits(edits: lsp.TextEdit[]): monaco.languages.TextEdit[] {
    return edits.map(e => ({ range: toRange(e.range), text: e.newText }));
}

function workspaceEdit(edit: lsp.WorkspaceEdit | undefined): monaco.languages.WorkspaceEdit | undefined {
    if (!edit) {
        return undefined;
    }
    const edits: monaco.languages.IWorkspaceTextEdit[] = [];
    for (const [uri, list] of Object.entries(edit.changes ?? {})) {
        for (const e of list) {
            edits.push({ resource: monaco.Uri.parse(uri), textEdit: { range: toRange(e.range), text: e.newText }, versionId: undefined });
        }
    }
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change) {
            for (const e of change.edits) {
                edits.push({ resource: monaco.Uri.parse(change.textDocument.uri), textEdit: { range: toRange(e.range), text: 'newText' in e ? e.newText : '' }, versionId: undefined });
            }
        }
    }
    return { edits };
}

function symbols(list: lsp.DocumentSymbol[]): monaco.languages.DocumentSymbol[] {
    return list.map(s => ({
        name: s.name, detail: s.detail ?? '', kind: (s.kind - 1) as monaco.languages.SymbolKind, tags: [],
        range: toRange(s.range), selectionRange: toRange(s.selectionRange), children: symbols(s.children ?? [])
    }));
}

/** Whether relative semantic tokens (line delta, start delta, length, ...) all lie within the model's lines. */
function fits(model: Model, data: number[]): boolean {
    let line = 0;
    let start = 0;
    for (let i = 0; i + 4 < data.length; i += 5) {
        line += data[i];
        start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
        if (line >= model.getLineCount() || start + data[i + 2] > model.getLineLength(line + 1)) {
            return false;
        }
    }
    return true;
}

export interface Bridge {
    connection: MessageConnection;
    /** The latest diagnostics of each document, by URI. */
    diagnostics: Map<string, lsp.Diagnostic[]>;
    /** Fired with a document's URI when its diagnostics arrive. */
    onDiagnostics(listener: (uri: string) => void): void;
    open(model: Model): void;
    documentSymbols(model: Model): Promise<lsp.DocumentSymbol[]>;
}

/** Starts the server in `worker`, initializes it and registers Monaco providers for `languageId`. */
export async function connect(worker: Worker, languageId: string): Promise<Bridge> {
    const connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
    const diagnostics = new Map<string, lsp.Diagnostic[]>();
    const listeners: Array<(uri: string) => void> = [];
    const versions = new Map<string, number>();
    // The model's version when its latest diagnostics came: the server has built that text by then.
    const diagnosed = new Map<string, number>();
    const waiting = new Map<string, Array<() => void>>();
    /** Resolves once the server has checked the model's current text (or after 3 s). */
    const settled = (model: Model) => new Promise<void>(resolve => {
        const uri = model.uri.toString();
        if (diagnosed.get(uri) === model.getVersionId()) {
            resolve();
            return;
        }
        const timer = setTimeout(resolve, 3000);
        waiting.set(uri, [...waiting.get(uri) ?? [], () => { clearTimeout(timer); resolve(); }]);
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: lsp.PublishDiagnosticsParams) => {
        diagnostics.set(params.uri, params.diagnostics);
        const model = monaco.editor.getModel(monaco.Uri.parse(params.uri));
        if (model) {
            diagnosed.set(params.uri, model.getVersionId());
            waiting.get(params.uri)?.forEach(resolve => resolve());
            waiting.delete(params.uri);
            monaco.editor.setModelMarkers(model, 'sanction', params.diagnostics.map(d => ({
                ...toRange(d.range),
                severity: SEVERITY[d.severity ?? 1],
                message: messageOf(d),
                source: d.source,
                code: d.code === undefined ? undefined : d.codeDescription
                    ? { value: String(d.code), target: monaco.Uri.parse(d.codeDescription.href) }
                    : String(d.code)
            })));
        }
        listeners.forEach(l => l(params.uri));
    });
    // The server asks for progress and for configuration; the page shows neither.
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/configuration', (params: lsp.ConfigurationParams) => params.items.map(() => null));
    connection.onNotification('window/logMessage', (params: lsp.LogMessageParams) => console.log(params.message));
    connection.listen();

    const result: lsp.InitializeResult = await connection.sendRequest('initialize', {
        processId: null,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {
            textDocument: {
                synchronization: { dynamicRegistration: false },
                publishDiagnostics: { relatedInformation: false, codeDescriptionSupport: true, dataSupport: true },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, dataSupport: true },
                documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                formatting: {},
                foldingRange: {},
                semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] }
            },
            workspace: { configuration: false, workspaceFolders: false }
        }
    } satisfies lsp.InitializeParams);
    await connection.sendNotification('initialized', {});
    const caps = result.capabilities;

    const doc = (model: Model) => ({ textDocument: { uri: model.uri.toString() } });
    const request = <R>(method: string, params: unknown): Promise<R> => connection.sendRequest<R>(method, params);

    monaco.languages.registerHoverProvider(languageId, {
        async provideHover(model, position) {
            const hover = await request<lsp.Hover | null>('textDocument/hover', { ...doc(model), position: fromPosition(position) });
            return hover?.contents ? { contents: markdown(hover.contents), range: hover.range && toRange(hover.range) } : null;
        }
    });
    monaco.languages.registerCompletionItemProvider(languageId, {
        triggerCharacters: caps.completionProvider?.triggerCharacters,
        async provideCompletionItems(model, position) {
            const answer = await request<lsp.CompletionList | lsp.CompletionItem[] | null>('textDocument/completion', { ...doc(model), position: fromPosition(position) });
            const items = Array.isArray(answer) ? answer : arrayOf(answer?.items);
            const word = model.getWordUntilPosition(position);
            const fallback = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: position.column };
            return {
                incomplete: !Array.isArray(answer) && !!answer?.isIncomplete,
                suggestions: items.map(item => {
                    const edit = item.textEdit;
                    const range = edit ? toRange('range' in edit ? edit.range : edit.replace) : fallback;
                    return {
                        label: item.label,
                        kind: completionKind(item.kind),
                        detail: item.detail,
                        documentation: typeof item.documentation === 'string' || !item.documentation ? item.documentation : { value: item.documentation.value },
                        insertText: edit?.newText ?? item.insertText ?? item.label,
                        insertTextRules: item.insertTextFormat === 2 ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
                        filterText: item.filterText,
                        sortText: item.sortText,
                        range,
                        additionalTextEdits: item.additionalTextEdits && textEdits(item.additionalTextEdits)
                    };
                })
            };
        }
    });
    monaco.languages.registerCodeActionProvider(languageId, {
        async provideCodeActions(model, range, context) {
            // The server's fixes travel in the diagnostics' `data`: hand back the diagnostics it sent.
            const sent = diagnostics.get(model.uri.toString()) ?? [];
            const matching = sent.filter(d => context.markers.some(m =>
                m.message === messageOf(d) && m.startLineNumber === d.range.start.line + 1 && m.startColumn === d.range.start.character + 1));
            const params = { ...doc(model), range: fromRange(range), context: { diagnostics: matching, only: context.only ? [context.only] : undefined } };
            const actions = await request<Array<lsp.CodeAction | lsp.Command> | null>('textDocument/codeAction', params);
            return {
                actions: arrayOf(actions).filter((a): a is lsp.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string')).map(a => ({
                    title: a.title,
                    kind: a.kind,
                    isPreferred: a.isPreferred,
                    edit: workspaceEdit(a.edit),
                    diagnostics: a.diagnostics?.map(d => ({ ...toRange(d.range), severity: SEVERITY[d.severity ?? 1], message: messageOf(d) }))
                })),
                dispose() {}
            };
        }
    });
    monaco.languages.registerDocumentFormattingEditProvider(languageId, {
        async provideDocumentFormattingEdits(model, options) {
            const edits = await request<lsp.TextEdit[] | null>('textDocument/formatting', { ...doc(model), options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces } });
            return textEdits(arrayOf(edits));
        }
    });
    const documentSymbols = async (model: Model) =>
        arrayOf(await request<lsp.DocumentSymbol[] | null>('textDocument/documentSymbol', doc(model)));
    monaco.languages.registerDocumentSymbolProvider(languageId, {
        async provideDocumentSymbols(model) {
            return symbols(await documentSymbols(model));
        }
    });
    monaco.languages.registerFoldingRangeProvider(languageId, {
        async provideFoldingRanges(model) {
            const ranges = await request<lsp.FoldingRange[] | null>('textDocument/foldingRange', doc(model));
            return arrayOf(ranges).map(r => ({ start: r.startLine + 1, end: r.endLine + 1 }));
        }
    });
    const legend = caps.semanticTokensProvider?.legend;
    if (legend) {
        monaco.languages.registerDocumentSemanticTokensProvider(languageId, {
            getLegend: () => legend,
            async provideDocumentSemanticTokens(model) {
                // Asked too early, the server answers with the tokens of the text before the last edit.
                await settled(model);
                const version = model.getVersionId();
                const tokens = await request<lsp.SemanticTokens | null>('textDocument/semanticTokens/full', doc(model));
                if (!Array.isArray(tokens?.data) || model.getVersionId() !== version || !fits(model, tokens.data)) {
                    return null;
                }
                return { data: new Uint32Array(tokens.data), resultId: tokens.resultId };
            },
            releaseDocumentSemanticTokens() {}
        });
    }

    function open(model: Model): void {
        const uri = model.uri.toString();
        if (versions.has(uri)) {
            return;
        }
        versions.set(uri, model.getVersionId());
        void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: model.getVersionId(), text: model.getValue() } });
        model.onDidChangeContent(() => {
            versions.set(uri, model.getVersionId());
            void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: model.getVersionId() }, contentChanges: [{ text: model.getValue() }] });
        });
        model.onWillDispose(() => {
            versions.delete(uri);
            void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        });
    }

    return { connection, diagnostics, onDiagnostics: l => void listeners.push(l), open, documentSymbols };
}
