export { escapeHtml, refusal, firstOrder, renderHtml, measureSentence, langCode, orderDocument, rulesCited, type RenderOptions, type OrderSection, type OrderHeading } from './html.js';
export { timelineOf, renderTimelineSvg, type Timeline, type TimelineBar } from './timeline.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
