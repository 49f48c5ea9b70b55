import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { AnchorLink, ButtonLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { ListTable } from '@/components/ListTable';
import { ProjectStateBadge } from '@/components/ProjectStateBadge';
import { SearchBox } from '@/components/SearchBox';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { PROGRAM_CODES, PROJECT_SORTS, PROJECT_STATES } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import { usePrograms } from '@/records/program/queries';
import type { ProjectSort, ProjectSummary } from '@/lib/api/types';
import { fiscalYearOf, fiscalYearText } from '@/lib/fiscal-year';
import { formatDateNumeric, formatInteger, formatPeriod } from '@/lib/format';
import { programName } from '@/lib/localized';
import { canManageProjects, isStaff } from '@/lib/roles';
import { ariaSort, MAX_QUERY_LENGTH, PAGE_SIZES } from '@/lib/search-params';
import { useProjects } from '@/records/project/queries';
import {
  fiscalYearChoices,
  hasProjectFilters,
  toProjectExportParams,
  toProjectListParams,
  type ProjectsSearch,
} from './projects-search';

const route = getRouteApi('/projects');

/** プロジェクト: the projects, searched by title, filtered, sorted and paged through the URL. */
export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = me.data !== undefined && isStaff(me.data.roles);
  const listParams = toProjectListParams(search);
  const projects = useProjects(listParams, allowed);
  const programs = usePrograms();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('projects.forbiddenTitle')} description={t('projects.forbiddenDescription')} />;

  /** Any change of what is searched starts again at page 1. */
  const refine = (patch: Partial<ProjectsSearch>, options: { replace?: boolean } = {}) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: options.replace });
  const goToPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });
  const clearFilters = () => void navigate({ search: (prev) => ({ sort: prev.sort, size: prev.size }) });
  const manage = me.data !== undefined && canManageProjects(me.data.roles);
  const newButton = manage && <ButtonLink to="/projects/new">{t('projects.new')}</ButtonLink>;
  const nameOf = (code: string) => {
    const program = programs.data?.find((p) => p.code === code);
    return program ? programName(program, i18n.language) : code;
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('projects.title')}
          </Title>
          <Text c="dimmed">{t('projects.description')}</Text>
        </Stack>
        <Group gap="sm">
          <ExportButtons path="/api/projects/export" params={toProjectExportParams(listParams)} baseName="projects" />
          {newButton}
        </Group>
      </Group>

      <Paper withBorder p="md" role="search" aria-label={t('projects.filtersLabel')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          <SearchBox
            label={t('projects.searchLabel')}
            placeholder={t('projects.searchPlaceholder')}
            maxLength={MAX_QUERY_LENGTH}
            value={search.q ?? ''}
            onSearch={(q) => refine({ q: q || undefined }, { replace: true })}
          />
          <NativeSelect
            label={t('projects.fiscalYearLabel')}
            value={search.fiscalYear === undefined ? '' : String(search.fiscalYear)}
            onChange={(e) => refine({ fiscalYear: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
            data={[
              { value: '', label: t('projects.all') },
              ...fiscalYearChoices(fiscalYearOf(new Date()), search.fiscalYear).map((y) => ({
                value: String(y),
                label: fiscalYearText(y, i18n.language),
              })),
            ]}
          />
          <NativeSelect
            label={t('projects.programLabel')}
            value={search.program ?? ''}
            onChange={(e) => refine({ program: PROGRAM_CODES.find((c) => c === e.currentTarget.value) })}
            data={[{ value: '', label: t('projects.all') }, ...PROGRAM_CODES.map((code) => ({ value: code, label: nameOf(code) }))]}
          />
          <NativeSelect
            label={t('projects.stateLabel')}
            value={search.state ?? ''}
            onChange={(e) => refine({ state: PROJECT_STATES.find((s) => s === e.currentTarget.value) })}
            data={[
              { value: '', label: t('projects.all') },
              ...PROJECT_STATES.map((state) => ({ value: state, label: t(`projectStates.${state}`) })),
            ]}
          />
          <NativeSelect
            label={t('projects.sortLabel')}
            value={search.sort}
            onChange={(e) => {
              const sort = PROJECT_SORTS.find((s) => s === e.currentTarget.value);
              if (sort) refine({ sort });
            }}
            data={PROJECT_SORTS.map((sort) => ({ value: sort, label: t(`projectSort.${sort}`) }))}
          />
        </SimpleGrid>
      </Paper>

      {me.isPending || projects.isPending ? (
        <TableSkeleton />
      ) : projects.isError ? (
        <LoadError onRetry={() => void projects.refetch()} />
      ) : projects.data.total === 0 ? (
        hasProjectFilters(search) ? (
          <StateMessage
            title={t('projects.noMatchTitle')}
            description={t('projects.noMatchDescription')}
            actions={
              <Button variant="light" onClick={clearFilters}>
                {t('projects.clearFilters')}
              </Button>
            }
          />
        ) : (
          <StateMessage
            title={t('projects.emptyTitle')}
            description={t(manage ? 'projects.emptyDescription' : 'projects.emptyDescriptionReadOnly')}
            actions={newButton}
          />
        )
      ) : (
        <Stack gap="sm">
          <Group gap="md" role="status" aria-live="polite">
            <Text fw={700}>{t('projects.total', { count: projects.data.total, formattedCount: formatInteger(projects.data.total) })}</Text>
            {projects.data.items.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('projects.range', {
                  from: formatInteger((search.page - 1) * search.size + 1),
                  to: formatInteger((search.page - 1) * search.size + projects.data.items.length),
                })}
              </Text>
            )}
          </Group>
          {projects.data.items.length === 0 ? (
            // ?page=99 from an old bookmark: the search matches, this page is past the end.
            <StateMessage
              title={t('projects.pageEmptyTitle')}
              actions={
                <Button variant="light" onClick={() => goToPage(1)}>
                  {t('list.firstPage')}
                </Button>
              }
            />
          ) : (
            <ProjectTable projects={projects.data.items} sort={search.sort} stale={projects.isPlaceholderData} programName={nameOf} />
          )}
          <ListPager
            total={projects.data.total}
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

interface TableProps {
  projects: readonly ProjectSummary[];
  sort: ProjectSort;
  stale: boolean;
  programName: (code: string) => string;
}

function ProjectTable({ projects, sort, stale, programName: nameOf }: TableProps) {
  const { t, i18n } = useTranslation();
  return (
    <ListTable caption={t('projects.tableCaption')} minWidth={960} stale={stale}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" miw={220}>
            {t('projectFields.title')}
          </Table.Th>
          <Table.Th scope="col">{t('projectFields.program')}</Table.Th>
          <Table.Th scope="col" aria-sort={ariaSort('fiscalYear', sort)}>
            {t('projectFields.fiscalYear')}
          </Table.Th>
          <Table.Th scope="col" aria-sort={ariaSort('startsOn', sort)}>
            {t('projectFields.period')}
          </Table.Th>
          <Table.Th scope="col">{t('projectFields.state')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('projectFields.participantCount')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('projectFields.invitationCount')}
          </Table.Th>
          <Table.Th scope="col" aria-sort={ariaSort('updatedAt', sort)}>
            {t('projectFields.updatedAt')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {projects.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <AnchorLink to="/projects/$id" params={{ id: String(p.id) }} fw={600}>
                {p.title}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{nameOf(p.program)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{fiscalYearText(p.fiscalYear, i18n.language)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {formatPeriod(p.startsOn, p.endsOn) ?? t('common.notSet')}
            </Table.Td>
            <Table.Td>
              <ProjectStateBadge state={p.state} />
            </Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatInteger(p.participantCount)}
            </Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatInteger(p.invitationCount)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              <time dateTime={p.updatedAt}>{formatDateNumeric(p.updatedAt)}</time>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
