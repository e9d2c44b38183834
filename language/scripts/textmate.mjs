#!/usr/bin/env node
// Completes the TextMate grammar that `langium generate` writes (syntaxes/sanction.tmLanguage.json)
// with what Langium's generator cannot know: day names are keywords in any case (`friday`, `FRIDAY`),
// as the lexer reads them (language/src/parsing/lexer.ts). Run by `npm run langium:generate` after the
// generator; running it twice changes nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(root, 'syntaxes', 'sanction.tmLanguage.json');

const DAYS = {
    name: 'keyword.control.sanction',
    comment: 'Day names in any case (the lexer reads them so); added by language/scripts/textmate.mjs.',
    // Each letter as a class ([Mm][Oo]…) rather than an inline `(?i)` flag: the grammar is read by
    // Oniguruma (VS Code), by JavaScript's RegExp (the playground, JS-engine highlighters), which has
    // no inline flags, and by others.
    match: `\\b(${['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
        .map(day => [...day].map(letter => `[${letter.toUpperCase()}${letter}]`).join('')).join('|')})\\b`
};

const grammar = JSON.parse(fs.readFileSync(file, 'utf8'));
const patterns = grammar.patterns ?? [];
const existing = patterns.findIndex(pattern => pattern.comment === DAYS.comment);
if (existing < 0 || JSON.stringify(patterns[existing]) !== JSON.stringify(DAYS)) {
    if (existing >= 0) {
        patterns.splice(existing, 1);
    }
    // After the comments, before the generated keywords: a day in any case is taken here first.
    const at = patterns.findIndex(pattern => pattern.include === '#comments') + 1;
    patterns.splice(at, 0, DAYS);
    grammar.patterns = patterns;
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(grammar, null, 2) + '\n');
    fs.renameSync(temporary, file);
}
