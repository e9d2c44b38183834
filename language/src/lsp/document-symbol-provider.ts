import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import {
    isBreach, isCondition, isOffence, isOrder, isOrderTerm, isPerson, isRequirement, isRights, isSanctionFile, isTemplate, isTemplateUse,
    type Order, type OrderClause, type Template
} from '../generated/ast.js';
import { guard } from './guard.js';
import { rangeOf, sliceWhole, unquote } from './syntax.js';

/**
 * The outline: each order under its case reference, with the person, the offence, the duration,
 * each requirement (by kind), condition and template applied, and the breach and rights sections
 * with their items; each template with its parameters. Half-written text leaves any property
 * of a node missing (a requirement without its kind, an `apply` without a template): each falls
 * back to the sentence's own word.
 */
export class SanctionDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        return guard('document symbols', [], () => this.symbols(document));
    }

    protected symbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isSanctionFile(root)) {
            return [];
        }
        return root.elements.flatMap(element => {
            const symbol = isOrder(element) ? this.orderSymbol(element) : isTemplate(element) ? this.templateSymbol(element) : undefined;
            return symbol ? [symbol] : [];
        });
    }

    protected orderSymbol(order: Order): DocumentSymbol | undefined {
        return symbol(order, order.caseReference || '(no case reference)', SymbolKind.Module, 'caseReference', {
            detail: order.form ? `order, ${order.form}` : 'order',
            children: (order.clauses ?? []).flatMap(clause => {
                const child = this.clauseSymbol(clause);
                return child ? [child] : [];
            })
        });
    }

    protected clauseSymbol(clause: OrderClause): DocumentSymbol | undefined {
        if (isPerson(clause)) {
            return symbol(clause, clause.name || 'person', SymbolKind.Object, 'name', { detail: ['person', clause.status].filter(Boolean).join(', ') });
        }
        if (isOffence(clause)) {
            return symbol(clause, clause.description || 'offence', SymbolKind.Event, 'description', { detail: ['offence', clause.seriousness].filter(Boolean).join(', ') });
        }
        if (isOrderTerm(clause)) {
            return symbol(clause, `in force ${textOf(clause.term?.$cstNode)}`.trim(), SymbolKind.Number, undefined, {
                detail: [clause.extension && textOf(clause.extension.$cstNode), clause.review && textOf(clause.review.$cstNode)].filter(Boolean).join(', ') || 'duration'
            });
        }
        if (isRequirement(clause)) {
            return symbol(clause, (clause.kind ?? '').replace(/\s+/g, ' ') || 'requirement', SymbolKind.Property, 'kind', { detail: 'requirement' });
        }
        if (isCondition(clause)) {
            const text = clause.text?.$cstNode ? unquote(clause.text.$cstNode.text) : 'condition';
            return symbol(clause, shorten(text), SymbolKind.Property, undefined, { detail: 'condition' });
        }
        if (isTemplateUse(clause)) {
            return symbol(clause, clause.template?.$refText || 'apply', SymbolKind.Function, 'template', { detail: 'apply template' });
        }
        if (isBreach(clause)) {
            return symbol(clause, 'on breach', SymbolKind.Namespace, undefined, { children: (clause.items ?? []).map(item => itemSymbol(item)) });
        }
        if (isRights(clause)) {
            return symbol(clause, 'rights', SymbolKind.Namespace, undefined, { children: (clause.items ?? []).map(item => itemSymbol(item)) });
        }
        return undefined;
    }

    protected templateSymbol(template: Template): DocumentSymbol | undefined {
        return symbol(template, template.name || 'template', SymbolKind.Class, 'name', {
            detail: 'template',
            children: (template.parameters ?? []).map(parameter => symbol(parameter, parameter.name || 'parameter', SymbolKind.TypeParameter, 'name', {
                detail: `${parameter.valueType ?? 'parameter'}${parameter.defaultValue?.$cstNode ? ` = ${parameter.defaultValue.$cstNode.text}` : ''}`
            })).filter((s): s is DocumentSymbol => !!s)
        });
    }
}

/** A section item, named by its sentence without the full stop. */
function itemSymbol(item: AstNode): DocumentSymbol | undefined {
    return symbol(item, shorten(textOf(item.$cstNode).replace(/\.$/, '')), SymbolKind.EnumMember);
}

function symbol(node: AstNode, name: string, kind: SymbolKind, property?: string, extra: SymbolExtra = {}): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    const range = rangeOf(node);
    if (!cst || !range) {
        return undefined;
    }
    const nameNode = property ? GrammarUtils.findNodeForProperty(cst, property) : undefined;
    const children = extra.children?.filter((child): child is DocumentSymbol => !!child);
    return {
        name: name || ' ',
        kind,
        range,
        selectionRange: nameNode?.range ?? range,
        ...extra,
        children: children && children.length > 0 ? children : undefined
    };
}

type SymbolExtra = Omit<Partial<DocumentSymbol>, 'children'> & { children?: Array<DocumentSymbol | undefined> };

function textOf(cst: CstNode | undefined): string {
    return (cst?.text ?? '').replace(/\s+/g, ' ').trim();
}

function shorten(text: string, max = 100): string {
    return text.length > max ? `${sliceWhole(text, max - 1)}…` : text;
}
