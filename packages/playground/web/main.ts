/**
 * The playground page: Monaco with the Sanction language server in a Web Worker, a profile
 * selector, the examples, share links, the control burden, the findings and the outline.
 */
import { serverWorker } from './start-worker.js';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type * as lsp from 'vscode-languageserver-protocol';
import { EXAMPLES, KEYWORDS, SNIPPETS } from 'playground:data';
import { monaco } from './monaco.js';
import { connect, messageOf, toRange } from './lsp-bridge.js';
import { BURDEN, ROOT, SET_PROFILE, type BurdenResult } from './protocol.js';

const LANGUAGE = 'sanction';
const PROFILES = ['coe', 'england-wales', 'france', 'germany'];
/** The order typed in the playground (or opened from a share link): at the examples' root, so `import "library/…"` resolves. */
const SCRATCH = `${ROOT}order.sanction`;
const DEFAULT_EXAMPLE = 'community-order-unpaid-work.sanction';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const profileSelect = $<HTMLSelectElement>('profile');
const exampleSelect = $<HTMLSelectElement>('example');
const findingsList = $('findings');
const burdenBox = $('burden');
const outlineList = $('outline');
const shareBox = $<HTMLInputElement>('share-link');

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => new Worker('./editor.worker.js', { type: 'module' })
};

