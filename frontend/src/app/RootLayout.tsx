import { Outlet } from '@tanstack/react-router';
import { useAuth } from 'react-oidc-context';
import { PageLoader } from '@/components/PageLoader';
import { AuthErrorPage } from '@/features/auth/components/AuthErrorPage';
import { LandingPage } from '@/features/auth/components/LandingPage';
import { AppShellLayout } from './AppShellLayout';

/** Signed out: the landing page on every path. Signed in: the app shell. */
export function RootLayout() {
  const auth = useAuth();
  if (auth.isLoading) return <PageLoader fullScreen />;
  if (!auth.isAuthenticated) {
    return auth.error ? <AuthErrorPage /> : <LandingPage />;
  }
  return (
    <AppShellLayout>
      <Outlet />
    </AppShellLayout>
  );
}
