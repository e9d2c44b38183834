import type { LangiumDocument, Lexer, MaybePromise } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { CancellationToken, Range, RenameParams, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';
import { ResponseError } from 'vscode-languageserver';
import { isSanctionFile, isTemplate, isTemplateParameter, type Template, type TemplateParameter } from '../generated/ast.js';
import type { SanctionServices } from '../sanction-module.js';
import { guard } from './guard.js';

/** LSP's "invalid params" error code, for a name the language cannot read. */
const INVALID_PARAMS = -32602;

/**
 * Renaming a template or a template parameter renames it where it is defined and wherever it is
 * used, in every file (Langium's default), once the new name is one the language can read as a name:
 * not a keyword, not taken by another template or by another parameter of the same template.
 *
 * Only templates and their parameters can be renamed: they are the only names that something else
 * refers to. A person's name, an authority or any other quoted text is not a name to rename (Langium
 * would otherwise take any `name` property for one, and put the new name in place of the quotes).
 */
export class SanctionRenameProvider extends DefaultRenameProvider {
    protected readonly lexer: Lexer;
    protected readonly services: SanctionServices;

    constructor(services: SanctionServices) {
        super(services);
        this.services = services;
        this.lexer = services.parser.Lexer;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        return guard('rename', undefined, async () => {
            const target = this.targetAt(document, params);
            if (!isTemplate(target) && !isTemplateParameter(target)) {
                return undefined;
            }
            const problem = this.readOnly(target) ?? this.checkName(document, params);
            if (problem) {
                throw new ResponseError(INVALID_PARAMS, problem);
            }
            return super.rename(document, params, cancelToken);
        });
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams, cancelToken?: CancellationToken): MaybePromise<Range | undefined> {
        return guard('rename', undefined, () => {
            const target = this.targetAt(document, params);
            return isTemplate(target) || isTemplateParameter(target) ? super.prepareRename(document, params, cancelToken) : undefined;
        });
    }

    /**
     * Why a template or parameter cannot be renamed where it is defined: inside an npm package
     * (node_modules), which npm owns and replaces on the next install, so an edit there is lost and
     * the orders renamed with it would break. Libraries in the workspace (named in `libraries` of
     * sanction.config.json) are the court's own files and are renamed like any other.
     */
    protected readOnly(target: Template | TemplateParameter): string | undefined {
        const template = isTemplate(target) ? target : target.$container;
        const uri = AstUtils.getDocument(template).uri;
        const library = this.services.sanction.imports.libraryOf(uri);
        const inPackage = library?.source === 'npm' || uri.path.split('/').includes('node_modules');
        if (!inPackage) {
            return undefined;
        }
        const where = library ? `the npm package '${library.name}'` : 'an npm package (node_modules)';
        return `Template '${template.name}' is defined in ${where}, which npm installs and would overwrite: rename it in the library's own sources and publish a new version.`;
    }

    /** Why the new name cannot be used, if it cannot. */
    protected checkName(document: LangiumDocument, params: RenameParams): string | undefined {
        const name = params.newName;
        const lexed = this.lexer.tokenize(name);
        if (lexed.errors.length > 0 || lexed.tokens.length !== 1 || lexed.tokens[0].tokenType.name !== 'ID' || lexed.tokens[0].image !== name) {
            return `'${name}' cannot be a name: use letters, digits, '_' and single hyphens, and no word of the language.`;
        }
        const target = this.targetAt(document, params);
        if (isTemplateParameter(target)) {
            if ((target.$container.parameters ?? []).some((p: TemplateParameter) => p !== target && p.name === name)) {
                return `Template '${target.$container.name}' already has a parameter '${name}'.`;
            }
        } else if (isTemplate(target)) {
            if (this.templatesSeenWith(target).some(t => t !== target && t.name === name)) {
                return `There is already a template '${name}'.`;
            }
        }
        return undefined;
    }

    /** Templates that a file seeing this one also sees: a new name must not clash with them. */
    protected templatesSeenWith(template: Template): Template[] {
        const imports = this.services.sanction.imports;
        const home = AstUtils.getDocument(template);
        const homeUri = home.uri.toString();
        const uris = new Set(imports.visibleUris(home));
        for (const other of this.services.shared.workspace.LangiumDocuments.all) {
            const visible = imports.visibleUris(other);
            if (visible.has(homeUri)) {
                visible.forEach(uri => uris.add(uri));
            }
        }
        return this.services.shared.workspace.LangiumDocuments.all
            .filter(d => uris.has(d.uri.toString()))
            .flatMap(d => isSanctionFile(d.parseResult.value) ? d.parseResult.value.elements.filter(isTemplate) : [])
            .toArray();
    }

    /** The template or parameter the rename is about: declared, or referred to, at the position. */
    protected targetAt(document: LangiumDocument, params: TextDocumentPositionParams) {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] ?? leaf.astNode : undefined;
    }
}
