import type { PlaceSummary } from '../../../core/filters/aggregate';
import { thawColor } from '../../../core/thaw/bands';
import type { Words } from '../../../shared/i18n/use-words';
import { approximateCount, approximationNote, bubbleDiameter, countLine, placeName } from './place-marker';

/** Everything a place's bubble shows, as the values its button element takes. */
export type BubbleLook = {
  label: string;
  pressed: 'true' | 'false';
  size: string;
  background: string;
  tabIndex: number;
  classes: { 'is-selected': boolean; 'is-chosen': boolean; 'is-approximate': boolean; 'is-empty': boolean };
};

export function bubbleLook(summary: PlaceSummary, selected: boolean, chosen: boolean, scaleMax: number, interactive: boolean, words: Words): BubbleLook {
  return {
    label: placeName(summary, words),
    pressed: selected ? 'true' : 'false',
    size: `${bubbleDiameter(summary.count, scaleMax)}px`,
    background: summary.meanScore === null ? 'transparent' : thawColor(summary.meanScore),
    tabIndex: interactive ? 0 : -1,
    classes: { 'is-selected': selected, 'is-chosen': chosen, 'is-approximate': approximateCount(summary) > 0, 'is-empty': summary.count === 0 },
  };
}

/** A painted bubble's look (painted-bubbles.tsx), as Leaflet's circle options: a button's, drawn on a canvas. */
export type PaintedLook = { radius: number; fillColor: string; fillOpacity: number; color: string; weight: number; dashArray: string | undefined };

/**
 * How a painted bubble is drawn: the size and colour its button would have,
 * the ring dashed where its events are placed approximately. A painted
 * place is never selected, chosen or empty (those are buttons).
 */
export function paintedLook(summary: PlaceSummary, scaleMax: number): PaintedLook {
  return {
    radius: bubbleDiameter(summary.count, scaleMax) / 2,
    fillColor: summary.meanScore === null ? 'transparent' : thawColor(summary.meanScore),
    fillOpacity: 0.9,
    color: 'rgba(0, 0, 0, 0.55)',
    weight: 2,
    dashArray: approximateCount(summary) > 0 ? '4 3' : undefined,
  };
}

/**
 * Gives a bubble's button the look `next`, writing only what differs from
 * `previous` (what it was last given; null the first time). A filter change
 * gives every place a new summary, mostly with the same look: rewriting
 * hundreds of unchanged attributes and styles made the browser restyle every
 * bubble on every click.
 */
export function applyBubbleLook(button: HTMLElement, next: BubbleLook, previous: BubbleLook | null): void {
  if (next.label !== previous?.label) button.setAttribute('aria-label', next.label);
  if (next.pressed !== previous?.pressed) button.setAttribute('aria-pressed', next.pressed);
  if (next.size !== previous?.size) {
    button.style.width = next.size;
    button.style.height = next.size;
  }
  if (next.background !== previous?.background) button.style.background = next.background;
  if (next.tabIndex !== previous?.tabIndex) button.tabIndex = next.tabIndex;
  for (const name of Object.keys(next.classes) as Array<keyof BubbleLook['classes']>) {
    if (next.classes[name] !== previous?.classes[name]) button.classList.toggle(name, next.classes[name]);
  }
}

/**
 * What a bubble's tooltip says, as elements: the place's name, its count and
 * mean score, and why it is approximate when it is. Text only, never HTML:
 * the names come from the dataset.
 */
export function tooltipContent(summary: PlaceSummary, words: Words): HTMLElement {
  const box = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = words.place(summary.place);
  box.append(name, document.createElement('br'), countLine(summary, words));
  const note = approximationNote(summary, words);
  if (note) box.append(document.createElement('br'), note);
  return box;
}
