import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { User, UserManager } from 'oidc-client-ts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { returnToFromState } from '@/lib/auth';
import type { AppRouter } from './router';
import { cssVariablesResolver, localizedTheme, theme } from './theme';

interface Props {
  userManager: UserManager;
  queryClient: QueryClient;
  router: AppRouter;
}

const CALLBACK_PATH = '/auth/callback';

export function App({ userManager, queryClient, router }: Props) {
  const { t } = useTranslation();
  const appTheme = useMemo(() => localizedTheme({ close: t('common.close') }), [t]);
  // Runs before react-oidc-context reports the user as signed in, so the shell's first
  // render is already on the path the user wanted, not on the callback.
  const onSigninCallback = useCallback(
    async (user: User | undefined) => {
      // Also drops ?code=&state= from the address.
      await router.navigate({ href: returnToFromState(user?.state), replace: true });
    },
    [router],
  );
  return (
    <MantineProvider theme={appTheme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" limit={3} />
      <AuthProvider
        userManager={userManager}
        // Only the registered redirect URI completes a sign-in; other paths never read ?code=.
        skipSigninCallback={window.location.pathname !== CALLBACK_PATH}
        onSigninCallback={onSigninCallback}
      >
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AuthProvider>
    </MantineProvider>
  );
}

/** Shown when /config.json cannot be read: nothing else can work without it. */
export function ConfigErrorApp({ title, description }: { title: string; description: string }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <main style={{ maxWidth: 560, margin: '80px auto', padding: '0 16px' }}>
        <h1 style={{ fontSize: 22 }}>{title}</h1>
        <p>{description}</p>
      </main>
    </MantineProvider>
  );
}
