import type { ReactNode } from 'react';
import { Badge, Group, Paper, Skeleton, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LoadError } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';

/** アカウント: who the API says the user is, and the language choice. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1} fz={{ base: 24, sm: 28 }}>
        {t('account.title')}
      </Title>
      {me.isPending ? (
        <Stack aria-busy>
          <Skeleton h={24} />
          <Skeleton h={24} />
          <Skeleton h={24} />
        </Stack>
      ) : me.isError ? (
        <LoadError onRetry={() => void me.refetch()} />
      ) : (
        <Paper withBorder>
          <Table variant="vertical" layout="fixed" verticalSpacing="sm">
            <Table.Tbody>
              <Row label={t('account.name')}>{me.data.name ?? t('common.notSet')}</Row>
              <Row label={t('account.email')}>{me.data.email ?? t('common.notSet')}</Row>
              <Row label={t('account.roles')}>
                <Group gap="xs">
                  {me.data.roles.length === 0
                    ? t('common.notSet')
                    : me.data.roles.map((role) => (
                        <Badge key={role} variant="light" size="lg" radius="sm">
                          {t(`roles.${role}`)}
                        </Badge>
                      ))}
                </Group>
              </Row>
              {me.data.buyerCompanyId !== undefined && (
                <Row label={t('account.buyerCompanyId')}>{me.data.buyerCompanyId}</Row>
              )}
              <Row label={t('account.subject')}>
                <span style={{ fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' }}>
                  {me.data.subject}
                </span>
              </Row>
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Stack gap="xs" component="section" aria-labelledby="account-language">
        <Title order={2} size="h4" id="account-language">
          {t('account.language')}
        </Title>
        <LanguageSwitch maw={280} />
      </Stack>
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={{ base: 136, sm: 180 }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
