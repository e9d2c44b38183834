import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import type { Parameter, TextLiteral } from '../../generated/ast.js';
import {
    isAreaParameter, isCondition, isContactParameter, isDescriptionParameter, isDestinationParameter, isParameterRef,
    isPlaceParameter, isProviderParameter, isTemplate, isTextLiteral
} from '../../generated/ast.js';
import type { MeasureView } from '../../model/order-model.js';
import { SLOT_OF_TYPE } from '../../model/requirement-kinds.js';
import { resolveValue } from '../../model/values.js';
import { analyseText, type TextCheckId, type TextIssue, type TextMessageId, type TextRole } from './analyse.js';
import { languageOfText } from '../text/language.js';
import { literalOf, type LiteralText } from '../text/literal.js';

/** One piece of text of a measure, with what it is and where it is written. */
export interface TextTarget {
    literal: LiteralText;
    role: TextRole;
    /** Slots stated by the measure's parameters (for a free-text condition). */
    present: ReadonlySet<string>;
}

/**
 * The texts of a measure the clarity checks read: a condition's text, and the free text of a
 * requirement's parameters (description, place, provider, destination, area, contact). A text that
 * is a template parameter is read from the value the order binds (or the parameter's default).
 */
export function textTargets(measure: MeasureView): TextTarget[] {
    const targets: TextTarget[] = [];
    const present = new Set<string>(measure.node.params.map(param => SLOT_OF_TYPE[param.$type]));
    const push = (node: AstNode | undefined, role: TextRole, property?: string) => {
        const literal = literalOf(node, property);
        if (literal && shouldReport(measure, literal.node)) {
            targets.push({ literal, role, present });
        }
    };
    const pushText = (slot: unknown, role: TextRole) => {
        if (isTextLiteral(slot)) {
            push(slot, role, 'value');
        } else if (isParameterRef(slot)) {
            const bound = resolveValue(slot, measure.bindings);
            if (isTextLiteral(bound)) {
                push(bound as TextLiteral, role, 'value');
            }
        }
    };
    if (isCondition(measure.node)) {
        pushText(measure.node.text, 'condition');
    }
    for (const param of measure.node.params as Parameter[]) {
        if (isDescriptionParameter(param)) {
            push(param, 'description', 'description');
        } else if (isPlaceParameter(param)) {
            pushText(param.place, 'place');
        } else if (isProviderParameter(param)) {
            pushText(param.provider, 'provider');
        } else if (isDestinationParameter(param)) {
            push(param, 'destination', 'destination');
        } else if (isAreaParameter(param) && !param.map && param.name) {
            pushText(param.name, 'area');
        } else if (isContactParameter(param)) {
            if (param.person) {
                pushText(param.person, 'contact');
            } else if (param.class && !param.knowing) {
                push(param, 'contact-class', 'class');
            } else if (param.class) {
                push(param, 'description', 'class');
            }
        }
    }
    return targets;
}

/**
 * A text written in a template is reported where the template is checked; when an order applies
 * the template from another file, it is reported again on the `apply` clause (the core moves it
 * there), but not twice in one file. A text an order passes as an argument is reported only when
 * the order applies the template.
 */
function shouldReport(measure: MeasureView, literalNode: AstNode): boolean {
    const inTemplate = !!AstUtils.getContainerOfType(literalNode, isTemplate);
    if (!measure.via) {
        return true;
    }
    if (!inTemplate) {
        return true;
    }
    return AstUtils.getDocument(literalNode).uri.toString() !== AstUtils.getDocument(measure.via).uri.toString();
}

/** The findings of one check in a measure's texts. */
export function textIssues(measure: MeasureView, check: TextCheckId): Array<{ target: TextTarget; issue: TextIssue }> {
    const result: Array<{ target: TextTarget; issue: TextIssue }> = [];
    for (const target of textTargets(measure)) {
        const language = languageOfText(measure.node, target.literal.value, measure.via);
        for (const issue of analyseText(target.literal.value, language, { role: target.role, present: target.present })) {
            if (issue.check === check) {
                result.push({ target, issue });
            }
        }
    }
    return result;
}

/**
 * Reports the findings of one check in a measure's texts, each on the phrase at fault, by the
 * message id the analysis gives (the check's `messages` hold the text) with its placeholders' values.
 */
export function reportTextIssues<C extends TextCheckId>(measure: MeasureView, context: CheckContext<TextMessageId<C>>, check: C): void {
    for (const { target, issue } of textIssues(measure, check)) {
        const fixes = issue.fix ? [toFix(target.literal, issue.fix)] : undefined;
        context.report({
            node: target.literal.node,
            range: target.literal.range(issue.start, issue.end),
            messageId: issue.messageId as TextMessageId<C>,
            data: issue.data,
            ...(fixes ? { fixes } : {})
        });
    }
}

/** A fix in text offsets, as edits of the file (the inserted text escaped for the string literal). */
export function toFix(literal: LiteralText, fix: NonNullable<TextIssue['fix']>): Fix {
    const curly = literal.cst.text.startsWith('\u201C');
    const escape = (text: string) => curly ? text.replace(/\u201D/g, '"') : text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    return {
        title: fix.title,
        edits: fix.edits.map(edit => ({ range: literal.range(edit.start, edit.end), newText: escape(edit.newText) }))
    };
}
