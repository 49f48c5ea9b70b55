import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorsAlert } from '@/components/FormErrorsAlert';
import { useTranslate } from '@/i18n/use-translate';
import { localErrorMessage } from '@/lib/problem';
import type { VersionedSurvey } from '@/records/survey/queries';
import { useUpdateSurvey } from '../api/surveys';

/** Title and dates of an issued survey (If-Match); the template version stays. */
export function SurveyEditDialog({ versioned, opened, onClose }: { versioned: VersionedSurvey; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const { survey, etag } = versioned;
  const [title, setTitle] = useState(survey.title);
  const [opensOn, setOpensOn] = useState(survey.opensOn);
  const [closesOn, setClosesOn] = useState(survey.closesOn);
  const update = useUpdateSurvey(survey.id);
  const error = update.error ? localErrorMessage(update.error, translate) : undefined;
  const orderWrong = opensOn !== '' && closesOn !== '' && closesOn < opensOn;

  return (
    <Modal opened={opened} onClose={onClose} title={t('surveyForm.editTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (orderWrong || !title.trim()) return;
          update.mutate(
            { body: { templateVersionId: survey.templateVersionId, title: title.trim(), opensOn, closesOn }, etag },
            {
              onSuccess: () => {
                notifications.show({ message: t('surveyForm.saved') });
                onClose();
              },
            },
          );
        }}
      >
        <Stack>
          {error && <FormErrorsAlert id="survey-edit-errors" errors={error} />}
          <TextInput label={t('surveyForm.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} />
          <TextInput type="date" label={t('surveyForm.opensOn')} value={opensOn} onChange={(e) => setOpensOn(e.currentTarget.value)} required />
          <TextInput
            type="date"
            label={t('surveyForm.closesOn')}
            description={t('surveyForm.closesOnHint')}
            value={closesOn}
            onChange={(e) => setClosesOn(e.currentTarget.value)}
            error={orderWrong ? t('surveyForm.datesOrder') : undefined}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('surveyForm.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('surveyForm.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
