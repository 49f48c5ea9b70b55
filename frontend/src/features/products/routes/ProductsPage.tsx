import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { ButtonLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { SearchBox } from '@/components/SearchBox';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { PRODUCT_SORTS } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import type { ProductListItem } from '@/lib/api/types';
import { formatInteger } from '@/lib/format';
import { canManageFirms, isStaff } from '@/lib/roles';
import { MAX_QUERY_LENGTH, PAGE_SIZES } from '@/lib/search-params';
import { useFirmName } from '@/records/firm/queries';
import { useProducts } from '@/records/product/queries';
import { ProductTable } from '../components/ProductTable';
import { hasFilters, toExportParams, toListParams, type ProductsSearch } from './products-search';

const route = getRouteApi('/products');

const PHOTO_OPTIONS = ['', 'true', 'false'] as const;

/** 商品: every firm's products, searched, filtered, sorted and paged through the URL. */
export function ProductsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const roles = me.data?.roles ?? [];
  const allowed = me.data !== undefined && isStaff(roles);
  const listParams = toListParams(search);
  const products = useProducts(listParams, allowed);
  const firmName = useFirmName(allowed ? search.firmId : undefined);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) {
    return <StateMessage title={t('productList.forbiddenTitle')} description={t('productList.forbiddenDescription')} />;
  }

  /** Any change of what is searched starts again at page 1. */
  const refine = (patch: Partial<ProductsSearch>, options: { replace?: boolean } = {}) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: options.replace });
  const goToPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });
  const clearFilters = () => void navigate({ search: (prev) => ({ sort: prev.sort, size: prev.size }) });

  const manage = canManageFirms(roles);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('productList.title')}
          </Title>
          <Text c="dimmed">{t('productList.description')}</Text>
        </Stack>
        <Group gap="sm">
          <ExportButtons path="/api/products/export" params={toExportParams(listParams)} baseName="products" />
          {manage && (
            <ButtonLink to="/products/import" variant="default">
              {t('importWizard.button')}
            </ButtonLink>
          )}
        </Group>
      </Group>

      {search.firmId !== undefined && (
        <Alert color="blue" variant="light" role="status">
          <Group justify="space-between" gap="sm">
            <Text size="sm" fw={600}>
              {firmName.data
                ? t('productList.firmFilter', { name: firmName.data })
                : t('productList.firmFilterById', { id: search.firmId })}
            </Text>
            <Button size="xs" variant="default" onClick={() => refine({ firmId: undefined })}>
              {t('productList.clearFirm')}
            </Button>
          </Group>
        </Alert>
      )}

      <Paper withBorder p="md" role="search" aria-label={t('productList.filtersLabel')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SearchBox
            label={t('productList.searchLabel')}
            placeholder={t('productList.searchPlaceholder')}
            maxLength={MAX_QUERY_LENGTH}
            value={search.q ?? ''}
            onSearch={(q) => refine({ q: q || undefined }, { replace: true })}
          />
          <NativeSelect
            label={t('productList.photoLabel')}
            value={search.hasPhoto === undefined ? '' : String(search.hasPhoto)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              refine({ hasPhoto: value === '' ? undefined : value === 'true' });
            }}
            data={PHOTO_OPTIONS.map((value) => ({
              value,
              label: t(value === '' ? 'productList.photoAll' : value === 'true' ? 'productList.photoWith' : 'productList.photoWithout'),
            }))}
          />
          <NativeSelect
            label={t('productList.sortLabel')}
            value={search.sort}
            onChange={(event) => {
              const sort = PRODUCT_SORTS.find((s) => s === event.currentTarget.value);
              if (sort) refine({ sort });
            }}
            data={PRODUCT_SORTS.map((sort) => ({ value: sort, label: t(`productSort.${sort}`) }))}
          />
        </SimpleGrid>
      </Paper>

      {me.isPending || products.isPending ? (
        <TableSkeleton />
      ) : products.isError ? (
        <LoadError onRetry={() => void products.refetch()} />
      ) : products.data.total === 0 ? (
        hasFilters(search) ? (
          <StateMessage
            title={t('productList.noMatchTitle')}
            description={t('productList.noMatchDescription')}
            actions={
              <Button variant="light" onClick={clearFilters}>
                {t('productList.clearFilters')}
              </Button>
            }
          />
        ) : (
          <StateMessage
            title={t('productList.emptyTitle')}
            description={t(manage ? 'productList.emptyDescription' : 'productList.emptyDescriptionReadOnly')}
          />
        )
      ) : (
        <Results
          search={search}
          total={products.data.total}
          products={products.data.items}
          stale={products.isPlaceholderData}
          onPage={goToPage}
          onSize={(size) => refine({ size })}
        />
      )}
    </Stack>
  );
}

interface ResultsProps {
  search: ProductsSearch;
  total: number;
  products: readonly ProductListItem[];
  stale: boolean;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

function Results({ search, total, products, stale, onPage, onSize }: ResultsProps) {
  const { t } = useTranslation();
  const from = (search.page - 1) * search.size + 1;
  const to = from + products.length - 1;

  return (
    <Stack gap="sm">
      <Group gap="md" role="status" aria-live="polite">
        <Text fw={700}>{t('productList.total', { count: total, formattedCount: formatInteger(total) })}</Text>
        {products.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('productList.range', { from: formatInteger(from), to: formatInteger(to) })}
          </Text>
        )}
      </Group>

      {products.length === 0 ? (
        // ?page=99 from an old bookmark: the search matches, this page is past the end.
        <StateMessage
          title={t('productList.pageEmptyTitle')}
          actions={
            <Button variant="light" onClick={() => onPage(1)}>
              {t('list.firstPage')}
            </Button>
          }
        />
      ) : (
        <ProductTable products={products} sort={search.sort} caption={t('productList.tableCaption')} stale={stale} />
      )}

      <ListPager total={total} page={search.page} size={search.size} sizes={PAGE_SIZES} onPage={onPage} onSize={onSize} />
    </Stack>
  );
}
