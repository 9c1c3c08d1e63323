import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isRealIsoDate } from '../../src/core/dataset/dates';
import { cleanArticle } from '../text/clean-article';
import { slug } from './slug';
import { IngestError, type ArticleInput, type ReadArticle } from './types';

/** The largest article read: a news story is tens of kilobytes; a file past this is something else. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** The UTF-8 size of a text, counted without encoding it when its length alone settles the question. */
function tooLarge(text: string): number | undefined {
  if (text.length > MAX_ARTICLE_BYTES) return text.length;
  if (text.length * 3 <= MAX_ARTICLE_BYTES) return undefined;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_ARTICLE_BYTES ? bytes : undefined;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Which script a text is mostly written in, when it is not Latin: the
 * ingest reads English only, and says what it was given instead.
 */
export function languageProblem(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const latin = count(/[A-Za-z]/g);
  const hangul = count(/[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g);
  const kana = count(/[\u3040-\u30ff]/g);
  const han = count(/[\u4e00-\u9fff\u3400-\u4dbf]/g);
  // Cyrillic, Arabic, Thai and Devanagari letters, by script property.
  const otherLetters = count(/[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Thai}\p{Script=Devanagari}]/gu);
  const foreign = hangul + kana + han + otherLetters;
  if (foreign > latin * 0.3) {
    const script = hangul >= Math.max(kana, han, otherLetters) ? 'Korean' : kana > 0 ? 'Japanese' : han >= otherLetters ? 'Chinese' : 'another language';
    return `looks like ${script}`;
  }
  const words = sample.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length < 20) return undefined;
  const common = words.filter((w) => ENGLISH.has(w)).length;
  return common / words.length < 0.12 ? 'does not look like English' : undefined;
}
const ENGLISH = new Set('the of and to in a is that for on with as was by at from said it its he she his her they their be has have had will would an this are were not or but which who'.split(' '));

/** Problems that make a text unusable, before anything is read from it. */
function checkText(name: string, text: string): void {
  const size = tooLarge(text);
  if (size !== undefined) throw new IngestError('too-large', `${name}: is ${mb(size)}; the limit is ${mb(MAX_ARTICLE_BYTES)} for one article`);
  // Control characters other than tab and line breaks, and the replacement character of undecodable bytes.
  let odd = 0;
  for (let i = 0; i < Math.min(text.length, 65_536); i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd += 1;
  }
  if (text.includes('\u0000') || odd > Math.max(8, Math.min(text.length, 65_536) * 0.01)) {
    throw new IngestError('binary', `${name}: looks like a binary file, not an article`);
  }
  if (!text.trim()) throw new IngestError('empty', `${name}: is empty`);
}

/** A date printed in an article's page furniture, with what it looked like: ISO, DD-MM-YYYY after Updated/Published, or "Nov 26, 2020". */
function printedDate(text: string): { date: string; basis: string } | undefined {
  const head = text.split(/\r?\n/).slice(0, 12).join('\n');
  const tail = text.split(/\r?\n/).slice(-6).join('\n');
  for (const part of [head, tail]) {
    const iso = /\b(?:date|published|updated|posted)?\s*:?\s*((?:19|20)\d{2})-(\d{2})-(\d{2})\b/i.exec(part);
    if (iso && isRealIsoDate(`${iso[1]}-${iso[2]}-${iso[3]}`)) return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, basis: `printed: "${iso[0].trim()}"` };
    const dmy = /\b(?:Updated|Published|Posted|Created)\s*:?\s*(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b/i.exec(part);
    if (dmy) {
      const date = `${dmy[3]}-${pad(Number(dmy[2]))}-${pad(Number(dmy[1]))}`;
      if (isRealIsoDate(date)) return { date, basis: `printed: "${dmy[0].trim()}"` };
    }
    const mdy = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/.exec(part);
    if (mdy) {
      const date = `${mdy[3]}-${pad(monthIndex(mdy[1]))}-${pad(Number(mdy[2]))}`;
      if (isRealIsoDate(date)) return { date, basis: `printed: "${mdy[0].trim()}"` };
    }
    const dmyWords = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b/.exec(part);
    if (dmyWords) {
      const date = `${dmyWords[3]}-${pad(monthIndex(dmyWords[2]))}-${pad(Number(dmyWords[1]))}`;
      if (isRealIsoDate(date)) return { date, basis: `printed: "${dmyWords[0].trim()}"` };
    }
  }
  return undefined;
}

