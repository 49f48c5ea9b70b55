import { Box, Button, Center, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { returnToOf, type SignInState } from '@/lib/auth';

/** What a signed-out visitor sees on any path; after signing in they come back to that path. */
export function LandingPage() {
  const { t } = useTranslation();
  const auth = useAuth();

  const signIn = () => {
    const state: SignInState = { returnTo: returnToOf(window.location) };
    void auth.signinRedirect({ state });
  };

  return (
    <Box
      mih="100dvh"
      style={{
        background:
          'linear-gradient(160deg, var(--mantine-color-blue-0) 0%, var(--mantine-color-white) 55%, var(--mantine-color-teal-0) 100%)',
      }}
    >
      <Group justify="flex-end" px="md" py="sm">
        <LanguageSwitch />
      </Group>
      <Center px="md" pt={{ base: 'md', sm: 64 }} pb="xl">
        <Paper component="main" withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }} maw={560} w="100%">
          <Stack gap="md">
            <Group gap="sm" wrap="nowrap">
              <Image src="/favicon.svg" alt="" w={40} h={40} />
              <Text fw={700} size="sm" c="dimmed">
                {t('app.organization')}
              </Text>
            </Group>
            <Stack gap={4}>
              <Title order={1} fz={{ base: 30, sm: 36 }}>
                {t('landing.heading')}
              </Title>
              <Text fw={700} c="blue.9">
                {t('landing.subheading')}
              </Text>
            </Stack>
            <Text>{t('landing.description')}</Text>
            <Button size="md" onClick={signIn} fullWidth mt="sm">
              {t('landing.login')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('landing.loginHelp')}
            </Text>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
