/** The newsx library API. */
export { extract, extractFromPage, type ExtractOptions } from './pipeline.js';
export { readPage, looksLikeHtml, type PageArticle } from './page/index.js';
export { buildDocument, type Document } from './document/document.js';
export * from './schema.js';
export { NewsxError, describeError } from './errors.js';
