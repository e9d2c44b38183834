import { AstUtils, GrammarUtils } from 'langium';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import type { Parameter, Requirement } from '../../generated/ast.js';
import { isParameterRef, isRequirement, isTemplate, isTextLiteral } from '../../generated/ast.js';
import type { MeasureView } from '../../model/order-model.js';
import { SLOT_OF_TYPE, SLOT_SYNTAX, type ParameterSlot, type RequirementKindInfo } from '../../model/requirement-kinds.js';
import { isOpenParameter } from '../../model/values.js';
import { reportTextIssues } from '../text/report.js';
import { joinList } from '../wording.js';

/**
 * Rule 15: the conditions and obligations of a sanction or measure are laid down clearly and
 * explicitly. Rule 30: what the person is told to do is practical and precise. A curfew with no
 * hours, unpaid work with no number of hours or treatment with no provider leaves the person unable
 * to know what compliance is, however clear the rest of the order.
 *
 * What each requirement kind needs is the table in model/requirement-kinds.ts (`required`); this
 * check reads it and repeats nothing. A slot filled by a template parameter counts as stated; when
 * an order applies the template without giving that parameter a value (and it has no default), the
 * `apply` clause is reported. Free-text conditions are read for duties written out in words
 * ("report to your officer once a month"), mapped to the same table (../text/vocabulary/frames.json).
 */
export const missingParameters = defineCheck({
    id: 'missing-parameters',
    title: 'Requirement without its essential parameters',
    family: 'clarity',
    rules: [15, 30],
    severity: 'error',
    summary: 'Finds requirements missing what the person needs to comply: a curfew without hours or address, unpaid work without hours, treatment without a provider.',
    basis: [
        { rule: 15, chapter: 'II', clause: 'conditions and obligations (first half of the sentence)', carries: 'the conditions and obligations are to be set out in clear and explicit terms, which an obligation whose hours, frequency, place or provider is unstated is not' },
        { rule: 30, chapter: 'III', clause: 'second sentence', carries: 'what the person is told to do has to be practical and precise: they cannot comply with a duty without knowing when, where or how much' }
    ],
    visitMeasure(measure, context) {
        if (isRequirement(measure.node) && measure.kind) {
            checkRequirement(measure, measure.node, measure.kind, context);
        }
        reportTextIssues(measure, context, 'missing-parameters');
    }
});

/** How a kind is named in a message: "This curfew states no daily hours". */
function kindLabel(kind: RequirementKindInfo): string {
    return kind.id === 'no-contact' ? 'no contact requirement' : kind.keyword;
}

function checkRequirement(measure: MeasureView, requirement: Requirement, kind: RequirementKindInfo, context: CheckContext): void {
    const bySlot = new Map<ParameterSlot, Parameter>();
    for (const param of requirement.params) {
        const slot = SLOT_OF_TYPE[param.$type];
        if (!bySlot.has(slot)) {
            bySlot.set(slot, param);
        }
    }
    const absent = kind.required.filter(slot => {
        const param = bySlot.get(slot);
        return !param || isBlank(param);
    });
    // Written in the template, the omission is reported there; an order applying the template from
    // another file gets it on its `apply` clause (the core moves it). Not twice in one file.
    const template = AstUtils.getContainerOfType(requirement, isTemplate);
    const reportAbsent = !measure.via || !template
        || AstUtils.getDocument(template).uri.toString() !== AstUtils.getDocument(measure.via).uri.toString();
    if (absent.length > 0 && reportAbsent) {
        const parts = absent.map(slot => `no ${SLOT_SYNTAX[slot].label} (e.g. ${SLOT_SYNTAX[slot].example})`);
        context.report({
            node: requirement,
            keyword: 'requirement',
            message: `This ${kindLabel(kind)} states ${joinList(parts)}`,
            fixes: insertSlots(requirement, absent, bySlot)
        });
    }
    // Applied from a template: a slot that is a parameter the order gave no value.
    if (measure.via) {
        const unbound = kind.required.filter(slot => {
            const param = bySlot.get(slot);
            return param && parameterRefs(param).some(ref => isOpenParameter(ref, measure.bindings));
        });
        if (unbound.length > 0) {
            const names = unbound.flatMap(slot => parameterRefs(bySlot.get(slot)!).filter(ref => isOpenParameter(ref, measure.bindings)).map(ref => ref.parameter.ref?.name ?? ref.parameter.$refText));
            context.report({
                node: measure.via,
                property: 'template',
                message: `This ${kindLabel(kind)} of template '${measure.via.template.$refText}' gets no ${joinList(unbound.map(slot => SLOT_SYNTAX[slot].label))}: give ${joinList([...new Set(names)].map(name => `'${name}'`))} a value`
            });
        }
    }
}

/** A text slot given as an empty string says nothing. */
function isBlank(param: Parameter): boolean {
    return AstUtils.streamAst(param).some(node => isTextLiteral(node) && node.value.trim() === '');
}

function parameterRefs(param: Parameter) {
    return AstUtils.streamAst(param).filter(isParameterRef).toArray();
}


/**
 * Inserts each missing slot's example before the requirement's full stop (or puts it in place of a
 * slot given as an empty text), for the drafter to edit.
 */
function insertSlots(requirement: Requirement, slots: ParameterSlot[], bySlot: ReadonlyMap<ParameterSlot, Parameter>): Fix[] | undefined {
    const stop = requirement.$cstNode ? GrammarUtils.findNodeForKeyword(requirement.$cstNode, '.') : undefined;
    if (!stop) {
        return undefined;
    }
    const at = stop.range.start;
    const edits = [];
    const appended: ParameterSlot[] = [];
    for (const slot of slots) {
        const blank = bySlot.get(slot)?.$cstNode;
        if (blank) {
            edits.push({ range: blank.range, newText: SLOT_SYNTAX[slot].example });
        } else {
            appended.push(slot);
        }
    }
    if (appended.length > 0) {
        edits.push({ range: { start: at, end: at }, newText: appended.map(slot => `, ${SLOT_SYNTAX[slot].example}`).join('') });
    }
    return [{ title: `Add the ${joinList(slots.map(slot => SLOT_SYNTAX[slot].label))} (edit the example)`, edits }];
}
