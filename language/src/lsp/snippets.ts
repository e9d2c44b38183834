import type { TemplateParameter } from '../generated/ast.js';
import type { ParameterSlot, RequirementKindInfo } from '../model/requirement-kinds.js';

/**
 * Snippets (LSP snippet syntax: `${1:placeholder}`, `${1|a,b|}`) for requirements and template
 * arguments, built from the requirement-kind table so that completion offers exactly the
 * parameters the checks ask for.
 */

/** Default duration of a requirement, in months, when the snippet fills one in. */
const DEFAULT_MONTHS: Record<string, number> = {
    curfew: 3,
    'electronic-monitoring': 3,
    exclusion: 6
};

/** A counter of tab stops, shared by the pieces of one snippet. */
class TabStops {
    private next = 1;
    stop(placeholder: string): string {
        return `\${${this.next++}:${escapePlaceholder(placeholder)}}`;
    }
    choice(options: string[]): string {
        return `\${${this.next++}|${options.map(o => o.replace(/[,|\\$}]/g, m => `\\${m}`)).join(',')}|}`;
    }
}

/** `requirement <kind>, <required parameters>, for N months.` — everything after `requirement `. */
export function requirementSnippet(kind: RequirementKindInfo, today: string): string {
    const stops = new TabStops();
    const parts = [kind.keyword];
    for (const slot of kind.required) {
        parts.push(slotSnippet(slot, kind, stops, today));
    }
    if (kind.treatment && !kind.required.includes('consent')) {
        parts.push(slotSnippet('consent', kind, stops, today));
    }
    parts.push(`for ${stops.stop(String(DEFAULT_MONTHS[kind.id] ?? 6))} months`);
    return `${parts.join(', ')}.`;
}

/** How a slot is written, with tab stops where the drafter has to decide. */
export function slotSnippet(slot: ParameterSlot, kind: RequirementKindInfo, stops: TabStops, today: string): string {
    switch (slot) {
        case 'hours': return `${stops.stop('120')} hours`;
        case 'completion': return `completed within ${stops.stop('12')} months`;
        case 'place': return `at "${stops.stop(kind.id === 'supervision' ? 'office' : 'address')}"`;
        case 'dailyHours': return `from ${stops.stop('19:00')} to ${stops.stop('07:00')}`;
        case 'days': return `on ${stops.choice(['every day', 'weekdays', 'weekends', 'Monday to Friday', 'Saturday and Sunday'])}`;
        case 'frequency': return `${kind.id === 'supervision' ? 'reporting' : 'attending'} ${stops.choice(['weekly', 'twice a week', 'every 2 weeks', 'monthly'])}`;
        case 'monitoring': return `of ${stops.choice(['the curfew', 'the exclusion', 'location', 'whereabouts', 'alcohol', 'attendance'])}`;
        case 'area': return `area "${stops.stop('area')}" on map "${stops.stop('map reference')}"`;
        case 'provider': return `provided by "${stops.stop('provider')}"`;
        case 'setting': return stops.choice(['non-residential', 'residential']);
        case 'count': return `${stops.stop(kind.id === 'programme' || kind.id === 'mediation' ? '20' : '30')} ${kind.id === 'programme' || kind.id === 'mediation' ? 'sessions' : 'days'}`;
        case 'contact': return `with "${stops.stop('name')}"`;
        case 'destination': return `to "${stops.stop('any country outside …')}"`;
        case 'amount': return `amount ${stops.stop('250')} ${stops.stop('EUR')}, payable to "${stops.stop('the victim')}"`;
        case 'description': return `"${stops.stop(kind.id === 'programme' ? 'programme name' : kind.id === 'prohibited-activity' ? 'activity' : 'description')}"`;
        case 'consent': return `consent informed and explicit, given on ${stops.stop(today)}, in writing`;
        case 'victim': return `involving the victim, victim consent given on ${stops.stop(today)}`;
        case 'term': return `for ${stops.stop('6')} months`;
        case 'extension': return `extendable by up to ${stops.stop('6')} months`;
        case 'review': return `reviewed every ${stops.stop('3')} months`;
    }
}

/** `name <value>` for an argument of `apply … with`, the value a placeholder of the parameter's type. */
export function argumentSnippet(parameter: TemplateParameter, today: string): string {
    const stops = new TabStops();
    const given = parameter.defaultValue?.$cstNode?.text;
    switch (parameter.valueType) {
        case 'text': return `${parameter.name} "${stops.stop(given ? given.replace(/^["\u201C]|["\u201D]$/g, '') : parameter.name)}"`;
        case 'date': return `${parameter.name} ${stops.stop(given ?? today)}`;
        case 'time': return `${parameter.name} ${stops.stop(given ?? '19:00')}`;
        case 'duration': return `${parameter.name} ${stops.stop(given ?? '6 months')}`;
        case 'number': return `${parameter.name} ${stops.stop(given ?? '1')}`;
        case 'frequency': return `${parameter.name} ${stops.choice(['weekly', 'twice a week', 'every 2 weeks', 'monthly'])}`;
        default: return `${parameter.name} ${stops.stop(given ?? 'value')}`;
    }
}

/** `<template> with <required parameters>.` — everything after `apply `. */
export function applySnippet(name: string, parameters: readonly TemplateParameter[], today: string): string {
    const required = parameters.filter(p => !p.defaultValue);
    if (required.length === 0) {
        return `${name}.`;
    }
    let stop = 0;
    const args = required.map(p => renumber(argumentSnippet(p, today), () => ++stop));
    return `${name} with ${args.join(', ')}.`;
}

/** Gives the tab stops of a piece fresh numbers, so that pieces can be joined. */
function renumber(snippet: string, next: () => number): string {
    return snippet.replace(/\$\{\d+([:|])/g, (_m, sep: string) => `\${${next()}${sep}`);
}

function escapePlaceholder(text: string): string {
    return text.replace(/[\\$}]/g, m => `\\${m}`);
}

/** The date of today, as the language writes dates. */
export function todayIso(now = new Date()): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type { TabStops };
