import { parse } from '@formatjs/icu-messageformat-parser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const CATALOG = /[\\/]src[\\/]shared[\\/]i18n[\\/]catalogs[\\/](ingest[\\/])?(en|ko|zh)\.json$/;

/**
 * English messages the page never formats: in English a topic's and a kind's name are the dataset's own, and a
 * dataset problem is worded as the check wrote it. They stay in en.json as the reference the other catalogs follow.
 */
const UNUSED_IN_ENGLISH = /^(?:topic|kind|problem)\./;

type Roster = { people: Array<{ name: string; nameKo?: string; nameZh?: string }> };
type Roles = { roles: Record<string, { ko: string; zh: string }> };

/** A text as a compiled message that says just it: names and roles are data, never parsed as ICU. */
const literal = (text: string) => [{ type: 0, value: text }];

/**
 * The actors' names and roles in Korean or Chinese, as messages `actor.name.<English name>` and
 * `actor.role.<English role>`: from the ingest's roster and catalogs/roles.json.
 */
export function actorMessages(lang: 'ko' | 'zh', root = process.cwd()): Record<string, unknown> {
  const roster = JSON.parse(readFileSync(resolve(root, 'pipeline/ingest/data/roster.json'), 'utf8')) as Roster;
  const roles = JSON.parse(readFileSync(resolve(root, 'src/shared/i18n/catalogs/roles.json'), 'utf8')) as Roles;
  const messages: Record<string, unknown> = {};
  for (const person of roster.people) {
    const name = lang === 'ko' ? person.nameKo : person.nameZh;
    if (name) messages[`actor.name.${person.name}`] = literal(name);
  }
  for (const [role, names] of Object.entries(roles.roles)) messages[`actor.role.${role}`] = literal(names[lang]);
  return messages;
}

/**
 * Compiles the message catalogs (src/shared/i18n/catalogs/*.json, ICU
 * message strings) into the syntax trees intl-messageformat formats, when
 * the app is built: the page then needs no ICU parser (about 9 KB gzip).
 * A message that does not parse stops the build, naming its catalog and key.
 * Korean and Chinese also get the actors' names and roles (actorMessages).
 * catalogs/ingest/ holds the words of Add article…, loaded with it.
 * The output is JSON still, so Vite's own JSON handling takes it from here.
 */
export function compiledCatalogs(): Plugin {
  return {
    name: 'thaw-monitor:compiled-catalogs',
    enforce: 'pre',
    transform(code, id) {
      const match = CATALOG.exec(id.split('?')[0]);
      if (!match) return null;
      const [, part, lang] = match;
      const messages = JSON.parse(code) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(messages)) {
        if (lang === 'en' && !part && UNUSED_IN_ENGLISH.test(key)) continue;
        try {
          compiled[key] = parse(message);
        } catch (error) {
          this.error(`${id}: the message "${key}" is not a valid ICU message (${(error as Error).message})`);
        }
      }
      if (lang !== 'en' && !part) Object.assign(compiled, actorMessages(lang as 'ko' | 'zh'));
      this.addWatchFile(resolve('pipeline/ingest/data/roster.json'));
      this.addWatchFile(resolve('src/shared/i18n/catalogs/roles.json'));
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}
