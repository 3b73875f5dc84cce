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
export declare const MentionSchema: z.ZodObject<{
    start: z.ZodNumber;
    end: z.ZodNumber;
    sentence: z.ZodNumber;
    text: z.ZodString;
    rule: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const EntityRefSchema: z.ZodObject<{
    name: z.ZodString;
    actorId: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
export declare const ActorSchema: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    type: z.ZodEnum<{
        person: "person";
        organization: "organization";
        group: "group";
        country: "country";
    }>;
    aliases: z.ZodArray<z.ZodString>;
    roles: z.ZodArray<z.ZodString>;
    mentions: z.ZodArray<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
        sentence: z.ZodNumber;
        text: z.ZodString;
        rule: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const PlaceSchema: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    type: z.ZodEnum<{
        country: "country";
        region: "region";
        city: "city";
        neighborhood: "neighborhood";
        landmark: "landmark";
        other: "other";
    }>;
    country: z.ZodNullable<z.ZodString>;
    aliases: z.ZodArray<z.ZodString>;
    timezone: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    coordinates: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        lat: z.ZodNumber;
        lon: z.ZodNumber;
    }, z.core.$strip>>>;
    mentions: z.ZodArray<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
        sentence: z.ZodNumber;
        text: z.ZodString;
        rule: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const QuoteSchema: z.ZodObject<{
    id: z.ZodString;
    text: z.ZodString;
    kind: z.ZodEnum<{
        direct: "direct";
        partial: "partial";
        indirect: "indirect";
    }>;
    speaker: z.ZodNullable<z.ZodObject<{
        name: z.ZodString;
        actorId: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
    cue: z.ZodNullable<z.ZodString>;
    mentions: z.ZodArray<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
        sentence: z.ZodNumber;
        text: z.ZodString;
        rule: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const TimeSchema: z.ZodObject<{
    text: z.ZodString;
    value: z.ZodString;
    type: z.ZodOptional<z.ZodEnum<{
        year: "year";
        month: "month";
        date: "date";
        datetime: "datetime";
        other: "other";
        week: "week";
    }>>;
    foundIn: z.ZodOptional<z.ZodEnum<{
        text: "text";
        title: "title";
        caption: "caption";
        published: "published";
        dateline: "dateline";
    }>>;
    mentions: z.ZodArray<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
        sentence: z.ZodNumber;
        text: z.ZodString;
        rule: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const DeadlineSchema: z.ZodObject<{
    text: z.ZodString;
    due: z.ZodString;
    action: z.ZodNullable<z.ZodString>;
    subject: z.ZodNullable<z.ZodObject<{
        name: z.ZodString;
        actorId: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
    setBy: z.ZodNullable<z.ZodString>;
    mentions: z.ZodArray<z.ZodObject<{
        start: z.ZodNumber;
        end: z.ZodNumber;
        sentence: z.ZodNumber;
        text: z.ZodString;
        rule: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const ArticleSchema: z.ZodObject<{
    title: z.ZodNullable<z.ZodString>;
    published: z.ZodNullable<z.ZodString>;
    modified: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    authors: z.ZodArray<z.ZodString>;
    dateline: z.ZodNullable<z.ZodObject<{
        text: z.ZodString;
    }, z.core.$strip>>;
    section: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    siteName: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    language: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    url: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    canonicalUrl: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    description: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    image: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    text: z.ZodString;
}, z.core.$strip>;
export declare const ResultSchema: z.ZodObject<{
    article: z.ZodObject<{
        title: z.ZodNullable<z.ZodString>;
        published: z.ZodNullable<z.ZodString>;
        modified: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        authors: z.ZodArray<z.ZodString>;
        dateline: z.ZodNullable<z.ZodObject<{
            text: z.ZodString;
        }, z.core.$strip>>;
        section: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        siteName: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        language: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        url: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        canonicalUrl: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        description: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        image: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        text: z.ZodString;
    }, z.core.$strip>;
    actors: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        type: z.ZodEnum<{
            person: "person";
            organization: "organization";
            group: "group";
            country: "country";
        }>;
        aliases: z.ZodArray<z.ZodString>;
        roles: z.ZodArray<z.ZodString>;
        mentions: z.ZodArray<z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
            sentence: z.ZodNumber;
            text: z.ZodString;
            rule: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    places: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        type: z.ZodEnum<{
            country: "country";
            region: "region";
            city: "city";
            neighborhood: "neighborhood";
            landmark: "landmark";
            other: "other";
        }>;
        country: z.ZodNullable<z.ZodString>;
        aliases: z.ZodArray<z.ZodString>;
        timezone: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        coordinates: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            lat: z.ZodNumber;
            lon: z.ZodNumber;
        }, z.core.$strip>>>;
        mentions: z.ZodArray<z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
            sentence: z.ZodNumber;
            text: z.ZodString;
            rule: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    quotes: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        text: z.ZodString;
        kind: z.ZodEnum<{
            direct: "direct";
            partial: "partial";
            indirect: "indirect";
        }>;
        speaker: z.ZodNullable<z.ZodObject<{
            name: z.ZodString;
            actorId: z.ZodNullable<z.ZodString>;
        }, z.core.$strip>>;
        cue: z.ZodNullable<z.ZodString>;
        mentions: z.ZodArray<z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
            sentence: z.ZodNumber;
            text: z.ZodString;
            rule: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    times: z.ZodArray<z.ZodObject<{
        text: z.ZodString;
        value: z.ZodString;
        type: z.ZodOptional<z.ZodEnum<{
            year: "year";
            month: "month";
            date: "date";
            datetime: "datetime";
            other: "other";
            week: "week";
        }>>;
        foundIn: z.ZodOptional<z.ZodEnum<{
            text: "text";
            title: "title";
            caption: "caption";
            published: "published";
            dateline: "dateline";
        }>>;
        mentions: z.ZodArray<z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
            sentence: z.ZodNumber;
            text: z.ZodString;
            rule: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    deadlines: z.ZodArray<z.ZodObject<{
        text: z.ZodString;
        due: z.ZodString;
        action: z.ZodNullable<z.ZodString>;
        subject: z.ZodNullable<z.ZodObject<{
            name: z.ZodString;
            actorId: z.ZodNullable<z.ZodString>;
        }, z.core.$strip>>;
        setBy: z.ZodNullable<z.ZodString>;
        mentions: z.ZodArray<z.ZodObject<{
            start: z.ZodNumber;
            end: z.ZodNumber;
            sentence: z.ZodNumber;
            text: z.ZodString;
            rule: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    meta: z.ZodObject<{
        tool: z.ZodString;
        version: z.ZodString;
        source: z.ZodNullable<z.ZodString>;
        format: z.ZodEnum<{
            html: "html";
            text: "text";
        }>;
        timezone: z.ZodNullable<z.ZodString>;
        utcOffset: z.ZodNullable<z.ZodString>;
        elapsedMs: z.ZodOptional<z.ZodNumber>;
        warnings: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strip>;
}, z.core.$strip>;
export type Mention = z.infer<typeof MentionSchema>;
export type EntityRef = z.infer<typeof EntityRefSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type TimeExpr = z.infer<typeof TimeSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type ArticleOut = z.infer<typeof ArticleSchema>;
export type Result = z.infer<typeof ResultSchema>;
