import { isAcceptedDate } from './dates';
import { MAX_ITEMS, MAX_LENGTH, SCHEMA_VERSION } from './limits';
import type { Dataset, ThawEvent } from './schema';

/**
 * The fast path for validating a large dataset: true only for an event row
 * that `eventSchema` accepts AND would return unchanged, that is a plain
 * object with exactly the schema's keys, text already trimmed, every
 * number, date, id and code within its rule. Such a row can be used as it
 * is, with no copy and no zod run; anything else (an unknown key, a padded
 * string, any doubt at all) answers false and goes through zod, which
 * words the problem. So this may be stricter than the schema, never looser:
 * a property test holds it to that against `eventSchema` itself.
 */
export function isCanonicalEvent(row: unknown): row is ThawEvent {
  if (!isPlain(row)) return false;
  const optional = 'endDate' in row ? 1 : 0;
  // An event with no place (a phone call) has neither placeId nor geoPrecision.
  const placed = 'placeId' in row ? 2 : 0;
  // A machine-coded event (GDELT, ACLED) has its record, and sources that may have no quote.
  const machine = 'machine' in row ? 1 : 0;
  if (keyCount(row) !== 10 + placed + optional + machine) return false;
  const date = row.date;
  if (!isIsoDate(date)) return false;
  if (optional === 1 && !(isIsoDate(row.endDate) && row.endDate >= date)) return false;
  return (
    isId(row.id) &&
    isText(row.title, MAX_LENGTH.line) &&
    (row.datePrecision === 'day' || row.datePrecision === 'month' || row.datePrecision === 'year') &&
    (row.status === 'held' || row.status === 'scheduled' || row.status === 'proposed' || row.status === 'cancelled') &&
    isKind(row.kind) &&
    (placed === 0 ? !('geoPrecision' in row) : isId(row.placeId) && (row.geoPrecision === 1 || row.geoPrecision === 2 || row.geoPrecision === 3)) &&
    everyOf(row.actors, isActor) &&
    everyOf(row.topics, isEventTopic) &&
    isThaw(row.thaw) &&
    Array.isArray(row.sources) &&
    row.sources.length >= 1 &&
    (machine === 0 ? everyOf(row.sources, isEventSource) : isMachine(row.machine) && everyOf(row.sources, isMachineSource))
  );
}

type Plain = Record<string, unknown>;

/** An object as JSON.parse makes it: not an array, not a class instance. */
function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Own keys only: a plain object inherits no enumerable ones. Counted without Object.keys' array, as this runs for every object of every row. */
function keyCount(object: Plain): number {
  let count = 0;
  for (const _ in object) count += 1;
  return count;
}

function hasKeys(value: unknown, count: number): value is Plain {
  return isPlain(value) && keyCount(value) === count;
}

function everyOf(list: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i += 1) if (!check(list[i])) return false;
  return true;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const COUNTRY = /^[A-Z]{2}$/;
const CAMEO = /^\d{2,4}$/;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_LENGTH.id && ID.test(value);

/** Non-empty, within `max`, and with nothing for the schema's trim to remove. */
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= max && value.trim().length === value.length;

/** A real day (which implies the YYYY-MM-DD form) within the range. */
const isIsoDate = (value: unknown): value is string => typeof value === 'string' && isAcceptedDate(value);

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const isBetween = (value: unknown, min: number, max: number) => isNumber(value) && value >= min && value <= max;

const isCount = (value: unknown, min: number) => Number.isSafeInteger(value) && (value as number) >= min;

const isKind = (value: unknown) =>
  hasKeys(value, 3) &&
  typeof value.cameo === 'string' &&
  CAMEO.test(value.cameo) &&
  isText(value.label, MAX_LENGTH.line) &&
  isBetween(value.goldstein, -10, 10);

const isActor = (value: unknown) =>
  hasKeys(value, 3) &&
  isText(value.name, MAX_LENGTH.line) &&
  isText(value.role, MAX_LENGTH.line) &&
  typeof value.country === 'string' &&
  COUNTRY.test(value.country);

const isEvidence = (value: unknown) => hasKeys(value, 2) && isId(value.sourceId) && isText(value.sentence, MAX_LENGTH.prose);

const isEventTopic = (value: unknown) =>
  hasKeys(value, 3) && isId(value.id) && isCount(value.mentions, 1) && everyOf(value.evidence, isEvidence);

