import { Button, Checkbox, Group, NativeSelect, Paper, SegmentedControl, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPager } from '@/components/ListPager';
import { SearchBox } from '@/components/SearchBox';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { downloadFile } from '@/lib/api/binary';
import { useMe } from '@/lib/api/me';
import type { CatalogueProduct, CatalogueProject } from '@/lib/api/types';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatDateNumeric, formatInteger } from '@/lib/format';
import { describeError } from '@/lib/problem';
import { canViewCatalogue } from '@/lib/roles';
import { MAX_QUERY_LENGTH } from '@/lib/search-params';
import { useCatalogueProducts } from '@/records/pick/queries';
import { catalogueProjectsQueryOptions } from '@/records/project/queries';
import { useBuyerTimetable } from '@/records/timetable/queries';
import { useChangePick } from '../api/picks';
import { CatalogueProductCard } from '../components/CatalogueProductCard';
import { ProductDetailModal } from '../components/ProductDetailModal';
import { CATALOGUE_PAGE_SIZE, chosenProject, toCatalogueParams, type CatalogueSearch } from './catalogue-search';

const route = getRouteApi('/catalogue');

/**
 * 出展カタログ: one invited project at a time, its exhibitors' products searched by firm and
 * product name (the server folds width and kana), picked for meetings, and the buyer's own
 * meeting schedule once published. Phone first.
 */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = me.data !== undefined && canViewCatalogue(me.data.roles);
  const projects = useQuery({ ...catalogueProjectsQueryOptions(), enabled: allowed });

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('catalogue.forbiddenTitle')} />;

  const projectId = chosenProject(projects.data?.map((p) => p.id) ?? [], search.project);
  const project = projects.data?.find((p) => p.id === projectId);
  const refine = (patch: Partial<CatalogueSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true });

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('catalogue.title')}
        </Title>
        <Text c="dimmed">{t('catalogue.description')}</Text>
      </Stack>
      {me.isPending || projects.isPending ? (
        <Stack gap="sm" aria-busy>
          <Skeleton h={40} />
          <Skeleton h={240} />
        </Stack>
      ) : projects.isError ? (
        <LoadError onRetry={() => void projects.refetch()} />
      ) : !project ? (
        <StateMessage title={t('catalogue.emptyTitle')} description={t('catalogue.emptyDescription')} />
      ) : (
        <>
          {projects.data.length > 1 && (
            <NativeSelect
              label={t('catalogue.projectLabel')}
              value={String(project.id)}
              onChange={(event) => void navigate({ search: { project: Number(event.currentTarget.value) } })}
              data={projects.data.map((p) => ({ value: String(p.id), label: `${p.title}（${fiscalYearText(p.fiscalYear, i18n.language)}）` }))}
            />
          )}
          <ProjectHeading project={project} />
          <SegmentedControl
            fullWidth
            aria-label={t('catalogue.tabsLabel')}
            value={search.view}
            onChange={(value) => void navigate({ search: (prev) => ({ ...prev, view: value === 'timetable' ? 'timetable' : 'products' }) })}
            data={[
              { value: 'products', label: t('catalogue.tabProducts') },
              { value: 'timetable', label: t('catalogue.tabTimetable') },
            ]}
          />
          {search.view === 'timetable' ? (
            <BuyerTimetableView projectId={project.id} buyerCompanyId={me.data.buyerCompanyId} />
          ) : (
            <ProductsView
              projectId={project.id}
              buyerCompanyId={me.data.buyerCompanyId}
              search={search}
              refine={refine}
              onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function ProjectHeading({ project }: { project: CatalogueProject }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
        {project.title}
      </Title>
      {project.events.map((e, i) => (
        <Text key={i} size="sm" c="dimmed">
          {t('catalogue.events')}: {formatDateNumeric(e.heldOn)} {e.venue}
        </Text>
      ))}
    </Stack>
  );
}

interface ProductsViewProps {
  projectId: number;
  buyerCompanyId: number | undefined;
  search: CatalogueSearch;
  refine: (patch: Partial<CatalogueSearch>) => void;
  onPage: (page: number) => void;
}

function ProductsView({ projectId, buyerCompanyId, search, refine, onPage }: ProductsViewProps) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const products = useCatalogueProducts(projectId, toCatalogueParams(search));
  const change = useChangePick();
  const [openId, setOpenId] = useState<number | undefined>();
  const open = products.data?.items.find((p) => p.id === openId);

  const pick = (product: CatalogueProduct, picked: boolean) => {
    if (buyerCompanyId === undefined) return;
    change.mutate(
      { projectId, buyerCompanyId, productId: product.id, picked },
      { onError: (error) => notifications.show({ color: 'red', title: t('catalogue.pickError'), message: describeError(error, translate).message }) },
    );
  };
  const busyId = change.isPending ? change.variables.productId : undefined;

  // Grouped by exhibitor, in the server's order (firm reading, then product reading).
  const groups: { firmId: number; firmTradeName: string; items: CatalogueProduct[] }[] = [];
  for (const product of products.data?.items ?? []) {
    const last = groups[groups.length - 1];
    if (last?.firmId === product.firmId) last.items.push(product);
    else groups.push({ firmId: product.firmId, firmTradeName: product.firmTradeName, items: [product] });
  }

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" role="search" aria-label={t('catalogue.searchLabel')}>
        <Stack gap="xs">
          <SearchBox
            label={t('catalogue.searchLabel')}
            placeholder={t('catalogue.searchPlaceholder')}
            description={t('catalogue.searchHint')}
            maxLength={MAX_QUERY_LENGTH}
            value={search.q ?? ''}
            onSearch={(q) => refine({ q: q || undefined })}
          />
          <Checkbox label={t('catalogue.pickedOnly')} checked={search.picked} onChange={(event) => refine({ picked: event.currentTarget.checked })} />
        </Stack>
      </Paper>
      {products.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton h={96} />
          <Skeleton h={96} />
        </Stack>
      ) : products.isError ? (
        <LoadError onRetry={() => void products.refetch()} />
      ) : products.data.total === 0 ? (
        search.picked ? (
          <StateMessage title={t('catalogue.noPicksTitle')} description={t('catalogue.noPicksDescription')} />
        ) : search.q ? (
          <StateMessage title={t('catalogue.noMatchTitle')} description={t('catalogue.noMatchDescription')} />
        ) : (
          <Text c="dimmed">{t('catalogue.noProducts')}</Text>
        )
      ) : (
        <>
          <Text size="sm" fw={700} role="status" aria-live="polite">
            {t('catalogue.total', { count: products.data.total, formattedCount: formatInteger(products.data.total) })}
          </Text>
          {groups.map((group) => (
            <Stack key={group.firmId} gap="xs" component="section" aria-labelledby={`catalogue-firm-${group.firmId}`}>
              <Title order={3} size="h5" id={`catalogue-firm-${group.firmId}`}>
                {group.firmTradeName}
              </Title>
              <Stack component="ul" gap="xs" aria-label={t('catalogue.productsOf', { name: group.firmTradeName })} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {group.items.map((product) => (
                  <CatalogueProductCard
                    key={product.id}
                    product={product}
                    busy={busyId === product.id}
                    onPick={(picked) => pick(product, picked)}
                    onOpen={() => setOpenId(product.id)}
                  />
                ))}
              </Stack>
            </Stack>
          ))}
          {products.data.total > CATALOGUE_PAGE_SIZE && (
            <ListPager total={products.data.total} page={search.page} size={CATALOGUE_PAGE_SIZE} sizes={[CATALOGUE_PAGE_SIZE]} onPage={onPage} onSize={() => undefined} />
          )}
        </>
      )}
      <ProductDetailModal product={open} busy={open !== undefined && busyId === open.id} onPick={(picked) => open && pick(open, picked)} onClose={() => setOpenId(undefined)} />
    </Stack>
  );
}

