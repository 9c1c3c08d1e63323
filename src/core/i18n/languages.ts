/**
 * The languages of the interface. Each is named in itself in the language
 * menu; `tag` is the BCP 47 tag for the page's `lang` attribute and for
 * `Intl` (Simplified Chinese is `zh-Hans`).
 */
export const LANGUAGES = ['en', 'ko', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_INFO: Record<Language, { name: string; tag: string }> = {
  en: { name: 'English', tag: 'en' },
  ko: { name: '한국어', tag: 'ko' },
  zh: { name: '中文（简体）', tag: 'zh-Hans' },
};

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * The first of the reader's preferred languages (`navigator.languages`)
 * that the interface speaks, by its primary subtag ("ko-KR" is Korean, any
 * "zh-..." is Chinese); English when none is.
 */
export function preferredLanguage(preferred: ReadonlyArray<string> | undefined): Language {
  for (const tag of preferred ?? []) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language a BCP 47 tag of LANGUAGE_INFO stands for ("zh-Hans" is zh); English for any other. */
export function languageOfTag(tag: string): Language {
  return LANGUAGES.find((lang) => LANGUAGE_INFO[lang].tag === tag) ?? 'en';
}

/** The language to show: the address's `lang` when it names one, else the reader's preference. */
export function resolveLanguage(fromAddress: string | null | undefined, preferred: ReadonlyArray<string> | undefined): Language {
  return isLanguage(fromAddress) ? fromAddress : preferredLanguage(preferred);
}
