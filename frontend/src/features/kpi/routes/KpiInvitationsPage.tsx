import { Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { ListTable } from '@/components/ListTable';
import { LoadError } from '@/components/StateMessage';
import { fiscalYearInJapan, fiscalYearText } from '@/lib/fiscal-year';
import { formatDateTime } from '@/lib/format';
import { programNameOf } from '@/lib/localized';
import { PAGE_SIZES } from '@/lib/search-params';
import { kpiInvitationsQueryOptions } from '@/records/kpi/queries';
import { usePrograms } from '@/records/program/queries';

const route = getRouteApi('/kpi/invitations');

/** A response rate's drill-down: the invitations (or submitted responses) it counts, from the same query. */
export function KpiInvitationsPage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const programs = usePrograms();
  const fiscalYear = search.fiscalYear ?? fiscalYearInJapan(new Date());
  const invitations = useQuery(
    kpiInvitationsQueryOptions({
      fiscalYear,
      program: search.program,
      submitted: search.submitted,
      page: search.page - 1,
      size: search.size,
    }),
  );
  const figure = t(search.submitted ? 'kpi.surveys.columnResponses' : 'kpi.surveys.columnInvitations');
  const year = fiscalYearText(fiscalYear, i18n.language);

  return (
    <Stack gap="md">
      <AnchorLink to="/" search={{ fiscalYear }} size="sm">
        {t('kpi.records.back')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 22, sm: 26 }}>
          {t('kpi.surveys.recordsTitle', { figure })}
        </Title>
        <Text c="dimmed">
          {search.program
            ? t('kpi.records.scope', { year, program: programNameOf(search.program, programs.data, i18n.language) })
            : t('kpi.records.scopeAll', { year })}
        </Text>
      </Stack>
      {invitations.isPending ? (
        <Skeleton h={240} aria-busy />
      ) : invitations.isError ? (
        <LoadError onRetry={() => void invitations.refetch()} />
      ) : (
        <>
          <Text fw={700} data-testid="records-total">
            {t('kpi.records.total', { count: invitations.data.total })}
          </Text>
          {invitations.data.items.length === 0 ? (
            <Text c="dimmed">{t('kpi.records.empty')}</Text>
          ) : (
            <ListTable caption={t('kpi.surveys.recordsCaption', { figure })} minWidth={880} stale={invitations.isPlaceholderData}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('kpi.surveys.columnSurvey')}</Table.Th>
                  <Table.Th scope="col">{t('kpi.records.columnProject')}</Table.Th>
                  <Table.Th scope="col">{t('kpi.records.columnBuyer')}</Table.Th>
                  <Table.Th scope="col">{t('kpi.surveys.columnContact')}</Table.Th>
                  <Table.Th scope="col">{t('kpi.surveys.columnStatus')}</Table.Th>
                  <Table.Th scope="col">{t('kpi.surveys.columnSentAt')}</Table.Th>
                  <Table.Th scope="col">{t('kpi.surveys.columnSubmittedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitations.data.items.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.surveyTitle}</Table.Td>
                    <Table.Td>
                      <AnchorLink to="/projects/$id" params={{ id: String(invitation.projectId) }}>
                        {invitation.projectTitle}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <AnchorLink to="/buyers/$id" params={{ id: String(invitation.buyerCompanyId) }}>
                        {invitation.buyerCompanyName}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{invitation.contactName}</Table.Td>
                    <Table.Td>
                      {t(`kpi.surveys.status.${invitation.status}`)}
                      {invitation.revokedAt && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {t('kpi.surveys.revoked')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{invitation.sentAt && formatDateTime(invitation.sentAt)}</Table.Td>
                    <Table.Td>{invitation.submittedAt && formatDateTime(invitation.submittedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ListTable>
          )}
          <ListPager
            total={invitations.data.total}
            page={search.page}
            size={search.size}
            sizes={PAGE_SIZES}
            onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
            onSize={(size) => void navigate({ search: (prev) => ({ ...prev, size, page: 1 }) })}
          />
        </>
      )}
    </Stack>
  );
}
