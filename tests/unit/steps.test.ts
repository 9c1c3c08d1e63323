import { stepAt, storyOrder } from '../../src/core/presentation/steps';
import { makeEvent, withScore } from './make-event';

const story = storyOrder([
  withScore(makeEvent({ id: 'c', date: '2022-01-01' }), 3),
  withScore(makeEvent({ id: 'a', date: '2016-01-01' }), -6),
  withScore(makeEvent({ id: 'b', date: '2019-12-04' }), 2),
]);

describe('storyOrder', () => {
  it('is oldest first', () => expect(story.map((e) => e.id)).toEqual(['a', 'b', 'c']));
});

describe('stepAt', () => {
  it.each([
    [0, 'a', -6],
    [1, 'b', -2],
    [2, 'c', -1 / 3],
    [3, 'a', -6],
    [-1, 'c', -1 / 3],
  ])('step %d is %s with running reading %d', (index, id, reading) => {
    const step = stepAt(story, index)!;
    expect(step.event.id).toBe(id);
    expect(step.total).toBe(3);
    expect(step.reading.mean).toBeCloseTo(reading);
    expect(step.quote).toEqual({ sourceId: 's', quote: 'q' });
  });
  it('is null for an empty story', () => expect(stepAt([], 0)).toBeNull());
});
