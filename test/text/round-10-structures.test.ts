import { describe } from 'vitest';
import { finds, run } from './structure-cases.js';

/**
 * Issue 10, after the untuned first run of probe-conditions-17.tsv (figures in
 * docs/checks/vagueness-evaluation.md), in other words than its rows: two classes made whole (French number words, the German defence of a good
 * reason), the English social group, and the verb of opinion alone in "such … as …".
 * Every case fails without its change except those marked `guard`.
 */

describe('a number written in French words ends in an agreed plural', () => {
    run([
        { language: 'fr', text: 'Il effectuera un travail d\'intérêt général de deux cents heures dans un délai de dix-huit mois.', passes: true },
        { language: 'fr', text: 'La condamnée accomplira quatre-vingts heures de travail d\'intérêt général dans un délai de douze mois.', passes: true },
        { language: 'fr', text: 'Il accomplira un travail d\'intérêt général dans un délai de douze mois.', finds: finds('missing-parameters', 'unpaid-work', 'duty', 'travail d\'intérêt général'), guard: true }
    ]);
});

describe('the German defence of a good reason, with every adjective of sufficiency', () => {
    run([
        { language: 'de', text: 'Er darf den Arbeitsplatz bei der Gärtnerei Holm in Kassel nicht ohne zureichenden Grund verlassen.', passes: true },
        { language: 'de', text: 'Sie darf die Arbeitsstelle bei der Stadtgärtnerei Wels nicht ohne ausreichenden Grund verlassen.', passes: true },
        { language: 'de', text: 'Er hat für eine ausreichende Lebensführung zu sorgen.', finds: finds('vague-term', 'evaluative', 'judgement', 'ausreichende'), guard: true }
    ]);
});

describe('in "such … as …", the verb of opinion alone delegates', () => {
    run([
        { language: 'en', text: 'He must attend such courses as the Governor believes will help him.', finds: finds('unbounded-discretion', 'delegation', 'delegation', 'such courses as the Governor believes') },
        { language: 'en', text: 'She shall take part in such group work as her case manager feels is right for her.', finds: finds('unbounded-discretion', 'delegation', 'delegation', 'such group work as her case manager feels') }
    ]);
});

describe('the undefined social group around a person, in English as in French and German', () => {
    run([
        { language: 'en', text: 'Do not associate with his circle.', finds: finds('undefined-place-or-person', 'persons', 'people', 'circle') },
        { language: 'en', text: 'You must not contact her entourage by any means.', finds: finds('undefined-place-or-person', 'persons', 'people', 'entourage') },
        { language: 'fr', text: 'Il ne devra pas fréquenter son entourage.', finds: finds('undefined-place-or-person', 'persons', 'people', 'entourage'), guard: true },
        { language: 'de', text: 'Er hat jeden Kontakt zu ihrem Umfeld zu unterlassen.', finds: finds('undefined-place-or-person', 'persons', 'people', 'Umfeld'), guard: true }
    ]);
});
