import { Button, Center, Container } from '@mantine/core';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { StateMessage } from '@/components/StateMessage';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { returnToOf, type SignInState } from '@/lib/auth';

export function AuthErrorPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const retry = () => {
    const state: SignInState = { returnTo: returnToOf(window.location) };
    void auth.signinRedirect({ state });
  };
  return (
    <Container component="main" size="sm" py="xl">
      <Center>
        <LanguageSwitch />
      </Center>
      <StateMessage
        color="red"
        title={t('auth.errorTitle')}
        description={t('auth.errorDescription')}
        actions={<Button onClick={retry}>{t('auth.retry')}</Button>}
      />
    </Container>
  );
}
