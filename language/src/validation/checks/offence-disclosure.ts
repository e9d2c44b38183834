import { AstUtils, GrammarUtils } from 'langium';
import type { Disclosure } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { valueOffsets } from '../text/literal.js';
import { languageOfText } from '../text/language.js';
import { PhraseSet } from '../text/phrase.js';
import { analyse } from '../protected/analysis.js';
import { harmsIn, compileHarmWords, type HarmEntry } from '../protected/events.js';
import { firstPerClause, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/offence-disclosure.json' with { type: 'json' };

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 47: information from a person's case record goes only to those with a legal right to
 *   it, and only as much of it as their lawful purpose needs.
 * - Rule 49: what an agency providing a work placement or personal or social help learns about the
 *   person is set and limited by the purpose at hand, and as a rule does not include the offence.
 *
 * Found: a `disclosure of the offence to …` sentence without `as far as needed` (a warning, with a
 * fix that adds it), and any recipient who can have no need to know (the public, the press,
 * neighbours, a website: an error, limited or not); and free text saying someone "will be told of
 * the offence", that the person must tell an employer about the conviction, or that the offence
 * "will be disclosed" or "made public", with no word limiting it to what is needed or required by
 * law. Rule 49 is cited when the recipient is a work placement or an assistance agency. Negated
 * wording ("will not be disclosed") and limited wording ("as far as needed") are not reported.
 */
const texts = textVisitors(readText);

export const offenceDisclosure = defineCheck({
    id: 'offence-disclosure',
    title: 'The offence disclosed beyond need',
    family: 'protected',
    rules: [47, 49],
    severity: 'warning',
    summary: 'Finds the offence disclosed to employers, work placements, landlords or the public beyond what they need to know.',
    basis: [
        { rule: 47, chapter: 'III', clause: 'first and second sentences', carries: 'information from the case record goes only to those with a legal right to it, and only as much as their lawful purpose needs' },
        { rule: 49, chapter: 'III', clause: 'first and second sentences', carries: 'a work placement or an assistance agency is told only what its task needs, which as a rule leaves out the offence' }
    ],
    visit: {
        ...texts.visit,
        Disclosure(disclosure, context) {
            checkDisclosure(disclosure, context);
        }
    },
    visitMeasure: texts.visitMeasure
});

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<HarmEntry>, (entry, lexicon) => ({
    ...compileHarmWords(entry, lexicon),
    public: new PhraseSet(lexicon.public ? ['<public>'] : [], lexicon),
    placement: new PhraseSet(lexicon.placement ? ['<placement>'] : [], lexicon)
}));

function readText(source: TextSource, context: CheckContext): void {
    const { text } = source;
    const words = vocabulary(text.language);
    const hits = harmsIn(text, words.events, { base: source.base, cancel: words.cancel, cancelScope: 'sentence' });
    for (const hit of firstPerClause(text, hits)) {
        const phrase = quoted(source, hit);
        if (text.find(words.public, hit).length > 0) {
            reportPhrase(context, source, hit, {
                message: `"${phrase}" discloses the offence to the public: only those with a legal right to the information may receive it`,
                rules: [47],
                severity: 'error'
            });
        } else if (text.find(words.placement, hit).length > 0) {
            reportPhrase(context, source, hit, {
                message: `"${phrase}" tells a work placement or assistance agency about the offence: what they are told should be limited to their task and normally leave the offence out`,
                rules: [47, 49]
            });
        } else {
            reportPhrase(context, source, hit, {
                message: `"${phrase}" discloses the offence without limiting it to what the recipient needs: say it is disclosed only as far as needed, to those with a legal right to it`,
                rules: [47]
            });
        }
    }
}

/** The recipients of a `disclosure of the offence to …` sentence, and whether it is limited. */
function checkDisclosure(disclosure: Disclosure, context: CheckContext): void {
    const csts = GrammarUtils.findNodesForProperty(disclosure.$cstNode, 'recipients');
    const document = context.document.textDocument;
    let everyOnePublic = csts.length > 0;
    let placement = false;
    for (const cst of csts) {
        const { value } = valueOffsets(cst.text);
        const text = analyse(value, languageOfText(disclosure, value));
        const words = vocabulary(text.language);
        const isPublic = text.find(words.public).length > 0;
        placement ||= text.find(words.placement).length > 0;
        everyOnePublic &&= isPublic;
        if (isPublic) {
            context.report({
                node: disclosure,
                range: { start: document.positionAt(cst.offset), end: document.positionAt(cst.end) },
                message: `Disclosing the offence to ${cst.text} goes beyond any need: only those with a legal right to the information may receive it`,
                rules: [47],
                severity: 'error'
            });
        }
    }
    if (disclosure.limited || everyOnePublic || csts.length === 0) {
        return;
    }
    const first = GrammarUtils.findNodeForKeyword(disclosure.$cstNode, 'disclosure');
    const last = csts[csts.length - 1];
    context.report({
        node: disclosure,
        range: { start: (first ?? csts[0]).range.start, end: last.range.end },
        message: `The order discloses the offence to ${csts.map(c => c.text).join(', ')} without limiting what they are told: add "as far as needed"`,
        rules: placement ? [47, 49] : [47],
        fixes: addLimit(disclosure, last.range.end, context)
    });
}

function addLimit(disclosure: Disclosure, at: { line: number; character: number }, context: CheckContext): Fix[] {
    if (AstUtils.getDocument(disclosure) !== context.document) {
        return [];
    }
    return [{ title: 'Limit the disclosure to what is needed (", as far as needed")', edits: [{ range: { start: at, end: at }, newText: ', as far as needed' }], preferred: true }];
}
