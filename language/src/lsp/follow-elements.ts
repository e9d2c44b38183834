/******************************************************************************
 * Adapted from Langium 4.4's lsp/completion/follow-element-computation.ts:
 * Copyright 2021 TypeFox GmbH
 * This program and the accompanying materials are made available under the
 * terms of the MIT License (https://github.com/eclipse-langium/langium/blob/main/LICENSE).
 ******************************************************************************/

import type { IToken } from 'chevrotain';
import { AstUtils, GrammarAST as ast, GrammarUtils } from 'langium';
import type { NextFeature } from 'langium/lsp';

/**
 * Which grammar features can follow the tokens before the cursor, for completion.
 *
 * Langium's own computation interprets the tokens the completion parser could not read (all of
 * them after a sentence it could not finish) against the grammar, following every path at once.
 * Two things made that exponential in the number of tokens (14 conditions after a template header
 * that uses a keyword as its name took 3.7 s, 18 over 50 s, then overflowed the stack):
 *
 * - a terminal matched a token when its regular expression matched anywhere in the token's text,
 *   so quoted text `"x"` also matched a name (`x`): every STRING doubled the paths;
 * - paths that reached the same place by different routes were all kept.
 *
 * Here a terminal must match the whole token, identical paths are kept once, and (a last guard)
 * at most MAX_STACKS paths are followed.
 */
const MAX_STACKS = 2000;

export function findNextFeatures(featureStack: NextFeature[][], unparsedTokens: IToken[]): NextFeature[] {
    let stacks = featureStack;
    for (const token of unparsedTokens) {
        stacks = distinct(findNextFeatureStacks(stacks, token));
        if (stacks.length === 0) {
            break;
        }
    }
    // Reset the container property
    stacks.flat().forEach(feature => { feature.property = undefined; });
    const nextStacks = findNextFeatureStacks(stacks);
    // We only need the last element of each stack
    return nextStacks.map(e => e[e.length - 1]);
}

const ids = new WeakMap<object, number>();
let nextId = 0;

function idOf(object: object): number {
    let id = ids.get(object);
    if (id === undefined) {
        id = ++nextId;
        ids.set(object, id);
    }
    return id;
}

/** The stacks without repeats (same features, types and properties), at most MAX_STACKS of them. */
function distinct(stacks: NextFeature[][]): NextFeature[][] {
    const seen = new Set<string>();
    const out: NextFeature[][] = [];
    for (const stack of stacks) {
        const key = stack.map(f => `${idOf(f.feature)}:${f.type ?? ''}:${f.property ?? ''}`).join('/');
        if (!seen.has(key)) {
            seen.add(key);
            out.push(stack);
            if (out.length >= MAX_STACKS) {
                break;
            }
        }
    }
    return out;
}

function findNextFeaturesInternal(stack: NextFeature[]): NextFeature[][] {
    const features: NextFeature[][] = [];
    if (stack.length === 0) {
        return features;
    }
    const top = stack[stack.length - 1];
    const { group, child } = findGroupAndChild(top.feature);

    if (GrammarUtils.isArrayCardinality(child.cardinality)) {
        // The feature can appear again, so we try to find its first features again
        const repeatingFeatures = findFirstFeaturesInternal({
            feature: child,
            type: top.type,
            property: top.property
        });
        features.push(...repeatingFeatures);
    }

    let groupIndex = -1;
    if (group) {
        groupIndex = group.elements.indexOf(child);
    }

    const parentStack = stack.slice(0, -1);
    if (!group) {
        const parent = getAbstractElementParent(child);
        if (parent) {
            // The feature is not part of a group, but the parent might be
            features.push(...findNextFeaturesInternal([...parentStack, { feature: parent }]));
        } else {
            // The feature is the top-level feature of a rule: the next elements are defined by the previous stack elements
            features.push(...findNextFeaturesInternal(parentStack));
        }
    } else {
        // The feature is somewhere within the group
        const nextIndex = groupIndex + 1;
        const { stacks, end } = findNextFeaturesInGroup({ feature: group, type: top.type }, nextIndex);
        for (const newStack of stacks) {
            features.push([...parentStack, ...newStack]);
        }
        // If we reached the end of the group, continue searching for following features
        if (end) {
            groupIndex = group.elements.length - 1;
        }
    }
    if (group && groupIndex === group.elements.length - 1) {
        // The feature is the last element of a group: the next elements are defined by the parent group
        features.push(...findNextFeaturesInternal([...parentStack, { feature: group }]));
    }
    return features;
}

function findFirstFeatures(next: ast.AbstractElement): NextFeature[][] {
    return findFirstFeaturesInternal({ feature: next });
}

