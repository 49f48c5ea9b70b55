import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LoginGrant } from '@/lib/api/types';

interface Props {
  grant: LoginGrant | undefined;
  onClose: () => void;
}

/** The new login's user name and temporary password, shown this once only. */
export function LoginGrantDialog({ grant, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={grant !== undefined} onClose={onClose} title={t('contacts.loginIssuedTitle')} closeOnClickOutside={false} size="md">
      {grant && (
        <Stack gap="md">
          <Text>{t('contacts.loginIssuedFor', { name: grant.contact.name })}</Text>
          <TextInput label={t('contacts.username')} value={grant.username} readOnly />
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              label={t('contacts.temporaryPassword')}
              value={grant.temporaryPassword}
              readOnly
              data-testid="temporary-password"
              styles={{ input: { fontFamily: 'monospace' } }}
              style={{ flex: 1 }}
            />
            <CopyButton value={grant.temporaryPassword}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('contacts.copied') : t('contacts.copyPassword')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="yellow" variant="light">
            <Stack gap={4}>
              <Text size="sm">{t('contacts.temporaryPasswordOnce')}</Text>
              <Text size="sm">{t('contacts.temporaryPasswordFirstSignIn')}</Text>
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('contacts.loginNoted')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
