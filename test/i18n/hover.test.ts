import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';
import { allRules, chapters, definitions, getRule, ruleMarkdown, scope } from '../../language/src/rules/catalogue.js';
import { keywordHelpEntries } from '../../language/src/lsp/keyword-help.js';
import { requirementKinds, SLOT_SYNTAX, type ParameterSlot } from '../../language/src/model/requirement-kinds.js';
import {
    CHAPTER_TITLES_FR, DEFINITIONS_FR, provisionMarkdownIn, RULE_SUMMARIES_FR, ruleMarkdownIn, SCOPE_FR, SECTION_TITLES_FR
} from '../../language/src/i18n/fr/rules.js';
import { KEYWORD_HELP_FR, keywordHelpKey, KINDS_FR, SLOT_LABELS_FR } from '../../language/src/i18n/fr/hover.js';

/** A service container per locale, so the French tests do not change the English ones' locale. */
function servicesIn(locale: string) {
    const services = createSanctionServices(EmptyFileSystem).Sanction;
    services.sanction.locale.set(locale);
    return services;
}
const french = servicesIn('fr');
const english = servicesIn('en');

async function hoverAt(services: ReturnType<typeof servicesIn>, text: string, marker: string, shift = 1): Promise<string | undefined> {
    const document = await parseHelper(services)(text, { validation: true });
    expect(text.indexOf(marker), `marker ${marker}`).toBeGreaterThanOrEqual(0);
    const hover = (await services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri },
        position: document.textDocument.positionAt(text.indexOf(marker) + shift)
    })) as Hover | undefined;
    return hover ? (hover.contents as { value: string }).value : undefined;
}

/** The Rule numbers a text cites ("Règles 3, 22 et 34", "Rule 64"), sorted. */
function citedRules(text: string): number[] {
    return [...text.matchAll(/\b(?:Rules?|Règles?)\s+\d+(?:\s*(?:,|and|et)\s*\d+)*/g)]
        .flatMap(match => [...match[0].matchAll(/\d+/g)].map(m => Number(m[0])))
        .sort((a, b) => a - b);
}

