import { Badge, Button, Checkbox, Group, Menu, Modal, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPager } from '@/components/ListPager';
import { ListTable } from '@/components/ListTable';
import { SearchBox } from '@/components/SearchBox';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { formatDateTime } from '@/lib/format';
import { localErrorMessage } from '@/lib/problem';
import { MAX_QUERY_LENGTH } from '@/lib/search-params';
import { useSurveyInvitations } from '@/records/survey/queries';
import type { MailReport, Survey, SurveyInvitation } from '@/records/survey/types';
import { useCreateSheets, useInvitationAction, useIssueInvitations, useMailInvitations } from '../api/surveys';
import { INVITATION_STATUSES } from '../enums';
import { canEnterProxy, canManageSurveys } from '../permissions';
import { toInvitationListParams, type InvitationsSearch } from '../routes/survey-search';
import { keepSheets } from '../sheet-store';
import { InvitationDrawer } from './InvitationDrawer';
import { MailReportAlert } from './MailReportAlert';

const STATUS_COLORS = { NOT_SENT: 'gray', SENT: 'blue', OPENED: 'cyan', DRAFT: 'yellow', SUBMITTED: 'green' } as const;

interface Props {
  survey: Survey;
  roles: readonly ('ADMIN' | 'ADVISOR' | 'BUYER' | 'COORDINATOR')[];
  search: InvitationsSearch;
  onSearch: (patch: Partial<InvitationsSearch>) => void;
}

type Confirm =
  | { kind: 'send' }
  | { kind: 'remind' }
  | { kind: 'reissue'; invitation: SurveyInvitation }
  | { kind: 'revoke'; invitation: SurveyInvitation };

/**
 * 招待と回答状況: every invitation with its status and response; coordinators create,
 * mail, remind, revoke and re-issue, and print A4 sheets with a QR code; staff type paper
 * responses.
 */
