import { AstUtils, GrammarUtils } from 'langium';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import type { Parameter, ParameterRef, Requirement } from '../../generated/ast.js';
import { isParameterRef, isRequirement, isTemplate, isTextLiteral } from '../../generated/ast.js';
import type { MeasureView } from '../../model/order-model.js';
import { SLOT_OF_TYPE, SLOT_SYNTAX, type ParameterSlot, type RequirementKindInfo } from '../../model/requirement-kinds.js';
import { isOpenParameter } from '../../model/values.js';
import type { TextMessageId } from '../clarity/analyse.js';
import { reportTextIssues } from '../clarity/report.js';
import { joinList } from '../wording.js';

/**
 * Rule 15: the conditions and obligations of a sanction or measure shall be defined by clear and
 * explicit provisions. A curfew with no hours, unpaid work with no number of hours or treatment with
 * no provider leaves the person unable to know what compliance is, however clear the rest of the
 * order (kind `contravenes`).
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
    category: 'slow',
    kind: 'contravenes',
    rules: [15],
    severity: 'error',
    summary: 'Finds requirements missing what the person needs to comply: a curfew without hours or address, unpaid work without hours, treatment without a provider.',
    basis: [
        { rule: 15, chapter: 'II', clause: 'first half of the sentence (conditions and obligations)', modal: 'shall', carries: 'the conditions and obligations are to be set out in clear and explicit terms, which an obligation whose hours, frequency, place or provider is unstated is not' }
    ],
    messages: {
        requirement: 'This {{kind}} states {{missing}}; Rule 15 asks that conditions be clear and explicit: add what is missing, e.g. `{{example}}`',
        unbound: 'This {{kind}} of template \'{{template}}\' gets no {{missing}}; Rule 15 asks that conditions be clear and explicit: give {{parameters}} a value, e.g. `{{example}}`',
        duty: 'This {{duty}} states {{missing}}; Rule 15 asks that conditions be clear and explicit: add what is missing, e.g. `{{example}}`',
        hoursRange: 'This {{duty}} states a range of hours ("{{band}}"), not the number to do; Rule 15 asks that conditions be clear and explicit: state the number of hours, e.g. `{{example}}`'
    } satisfies Record<TextMessageId<'missing-parameters'> | 'requirement' | 'unbound', string>,
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

function checkRequirement(measure: MeasureView, requirement: Requirement, kind: RequirementKindInfo, context: CheckContext<'requirement' | 'unbound'>): void {
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
        context.report({
            node: requirement,
            keyword: 'requirement',
            messageId: 'requirement',
            data: {
                kind: kindLabel(kind),
                missing: joinList(absent.map(slot => `no ${SLOT_SYNTAX[slot].label}`)),
                example: absent.map(slot => SLOT_SYNTAX[slot].example).join(', ')
            },
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
            const open = new Map<string, { ref: ParameterRef; slot: ParameterSlot }>();
            for (const slot of unbound) {
                for (const ref of parameterRefs(bySlot.get(slot)!).filter(ref => isOpenParameter(ref, measure.bindings))) {
                    const name = ref.parameter.ref?.name ?? ref.parameter.$refText;
                    if (!open.has(name)) {
                        open.set(name, { ref, slot });
                    }
                }
            }
            const template = measure.via.template.$refText;
            context.report({
                node: measure.via,
                property: 'template',
                messageId: 'unbound',
                data: {
                    kind: kindLabel(kind),
                    template,
                    missing: joinList(unbound.map(slot => SLOT_SYNTAX[slot].label)),
                    parameters: joinList([...open.keys()].map(name => `'${name}'`)),
                    example: `apply ${template} with ${[...open].map(([name, { ref, slot }]) => `${name} ${valueExample(ref, slot)}`).join(' and ')}.`
                }
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

/** An example value of a template parameter, as an `apply` clause writes it, for the message. */
function valueExample(ref: ParameterRef, slot: ParameterSlot): string {
    switch (ref.parameter.ref?.valueType) {
        case 'time': return '19:00';
        case 'date': return '2026-04-01';
        case 'duration': return '3 months';
        case 'number': return '120';
        case 'frequency': return 'weekly';
        default: return /"[^"]*"/.exec(SLOT_SYNTAX[slot].example)?.[0] ?? '"…"';
    }
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
