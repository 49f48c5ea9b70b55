import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { PageLoader } from '@/components/PageLoader';

/**
 * react-oidc-context completes the sign-in on this path and App's onSigninCallback moves
 * on to the path the user wanted. This page may still render once while the router
 * catches up, so it only sends the user home if the address really is still the
 * callback (say, after the back button).
 */
export function AuthCallbackPage() {
  const navigate = useNavigate();
  useEffect(() => {
    if (window.location.pathname === '/auth/callback') void navigate({ to: '/', replace: true });
  }, [navigate]);
  return <PageLoader />;
}
