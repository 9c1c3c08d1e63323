import { MAX_ARTICLE_BYTES, readArticle } from '../../pipeline/ingest/read-article';
import { IngestError } from '../../pipeline/ingest/types';

const story = 'South Korean and Chinese officials met in Seoul on Monday to discuss trade and the environment, the foreign ministry said. The two sides agreed to meet again next year.';

describe('readArticle: what is refused, and why', () => {
  it.each<[string, string, string | undefined, string, RegExp]>([
    ['empty', '  \n\n ', undefined, 'empty', /empty\.txt: is empty/],
    ['binary', `PK\u0003\u0004${'\u0000'.repeat(20)}`, undefined, 'binary', /binary file/],
    ['too large', 'a'.repeat(MAX_ARTICLE_BYTES + 1), undefined, 'too-large', /the limit is 2\.0 MB/],
    ['Korean', '한국과 중국 외교장관이 월요일 서울에서 만나 무역과 환경 문제를 논의했다. 양측은 내년에 다시 만나기로 했다.', '2024-01-01', 'not-english', /looks like Korean; only English/],
    ['Chinese', '中韩两国外长周一在首尔会面，讨论了贸易和环境问题。双方同意明年再次会面。', '2024-01-01', 'not-english', /looks like Chinese/],
    ['French', 'Les ministres sud-coréen et chinois se sont rencontrés lundi à Séoul pour discuter du commerce et de l’environnement, a déclaré le ministère. Les deux parties ont convenu de se revoir.', '2024-01-01', 'not-english', /does not look like English/],
    ['a bad date', story, '04/12/2019', 'bad-published', /"04\/12\/2019" is not a date/],
    ['no date', story, undefined, 'no-date', /--published YYYY-MM-DD/],
  ])('%s', (name, content, published, code, message) => {
    const file = name === 'empty' ? 'empty.txt' : 'story.txt';
    let error: unknown;
    try {
      readArticle({ name: file, content, ...(published ? { published } : {}) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe(code);
    expect((error as IngestError).message).toMatch(message);
    expect((error as IngestError).message).toContain(file);
  });
});

describe('readArticle: a scraped text and a saved page', () => {
  it('reads the headline, outlet, printed date and dateline of a text, noise and all', () => {
    const text = `Seoul and Beijing agree to resume talks\n\nSeoul and Beijing agree to resume talks\n\nReuters | Seoul | Updated: 12-03-2024 10:15 IST\nSEOUL (Reuters) - ${story}\n\nAdvertisement\n\nRead more: Exports rise`;
    const article = readArticle({ name: 'talks.txt', content: text });
    expect(article).toMatchObject({ sourceId: 'talks', headline: 'Seoul and Beijing agree to resume talks', outlet: 'Reuters', published: '2024-03-12', dateline: 'SEOUL' });
    expect(article.publishedBasis).toContain('Updated: 12-03-2024');
  });

  it('reads the main text and the metadata of a page, and runs none of its scripts', () => {
    const html = `<!doctype html><html><head><title>Talks resume | The Daily</title>
      <meta property="og:site_name" content="The Daily"><meta property="og:title" content="Seoul and Beijing resume talks">
      <meta property="article:published_time" content="2024-03-12T08:00:00+09:00">
      <script>globalThis.ranScript = true; throw new Error('a page script ran');</script></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Seoul and Beijing resume talks</h1>
      <p>${story}</p><p>Both governments said the meeting was constructive and that working groups would follow within months.</p>
      <p>Officials from the two countries will hold a further round in the spring, according to a statement released after the talks.</p></article>
      <aside>Related: Exports rise</aside></body></html>`;
    const article = readArticle({ name: 'page.html', content: html });
    expect(article).toMatchObject({ sourceId: 'page', outlet: 'The Daily', headline: 'Seoul and Beijing resume talks', published: '2024-03-12' });
    expect(article.publishedBasis).toContain('article:published_time');
    expect(article.text).toContain('officials met in Seoul on Monday');
    expect(article.text).not.toContain('Home');
    expect((globalThis as { ranScript?: boolean }).ranScript).toBeUndefined();
  });

  const page = (head: string, furniture = '') => `<!doctype html><html><head><title>Envoys meet | Paper</title>${head}</head>
    <body><div class="nav"><a href="/">Home</a> | <a href="/world">World</a></div>${furniture}<article><h1>Envoys meet</h1>
    <p>${story}</p><p>Both governments said the meeting was constructive and that working groups would follow within months.</p>
    <p>Officials from the two countries will hold a further round in the spring, according to a statement released after the talks.</p></article></body></html>`;
  it.each<[string, string, string, RegExp]>([
    ['a meta element under another common name', page('<meta name="publishdate" content="2023-05-14">'), '2023-05-14', /meta name="publishdate"/],
    ['structured data in a @graph', page('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Paper"},{"@type":"NewsArticle","datePublished":"2022-07-01T09:30:00Z"}]}</script>'), '2022-07-01', /ld\+json datePublished/],
    ['a date printed in the page furniture only', page('', '<div class="info">Source: Paper | 2021-10-08 17:02:11 | Editor: desk</div>'), '2021-10-08', /printed: "2021-10-08"/],
    ['a meta date that is no date, then a printed one', page('<meta name="date" content="yesterday">', '<p class="byline">Published Mar 3, 2020</p>'), '2020-03-03', /printed: "Mar 3, 2020"/],
  ])('finds the publication date of a page in %s', (_name, html, published, basis) => {
    const article = readArticle({ name: 'page.html', content: html });
    expect(article.published).toBe(published);
    expect(article.publishedBasis).toMatch(basis);
  });

  it('reads an outlet that signs its byline with a capital ("By Global Times Published: …")', () => {
    const article = readArticle({ name: 'gt.txt', content: `Envoys meet in Beijing\nBy Global Times Published: Apr 23, 2023 09:40 PM\n${story}` });
    expect(article).toMatchObject({ outlet: 'Global Times', published: '2023-04-23' });
  });

  it('reads the outlet from a copyright line, and passes over account links for the headline', () => {
    const article = readArticle({ name: 'kt.txt', content: `Subscribe  Log in\nEnvoys meet in Beijing\nPosted : 2026-01-05 18:42\n${story}\nCopyright (c) 2026 The Korea Times. All rights reserved.` });
    expect(article).toMatchObject({ outlet: 'Korea Times', headline: 'Envoys meet in Beijing', published: '2026-01-05' });
  });

  it('takes --published and --outlet over what the article says', () => {
    const article = readArticle({ name: 'pasted text', content: story, published: '2024-03-11', outlet: 'Yonhap' });
    expect(article).toMatchObject({ published: '2024-03-11', outlet: 'Yonhap', publishedBasis: 'given, not read from the article' });
    expect(article.sourceId).toMatch(/^2024-03-11-south-korean-and-chinese/);
  });
});
