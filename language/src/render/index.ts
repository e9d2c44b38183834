export {
    escapeHtml, refusal, firstOrder, renderHtml, measureSentence, measureParts, segmentsText, templateNote, langCode, orderDocument, rulesCited,
    type RenderOptions, type OrderSection, type OrderHeading, type Segment, type Mark, type MeasureParts
} from './html.js';
export { timelineOf, renderTimelineSvg, timelineLayout, type Timeline, type TimelineBar, type TimelineLayout } from './timeline.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
export { renderAkn, escapeXml, uriComponent, type AknOptions } from './akn.js';
export { renderTimelinePng, encodePng } from './png.js';
// The DOCX renderer is imported from './docx.js' (`@sanction-orders/language/render/docx.js`), not
// from here: the package's index re-exports this module, and the `docx` library would add about
// 330 kB to every bundle of the language server (the VS Code extension's, the playground's worker)
// that only needs the diagnostics.
export { renderNotice, noticeLanguage, NOTICE_LANGS, READABILITY_TARGET, NoticeLanguageError } from './notice.js';
