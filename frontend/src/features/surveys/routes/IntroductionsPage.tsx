import { Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { ListTable } from '@/components/ListTable';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { formatDateNumeric, formatInteger } from '@/lib/format';
import { PAGE_SIZES } from '@/lib/search-params';
import { useIntroductionCandidates, useSurveys } from '@/records/survey/queries';
import { CANDIDATE_SORTS } from '../enums';
import { canReadSurveys } from '../permissions';
import { toCandidateParams, type IntroductionsSearch } from './survey-search';

const route = getRouteApi('/introductions');

/**
 * 商談候補: firm × buyer company × products the buyer wants to negotiate on, from the
 * surveys' last submissions; for advisors to turn into negotiations.
 */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = me.data !== undefined && canReadSurveys(me.data.roles);
  const candidates = useIntroductionCandidates(toCandidateParams(search, me.data?.subject), allowed);
  const surveys = useSurveys({ sort: '-opensOn', page: 0, size: 100 }, allowed);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('introductions.forbiddenTitle')} />;
  const refine = (patch: Partial<IntroductionsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true });

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('introductions.title')}
        </Title>
        <Text c="dimmed">{t('introductions.description')}</Text>
      </Stack>
      <Paper withBorder p="md" role="search" aria-label={t('introductions.filtersLabel')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('introductions.survey')}
            value={search.surveyId === undefined ? '' : String(search.surveyId)}
            onChange={(e) => refine({ surveyId: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
            data={[{ value: '', label: t('surveys.all') }, ...(surveys.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.title }))]}
          />
          <NativeSelect
            label={t('introductions.sortLabel')}
            value={search.sort}
            onChange={(e) => {
              const sort = CANDIDATE_SORTS.find((s) => s === e.currentTarget.value);
              if (sort) refine({ sort });
            }}
            data={CANDIDATE_SORTS.map((s) => ({ value: s, label: t(`introductions.sort.${s}`) }))}
          />
          <Checkbox
            mt={{ sm: 28 }}
            label={t('introductions.mine')}
            checked={search.mine}
            onChange={(e) => refine({ mine: e.currentTarget.checked })}
          />
        </SimpleGrid>
      </Paper>
      {me.isPending || candidates.isPending ? (
        <TableSkeleton />
      ) : candidates.isError ? (
        <LoadError onRetry={() => void candidates.refetch()} />
      ) : candidates.data.total === 0 ? (
        <StateMessage title={t('introductions.emptyTitle')} description={t('introductions.emptyDescription')} />
      ) : (
        <Stack gap="sm">
          <Text fw={700} role="status" aria-live="polite">
            {t('introductions.total', { count: candidates.data.total, formattedCount: formatInteger(candidates.data.total) })}
          </Text>
          <ListTable caption={t('introductions.tableCaption')} minWidth={1000} stale={candidates.isPlaceholderData} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('introductions.columns.firm')}</Table.Th>
                <Table.Th scope="col">{t('introductions.columns.advisor')}</Table.Th>
                <Table.Th scope="col">{t('introductions.columns.buyer')}</Table.Th>
                <Table.Th scope="col">{t('introductions.columns.products')}</Table.Th>
                <Table.Th scope="col">{t('introductions.columns.contacts')}</Table.Th>
                <Table.Th scope="col">{t('introductions.columns.survey')}</Table.Th>
                <Table.Th scope="col">{t('introductions.columns.markedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.data.items.map((c) => (
                <Table.Tr key={`${c.surveyId}-${c.firmId}-${c.buyerCompanyId}`}>
                  <Table.Td>
                    <AnchorLink to="/firms/$id" params={{ id: String(c.firmId) }} fw={600}>
                      {c.firmTradeName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{c.advisor?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/buyers/$id" params={{ id: String(c.buyerCompanyId) }}>
                      {c.buyerCompanyName}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {t(`regions.${c.region}`)}・{t(`buyerTypes.${c.buyerType}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.products.map((p) => p.name).join('、')}</Table.Td>
                  <Table.Td>{c.contacts.map((p) => p.name).join('、')}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <AnchorLink to="/surveys/$id" params={{ id: String(c.surveyId) }}>
                        {c.surveyTitle}
                      </AnchorLink>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {c.projectTitle}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateNumeric(c.markedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ListTable>
          <ListPager
            total={candidates.data.total}
            page={search.page}
            size={search.size}
            sizes={PAGE_SIZES}
            onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
            onSize={(size) => refine({ size })}
          />
        </Stack>
      )}
    </Stack>
  );
}
