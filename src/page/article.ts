/**
 * The page stage's product: what a page says about itself plus its cleaned
 * body as paragraphs. HTML and plain-text readers both produce this.
 */
export interface PageArticle {
  title: string | null;
  /** The metadata's wording of the title (og:title, JSON-LD) when the printed headline differs and was taken (diagnostics). */
  metaTitle?: string | null;
  /** ISO date or date-time with offset. */
  published: string | null;
  /** The text the publication date was read from, as printed ("Jan. 09, 2026"), when it was printed. */
  publishedText?: string | null;
  modified?: string | null;
  authors: string[];
  /** The organisation a byline credits when it names no person (a news agency, the site's desk). */
  bylineOrg?: string | null;
  dateline: { text: string } | null;
  section?: string | null;
  siteName?: string | null;
  language?: string | null;
  url?: string | null;
  canonicalUrl?: string | null;
  description?: string | null;
  image?: string | null;
  /** Body paragraphs, in order, cleaned of furniture. The dateline is removed from the first one. */
  paragraphs: string[];
  /** Image captions found on the page (kept out of the body). */
  captions?: string[];
  /** Quotations printed as pull quotes outside the body flow. */
  pullQuotes?: string[];
  /** Things dropped as furniture, for diagnostics. */
  dropped?: string[];
  format: 'html' | 'text';
}
