import { Button, Group, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { ListPager } from '@/components/ListPager';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { formatInteger } from '@/lib/format';
import { canIntroduce, isStaff } from '@/lib/roles';
import { PAGE_SIZES } from '@/lib/search-params';
import { useAdvisors } from '@/records/advisor/queries';
import { useNegotiations } from '@/records/negotiation/queries';
import { usePrograms } from '@/records/program/queries';
import { NegotiationFilters } from '../components/NegotiationFilters';
import { NegotiationsHeader } from '../components/NegotiationsHeader';
import { NegotiationTable } from '../components/NegotiationTable';
import { hasFilters, toExportParams, toListParams, withoutFilters, type NegotiationsSearch } from './negotiations-search';

const route = getRouteApi('/negotiations');

/** 商談一覧: the same filters as the board, sorted, paged and exported (CSV with BOM, .xlsx). */
export function NegotiationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const roles = me.data?.roles ?? [];
  const allowed = me.data !== undefined && isStaff(roles);
  const isAdvisor = roles.includes('ADVISOR');
  const listParams = toListParams(search, isAdvisor ? me.data?.subject : undefined);
  const negotiations = useNegotiations(listParams, allowed);
  const advisors = useAdvisors(allowed);
  const programs = usePrograms();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('negotiations.forbiddenTitle')} />;

  const refine = (patch: Partial<NegotiationsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true });
  const goToPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });

  return (
    <Stack gap="md">
      <NegotiationsHeader
        view="list"
        search={search}
        canIntroduce={canIntroduce(roles)}
        actions={<ExportButtons path="/api/negotiations/export" params={toExportParams(listParams)} baseName="negotiations" />}
      />
      <NegotiationFilters search={search} onChange={refine} advisors={advisors.data} programs={programs.data} isAdvisor={isAdvisor} />
      {!me.data || negotiations.isPending ? (
        <TableSkeleton />
      ) : negotiations.isError ? (
        <LoadError onRetry={() => void negotiations.refetch()} />
      ) : negotiations.data.total === 0 ? (
        hasFilters(search) ? (
          <StateMessage
            title={t('negotiations.noMatchTitle')}
            description={t('negotiations.noMatchDescription')}
            actions={
              <Button variant="light" onClick={() => void navigate({ search: withoutFilters(search) })}>
                {t('negotiations.clearFilters')}
              </Button>
            }
          />
        ) : (
          <StateMessage title={t('negotiations.emptyTitle')} description={t('negotiations.emptyDescription')} />
        )
      ) : (
        <Stack gap="sm">
          <Group gap="md" role="status" aria-live="polite">
            <Text fw={700}>{t('negotiations.total', { count: negotiations.data.total, formattedCount: formatInteger(negotiations.data.total) })}</Text>
            {negotiations.data.items.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('negotiations.range', {
                  from: formatInteger((search.page - 1) * search.size + 1),
                  to: formatInteger((search.page - 1) * search.size + negotiations.data.items.length),
                })}
              </Text>
            )}
          </Group>
          {negotiations.data.items.length === 0 ? (
            <StateMessage
              title={t('negotiations.pageEmptyTitle')}
              actions={
                <Button variant="light" onClick={() => goToPage(1)}>
                  {t('list.firstPage')}
                </Button>
              }
            />
          ) : (
            <NegotiationTable negotiations={negotiations.data.items} caption={t('negotiations.tableCaption')} stale={negotiations.isPlaceholderData} />
          )}
          <ListPager
            total={negotiations.data.total}
            page={search.page}
            size={search.size}
            sizes={PAGE_SIZES}
            onPage={goToPage}
            onSize={(size) => refine({ size })}
          />
        </Stack>
      )}
    </Stack>
  );
}
