import { Badge, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError } from '@/components/StateMessage';
import { formatDateTime } from '@/lib/format';
import { useSurveyInvitation, useSurveySubmissions } from '@/records/survey/queries';

/** One invitation: its links, when it was opened, every mail sent or attempted, and its submissions. */
export function InvitationDrawer({ invitationId, onClose }: { invitationId: number | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const open = invitationId !== undefined;
  const invitation = useSurveyInvitation(invitationId ?? 0, open);
  const submissions = useSurveySubmissions(invitationId ?? 0, open);
  const name = invitation.data ? `${invitation.data.buyerCompanyName} ${invitation.data.contactName}` : '';

  return (
    <Drawer opened={open} onClose={onClose} position="right" size="lg" title={t('surveyDetail.mailsTitle', { name })} closeButtonProps={{ 'aria-label': t('surveyDetail.close') }}>
      {invitation.isPending ? (
        <TableSkeleton />
      ) : invitation.isError ? (
        <LoadError onRetry={() => void invitation.refetch()} />
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="light">{t(`surveyDetail.statuses.${invitation.data.status}`)}</Badge>
            {invitation.data.revoked && <Badge color="red">{t('surveyDetail.revoked')}</Badge>}
            <Text size="sm">{t('surveyDetail.activeLinks', { count: invitation.data.activeLinks })}</Text>
            {invitation.data.openedAt && <Text size="sm">{t('surveyDetail.openedAt', { at: formatDateTime(invitation.data.openedAt) })}</Text>}
          </Group>
          <Text size="sm">
            {invitation.data.contactEmail ?? t('surveyDetail.noEmail')}・{t(`surveyDetail.languages.${invitation.data.language}`)}
          </Text>
          {(invitation.data.mails ?? []).length === 0 ? (
            <Text c="dimmed">{t('surveyDetail.mailsEmpty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={520} type="native">
              <Table withTableBorder fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('surveyDetail.mailAt')}</Table.Th>
                    <Table.Th scope="col">{t('surveyDetail.mailKind')}</Table.Th>
                    <Table.Th scope="col">{t('surveyDetail.mailTo')}</Table.Th>
                    <Table.Th scope="col">{t('surveyDetail.mailStatus')}</Table.Th>
                    <Table.Th scope="col">{t('surveyDetail.mailBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(invitation.data.mails ?? []).map((mail) => (
                    <Table.Tr key={mail.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(mail.attemptedAt)}</Table.Td>
                      <Table.Td>{t(`surveyDetail.mailKinds.${mail.kind}`)}</Table.Td>
                      <Table.Td>
                        {mail.to}（{t(`surveyDetail.languages.${mail.language}`)}）
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={mail.status === 'FAILED' ? 'red.8' : undefined}>
                          {t(`surveyDetail.mailStatuses.${mail.status}`)}
                          {mail.error && `：${mail.error}`}
                        </Text>
                      </Table.Td>
                      <Table.Td>{mail.sentBy?.name ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Title order={3} size="h5">
            {t('surveyDetail.submissions')}
          </Title>
          {submissions.data && submissions.data.length === 0 && <Text c="dimmed">{t('surveyDetail.submissionsEmpty')}</Text>}
          {submissions.data?.map((s) => (
            <Text key={s.number} size="sm">
              {t('surveyDetail.submissionNumber', { number: s.number })}：{formatDateTime(s.submittedAt)}（{t(`surveyDetail.channels.${s.channel}`)}
              {s.enteredBy && `・${t('surveyDetail.proxyBy', { name: s.enteredBy.name })}`}）
            </Text>
          ))}
        </Stack>
      )}
    </Drawer>
  );
}
