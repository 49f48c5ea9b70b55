import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { ButtonLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { SearchBox } from '@/components/SearchBox';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { FIRM_SORTS } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import type { Firm, Industry } from '@/lib/api/types';
import { formatInteger } from '@/lib/format';
import { industryName } from '@/lib/localized';
import { canManageFirms, isStaff } from '@/lib/roles';
import { MAX_QUERY_LENGTH } from '@/lib/search-params';
import { useAdvisors } from '@/records/advisor/queries';
import { useIndustries } from '@/records/industry/queries';
import { useFirms } from '@/records/firm/queries';
import { advisorFilterOptions } from '../components/advisor-options';
import { FirmTable } from '../components/FirmTable';
import { FIRM_PAGE_SIZES, hasFilters, toExportParams, toListParams, type FirmsSearch } from './firms-search';

const route = getRouteApi('/firms');

const MEMBER_OPTIONS = ['', 'true', 'false'] as const;

/** 事業者: the firm register, searched, filtered, sorted and paged through the URL. */
export function FirmsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const roles = me.data?.roles ?? [];
  const allowed = me.data !== undefined && isStaff(roles);
  const isAdvisor = roles.includes('ADVISOR');
  const choosesAdvisor = canManageFirms(roles);
  const listParams = toListParams(search, { ownSubject: isAdvisor ? me.data?.subject : undefined, choosesAdvisor });
  const firms = useFirms(listParams, allowed);
  const industries = useIndustries(allowed);
  const advisors = useAdvisors(allowed && choosesAdvisor);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) {
    return <StateMessage title={t('firms.forbiddenTitle')} description={t('firms.forbiddenDescription')} />;
  }

  /** Any change of what is searched starts again at page 1. */
  const refine = (patch: Partial<FirmsSearch>, options: { replace?: boolean } = {}) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: options.replace });
  const goToPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });
  const clearFilters = () => void navigate({ search: (prev) => ({ sort: prev.sort, size: prev.size }) });

  const manage = canManageFirms(roles);
  const newButton = manage && <ButtonLink to="/firms/new">{t('firms.new')}</ButtonLink>;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('firms.title')}
          </Title>
          <Text c="dimmed">{t('firms.description')}</Text>
        </Stack>
        <Group gap="sm">
          <ExportButtons path="/api/firms/export" params={toExportParams(listParams)} baseName="firms" />
          {manage && (
            <ButtonLink to="/firms/import" variant="default">
              {t('importWizard.button')}
            </ButtonLink>
          )}
          {newButton}
        </Group>
      </Group>

      <Paper withBorder p="md" role="search" aria-label={t('firms.filtersLabel')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <SearchBox
              label={t('firms.searchLabel')}
              placeholder={t('firms.searchPlaceholder')}
              maxLength={MAX_QUERY_LENGTH}
              value={search.q ?? ''}
              onSearch={(q) => refine({ q: q || undefined }, { replace: true })}
            />
            <NativeSelect
              label={t('firms.industryLabel')}
              value={search.industry ?? ''}
              onChange={(event) => refine({ industry: event.currentTarget.value || undefined })}
              data={[
                { value: '', label: t('firms.industryAll') },
                ...(industries.data ?? []).map((industry) => ({
                  value: industry.code,
                  label: industryName(industry, i18n.language),
                })),
              ]}
            />
            <NativeSelect
              label={t('firms.memberLabel')}
              value={search.member === undefined ? '' : String(search.member)}
              onChange={(event) => {
                const value = event.currentTarget.value;
                refine({ member: value === '' ? undefined : value === 'true' });
              }}
              data={MEMBER_OPTIONS.map((value) => ({
                value,
                label: t(value === '' ? 'firms.memberAll' : value === 'true' ? 'firms.member' : 'firms.nonMember'),
              }))}
            />
            {choosesAdvisor && (
              <NativeSelect
                label={t('firms.advisorLabel')}
                value={search.advisor ?? ''}
                onChange={(event) => refine({ advisor: event.currentTarget.value || undefined })}
                disabled={advisors.isPending && search.advisor === undefined}
                description={advisors.isError ? t('firmForm.advisorsLoadError') : undefined}
                data={advisorFilterOptions(advisors.data, search.advisor, t('firms.advisorAll'))}
              />
            )}
            <NativeSelect
              label={t('firms.sortLabel')}
              value={search.sort}
              onChange={(event) => {
                const sort = FIRM_SORTS.find((s) => s === event.currentTarget.value);
                if (sort) refine({ sort });
              }}
              data={FIRM_SORTS.map((sort) => ({ value: sort, label: t(`firmSort.${sort}`) }))}
            />
          </SimpleGrid>
          <Group gap="lg">
            {isAdvisor && (
              <Checkbox
                label={t('firms.mine')}
                checked={search.mine}
                onChange={(event) => refine({ mine: event.currentTarget.checked })}
              />
            )}
            <Checkbox
              label={t('firms.includeArchived')}
              checked={search.archived}
              onChange={(event) => refine({ archived: event.currentTarget.checked })}
            />
          </Group>
        </Stack>
      </Paper>

      {me.isPending || firms.isPending ? (
        <TableSkeleton />
      ) : firms.isError ? (
        <LoadError onRetry={() => void firms.refetch()} />
      ) : firms.data.total === 0 ? (
        hasFilters(search) ? (
          <StateMessage
            title={t('firms.noMatchTitle')}
            description={t('firms.noMatchDescription')}
            actions={
              <Button variant="light" onClick={clearFilters}>
                {t('firms.clearFilters')}
              </Button>
            }
          />
        ) : (
          <StateMessage
            title={t('firms.emptyTitle')}
            description={t(manage ? 'firms.emptyDescription' : 'firms.emptyDescriptionReadOnly')}
            actions={newButton}
          />
        )
      ) : (
        <Results
          search={search}
          total={firms.data.total}
          firms={firms.data.items}
          stale={firms.isPlaceholderData}
          industries={industries.data}
          onPage={goToPage}
          onSize={(size) => refine({ size })}
        />
      )}
    </Stack>
  );
}

interface ResultsProps {
  search: FirmsSearch;
  total: number;
  firms: readonly Firm[];
  stale: boolean;
  industries: readonly Industry[] | undefined;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

function Results({ search, total, firms, stale, industries, onPage, onSize }: ResultsProps) {
  const { t } = useTranslation();
  const from = (search.page - 1) * search.size + 1;
  const to = from + firms.length - 1;

  return (
    <Stack gap="sm">
      <Group gap="md" role="status" aria-live="polite">
        <Text fw={700}>{t('firms.total', { count: total, formattedCount: formatInteger(total) })}</Text>
        {firms.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('firms.range', { from: formatInteger(from), to: formatInteger(to) })}
          </Text>
        )}
      </Group>

      {firms.length === 0 ? (
        // ?page=99 from an old bookmark: the search matches, this page is past the end.
        <StateMessage
          title={t('firms.pageEmptyTitle')}
          actions={
            <Button variant="light" onClick={() => onPage(1)}>
              {t('list.firstPage')}
            </Button>
          }
        />
      ) : (
        <FirmTable firms={firms} industries={industries} sort={search.sort} caption={t('firms.tableCaption')} stale={stale} />
      )}

      <ListPager total={total} page={search.page} size={search.size} sizes={FIRM_PAGE_SIZES} onPage={onPage} onSize={onSize} />
    </Stack>
  );
}
