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
    match: '(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b'
};

const grammar = JSON.parse(fs.readFileSync(file, 'utf8'));
const patterns = grammar.patterns ?? [];
if (!patterns.some(pattern => pattern.comment === DAYS.comment)) {
    // After the comments, before the generated keywords: a day in any case is taken here first.
    const at = patterns.findIndex(pattern => pattern.include === '#comments') + 1;
    patterns.splice(at, 0, DAYS);
    grammar.patterns = patterns;
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(grammar, null, 2) + '\n');
    fs.renameSync(temporary, file);
}
