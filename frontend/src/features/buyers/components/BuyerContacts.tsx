import { Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { LoadError } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import type { BuyerContact, LoginGrant } from '@/lib/api/types';
import { localErrorMessage } from '@/lib/problem';
import { useGrantBuyerLogin } from '../api/grant-buyer-login';
import { buyerCompanyKeys } from '@/records/buyer-company/keys';
import { ContactEditor } from './ContactEditor';
import { ContactList } from './ContactList';
import { LoginGrantDialog } from './LoginGrantDialog';

interface Props {
  companyId: number;
  contacts: UseQueryResult<BuyerContact[]>;
  /** 追加 and 編集 for coordinators and admins, on a company not archived. */
  editable: boolean;
}

/** The editor's subject: a contact to edit, or none to add one. */
type Editing = { contact?: BuyerContact };

/** 担当者 on a buyer company's page: the contacts, and for those who may, adding and editing them. */
export function BuyerContacts({ companyId, contacts, editable }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing | undefined>();
  const translate = useTranslate();
  const grantLogin = useGrantBuyerLogin(companyId);
  const [grant, setGrant] = useState<LoginGrant | undefined>();

  const issueLogin = async (contact: BuyerContact) => {
    try {
      setGrant(await grantLogin.mutateAsync(contact.id));
    } catch (error) {
      const message = localErrorMessage(error, translate);
      if (message) {
        notifications.show({
          color: 'red',
          title: message.title,
          message: message.items.join(' ') || t('contacts.loginFailed'),
        });
      }
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="buyer-contacts">
      <Group justify="space-between" gap="sm">
        <Title order={2} size="h4" id="buyer-contacts">
          {t('contacts.heading')}
        </Title>
        {editable && (
          <Button variant="light" size="sm" onClick={() => setEditing({})}>
            {t('contacts.add')}
          </Button>
        )}
      </Group>
      {contacts.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton h={96} />
        </Stack>
      ) : contacts.isError ? (
        <LoadError onRetry={() => void contacts.refetch()} />
      ) : contacts.data.length === 0 ? (
        <Text c="dimmed">{editable ? t('contacts.empty') : t('contacts.emptyReadOnly')}</Text>
      ) : (
        <ContactList
          contacts={contacts.data}
          label={t('contacts.listLabel')}
          onEdit={editable ? (contact) => setEditing({ contact }) : undefined}
          onGrantLogin={editable ? (contact) => void issueLogin(contact) : undefined}
          grantingId={grantLogin.isPending ? grantLogin.variables : undefined}
        />
      )}
      <LoginGrantDialog grant={grant} onClose={() => setGrant(undefined)} />
      {editing && (
        <ContactEditor
          // A new editor for each contact and version: loading the latest after a conflict starts afresh.
          key={editing.contact ? `${editing.contact.id}@${editing.contact.version}` : 'new'}
          companyId={companyId}
          contact={editing.contact}
          onClose={() => setEditing(undefined)}
          onReload={(latest) => {
            setEditing({ contact: latest });
            void queryClient.invalidateQueries({ queryKey: buyerCompanyKeys.contacts(companyId) });
          }}
        />
      )}
    </Stack>
  );
}
