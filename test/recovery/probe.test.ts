import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { lint } from '../helpers.js';
test('probe', async () => {
    const text = readFileSync('/tmp/probe.sanction', 'utf8');
    const findings = await lint(text);
    for (const f of findings) console.log(`${f.checkId}@${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.messageId ?? ''} ${f.message}`);
});
