import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorsAlert, type FormErrors } from '@/components/FormErrorsAlert';
import type { Project } from '@/lib/api/types';
import type { VersionedProject } from '@/records/project/queries';
import type { ProjectChange } from '../api/save-project';
import { useProjectChanger } from './use-project-changer';

interface Props {
  /** The project as the user saw it when the dialog opened: its ETag guards the change. */
  versioned: VersionedProject;
  /** What the submit button sends. */
  change: ProjectChange;
  submitLabel: string;
  /** After a 412: what the latest version says of the firm or company being changed. */
  describeLatest: (latest: Project) => string;
  onSaved: () => void;
  onCancel: () => void;
  /** A button before キャンセル, e.g. 別の事業者を選ぶ. */
  secondary?: ReactNode;
  children: ReactNode;
}

const FAILURE_ID = 'project-change-errors';

/**
 * The body of a dialog that changes a participant or an invitation. The version it sends
 * as If-Match is the one the user chose against; when someone else changed the project
 * first (412), it shows what the latest version says, keeps the user's choice, and sends
 * it over the latest version only when the user confirms by saving again.
 */
export function ProjectChangeForm({ versioned, change, submitLabel, describeLatest, onSaved, onCancel, secondary, children }: Props) {
  const { t } = useTranslation();
  const { send, pending } = useProjectChanger(versioned.project.id);
  const [etag, setEtag] = useState(versioned.etag);
  const [latest, setLatest] = useState<Project | undefined>();
  const [failure, setFailure] = useState<FormErrors | undefined>();

  const submit = async () => {
    setFailure(undefined);
    const outcome = await send(etag, change);
    if (outcome.kind === 'saved') {
      onSaved();
    } else if (outcome.kind === 'conflict') {
      setEtag(outcome.latest.etag);
      setLatest(outcome.latest.project);
    } else if (outcome.message) {
      setFailure(outcome.message);
    }
  };

  return (
    <form
      noValidate
      aria-describedby={failure ? FAILURE_ID : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        {latest && (
          <Alert color="yellow" title={t('projects.conflictTitle')} role="alert">
            <Stack gap={4}>
              <Text size="sm">{describeLatest(latest)}</Text>
              <Text size="sm">{t('projects.conflictKeepChoice', { submit: submitLabel })}</Text>
            </Stack>
          </Alert>
        )}
        {failure && <FormErrorsAlert id={FAILURE_ID} errors={failure} />}
        {children}
        <Group justify="flex-end" gap="sm">
          {secondary}
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
