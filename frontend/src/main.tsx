import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { notifications } from '@mantine/notifications';
import { UserManager } from 'oidc-client-ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, ConfigErrorApp } from './app/App';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { oidcSettings } from './config/oidc';
import { loadRuntimeConfig } from './config/runtime-config';
import { initI18n } from './i18n';
import { asTranslate } from './i18n/use-translate';
import { setAccessTokenSource } from './lib/api/client';
import { returnToOf, type SignInState } from './lib/auth';
import { describeError } from './lib/problem';

async function start() {
  const i18n = await initI18n();
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const root = createRoot(container);

  let config;
  try {
    config = await loadRuntimeConfig();
  } catch (error) {
    console.error('Cannot load /config.json', error);
    root.render(<ConfigErrorApp title={i18n.t('config.errorTitle')} description={i18n.t('config.errorDescription')} />);
    return;
  }

  const userManager = new UserManager(oidcSettings(config, window.location.origin));
  setAccessTokenSource(async () => (await userManager.getUser())?.access_token);

  const translate = asTranslate(i18n.t);
  let redirecting = false;
  const queryClient = createQueryClient({
    signIn: () => {
      // Several queries may fail at once; one redirect is enough.
      if (redirecting) return;
      redirecting = true;
      const state: SignInState = { returnTo: returnToOf(window.location) };
      void userManager.removeUser().then(() => userManager.signinRedirect({ state }));
    },
    notify: (error) => {
      const { title, message } = describeError(error, translate);
      // The id folds identical failures (say, every query while offline) into one notification.
      notifications.show({ id: `error:${title}`, color: 'red', title, message, autoClose: 8000 });
    },
  });
  const router = createAppRouter(queryClient);

  root.render(
    <StrictMode>
      <App userManager={userManager} queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}

void start();
