import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslate } from '@/i18n/use-translate';
import { ApiError, problemTitle, translateFieldError } from '@/lib/problem';

export interface ArchiveMessages {
  /** The button, and the dialog's confirming button. */
  button: string;
  submit: string;
  title: string;
  /** What archiving does, naming the record. */
  confirm: string;
  doneTitle: string;
  doneMessage: string;
  failedTitle: string;
  /** 412: someone saved first. */
  conflict: string;
}

interface Props {
  messages: ArchiveMessages;
  /** Sends the archive request with the ETag of the version on screen; throws ApiError. */
  archive: () => Promise<unknown>;
  /** After a refusal: loads what is true now. */
  refresh: () => Promise<void>;
}

/** アーカイブ with a confirmation. Records are never deleted, only archived. */
export function ArchiveButton({ messages, archive, refresh }: Props) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);

  const confirm = async () => {
    setPending(true);
    try {
      await archive();
      close();
      notifications.show({ color: 'green', title: messages.doneTitle, message: messages.doneMessage });
    } catch (error) {
      close();
      if (!(error instanceof ApiError) || error.status === 401 || error.status === 403 || error.status >= 500) return; // global handler
      // 412: someone saved first; 422: already archived. Either way show what is true now.
      const reason = error.problem?.errors?.[0];
      notifications.show({
        color: 'yellow',
        title: error.problem && error.status !== 412 ? problemTitle(error.problem, translate) : messages.failedTitle,
        message: error.status === 412 ? messages.conflict : reason ? translateFieldError(reason, translate) : t('problemHint.other'),
        autoClose: 10_000,
      });
      await refresh();
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button variant="outline" color="red" onClick={open}>
        {messages.button}
      </Button>
      <Modal opened={opened} onClose={close} title={messages.title} centered>
        <Text size="sm">{messages.confirm}</Text>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={close} data-autofocus disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={pending}>
            {messages.submit}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
