import { placeKey } from './gazetteer.js';
/** Weight of a body mention by the place's type. */
const MENTION_WEIGHT = { city: 1, region: 1, neighborhood: 1, landmark: 0.5 };
/** What a dateline place adds: it says where the reporter is. */
const DATELINE_WEIGHT = 1.5;
export function storyTimezone(places, dateline) {
    const datelineKeys = new Set((dateline?.text ?? '')
        .replace(/\([^)]*\)/g, '')
        .split(',')
        .map((p) => placeKey(p))
        .filter((k) => k.length > 1));
    const isDateline = (p) => [p.name, ...p.aliases].some((n) => datelineKeys.has(placeKey(n)));
    const byZone = new Map();
    let datelineZone = null;
    for (const p of places) {
        if (!p.timezone)
            continue;
        const onDateline = isDateline(p);
        if (onDateline && !datelineZone && p.type !== 'country')
            datelineZone = p.timezone;
        const w = MENTION_WEIGHT[p.type];
        if (w === undefined)
            continue;
        const weight = p.mentions.length * w + (onDateline ? DATELINE_WEIGHT : 0);
        if (weight === 0)
            continue;
        const first = p.mentions[0]?.start ?? -1;
        const z = byZone.get(p.timezone);
        if (z) {
            z.weight += weight;
            z.first = Math.min(z.first, first);
        }
        else
            byZone.set(p.timezone, { weight, first });
    }
    let best = null;
    let bestW = 0;
    let bestFirst = Infinity;
    for (const [zone, { weight, first }] of byZone) {
        if (weight > bestW || (weight === bestW && first < bestFirst)) {
            best = zone;
            bestW = weight;
            bestFirst = first;
        }
    }
    if (best)
        return best;
    if (datelineZone)
        return datelineZone;
    let country = null;
    for (const p of places) {
        if (p.type !== 'country' || !p.timezone)
            continue;
        if (!country || p.mentions.length > country.mentions.length)
            country = p;
    }
    return country?.timezone ?? null;
}
const offsetFormats = new Map();
/**
 * "+03:00": the UTC offset of an IANA zone at an instant, from Intl's zone
 * data (one formatter per zone, reused: building one costs more than a parse).
 */
export function utcOffset(timezone, at) {
    let f = offsetFormats.get(timezone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' });
        offsetFormats.set(timezone, f);
    }
    const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
    return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}
//# sourceMappingURL=zone.js.map