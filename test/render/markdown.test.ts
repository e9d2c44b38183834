import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { lintText } from '../../language/src/core/lint.js';
import { firstOrder, renderMarkdown } from '../../language/src/render/index.js';
import { testServices } from '../helpers.js';

describe('Markdown render', () => {
    it('numbers the paragraphs across sections, with the heading and the annex', async () => {
        const { document, findings } = await lintText(testServices(), `order "M1".
made on 2026-03-01.
decided by "Leeds Magistrates' Court".
under "Sentencing Act 2020".
person "Sam Roe", convicted.
in force for 6 months.
requirement unpaid work, 80 hours, completed within 6 months.
costs borne by the state.
`);
        const md = renderMarkdown(firstOrder(document)!, findings);
        expect(md.startsWith("**Leeds Magistrates' Court**\n\n# Order\n\nCase M1, made on 2026\\-03\\-01\n")).toBe(true);
        expect(md).toContain('## The person\n\n1. Sam Roe, convicted\\.\n');
        expect(md).toContain('2. This order is in force for 6 months\\.');
        expect(md).toContain('3. Unpaid work requirement: 80 hours, to be completed within 6 months\\.');
        expect(md).toContain('4. Costs are borne by the state\\.');
        expect(md).toMatch(/- \*\*Rule 23\*\*: /);
    });

    it('renders hostile values as literal text, not HTML or links', async () => {
        const attack = '<script>x</script> [a](javascript:alert(1)) **b** # c';
        const { document } = await lintText(testServices(), `order "X".\nperson "${attack}".\n`);
        const html = await marked.parse(renderMarkdown(firstOrder(document)!));
        expect(html).not.toMatch(/<script|<a |<strong>b/);
        expect(html).toContain('&lt;script&gt;x&lt;/script&gt; [a](javascript:alert(1)) **b** # c');
    });
});
