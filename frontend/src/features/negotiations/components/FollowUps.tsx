import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorsAlert, type FormErrors } from '@/components/FormErrorsAlert';
import { useTranslate } from '@/i18n/use-translate';
import { FOLLOW_UP_CHANNELS } from '@/lib/api/enums';
import type { FollowUp } from '@/lib/api/types';
import { formatDateNumeric, formatDateTime, todayInTokyo } from '@/lib/format';
import { ApiError, applyProblemToForm, problemTitle, translateFieldError } from '@/lib/problem';
import { negotiationSaved } from '@/records/negotiation/invalidate';
import { addFollowUp } from '../api/negotiation-changes';
import { emptyFollowUp, FOLLOW_UP_FIELDS, followUpSchema, toFollowUpInput, type FollowUpValues } from './follow-up-form';

interface Props {
  negotiationId: number;
  followUps: readonly FollowUp[];
  mayChange: boolean;
}

/** フォローアップ: the form to record one (owner, coordinators), and every one recorded, newest first. */
export function FollowUps({ negotiationId, followUps, mayChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="negotiation-follow-ups">
      <Title order={2} size="h4" id="negotiation-follow-ups">
        {t('followUps.title')}
      </Title>
      {mayChange && <FollowUpForm negotiationId={negotiationId} />}
      {followUps.length === 0 ? (
        <Text c="dimmed">{t('followUps.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" aria-label={t('followUps.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {followUps.map((f) => (
            <Paper key={f.id} component="li" withBorder p="sm">
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={700}>{formatDateNumeric(f.heldOn)}</Text>
                  <Badge variant="outline" color="gray" radius="sm">
                    {t(`channel.${f.channel}`)}
                  </Badge>
                </Group>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{f.note}</Text>
                {f.nextAction && f.nextActionOn && (
                  <Text size="sm" fw={700}>
                    {t('followUps.next', { action: f.nextAction, date: formatDateNumeric(f.nextActionOn) })}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t('followUps.recordedBy', { name: f.recordedBy.name, at: formatDateTime(f.recordedAt) })}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function FollowUpForm({ negotiationId }: { negotiationId: number }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const today = todayInTokyo();
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<FormErrors | undefined>();
  const form = useForm<FollowUpValues>({
    resolver: zodResolver(
      followUpSchema(
        {
          required: t('move.errorRequired'),
          future: t('move.errorFuture'),
          bothNext: t('followUps.errorBothNext'),
          nextBefore: t('followUps.errorNextBefore'),
        },
        today,
      ),
    ),
    defaultValues: emptyFollowUp(today),
  });
  const errors = form.formState.errors;
  const heldOn = useWatch({ control: form.control, name: 'heldOn' });

  const submit = async (values: FollowUpValues) => {
    setBusy(true);
    setServerErrors(undefined);
    try {
      const saved = await addFollowUp(negotiationId, toFollowUpInput(values));
      await negotiationSaved(queryClient, saved);
      form.reset(emptyFollowUp(todayInTokyo()));
      notifications.show({ color: 'teal', message: t('followUps.saved') });
    } catch (error) {
      if (error instanceof ApiError && error.problem && error.status < 500 && error.status !== 401 && error.status !== 403) {
        const unmapped = applyProblemToForm(error.problem, form.setError, translate, (path) => FOLLOW_UP_FIELDS.includes(path));
        setServerErrors({ title: problemTitle(error.problem, translate), items: unmapped.map((e) => translateFieldError(e, translate)) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) => void form.handleSubmit(submit)(event)}
        noValidate
        aria-labelledby="follow-up-form-title"
        aria-describedby={serverErrors ? 'follow-up-errors' : undefined}
      >
        <Stack gap="sm">
          <Title order={3} size="h5" id="follow-up-form-title">
            {t('followUps.add')}
          </Title>
          {serverErrors && <FormErrorsAlert id="follow-up-errors" errors={serverErrors} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('followUps.heldOn')} required max={today} {...form.register('heldOn')} error={errors.heldOn?.message} />
            <NativeSelect
              label={t('followUps.channel')}
              required
              data={FOLLOW_UP_CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
              {...form.register('channel')}
              error={errors.channel?.message}
            />
          </SimpleGrid>
          <Textarea label={t('followUps.note')} required autosize minRows={3} maxLength={4000} {...form.register('note')} error={errors.note?.message} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('followUps.nextAction')}
              description={t('followUps.nextActionDescription')}
              maxLength={200}
              {...form.register('nextAction')}
              error={errors.nextAction?.message}
            />
            <TextInput type="date" label={t('followUps.nextActionOn')} min={heldOn || undefined} {...form.register('nextActionOn')} error={errors.nextActionOn?.message} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('followUps.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
