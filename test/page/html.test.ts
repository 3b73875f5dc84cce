import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/page/html.js';
import { readPage } from '../../src/page/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');

describe('readHtml: a news page with furniture', () => {
  const url = 'https://lantern.example/news/2024/03/02/river-levels-fall';
  const a = readHtml(fixture('news-full.html'), url);
  const body = a.paragraphs.join('\n');

  it('starts with the lead (dateline removed) and ends with the last body paragraph', () => {
    expect(a.paragraphs[0]).toMatch(/^River levels in Northbridge began to fall/);
    expect(a.paragraphs.at(-1)).toMatch(/barrier is due to reopen on Tuesday\.$/);
  });

  it('keeps subheadings, list items and short paragraphs as their own paragraphs', () => {
    expect(a.paragraphs).toContain('Homes spared');
    expect(a.paragraphs).toContain('The quay road reopened at noon.');
    expect(a.paragraphs).toContain('Two schools will stay closed on Monday.');
    expect(a.paragraphs).toContain('Short one.');
  });

  it.each([
    ['navigation', 'Weather'],
    ['cookie banner', 'We use cookies'],
    ['share bar', 'Share on Facebook'],
    ['newsletter box', 'Sign up for our newsletter'],
    ['related links', 'Storm warnings issued'],
    ['comments', 'Great news for the town'],
    ['sidebar', 'Mayor opens new library'],
    ['footer', 'All rights reserved'],
    ['tags', 'Floods'],
    ['byline', 'By Maria Okafor'],
    ['headline', 'River levels fall as flood defences hold'],
  ])('drops the %s', (_what, text) => {
    expect(body).not.toContain(text);
  });

  it('keeps the caption apart from the body', () => {
    expect(body).not.toContain('Volunteers stack sandbags');
    expect(a.captions).toContain('Volunteers stack sandbags on the quay on Friday evening.');
  });

  it('keeps a paragraph printed twice (pull quote) once', () => {
    expect(body.split('It did exactly what it was built to do').length - 1).toBe(1);
  });

  it('reads the metadata from JSON-LD @graph and meta tags', () => {
    expect(a.title).toBe('River levels fall as flood defences hold in Northbridge');
    expect(a.authors).toEqual(['Maria Okafor', 'Tom Lindqvist']);
    expect(a.published).toBe('2024-03-02T09:15:00+00:00');
    expect(a.modified).toBe('2024-03-02T11:40:00+00:00');
    expect(a.dateline).toEqual({ text: 'NORTHBRIDGE, England' });
    expect(a.siteName).toBe('The Daily Lantern');
    expect(a.section).toBe('Environment');
    expect(a.language).toBe('en-GB');
    expect(a.canonicalUrl).toBe(url);
    expect(a.image).toBe('https://lantern.example/images/river.jpg');
    expect(a.description).toMatch(/^Engineers said/);
    expect(a.format).toBe('html');
  });

  it('is what readPage picks for HTML content', () => {
    expect(readPage(fixture('news-full.html')).format).toBe('html');
  });
});

describe('readHtml: a page with OpenGraph only', () => {
  const a = readHtml(fixture('og-only.html'), null);

  it('reads title without the site suffix, date with its offset, cleaned author, locale', () => {
    expect(a.title).toBe('Council approves new cycle lanes');
    expect(a.published).toBe('2023-06-14T18:05:00-04:00');
    expect(a.modified).toBe('2023-06-15T08:00:00-04:00');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.siteName).toBe('Harbour Gazette');
    expect(a.section).toBe('Local');
    expect(a.language).toBe('en-US');
    expect(a.canonicalUrl).toBe('https://gazette.example/local/cycle-lanes');
    expect(a.dateline).toBeNull();
  });

  it('keeps the body and drops the menu, the "Read more" link line and the footer', () => {
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]).toMatch(/^The city council voted 7-2/);
    const body = a.paragraphs.join(' ');
    expect(body).not.toContain('Read more');
    expect(body).not.toContain('Advertise');
    expect(body).not.toContain('Home');
  });
});

describe('readHtml: a page with the date only in its URL', () => {
  const a = readHtml(fixture('url-date.html'), 'https://quai.example/2019/11/19/marche-de-noel');

  it('takes the date from the URL path and detects the language from the body', () => {
    expect(a.published).toBe('2019-11-19');
    expect(a.language).toBe('fr');
    expect(a.title).toBe('Le marché de Noël ouvre ses portes');
    expect(a.authors).toEqual([]);
    expect(a.paragraphs).toHaveLength(3);
  });

  it('has no date without the URL', () => {
    expect(readHtml(fixture('url-date.html'), null).published).toBeNull();
  });
});