const isThawEvidence = (value: unknown) =>
  hasKeys(value, 4) &&
  isId(value.sourceId) &&
  isText(value.sentence, MAX_LENGTH.prose) &&
  isNumber(value.tone) &&
  isNumber(value.contribution);

const isComponents = (value: unknown) =>
  hasKeys(value, 5) &&
  isBetween(value.goldstein, -10, 10) &&
  isNumber(value.goldsteinWeight) &&
  isNumber(value.tone) &&
  isNumber(value.toneWeight) &&
  isCount(value.sentences, 0);

const isThaw = (value: unknown) =>
  hasKeys(value, 3) && isBetween(value.score, -10, 10) && isComponents(value.components) && everyOf(value.evidence, isThawEvidence);

const isEventSource = (value: unknown) => {
  if (!isPlain(value)) return false;
  const hasNote = 'note' in value;
  return (
    keyCount(value) === (hasNote ? 3 : 2) &&
    isId(value.sourceId) &&
    isText(value.quote, MAX_LENGTH.prose) &&
    (!hasNote || isText(value.note, MAX_LENGTH.prose))
  );
};

/** A machine-coded event's source: its id, and a quote and a note only where they are there. */
const isMachineSource = (value: unknown) => {
  if (!isPlain(value)) return false;
  const hasQuote = 'quote' in value;
  const hasNote = 'note' in value;
  return (
    keyCount(value) === 1 + (hasQuote ? 1 : 0) + (hasNote ? 1 : 0) &&
    isId(value.sourceId) &&
    (!hasQuote || isText(value.quote, MAX_LENGTH.prose)) &&
    (!hasNote || isText(value.note, MAX_LENGTH.prose))
  );
};

const MACHINE_COUNTS = ['mentions', 'sources', 'articles'] as const;

/** Where a machine-coded event comes from: the system, its id there, and the optional address and weights, each valid. */
const isMachine = (value: unknown) => {
  if (!isPlain(value)) return false;
  let count = 2;
  if ('url' in value) {
    if (!isText(value.url, MAX_LENGTH.line)) return false;
    count += 1;
  }
  for (const key of MACHINE_COUNTS) {
    if (!(key in value)) continue;
    if (!isCount(value[key], 0)) return false;
    count += 1;
  }
  return keyCount(value) === count && (value.system === 'gdelt' || value.system === 'acled') && isText(value.id, MAX_LENGTH.line);
};

const isSource = (value: unknown) =>
  hasKeys(value, 5) &&
  isId(value.id) &&
  isText(value.file, MAX_LENGTH.line) &&
  isText(value.outlet, MAX_LENGTH.line) &&
  isIsoDate(value.published) &&
  isText(value.headline, MAX_LENGTH.line);

const PLACE_NAMES = ['nameKo', 'nameZh'] as const;

const isPlace = (value: unknown) => {
  if (!isPlain(value)) return false;
  let count = 5;
  for (const key of PLACE_NAMES) {
    if (!(key in value)) continue;
    if (!isText(value[key], MAX_LENGTH.line)) return false;
    count += 1;
  }
  return (
    keyCount(value) === count &&
    isId(value.id) &&
    isText(value.name, MAX_LENGTH.line) &&
    typeof value.country === 'string' &&
    COUNTRY.test(value.country) &&
    isBetween(value.lat, -90, 90) &&
    isBetween(value.lon, -180, 180)
  );
};

const isTopic = (value: unknown) => hasKeys(value, 3) && isId(value.id) && isText(value.label, MAX_LENGTH.line) && isText(value.description, MAX_LENGTH.prose);

/**
 * The same fast path for a dataset's frame (everything but its events):
 * true only where `datasetSchema` would accept the frame and return it
 * unchanged, with `events` a list (its rows are checked one by one). The
 * first view's dataset is read this way without loading zod at all; any
 * doubt sends it through zod, which words the problem.
 */
export function isCanonicalFrame(value: unknown): value is Omit<Dataset, 'events'> & { events: unknown[] } {
  return (
    hasKeys(value, 6) &&
    value.schemaVersion === SCHEMA_VERSION &&
    hasKeys(value.build, 2) &&
    isText(value.build.pipeline, MAX_LENGTH.line) &&
    isIsoDate(value.build.builtOn) &&
    everyOf(value.sources, isSource) &&
    everyOf(value.places, isPlace) &&
    (value.places as unknown[]).length <= MAX_ITEMS.places &&
    everyOf(value.topics, isTopic) &&
    (value.topics as unknown[]).length <= MAX_ITEMS.topics &&
    Array.isArray(value.events)
  );
}
