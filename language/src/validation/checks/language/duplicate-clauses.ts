import type { OrderClause } from '../../../generated/ast.js';
import { defineCheck } from '../../../core/check.js';
import { be } from '../../wording.js';

/** Clauses an order states once: two of them leave the person unsure which one binds. */
const SINGLE: Partial<Record<OrderClause['$type'], string>> = {
    MadeOn: 'date the order was made',
    DecidingAuthority: 'deciding authority',
    ImplementingAuthority: 'implementing authority',
    OrderLanguage: 'language of the order',
    Person: 'person',
    OrderTerm: 'duration of the order',
    Breach: 'breach section',
    Rights: 'rights section',
    Costs: 'costs clause'
};

export const duplicateClauses = defineCheck({
    id: 'duplicate-clause',
    title: 'Clause stated twice',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Finds clauses an order states once (its date, authorities, person, duration, breach and rights sections) written twice.',
    messages: {
        twice: 'The {{what}} {{is}} stated twice, which leaves open which one binds: keep one and delete the other'
    },
    visit: {
        Order(order, context) {
            const seen = new Set<string>();
            order.clauses.forEach((clause, index) => {
                const what = SINGLE[clause.$type];
                if (!what) {
                    return;
                }
                if (seen.has(clause.$type)) {
                    context.report({ node: order, property: 'clauses', index, messageId: 'twice', data: { what, is: be(what) } });
                }
                seen.add(clause.$type);
            });
        }
    }
});
