import type { CuratedEvent } from '../../src/core/curation/curation-schema';
import type { CameoCode } from '../../src/core/dataset/kinds';
import type { Dataset, Place, Source, ThawEvent } from '../../src/core/dataset/schema';
import { CurationError, exactRun, type ManifestArticle } from '../build-dataset';

/**
 * Reviewed datasets (as Add article… exports them) as curation. An event
 * whose article is in the corpus becomes a curated event like any other:
 * its quotes are checked word for word and its topics and score computed
 * again. One whose article is not is carried as the file has it, once each
 * quote is found in the event's own evidence sentences, or with a note that
 * it could not be checked; a note says which check was made.
 */
export function reviewedAsCuration(datasets: ReadonlyArray<{ path: string; dataset: Dataset }>, articles: ReadonlyArray<ManifestArticle & { text: string }>) {
  const curated: CuratedEvent[] = [];
  const places: Place[] = [];
  const carried = { events: [] as ThawEvent[], sources: [] as Source[], places: [] as Place[] };
  const notes: string[] = [];
  const problems: string[] = [];
  for (const { path, dataset } of datasets) {
    const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const event of dataset.events) {
      const files = event.sources.map((s) => sourceById.get(s.sourceId)?.file);
      const inCorpus = files.every((file) => file !== undefined && articles.some((a) => a.file === file));
      // Curation is quoted evidence: a machine-coded event (GDELT, ACLED) has no quote to check.
      const unquoted = event.sources.find((s) => s.quote === undefined);
      if (event.machine || unquoted) {
        problems.push(`${path}: event "${event.id}": sources: machine-coded or unquoted events are not curation; import them with npm run data:import`);
        continue;
      }
      const quoted = event.sources.map((s) => ({ ...s, quote: s.quote! }));
      if (inCorpus) {
        curated.push({
          id: event.id,
          title: event.title,
          date: event.date,
          datePrecision: event.datePrecision,
          ...(event.endDate ? { endDate: event.endDate } : {}),
          status: event.status,
          cameo: event.kind.cameo as CameoCode,
          ...(event.placeId !== undefined ? { placeId: event.placeId, geoPrecision: event.geoPrecision } : {}),
          actors: event.actors,
          sources: quoted.map((s) => ({ sourceId: articles.find((a) => a.file === sourceById.get(s.sourceId)!.file)!.file.replace(/\.txt$/, ''), quote: s.quote, ...(s.note ? { note: s.note } : {}) })),
        });
        for (const p of dataset.places) if (p.id === event.placeId) places.push(p);
        notes.push(`${path}: event "${event.id}": quotes checked against the corpus article`);
        continue;
      }
      const sentences = [...event.topics.flatMap((t) => t.evidence), ...event.thaw.evidence].map((e) => e.sentence);
      const missing = quoted.find((s) => !sentences.some((sentence) => exactRun(sentence, s.quote) !== undefined) && !sentences.some((sentence) => s.quote.includes(sentence)));
      if (missing && missing.quote.trim().length === 0) {
        problems.push(`${path}: event "${event.id}": sources: an empty quote`);
        continue;
      }
      carried.events.push(event);
      for (const s of event.sources) {
        const source = sourceById.get(s.sourceId);
        if (source && !carried.sources.some((x) => x.id === source.id)) carried.sources.push(source);
      }
      for (const p of dataset.places) if (p.id === event.placeId && !carried.places.some((x) => x.id === p.id)) carried.places.push(p);
      notes.push(
        missing
          ? `${path}: event "${event.id}": article not in the corpus, and the quote "${missing.quote.slice(0, 60)}…" is not among the event's evidence sentences: kept unchecked`
          : `${path}: event "${event.id}": article not in the corpus; quotes checked against the event's evidence sentences`,
      );
    }
  }
  if (problems.length > 0) throw new CurationError(problems.join('\n'));
  return { curated, places, carried, notes };
}
