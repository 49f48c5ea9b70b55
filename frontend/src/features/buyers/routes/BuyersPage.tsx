import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { ButtonLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { SearchBox } from '@/components/SearchBox';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { BUYER_COMPANY_SORTS, BUYER_TYPES, isBuyerType, isRegion, REGIONS } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import type { BuyerCompany } from '@/lib/api/types';
import { formatInteger } from '@/lib/format';
import { canManageBuyers, canViewBuyers } from '@/lib/roles';
import { MAX_QUERY_LENGTH, PAGE_SIZES } from '@/lib/search-params';
import { useBuyerCompanies } from '@/records/buyer-company/queries';
import { BuyersForbidden } from '../components/BuyersForbidden';
import { BuyerTable } from '../components/BuyerTable';
import { hasFilters, toExportParams, toListParams, type BuyersSearch } from './buyers-search';

const route = getRouteApi('/buyers');

/** バイヤー企業: the buyer registry, searched, filtered, sorted and paged through the URL. */
export function BuyersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const roles = me.data?.roles ?? [];
  const allowed = me.data !== undefined && canViewBuyers(roles);
  const listParams = toListParams(search);
  const companies = useBuyerCompanies(listParams, allowed);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <BuyersForbidden me={me.data} />;

  /** Any change of what is searched starts again at page 1. */
  const refine = (patch: Partial<BuyersSearch>, options: { replace?: boolean } = {}) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: options.replace });
  const goToPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });
  const clearFilters = () => void navigate({ search: (prev) => ({ sort: prev.sort, size: prev.size }) });

  const manage = canManageBuyers(roles);
  const newButton = manage && <ButtonLink to="/buyers/new">{t('buyers.new')}</ButtonLink>;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('buyers.title')}
          </Title>
          <Text c="dimmed">{t('buyers.description')}</Text>
        </Stack>
        <Group gap="sm">
          <ExportButtons path="/api/buyer-companies/export" params={toExportParams(listParams)} baseName="buyer-companies" />
          {manage && (
            <ButtonLink to="/buyers/import" variant="default">
              {t('importWizard.button')}
            </ButtonLink>
          )}
          {newButton}
        </Group>
      </Group>

      <Paper withBorder p="md" role="search" aria-label={t('buyers.filtersLabel')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <SearchBox
              label={t('buyers.searchLabel')}
              placeholder={t('buyers.searchPlaceholder')}
              maxLength={MAX_QUERY_LENGTH}
              value={search.q ?? ''}
              onSearch={(q) => refine({ q: q || undefined }, { replace: true })}
            />
            <NativeSelect
              label={t('buyers.typeLabel')}
              value={search.type ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                refine({ type: isBuyerType(value) ? value : undefined });
              }}
              data={[
                { value: '', label: t('buyers.typeAll') },
                ...BUYER_TYPES.map((type) => ({ value: type, label: t(`buyerTypes.${type}`) })),
              ]}
            />
            <NativeSelect
              label={t('buyers.regionLabel')}
              value={search.region ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                refine({ region: isRegion(value) ? value : undefined });
              }}
              data={[
                { value: '', label: t('buyers.regionAll') },
                ...REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) })),
              ]}
            />
            <NativeSelect
              label={t('buyers.sortLabel')}
              value={search.sort}
              onChange={(event) => {
                const sort = BUYER_COMPANY_SORTS.find((s) => s === event.currentTarget.value);
                if (sort) refine({ sort });
              }}
              data={BUYER_COMPANY_SORTS.map((sort) => ({ value: sort, label: t(`buyerSort.${sort}`) }))}
            />
          </SimpleGrid>
          <Checkbox
            label={t('buyers.includeArchived')}
            checked={search.archived}
            onChange={(event) => refine({ archived: event.currentTarget.checked })}
          />
        </Stack>
      </Paper>

      {me.isPending || companies.isPending ? (
        <TableSkeleton />
      ) : companies.isError ? (
        <LoadError onRetry={() => void companies.refetch()} />
      ) : companies.data.total === 0 ? (
        hasFilters(search) ? (
          <StateMessage
            title={t('buyers.noMatchTitle')}
            description={t('buyers.noMatchDescription')}
            actions={
              <Button variant="light" onClick={clearFilters}>
                {t('buyers.clearFilters')}
              </Button>
            }
          />
        ) : (
          <StateMessage
            title={t('buyers.emptyTitle')}
            description={t(manage ? 'buyers.emptyDescription' : 'buyers.emptyDescriptionReadOnly')}
            actions={newButton}
          />
        )
      ) : (
        <Results
          search={search}
          total={companies.data.total}
          companies={companies.data.items}
          stale={companies.isPlaceholderData}
          onPage={goToPage}
          onSize={(size) => refine({ size })}
        />
      )}
    </Stack>
  );
}

interface ResultsProps {
  search: BuyersSearch;
  total: number;
  companies: readonly BuyerCompany[];
  stale: boolean;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

function Results({ search, total, companies, stale, onPage, onSize }: ResultsProps) {
  const { t } = useTranslation();
  const from = (search.page - 1) * search.size + 1;
  const to = from + companies.length - 1;

  return (
    <Stack gap="sm">
      <Group gap="md" role="status" aria-live="polite">
        <Text fw={700}>{t('buyers.total', { count: total, formattedCount: formatInteger(total) })}</Text>
        {companies.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('buyers.range', { from: formatInteger(from), to: formatInteger(to) })}
          </Text>
        )}
      </Group>

      {companies.length === 0 ? (
        // ?page=99 from an old bookmark: the search matches, this page is past the end.
        <StateMessage
          title={t('buyers.pageEmptyTitle')}
          actions={
            <Button variant="light" onClick={() => onPage(1)}>
              {t('list.firstPage')}
            </Button>
          }
        />
      ) : (
        <BuyerTable companies={companies} sort={search.sort} caption={t('buyers.tableCaption')} stale={stale} />
      )}

      <ListPager total={total} page={search.page} size={search.size} sizes={PAGE_SIZES} onPage={onPage} onSize={onSize} />
    </Stack>
  );
}
