import { Anchor, Paper, Stack, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A titled block of label–value rows on a detail page; the section is named by its title. */
export function DetailSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <Paper withBorder>
        <Table variant="vertical" layout="fixed" verticalSpacing="sm">
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={{ base: 120, sm: 180 }}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

/** Numbers that line up: 法人番号, 〒970-8026. */
export function Digits({ children }: { children: ReactNode }) {
  return <span style={{ fontVariantNumeric: 'tabular-nums', letterSpacing: '0.02em' }}>{children}</span>;
}

/** 〒 and the address on their own lines, or — when neither is known. */
export function PostalAddress({ postalCode, address }: { postalCode?: string; address?: string }) {
  const { t } = useTranslation();
  if (!postalCode && !address) return <>{t('common.notSet')}</>;
  return (
    <Stack gap={0}>
      {postalCode && <Digits>〒{postalCode}</Digits>}
      {address && <span>{address}</span>}
    </Stack>
  );
}

/** A phone number to tap on a phone, or —. */
export function PhoneLink({ phone }: { phone?: string }) {
  const { t } = useTranslation();
  if (!phone) return <>{t('common.notSet')}</>;
  return (
    <Anchor inherit href={`tel:${phone.replace(/-/g, '')}`}>
      {phone}
    </Anchor>
  );
}

/** An e-mail address to write to, or —. */
export function EmailLink({ email }: { email?: string }) {
  const { t } = useTranslation();
  if (!email) return <>{t('common.notSet')}</>;
  return (
    <Anchor inherit href={`mailto:${email}`} style={{ wordBreak: 'break-all' }}>
      {email}
    </Anchor>
  );
}