/** The buyer's own meeting schedule, once the chamber has published it; with its .ics. */
function BuyerTimetableView({ projectId, buyerCompanyId }: { projectId: number; buyerCompanyId: number | undefined }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const timetable = useBuyerTimetable(projectId, buyerCompanyId);
  const [downloading, setDownloading] = useState(false);

  if (buyerCompanyId === undefined) return <StateMessage title={t('catalogue.timetableNone')} />;
  if (timetable.isPending) return <Skeleton h={200} aria-busy />;
  if (timetable.isError) return <LoadError onRetry={() => void timetable.refetch()} />;
  if (timetable.data === null) {
    return <StateMessage title={t('catalogue.timetableNone')} description={t('catalogue.timetableNoneDescription')} />;
  }
  const data = timetable.data;
  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile(`/api/projects/${projectId}/timetable/buyers/${buyerCompanyId}/calendar`, 'timetable.ics');
    } catch (error) {
      notifications.show({ color: 'red', ...describeError(error, translate) });
    } finally {
      setDownloading(false);
    }
  };
  const caption = t('catalogue.timetableCaption', { name: data.buyerCompanyName });
  return (
    <Stack gap="sm">
      <Text fw={700}>{t('catalogue.timetableHeldOn', { date: formatDateNumeric(data.heldOn), venue: data.venue ?? '' })}</Text>
      {data.meetings.length === 0 ? (
        <Text c="dimmed">{t('catalogue.timetableEmpty')}</Text>
      ) : (
        <Table withTableBorder captionSide="top" verticalSpacing="sm">
          <Table.Caption ta="left">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={110}>
                {t('catalogue.timetableTime')}
              </Table.Th>
              <Table.Th scope="col">{t('catalogue.timetableFirm')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.meetings.map((m) => (
              <Table.Tr key={m.slot}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {m.startTime}〜{m.endTime}
                </Table.Td>
                <Table.Td>
                  <Text fw={700} size="sm">
                    {m.firmTradeName}
                  </Text>
                  {m.products.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {m.products.map((p) => p.name).join(t('common.listSeparator'))}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button variant="default" onClick={() => void download()} loading={downloading}>
          {t('catalogue.timetableDownload')}
        </Button>
      </Group>
    </Stack>
  );
}