describe('readHtml: small cases', () => {
  it('reads a body made of text and <br> inside one div', () => {
    const html = `<html><body><div class="nav"><a href="/">Home</a></div><div class="col">
      First paragraph of the story, long enough to count as text for the scorer, with a comma, and more words here.<br><br>
      Second paragraph of the story goes on about what happened next, with another comma, and a few more words.<br><br>
      Third paragraph closes it.</div></body></html>`;
    const a = readHtml(html, null);
    expect(a.paragraphs).toEqual([
      'First paragraph of the story, long enough to count as text for the scorer, with a comma, and more words here.',
      'Second paragraph of the story goes on about what happened next, with another comma, and a few more words.',
      'Third paragraph closes it.',
    ]);
  });

  it('drops a "You may also like" box and what follows it in the content', () => {
    const p = 'The minister said the plan would be published next week, after talks with the unions, the employers and the regions. '.repeat(2);
    const html = `<html><body><article><p>${p}</p><p>Union leaders said they would study the text before deciding whether to call off the strike planned for the end of the month.</p><h3>You may also like</h3><p>Another story about something else entirely, with commas, and words.</p></article></body></html>`;
    const a = readHtml(html, null);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs.join(' ')).not.toContain('Another story');
  });

  it('reads mixed-case datelines and leaves ordinary first sentences alone', () => {
    const p = (first: string) => `<html><body><article><p>${first} thousands of people marched on Tuesday, the organisers said, in the largest protest this year.</p><p>Second paragraph of the story with enough words in it to be text.</p></article></body></html>`;
    expect(readHtml(p('Indianapolis – Several'), null).dateline).toEqual({ text: 'Indianapolis' });
    expect(readHtml(p('WASHINGTON (Reuters) - Several'), null).dateline).toEqual({ text: 'WASHINGTON' });
    expect(readHtml(p('Donald Trump — the president —'), null).dateline).toBeNull();
    const plain = readHtml(p('Several'), null);
    expect(plain.dateline).toBeNull();
    expect(plain.paragraphs[0]).toMatch(/^Several thousands/);
  });

  it('keeps ordinary sentences that start like furniture or bylines', () => {
    const lines = [
      'By the end of the day, officials said 40 people had died.',
      'Video footage showed the suspect fleeing.',
      'Next week, the council will vote on the plan.',
      'Published reports in 2019 showed growth.',
    ];
    const long = 'The storm moved north overnight, forecasters said, and was expected to weaken over land by the evening.';
    const html = `<html><body><article>${lines.map((l) => `<p>${l}</p>`).join('')}<p>${long}</p></article></body></html>`;
    expect(readHtml(html, null).paragraphs).toEqual([...lines, long]);
  });

  it('takes the byline from the article, not from the comments', () => {
    const s = 'The committee will vote on the bill on Thursday, its chairman said, after two days of hearings. ';
    const html = `<html><body><article><p>${s}${s}</p><p>On Friday, ${s}</p></article>
      <section class="comments"><div class="comment"><span class="comment-author">Pat Reader</span><p>Nice.</p></div></section></body></html>`;
    expect(readHtml(html, null).authors).toEqual([]);
    const withByline = html.replace('<article>', '<article><div class="byline">By Ann Smith</div>');
    expect(readHtml(withByline, null).authors).toEqual(["Ann Smith"]);
  });

  it.each([
    'Advertisement',
    'Tempo de leitura: 2 minutos',
    'Sharing is caring!',
    'Comments (+)',
    'Like this story? Share it with a friend!',
    'We may earn a commission if you buy something through links in this article.',
    'Subscribe to our print edition today. Click here for more information.',
    'Read more: Council approves budget',
    'Sign up for our daily newsletter and get the news delivered to your inbox.',
  ])('drops the furniture line %j inside the body', (line) => {
    const s = 'The committee will vote on the bill on Thursday, its chairman said, after two days of hearings. ';
    const html = `<html><body><article><p>${s}${s}</p><p>${line}</p><p>On Friday, ${s}</p></article></body></html>`;
    expect(readHtml(html, null).paragraphs).toHaveLength(2);
  });

  it.each([
    'Jane Roe contributed reporting from Hong Kong.',
    'Reach the reporters on Twitter at @janeroe and @tompoe.',
    "Follow the paper's full coverage of the election at https://news.example/election",
    'Note: we are moderating all comments to deal with spam.',
  ])('drops the closing line %j', (line) => {
    const s = 'The committee will vote on the bill on Thursday, its chairman said, after two days of hearings. ';
    const html = `<html><body><article><p>${s}${s}</p><p>On Friday, ${s}</p><p>${line}</p></article></body></html>`;
    expect(readHtml(html, null).paragraphs).toHaveLength(2);
  });

  it('drops closing contributor credits', () => {
    const s = 'The committee will vote on the bill on Thursday, its chairman said, after two days of hearings. ';
    const html = `<html><body><article><p>${s}${s}</p><p>On Friday, ${s}</p><p>Jane Roe and Tom Poe contributed to this report.</p></article></body></html>`;
    const a = readHtml(html, null);
    expect(a.paragraphs).toHaveLength(2);
  });

  it('skips placeholder dates and falls back to the next source', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline here","datePublished":"0001-01-01T00:00:00Z"}</script>
      <meta property="og:url" content="https://x.example/story/2021/05/04/a-headline"></head><body><p>Text.</p></body></html>`;
    expect(readHtml(html, null).published).toBe('2021-05-04');
  });

  it('stays fast on hostile input: deep nesting and a huge text node', () => {
    const deep = '<div>'.repeat(20_000) + 'deep text' + '</div>'.repeat(20_000);
    const huge = `<html><body><p>${'word, '.repeat(300_000)}</p>${deep}</body></html>`;
    const t0 = performance.now();
    const a = readHtml(huge, null);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(a.paragraphs.length).toBeGreaterThan(0);
  });

  it('stays fast on hostile metadata: long runs of spaces and separators', () => {
    const sp = ' '.repeat(200_000);
    const html = `<html><head><meta name="author" content="By${sp}x"><meta property="article:published_time" content="2020-01-01${sp}x">
      <title>A${' | a'.repeat(50_000)}</title><script type="application/ld+json">{"@type":"NewsArticle","author":"${'a, '.repeat(50_000)}"}</script></head>
      <body><div class="byline">By${sp}Jane</div><p>${'“quote” '.repeat(100_000)}</p></body></html>`;
    const t0 = performance.now();
    readHtml(html, null);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('handles an empty page', () => {
    const a = readHtml('<html><body></body></html>', null);
    expect(a.paragraphs).toEqual([]);
    expect(a.title).toBeNull();
    expect(a.published).toBeNull();
  });
});
