import type { Failure, FailureClass } from '../fuzz/pipeline.js';

/**
 * Failures the fuzzer finds that are known and not fixed yet, all in the checks and the model
 * (language/src/validation/**, language/src/model/**). The regression test and the short CI run
 * tolerate them; everything else fails them. When one is fixed, the regression test says that its
 * file no longer shows it: remove the entry then. The goal is an empty list.
 */
export interface OpenFailure {
    kind: FailureClass;
    /** Matched against the failure's signature (see test/fuzz/pipeline.ts). */
    match: RegExp;
    /** Where the fix belongs. */
    where: string;
    /** The saved regression (test/robustness/regressions/) that shows it, if one does. */
    file?: string;
}

/** Fixes that add a sentence or a section put it after a sentence the parser could not finish, which swallows it. */
const AFTER_BROKEN_SENTENCE = 'language/src/validation (the fix of the check): it inserts after a sentence the parser could not finish, which takes the new text in';

/** [check, file showing fix-breaks-parse, file showing fix-leaves-finding], on a text that already had a syntax error. */
const FIXES_ON_BROKEN_TEXT: Array<[string, string | undefined, string | undefined]> = [
    ['missing-appeal-right', 'fix-breaks-parse-fix-bb26237a.sanction', 'fix-leaves-finding-fix-985f02f4.sanction'],
    ['missing-breach-consequences', 'fix-breaks-parse-fix-5f259934.sanction', 'fix-leaves-finding-fix-6d71cc2a.sanction'],
    ['missing-complaint-route', 'fix-breaks-parse-fix-bb26237a.sanction', 'fix-leaves-finding-fix-0e2ad6a9.sanction'],
    ['no-early-termination', 'fix-breaks-parse-fix-198db2af.sanction', 'fix-leaves-finding-fix-5870c9cd.sanction'],
    ['missing-authority', 'fix-breaks-parse-fix-d9d1d9db.sanction', 'fix-leaves-finding-fix-985f02f4.sanction'],
    ['missing-seriousness', 'fix-breaks-parse-fix-198db2af.sanction', 'fix-leaves-finding-fix-513fb4a1.sanction'],
    ['missing-legal-basis', 'fix-breaks-parse-fix-198db2af.sanction', 'fix-leaves-finding-fix-985f02f4.sanction'],
    ['victim-contact', 'fix-breaks-parse-fix-3f843a0c.sanction', 'fix-leaves-finding-fix-c96c6b56.sanction'],
    ['missing-language', undefined, undefined],
    ['suspect-without-consent', undefined, undefined],
    ['missing-parameters', undefined, undefined],
    ['missing-hearing', undefined, undefined],
    ['offence-disclosure', undefined, undefined],
    ['conditional-release', undefined, undefined],
    ['missing-compliance-credit', undefined, undefined]
];

export const OPEN_FAILURES: readonly OpenFailure[] = [
    {
        kind: 'hang', match: /^hang\|(build|format|fix)$/,
        where: 'validation time grows with the square of the input: languageOfText (validation/text/language.ts) and clauseOf (model/order-model.ts, via orderSpan) scan every clause for each text and measure; names() (validation/text/features.ts) slices and trims the text before every word',
        file: 'hang-build-clauses-5000.sanction'
    },
    ...FIXES_ON_BROKEN_TEXT.flatMap(([check, breaks, leaves]): OpenFailure[] => [
        { kind: 'fix-breaks-parse', match: new RegExp(`^fix-breaks-parse\\|${check}\\|in text with a syntax error$`), where: AFTER_BROKEN_SENTENCE, ...(breaks ? { file: breaks } : {}) },
        { kind: 'fix-leaves-finding', match: new RegExp(`^fix-leaves-finding\\|${check}\\|in text with a syntax error$`), where: AFTER_BROKEN_SENTENCE, ...(leaves ? { file: leaves } : {}) }
    ])
];

/** The open failure a failure is one of, if it is known. */
export function openFailureOf(failure: Failure): OpenFailure | undefined {
    return OPEN_FAILURES.find(open => open.kind === failure.kind && open.match.test(failure.signature));
}