/** The `code` spans of a text: what the drafter types, the same in every language. */
function codeSpans(text: string): string[] {
    return [...text.matchAll(/`[^`]*`/g)].map(m => m[0]);
}

describe('every text a hover shows has its French', () => {
    test('every Rule of the catalogue has a French summary', () => {
        const missing = allRules().filter(rule => !RULE_SUMMARIES_FR[rule.number]?.trim()).map(rule => rule.number);
        expect(missing).toEqual([]);
        expect(Object.keys(RULE_SUMMARIES_FR).map(Number).sort((a, b) => a - b)).toEqual(allRules().map(rule => rule.number));
        expect(allRules().length).toBe(105);
    });

    test('no French summary repeats the English or says "Rule"', () => {
        for (const rule of allRules()) {
            const text = RULE_SUMMARIES_FR[rule.number]!;
            expect(text, `Rule ${rule.number}`).not.toBe(rule.summary);
            expect(text, `Rule ${rule.number}`).not.toMatch(/\bRules?\b|\bmust\b|\bshould\b/);
            expect(text, `Rule ${rule.number} ends its sentence`).toMatch(/\.$/);
        }
    });

    test('the French follows the English modal: "devrait" exactly where the summary says should', () => {
        const should = allRules().filter(rule => /\bshould\b/.test(rule.summary)).map(rule => rule.number);
        const devrait = allRules().filter(rule => /\bdevrai(?:t|ent)\b/.test(RULE_SUMMARIES_FR[rule.number]!)).map(rule => rule.number);
        expect(devrait).toEqual(should);
    });

    test('every chapter and section title', () => {
        expect(Object.keys(CHAPTER_TITLES_FR)).toEqual(chapters().map(chapter => chapter.number));
        for (const chapter of chapters()) {
            expect(CHAPTER_TITLES_FR[chapter.number], chapter.number).not.toBe(chapter.title);
        }
        const sections = [...new Set(allRules().map(rule => rule.section).filter((s): s is string => s !== null))];
        expect(Object.keys(SECTION_TITLES_FR).sort()).toEqual(sections.sort());
        expect(SECTION_TITLES_FR['Imposition of community sanctions and measures']).toBe('Prononcé des sanctions et mesures appliquées dans la communauté');
    });

    test('scope and definitions, each term of them', () => {
        expect(SCOPE_FR.title).toBe('Champ d\'application et objet');
        expect(SCOPE_FR.summary).not.toBe(scope().summary);
        expect(SCOPE_FR.summary).toContain('CM/Rec(2008)11');
        expect(DEFINITIONS_FR.title).toBe('Définitions');
        expect(Object.keys(DEFINITIONS_FR.terms)).toEqual(definitions().terms.map(t => t.term));
        expect(DEFINITIONS_FR.terms['deciding authorities']!.term).toBe('autorités de décision');
    });

    test('every keyword-help entry, with the same Rules and the same syntax as the English', () => {
        const keys = keywordHelpEntries().map(entry => keywordHelpKey(entry));
        expect(new Set(keys).size, 'each entry has its own key').toBe(keys.length);
        expect(Object.keys(KEYWORD_HELP_FR).sort()).toEqual([...keys].sort());
        for (const entry of keywordHelpEntries()) {
            const text = KEYWORD_HELP_FR[keywordHelpKey(entry)]!;
            expect(text, keywordHelpKey(entry)).not.toBe(entry.text);
            expect(citedRules(text), keywordHelpKey(entry)).toEqual(citedRules(entry.text));
            expect(codeSpans(text), keywordHelpKey(entry)).toEqual(codeSpans(entry.text));
        }
    });

    test('every requirement kind and every parameter slot', () => {
        expect(Object.keys(KINDS_FR).sort()).toEqual(requirementKinds().map(kind => kind.id).sort());
        for (const kind of requirementKinds()) {
            expect(KINDS_FR[kind.id]!.summary, kind.id).not.toBe(kind.summary);
            expect(KINDS_FR[kind.id]!.name.trim(), kind.id).not.toBe('');
        }
        expect(Object.keys(SLOT_LABELS_FR).sort()).toEqual(Object.keys(SLOT_SYNTAX).sort());
        // "destination" and "description" are the same word in both languages.
        const same = (Object.keys(SLOT_SYNTAX) as ParameterSlot[]).filter(slot => SLOT_LABELS_FR[slot] === SLOT_SYNTAX[slot].label);
        expect(same).toEqual(['destination', 'description']);
        expect(SLOT_LABELS_FR.dailyHours).toBe('horaires quotidiens');
    });
});

describe('a Rule in French', () => {
    test('with chapter and section', () => {
        expect(ruleMarkdownIn('fr', 23)).toBe(
            '**Règle 23** — Chapitre II : Cadre juridique › Prononcé des sanctions et mesures appliquées dans la communauté\n\n'
            + 'Une sanction devrait normalement avoir une durée déterminée ; si la loi permet exceptionnellement de la prolonger, l\'autorité de décision doit la réexaminer régulièrement et y mettre fin lorsque les raisons exceptionnelles disparaissent.'
        );
    });

    test('in a chapter without sections', () => {
        expect(ruleMarkdownIn('fr', 68)).toBe('**Règle 68** — Chapitre VI : Inobservation et révocation\n\nLa révocation d\'une sanction n\'implique pas automatiquement que la personne doive aller en prison.');
    });

    test('English is the catalogue\'s own, and a number with no Rule has nothing', () => {
        expect(ruleMarkdownIn('en', 23)).toBe(ruleMarkdown(23));
        expect(ruleMarkdownIn('fr', 0)).toBeUndefined();
        expect(ruleMarkdownIn('fr', 106)).toBeUndefined();
    });

    test('an unnumbered part', () => {
        expect(provisionMarkdownIn('fr', 'Scope and purpose')).toBe('**Champ d\'application et objet** de la CM/Rec(2017)3');
        expect(provisionMarkdownIn('en', 'Scope and purpose')).toBe('**Scope and purpose** of CM/Rec(2017)3');
    });
});

describe('hovers in French on an order', () => {
    test('on a finding: the Rules it rests on', async () => {
        const value = await hoverAt(french, 'order "X".\nin force for 6 months.\ncondition "be of good behaviour".\n', 'good');
        expect(value).toBe(
            '`vague-term` repose sur :\n\n'
            + '**Règle 15** — Chapitre II : Cadre juridique › Législation\n\n'
            + 'Les conditions et les obligations, ainsi que les conséquences de leur inobservation, sont à énoncer en termes clairs et explicites.'
        );
    });

    test('on an order missing its duration: the first finding names Rules 21 and 23 in French', async () => {
        const value = (await hoverAt(french, 'order "X".\nmade on 2026-01-01.\n', '"X"'))!;
        expect(value.startsWith(
            '`missing-duration` repose sur :\n\n'
            + '**Règle 21** — Chapitre II : Cadre juridique › Prononcé des sanctions et mesures appliquées dans la communauté\n\n'
            + 'L\'autorité habilitée à décider d\'une sanction en fixe la durée, dans les conditions prévues par la loi.\n\n'
            + '**Règle 23** — '
        )).toBe(true);
        expect(value).not.toMatch(/\brests on\b|\*\*Rule \d/);
    });

    test('on "Règle 23" in a comment', async () => {
        const value = await hoverAt(french, '// Durée fixe : voir la Règle 23.\norder "X".\nin force for 6 months.\n', 'Règle 23', 2);
        expect(value).toBe(ruleMarkdownIn('fr', 23));
        expect(value!.startsWith('**Règle 23** — Chapitre II : Cadre juridique')).toBe(true);
    });

    test('on "Règles 3, 22 et 34": each Rule, at any point of the citation', async () => {
        const text = '// Proportionnalité : Règles 3, 22 et 34.\norder "X".\nin force for 6 months.\n';
        const expected = [3, 22, 34].map(n => ruleMarkdownIn('fr', n)).join('\n\n---\n\n');
        expect(await hoverAt(french, text, 'Règles', 1)).toBe(expected);
        expect(await hoverAt(french, text, 'et 34', 1)).toBe(expected);
        expect(await hoverAt(french, text, '34', 1)).toBe(expected);
        expect(await hoverAt(french, text, 'Proportionnalité', 2)).toBeUndefined();
    });

    test('on a keyword: the syntax as typed, its meaning in French', async () => {
        const value = await hoverAt(french, 'order "X".\nin force for 6 months.\n', 'force');
        expect(value).toBe(
            '`in force for 12 months, reviewed every 6 months.`\n\n'
            + 'La durée de l\'ordonnance : pour une période fixe ou jusqu\'à une date ; l\'autorité de décision doit la fixer, et une ordonnance ne devrait pas rester sans terme (Règles 21 et 23).'
        );
    });

    test('on the two keyword-help entries of one keyword, each its own', async () => {
        const order = 'order "X".\nin force for 6 months.\non breach:\n  minor non-compliance leads to a warning after hearing the person.\n  hearing before "Court" with legal assistance.\n';
        expect(await hoverAt(french, order, 'after hearing', 8)).toBe(
            '`a warning after hearing the person`\n\n'
            + 'La personne est entendue avant que la mesure soit prise : la Règle 64 demande que la personne puisse s\'exprimer lorsqu\'un manquement mineur est traité.'
        );
        expect(await hoverAt(french, order, 'hearing before', 1)).toBe(
            '`hearing before "court" with legal assistance and access to the documents.`\n\n'
            + 'Avant que l\'ordonnance soit modifiée ou révoquée pour inobservation, la personne est entendue par l\'autorité de décision, peut consulter les pièces et peut être assistée d\'un avocat (Règle 69).'
        );
    });

    test('on a requirement kind: its French name, summary and parameters', async () => {
        const value = await hoverAt(french, 'order "X".\nin force for 6 months.\nrequirement curfew, at "1 Road", from 19:00 to 07:00.\n', 'curfew', 2);
        expect(value).toBe(
            'Obligation **curfew** (couvre-feu) — Rester à une adresse indiquée pendant des heures indiquées.\n\n'
            + '- adresse ou lieu (obligatoire) : `at "12 Acacia Road, Exeter EX1 1AA"`\n'
            + '- horaires quotidiens (obligatoire) : `from 19:00 to 07:00`\n'
            + '- jours de la semaine : `on every day`\n'
            + '- durée : `for 6 months`'
        );
    });

    test('a kind whose French name is its keyword is not named twice', async () => {
        const value = await hoverAt(french, 'order "X".\nin force for 6 months.\nrequirement mediation, provided by "Mediation Service".\n', 'mediation', 2);
        // The kind's section comes after the Rules of the findings on the requirement.
        expect(value!.split('\n\n---\n\n').at(-1)!.split('\n')[0]).toBe('Obligation **mediation** — Participer à une médiation entre la victime et l\'auteur, menée par un service nommé.');
    });

    const library = [
        'template home-curfew(address: text, length: duration = 3 months):',
        '  "A home curfew."',
        '  requirement curfew, at address, from 19:00 to 07:00, for length.',
        '  condition "Stay indoors.".',
        'order "X".',
        'in force for 6 months.',
        'apply home-curfew with address "1 Road".',
        ''
    ].join('\n');

    test('on a template applied: its signature, the drafter\'s documentation as written', async () => {
        expect(await hoverAt(french, library, 'apply home-curfew', 8)).toBe(
            '**template home-curfew**(address: text, length: duration = 3 months)\n\nA home curfew.\n\nApplique : curfew, condition'
        );
    });

    test('on template parameters', async () => {
        expect(await hoverAt(french, library, 'length: duration')).toBe(
            '**length**: duration = 3 months\n\nParamètre du modèle `home-curfew`, une durée (`3 months`) ; facultatif : lorsqu\'une ordonnance l\'omet, il vaut `3 months`.'
        );
        expect(await hoverAt(french, library, 'address: text')).toBe(
            '**address**: text\n\nParamètre du modèle `home-curfew`, du texte entre guillemets (`"12 Acacia Road"`) ; obligatoire : toute ordonnance qui applique le modèle doit le donner.'
        );
    });
});

describe('English hovers are unchanged', () => {
    test('a Rule cited in French shows its English summary to an English client', async () => {
        const value = await hoverAt(english, '// voir la Règle 23\norder "X".\nin force for 6 months.\n', 'Règle', 1);
        expect(value).toBe(ruleMarkdown(23));
    });

    test('a finding, a keyword and a kind, word for word', async () => {
        expect(await hoverAt(english, 'order "X".\nin force for 6 months.\ncondition "be of good behaviour".\n', 'good')).toBe(
            `\`vague-term\` rests on:\n\n${ruleMarkdown(15)}`
        );
        expect(await hoverAt(english, 'order "X".\nin force for 6 months.\n', 'force')).toBe(
            '`in force for 12 months, reviewed every 6 months.`\n\nHow long the order lasts: for a fixed period or until a date; the deciding authority must fix it, and an order should not run open-ended (Rules 21 and 23).'
        );
        expect(await hoverAt(english, 'order "X".\nin force for 6 months.\nrequirement curfew, at "1 Road", from 19:00 to 07:00.\n', 'curfew', 2)).toBe(
            `**curfew** requirement — ${requirementKinds().find(k => k.id === 'curfew')!.summary}\n\n`
            + '- address or place (required): `at "12 Acacia Road, Exeter EX1 1AA"`\n'
            + '- daily hours (required): `from 19:00 to 07:00`\n'
            + '- days of the week: `on every day`\n'
            + '- duration: `for 6 months`'
        );
    });

    test('the locale is read at each hover: the client changing it changes the next hover', async () => {
        const services = servicesIn('en');
        const text = '// Rule 68\norder "X".\nin force for 6 months.\n';
        expect(await hoverAt(services, text, 'Rule', 1)).toBe(ruleMarkdown(68));
        services.sanction.locale.set('fr-CH');
        expect(await hoverAt(services, text, 'Rule', 1)).toBe(ruleMarkdownIn('fr', 68));
        expect(getRule(68)).toBeDefined();
    });
});
