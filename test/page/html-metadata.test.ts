import { describe, expect, it } from 'vitest';
import { cleanAuthors, cleanTitle, dateFromUrl, isOrgName, toIso } from '../../src/page/html/metadata.js';
import { readHtml } from '../../src/page/html.js';

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
    [['Bruce Y. Lee'], ['Bruce Y. Lee']],
    [['Ana Ruiz y Pedro Gil'], ['Ana Ruiz', 'Pedro Gil']],
    [['MEG KINNARD AND ERRIN HAINES'], ['Meg Kinnard', 'Errin Haines']],
    [['Analysis by Chris Lane, Editor-at-large'], ['Chris Lane']],
    [['The Associated Press'], []],
    [['Jill Dorn, The Daily Lantern Business'], ['Jill Dorn']],
    [['Elliot Brown The Daily Lantern'], ['Elliot Brown']],
    [['Daily Lantern Bureau'], ['Daily Lantern Bureau']],
    [['By JANE DOE FOR MAILONLINE'], ['Jane Doe']],
    [['By Jane Doe, Political Editor for the Daily Mail'], ['Jane Doe']],
    [['By Chaim Garten@cgarten Nov 19, 2019, 7:53pm EST'], ['Chaim Garten']],
    [['By Jane Doe 3 Min Read'], ['Jane Doe']],
    [['Jane Doe The Daily Lantern Senior Reporter'], ['Jane Doe']],
  ])('%j -> %j', (raw, want) => {
    expect(cleanAuthors(raw, ['The Daily Lantern'])).toEqual(want);
  });
});

