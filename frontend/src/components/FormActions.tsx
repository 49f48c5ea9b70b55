import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveBusy, SaveConflict, SaveState } from '@/lib/use-save-with-conflict';
import { ConflictModal } from './ConflictModal';
import { FormErrorsAlert } from './FormErrorsAlert';

type Save<Body, Latest> = Pick<SaveState<Body, Latest>, 'busy' | 'conflict' | 'overwrite' | 'reload'>;

interface ConflictProps<Body, Latest> {
  save: Save<Body, Latest>;
  /** What happened, in the record's words. */
  conflictDescription: string;
  /** Starts the form afresh from the latest version, dropping the user's changes. */
  onReload: (latest: Latest) => void;
  /** The latest version beside the user's, field by field. */
  comparison: (conflict: SaveConflict<Body, Latest>) => ReactNode;
}

interface ButtonsProps {
  busy: SaveBusy | undefined;
  submitLabel: string;
  /** キャンセル: a link back, or a button that closes a dialog. */
  cancel: ReactNode;
  /** Another job keeps the form busy, e.g. a photo upload after saving. */
  pending?: boolean;
}

/** A form's キャンセル and submit buttons; submit shows it is saving and the rest wait. */
export function FormButtons({ busy, submitLabel, cancel, pending = false }: ButtonsProps) {
  const working = busy !== undefined || pending;
  return (
    <Group justify="flex-end" gap="sm">
      {cancel}
      <Button type="submit" loading={busy === 'submit' || pending} disabled={working && busy !== 'submit'}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** 412: the latest version beside the user's, to load it or overwrite it. */
export function FormConflictModal<Body, Latest>({ save, conflictDescription, onReload, comparison }: ConflictProps<Body, Latest>) {
  const { busy, conflict, overwrite, reload } = save;
  return (
    <ConflictModal
      opened={conflict !== undefined}
      description={conflictDescription}
      reloading={busy === 'reload'}
      onReload={() => reload(onReload)}
      onOverwrite={overwrite}
      overwriting={busy === 'overwrite'}
    >
      {conflict && comparison(conflict)}
    </ConflictModal>
  );
}

type ActionsProps<Body, Latest> = ConflictProps<Body, Latest> & Omit<ButtonsProps, 'busy'>;

/** The end of a page's form: its buttons, and the dialog when someone else saved first. */
export function FormActions<Body, Latest>({ save, submitLabel, cancel, pending, ...conflict }: ActionsProps<Body, Latest>) {
  return (
    <>
      <FormButtons busy={save.busy} submitLabel={submitLabel} cancel={cancel} pending={pending} />
      <FormConflictModal save={save} {...conflict} />
    </>
  );
}

type DialogProps<Body, Latest> = Omit<ActionsProps<Body, Latest>, 'cancel' | 'save'> & {
  save: Save<Body, Latest> & Pick<SaveState<Body, Latest>, 'serverErrors'>;
  title: string;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The id of the alert with the server's refusal, unique on the page. */
  errorsId: string;
  children: ReactNode;
};

/**
 * A record edited in a dialog (a buyer's contact, a firm's product): the form, the
 * server's refusal above it, キャンセル and submit, and the 412 dialog in its place when
 * someone else saved first.
 */
export function FormDialog<Body, Latest>({
  title,
  onClose,
  onSubmit,
  errorsId,
  children,
  save,
  submitLabel,
  pending = false,
  ...conflict
}: DialogProps<Body, Latest>) {
  const { t } = useTranslation();
  const { serverErrors, busy } = save;
  return (
    <>
      {/* Kept mounted while the conflict dialog is up, so what the user typed survives it. */}
      <Modal opened={save.conflict === undefined} onClose={onClose} keepMounted title={title} size="lg" closeOnClickOutside={false}>
        <form onSubmit={onSubmit} noValidate aria-describedby={serverErrors ? errorsId : undefined}>
          <Stack gap="md">
            {serverErrors && <FormErrorsAlert id={errorsId} errors={serverErrors} />}
            {children}
            <FormButtons
              busy={busy}
              submitLabel={submitLabel}
              pending={pending}
              cancel={
                <Button variant="default" onClick={onClose} disabled={busy !== undefined || pending}>
                  {t('common.cancel')}
                </Button>
              }
            />
          </Stack>
        </form>
      </Modal>
      <FormConflictModal save={save} {...conflict} />
    </>
  );
}
