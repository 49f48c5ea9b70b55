// The public survey answer page (answer.html, served for /a/<token>): its own small entry,
// without the signed-in app's OIDC client, router, component library or other areas' messages.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicAnswerApp, tokenOfPath } from './features/surveys/answer/PublicAnswerApp';
import { initAnswerI18n } from './i18n/answer';

async function start() {
  await initAnswerI18n();
  const container = document.getElementById('root');
  if (!container) throw new Error('answer.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <PublicAnswerApp token={tokenOfPath(window.location.pathname)} />
    </StrictMode>,
  );
}

void start();
