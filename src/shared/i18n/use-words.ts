import { useMemo } from 'react';
import { formatEventDate, type DatasetSummary } from '../../core/dataset/describe';
import { languageOfTag } from '../../core/i18n/languages';
import type { EventStatus, Place, ThawEvent, Topic } from '../../core/dataset/schema';
import type { ThawBand } from '../../core/thaw/bands';
import { sharedWeights } from '../../core/thaw/formula';
import { useT, type Translate } from './use-t';

/**
 * The words of the domain in the language in use: place and topic names,
 * kinds, statuses, bands and dates. A name the dataset gives in the
 * language (a place's nameKo or nameZh) is used; a topic or kind the app
 * knows is translated by its id; anything else stays as the dataset has it.
 */
export type Words = ReturnType<typeof wordsOf>;

export function wordsOf(t: Translate) {
  const locale = t.locale;
  const lang = languageOfTag(locale);
  // In English the dataset's own words stand (a dataset may word a topic or kind its own way); in another language the catalog's, where it has them.
  const known = (id: string, fallback: string) => (lang !== 'en' && t.has(id) ? t(id) : fallback);
  const place = (p: Pick<Place, 'name' | 'nameKo' | 'nameZh'>) => (lang === 'ko' ? p.nameKo : lang === 'zh' ? p.nameZh : undefined) ?? p.name;
  return {
    t,
    lang,
    locale,
    place,
    /** Where an event happened: its place's name, or that it has none (a call). */
    placeOf: (event: Pick<ThawEvent, 'placeId'>, p: Pick<Place, 'name' | 'nameKo' | 'nameZh'> | undefined) =>
      event.placeId === undefined ? t('place.none') : p ? place(p) : event.placeId,
    eventDate: (event: Pick<ThawEvent, 'date' | 'datePrecision' | 'endDate'>) => formatEventDate(event, lang === 'en' ? 'en' : locale),
    day: (date: string) => formatEventDate({ date, datePrecision: 'day' }, lang === 'en' ? 'en' : locale),
    status: (status: EventStatus) => t(`status.${status}`),
    precision: (precision: ThawEvent['datePrecision']) => t(`precision.${precision}`),
    geoPrecision: (geo: 1 | 2 | 3) => t(`geo.${geo}`),
    kind: (kind: { cameo: string; label: string }) => known(`kind.${kind.cameo}`, kind.label),
    band: (band: Pick<ThawBand, 'id' | 'label'>) => (t.has(`band.${band.id}`) ? t(`band.${band.id}` as never) : band.label),
    bandNote: (band: Pick<ThawBand, 'id' | 'description'>) => (t.has(`band.${band.id}.note`) ? t(`band.${band.id}.note` as never) : band.description),
    topic: (topic: Pick<Topic, 'id' | 'label'>) => known(`topic.${topic.id}`, topic.label),
    topicNote: (topic: Pick<Topic, 'id' | 'description'>) => known(`topic.${topic.id}.note`, topic.description ?? ''),
    events: (count: number) => t('count.events', { count }),
    /** An actor's name and role from the roster's Korean or Chinese where it has them, else as the dataset has them. */
    actorName: (name: string) => known(`actor.name.${name}`, name),
    actorRole: (role: string) => known(`actor.role.${role}`, role),
    /** How an event score is made, in words, with the weights the events share (or "weight" where they differ). */
    formula: (events: Parameters<typeof sharedWeights>[0]) => {
      const weights = sharedWeights(events);
      return t('thaw.formula', { g: weights?.goldstein ?? t('thaw.weight'), t: weights?.tone ?? t('thaw.weight') });
    },
    summary: (s: DatasetSummary) =>
      t('dataset.summary', { events: s.events, sources: s.sources, span: s.firstYear === null ? 'none' : s.firstYear === s.lastYear ? s.firstYear : `${s.firstYear}–${s.lastYear}` }),
  };
}

export function useWords(): Words {
  const t = useT();
  return useMemo(() => wordsOf(t), [t]);
}
