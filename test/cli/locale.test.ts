import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, sanction } from './helpers.js';

beforeAll(buildCli);

const FRENCH = [
    "orders/no-duration.sanction:4:7  error  L'ordonnance n'indique aucune durée : elle dure donc un temps que personne n'a fixé ; les Règles 21 et 23 demandent qu'une sanction ait une durée déterminée : indiquez-en une, p. ex. `in force for 12 months.` (Règles 21 et 23)  [missing-duration]",
    "orders/no-duration.sanction:15:1  error  Cette obligation « supervision » n'a pas de durée propre et l'ordonnance n'en indique aucune : elle court donc pendant un temps que personne n'a fixé ; les Règles 21 et 23 demandent qu'une sanction ait une durée déterminée : indiquez-en une pour l'ordonnance, p. ex. `in force for 12 months.`, ou pour celle-ci, p. ex. `for 6 months` (Règles 21 et 23)  [missing-duration]"
];
const ENGLISH_FIRST = 'orders/no-duration.sanction:4:7  error  The order states no duration, so it lasts for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one, e.g. `in force for 12 months.` (Rules 21 and 23)  [missing-duration]';

const findingLines = (stdout: string) => stdout.split('\n').filter(line => line.startsWith('orders/'));

describe('sanction lint in the drafter\'s language', () => {
    test('--locale fr: the findings and their citations in French', () => {
        const result = sanction(['lint', 'orders/no-duration.sanction', '--format', 'compact', '--locale', 'fr']);
        expect(result.code).toBe(1);
        expect(findingLines(result.stdout)).toEqual(FRENCH);
    });

    test('LANG, LC_MESSAGES and LC_ALL as POSIX reads them: the first set wins', () => {
        expect(findingLines(sanction(['lint', 'orders/no-duration.sanction', '-f', 'compact'], { env: { LANG: 'fr_CH.UTF-8' } }).stdout)).toEqual(FRENCH);
        expect(findingLines(sanction(['lint', 'orders/no-duration.sanction', '-f', 'compact'], { env: { LANG: 'en_GB.UTF-8', LC_MESSAGES: 'fr_FR' } }).stdout)).toEqual(FRENCH);
        expect(findingLines(sanction(['lint', 'orders/no-duration.sanction', '-f', 'compact'], { env: { LANG: 'fr_FR.UTF-8', LC_ALL: 'C' } }).stdout)[0]).toBe(ENGLISH_FIRST);
        expect(findingLines(sanction(['lint', 'orders/no-duration.sanction', '-f', 'compact'], { env: { LANG: 'de_DE.UTF-8' } }).stdout)[0]).toBe(ENGLISH_FIRST);
    }, 60_000);

    test('--locale wins over the environment; English by default', () => {
        expect(findingLines(sanction(['lint', 'orders/no-duration.sanction', '-f', 'compact', '--locale', 'en'], { env: { LANG: 'fr_FR.UTF-8' } }).stdout)[0]).toBe(ENGLISH_FIRST);
        expect(findingLines(sanction(['lint', 'orders/no-duration.sanction', '-f', 'compact']).stdout)[0]).toBe(ENGLISH_FIRST);
    }, 30_000);

    test('a language the findings do not exist in is a usage error, in one line', () => {
        const result = sanction(['lint', 'orders/no-duration.sanction', '--locale', 'de']);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe("sanction: --locale de: the findings exist in en and fr only; see 'sanction lint --help'\n");
    });

    test('JSON keeps the ids, so a report in French can still be matched by check and message', () => {
        const report = JSON.parse(sanction(['lint', 'orders/no-duration.sanction', '-f', 'json', '--locale', 'fr']).stdout) as { files: Array<{ findings: Array<{ checkId: string; messageId?: string; message: string }> }> };
        const first = report.files[0]!.findings[0]!;
        expect([first.checkId, first.messageId]).toEqual(['missing-duration', 'orderWithoutTerm']);
        expect(first.message.startsWith("L'ordonnance n'indique aucune durée")).toBe(true);
    });
});
