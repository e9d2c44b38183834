import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type {
    Condition, Extension, Order, OrderClause, Parameter, Requirement, Review, Template, TemplateUse, Term, Value
} from '../generated/ast.js';
import { isCondition, isOrder, isRequirement, isTemplate, isTemplateUse } from '../generated/ast.js';
import { kindByKeyword, type RequirementKindInfo } from './requirement-kinds.js';
import { NO_BINDINGS, type Bindings } from './values.js';

/**
 * A requirement or free-text condition as it applies: written in the order, written in a template
 * (with the parameters still open), or brought into an order by applying a template (with the
 * order's arguments bound). Checks read measures through this view so they work the same on all three.
 */
export interface MeasureView {
    /** The requirement or condition as written. */
    readonly node: Requirement | Condition;
    /** The `apply` clause that brought it into an order, if it came from a template. */
    readonly via?: TemplateUse;
    /** Values of the template's parameters; empty for a measure written directly. */
    readonly bindings: Bindings;
    /** The requirement kind; undefined for a free-text condition. */
    readonly kind?: RequirementKindInfo;
    /** Whether the measure sits in a template body (its parameters are not known yet). */
    readonly inTemplate: boolean;
    /** The first parameter clause of a type. */
    param<K extends Parameter['$type']>(type: K): Extract<Parameter, { $type: K }> | undefined;
    /** The requirement's own duration, extension and review, if stated. */
    readonly term?: Term;
    readonly extension?: Extension;
    readonly review?: Review;
}

export function measureView(node: Requirement | Condition, via?: TemplateUse, bindings: Bindings = NO_BINDINGS): MeasureView {
    const param = <K extends Parameter['$type']>(type: K) =>
        node.params.find(p => p.$type === type) as Extract<Parameter, { $type: K }> | undefined;
    return {
        node,
        via,
        bindings,
        kind: isRequirement(node) ? kindByKeyword(node.kind) : undefined,
        inTemplate: !via && isTemplate(node.$container),
        param,
        term: param('TermParameter')?.term,
        extension: param('ExtensionParameter')?.extension,
        review: param('ReviewParameter')?.review
    };
}

/** The values an `apply` clause binds: its arguments, then the template's defaults. */
export function bindingsOf(use: TemplateUse): Bindings {
    const bindings = new Map<NonNullable<ReturnType<typeof paramOf>>, Value>();
    for (const argument of use.arguments) {
        const parameter = paramOf(argument);
        if (parameter && argument.value) {
            bindings.set(parameter, argument.value);
        }
    }
    return bindings;
}

function paramOf(argument: TemplateUse['arguments'][number]) {
    return argument.parameter?.ref;
}

/** The measures an `apply` clause brings into an order. */
export function measuresOfUse(use: TemplateUse): MeasureView[] {
    const template: Template | undefined = use.template?.ref;
    if (!template) {
        return [];
    }
    const bindings = bindingsOf(use);
    return template.body.map(node => measureView(node, use, bindings));
}

/** Every measure of an order: those written in it and those its templates bring. */
export function measuresOf(order: Order): MeasureView[] {
    const measures: MeasureView[] = [];
    for (const clause of order.clauses) {
        if (isRequirement(clause) || isCondition(clause)) {
            measures.push(measureView(clause));
        } else if (isTemplateUse(clause)) {
            measures.push(...measuresOfUse(clause));
        }
    }
    return measures;
}

/**
 * The clauses of an order by type guard, computed once per order: checks ask for them for every
 * measure, and an order of thousands of clauses made that quadratic. An order's clauses do not
 * change once it is parsed (a change of the text makes a new AST), so the order object is the key.
 */
const clausesByGuard = new WeakMap<Order, Map<(node: unknown) => boolean, readonly OrderClause[]>>();

function cachedClauses<T extends OrderClause>(order: Order, guard: (node: unknown) => node is T): readonly T[] {
    let byGuard = clausesByGuard.get(order);
    if (!byGuard) {
        byGuard = new Map();
        clausesByGuard.set(order, byGuard);
    }
    let clauses = byGuard.get(guard);
    if (!clauses) {
        clauses = order.clauses.filter(guard);
        byGuard.set(guard, clauses);
    }
    return clauses as readonly T[];
}

/** The clauses of an order of one type. */
export function clausesOf<T extends OrderClause>(order: Order, guard: (node: unknown) => node is T): T[] {
    return [...cachedClauses(order, guard)];
}

/** The first clause of an order of one type. */
export function clauseOf<T extends OrderClause>(order: Order, guard: (node: unknown) => node is T): T | undefined {
    return cachedClauses(order, guard)[0];
}

/** The order a node belongs to, if any. */
export function orderOf(node: AstNode): Order | undefined {
    let current: AstNode | undefined = node;
    while (current && !isOrder(current)) {
        current = current.$container;
    }
    return current;
}

/** "This curfew requirement", or "The curfew requirement brought in by 'home-curfew'" (the measure is a requirement of a known kind). */
export function describeRequirement(measure: MeasureView): string {
    const what = `${measure.kind!.keyword} requirement`;
    return measure.via ? `The ${what} brought in by '${measure.via.template?.ref?.name}'` : `This ${what}`;
}

/** Whether a value is an argument of a template use written in this document. */
export function isArgumentIn(node: AstNode, document: LangiumDocument): boolean {
    return node.$container?.$type === 'Argument' && AstUtils.getDocument(node) === document;
}

/** Where to report a figure of a measure: the figure as written; the argument that gave a template its value; else the `apply` clause. */
export function placeOfFigure(measure: MeasureView, node: AstNode, document: LangiumDocument): { node: AstNode; property?: string } {
    if (!measure.via || isArgumentIn(node, document)) {
        return { node };
    }
    return { node: measure.via, property: 'template' };
}
