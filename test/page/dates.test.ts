import { describe, expect, it } from 'vitest';
import { parsePrintedDate } from '../../src/page/dates.js';
import { readHtml } from '../../src/page/html.js';

describe('parsePrintedDate', () => {
  it.each([
    ['Jan. 09, 2026 • 2 min read', null, '2026-01-09'],
    ['Published 3 March 2024, 14:05 GMT', null, '2024-03-03T14:05:00+00:00'],
    // in the page's language first: day-first numeric dates, month names of that language
    ['publiziert am 30. Juli 2018', 'de', '2018-07-30'],
    ['05/10/2018 - Publicado por: Ana Lima', 'pt-BR', '2018-10-05'],
    ['Publié le 12 mars 2019', 'fr', '2019-03-12'],
    ['5 de octubre de 2018', 'es', '2018-10-05'],
    // an English line on a page in another language is still read
    ['March 3, 2024', 'de', '2024-03-03'],
    // the same numeric date on an English page is month-first
    ['05/10/2018', 'en', '2018-05-10'],
    // a language chrono does not know falls back to English
    ['March 3, 2024', 'ko', '2024-03-03'],
  ])('%s (%s) -> %s', (line, lang, iso) => {
    expect(parsePrintedDate(line, lang)?.iso).toBe(iso);
  });

  it('reads nothing without a year, day and month', () => {
    expect(parsePrintedDate('am Montag', 'de')).toBeNull();
    expect(parsePrintedDate('Juli 2018', 'de')).toBeNull();
  });
});

describe('printed date lines on pages in other languages', () => {
  it('reads a German date line in a date-named element', () => {
    const html = '<html lang="de"><head><title>Messe</title></head><body><article><h1>Messe</h1><div class="date">Veröffentlicht am 30. Juli 2018</div><p>Wir stellen auf der Messe aus und freuen uns auf Ihren Besuch in Halle 7.</p></article></body></html>';
    expect(readHtml(html, null).published).toBe('2018-07-30');
  });
});
