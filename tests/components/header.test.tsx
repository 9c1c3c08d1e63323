/** @vitest-environment jsdom */
import { render, screen } from './render';
import userEvent from '@testing-library/user-event';
import { Header } from '../../src/app/header';

const props = { summary: '2 events', status: '2 of 2 events', canReset: false, onReset: () => {}, onFile: () => {}, onPresent: () => {}, onAddArticle: () => {}, onLanguage: () => {} };
const note = 'The link holds the filters, not mine.json: it opens the built-in dataset.';

describe('Copy link', () => {
  it('copies the address, and says what the link leaves out until the dataset changes', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Header {...props} linkNote={note} />);
    expect(screen.queryByText(note)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`2 of 2 events. Link copied. ${note}`);
    expect(screen.getAllByText(note).some((element) => !element.closest('[role="status"]'))).toBe(true);
    rerender(<Header {...props} linkNote={null} />);
    expect(screen.queryByText(note, { exact: false })).toBeNull();
  });

  it('says nothing more when the view has no local file', async () => {
    const user = userEvent.setup();
    render(<Header {...props} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^2 of 2 events\. Link copied\.$/);
  });
});
