import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { MailReport, SurveyInvitation } from '@/records/survey/types';

interface Props {
  report: MailReport;
  kind: 'send' | 'remind';
  /** To name the contacts the report lists by invitation id. */
  invitations: readonly SurveyInvitation[];
  onClose: () => void;
}

/**
 * What one "send" or "remind" did, contact by contact: sent, failed (the mail server did not
 * answer) and left out with the reason, such as a reminder refused within 24 hours.
 */
export function MailReportAlert({ report, kind, invitations, onClose }: Props) {
  const { t } = useTranslation();
  const nameOf = (id: number) => {
    const invitation = invitations.find((i) => i.id === id);
    return invitation ? `${invitation.buyerCompanyName} ${invitation.contactName}` : `#${id}`;
  };
  const color = report.failed.length > 0 ? 'red' : report.sent.length === 0 ? 'yellow' : 'green';
  return (
    <Alert color={color} title={t('surveyDetail.mailReportTitle')} withCloseButton onClose={onClose} role="status" data-testid={`mail-report-${kind}`}>
      <Text size="sm" fw={700}>
        {t('surveyDetail.mailSent', { count: report.sent.length })}
      </Text>
      {report.failed.length > 0 && (
        <>
          <Text size="sm" fw={700} c="red.8">
            {t('surveyDetail.mailFailed', { count: report.failed.length })}
          </Text>
          <List size="sm">
            {report.failed.map((f) => (
              <List.Item key={f.invitationId}>
                {nameOf(f.invitationId)}：{f.error}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {report.skipped.length > 0 && (
        <>
          <Text size="sm" fw={700}>
            {t('surveyDetail.mailSkipped', { count: report.skipped.length })}
          </Text>
          <List size="sm">
            {report.skipped.map((s) => (
              <List.Item key={s.invitationId}>
                {nameOf(s.invitationId)}：
                {t(`surveyDetail.skipReasons.${s.reason}`, { at: s.lastReminderAt ? formatDateTime(s.lastReminderAt) : '' })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
