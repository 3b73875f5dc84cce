/**
 * The output contract. This zod schema is the single source of truth for the
 * JSON newsx prints: TypeScript types are inferred from it, every result is
 * validated against it before it is rendered, and `newsx schema` exports it
 * as JSON Schema.
 *
 * Offsets (`start`, `end`) count UTF-16 code units into `article.text`, the
 * unit JavaScript strings use, so `text.slice(start, end)` is the mention.
 */
import { z } from 'zod';

/** An ISO 8601 date or date-time with offset, e.g. 2026-01-09 or 2026-01-09T09:00:00+03:00. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/);

/** Like isoDate, but a month or a year alone is allowed too (a due time known only to that precision: 2016-06, 2034). */
const isoDue = z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/);

export const MentionSchema = z.object({
  start: z.number().int().nonnegative().describe('offset of the first code unit in article.text'),
  end: z.number().int().nonnegative().describe('offset after the last code unit in article.text'),
  sentence: z.number().int().nonnegative().describe('index of the sentence holding the mention'),
  text: z.string().describe('article.text.slice(start, end)'),
  rule: z.string().optional().describe('the rule that found this mention (provenance)'),
});

export const EntityRefSchema = z.object({
  name: z.string(),
  actorId: z.string().nullable(),
});

export const ActorSchema = z.object({
  id: z.string(),
  name: z.string().describe('the fullest name the article gives'),
  type: z.enum(['person', 'organization', 'group', 'country']),
  aliases: z.array(z.string()).describe('other names the article uses for the same actor'),
  roles: z.array(z.string()).describe('titles or descriptions the article gives, without the name'),
  mentions: z.array(MentionSchema),
});

export const PlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['country', 'region', 'city', 'neighborhood', 'landmark', 'other']),
  country: z.string().length(2).nullable().describe('ISO 3166-1 alpha-2 code of the country that holds it'),
  aliases: z.array(z.string()),
  timezone: z.string().nullable().optional().describe('IANA time zone'),
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable().optional(),
  mentions: z.array(MentionSchema),
});

export const QuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(['direct', 'partial', 'indirect']),
  speaker: EntityRefSchema.nullable(),
  cue: z.string().nullable().describe('the speech verb or phrase that introduces the quote'),
  mentions: z.array(MentionSchema),
});

export const TimeSchema = z.object({
  text: z.string(),
  value: z.string().describe('ISO 8601 at the precision of the text: 2026-01-09, 2026-01-09T09:00+03:00, 2026-01, 2026, 2026-W02'),
  type: z.enum(['date', 'datetime', 'week', 'month', 'year', 'other']).optional(),
  foundIn: z.enum(['text', 'title', 'published', 'dateline', 'caption']).optional().describe('where the expression is; mentions point into article.text only'),
  mentions: z.array(MentionSchema),
});

export const DeadlineSchema = z.object({
  text: z.string(),
  due: isoDue.describe('ISO date-time with offset, or a date (or month, or year) when only that is given'),
  action: z.string().nullable(),
  subject: EntityRefSchema.nullable(),
  setBy: z.string().nullable(),
  mentions: z.array(MentionSchema),
});

export const ArticleSchema = z.object({
  title: z.string().nullable(),
  published: isoDate.nullable(),
  modified: isoDate.nullable().optional(),
  authors: z.array(z.string()).describe('the writers named in the byline: persons; a news agency or another outlet when it is credited alone'),
  bylineOrg: z.string().nullable().optional().describe('the organisation the byline credits when it names no person: a news agency, a desk, the site'),
  dateline: z.object({ text: z.string() }).nullable(),
  section: z.string().nullable().optional(),
  siteName: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  canonicalUrl: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  image: z.string().nullable().optional(),
  text: z.string().describe('cleaned body; paragraphs separated by a blank line'),
});

export const ResultSchema = z.object({
  article: ArticleSchema,
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  quotes: z.array(QuoteSchema),
  times: z.array(TimeSchema),
  deadlines: z.array(DeadlineSchema),
  meta: z
    .object({
      tool: z.string(),
      version: z.string(),
      source: z.string().nullable(),
      format: z.enum(['html', 'text']),
      timezone: z.string().nullable().describe('IANA zone of the place the story is about'),
      utcOffset: z.string().nullable().describe('UTC offset of that zone at publication'),
      elapsedMs: z.number().optional(),
      warnings: z.array(z.string()).optional(),
    })
    .describe('how the result was made'),
});

export type Mention = z.infer<typeof MentionSchema>;
export type EntityRef = z.infer<typeof EntityRefSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type TimeExpr = z.infer<typeof TimeSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type ArticleOut = z.infer<typeof ArticleSchema>;
export type Result = z.infer<typeof ResultSchema>;
