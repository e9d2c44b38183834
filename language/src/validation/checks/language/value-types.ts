import type { AstNode } from 'langium';
import type { ParameterType, TemplateParameter, Value } from '../../../generated/ast.js';
import { defineCheck } from '../../../core/check.js';

/** The literal type each template parameter type takes. */
const LITERAL_OF: Record<ParameterType, Value['$type']> = {
    text: 'TextLiteral',
    date: 'DateLiteral',
    time: 'TimeLiteral',
    duration: 'DurationLiteral',
    number: 'NumberLiteral',
    frequency: 'FrequencyLiteral'
};

const WRITTEN_AS: Record<ParameterType, string> = {
    text: 'quoted text ("…")',
    date: 'a date (2026-03-14)',
    time: 'a time (19:00)',
    duration: 'a duration (6 months)',
    number: 'a number',
    frequency: 'a frequency (weekly, twice a week)'
};

/** The parameter type a slot of the grammar takes, by container type and property. */
const SLOT_TYPES: Record<string, ParameterType> = {
    'FixedTerm.length': 'duration',
    'DateRangeTerm.startRef': 'date',
    'DateRangeTerm.endRef': 'date',
    'CompletionParameter.period': 'duration',
    'Extension.maximum': 'duration',
    'Review.interval': 'duration',
    'AppealRight.limit': 'duration',
    'HoursParameter.hours': 'number',
    'CountParameter.count': 'number',
    'PlaceParameter.place': 'text',
    'AreaParameter.name': 'text',
    'AreaParameter.centre': 'text',
    'ProviderParameter.provider': 'text',
    'ContactParameter.person': 'text',
    'Condition.text': 'text',
    'DailyHoursParameter.start': 'time',
    'DailyHoursParameter.end': 'time',
    'FrequencyParameter.frequency': 'frequency'
};

function slotType(node: AstNode): ParameterType | undefined {
    return node.$container ? SLOT_TYPES[`${node.$container.$type}.${node.$containerProperty}`] : undefined;
}

/**
 * Template parameters are typed: an argument, a default, or a use inside the template body must be
 * of the parameter's type, and every parameter without a default needs an argument.
 */
export const valueTypes = defineCheck({
    id: 'template-types',
    title: 'Template parameter of the wrong type or missing',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Finds template arguments, defaults and parameter uses whose type does not match the parameter, and parameters left without a value.',
    messages: {
        defaultType: 'The default of \'{{name}}\' is not of its type: write {{expected}}',
        argumentType: '\'{{name}}\' takes {{expected}}',
        givenTwice: '\'{{name}}\' is given twice: keep one value',
        missing: 'Template \'{{template}}\' needs a value for {{missing}}: add e.g. `with {{first}} …`',
        refType: '\'{{name}}\' is a {{type}} parameter, but this place needs {{expected}}'
    },
    visit: {
        TemplateParameter(parameter, context) {
            const value = parameter.defaultValue;
            if (value && value.$type !== LITERAL_OF[parameter.valueType]) {
                context.report({ node: value, messageId: 'defaultType', data: { name: parameter.name, expected: WRITTEN_AS[parameter.valueType] } });
            }
        },
        Argument(argument, context) {
            const parameter: TemplateParameter | undefined = argument.parameter?.ref;
            if (parameter && argument.value && argument.value.$type !== LITERAL_OF[parameter.valueType]) {
                context.report({ node: argument.value, messageId: 'argumentType', data: { name: parameter.name, expected: WRITTEN_AS[parameter.valueType] } });
            }
        },
        TemplateUse(use, context) {
            const template = use.template?.ref;
            if (!template) {
                return;
            }
            const given = new Set<TemplateParameter>();
            use.arguments.forEach((argument, index) => {
                const parameter = argument.parameter?.ref;
                if (parameter && given.has(parameter)) {
                    context.report({ node: use, property: 'arguments', index, messageId: 'givenTwice', data: { name: parameter.name } });
                }
                if (parameter) {
                    given.add(parameter);
                }
            });
            const missing = template.parameters.filter(p => !p.defaultValue && !given.has(p));
            if (missing.length > 0) {
                const data = { template: template.name, missing: missing.map(p => `'${p.name}'`).join(', '), first: missing[0].name };
                context.report({ node: use, property: 'template', messageId: 'missing', data });
            }
        },
        ParameterRef(ref, context) {
            const parameter = ref.parameter?.ref;
            const expected = slotType(ref);
            if (parameter && expected && parameter.valueType !== expected) {
                context.report({ node: ref, messageId: 'refType', data: { name: parameter.name, type: parameter.valueType, expected: WRITTEN_AS[expected] } });
            }
        }
    }
});