// Syntax colouring before the server answers (the TextMate grammar's keywords); the server's
// semantic tokens refine it.
monaco.languages.register({ id: LANGUAGE, extensions: ['.sanction'] });
monaco.languages.setLanguageConfiguration(LANGUAGE, {
    comments: { lineComment: '//', blockComment: ['/*', '*/'] },
    brackets: [['(', ')']],
    autoClosingPairs: [{ open: '"', close: '"' }, { open: '(', close: ')' }],
    wordPattern: /[A-Za-z][\w-]*|\d+(?:[.:-]\d+)*/
});
monaco.languages.setMonarchTokensProvider(LANGUAGE, {
    keywords: new RegExp(`^${KEYWORDS}$`),
    tokenizer: {
        root: [
            [/\/\/.*$/, 'comment'],
            [/\/\*/, 'comment', '@comment'],
            [/"([^"\\]|\\.)*"/, 'string'],
            [/\u201c[^\u201d]*\u201d/, 'string'],
            [/\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d+(\.\d+)?/, 'number'],
            [new RegExp(KEYWORDS), 'keyword'],
            [/[A-Za-z][\w-]*/, 'identifier']
        ],
        comment: [[/\*\//, 'comment', '@pop'], [/./, 'comment']]
    }
} as monaco.languages.IMonarchLanguage);
monaco.editor.defineTheme('sanction', {
    base: 'vs', inherit: true, colors: {},
    rules: [
        { token: 'keyword', foreground: '0000c0' },
        { token: 'string', foreground: 'a31515' },
        { token: 'number', foreground: '098658' },
        { token: 'comment', foreground: '008000', fontStyle: 'italic' },
        { token: 'type', foreground: '267f99' },
        { token: 'class', foreground: '267f99' },
        { token: 'function', foreground: '795e26' },
        { token: 'method', foreground: '795e26' },
        { token: 'variable', foreground: '001080' },
        { token: 'parameter', foreground: '001080' },
        { token: 'property', foreground: '001080' },
        { token: 'enumMember', foreground: '0070c1' },
        { token: 'macro', foreground: 'af00db' },
        { token: 'operator', foreground: '000000' }
    ]
});

// The extension's snippets (a whole order, sections), at the start of a clause; the server's
// completion adds its own (requirements, templates).
monaco.languages.registerCompletionItemProvider(LANGUAGE, {
    provideCompletionItems(model, position) {
        const word = model.getWordUntilPosition(position);
        if (model.getLineContent(position.lineNumber).slice(0, word.startColumn - 1).trim() !== '') {
            return { suggestions: [] };
        }
        const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
        return {
            suggestions: Object.entries(SNIPPETS).flatMap(([name, snippet]) => [snippet.prefix].flat().map(prefix => ({
                label: prefix,
                kind: monaco.languages.CompletionItemKind.Snippet,
                detail: name,
                documentation: snippet.description,
                insertText: [snippet.body].flat().join('\n'),
                insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
                range
            })))
        };
    }
});

const editor = monaco.editor.create($('editor'), {
    theme: 'sanction',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    wordWrap: 'on',
    glyphMargin: false,
    'semanticHighlighting.enabled': true,
    fixedOverflowWidgets: true,
    quickSuggestions: { other: true, comments: false, strings: false }
});

/** One model per file, at its path under examples/ (imports are relative to it). */
function modelFor(uri: string, text: string): monaco.editor.ITextModel {
    const existing = monaco.editor.getModel(monaco.Uri.parse(uri));
    if (existing) {
        if (existing.getValue() !== text) {
            existing.setValue(text);
        }
        return existing;
    }
    return monaco.editor.createModel(text, LANGUAGE, monaco.Uri.parse(uri));
}

// ---------------------------------------------------------------------------------------------
// Menus
// ---------------------------------------------------------------------------------------------

for (const id of PROFILES) {
    profileSelect.add(new Option(id, id));
}
const groups: Array<[string, (path: string) => boolean]> = [
    ['Orders', p => !p.includes('/')],
    ['England and Wales', p => p.startsWith('england-wales/')],
    ['Wrong on purpose', p => p.startsWith('bad/')],
    ['Template library', p => p.startsWith('library/')]
];
exampleSelect.add(new Option('Your order', ''));
for (const [label, test] of groups) {
    const group = document.createElement('optgroup');
    group.label = label;
    for (const example of EXAMPLES.filter(e => test(e.path))) {
        group.append(new Option(example.path, example.path));
    }
    exampleSelect.append(group);
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

const bridge = await connect(serverWorker, LANGUAGE);
let firstDiagnostics: number | undefined;

function setProfile(profile: string, notify = true): void {
    profileSelect.value = PROFILES.includes(profile) ? profile : 'coe';
    if (notify) {
        void bridge.connection.sendNotification(SET_PROFILE, { profile: profileSelect.value });
    }
}

function show(uri: string, text: string, profile: string): void {
    setProfile(profile);
    const model = modelFor(uri, text);
    editor.setModel(model);
    bridge.open(model);
    void refreshPanels();
}

/**
 * The fields of the URL fragment. Not URLSearchParams: it reads `+` as a space, and lz-string's
 * URI-safe alphabet has `+`.
 */
function fragment(): Map<string, string> {
    const fields = new Map<string, string>();
    for (const field of location.hash.slice(1).split('&')) {
        const at = field.indexOf('=');
        if (at > 0) {
            const value = field.slice(at + 1);
            try {
                fields.set(field.slice(0, at), field.startsWith('order=') ? value : decodeURIComponent(value));
            } catch {
                // A malformed field: ignored.
            }
        }
    }
    return fields;
}

/** Opens what the URL fragment holds (`#order=…&profile=…`), else the default example. */
function openFromLocation(): void {
    const params = fragment();
    const packed = params.get('order');
    const text = packed ? decompressFromEncodedURIComponent(packed) : null;
    if (typeof text === 'string' && packed) {
        exampleSelect.value = '';
        show(SCRATCH, text, params.get('profile') ?? 'coe');
        return;
    }
    const example = EXAMPLES.find(e => e.path === (params.get('example') ?? DEFAULT_EXAMPLE)) ?? EXAMPLES[0];
    exampleSelect.value = example.path;
    show(ROOT + example.path, example.text, example.profile);
}

exampleSelect.addEventListener('change', () => {
    const example = EXAMPLES.find(e => e.path === exampleSelect.value);
    if (example) {
        show(ROOT + example.path, example.text, example.profile);
    } else {
        show(SCRATCH, monaco.editor.getModel(monaco.Uri.parse(SCRATCH))?.getValue() ?? '', profileSelect.value);
    }
});
profileSelect.addEventListener('change', () => setProfile(profileSelect.value));
window.addEventListener('hashchange', openFromLocation);

$('share').addEventListener('click', () => {
    const model = editor.getModel();
    if (!model) {
        return;
    }
    const hash = `order=${compressToEncodedURIComponent(model.getValue())}&profile=${encodeURIComponent(profileSelect.value)}`;
    const url = `${location.href.split('#')[0]}#${hash}`;
    history.replaceState(null, '', url);
    shareBox.value = url;
    shareBox.hidden = false;
    shareBox.select();
    void navigator.clipboard?.writeText(url).catch(() => undefined);
});
$('format').addEventListener('click', () => void editor.getAction('editor.action.formatDocument')?.run());

// ---------------------------------------------------------------------------------------------
// Panels: findings, control burden, outline
// ---------------------------------------------------------------------------------------------

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];

function element(tag: string, className: string, text?: string): HTMLElement {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) {
        node.textContent = text;
    }
    return node;
}

