import type { Finding } from '../../language/src/core/finding.js';
import { lint } from '../helpers.js';

/**
 * An order that raises no finding of its own, for tests of the clarity checks: put the clauses
 * under test where it says CLAUSES. (The evaluation harness builds the same kind of order.)
 */
export function compliantOrder(clauses: string, language = 'English'): string {
    return `order "CR-2026-0417".
made on 2026-03-14.
decided by "Exeter Crown Court".
implemented by "Probation Service, South West region".
under "Sentencing Act 2020, section 200 and Schedule 9".
written in ${language}.
person "Alex Morgan", convicted, born on 1991-07-02, understands ${language}, no interpreter needed.
offence "Criminal damage to a bus shelter", seriousness moderate.
in force for 12 months, reviewed every 6 months.
early termination by "Exeter Crown Court" after 6 months, when "all requirements are met".
${clauses}
on breach:
  minor non-compliance leads to a formal warning.
  significant non-compliance leads to referral to the deciding authority.
  hearing before "Exeter Crown Court" with legal assistance and access to the documents.
  credit for time complied.
  the deciding authority may order a warning, modification or revocation.
rights:
  appeal to "Court of Appeal (Criminal Division)" within 28 days.
  complaints to "Probation Service complaints team, South West".
  notice in ${language}, in writing.
costs borne by the state.
`;
}

/** A compliant order with one free-text condition (the text is escaped for the string). */
export function conditionOrder(text: string, language?: string): string {
    const literal = `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return compliantOrder(`condition ${literal}${language ? ` in ${language}` : ''}.`);
}

/** Findings of one check. */
export { checkFindings as findingsOf } from '../helpers.js';

/** Findings that are not syntax errors or references, to see that an order parses. */
export async function syntaxErrors(text: string): Promise<Finding[]> {
    return (await lint(text)).filter(finding => finding.checkId === 'syntax-error' || finding.checkId === 'unresolved-reference');
}
