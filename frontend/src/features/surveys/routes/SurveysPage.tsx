import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { ListTable } from '@/components/ListTable';
import { SearchBox } from '@/components/SearchBox';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { PROGRAM_CODES } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import { fiscalYearOf, fiscalYearText } from '@/lib/fiscal-year';
import { formatInteger, formatPeriod } from '@/lib/format';
import { programName } from '@/lib/localized';
import { MAX_QUERY_LENGTH, PAGE_SIZES } from '@/lib/search-params';
import { usePrograms } from '@/records/program/queries';
import { useSurveys } from '@/records/survey/queries';
import { SurveyStateBadge } from '../components/SurveyStateBadge';
import { percent } from '../components/text';
import { SURVEY_SORTS, SURVEY_STATES } from '../enums';
import { canManageSurveys, canReadSurveys } from '../permissions';
import { hasSurveyFilters, toSurveyListParams, type SurveysSearch } from './survey-search';

const route = getRouteApi('/surveys');

/** ニーズ調査: every survey, searched, filtered, sorted and paged through the URL. */
export function SurveysPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = me.data !== undefined && canReadSurveys(me.data.roles);
  const surveys = useSurveys(toSurveyListParams(search), allowed);
  const programs = usePrograms();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('surveys.forbiddenTitle')} />;

  const refine = (patch: Partial<SurveysSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true });
  const manage = me.data !== undefined && canManageSurveys(me.data.roles);
  const newButton = manage && <ButtonLink to="/surveys/new">{t('surveys.new')}</ButtonLink>;
  const nameOf = (code: string) => {
    const program = programs.data?.find((p) => p.code === code);
    return program ? programName(program, i18n.language) : code;
  };
  const current = fiscalYearOf(new Date());
  const years = Array.from({ length: 6 }, (_, i) => current + 1 - i);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('surveys.title')}
          </Title>
          <Text c="dimmed">{t('surveys.description')}</Text>
        </Stack>
        {newButton}
      </Group>
      <Paper withBorder p="md" role="search" aria-label={t('surveys.filtersLabel')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          <SearchBox
            label={t('surveys.searchLabel')}
            placeholder={t('surveys.searchPlaceholder')}
            maxLength={MAX_QUERY_LENGTH}
            value={search.q ?? ''}
            onSearch={(q) => refine({ q: q || undefined })}
          />
          <NativeSelect
            label={t('surveys.fiscalYearLabel')}
            value={search.fiscalYear === undefined ? '' : String(search.fiscalYear)}
            onChange={(e) => refine({ fiscalYear: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
            data={[{ value: '', label: t('surveys.all') }, ...years.map((y) => ({ value: String(y), label: fiscalYearText(y, i18n.language) }))]}
          />
          <NativeSelect
            label={t('surveys.programLabel')}
            value={search.program ?? ''}
            onChange={(e) => refine({ program: PROGRAM_CODES.find((c) => c === e.currentTarget.value) })}
            data={[{ value: '', label: t('surveys.all') }, ...PROGRAM_CODES.map((code) => ({ value: code, label: nameOf(code) }))]}
          />
          <NativeSelect
            label={t('surveys.stateLabel')}
            value={search.state ?? ''}
            onChange={(e) => refine({ state: SURVEY_STATES.find((s) => s === e.currentTarget.value) })}
            data={[{ value: '', label: t('surveys.all') }, ...SURVEY_STATES.map((s) => ({ value: s, label: t(`surveys.states.${s}`) }))]}
          />
          <NativeSelect
            label={t('surveys.sortLabel')}
            value={search.sort}
            onChange={(e) => {
              const sort = SURVEY_SORTS.find((s) => s === e.currentTarget.value);
              if (sort) refine({ sort });
            }}
            data={SURVEY_SORTS.map((s) => ({ value: s, label: t(`surveys.sort.${s}`) }))}
          />
        </SimpleGrid>
      </Paper>
      {me.isPending || surveys.isPending ? (
        <TableSkeleton />
      ) : surveys.isError ? (
        <LoadError onRetry={() => void surveys.refetch()} />
      ) : surveys.data.total === 0 ? (
        hasSurveyFilters(search) ? (
          <StateMessage
            title={t('surveys.noMatchTitle')}
            actions={
              <Button variant="light" onClick={() => void navigate({ search: (prev) => ({ sort: prev.sort, size: prev.size }) })}>
                {t('surveys.clearFilters')}
              </Button>
            }
          />
        ) : (
          <StateMessage title={t('surveys.emptyTitle')} description={t('surveys.emptyDescription')} actions={newButton} />
        )
      ) : (
        <Stack gap="sm">
          <Text fw={700} role="status" aria-live="polite">
            {t('surveys.total', { count: surveys.data.total, formattedCount: formatInteger(surveys.data.total) })}
          </Text>
          <ListTable caption={t('surveys.tableCaption')} minWidth={960} stale={surveys.isPlaceholderData}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('surveys.fields.project')}</Table.Th>
                <Table.Th scope="col">{t('surveys.fields.fiscalYear')}</Table.Th>
                <Table.Th scope="col">{t('surveys.fields.period')}</Table.Th>
                <Table.Th scope="col">{t('surveys.fields.state')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('surveys.fields.submitted')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('surveys.fields.responseRate')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {surveys.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <AnchorLink to="/surveys/$id" params={{ id: String(s.id) }} fw={600}>
                      {s.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    {s.projectTitle}
                    <Text size="xs" c="dimmed">
                      {nameOf(s.program)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{fiscalYearText(s.fiscalYear, i18n.language)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(s.opensOn, s.closesOn)}</Table.Td>
                  <Table.Td>
                    <SurveyStateBadge state={s.state} />
                  </Table.Td>
                  <Table.Td ta="right">{t('surveys.countOf', { submitted: formatInteger(s.submittedCount), invited: formatInteger(s.invitationCount) })}</Table.Td>
                  <Table.Td ta="right">{t('surveys.rate', { percent: percent(s.responseRate) })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ListTable>
          <ListPager
            total={surveys.data.total}
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
