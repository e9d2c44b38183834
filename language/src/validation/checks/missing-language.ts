import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Notice, Order, Person } from '../../generated/ast.js';
import { isNotice, isOrderLanguage, isPerson, isRights } from '../../generated/ast.js';
import { SanctionGrammar } from '../../generated/grammar.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf, clausesOf } from '../../model/order-model.js';
import { normaliseLanguage } from '../text/language.js';
import { addRightsLines, stringLiteral } from '../fixes/sections.js';
import { joinList } from '../wording.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 61: besides the formal papers, the person is told clearly, before implementation starts,
 *   what the sanction or measure is, what it is for and which conditions they must keep, in a
 *   language they understand and, where needed, in writing.
 *
 * The Rule places the duty on those who inform the person, not on the order: an order that does not
 * say in which language the person was informed is silent, not in breach. Found:
 * - the order names no language the person understands (`person "…", understands …`), so nobody can
 *   see whether they were informed in one; or it names no person at all;
 * - the rights give no `notice in …` at all;
 * - the notice is not said to be given in writing. Writing is "where needed": a warning when the
 *   person needs an interpreter or does not understand the language the order is written in (the
 *   order itself is then no written information they can read), and information otherwise (also
 *   when the order does not say what language it is written in: nothing then says the person cannot
 *   read it).
 * Where the order's own words go the other way, the finding says what they do: the notice is in
 * no language the person is recorded as understanding, or, when the person needs an interpreter,
 * only in the language the order is written in.
 * Language names are compared without regard to case or quotes; English, French and German are also
 * recognised under their codes and their names in those languages ("fr", "Français").
 */
export const missingLanguage = defineCheck({
    id: 'missing-language',
    title: 'No language the person understands, or no written notice',
    family: 'rights',
    kind: 'silent',
    rules: [61],
    severity: 'warning',
    summary: 'Finds orders that name no language the person understands, give no notice in such a language, or give no written notice where one is needed.',
    basis: [
        { rule: 61, chapter: 'V', clause: 'whole Rule', modal: 'shall', carries: 'before implementation starts the person is told clearly, beyond the formal papers, what the sanction is, what it is for and which conditions bind them, in a language they understand, with a written version where needed' }
    ],
    messages: {
        noLanguage: 'The order does not state which language the person understands; Rule 61 gives the person clear information about the measure, its purpose and its conditions in a language they understand: consider stating it, e.g. `person "{{name}}", understands Polish.`',
        noPerson: 'The order names no person, and so no language they understand; Rule 61 gives the person clear information about the measure, its purpose and its conditions in a language they understand: consider adding the person, e.g. `person "A. Nowak", understands Polish.`',
        noNotice: 'The order does not state that the person is given notice of it in a language they understand; Rule 61 gives the person that information before implementation starts, in writing where needed: consider stating it in the rights, e.g. `notice in {{language}}, in writing.`',
        notUnderstood: 'The notice is in {{given}}, which the person is not recorded as understanding (they understand {{understood}}); Rule 61 asks that the person be informed in a language they understand: give the notice in one, e.g. `notice in {{language}}, in writing.`',
        interpreterOther: 'The person needs an interpreter, but the notice is only in {{written}}, the language the order is written in; Rule 61 asks that the person be informed in a language they understand: give it in {{other}} too, e.g. `notice in {{writtenAs}} and {{otherAs}}, in writing.`',
        interpreterUnnamed: 'The person needs an interpreter, but the notice is only in {{written}}, the language the order is written in; Rule 61 asks that the person be informed in a language they understand: name the language they are given it in, e.g. `notice in {{writtenAs}} and Polish, in writing.`',
        writingInterpreter: 'The order does not state that the notice is given in writing, and the person needs an interpreter, so the order itself is no written information they can read; Rule 61 gives the person the information in writing where needed: consider stating it, e.g. `notice in {{language}}, in writing.`',
        writingUnreadable: 'The order does not state that the notice is given in writing, and the order is written in {{written}}, which the person is not recorded as understanding, so the order itself is no written information they can read; Rule 61 gives the person the information in writing where needed: consider stating it, e.g. `notice in {{language}}, in writing.`',
        writing: 'The order does not state whether the notice is given in writing; Rule 61 gives the person the information in writing where needed: consider stating it, e.g. `notice in {{language}}, in writing.`'
    },
    visit: {
        Order(order, context) {
            const person = clauseOf(order, isPerson);
            const understood = person?.languages ?? [];
            const notices = clausesOf(order, isRights).flatMap(rights => rights.items.filter(isNotice));
            if (understood.length === 0) {
                if (person) {
                    context.report({ node: person, property: 'name', messageId: 'noLanguage', data: { name: person.name } });
                } else {
                    context.report({ node: order, property: 'caseReference', messageId: 'noPerson' });
                }
            }
            if (notices.length === 0) {
                const language = understood[0];
                context.report({
                    node: order,
                    property: 'caseReference',
                    messageId: 'noNotice',
                    data: { language: language ?? '"…"' },
                    fixes: language
                        ? addRightsLines(order, [`notice in ${languageSyntax(language)}, in writing.`], context, `Give notice in ${display(language)}, in writing (check it was given)`)
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

/** The notice in a language the person understands, and not only the order's own when an interpreter is needed. */
function checkCoverage(order: Order, person: Person, notices: Notice[], context: CheckContext): void {
    const understood = person.languages;
    const given = notices.flatMap(notice => notice.languages);
    const covered = understood.filter(language => given.some(other => same(language, other)));
    const notice = notices[0];
    if (covered.length === 0) {
        context.report({
            node: notice,
            range: languagesRange(notice),
            messageId: 'notUnderstood',
            data: { given: list(given), understood: list(understood), language: understood[0] },
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
            messageId: other ? 'interpreterOther' : 'interpreterUnnamed',
            data: { written: display(written), writtenAs: written, ...(other ? { other: display(other), otherAs: other } : {}) },
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
    const language = notice.languages[0] ?? '"…"';
    context.report({
        node: notice,
        messageId: interpreter ? 'writingInterpreter' : cannotRead ? 'writingUnreadable' : 'writing',
        data: { language, ...(written ? { written: display(written) } : {}) },
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

/**
 * A language name as the grammar reads it back: a plain word as it is, anything else (a name
 * the drafter quoted, "Jane Doe") as quoted text, so a fix never writes words the parser cannot read.
 */
function languageSyntax(name: string): string {
    return /^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*(-[A-Za-z0-9\u00C0-\u024F]+)*$/.test(name) && !noticeKeywords().has(name.toLowerCase())
        ? name
        : stringLiteral(name);
}

let noticeWords: ReadonlySet<string> | undefined;

/**
 * The keywords of the notice clause (`notice in … and …, in writing.`: "notice", "in", "and",
 * "writing"), which cannot stand as a bare language name: the grammar's own words, read from the
 * grammar's `Notice` rule, not a vocabulary of free text.
 */
export function noticeKeywords(): ReadonlySet<string> {
    if (!noticeWords) {
        const rule = SanctionGrammar().rules.find(candidate => candidate.name === 'Notice');
        const keywords = rule ? AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray() : [];
        noticeWords = new Set(keywords.filter(value => /^\p{L}+$/u.test(value)).map(value => value.toLowerCase()));
    }
    return noticeWords;
}

function list(names: readonly string[]): string {
    return joinList(names.map(display));
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
        edits: [{ range: { start: range.end, end: range.end }, newText: ` and ${languageSyntax(language)}` }]
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
