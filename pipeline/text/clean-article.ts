/**
 * Turns a scraped article into the sentences of its body, without editing a
 * word: every sentence returned is a run of the article's own text with its
 * white space folded. What is dropped, and why, is returned alongside so the
 * build can report it.
 */

export type Removal = { rule: string; text: string };
export type CleanArticle = { sentences: string[]; removed: Removal[] };

/** Lines that belong to the web page, not the story. */
const BOILERPLATE_LINES: ReadonlyArray<{ rule: string; pattern: RegExp }> = [
  { rule: 'scrape date stamp', pattern: /^date \d{4}-\d{2}-\d{2}\b/ },
  { rule: 'agency byline with update time', pattern: /^\w+ \| .*\bUpdated:/ },
  { rule: 'source credit', pattern: /^Source\s*:/ },
  { rule: 'comment form', pattern: /^Please enter your (comment|name)\b/ },
];

/** A short line with no sentence-final punctuation is a headline, section list or byline. */
const HEADING_MAX_CHARS = 150;
const SENTENCE_END = /[.!?]["”’)]*$/;

/** Runs inside a paragraph that are page furniture rather than reporting. */
const INLINE_NOISE: ReadonlyArray<{ rule: string; pattern: RegExp }> = [
  // A photo caption pasted into the text, up to and including its agency credit.
  { rule: 'photo caption', pattern: /\bPhoto(?:\s+Photo)?:.*?\bvia (?:Reuters|Bloomberg|AP|AFP|Yonhap)\b\s*/g },
  // The agency's closing credits for its reporters and editors.
  { rule: 'reporting credits', pattern: /\bReporting by\b.*$/g },
];

/**
 * Datelines that open a story: "SEOUL: ", "Seoul / Beijing (Reuters) – ",
 * "(Bloomberg) — ", "GYEONGJU, Nov 1 (Yonhap) -- ", "BEIJING (AP) — ".
 */
const DATELINE =
  /^(?:[A-Z][A-Za-z]*(?:\s*\/\s*[A-Z][A-Za-z]*)*\s*)?\((?:Reuters|Bloomberg)\)\s*[–—-]\s*|^[A-Z]{3,}:\s+|^[A-Z][A-Z.' -]{2,}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([A-Za-z ]{2,30}\)\s*(?:--|[–—-])\s*/;

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'co', 'corp', 'inc', 'ltd', 'jr', 'sr', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'gov', 'sen', 'rep', 'no', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const foldSpace = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * Splits one paragraph into sentences at `.`, `!` or `?` (with any closing
 * quote or bracket) followed by white space and a capital, digit or opening
 * quote, unless the word before the stop is an abbreviation or an initial
 * (U.S., Co., Aug.). A piece that starts in lower case is a garbled
 * continuation and is joined back to the sentence before it.
 */
export function splitSentences(paragraph: string): string[] {
  const text = foldSpace(paragraph);
  const pieces: string[] = [];
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const before = text.slice(start, match.index);
    const lastWord = /([A-Za-z]+)$/.exec(before)?.[1] ?? '';
    const isAbbreviation =
      text[match.index] === '.' && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^[A-Z]$/.test(lastWord));
    if (isAbbreviation) continue;
    pieces.push(text.slice(start, match.index + match[0].trimEnd().length));
    start = match.index + match[0].length;
  }
  if (start < text.length) pieces.push(text.slice(start));

  const sentences: string[] = [];
  for (const piece of pieces.map(foldSpace).filter(Boolean)) {
    if (/^[a-z]/.test(piece) && sentences.length > 0) sentences[sentences.length - 1] += ` ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}

/** The key under which two copies of one sentence compare equal. */
export const sentenceKey = (sentence: string) =>
  sentence.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();

/**
 * Cleans a scraped article: drops page boilerplate, headings, photo captions
 * and credits, strips datelines, splits the rest into sentences and keeps
 * the first copy of any sentence the scrape repeated.
 */
export function cleanArticle(raw: string): CleanArticle {
  const removed: Removal[] = [];
  const sentences: string[] = [];
  const seen = new Set<string>();

  for (const rawLine of raw.split(/\r?\n/)) {
    let line = foldSpace(rawLine);
    if (!line) continue;
    const boilerplate = BOILERPLATE_LINES.find(({ pattern }) => pattern.test(line));
    if (boilerplate) {
      removed.push({ rule: boilerplate.rule, text: line });
      continue;
    }
    for (const { rule, pattern } of INLINE_NOISE) {
      line = line.replace(pattern, (match) => {
        removed.push({ rule, text: match.trim() });
        return '';
      });
    }
    line = line.trim();
    if (line.length <= HEADING_MAX_CHARS && !SENTENCE_END.test(line)) {
      if (line) removed.push({ rule: 'heading or byline', text: line });
      continue;
    }
    const dateline = DATELINE.exec(line);
    if (dateline) {
      removed.push({ rule: 'dateline', text: dateline[0].trim() });
      line = line.slice(dateline[0].length);
    }
    for (const sentence of splitSentences(line)) {
      const key = sentenceKey(sentence);
      if (seen.has(key)) {
        removed.push({ rule: 'repeated sentence', text: sentence });
        continue;
      }
      seen.add(key);
      sentences.push(sentence);
    }
  }
  return { sentences, removed };
}
