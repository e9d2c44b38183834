import type { AstNode, AstNodeDescription, LangiumDocument, MaybePromise, ReferenceInfo } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, NextFeature } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { CancellationToken, CompletionList, CompletionParams } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import { isArgument, isTemplate, isTemplateUse, type Template, type TemplateUse } from '../generated/ast.js';
import { requirementKinds } from '../model/requirement-kinds.js';
import { hoverWords, templateSignature } from './hover-provider.js';
import { findNextFeatures } from './follow-elements.js';
import { guard } from './guard.js';
import { applySnippet, argumentSnippet, requirementSnippet, todayIso } from './snippets.js';
import { UriUtils } from 'langium';
import type { SanctionServices } from '../sanction-module.js';
import { splitLibrarySpecifier } from '../library/libraries.js';
import { FileAccess } from '../library/file-access.js';

/**
 * Completion on top of Langium's (which offers the keywords that may come next and the names a
 * reference may point at):
 *
 * - keywords that only make sense together are offered together (`in force`, `made on`,
 *   `on breach`, `costs borne by`, `referral to the deciding authority` …);
 * - after `requirement`, every kind with its required parameters as a snippet;
 * - after `apply`, the visible templates with their signature (and their required parameters as a
 *   snippet at the end of a line); after `with`, the parameters not given yet, with a placeholder
 *   of their type;
 * - after `on` in a requirement, day ranges besides the single days; where a date is expected, today.
 */
export class SanctionCompletionProvider extends DefaultCompletionProvider {
    /** Contexts whose requirement kinds have been offered (the kinds share first words). */
    private readonly kindsOffered = new WeakSet<CompletionContext>();
    protected readonly sanctionServices: SanctionServices;

    constructor(services: SanctionServices) {
        super(services);
        this.sanctionServices = services;
    }

