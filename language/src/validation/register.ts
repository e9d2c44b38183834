import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { SanctionAstType } from '../generated/ast.js';
import { isTemplateUse } from '../generated/ast.js';
import type { Check, CheckContext, FindingInput } from '../core/check.js';
import { checkDocsUrl, type FindingData } from '../core/finding.js';
import { measuresOfUse, measureView } from '../model/order-model.js';
import { formatRuleCitation } from '../rules/catalogue.js';
import type { SanctionCoreServices } from '../sanction-module.js';
import { ALL_CHECKS } from './checks/index.js';

type Visitor = (node: AstNode, context: CheckContext) => void;

/**
 * The one place where checks become diagnostics. Every finding gets the check's id as its code, a
 * link to its documentation, its Rules in `data`, and a message that names those Rules.
 */
export function registerChecks(services: SanctionCoreServices, checks: readonly Check[] = ALL_CHECKS): void {
    services.sanction.config.setKnownChecks(checks.map(check => check.id));
    const byType = new Map<string, ValidationCheck[]>();
    const add = (type: string, check: Check, visitor: Visitor) => {
        const run: ValidationCheck = (node, accept) => runCheck(services, check, visitor, node, accept);
        byType.set(type, [...(byType.get(type) ?? []), run]);
    };
    for (const check of checks) {
        for (const [type, visitor] of Object.entries(check.visit ?? {})) {
            add(type, check, visitor as Visitor);
        }
        const visitMeasure = check.visitMeasure;
        if (visitMeasure) {
            const direct: Visitor = (node, context) => visitMeasure(measureView(node as SanctionAstType['Requirement']), context);
            add('Requirement', check, direct);
            add('Condition', check, direct);
            add('TemplateUse', check, (node, context) => {
                if (isTemplateUse(node)) {
                    measuresOfUse(node).forEach(measure => visitMeasure(measure, context));
                }
            });
        }
    }
    services.validation.ValidationRegistry.register(Object.fromEntries(byType) as ValidationChecks<SanctionAstType>);
}

function runCheck(services: SanctionCoreServices, check: Check, visitor: Visitor, visited: AstNode, accept: ValidationAcceptor): void {
    const document = AstUtils.getDocument(visited);
    const config = services.sanction.config.forDocument(document.uri);
    const setting = config.checks[check.id];
    if (setting === 'off') {
        return;
    }
    const context: CheckContext = {
        document,
        config,
        services,
        report<N extends AstNode>(input: FindingInput<N>) {
            const finding = input as unknown as FindingInput;
            const placed = placeInDocument(finding, visited, document);
            const rules = [...new Set(finding.rules ?? check.rules)].sort((a, b) => a - b);
            const provisions = check.provisions ? [...check.provisions] : undefined;
            const data: FindingData = {
                checkId: check.id,
                rules,
                ...(provisions ? { provisions } : {}),
                ...(placed.fixes?.length ? { fixes: placed.fixes } : {})
            };
            const citation = citationOf(rules, provisions);
            accept(setting ?? finding.severity ?? check.severity, citation ? `${placed.message} (${citation})` : placed.message, {
                node: placed.node,
                property: placed.property as never,
                index: placed.index,
                keyword: placed.keyword,
                range: placed.range,
                code: check.id,
                codeDescription: { href: checkDocsUrl(check.id) },
                data
            });
        }
    };
    visitor(visited, context);
}

/**
 * A finding about a template's text, raised while checking an order that applies the template,
 * is shown on the `apply` clause of the order (a diagnostic can only point into its own file).
 */
function placeInDocument(finding: FindingInput, visited: AstNode, document: LangiumDocument): FindingInput {
    if (AstUtils.getDocument(finding.node) === document) {
        return finding;
    }
    const template = AstUtils.getContainerOfType(finding.node, (n): n is SanctionAstType['Template'] => n.$type === 'Template');
    return {
        node: visited,
        message: template ? `${finding.message}, in template '${template.name}'` : finding.message,
        rules: finding.rules,
        severity: finding.severity
        // Fixes edit the template's file, not this one: they are offered where the template is written.
    };
}

function citationOf(rules: readonly number[], provisions?: readonly string[]): string {
    const parts: string[] = [];
    if (rules.length > 0) {
        parts.push(formatRuleCitation([...rules]));
    }
    for (const provision of provisions ?? []) {
        parts.push(`CM/Rec(2017)3, ${provision}`);
    }
    return parts.join('; ');
}
