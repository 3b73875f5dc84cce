/**
 * The gazetteer: countries, first-level and named regions, and GeoNames cities
 * with their country, position and IANA zone, read from the prebuilt
 * `data/gazetteer.tsv` (see scripts/build-gazetteer.mjs) on first use, once
 * per process (worker threads each load their own copy, once).
 *
 * Two tiers: the main file holds what may be found on a bare name; the small
 * file (every other GeoNames city of 1000+ people) is read only when the text
 * itself says a name is a place (`lookupSmall`).
 */
import { readFileSync } from 'node:fs';
const KIND = { C: 'country', R: 'region', P: 'city', N: 'neighborhood' };
/** Folded form for lookups: no accents, apostrophes, dots or commas; hyphens as spaces; lower case. */
export function placeKey(s) {
    return s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[\u2018\u2019\u02bb\u02bc\u02bf\u02be'`.,]/g, '')
        .replace(/[-\u2010-\u2013]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
/** An Arabic article before a name ("Ar Raqqah", "al-Hasakah"). */
const ARTICLE = /^(?:al|ar|as|ad|an|at|az|ash|adh|ath|el) (?=\S{3})/;
const ASCII_NAME = /^[A-Za-z ]+$/;
/** placeKey, with a fast path for plain ASCII names (most of the data). */
function quickKey(s) {
    return ASCII_NAME.test(s) ? s.toLowerCase() : placeKey(s);
}
export class Gazetteer {
    smallLoader;
    main;
    smallTier = null;
    countries = new Map();
    countryZone = new Map();
    size;
    constructor(text, smallLoader) {
        this.smallLoader = smallLoader;
        this.main = this.load(text, false);
        this.size = this.main.lines.length;
        for (let i = 0; i < this.main.lines.length; i++) {
            if (text.charCodeAt(this.main.lines[i]) !== 67 /* C */)
                break; // countries come first
            const e = this.entry(this.main, i);
            if (e.country)
                this.countries.set(e.country, e);
        }
    }
    /**
     * Index a tier without parsing its rows: only names and aliases are read
     * now, a row becomes an entry when a lookup returns it.
     */
    load(text, small) {
        const tier = { text, lines: [], index: new Map(), entries: [], zones: [], small };
        const add = (key, id) => {
            const list = tier.index.get(key);
            if (list) {
                if (list[list.length - 1] !== id)
                    list.push(id);
            }
            else
                tier.index.set(key, [id]);
        };
        const addName = (name, id) => {
            const k = quickKey(name);
            add(k, id);
            if (k.length > 6 && (k.charCodeAt(0) === 97 /* a */ || k.charCodeAt(0) === 101) /* e */) {
                const noArticle = k.replace(ARTICLE, '');
                if (noArticle !== k)
                    add(noArticle, id);
            }
            if (k.startsWith('saint '))
                add(`st ${k.slice(6)}`, id);
        };
        let pos = 0;
        const n = text.length;
        while (pos < n) {
            let end = text.indexOf('\n', pos);
            if (end < 0)
                end = n;
            if (end === pos) {
                pos = end + 1;
                continue;
            }
            if (text.charCodeAt(pos) === 35 /* # */) {
                const line = text.slice(pos, end);
                if (line.startsWith('#zones\t'))
                    tier.zones = line.split('\t').slice(1);
                else if (line.startsWith('#countryzones\t'))
                    for (const cz of line.split('\t').slice(1)) {
                        const [cc, z] = cz.split(':');
                        if (cc && z && !this.countryZone.has(cc))
                            this.countryZone.set(cc, tier.zones[Number(z)]);
                    }
                pos = end + 1;
                continue;
            }
            const id = tier.lines.length;
            tier.lines.push(pos);
            const t1 = text.indexOf('\t', pos);
            const t2 = text.indexOf('\t', t1 + 1);
            addName(text.slice(t1 + 1, t2), id);
            // aliases: the tenth column
            let p = t2;
            for (let i = 2; i < 9; i++)
                p = text.indexOf('\t', p + 1);
            let t10 = text.indexOf('\t', p + 1);
            if (t10 < 0 || t10 > end)
                t10 = end;
            if (t10 > p + 1)
                for (const a of text.slice(p + 1, t10).split('|'))
                    addName(a, id);
            pos = end + 1;
        }
        return tier;
    }
    entry(tier, id) {
        const cached = tier.entries[id];
        if (cached)
            return cached;
        const start = tier.lines[id];
        let end = tier.text.indexOf('\n', start);
        if (end < 0)
            end = tier.text.length;
        const f = tier.text.slice(start, end).split('\t');
        const country = f[2] || null;
        const zone = f[8] ? (tier.zones[Number(f[8])] ?? null) : country ? (this.countryZone.get(country) ?? null) : null;
        const e = {
            id: tier.small ? -1 - id : id,
            kind: KIND[f[0]] ?? 'city',
            name: f[1],
            country,
            admin: f[3] ?? '',
            feature: f[4] || 'PPL',
            population: Number(f[5]) || 0,
            lat: f[6] ? Number(f[6]) : null,
            lon: f[7] ? Number(f[7]) : null,
            timezone: zone,
            aliases: f[9] ? f[9].split('|') : [],
            commonWord: f[10] === 'w',
            personName: f[10] === 'p',
            small: tier.small,
        };
        tier.entries[id] = e;
        return e;
    }
    find(tier, surface) {
        const k = placeKey(surface);
        if (k.length < 2)
            return [];
        let r = tier.index.get(k);
        if (!r)
            r = tier.index.get(k.replace(ARTICLE, ''));
        // transliterations that differ in a final h ("Raqqa" / "Raqqah")
        if (!r && /[a-z]{3}a$/.test(k))
            r = tier.index.get(`${k}h`);
        if (!r && /[a-z]{3}ah$/.test(k))
            r = tier.index.get(k.slice(0, -1));
        return r ? r.map((id) => this.entry(tier, id)) : [];
    }
    /** Entries of the main tier named (or also called) `surface`. */
    lookup(surface) {
        return this.find(this.main, surface);
    }
    /** Entries of the small tier (loaded on first call). */
    lookupSmall(surface) {
        this.smallTier ??= this.load(this.smallLoader(), true);
        return this.find(this.smallTier, surface);
    }
    get smallLoaded() {
        return this.smallTier !== null;
    }
    country(code) {
        return this.countries.get(code) ?? null;
    }
    /** The zone of a country: its capital's. */
    zoneOfCountry(code) {
        return this.countryZone.get(code) ?? null;
    }
}
let shared = null;
const dataFile = (name) => new URL(`../../data/${name}`, import.meta.url);
/** The shipped gazetteer, loaded on first use. */
export function gazetteer() {
    shared ??= new Gazetteer(readFileSync(dataFile('gazetteer.tsv'), 'utf8'), () => readFileSync(dataFile('gazetteer-small.tsv'), 'utf8'));
    return shared;
}
//# sourceMappingURL=gazetteer.js.map