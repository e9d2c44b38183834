import { AstUtils, GrammarUtils } from 'langium';
import type { Disclosure } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { valueOffsets } from '../text/literal.js';
import { joinList } from '../wording.js';
import { languageOfText } from '../text/language.js';
import { analyse } from '../protected/analysis.js';
import { harmsIn, compileHarmWords, type HarmEntry } from '../protected/events.js';
import { firstPerClause, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, phraseSet, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/offence-disclosure.json' with { type: 'json' };

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 49: what an agency providing a work placement or personal or social help learns about the
 *   person is set and limited by the purpose at hand, and as a rule does not include the offence.
 * - Rule 8: how a sanction is carried out respects the person's privacy (and their family's): the
 *   offence told to the public, the press or anyone else with no need to know it.
 *
 * Found: a `disclosure of the offence to …` sentence without `as far as needed` (a warning, with a
 * fix that adds it), and any recipient who can have no need to know (the public, the press,
 * neighbours, a website: an error, limited or not); and free text saying someone "will be told of
 * the offence", that the person must tell an employer about the conviction, or that the offence
 * "will be disclosed" or "made public", with no word limiting it to what is needed or required by
 * law. Rule 49 carries the finding when the recipient is a work placement or an assistance agency,
 * Rule 8 otherwise (each finding passes its own Rules). Negated wording ("will not be disclosed")
 * and limited wording ("as far as needed") are not reported.
 */
const texts = textVisitors(readText);

export const offenceDisclosure = defineCheck({
    id: 'offence-disclosure',
    title: 'The offence disclosed beyond need',
    family: 'protected',
    category: 'slow',
    kind: 'contravenes',
    rules: [49, 8],
    severity: 'warning',
    summary: 'Finds the offence disclosed to work placements, assistance agencies, employers, landlords or the public beyond what they need to know.',
    basis: [
        { rule: 49, chapter: 'III', clause: 'first and second sentences', modal: 'shall', carries: 'a work placement or an assistance agency is told only what its task needs, which as a rule leaves out the offence' },
        { rule: 8, chapter: 'I', clause: 'whole Rule', modal: 'shall', carries: 'how a sanction is carried out respects the privacy of the person and of their family' }
    ],
    messages: {
        textPublic: '"{{phrase}}" discloses the offence to the public; Rule 8 asks that a sanction respect the person\'s privacy: drop it, or name who needs to know and limit it, e.g. `disclosure of the offence to "the placement supervisor", as far as needed.`',
        textPlacement: '"{{phrase}}" tells a work placement or assistance agency about the offence; Rule 49 asks that what they are told be limited to their task, and normally leave the offence out: limit it, e.g. `disclosure of the offence to "the placement supervisor", as far as needed.`',
        textUnlimited: '"{{phrase}}" discloses the offence without limiting it to what the recipient needs; Rule 8 asks that a sanction respect the person\'s privacy: limit it, e.g. `disclosure of the offence to "the employer", as far as needed.`',
        recipientPublic: 'Disclosing the offence to {{recipient}} goes beyond any need; Rule 8 asks that a sanction respect the person\'s privacy: remove {{recipient}} and name only who needs to know, e.g. `disclosure of the offence to "the employer", as far as needed.`',
        unlimitedPlacement: 'The order discloses the offence to {{recipients}} without limiting what they are told; Rule 49 asks that a work placement or assistance agency be told only what its task needs, normally not the offence: add `, as far as needed`, e.g. `disclosure of the offence to "the placement supervisor", as far as needed.`',
        unlimited: 'The order discloses the offence to {{recipients}} without limiting what they are told; Rule 8 asks that a sanction respect the person\'s privacy: add `, as far as needed`, e.g. `disclosure of the offence to "the employer", as far as needed.`'
    },
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
    public: phraseSet(lexicon.public ? ['<public>'] : [], lexicon),
    placement: phraseSet(lexicon.placement ? ['<placement>'] : [], lexicon)
}));

function readText(source: TextSource, context: CheckContext): void {
    const { text } = source;
    const words = vocabulary(text.language);
    const hits = harmsIn(text, words.events, { base: source.base, cancel: words.cancel, cancelScope: 'sentence' });
    for (const hit of firstPerClause(text, hits)) {
        const phrase = quoted(source, hit);
        if (text.find(words.public, hit).length > 0) {
            reportPhrase(context, source, hit, { messageId: 'textPublic', data: { phrase }, rules: [8], severity: 'error' });
        } else if (text.find(words.placement, hit).length > 0) {
            reportPhrase(context, source, hit, { messageId: 'textPlacement', data: { phrase }, rules: [49] });
        } else {
            reportPhrase(context, source, hit, { messageId: 'textUnlimited', data: { phrase }, rules: [8] });
        }
    }
}

/** The recipients of a `disclosure of the offence to …` sentence, and whether it is limited. */
function checkDisclosure(disclosure: Disclosure, context: CheckContext): void {
    const csts = GrammarUtils.findNodesForProperty(disclosure.$cstNode, 'recipients');
    const document = context.document.textDocument;
    let everyOnePublic = csts.length > 0;
    let placement = false;
    let other = false;
    for (const cst of csts) {
        const { value } = valueOffsets(cst.text);
        const text = analyse(value, languageOfText(disclosure, value));
        const words = vocabulary(text.language);
        const isPublic = text.find(words.public).length > 0;
        const isPlacement = text.find(words.placement).length > 0;
        placement ||= isPlacement;
        other ||= !isPlacement && !isPublic;
        everyOnePublic &&= isPublic;
        if (isPublic) {
            context.report({
                node: disclosure,
                range: { start: document.positionAt(cst.offset), end: document.positionAt(cst.end) },
                messageId: 'recipientPublic',
                data: { recipient: cst.text },
                rules: [8],
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
        messageId: placement ? 'unlimitedPlacement' : 'unlimited',
        data: { recipients: joinList(csts.map(c => c.text)) },
        // Rule 49 for a work placement or an assistance agency, Rule 8 for anyone else told.
        rules: placement ? (other ? [49, 8] : [49]) : [8],
        fixes: addLimit(disclosure, last.range.end, context)
    });
}

function addLimit(disclosure: Disclosure, at: { line: number; character: number }, context: CheckContext): Fix[] {
    if (AstUtils.getDocument(disclosure) !== context.document) {
        return [];
    }
    return [{ title: 'Limit the disclosure to what is needed (", as far as needed")', edits: [{ range: { start: at, end: at }, newText: ', as far as needed' }], preferred: true }];
}