    override getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        return Promise.resolve(guard('completion', undefined, () => this.completeImportPath(document, params) ?? super.getCompletion(document, params, cancelToken)));
    }

    /**
     * Inside the quotes of `import "…`: the template libraries this file can use (those named in
     * `libraries` of its sanction.config.json and the npm packages with a sanction-library.json),
     * then, after `name/`, the library's template files, and the .sanction files beside this one.
     * The text is read directly: an unclosed string is not a token the completion parser can follow.
     */
    protected completeImportPath(document: LangiumDocument, params: CompletionParams): CompletionList | undefined {
        const { line, character } = params.position;
        const before = document.textDocument.getText({ start: { line, character: 0 }, end: params.position });
        const match = /^\s*import\s+"([^"\\]*)$/.exec(before);
        if (!match) {
            return undefined;
        }
        const typed = match[1]!;
        const range = { start: { line, character: character - typed.length }, end: params.position };
        const items: CompletionList['items'] = [];
        const add = (path: string, detail: string, kind: CompletionItemKind, retrigger = false) => {
            if (path.startsWith(typed) && path !== typed) {
                items.push({
                    label: path, detail, kind, textEdit: { range, newText: path }, sortText: `${kind === CompletionItemKind.Module ? 0 : 1}${path}`,
                    ...(retrigger ? { command: { title: 'Show the files', command: 'editor.action.triggerSuggest' } } : {})
                });
            }
        };
        const uri = document.uri;
        const locator = this.sanctionServices.sanction.imports.locator;
        const files = new FileAccess(this.sanctionServices.shared.workspace.FileSystemProvider);
        const slash = typed.startsWith('.') || typed.startsWith('/') ? -1 : typed.indexOf('/', typed.startsWith('@') ? typed.indexOf('/') + 1 : 0);
        if (slash > 0) {
            const { name } = splitLibrarySpecifier(typed);
            const found = locator.find(name, uri);
            for (const file of found.library ? files.templateFiles(found.library.root, 200) : []) {
                add(`${name}/${file}`, `template file of library ${name} ${found.library!.manifest.version}`, CompletionItemKind.File);
            }
        } else if (!typed.startsWith('.') && !typed.startsWith('/')) {
            for (const name of locator.knownNames(uri)) {
                add(`${name}/`, 'template library', CompletionItemKind.Module, true);
            }
        }
        if (!typed.startsWith('/') && slash <= 0) {
            const here = UriUtils.dirname(uri);
            const own = uri.path.split('/').pop();
            for (const file of files.templateFiles(here, 100)) {
                const path = `${file}.sanction`;
                if (path !== own && !file.includes('/')) {
                    add(typed.startsWith('./') ? `./${path}` : path, 'file beside this one', CompletionItemKind.File);
                }
            }
        }
        return { isIncomplete: false, items };
    }

    /**
     * What may follow the text before the cursor: Langium's computation, with the follow-element
     * interpretation of ./follow-elements.ts, which is not exponential in the tokens after a
     * sentence the completion parser could not read.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const text = document.getText({ start: { line: 0, character: 0 }, end: document.positionAt(offset) });
        const parserResult = this.completionParser.parse(text);
        const tokens = parserResult.tokens;
        if (parserResult.tokenIndex === 0) {
            const entry = GrammarUtils.getEntryRule(this.grammar);
            return entry ? findNextFeatures([[this.buildSyntheticEntryRuleCall(entry)]], tokens) : [];
        }
        const leftoverTokens = tokens.slice(parserResult.tokenIndex);
        return findNextFeatures([parserResult.elementStack.map(feature => ({ feature }))], leftoverTokens);
    }

    /** Today, as written in an order; a method so that tests can fix it. */
    protected today(): string {
        return todayIso();
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isKeyword(feature)) {
            const rule = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule);
            if (rule?.name === 'RequirementKind') {
                return this.completeRequirementKinds(context, acceptor);
            }
            if (rule?.name === 'Weekday' && feature.value === 'Monday') {
                this.completeDayRanges(context, acceptor);
            }
        }
        if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'DATE') {
            acceptor(context, { label: this.today(), detail: 'today', kind: CompletionItemKind.Value, sortText: '0' });
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    /** Keywords that are always followed by the same words are offered with them. */
    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const phrase = keywordPhrase(keyword);
        acceptor(context, {
            label: phrase,
            kind: this.getKeywordCompletionItemKind(keyword),
            detail: 'Keyword',
            sortText: '1'
        });
    }

    /**
     * The requirement kinds that fit what is typed after `requirement` ("unpaid w"), each replacing
     * it. At the end of a line the whole sentence is inserted, with the kind's required parameters.
     */
    protected completeRequirementKinds(context: CompletionContext, acceptor: CompletionAcceptor): void {
        if (this.kindsOffered.has(context)) {
            return;
        }
        this.kindsOffered.add(context);
        const text = context.textDocument.getText();
        const before = text.slice(Math.max(0, context.offset - 200), context.offset);
        const match = /\brequirement\s+((?:[A-Za-z-]+\s+)*[A-Za-z-]*)$/.exec(before);
        const typed = match ? match[1] : text.slice(context.tokenOffset, context.offset);
        const start = context.offset - typed.length;
        const words = typed.trim().replace(/\s+/g, ' ').toLowerCase();
        const atEnd = restOfLine(text, context.offset).trim() === '';
        const range = { start: context.textDocument.positionAt(start), end: context.position };
        for (const kind of requirementKinds()) {
            // "unpaid w" fits "unpaid work"; a single word fits any word of a kind ("work", "treat…").
            const fits = kind.keyword.startsWith(words) || (!words.includes(' ') && kind.keyword.split(' ').some(w => w.startsWith(words)));
            if (!fits) {
                continue;
            }
            const snippet = atEnd ? requirementSnippet(kind, this.today()) : kind.keyword;
            const required = kind.required.length ? `Required: ${kind.required.join(', ')}.` : 'No parameter is required.';
            acceptor(context, {
                label: kind.keyword,
                kind: CompletionItemKind.EnumMember,
                detail: 'requirement kind',
                documentation: { kind: MarkupKind.Markdown, value: `${kind.summary}\n\n${required}${atEnd ? `\n\n\`\`\`\nrequirement ${snippetPreview(snippet)}\n\`\`\`` : ''}` },
                filterText: kind.keyword,
                insertTextFormat: atEnd ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
                textEdit: { range, newText: snippet },
                sortText: '0'
            });
        }
    }

    /** `on Monday to Friday`, `on Saturday and Sunday`, right after `on`. */
    protected completeDayRanges(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const before = context.textDocument.getText().slice(Math.max(0, context.tokenOffset - 20), context.tokenOffset);
        if (!/\bon\s+$/.test(before)) {
            return;
        }
        for (const [label, i] of [['Monday to Friday', 0], ['Saturday and Sunday', 1]] as const) {
            acceptor(context, { label, kind: CompletionItemKind.EnumMember, detail: 'days of the week', sortText: `0${i}` });
        }
    }

    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        if (assignment && context.node && !next.type && !this.isReference(context.node.$type, assignment.feature)) {
            // The reference belongs to a sentence not begun yet (`apply |` after a sentence the parser
            // could not finish): Langium would ask the scope of the node before the cursor, which has
            // no such reference. Complete it as the sentence it belongs to.
            const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
            const type = rule ? GrammarUtils.getRuleTypeName(rule) : undefined;
            if (!type || !this.isReference(type, assignment.feature)) {
                return;
            }
            next = { ...next, type };
        }
        const use = templateUseAt(context.node);
        if (assignment?.feature === 'parameter' && use && (next.type === 'Argument' || isArgument(context.node) || isTemplateUse(context.node))) {
            return this.completeArguments(context, use, acceptor);
        }
        return super.completionForCrossReference(context, next, acceptor);
    }

    /** Whether nodes of a type have a reference of that name. */
    protected isReference(type: string, property: string): boolean {
        return !!this.astReflection.getTypeMetaData(type).properties[property]?.referenceType;
    }

    /** The parameters of the template applied that have no value yet, required ones first. */
    protected completeArguments(context: CompletionContext, use: TemplateUse, acceptor: CompletionAcceptor): void {
        const template = use.template?.ref;
        if (!template) {
            return;
        }
        const given = new Set((use.arguments ?? [])
            .filter(a => !(a.$cstNode && a.$cstNode.offset <= context.offset && context.offset <= a.$cstNode.end))
            .map(a => a.parameter?.$refText));
        for (const parameter of template.parameters ?? []) {
            if (!parameter.name || given.has(parameter.name)) {
                continue;
            }
            const value = parameter.defaultValue?.$cstNode?.text;
            acceptor(context, {
                label: parameter.name,
                kind: CompletionItemKind.Field,
                detail: `${parameter.valueType}${value !== undefined ? ` = ${value}` : ' (required)'}`,
                insertText: argumentSnippet(parameter, this.today()),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: value === undefined ? '0' : '1'
            });
        }
    }

    /** Templates with their signature; at the end of a line, with their required parameters. */
    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const template = nodeDescription.node && isTemplate(nodeDescription.node) ? nodeDescription.node as Template : undefined;
        if (!template) {
            return item;
        }
        const atEnd = restOfLine(context.textDocument.getText(), context.offset).trim() === '';
        const signature = `(${(template.parameters ?? []).map(p => `${p.name ?? '?'}: ${p.valueType ?? '?'}${p.defaultValue?.$cstNode ? ` = ${p.defaultValue.$cstNode.text}` : ''}`).join(', ')})`;
        return {
            ...item,
            kind: CompletionItemKind.Function,
            detail: `template ${template.name}${signature}`,
            documentation: { kind: MarkupKind.Markdown, value: templateSignature(template, hoverWords(this.sanctionServices.sanction.locale.current)) },
            ...(atEnd && template.name ? { insertText: applySnippet(template.name, template.parameters, this.today()), insertTextFormat: InsertTextFormat.Snippet } : {})
        };
    }
}

/** The `apply` clause a completion happens in, if any. */
function templateUseAt(node: AstNode | undefined): TemplateUse | undefined {
    return AstUtils.getContainerOfType(node, isTemplateUse);
}

/** A keyword and the keywords that always follow it in its sentence ("in" → "in force"). */
export function keywordPhrase(keyword: GrammarAST.Keyword): string {
    let element: GrammarAST.AbstractElement = keyword;
    const container: unknown = keyword.$container;
    if (GrammarAST.isAssignment(container) && !container.cardinality) {
        element = container;
    }
    const group = element.$container;
    if (!GrammarAST.isGroup(group) || element.cardinality) {
        return keyword.value;
    }
    const words = [keyword.value];
    for (const next of group.elements.slice(group.elements.indexOf(element) + 1)) {
        const word = GrammarAST.isKeyword(next) ? next
            : GrammarAST.isAssignment(next) && GrammarAST.isKeyword(next.terminal) && !next.terminal.cardinality ? next.terminal : undefined;
        if (!word || next.cardinality || !/\p{L}/u.test(word.value)) {
            break;
        }
        words.push(word.value);
    }
    return words.join(' ');
}

function restOfLine(text: string, offset: number): string {
    const end = text.indexOf('\n', offset);
    return text.slice(offset, end < 0 ? text.length : end);
}

/** A snippet as the drafter will see it once inserted: placeholders shown as their text. */
function snippetPreview(snippet: string): string {
    return snippet.replace(/\$\{\d+:((?:\\.|[^}])*)\}/g, (_m, text: string) => text.replace(/\\(.)/g, '$1'))
        .replace(/\$\{\d+\|([^|,]*)[^|]*\|\}/g, '$1');
}
