import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  reloading: boolean;
  /** Drops the user's changes and loads the latest version. */
  onReload: () => void;
  /** What happened, in the record's words; a generic sentence otherwise. */
  description?: string;
  /** A comparison of the latest version with the user's. */
  children?: ReactNode;
  /** Saves the user's version over the latest; without it the dialog only offers to reload. */
  onOverwrite?: () => void;
  overwriting?: boolean;
}

/** 412 Precondition Failed: the version the form was filled from is no longer the latest. */
export function ConflictModal({ opened, reloading, onReload, description, children, onOverwrite, overwriting = false }: Props) {
  const { t } = useTranslation();
  const busy = reloading || overwriting;
  return (
    <Modal
      opened={opened}
      onClose={onReload}
      title={t('conflict.title')}
      size={children ? 'xl' : 'md'}
      centered
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
    >
      <Stack gap="md">
        <Text size="sm">{description ?? t('conflict.description')}</Text>
        {children}
        <Group justify="flex-end" gap="sm">
          {onOverwrite && (
            <Button variant="default" color="red" onClick={onOverwrite} loading={overwriting} disabled={busy && !overwriting}>
              {t('conflict.overwrite')}
            </Button>
          )}
          <Button onClick={onReload} loading={reloading} disabled={busy && !reloading} data-autofocus>
            {t('conflict.reload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