/** Agencies and papers that sign their stories in the text. */
const OUTLETS = ['Reuters', 'Bloomberg', 'Yonhap', 'AFP', 'Associated Press', 'AP', 'Xinhua', 'Kyodo', 'Korea Herald', 'Korea JoongAng Daily', 'JoongAng Ilbo', 'Korea Times', 'Chosun Ilbo', 'Hankyoreh', 'Global Times', 'South China Morning Post', 'Nikkei Asia', 'NK News', 'CNA', 'BBC', 'CNN', 'NHK', 'The Diplomat'];
function printedOutlet(text: string): string | undefined {
  const escaped = OUTLETS.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const signed = new RegExp(`\\((${escaped})\\)|^(${escaped})\\s*\\||\\bSource\\s*:\\s*(${escaped})\\b|\\b[Bb]y (${escaped})\\b|(?:©|\\([cC]\\)|[Cc]opyright|COPYRIGHT)\\s*(?:(?:©|\\([cC]\\))\\s*)?(?:(?:19|20)\\d{2}(?:\\s*-\\s*(?:19|20)\\d{2})?\\s+)?(?:[Tt]he\\s+)?(${escaped})\\b`, 'm').exec(text);
  return signed ? (signed[1] ?? signed[2] ?? signed[3] ?? signed[4] ?? signed[5]) : undefined;
}

