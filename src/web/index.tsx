/**
 * Entry of the web page (index.html beside the add-in). Renders the page and registers the service worker
 * (sw.js, src/web/sw.ts) that keeps the page working offline after the first visit.
 */
import { createRoot } from 'react-dom/client';
import { langFromLocale } from '../i18n';
import { WebApp } from './WebApp';

const container = document.getElementById('root');
if (container) createRoot(container).render(<WebApp lang={langFromLocale(navigator.language)} />);

// Browsers allow service workers on secure origins only (https, or this computer's own addresses).
if ('serviceWorker' in navigator && window.isSecureContext) {
  window.addEventListener('load', () => {
    // A page that works without it: an error here only means no offline use.
    navigator.serviceWorker.register('sw.js').catch(() => undefined);
  });
}
