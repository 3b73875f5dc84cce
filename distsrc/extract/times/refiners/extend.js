import { parseOffset, zoneOffset } from '../calendar.js';
import { SPAN_MODIFIERS, ZONE_ABBREVIATIONS } from '../times.rules.js';
import { endOf, respan } from './util.js';
const TIME_SUFFIX = /^(?:\s*,)?\s+(?:(local\s+time)|(after\s+midnight)|\(?(GMT|UTC)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\)?|\(?([A-Z]{1,5})\)?)(?![\p{L}\p{N}])/u;
const PM_TAIL = /^\.m\.?/i;
export class TimeSuffixRefiner {
    refine(context, results) {
        return results.map((r) => {
            if (!r.start.isCertain('hour'))
                return r;
            let out = r;
            for (let i = 0; i < 3; i++) {
                const rest = context.text.slice(endOf(out), endOf(out) + 40);
                const tail = PM_TAIL.exec(rest);
                if (tail && /\d\s*[ap]$/i.test(out.text)) {
                    out = respan(context, out, out.index, endOf(out) + tail[0].length);
                    continue;
                }
                const m = TIME_SUFFIX.exec(rest);
                if (!m)
                    break;
                let offset = null;
                if (m[3]) {
                    offset = m[4] ? (m[4] === '-' ? -1 : 1) * (Number(m[5]) * 60 + Number(m[6] ?? 0)) : 0;
                }
                else if (m[7]) {
                    const z = ZONE_ABBREVIATIONS[m[7]];
                    if (z === undefined)
                        break;
                    offset = typeof z === 'number' ? z : parseOffset(zoneOffset(z, context.reference.instant));
                }
                out = respan(context, out, out.index, endOf(out) + m[0].length);
                if (offset !== null && !out.start.isCertain('timezoneOffset'))
                    out.start.assign('timezoneOffset', offset);
                if (m[1])
                    out.start.addTag('local-time');
            }
            return out;
        });
    }
}
export class ModifierPrefixRefiner {
    refine(context, results) {
        return results.map((r) => {
            const before = context.text.slice(Math.max(0, r.index - 40), r.index);
            const m = SPAN_MODIFIERS.exec(before);
            if (!m)
                return r;
            const out = respan(context, r, r.index - m[0].length, endOf(r));
            out.start.addTag(`modifier:${m[0].trim().toLowerCase().replace(/\s+/g, ' ')}`);
            return out;
        });
    }
}
const DIRECTION_BEFORE = /\b(last|next|this|this\s+past|this\s+coming|coming|past)\s+$/i;
/** "last April", "next March", "this September": the direction word joins the month's span and points it. */
export class MonthDirectionRefiner {
    refine(context, results) {
        return results.map((r) => {
            const c = r.start;
            if (!c.isCertain('month') || c.isCertain('day') || c.isCertain('year') || c.isCertain('weekday'))
                return r;
            if ([...c.tags()].some((t) => t.startsWith('direction:') || t.startsWith('precision:')))
                return r;
            const m = DIRECTION_BEFORE.exec(context.text.slice(Math.max(0, r.index - 20), r.index));
            if (!m)
                return r;
            const w = m[1].toLowerCase().replace(/\s+/g, ' ');
            const dir = w === 'last' || w === 'past' || w === 'this past' ? 'last' : w === 'this' ? 'this' : 'next';
            const out = respan(context, r, r.index - m[0].length, endOf(r));
            out.start.addTag(`direction:${dir}`);
            return out;
        });
    }
}
//# sourceMappingURL=extend.js.map