import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Language } from '../../core/i18n/languages';
import en from './catalogs/en.json';
import type ingestEn from './catalogs/ingest/en.json';

/** A key of the message catalogs (the page's and Add article…'s); English is the reference every other catalog must match. */
export type MessageId = keyof typeof en | keyof typeof ingestEn;

/**
 * A catalog as the page holds it: each message compiled to its syntax tree
 * when the app is built (scripts/i18n-catalogs-plugin.ts), so no ICU parser
 * is shipped. The sources are ICU strings in catalogs/*.json.
 */
export type Catalog = Record<MessageId, MessageFormatElement[]>;

export const ENGLISH = en as unknown as Catalog;

const ingest: Partial<Record<Language, Promise<Catalog>>> = {};

/** The words of Add article… in `lang`: a chunk of their own per language, fetched when the dialog opens. */
export function loadIngestCatalog(lang: Language): Promise<Catalog> {
  ingest[lang] ??= (lang === 'ko' ? import('./catalogs/ingest/ko.json') : lang === 'zh' ? import('./catalogs/ingest/zh.json') : import('./catalogs/ingest/en.json')).then(
    (module) => module.default as unknown as Catalog,
  );
  return ingest[lang];
}

const loaded: Partial<Record<Language, Catalog>> = { en: ENGLISH };

/** A catalog already in memory, or undefined while it has not been loaded. */
export const catalogIfLoaded = (lang: Language): Catalog | undefined => loaded[lang];

/**
 * The catalog of `lang`. English is part of the page's code; Korean and
 * Chinese are chunks of their own, fetched only when chosen.
 */
export async function loadCatalog(lang: Language): Promise<Catalog> {
  const cached = loaded[lang];
  if (cached) return cached;
  const module = lang === 'ko' ? await import('./catalogs/ko.json') : await import('./catalogs/zh.json');
  const catalog = module.default as unknown as Catalog;
  loaded[lang] = catalog;
  return catalog;
}
