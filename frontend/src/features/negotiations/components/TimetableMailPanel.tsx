import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorsAlert, type FormErrors } from '@/components/FormErrorsAlert';
import { useTranslate } from '@/i18n/use-translate';
import type { TimetableMailReport } from '@/lib/api/types';
import { formatInteger } from '@/lib/format';
import { localErrorMessage } from '@/lib/problem';
import { mailTimetable } from '../api/timetable-changes';
import { mailOutcome } from './timetable-mail';

/**
 * 各バイヤーにメールで送る: each buyer's own timetable with its .ics, for a published timetable.
 * Sending again reaches only those who do not have this version yet (the failed ones), unless
 * the coordinator asks to send to everyone again.
 */
export function TimetableMailPanel({ projectId, etag }: { projectId: number; etag: string }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const [resend, setResend] = useState(false);
  const [report, setReport] = useState<TimetableMailReport | undefined>();
  const [errors, setErrors] = useState<FormErrors | undefined>();

  const send = async (buyerCompanyIds?: number[]) => {
    if (!buyerCompanyIds && !window.confirm(t(resend ? 'timetablePage.mailConfirmResend' : 'timetablePage.mailConfirm'))) return;
    setBusy(true);
    setErrors(undefined);
    try {
      setReport(await mailTimetable(projectId, etag, buyerCompanyIds ? { buyerCompanyIds } : { resend }));
    } catch (error) {
      const local = localErrorMessage(error, translate);
      if (local) setErrors(local);
    } finally {
      setBusy(false);
    }
  };
  const outcome = report ? mailOutcome(report) : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timetable-mail">
      <Stack gap="sm">
        <Title order={2} size="h5" id="timetable-mail">
          {t('timetablePage.mail')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('timetablePage.mailHint')}
        </Text>
        <Group justify="space-between">
          <Checkbox label={t('timetablePage.mailResend')} checked={resend} onChange={(event) => setResend(event.currentTarget.checked)} />
          <Button onClick={() => void send()} loading={busy}>
            {t('timetablePage.mailSend')}
          </Button>
        </Group>
        {errors && <FormErrorsAlert id="timetable-mail-errors" errors={errors} />}
        {outcome && (
          <Stack gap="xs" role="status">
            <Text fw={700}>
              {t('timetablePage.mailResult', {
                companies: formatInteger(outcome.sentCompanies),
                mails: formatInteger(outcome.sentMails),
                failed: formatInteger(outcome.failedMails),
              })}
            </Text>
            {outcome.retry.length > 0 && (
              <Alert color="red" variant="light" title={t('timetablePage.mailFailedTitle')}>
                <Group justify="space-between" gap="sm">
                  <Text size="sm">{t('timetablePage.mailFailedHint')}</Text>
                  <Button size="xs" color="red" variant="outline" loading={busy} onClick={() => void send(outcome.retry)}>
                    {t('timetablePage.mailRetry', { formattedCount: formatInteger(outcome.retry.length) })}
                  </Button>
                </Group>
              </Alert>
            )}
            <Stack component="ul" gap={4} aria-label={t('timetablePage.mailResultCaption')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {outcome.lines.map((line, i) => (
                <Group component="li" key={`${line.kind}-${line.buyerCompanyId}-${i}`} gap="xs" wrap="nowrap" align="baseline">
                  <Badge radius="sm" variant="light" color={line.kind === 'sent' ? 'teal' : line.kind === 'failed' ? 'red' : 'gray'} style={{ flexShrink: 0 }}>
                    {t(`timetablePage.mailLine.${line.kind}`)}
                  </Badge>
                  <Text size="sm">
                    {line.name}
                    {line.kind === 'sent' && `: ${line.emails.join(t('common.listSeparator'))}`}
                    {line.kind === 'failed' &&
                      `: ${line.email}（${translate(line.key, { defaultValue: t('timetablePage.mailLine.failed') })}: ${line.reason}）`}
                    {line.kind === 'skipped' && `: ${t(`timetablePage.mailSkip.${line.reason}`)}`}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