function reveal(range: lsp.Range): void {
    const r = toRange(range);
    editor.setSelection(r);
    editor.revealRangeInCenter(r);
    editor.focus();
}

function renderFindings(diagnostics: lsp.Diagnostic[]): void {
    findingsList.replaceChildren();
    const sorted = [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    $('findings-count').textContent = String(sorted.length);
    if (sorted.length === 0) {
        findingsList.append(element('li', 'none', 'No findings.'));
    }
    for (const d of sorted) {
        const data = d.data as { rules?: number[]; checkId?: string } | undefined;
        const item = element('li', `finding ${SEVERITY_NAMES[d.severity ?? 1]}`);
        item.dataset.check = String(d.code ?? '');
        item.dataset.line = String(d.range.start.line + 1);
        item.dataset.column = String(d.range.start.character + 1);
        item.dataset.rules = (data?.rules ?? []).join(',');
        const where = element('button', 'where', `${d.range.start.line + 1}:${d.range.start.character + 1}`);
        where.addEventListener('click', () => reveal(d.range));
        const head = element('div', 'head');
        head.append(where, element('span', 'severity', SEVERITY_NAMES[d.severity ?? 1]));
        if (d.code !== undefined) {
            const link = document.createElement('a');
            link.className = 'check';
            link.textContent = String(d.code);
            link.target = '_blank';
            link.rel = 'noopener';
            if (d.codeDescription) {
                link.href = d.codeDescription.href;
            }
            head.append(link);
        }
        if (data?.rules?.length) {
            head.append(element('span', 'rules', `Rule${data.rules.length > 1 ? 's' : ''} ${data.rules.join(', ')}`));
        }
        item.append(head, element('div', 'message', messageOf(d)));
        findingsList.append(item);
    }
}

async function renderBurden(uri: string): Promise<void> {
    const result = await bridge.connection.sendRequest<BurdenResult>(BURDEN, { uri });
    burdenBox.replaceChildren();
    if (result.orders.length === 0) {
        burdenBox.append(element('p', 'none', 'No order in this file.'));
    }
    for (const order of result.orders) {
        const over = order.ceiling !== null && order.total > order.ceiling;
        const head = element('p', `total${over ? ' over' : ''}`);
        head.textContent = `${order.caseReference || 'Order'}: ${order.total} points`
            + (order.ceiling !== null ? ` of ${order.ceiling} for a ${order.seriousness} offence (${result.profile})` : ' (no seriousness stated, so no ceiling)');
        const list = element('ul', 'breakdown');
        for (const item of order.breakdown) {
            list.append(element('li', '', `${item.kind}: ${item.points} (${item.basis})`));
        }
        burdenBox.append(head, list);
    }
}

async function renderOutline(model: monaco.editor.ITextModel): Promise<void> {
    const symbols = await bridge.documentSymbols(model);
    const list = (items: lsp.DocumentSymbol[]): HTMLElement => {
        const ul = element('ul', 'symbols');
        for (const s of items) {
            const li = element('li', '');
            const button = element('button', 'symbol', s.name + (s.detail ? ` — ${s.detail}` : ''));
            button.addEventListener('click', () => reveal(s.selectionRange));
            li.append(button);
            if (s.children?.length) {
                li.append(list(s.children));
            }
            ul.append(li);
        }
        return ul;
    };
    outlineList.replaceChildren(list(symbols));
}

async function refreshPanels(): Promise<void> {
    const model = editor.getModel();
    if (!model) {
        return;
    }
    const uri = model.uri.toString();
    renderFindings(bridge.diagnostics.get(uri) ?? []);
    await Promise.all([renderBurden(uri), renderOutline(model)]).catch(error => console.warn(error));
}

bridge.onDiagnostics(uri => {
    if (uri !== editor.getModel()?.uri.toString()) {
        return;
    }
    if (firstDiagnostics === undefined) {
        // Since the navigation began (performance's time origin).
        firstDiagnostics = performance.now();
        document.body.dataset.firstDiagnosticsMs = firstDiagnostics.toFixed(0);
    }
    status.textContent = `Checked (${(bridge.diagnostics.get(uri) ?? []).length} findings)`;
    document.body.dataset.version = String(Number(document.body.dataset.version ?? 0) + 1);
    void refreshPanels();
});
editor.onDidChangeModelContent(() => {
    status.textContent = 'Checking…';
});

openFromLocation();
status.textContent = 'Checking…';
document.body.dataset.ready = 'true';

/** For the browser test and the curious: the editor and the bridge. */
(window as unknown as { playground: unknown }).playground = { editor, monaco, bridge, openFromLocation };