export function InvitationsSection({ survey, roles, search, onSearch }: Props) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const navigate = useNavigate();
  const manage = canManageSurveys(roles);
  const proxy = canEnterProxy(roles);
  const invitations = useSurveyInvitations(survey.id, toInvitationListParams(search));
  const issue = useIssueInvitations(survey.id);
  const mail = useMailInvitations(survey.id);
  const action = useInvitationAction(survey.id);
  const sheets = useCreateSheets(survey.id);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [report, setReport] = useState<{ kind: 'send' | 'remind'; report: MailReport }>();
  const [confirm, setConfirm] = useState<Confirm>();
  const [drawer, setDrawer] = useState<number>();
  const closed = survey.state === 'CLOSED';

  const fail = (error: unknown) => {
    const local = localErrorMessage(error, translate);
    if (local) notifications.show({ color: 'red', title: local.title, message: local.items.join(' ') || undefined });
  };

  const items = invitations.data?.items ?? [];
  const nameOf = (i: SurveyInvitation) => `${i.buyerCompanyName} ${i.contactName}`;
  const printable = items.filter((i) => selected.has(i.id) && !i.revoked);

  const runConfirmed = () => {
    if (!confirm) return;
    const current = confirm;
    setConfirm(undefined);
    if (current.kind === 'send' || current.kind === 'remind') {
      const kind = current.kind;
      mail.mutate(kind, { onSuccess: (r) => setReport({ kind, report: r }), onError: fail });
    } else if (current.kind === 'revoke') {
      action.mutate(
        { id: current.invitation.id, action: 'revoke' },
        { onSuccess: () => notifications.show({ message: t('surveyDetail.revokedOne', { name: nameOf(current.invitation) }) }), onError: fail },
      );
    } else {
      action.mutate(
        { id: current.invitation.id, action: 'reissue' },
        {
          onSuccess: (result) => {
            if (result.action !== 'reissue') return;
            keepSheets(survey.id, [result.sheet]);
            void navigate({ to: '/surveys/$id/sheets', params: { id: String(survey.id) } });
          },
          onError: fail,
        },
      );
    }
  };

  const printSheets = () =>
    sheets.mutate(
      printable.map((i) => i.id),
      {
        onSuccess: (made) => {
          keepSheets(survey.id, made);
          void navigate({ to: '/surveys/$id/sheets', params: { id: String(survey.id) } });
        },
        onError: fail,
      },
    );

  return (
    <Stack gap="md" component="section" aria-labelledby="invitations-heading">
      <Stack gap={4}>
        <Title order={2} size="h3" id="invitations-heading">
          {t('surveyDetail.invitations')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('surveyDetail.invitationsDescription')}
        </Text>
      </Stack>

      {manage && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Group gap="sm">
              <Button
                variant="light"
                loading={issue.isPending}
                disabled={closed}
                onClick={() =>
                  issue.mutate(undefined, {
                    onSuccess: (issued) =>
                      notifications.show({
                        message:
                          issued.created.length > 0
                            ? t('surveyDetail.issued', { count: issued.created.length })
                            : t('surveyDetail.issuedNone', { already: issued.alreadyInvited }),
                      }),
                    onError: fail,
                  })
                }
              >
                {t('surveyDetail.issue')}
              </Button>
              <Button loading={mail.isPending && mail.variables === 'send'} disabled={closed || mail.isPending} onClick={() => setConfirm({ kind: 'send' })}>
                {t('surveyDetail.send')}
              </Button>
              <Button
                variant="outline"
                loading={mail.isPending && mail.variables === 'remind'}
                disabled={closed || mail.isPending}
                onClick={() => setConfirm({ kind: 'remind' })}
              >
                {t('surveyDetail.remind')}
              </Button>
              <Button variant="default" disabled={closed || printable.length === 0} loading={sheets.isPending} onClick={printSheets}>
                {t('surveyDetail.printSheets', { count: printable.length })}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('surveyDetail.issueHint')} {t('surveyDetail.printSheetsHint')}
            </Text>
          </Stack>
        </Paper>
      )}

      {report && <MailReportAlert report={report.report} kind={report.kind} invitations={items} onClose={() => setReport(undefined)} />}

      <Paper withBorder p="md" role="search" aria-label={t('surveyDetail.filtersLabel')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SearchBox
            label={t('surveyDetail.searchLabel')}
            maxLength={MAX_QUERY_LENGTH}
            value={search.q ?? ''}
            onSearch={(q) => onSearch({ q: q || undefined })}
          />
          <NativeSelect
            label={t('surveyDetail.statusLabel')}
            value={search.status ?? ''}
            onChange={(e) => onSearch({ status: INVITATION_STATUSES.find((s) => s === e.currentTarget.value) })}
            data={[{ value: '', label: t('surveyDetail.revokedAll') }, ...INVITATION_STATUSES.map((s) => ({ value: s, label: t(`surveyDetail.statuses.${s}`) }))]}
          />
          <NativeSelect
            label={t('surveyDetail.revokedLabel')}
            value={search.revoked === undefined ? '' : String(search.revoked)}
            onChange={(e) => onSearch({ revoked: e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'true' })}
            data={[
              { value: '', label: t('surveyDetail.revokedAll') },
              { value: 'false', label: t('surveyDetail.activeOnly') },
              { value: 'true', label: t('surveyDetail.revokedOnly') },
            ]}
          />
        </SimpleGrid>
      </Paper>

      {invitations.isPending ? (
        <TableSkeleton />
      ) : invitations.isError ? (
        <LoadError onRetry={() => void invitations.refetch()} />
      ) : invitations.data.total === 0 ? (
        search.q || search.status || search.revoked !== undefined ? (
          <StateMessage title={t('surveyDetail.noMatchTitle')} />
        ) : (
          <StateMessage title={t('surveyDetail.emptyTitle')} description={manage ? t('surveyDetail.emptyDescription') : undefined} />
        )
      ) : (
        <Stack gap="sm">
          <ListTable caption={t('surveyDetail.tableCaption')} minWidth={1000} stale={invitations.isPlaceholderData} fz="sm">
            <Table.Thead>
              <Table.Tr>
                {manage && (
                  <Table.Th scope="col" w={40}>
                    <Checkbox
                      aria-label={t('surveyDetail.selectAll')}
                      checked={items.length > 0 && items.every((i) => selected.has(i.id))}
                      indeterminate={items.some((i) => selected.has(i.id)) && !items.every((i) => selected.has(i.id))}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setSelected((current) => {
                          const next = new Set(current);
                          for (const i of items) {
                            if (on) next.add(i.id);
                            else next.delete(i.id);
                          }
                          return next;
                        });
                      }}
                    />
                  </Table.Th>
                )}
                <Table.Th scope="col">{t('surveyDetail.columns.company')}</Table.Th>
                <Table.Th scope="col">{t('surveyDetail.columns.contact')}</Table.Th>
                <Table.Th scope="col">{t('surveyDetail.columns.status')}</Table.Th>
                <Table.Th scope="col">{t('surveyDetail.columns.response')}</Table.Th>
                <Table.Th scope="col">{t('surveyDetail.columns.mails')}</Table.Th>
                <Table.Th scope="col">{t('surveyDetail.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((invitation) => (
                <Table.Tr key={invitation.id} data-testid={`invitation-${invitation.contactId}`}>
                  {manage && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('surveyDetail.selectOne', { name: nameOf(invitation) })}
                        checked={selected.has(invitation.id)}
                        disabled={invitation.revoked}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          setSelected((current) => {
                            const next = new Set(current);
                            if (on) next.add(invitation.id);
                            else next.delete(invitation.id);
                            return next;
                          });
                        }}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>{invitation.buyerCompanyName}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {invitation.contactName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {invitation.contactEmail ?? t('surveyDetail.noEmail')}・{t(`surveyDetail.languages.${invitation.language}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge variant="light" color={STATUS_COLORS[invitation.status]}>
                        {t(`surveyDetail.statuses.${invitation.status}`)}
                      </Badge>
                      {invitation.revoked && <Badge color="red">{t('surveyDetail.revoked')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <ResponseCell invitation={invitation} />
                  </Table.Td>
                  <Table.Td>
                    {invitation.sentAt && <Text size="xs">{t('surveyDetail.sentAt', { at: formatDateTime(invitation.sentAt) })}</Text>}
                    {invitation.lastReminderAt && (
                      <Text size="xs">{t('surveyDetail.remindedAt', { at: formatDateTime(invitation.lastReminderAt) })}</Text>
                    )}
                    {invitation.lastFailure && (
                      <Text size="xs" c="red.8">
                        {t('surveyDetail.lastFailure', { at: formatDateTime(invitation.lastFailure.at), error: invitation.lastFailure.error })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button size="xs" variant="default" aria-label={t('surveyDetail.actionsFor', { name: nameOf(invitation) })}>
                          {t('surveyDetail.columns.actions')}
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setDrawer(invitation.id)}>{t('surveyDetail.actionMails')}</Menu.Item>
                        {manage && !invitation.revoked && invitation.contactEmail && !closed && (
                          <Menu.Item
                            onClick={() =>
                              action.mutate(
                                { id: invitation.id, action: 'send' },
                                { onSuccess: () => notifications.show({ message: t('surveyDetail.sentOne', { name: nameOf(invitation) }) }), onError: fail },
                              )
                            }
                          >
                            {invitation.sentAt ? t('surveyDetail.actionResend') : t('surveyDetail.actionSend')}
                          </Menu.Item>
                        )}
                        {manage && !closed && (
                          <Menu.Item onClick={() => setConfirm({ kind: 'reissue', invitation })}>{t('surveyDetail.actionReissue')}</Menu.Item>
                        )}
                        {manage && !invitation.revoked && (
                          <Menu.Item color="red" onClick={() => setConfirm({ kind: 'revoke', invitation })}>
                            {t('surveyDetail.actionRevoke')}
                          </Menu.Item>
                        )}
                        {proxy && !invitation.revoked && !closed && (
                          <Menu.Item
                            onClick={() =>
                              void navigate({
                                to: '/surveys/$id/invitations/$invitationId/proxy',
                                params: { id: String(survey.id), invitationId: String(invitation.id) },
                              })
                            }
                          >
                            {t('surveyDetail.actionProxy')}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ListTable>
          <ListPager
            total={invitations.data.total}
            page={search.page}
            size={search.size}
            sizes={[20, 50, 100, 200]}
            onPage={(page) => onSearch({ page })}
            onSize={(size) => onSearch({ size, page: 1 })}
          />
        </Stack>
      )}

      <Modal
        opened={confirm !== undefined}
        onClose={() => setConfirm(undefined)}
        title={
          confirm?.kind === 'send'
            ? t('surveyDetail.sendConfirmTitle')
            : confirm?.kind === 'remind'
              ? t('surveyDetail.remindConfirmTitle')
              : confirm?.kind === 'reissue'
                ? t('surveyDetail.reissueConfirmTitle')
                : t('surveyDetail.revokeConfirmTitle')
        }
      >
        <Stack>
          <Text size="sm">
            {confirm?.kind === 'send'
              ? t('surveyDetail.sendConfirm')
              : confirm?.kind === 'remind'
                ? t('surveyDetail.remindConfirm')
                : confirm?.kind === 'reissue'
                  ? t('surveyDetail.reissueConfirm', { name: nameOf(confirm.invitation) })
                  : confirm
                    ? t('surveyDetail.revokeConfirm', { name: nameOf(confirm.invitation) })
                    : ''}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(undefined)}>
              {t('surveyDetail.cancel')}
            </Button>
            <Button color={confirm?.kind === 'revoke' ? 'red' : undefined} onClick={runConfirmed}>
              {confirm?.kind === 'reissue' ? t('surveyDetail.reissue') : confirm?.kind === 'revoke' ? t('surveyDetail.revoke') : t('surveyDetail.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <InvitationDrawer invitationId={drawer} onClose={() => setDrawer(undefined)} />
    </Stack>
  );
}

function ResponseCell({ invitation }: { invitation: SurveyInvitation }) {
  const { t } = useTranslation();
  const response = invitation.response;
  if (response.status === 'NONE') return <Text size="sm" c="dimmed">{t('surveyDetail.noResponse')}</Text>;
  return (
    <>
      <Text size="sm">
        {response.status === 'SUBMITTED' && response.submittedAt
          ? t('surveyDetail.submittedAt', { at: formatDateTime(response.submittedAt), count: response.submissionCount })
          : t('surveyDetail.draft')}
        {response.channel && `（${t(`surveyDetail.channels.${response.channel}`)}）`}
      </Text>
      {response.proxyEnteredBy && (
        <Text size="xs" c="dimmed">
          {t('surveyDetail.proxyBy', { name: response.proxyEnteredBy.name })}
        </Text>
      )}
    </>
  );
}
