/** The newsx library API. */
export { extract, extractFromPage } from './pipeline.js';
export { readPage, looksLikeHtml } from './page/index.js';
export { buildDocument } from './document/document.js';
export * from './schema.js';
export { NewsxError, describeError } from './errors.js';
//# sourceMappingURL=index.js.map