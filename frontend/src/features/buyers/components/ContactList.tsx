import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailLink, PhoneLink } from '@/components/DetailTable';
import type { BuyerContact } from '@/lib/api/types';

interface Props {
  contacts: readonly BuyerContact[];
  /** Names the list for assistive technology. */
  label: string;
  /** Shows 編集 on each card (coordinators and admins, on a company not archived). */
  onEdit?: (contact: BuyerContact) => void;
  /** Shows ログインを発行 on contacts without a login (coordinators and admins). */
  onGrantLogin?: (contact: BuyerContact) => void;
  /** The contact whose login is being issued. */
  grantingId?: number;
  /** Shows ログインを停止 on contacts with a login (coordinators and admins). */
  onRevokeLogin?: (contact: BuyerContact) => void;
}

/** 担当者 as cards, one column on a phone: name and reading, ログイン可, then 部署, メール, 電話. */
export function ContactList({ contacts, label, onEdit, onGrantLogin, grantingId, onRevokeLogin }: Props) {
  return (
    <SimpleGrid
      component="ul"
      aria-label={label}
      cols={{ base: 1, md: 2 }}
      spacing="sm"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {contacts.map((contact) => (
        <ContactCard
          key={contact.id}
          contact={contact}
          onEdit={onEdit}
          onGrantLogin={onGrantLogin}
          granting={grantingId === contact.id}
          onRevokeLogin={onRevokeLogin}
        />
      ))}
    </SimpleGrid>
  );
}

interface CardProps {
  contact: BuyerContact;
  onEdit?: (contact: BuyerContact) => void;
  onGrantLogin?: (contact: BuyerContact) => void;
  granting: boolean;
  onRevokeLogin?: (contact: BuyerContact) => void;
}

function ContactCard({ contact, onEdit, onGrantLogin, granting, onRevokeLogin }: CardProps) {
  const { t } = useTranslation();
  const hintId = `contact-${contact.id}-login-hint`;
  const noEmail = !contact.email;
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={700}>{contact.name}</Text>
              {contact.hasLogin && (
                <Badge color="teal" variant="light" radius="sm" size="sm">
                  {t('contacts.hasLogin')}
                </Badge>
              )}
            </Group>
            {contact.nameKana && (
              <Text size="xs" c="dimmed">
                {contact.nameKana}
              </Text>
            )}
          </Stack>
          {onEdit && (
            <Button
              variant="default"
              size="xs"
              onClick={() => onEdit(contact)}
              aria-label={t('contacts.editLabel', { name: contact.name })}
              style={{ flexShrink: 0 }}
            >
              {t('contacts.edit')}
            </Button>
          )}
        </Group>
        <Stack gap={4} component="dl" m={0}>
          <Field label={t('contactFields.department')}>{contact.department || t('common.notSet')}</Field>
          <Field label={t('contactFields.email')}>
            <EmailLink email={contact.email || undefined} />
          </Field>
          <Field label={t('contactFields.phone')}>
            <PhoneLink phone={contact.phone || undefined} />
          </Field>
        </Stack>
        {onGrantLogin && !contact.hasLogin && (
          <Group gap="sm" align="center">
            <Button
              variant="light"
              size="xs"
              onClick={() => onGrantLogin(contact)}
              disabled={noEmail}
              loading={granting}
              aria-describedby={noEmail ? hintId : undefined}
              aria-label={t('contacts.grantLoginLabel', { name: contact.name })}
            >
              {t('contacts.grantLogin')}
            </Button>
            {noEmail && (
              <Text id={hintId} size="xs" c="dimmed">
                {t('contacts.grantLoginNeedsEmail')}
              </Text>
            )}
          </Group>
        )}
        {onRevokeLogin && contact.hasLogin && (
          <Group gap="sm">
            <Button
              variant="subtle"
              color="red"
              size="xs"
              onClick={() => onRevokeLogin(contact)}
              aria-label={t('contacts.revokeLoginLabel', { name: contact.name })}
            >
              {t('contacts.revokeLogin')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" c="dimmed" w={88} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {children}
      </Text>
    </Group>
  );
}
