import './start-dataset-fetch';
import './styles.css';

/**
 * The page's code is run in two evaluations, each a task of its own: React,
 * then the app. Evaluated as one, on a slow processor they were one long task
 * between the first paint and a page that answers. Both are fetched at once.
 */
const react = import('react-dom/client');
const app = import('./boot');
react
  .then(() => app)
  .then(
    ({ boot }) => boot(),
    (error: unknown) => {
      // The page's code did not arrive (a deploy replaced it, the network went): say so rather than leave a dead page.
      console.error('Thaw Monitor could not load its code', error);
      document.getElementById('root')?.insertAdjacentHTML('afterbegin', '<p class="notice notice--warning" role="alert">Thaw Monitor could not load its code. Reload the page to try again.</p>');
    },
  );