/** "SEOUL:", "SEOUL, Nov 26 (Reuters) -", "Seoul / Beijing (Reuters) –", "BEIJING (AP) —": the place part. */
const DATELINE = /^\s*((?:[A-Z][A-Za-z'.-]+)(?:\s+[A-Z][A-Za-z'.-]+)?(?:\s*\/\s*[A-Z][A-Za-z'.-]+(?:\s+[A-Z][A-Za-z'.-]+)?)*)\s*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?(\((?:[A-Za-z ]+)\)\s*)?([-–—:])\s/;
function datelineOf(text: string): string | undefined {
  const lines = text.split(/\r?\n/).slice(0, 12);
  for (const line of lines) {
    const match = DATELINE.exec(line);
    if (!match) continue;
    // A dateline is in capitals ("SEOUL:") or signed by an agency ("Seoul (Reuters) -").
    if (match[1] === match[1].toUpperCase() || match[2]) return match[1].trim();
  }
  // Else an agency byline that names the city it was filed from: "Reuters | Seoul | Updated: ...".
  for (const line of lines) {
    const byline = /^\s*[A-Z][\w. ]{1,30}\s*\|\s*([A-Z][A-Za-z .'-]{2,30}?)\s*\|/.exec(line);
    if (byline) return byline[1].trim();
  }
  return undefined;
}

/** The first line when it is a headline: short and with no full stop at its end. */
function headlineOf(text: string): string | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  // Page furniture is not a headline: source credits, comment forms, section lists, photo captions, account links.
  const furniture = /^(?:date\b|source\s*:|please\b|advertisement|read more|related|photo|image|copyright|share\b|follow\b|subscribe\b|log ?in\b|sign (?:in|up)\b|menu\b|search\b|newsletters?\b|home\b|skip to\b|most (?:read|popular|viewed)\b)|\|/i;
  const candidate = lines.slice(0, 5).find((l) => l.length >= 15 && l.length <= 200 && !/[.!?]["”’]?$/.test(l) && /\s\S+\s/.test(l) && /\s[a-z]{2,}\b|[‘'"“]/.test(l) && !furniture.test(l));
  return candidate;
}

/** A value that starts with a YYYY-MM-DD date, as metadata gives one ("2024-03-12T08:00:00+09:00"). */
const STARTS_WITH_DATE = /^(?:19|20)\d{2}-\d{2}-\d{2}/;

/** Meta elements that carry a page's publication date, by the names publishers, CMSs and news formats give them. */
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="pubdate"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="citation_publication_date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/** The visible text of a page, one line per block, before the reader view drops its furniture (bylines, "Source: … | date"). */
function pageLines(document: { body: { querySelectorAll: (selector: string) => Iterable<{ textContent: string | null; children: { length: number } }> } | null }): string {
  if (!document.body) return '';
  return [...document.body.querySelectorAll('h1, h2, p, li, time, span, div')]
    .filter((el) => el.children.length === 0)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The text of an HTML page, read as a browser's reader view does, with its own metadata. Scripts never run: linkedom does not run them, and they are removed first. */
function readHtml(name: string, html: string) {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    try {
      const value: unknown = JSON.parse(script.textContent ?? '');
      const items = (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown>>;
      // Many sites put the article in a "@graph" beside the page and the site.
      return items.flatMap((item) => (Array.isArray(item?.['@graph']) ? [item, ...(item['@graph'] as Array<Record<string, unknown>>)] : [item]));
    } catch {
      return [];
    }
  }) as Array<Record<string, unknown>>;
  const ldValue = (key: string) => ld.map((item) => item[key]).find((v) => v !== undefined);
  const publisher = ldValue('publisher') as { name?: string } | undefined;
  // The publication date as pages give it, most explicit first: a meta element (under one of the names in use), the
  // article's structured data, a <time> element, and last a date printed in the page's own furniture.
  const metaDate = PUBLISHED_META.map((selector) => ({ selector, value: meta(selector) })).find((m) => m.value && STARTS_WITH_DATE.test(m.value));
  const ldDate = ['datePublished', 'dateCreated'].map((key) => ({ key, value: ldValue(key) })).find((d) => typeof d.value === 'string' && STARTS_WITH_DATE.test(d.value));
  const timeDate = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const printed = metaDate || ldDate || timeDate ? undefined : printedDate(pageLines(document));
  const published = metaDate?.value ?? (ldDate?.value as string | undefined) ?? timeDate ?? printed?.date;
  const publishedSource = metaDate ? `<${metaDate.selector.slice(0, -1).replace(/^meta\[/, 'meta ')}>` : ldDate ? `ld+json ${ldDate.key}` : timeDate ? '<time datetime>' : printed ? 'the page' : '';
  const outlet = meta('meta[property="og:site_name"]') ?? publisher?.name ?? meta('meta[name="author"]');
  const rawTitle = meta('meta[property="og:title"]') ?? document.querySelector('h1')?.textContent?.trim() ?? document.querySelector('title')?.textContent?.trim() ?? '';
  const headline = rawTitle.replace(/\s+[|–—-]\s+[^|–—-]+$/, '').trim();

  for (const element of document.querySelectorAll('script, style, noscript, template, iframe')) element.remove();
  // Readability keeps the main text and drops navigation, related links and comments.
  const article = new Readability(document as unknown as Document).parse();
  let text = '';
  if (article?.content) {
    const { document: body } = parseHTML(`<html><body>${article.content}</body></html>`);
    const blocks = [...body.querySelectorAll('p, h2, h3, li, blockquote')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
    text = blocks.length > 0 ? blocks.join('\n\n') : (article.textContent ?? '').trim();
  }
  if (!text.trim()) throw new IngestError('empty', `${name}: the page has no article text`);
  const date = published ? /^((?:19|20)\d{2}-\d{2}-\d{2})/.exec(published)?.[1] : undefined;
  return { text, headline: headline || article?.title || '', outlet, published: date, publishedBasis: date ? (printed ? printed.basis : `${publishedSource}: ${published}`) : undefined };
}

/**
 * An article as the ingest reads it: body text, headline, outlet,
 * publication date (and how it was established) and dateline, from a
 * scraped text or a saved web page. Throws IngestError, naming the file,
 * for input that cannot be used: empty, binary, over MAX_ARTICLE_BYTES,
 * not English, a `published` that is not a date, or no publication date
 * given or found (relative dates cannot be resolved without it).
 */
export function readArticle(input: ArticleInput): ReadArticle {
  const { name, content } = input;
  checkText(name, content);
  if (input.published !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(input.published) && isRealIsoDate(input.published))) {
    throw new IngestError('bad-published', `${name}: the publication date "${input.published}" is not a date; give it as YYYY-MM-DD`);
  }
  const format = input.format ?? (/\.html?$/i.test(name) ? 'html' : /^\s*</.test(content) ? 'html' : 'txt');
  const read =
    format === 'html'
      ? readHtml(name, content)
      : (() => {
          const printed = printedDate(content);
          return { text: content, headline: headlineOf(content) ?? '', outlet: printedOutlet(content), published: printed?.date, publishedBasis: printed?.basis };
        })();
  const language = languageProblem(read.text);
  if (language) throw new IngestError('not-english', `${name}: ${language}; only English articles are read for now`);
  const published = input.published ?? read.published;
  if (!published) throw new IngestError('no-date', `${name}: no publication date found in the article; give it with --published YYYY-MM-DD`);
  // With no headline, the story's first sentence stands for it.
  const headline = (read.headline || (cleanArticle(read.text).sentences[0] ?? '').slice(0, 200)).trim();
  const base = /^pasted/i.test(name) ? `${published}-${slug(headline).split('-').slice(0, 8).join('-')}` : slug(name.replace(/\.[a-z0-9]+$/i, ''));
  const sourceId = (base || `${published}-article`).slice(0, 80).replace(/-+$/, '');
  return {
    sourceId: /^[a-z0-9]/.test(sourceId) ? sourceId : `a-${sourceId}`,
    file: name,
    outlet: input.outlet ?? read.outlet ?? 'unknown outlet',
    published,
    publishedBasis: input.published ? 'given, not read from the article' : read.publishedBasis ?? '',
    headline: headline || 'untitled article',
    text: read.text,
    ...(format === 'txt' && datelineOf(content) ? { dateline: datelineOf(content) } : {}),
  };
}
