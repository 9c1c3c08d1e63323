/** @vitest-environment jsdom */
import { render, screen, within } from './render';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { AfterPaint } from '../../src/shared/after-paint';
import { Panel } from '../../src/app/panel';

function Exploding({ when }: { when: boolean }) {
  if (when) throw new Error('tiles exploded');
  return <p>Map drawn</p>;
}

function TwoPanels() {
  const [broken, setBroken] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setBroken(false)}>
        Fix the map
      </button>
      <Panel title="Map">
        <Exploding when={broken} />
      </Panel>
      <Panel title="Thaw index">
        <p>Gauge drawn</p>
      </Panel>
    </>
  );
}

describe('Panel', () => {
  it('keeps a failing panel from blanking the others, and can retry it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<TwoPanels />);
    const map = screen.getByRole('region', { name: 'Map' });
    expect(within(map).getByRole('alert')).toHaveTextContent('The map panel could not be shown: tiles exploded');
    expect(within(screen.getByRole('region', { name: 'Thaw index' })).getByText('Gauge drawn')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Fix the map' }));
    await userEvent.click(within(map).getByRole('button', { name: 'Try again' }));
    expect(within(map).getByText('Map drawn')).toBeInTheDocument();
  });

  it('says so in the panel when a deferred part\'s code cannot be fetched, and fetches it again on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let attempts = 0;
    let drawn: string | null = null;
    const load = () => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(new Error('Failed to fetch dynamically imported module'));
      drawn = 'Map drawn';
      return Promise.resolve();
    };
    render(
      <Panel title="Map">
        <AfterPaint load={load} fallback={<p>Map waiting</p>}>
          {() => <p>{drawn}</p>}
        </AfterPaint>
      </Panel>,
    );
    const map = screen.getByRole('region', { name: 'Map' });
    expect(await within(map).findByRole('alert')).toHaveTextContent('The map panel could not be shown: Failed to fetch dynamically imported module');
    await userEvent.click(within(map).getByRole('button', { name: 'Try again' }));
    expect(await within(map).findByText('Map drawn')).toBeInTheDocument();
    expect(attempts).toBeGreaterThanOrEqual(2);
  });
});
