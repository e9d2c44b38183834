import { AstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Notice, Order, Person } from '../../generated/ast.js';
import { isNotice, isOrderLanguage, isPerson, isRights } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf, clausesOf } from '../../model/order-model.js';
import { normaliseLanguage } from '../text/language.js';
import { addRightsLines } from '../fixes/sections.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 30, first sentence: decisions on how the sanction or measure is carried out are explained
 *   to the person clearly, in a language they understand.
 * - Rule 61: besides the formal papers, the person is told clearly, before implementation starts,
 *   what the sanction or measure is, what it is for and which conditions they must keep, in a
 *   language they understand and, where needed, in writing.
 *
 * Found:
 * - the order names no language the person understands (`person "…", understands …`), so nobody
 *   can tell whether they were informed in one (Rules 30 and 61);
 * - the rights give no `notice in …` at all (Rules 30 and 61);
 * - the notice is in no language the person understands, or, when the person needs an interpreter,
 *   only in the language the order is written in (Rules 30 and 61);
 * - the notice is not given in writing (Rule 61). Writing is "where needed": it is a warning when
 *   the person needs an interpreter or does not understand the language the order is written in
 *   (the order itself is then no written information they can read), and information otherwise
 *   (also when the order does not say what language it is written in: nothing then says the
 *   person cannot read it).
 * Language names are compared without regard to case or quotes; English, French and German are also
 * recognised under their codes and their names in those languages ("fr", "Français").
 */
export const missingLanguage = defineCheck({
    id: 'missing-language',
    title: 'No language the person understands, or no written notice',
    family: 'rights',
    rules: [30, 61],
    severity: 'warning',
    summary: 'Finds orders that name no language the person understands, give no notice in such a language, or give no written notice where one is needed.',
    basis: [
        { rule: 30, chapter: 'III', clause: 'first sentence', carries: 'decisions on how the sanction or measure is carried out are explained to the person plainly, in a language they understand' },
        { rule: 61, chapter: 'V', clause: 'whole Rule', carries: 'before implementation starts the person is told clearly, beyond the formal papers, what the sanction is, what it is for and which conditions bind them, in a language they understand and in writing where needed' }
    ],
    visit: {
        Order(order, context) {
            const person = clauseOf(order, isPerson);
            const understood = person?.languages ?? [];
            const notices = clausesOf(order, isRights).flatMap(rights => rights.items.filter(isNotice));
            if (understood.length === 0) {
                const message = person
                    ? 'The order does not say which language the person understands: add it ("understands …"), so that they can be informed in it'
                    : 'The order names no person, and so no language they understand: add the person and the languages they understand';
                if (person) {
                    context.report({ node: person, property: 'name', message });
                } else {
                    context.report({ node: order, property: 'caseReference', message });
                }
            }
            if (notices.length === 0) {
                const language = understood[0];
                context.report({
                    node: order,
                    property: 'caseReference',
                    message: 'The order does not say that the person is given notice of it in a language they understand: add a notice to the rights ("notice in …, in writing")',
                    fixes: language
                        ? addRightsLines(order, [`notice in ${language}, in writing.`], context, `Give notice in ${display(language)}, in writing (check it was given)`)
                        : []
                });
                return;
            }
            if (understood.length > 0) {
                checkCoverage(order, person!, notices, context);
            }
            checkWriting(order, person, notices, context);
        }
    }
});

/** The notice must be in a language the person understands, and not only the order's own when an interpreter is needed. */
function checkCoverage(order: Order, person: Person, notices: Notice[], context: CheckContext): void {
    const understood = person.languages;
    const given = notices.flatMap(notice => notice.languages);
    const covered = understood.filter(language => given.some(other => same(language, other)));
    const notice = notices[0];
    if (covered.length === 0) {
        context.report({
            node: notice,
            range: languagesRange(notice),
            message: `The notice is in ${list(given)}, which the person is not recorded as understanding (they understand ${list(understood)}): give it in a language they understand`,
            fixes: addLanguage(notice, understood[0], context)
        });
        return;
    }
    const written = clauseOf(order, isOrderLanguage)?.language;
    if (person.interpreter === 'interpreter needed' && written && covered.every(language => same(language, written))) {
        const other = understood.find(language => !same(language, written));
        context.report({
            node: notice,
            range: languagesRange(notice),
            message: `The person needs an interpreter, but the notice is only in ${display(written)}, the language the order is written in: ` +
                (other ? `give it in ${display(other)} too` : 'say in which other language they are given it'),
            fixes: other ? addLanguage(notice, other, context) : []
        });
    }
}

/** The notice in writing: a warning where the person cannot read the order itself, information otherwise. */
function checkWriting(order: Order, person: Person | undefined, notices: Notice[], context: CheckContext): void {
    if (notices.some(notice => notice.writing)) {
        return;
    }
    const written = clauseOf(order, isOrderLanguage)?.language;
    const interpreter = person?.interpreter === 'interpreter needed';
    // When the order does not say what language it is written in, nothing says the person cannot read it.
    const cannotRead = !!written && !person?.languages.some(language => same(language, written));
    const notice = notices[0];
    const why = interpreter ? 'the person needs an interpreter' : `the order is written in ${display(written ?? '')}, which the person is not recorded as understanding`;
    context.report({
        node: notice,
        message: interpreter || cannotRead
            ? `The notice is not given in writing, and ${why}, so the order itself is no written information they can read: give the notice in writing`
            : 'The notice is not said to be given in writing: say whether the person receives it in writing',
        rules: [61],
        severity: interpreter || cannotRead ? 'warning' : 'info',
        fixes: inWriting(notice, context)
    });
}

/** Two language names for one language ("French", "fr", "Français"; "Polish", "polish"). */
function same(a: string, b: string): boolean {
    const known = normaliseLanguage(a);
    return known ? known === normaliseLanguage(b) : key(a) === key(b);
}

function key(name: string): string {
    return name.trim().replace(/^["\u201C]|["\u201D]$/g, '').trim().toLowerCase();
}

function display(name: string): string {
    return name.trim().replace(/^["\u201C]|["\u201D]$/g, '').trim();
}

function list(names: readonly string[]): string {
    const shown = names.map(display);
    return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** From the first language of the notice to its last. */
function languagesRange(notice: Notice): Range | undefined {
    const nodes = GrammarUtils.findNodesForProperty(notice.$cstNode, 'languages');
    return nodes.length > 0 ? { start: nodes[0].range.start, end: nodes[nodes.length - 1].range.end } : undefined;
}

/** Offers " and <language>" after the notice's last language. */
function addLanguage(notice: Notice, language: string, context: CheckContext): Fix[] {
    const range = languagesRange(notice);
    if (!range || AstUtils.getDocument(notice) !== context.document) {
        return [];
    }
    return [{
        title: `Give the notice in ${display(language)} too (check it was given)`,
        edits: [{ range: { start: range.end, end: range.end }, newText: ` and ${language}` }]
    }];
}

/** Offers ", in writing" after the notice's last language. */
function inWriting(notice: Notice, context: CheckContext): Fix[] {
    const range = languagesRange(notice);
    if (!range || AstUtils.getDocument(notice) !== context.document) {
        return [];
    }
    return [{ title: 'Give the notice in writing', edits: [{ range: { start: range.end, end: range.end }, newText: ', in writing' }] }];
}
