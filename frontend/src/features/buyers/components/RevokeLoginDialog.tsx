import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BuyerContact } from '@/lib/api/types';

interface Props {
  /** The contact whose login is to end; none: the dialog is closed. */
  contact?: BuyerContact;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (contact: BuyerContact) => void;
}

/** ログインを停止 asks first: the buyer is shut out at once, and only a new grant lets it in again. */
export function RevokeLoginDialog({ contact, pending, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={contact !== undefined} onClose={onCancel} title={t('contacts.revokeTitle')} centered>
      <Text size="sm">{t('contacts.revokeConfirm', { name: contact?.name ?? '' })}</Text>
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus disabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={() => contact && onConfirm(contact)} loading={pending}>
          {t('contacts.revokeSubmit')}
        </Button>
      </Group>
    </Modal>
  );
}