function findFirstFeaturesInternal(next: NextFeature): NextFeature[][] {
    const { feature, type } = next;
    if (ast.isGroup(feature)) {
        return findNextFeaturesInGroup(next as NextFeature<ast.Group>, 0).stacks;
    } else if (ast.isAlternatives(feature) || ast.isUnorderedGroup(feature)) {
        return feature.elements.flatMap(e => findFirstFeaturesInternal({ feature: e, type, property: next.property }));
    } else if (ast.isAssignment(feature)) {
        return findFirstFeaturesInternal({ feature: feature.terminal, type, property: next.property ?? feature.feature });
    } else if (ast.isAction(feature)) {
        return findNextFeaturesInternal([{ feature, type: GrammarUtils.getTypeName(feature), property: next.property ?? feature.feature }]);
    } else if (ast.isRuleCall(feature) && ast.isParserRule(feature.rule.ref)) {
        const rule = feature.rule.ref;
        const stacks = findFirstFeaturesInternal({
            feature: rule.definition,
            type: rule.fragment || rule.dataType ? undefined : (GrammarUtils.getExplicitRuleType(rule) ?? rule.name),
            property: next.property
        });
        for (const stack of stacks) {
            stack.unshift(next);
        }
        return stacks;
    } else {
        // (The grammar has no infix rules.)
        return [[next]];
    }
}

interface FirstGroupFeatures {
    stacks: NextFeature[][];
    /** Whether the end of the group has been reached: the caller continues with what follows it. */
    end: boolean;
}

function findNextFeaturesInGroup(next: NextFeature<ast.Group>, index: number): FirstGroupFeatures {
    const features: NextFeature[][] = [];
    while (index < next.feature.elements.length) {
        const feature = next.feature.elements[index];
        features.push(...findFirstFeaturesInternal({ feature, type: next.type }));
        if (isElementOptional(feature, new Map())) {
            index++;
        } else {
            break;
        }
    }
    return { stacks: features, end: index >= next.feature.elements.length };
}

/** Whether an element is optional: by its cardinality, or because everything in it is. */
function isElementOptional(feature: ast.AbstractElement, visited: Map<ast.AbstractElement, boolean>): boolean {
    const visitedResult = visited.get(feature);
    if (visitedResult !== undefined) {
        return visitedResult;
    }
    visited.set(feature, false);
    if (GrammarUtils.isOptionalCardinality(feature.cardinality, feature)) {
        visited.set(feature, true);
        return true;
    }
    if (ast.isGroup(feature)) {
        const result = feature.elements.every(element => isElementOptional(element, visited));
        visited.set(feature, result);
        return result;
    } else if (ast.isAlternatives(feature) || ast.isUnorderedGroup(feature)) {
        const result = feature.elements.some(element => isElementOptional(element, visited));
        visited.set(feature, result);
        return result;
    } else if (ast.isRuleCall(feature) && ast.isParserRule(feature.rule.ref)) {
        const result = isElementOptional(feature.rule.ref.definition, visited);
        visited.set(feature, result);
        return result;
    }
    return false;
}

function findNextFeatureStacks(stacks: NextFeature[][], token?: IToken): NextFeature[][] {
    const newStacks: NextFeature[][] = [];
    for (const stack of stacks) {
        const next = findNextFeaturesInternal(stack);
        newStacks.push(...(token ? next.filter(n => featureMatches(n[n.length - 1].feature, token)) : next));
    }
    return newStacks;
}

function findGroupAndChild(feature: ast.AbstractElement): { group: ast.Group | undefined; child: ast.AbstractElement } {
    let parent: ast.Group | undefined;
    let item = feature;
    while (item.$container) {
        if (ast.isGroup(item.$container)) {
            parent = item.$container;
            break;
        } else if (ast.isAbstractElement(item.$container)) {
            item = item.$container;
        } else {
            break;
        }
    }
    if (parent) {
        return { group: parent, child: item };
    }
    // Even if there is no group, return the feature parent if it is an assignment (for its cardinality)
    return { group: undefined, child: AstUtils.getContainerOfType(feature, ast.isAssignment) ?? feature };
}

function getAbstractElementParent(element: ast.AbstractElement): ast.AbstractElement | undefined {
    const parent = element.$container;
    const assignment = AstUtils.getContainerOfType(parent, ast.isAssignment);
    if (assignment) {
        return getAbstractElementParent(assignment);
    }
    return parent && ast.isAbstractElement(parent) ? parent : undefined;
}

function featureMatches(feature: ast.AbstractElement, token: IToken): boolean {
    if (ast.isKeyword(feature)) {
        return feature.value === token.tokenType.name;
    } else if (ast.isRuleCall(feature)) {
        return ruleMatches(feature.rule.ref, token);
    } else if (ast.isCrossReference(feature)) {
        const terminal = GrammarUtils.getCrossReferenceTerminal(feature);
        return terminal ? featureMatches(terminal, token) : false;
    }
    return false;
}

const wholeTokenRegex = new WeakMap<ast.TerminalRule, RegExp>();

function ruleMatches(rule: ast.AbstractRule | undefined, token: IToken): boolean {
    if (ast.isParserRule(rule)) {
        return findFirstFeatures(rule.definition).some(e => featureMatches(e[e.length - 1].feature, token));
    } else if (ast.isTerminalRule(rule)) {
        let regex = wholeTokenRegex.get(rule);
        if (!regex) {
            const partial = GrammarUtils.terminalRegex(rule);
            regex = new RegExp(`^(?:${partial.source})$`, partial.flags);
            wholeTokenRegex.set(rule, regex);
        }
        return regex.test(token.image);
    }
    return false;
}
