/** @vitest-environment jsdom */
import { english } from '../fixtures/words';
import type { PlaceSummary } from '../../src/core/filters/aggregate';
import { thawColor } from '../../src/core/thaw/bands';
import { applyBubbleLook, bubbleLook, tooltipContent, type BubbleLook } from '../../src/features/map/utils/bubble-look';

const place = { id: 'seoul', name: 'Seoul', country: 'KR', lat: 37.57, lon: 126.98 };
const summary = (count: number, meanScore: number | null, approximate = 0): PlaceSummary => ({ place, count, meanScore, byPrecision: { 1: count - approximate, 2: approximate, 3: 0 } });

describe('bubbleLook', () => {
  it.each([
    {
      name: 'the busiest place, selected, interactive',
      args: [summary(10, 1.5), true, false, 10, true] as const,
      look: { label: 'Seoul: 10 events, mean thaw +1.5', pressed: 'true', size: '64px', background: thawColor(1.5), tabIndex: 0, classes: { 'is-selected': true, 'is-chosen': false, 'is-approximate': false, 'is-empty': false } },
    },
    {
      name: 'the chosen event\'s place, partly approximate, on a picture-only map',
      args: [summary(1, -2, 1), false, true, 100, false] as const,
      look: {
        label: 'Seoul: 1 event, mean thaw -2.0. Approximate: 1 placed from a named venue or occasion.',
        pressed: 'false',
        size: '16px',
        background: thawColor(-2),
        tabIndex: -1,
        classes: { 'is-selected': false, 'is-chosen': true, 'is-approximate': true, 'is-empty': false },
      },
    },
    {
      name: 'a selected place the other filters leave empty',
      args: [summary(0, null), true, false, 10, true] as const,
      look: { label: 'Seoul: 0 events', pressed: 'true', size: '16px', background: 'transparent', tabIndex: 0, classes: { 'is-selected': true, 'is-chosen': false, 'is-approximate': false, 'is-empty': true } },
    },
  ])('$name', ({ args, look }) => {
    const [summaryOf, selected, chosen, scaleMax, interactive] = args;
    expect(bubbleLook(summaryOf, selected, chosen, scaleMax, interactive, english)).toEqual(look);
  });
});

describe('applyBubbleLook', () => {
  const first = bubbleLook(summary(10, 1.5), false, false, 10, true, english);
  const writes = (button: HTMLElement) => {
    const log: string[] = [];
    const setAttribute = button.setAttribute.bind(button);
    button.setAttribute = (name, value) => {
      log.push(name);
      setAttribute(name, value);
    };
    const style = button.style;
    for (const property of ['width', 'height', 'background'] as const) {
      Object.defineProperty(style, property, {
        configurable: true,
        get: () => style.getPropertyValue(property),
        set: (value: string) => {
          log.push(property);
          style.setProperty(property, value);
        },
      });
    }
    const toggle = button.classList.toggle.bind(button.classList);
    button.classList.toggle = (name, force) => {
      log.push(`.${name}`);
      return toggle(name, force);
    };
    return log;
  };

  it('gives a new button the whole look', () => {
    const button = document.createElement('button');
    applyBubbleLook(button, first, null);
    expect(button).toHaveAttribute('aria-label', 'Seoul: 10 events, mean thaw +1.5');
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button.style.width).toBe('64px');
    expect(button.style.height).toBe('64px');
    expect(button.tabIndex).toBe(0);
    expect([...button.classList]).toEqual([]);
  });

  it.each<{ name: string; next: BubbleLook; written: string[] }>([
    { name: 'the same look writes nothing', next: { ...first, classes: { ...first.classes } }, written: [] },
    { name: 'a new count rewrites the label and the size only', next: bubbleLook(summary(5, 1.5), false, false, 10, true, english), written: ['aria-label', 'width', 'height'] },
    { name: 'selecting the place flips pressed and its class', next: bubbleLook(summary(10, 1.5), true, false, 10, true, english), written: ['aria-pressed', '.is-selected'] },
    { name: 'a new mean score rewrites the label and the colour', next: bubbleLook(summary(10, -3), false, false, 10, true, english), written: ['aria-label', 'background'] },
  ])('$name', ({ next, written }) => {
    const button = document.createElement('button');
    applyBubbleLook(button, first, null);
    const log = writes(button);
    applyBubbleLook(button, next, first);
    expect(log).toEqual(written);
    expect(button.getAttribute('aria-label')).toBe(next.label);
    expect(button.getAttribute('aria-pressed')).toBe(next.pressed);
    expect(button.style.width).toBe(next.size);
    expect(button.classList.contains('is-selected')).toBe(next.classes['is-selected']);
  });
});

describe('tooltipContent', () => {
  it.each([
    { name: 'a place with a score', summary: summary(3, 1.25), text: 'Seoul3 events · mean thaw +1.3' },
    { name: 'one event, no score', summary: summary(1, null), text: 'Seoul1 event' },
    {
      name: 'an approximate place says why',
      summary: summary(2, -2, 1),
      text: 'Seoul2 events · mean thaw -2.0Approximate: 1 placed from a named venue or occasion.',
    },
  ])('$name', ({ summary: of, text }) => {
    const box = tooltipContent(of, english);
    expect(box.querySelector('strong')?.textContent).toBe('Seoul');
    expect(box.textContent).toBe(text);
  });

  it('shows a name from the dataset as text, never as markup', () => {
    const hostile = { ...summary(1, 0), place: { ...place, name: '<img src=x onerror=alert(1)>' } };
    const box = tooltipContent(hostile, english);
    expect(box.querySelector('img')).toBeNull();
    expect(box.querySelector('strong')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
