/**
 * Entry of the web page (index.html beside the add-in). Renders the page and registers the service worker
 * (sw.js, src/web/sw.ts) that keeps the page working offline after the first visit.
 */
import { createRoot } from 'react-dom/client';
import { langFromLocale } from '../i18n';
import { WebApp } from './WebApp';

const container = document.getElementById('root');
if (container) createRoot(container).render(<WebApp lang={langFromLocale(navigator.language)} />);

if ('serviceWorker' in navigator && (location.protocol === 'https:' || location.hostname === 'localhost' || location.hostname === '127.0.0.1')) {
  window.addEventListener('load', () => {
    // A page that works without it: an error here only means no offline use.
    navigator.serviceWorker.register('sw.js').catch(() => undefined);
  });
}
