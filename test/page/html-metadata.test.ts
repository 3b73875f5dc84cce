import { describe, expect, it } from 'vitest';
import { cleanAuthors, cleanTitle, dateFromUrl, toIso } from '../../src/page/html/metadata.js';

describe('cleanAuthors', () => {
  it.each([
    [['By Jane Doe'], ['Jane Doe']],
    [['By Jane Doe and John Roe'], ['Jane Doe', 'John Roe']],
    [['Jane Doe, John Roe & Ann Poe'], ['Jane Doe', 'John Roe', 'Ann Poe']],
    [['BY JOHN SMITH | Updated March 3, 2020 at 5:00 pm'], ['John Smith']],
    [['Jane Doe, Staff Writer'], ['Jane Doe']],
    [['Jane Doe', 'jane doe'], ['Jane Doe']],
    [['Par Sébastien Farcis'], ['Sébastien Farcis']],
    [['The Daily Lantern'], []],
    [['https://www.facebook.com/somepage'], []],
    [['https://news.example/authors/jane-doe'], ['Jane Doe']],
    [['March 25, 2015'], []],
    [['Tom Davies Associated Press'], ['Tom Davies']],
    [['Ben Doe Games Editor'], ['Ben Doe']],
    [['Joe Wee Monday, 4 April 2016'], ['Joe Wee']],
  ])('%j -> %j', (raw, want) => {
    expect(cleanAuthors(raw, ['The Daily Lantern'])).toEqual(want);
  });
});

describe('cleanTitle', () => {
  const ctx = { siteName: 'The Daily Lantern', url: 'https://lantern.example/a', h1: [] as string[], titleTag: null };
  it.each([
    ['River levels fall in Northbridge | The Daily Lantern', 'River levels fall in Northbridge'],
    ['River levels fall in Northbridge - The Daily Lantern', 'River levels fall in Northbridge'],
    ['The Daily Lantern: River levels fall in Northbridge', 'The Daily Lantern: River levels fall in Northbridge'],
    ['Lantern | River levels fall in Northbridge', 'River levels fall in Northbridge'],
    ['Ceasefire takes hold in Aleppo - US pushes to extend the truce', 'Ceasefire takes hold in Aleppo - US pushes to extend the truce'],
    ['Hong Kong chaos: China deploys troops', 'Hong Kong chaos: China deploys troops'],
  ])('%s', (raw, want) => {
    expect(cleanTitle(raw, ctx)).toBe(want);
  });

  it('strips a part that repeats the page h1 as the headline', () => {
    expect(cleanTitle('Storm hits coast - Weather - Sitename', { ...ctx, h1: ['Storm hits coast'] })).toBe('Storm hits coast');
  });
});

describe('toIso', () => {
  it.each([
    ['2019-11-19T10:48:00+00:00', '2019-11-19T10:48:00+00:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['2015-03-27T13:07:55.096Z', '2015-03-27T13:07:55Z'],
    ['2024-06-25', '2024-06-25'],
    ['20191119', '2019-11-19'],
    ['Tue, 19 Nov 2019 08:30:00 GMT', '2019-11-19T08:30:00Z'],
    ['November 19, 2019', '2019-11-19'],
    ['not a date', null],
    ['', null],
  ])('%s', (raw, want) => {
    expect(toIso(raw)).toBe(want);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://a.example/news/2019/11/19/story-slug', '2019-11-19'],
    ['https://a.example/2019-11-19/story', '2019-11-19'],
    ['https://a.example/story-20191119.html', '2019-11-19'],
    ['https://a.example/2019/11/story', null],
    ['https://a.example/article/12345678901', null],
    ['https://a.example/2019/13/45/x', null],
  ])('%s', (url, want) => {
    expect(dateFromUrl(url)).toBe(want);
  });
});
