import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { SanctionAstType } from '../generated/ast.js';
import { isTemplateUse } from '../generated/ast.js';
import { categoryOf, fillMessage, type Check, type CheckContext, type FindingInput } from '../core/check.js';
import { measuresOfUse, measureView, type MeasureView } from '../model/order-model.js';
import { diagnosticParts } from './diagnostics.js';
import { dependableFixes } from './fixes/placement.js';
import { DEFAULT_PROFILE_ID, getProfile } from '../profiles/index.js';
import type { SanctionCoreServices } from '../sanction-module.js';
import { ALL_CHECKS } from './checks/index.js';
import { localMessage } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import type { SanctionConfig, SeveritySetting } from '../core/config.js';

type Visitor = (node: AstNode, context: CheckContext) => void;

/**
 * The one place where checks become diagnostics. Every finding gets the check's id as its code, a
 * link to its documentation, its Rules in `data`, and a message that names those Rules.
 */
export function registerChecks(services: SanctionCoreServices, checks: readonly Check[] = ALL_CHECKS): void {
    // Findings of the parser and the linker cannot be switched off: a configuration may not name them.
    services.sanction.config.setKnownChecks(checks.filter(check => check.raisedBy !== 'parser' && check.raisedBy !== 'linker').map(check => check.id));
    const byCategory = { fast: new Map<string, ValidationCheck[]>(), slow: new Map<string, ValidationCheck[]>() };
    const add = (type: string, check: Check, visitor: Visitor) => {
        const run: ValidationCheck = (node, accept) => runCheck(services, check, visitor, node, accept);
        const byType = byCategory[categoryOf(check) === 'slow' ? 'slow' : 'fast'];
        byType.set(type, [...(byType.get(type) ?? []), run]);
    };
    for (const check of checks.filter(c => !c.raisedBy)) {
        for (const [type, visitor] of Object.entries(check.visit ?? {})) {
            add(type, check, visitor as Visitor);
        }
        const visitMeasure = check.visitMeasure;
        if (visitMeasure) {
            const direct: Visitor = (node, context) => visitMeasure(viewOf(node as SanctionAstType['Requirement']), context);
            add('Requirement', check, direct);
            add('Condition', check, direct);
            add('TemplateUse', check, (node, context) => {
                if (isTemplateUse(node)) {
                    measuresOfUse(node).forEach(measure => visitMeasure(measure, context));
                }
            });
        }
    }
    // Langium's categories: a build after an edit runs `fast` (and its own `built-in`); the language
    // server asks for `slow` after a pause (lsp/slow-checks.ts); `validation: true` runs them all.
    for (const [category, byType] of Object.entries(byCategory)) {
        services.validation.ValidationRegistry.register(Object.fromEntries(byType) as ValidationChecks<SanctionAstType>, undefined, category);
    }
}

/** A clause's view as written, made once per parse and shared by every check that visits it. */
const VIEWS = new WeakMap<AstNode, MeasureView>();

function viewOf(node: SanctionAstType['Requirement'] | SanctionAstType['Condition']): MeasureView {
    let view = VIEWS.get(node);
    if (!view) {
        view = measureView(node);
        VIEWS.set(node, view);
    }
    return view;
}

/**
 * What a check needs while it visits one document: the document's configuration and profile,
 * and a context whose `report` places findings relative to the node being visited. Made once per
 * check and document (again when the configuration changes), not for every node visited: a long
 * order has tens of thousands of visits a pass.
 */
interface Visit {
    readonly config: SanctionConfig;
    readonly setting: SeveritySetting | undefined;
    readonly context: CheckContext;
    visited: AstNode;
    accept: ValidationAcceptor;
}

const VISITS = new WeakMap<LangiumDocument, Map<Check, Visit>>();

function runCheck(services: SanctionCoreServices, check: Check, visitor: Visitor, visited: AstNode, accept: ValidationAcceptor): void {
    const document = AstUtils.getDocument(visited);
    const config = services.sanction.config.forDocument(document.uri);
    let byCheck = VISITS.get(document);
    if (!byCheck) {
        byCheck = new Map();
        VISITS.set(document, byCheck);
    }
    let visit = byCheck.get(check);
    if (!visit || visit.config !== config) {
        visit = visitFor(services, check, document, config, visited, accept);
        byCheck.set(check, visit);
    }
    if (visit.setting === 'off') {
        return;
    }
    visit.visited = visited;
    visit.accept = accept;
    visitor(visited, visit.context);
}

function visitFor(services: SanctionCoreServices, check: Check, document: LangiumDocument, config: SanctionConfig, visited: AstNode, accept: ValidationAcceptor): Visit {
    const setting = config.checks[check.id];
    const visit: Visit = {
        config,
        setting,
        visited,
        accept,
        context: {
            document,
            config,
            profile: getProfile(config.profile) ?? getProfile(DEFAULT_PROFILE_ID)!,
            services,
            report<N extends AstNode>(input: FindingInput<N>) {
                const finding = input as unknown as FindingInput;
                const locale = services.sanction.locale.current;
                const placed = placeInDocument(finding, messageOf(check, finding, locale), visit.visited, document, locale);
                const parts = diagnosticParts(check, setting, placed, locale);
                visit.accept(parts.severity, parts.message, {
                    node: placed.node,
                    property: placed.property as never,
                    index: placed.index,
                    keyword: placed.keyword,
                    range: placed.range,
                    code: parts.code,
                    codeDescription: parts.codeDescription,
                    data: parts.data
                });
            }
        }
    };
    return visit;
}

/** The text of a finding's message: the check's message by id, in the locale, filled with the finding's values. */
function messageOf(check: Check, finding: FindingInput, locale: Locale): string {
    const local = locale === 'en' ? undefined : localMessage(check, finding.messageId, finding.data, locale);
    if (local !== undefined) {
        return local;
    }
    const template = (check.messages as Record<string, string | undefined>)[finding.messageId];
    // An unknown id is a bug in the check; the drafter still gets a finding rather than a crash.
    return template === undefined ? `${check.title} [${finding.messageId}]` : fillMessage(template, finding.data);
}

/**
 * A finding about a template's text, raised while checking an order that applies the template,
 * is shown on the `apply` clause of the order (a diagnostic can only point into its own file).
 */
function placeInDocument(finding: FindingInput, message: string, visited: AstNode, document: LangiumDocument, locale: Locale): FindingInput & { message: string } {
    if (AstUtils.getDocument(finding.node) === document) {
        // A fix on a text with a syntax error is offered only where it can work (fixes/placement.ts).
        return { ...finding, message, fixes: dependableFixes(finding.fixes, document) };
    }
    const template = AstUtils.getContainerOfType(finding.node, (n): n is SanctionAstType['Template'] => n.$type === 'Template');
    return {
        node: visited,
        messageId: finding.messageId,
        message: template ? `${message}${locale === 'fr' ? `, dans le modèle '${template.name}'` : `, in template '${template.name}'`}` : message,
        rules: finding.rules,
        severity: finding.severity
        // Fixes edit the template's file, not this one: they are offered where the template is written.
    };
}