describe('cleanAuthors: the site name and a role after the name', () => {
  it('cuts them, keeping the writer', () => {
    expect(cleanAuthors(['Jane Doe Lantern News Reporter'], ['Lantern News'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Jane Doe Lantern News Reporter'], [])).toEqual(['Jane Doe Lantern']);
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

  it('strips "Site: " before the headline printed in the h1', () => {
    expect(cleanTitle('The Daily Lantern: River levels fall', { ...ctx, h1: ['River levels fall'] })).toBe('River levels fall');
    expect(cleanTitle('Flood watch: River levels fall', { ...ctx, h1: ['River levels fall'] })).toBe('Flood watch: River levels fall');
  });

  it('strips a section before the headline printed in the h1', () => {
    expect(cleanTitle('Opinion | Storm hits coast', { ...ctx, h1: ['Storm hits coast'] })).toBe('Storm hits coast');
    expect(cleanTitle('Opinion | Storm hits coast', ctx)).toBe('Opinion | Storm hits coast');
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
    ['Tue Nov 19 2019 03:05:46 GMT+0000', '2019-11-19T03:05:46+00:00'],
    ['Tue Nov 19 2019 03:05:46 GMT-0500 (Eastern Standard Time)', '2019-11-19T03:05:46-05:00'],
    ['Mon, 18 Nov 2019 16:07:38 -0600', '2019-11-18T16:07:38-06:00'],
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
    ['https://a.example/state/statements/2019/nov/18/slug/', '2019-11-18'],
    ['https://a.example/2019/sept/05/slug', '2019-09-05'],
  ])('%s', (url, want) => {
    expect(dateFromUrl(url)).toBe(want);
  });
});

describe('readHtml metadata on news-page patterns', () => {
  const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

  it('a wire story credited to an agency in JSON-LD takes no name from a dateline-like byline', () => {
    const a = readHtml(page(ld({ '@type': 'NewsArticle', headline: 'Talks resume', author: 'Reuters' }), '<div class="byline">Washington</div><h1>Talks resume</h1><p>Text.</p>'), null);
    expect(a.authors).toEqual(['Reuters']);
  });

  it('a JSON-LD Person named like the site gives way to the printed byline', () => {
    const head = '<meta property="og:site_name" content="GadgetDaily">' + ld({ '@type': 'NewsArticle', headline: 'Laptop review', author: { '@type': 'Person', name: 'GadgetDaily' } });
    expect(readHtml(page(head, '<h1>Laptop review</h1><div class="byline">By Ann Poe and Ben Roe</div><p>Text.</p>'), null).authors).toEqual(['Ann Poe', 'Ben Roe']);
    // no other byline: the site is credited as an organisation, not as a writer
    const alone = readHtml(page(head, '<h1>Laptop review</h1><p>Text.</p>'), null);
    expect(alone.authors).toEqual([]);
    expect(alone.bylineOrg).toBe('GadgetDaily');
    // a personal site named after its writer keeps the writer
    const personal = '<meta property="og:site_name" content="Rosa Lind">' + ld({ '@type': 'BlogPosting', headline: 'Laptop review', author: { '@type': 'Person', name: 'Rosa Lind' } });
    expect(readHtml(page(personal, '<h1>Laptop review</h1><p>Text.</p>'), null).authors).toEqual(['Rosa Lind']);
  });

  it('a JSON-LD author with the site name after a comma keeps the person only', () => {
    const head = '<meta property="og:site_name" content="Lakeside.com">' + ld({ '@type': 'NewsArticle', headline: 'Band reunites', author: [{ '@type': 'Person', name: 'Troy L. Smith, Lakeside.com' }] });
    expect(readHtml(page(head, '<h1>Band reunites</h1><p>Text.</p>'), null).authors).toEqual(['Troy L. Smith']);
  });

  it('a published time without an offset takes the offset another source gives for the same clock time', () => {
    const head = '<meta itemprop="datePublished" content="2019-11-19 02:24:00">';
    const a = readHtml(page(head, '<h1>Game recap</h1><time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time><p>Text.</p>'), null);
    expect(a.published).toBe('2019-11-19T02:24:00Z');
    // alone, it stays the site's local time as given
    expect(readHtml(page(head, '<h1>Game recap</h1><p>Text.</p>'), null).published).toBe('2019-11-19T02:24:00');
  });

  it('decodes named entities in JSON-LD names before taking the site part off the title', () => {
    const head = '<meta property="og:site_name" content="Quiet Notes">' + ld({ '@type': 'WebPage', name: 'Only those who love &mdash; Quiet Notes', datePublished: '2015-06-21T05:30:00+00:00' });
    expect(readHtml(page(head, '<p>Text.</p>'), null).title).toBe('Only those who love');
  });

  it('a JSON-LD date alone takes the time another source gives for that day', () => {
    const head = '<meta property="article:published_time" content="2019-11-19T11:21:08+00:00">' + ld({ '@type': 'NewsArticle', headline: 'Coach speaks', datePublished: 'November 19, 2019' });
    expect(readHtml(page(head, '<h1>Coach speaks</h1><p>Text.</p>'), null).published).toBe('2019-11-19T11:21:08+00:00');
    const other = '<meta property="article:published_time" content="2019-11-20T11:21:08+00:00">' + ld({ '@type': 'NewsArticle', headline: 'Coach speaks', datePublished: 'November 19, 2019' });
    expect(readHtml(page(other, '<h1>Coach speaks</h1><p>Text.</p>'), null).published).toBe('2019-11-19');
  });

  it('an Organization credited in JSON-LD gives way to the printed byline, and stays when there is none', () => {
    const head = ld({ '@type': 'ClaimReview', datePublished: '2019-11-18T10:15:00+00:00', author: { '@type': 'Organization', name: 'Fact Desk' } });
    const a = readHtml(page(head, '<h1>Is it true?</h1><div class="author-name">By Dana Evers</div><p>Text.</p>'), null);
    expect(a.authors).toEqual(['Dana Evers']);
    expect(a.published).toBe('2019-11-18T10:15:00+00:00');
    expect(a.bylineOrg).toBeNull();
    const alone = readHtml(page(head, '<h1>Is it true?</h1><p>Text.</p>'), null);
    expect(alone.authors).toEqual([]);
    expect(alone.bylineOrg).toBe('Fact Desk');
  });

  it('skips a bare CreativeWork (paywall parts) for the NewsArticle, and a truncated headline for the full h1', () => {
    const head =
      '<meta property="og:title" content="Hunter falls ill after meal">' +
      ld([{ '@type': 'CreativeWork', hasPart: [] }, { '@type': 'NewsArticle', headline: 'Hunter diagnosed with plague after eating a rabbit making him the third local to', datePublished: '2019-11-18T19:09:22+00:00' }]);
    const a = readHtml(page(head, '<h1>Hunter diagnosed with plague after eating a rabbit making him the third local to contract the disease</h1><p>Text.</p>'), null);
    expect(a.title).toBe('Hunter diagnosed with plague after eating a rabbit making him the third local to contract the disease');
    expect(a.published).toBe('2019-11-18T19:09:22+00:00');
  });

  it('takes the printed byline when the JSON-LD names only its first writer', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'Hearing recap', author: { '@type': 'Person', name: 'Sam Beck' } });
    const byline = (t: string) => readHtml(page(head, `<h1>Hearing recap</h1><p class="content__meta-byline">${t}</p><p>Text.</p>`), null).authors;
    expect(byline('By Sam Beck, Kate Watts, Gina Segal')).toEqual(['Sam Beck', 'Kate Watts', 'Gina Segal']);
    // a byline of other writers (a teaser) does not replace the article's
    expect(byline('By Kate Watts and Gina Segal')).toEqual(['Sam Beck']);
  });

  it('a local published time takes the instant another published source writes in UTC', () => {
    const naive = ld({ '@type': 'NewsArticle', headline: 'Vote count', datePublished: '2019-11-19T10:00:00' });
    const at = (meta: string) => readHtml(page(naive + meta, '<h1>Vote count</h1><p>Text.</p>'), null).published;
    expect(at('<meta property="article:published_time" content="2019-11-19T15:00:00Z">')).toBe('2019-11-19T15:00:00Z');
    // a modified time is no publication time; a time 3 min off is no time-zone shift
    expect(at('<meta property="og:updated_time" content="2019-11-19T15:00:00Z">')).toBe('2019-11-19T10:00:00');
    expect(at('<meta property="article:published_time" content="2019-11-19T15:03:00Z">')).toBe('2019-11-19T10:00:00');
  });

  it('a date alone or a local time takes the zone of the printed date line of that day', () => {
    const dateOnly = ld({ '@type': 'NewsArticle', headline: 'Fight recap', datePublished: '2019-11-18' });
    const at = (head: string, line: string) => readHtml(page(head, `<h1>Fight recap</h1><div class="byline">${line}</div><p>Text.</p>`), null).published;
    expect(at(dateOnly, 'By Bryan Deer Nov 18, 2019 at 9:24 pm ET')).toBe('2019-11-18T21:24:00-05:00');
    const naive = '<meta property="article:published_time" content="2019-11-19T23:34:00">';
    expect(at(naive, 'Tom Davies Published 11:34 PM EST Nov 19, 2019')).toBe('2019-11-19T23:34:00-05:00');
    // an update time is not the publication time; another day is another story
    expect(at(naive, 'Updated 11:34 PM EST Nov 19, 2019')).toBe('2019-11-19T23:34:00');
    expect(at(dateOnly, 'By Bryan Deer Nov 17, 2019 at 9:24 pm ET')).toBe('2019-11-18');
  });

  it('resolves a JSON-LD author given as an @id reference into the @graph', () => {
    const graph = (name: string) =>
      ld({
        '@graph': [
          { '@type': 'Article', headline: 'Garden notes', author: { '@id': 'https://g.example/#/person/1' } },
          { '@type': 'Person', '@id': 'https://g.example/#/person/1', name },
        ],
      });
    expect(readHtml(page(graph('Rosa Lind'), '<h1>Garden notes</h1><p>Text.</p>'), null).authors).toEqual(['Rosa Lind']);
    // a reference to nothing names nobody
    const dangling = ld({ '@type': 'Article', headline: 'Garden notes', author: { '@id': 'https://g.example/#/person/9' } });
    expect(readHtml(page(dangling, '<h1>Garden notes</h1><p>Text.</p>'), null).authors).toEqual([]);
  });

  it('a fact-check does not take the claimant for its writer', () => {
    const head = ld({ '@type': 'ClaimReview', datePublished: '2019-11-18', itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'The Harbour Council' } } });
    const body = (by: string) => `<h1>Did the council close the port?</h1><div class="statement"><h4 class="author">The Harbour Council</h4></div>${by}<p>Text.</p>`;
    expect(readHtml(page(head, body('')), null).authors).toEqual([]);
    expect(readHtml(page(head, body('<div class="byline">By Dana Evers</div>')), null).authors).toEqual(['Dana Evers']);
  });

  it('reads a byline from links to writers\' pages whose slug is the link text', () => {
    const body = (links: string) => `<h1>Border drug seizures</h1><p class="article__meta">By ${links} on Monday</p><p>Text.</p>`;
    const at = (links: string) => readHtml(page('', body(links)), null).authors;
    expect(at('<a href="/state/staff/mara-olsen/">Mara Olsen</a>, <a href="/state/staff/li-wu/">Li Wu</a>')).toEqual(['Mara Olsen', 'Li Wu']);
    // a slug that is not the text, or a path that is no writer's page, is no byline
    expect(at('<a href="/state/staff/editorial-board/">Mara Olsen</a>')).toEqual([]);
    expect(at('<a href="/topics/mara-olsen/">Mara Olsen</a>')).toEqual([]);
    // a byline element comes first: slug links in a sidebar do not replace it
    const both = readHtml(page('', '<h1>Border drug seizures</h1><div class="byline">By Ann Poe</div><p>Text.</p><ul><li><a href="/author/max-ruiz">Max Ruiz</a></li></ul>'), null);
    expect(both.authors).toEqual(['Ann Poe']);
  });

  it('a JSON-LD datePublished later than its dateModified gives way to the modification time', () => {
    const at = (pub: string, mod: string) => readHtml(page(ld({ '@type': 'NewsArticle', headline: 'Crash report', datePublished: pub, dateModified: mod }), '<h1>Crash report</h1><p>Text.</p>'), null).published;
    expect(at('20 Nov 2019 08:02 GMT', '20 Nov 2019 08:00 GMT')).toBe('2019-11-20T08:00:00+00:00');
    expect(at('2019-11-20T08:00:00Z', '2019-11-20T09:30:00Z')).toBe('2019-11-20T08:00:00Z');
    // or the earlier publication time another block gives
    const two = ld([{ '@type': 'NewsArticle', headline: 'Moon vapour', datePublished: '2019-11-19T02:46:42Z', dateModified: '2019-11-19T01:48:03Z' }, { '@type': 'WebPage', datePublished: '2019-11-19T00:26:12Z' }]);
    expect(readHtml(page(two, '<h1>Moon vapour</h1><p>Text.</p>'), null).published).toBe('2019-11-19T00:26:12Z');
    const one = ld({ '@type': 'NewsArticle', headline: 'Moon vapour', datePublished: '2019-11-19T02:46:42Z', dateModified: '2019-11-19T01:48:03Z' });
    const printed = '<h1>Moon vapour</h1><div class="byline">By Lee Ames | <span class="timestamp">November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM</span></div><p>Text.</p>';
    expect(readHtml(page(one, printed), null).published).toBe('2019-11-18T14:26:00-10:00');
  });

  it('a canonical URL on another host (a syndicated copy) does not veto the page\'s own <time>', () => {
    const at = (canonical: string) =>
      readHtml(page(`<link rel="canonical" href="${canonical}">`, '<h1>Duvet mystery</h1><time datetime="2019-11-19T11:45:59.000Z">1 day ago</time><p>Text.</p>'), 'https://portal.example/health/ar-XYZ').published;
    expect(at('https://origin.example/2019/11/18/health/duvet/index.html')).toBe('2019-11-19T11:45:59Z');
    // the same site's canonical URL still dates the page, and a <time> of another day is a teaser's
    expect(at('https://portal.example/2019/11/18/health/duvet/index.html')).toBe('2019-11-18');
  });

  it('prints the h1 headline when og:title / JSON-LD carry another wording of it', () => {
    const head = (t: string) => `<meta property="og:title" content="${t}">` + ld({ '@type': 'NewsArticle', headline: t });
    const title = (t: string, body: string) => readHtml(page(head(t), body + '<p>Text.</p>'), null).title;
    expect(title('HS Roundup: Eagles beat Hawks to stay unbeaten', '<h1 class="title">High School Roundup: Eagles beat Hawks to stay unbeaten</h1>')).toBe(
      'High School Roundup: Eagles beat Hawks to stay unbeaten',
    );
    const hs = readHtml(page(head('HS Roundup: Eagles beat Hawks to stay unbeaten'), '<h1>High School Roundup: Eagles beat Hawks to stay unbeaten</h1><p>Text.</p>'), null);
    expect(hs.metaTitle).toBe('HS Roundup: Eagles beat Hawks to stay unbeaten');
    expect(readHtml(page(head('Eagles beat Hawks'), '<h1>Eagles beat Hawks</h1><p>Text.</p>'), null).metaTitle).toBeNull();
    // a promotional h1 before the headline does not hide it
    expect(title('HS Roundup: Eagles beat Hawks to stay unbeaten', '<h1>Sign up for our daily newsletter</h1><h1>High School Roundup: Eagles beat Hawks to stay unbeaten</h1>')).toBe(
      'High School Roundup: Eagles beat Hawks to stay unbeaten',
    );
    // few shared words, but the page marks the h1 as the headline
    expect(title('The return of a forgotten novelist', '<h1 itemprop="headline">Where did Ann Vale go?</h1>')).toBe('Where did Ann Vale go?');
    // an unrelated h1: a section name, the site, a teaser linking elsewhere
    expect(title('The return of a forgotten novelist', '<h1>Books and culture today</h1>')).toBe('The return of a forgotten novelist');
    expect(title('The return of a forgotten novelist', '<h1 itemprop="headline"><a href="https://other.example/story">Go fight for the reindeer</a></h1>')).toBe(
      'The return of a forgotten novelist',
    );
    expect(title('The return of a forgotten novelist', '<aside class="related"><h1 itemprop="headline">The novelist nobody reads</h1></aside>')).toBe(
      'The return of a forgotten novelist',
    );
  });

  it('reads itemprop="author creator" bylines and skips the authors and dates of comments', () => {
    const body =
      '<h1>Model speaks about ageing</h1><p class="article-info"><span itemprop="author creator">Текст: Лида Орлова</span></p><p>Text.</p>' +
      '<div class="comment-item__container"><span itemprop="author">Гость</span><span itemprop="datePublished" content="2018-11-05T19:17:10+03:00">16:17</span></div>';
    const a = readHtml(page('', body), null);
    expect(a.authors).toEqual(['Лида Орлова']);
    expect(a.published).toBeNull();
    const onlyComment = readHtml(page('', '<h1>Model speaks about ageing</h1><p>Text.</p><div class="comments"><span itemprop="author">Guest Reader</span></div>'), null);
    expect(onlyComment.authors).toEqual([]);
  });

  it('an h1 naming the site in a headline is still the headline; an h1 that is the site name is not', () => {
    const head = '<meta property="og:site_name" content="Lantern.ru"><meta property="og:title" content="Popular food blogs on Instagram by Lantern.ru: the list">';
    expect(readHtml(page(head, '<h1>Masters of taste: 23 food bloggers by Lantern.ru</h1><p>Text.</p>'), 'https://lantern.ru/a/1').title).toBe('Masters of taste: 23 food bloggers by Lantern.ru');
    expect(readHtml(page(head, '<h1>Lantern.ru newspaper Lantern.ru</h1><p>Text.</p>'), 'https://lantern.ru/a/1').title).toBe('Popular food blogs on Instagram by Lantern.ru: the list');
  });

  it('puts an organisation byline in bylineOrg, and in authors only when it is another outlet', () => {
    const byline = (head: string, body: string) => {
      const a = readHtml(page(head, `<h1>Storm closes port</h1>${body}<p>Text.</p>`), 'https://lantern.example/2019/11/20/storm');
      return [a.authors, a.bylineOrg];
    };
    expect(byline(ld({ '@type': 'NewsArticle', headline: 'Storm closes port', author: 'Reuters' }), '')).toEqual([['Reuters'], 'Reuters']);
    expect(byline(ld({ '@type': 'NewsArticle', headline: 'Storm closes port', author: { '@type': 'Organization', name: 'Lantern News' } }), '')).toEqual([[], 'Lantern News']);
    // a writer typed as an Organization is still a writer
    expect(byline(ld({ '@type': 'NewsArticle', headline: 'Storm closes port', author: { '@type': 'Organization', name: 'Rosa Lind' } }), '')).toEqual([['Rosa Lind'], null]);
    expect(byline('<meta name="author" content="News Nation Bureau">', '')).toEqual([[], 'News Nation Bureau']);
    // an agency credited alone is the author too; the site itself and its staff or desk are not
    expect(byline('', '<div class="byline">By The Associated Press</div>')).toEqual([['The Associated Press'], 'The Associated Press']);
    expect(byline('', '<div class="byline">By Lantern Staff</div>')).toEqual([[], 'Lantern Staff']);
    expect(byline('', '<div class="byline">Editorial</div>')[0]).toEqual([]);
    // a person named anywhere wins, and then no organisation is reported
    // a staff credit in the page's metadata stands: names on teaser cards are not the article's writers
    expect(byline('<meta name="author" content="Newsroom Staff">', '<div class="card"><div class="byline">By Ann Poe</div></div>')).toEqual([[], 'Newsroom Staff']);
    // a JSON-LD Organization gives way to a printed byline
    expect(byline(ld({ '@type': 'NewsArticle', headline: 'Storm closes port', author: { '@type': 'Organization', name: 'Lantern News' } }), '<div class="byline">By Ann Poe</div>')).toEqual([['Ann Poe'], null]);
    expect(byline(ld({ '@type': 'NewsArticle', headline: 'Storm closes port', author: ['Ann Poe', 'Reuters'] }), '')).toEqual([['Ann Poe'], null]);
    // a handle or no credit at all is no organisation
    expect(byline('', '')).toEqual([[], null]);
  });

  it.each([
    ['Reuters', true],
    ['CBS News', true],
    ['News Nation Bureau', true],
    ['The Water Coolest', true],
    ['POLYGRAPH.info', true],
    ['RT', true],
    ['Our Foreign Staff', true],
    ['Lantern', true],
    ['Ann Poe', false],
    ['Bruce Y. Lee', false],
    ['Newsom Carter', false],
  ])('isOrgName(%j) is %j', (name, want) => {
    expect(isOrgName(name, ['The Daily Lantern', 'lantern.example'])).toBe(want);
  });

  it('a person-like name that only begins the site name stays a person; the site name itself does not', () => {
    expect(isOrgName('Rosa Lind', ['Rosa Lind Cooks'])).toBe(false);
    expect(isOrgName('Rosa Lind', ['Rosa Lind'])).toBe(true);
    expect(isOrgName('Rosa Lind', ['Rosa Lind'], true)).toBe(false);
    expect(isOrgName('Beachbody', ['The Beachbody Blog'])).toBe(true);
  });

  it('reads the article fields of a JSON-LD block that does not parse', () => {
    const broken = (author: string) =>
      `<script type="application/ld+json">{ "@type": "NewsArticle", "headline": "Water on a moon", "description": "a "quoted" word", "datePublished": "2018-04-18T14:39:09+02:00", ${author}, "publisher": { "@type": "Organization", "name": "Lantern Magazine" } }</script>`;
    const a = readHtml(page(broken('"author": "Fede Lusi"'), '<h1>Water on a moon</h1><p>Text.</p>'), null);
    expect([a.title, a.published, a.authors]).toEqual(['Water on a moon', '2018-04-18T14:39:09+02:00', ['Fede Lusi']]);
    const people = readHtml(page(broken('"author": [ { "@type": "Person", "name": "Ann Poe" } ]'), '<h1>Water on a moon</h1><p>Text.</p>'), null);
    expect(people.authors).toEqual(['Ann Poe']);
    // a broken block naming no article says nothing
    const other = readHtml(page('<script type="application/ld+json">{ "@type": "Organization", "name": "Lantern", }}</script>', '<h1>Water on a moon</h1><p>Text.</p>'), null);
    expect(other.authors).toEqual([]);
  });
});

