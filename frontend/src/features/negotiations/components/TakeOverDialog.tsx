import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { FormErrorsAlert, type FormErrors } from '@/components/FormErrorsAlert';
import { useTranslate } from '@/i18n/use-translate';
import type { Advisor } from '@/lib/api/types';
import { localErrorMessage } from '@/lib/problem';
import { negotiationSaved } from '@/records/negotiation/invalidate';
import { takeOverNegotiation } from '../api/negotiation-changes';

interface Props {
  negotiationId: number;
  etag: string;
  /** Coordinators and admins name the new advisor; an advisor takes it over itself. */
  advisors: readonly Advisor[] | undefined;
  currentSubject: string | undefined;
  onClose: () => void;
}

/** 担当の引き継ぎ: with a reason, recorded in the history. */
export function TakeOverDialog({ negotiationId, etag, advisors, currentSubject, onClose }: Props) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<FormErrors | undefined>();
  const choosing = advisors !== undefined;
  const required = t('move.errorRequired');
  const form = useForm({
    resolver: zodResolver(
      z.object({
        reason: z.string().trim().min(1, required).max(500),
        advisorSubject: choosing ? z.string().min(1, required) : z.string(),
      }),
    ),
    defaultValues: { reason: '', advisorSubject: '' },
  });
  const errors = form.formState.errors;

  const submit = async (values: { reason: string; advisorSubject: string }) => {
    setBusy(true);
    setServerErrors(undefined);
    try {
      const saved = await takeOverNegotiation(negotiationId, etag, {
        reason: values.reason,
        advisorSubject: choosing ? values.advisorSubject : undefined,
      });
      await negotiationSaved(queryClient, saved);
      notifications.show({ color: 'teal', message: t('takeOver.saved') });
      onClose();
    } catch (error) {
      const local = localErrorMessage(error, translate);
      if (local) setServerErrors(local);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('takeOver.title')} closeOnClickOutside={false}>
      <form onSubmit={(event) => void form.handleSubmit(submit)(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('takeOver.description')}</Text>
          {serverErrors && <FormErrorsAlert id="take-over-errors" errors={serverErrors} />}
          {choosing && (
            <NativeSelect
              label={t('takeOver.advisor')}
              required
              data={[
                { value: '', label: '—' },
                ...advisors.filter((a) => a.subject !== currentSubject).map((a) => ({ value: a.subject, label: a.name })),
              ]}
              {...form.register('advisorSubject')}
              error={errors.advisorSubject?.message}
            />
          )}
          <Textarea label={t('takeOver.reason')} required autosize minRows={2} maxLength={500} data-autofocus {...form.register('reason')} error={errors.reason?.message} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('takeOver.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
