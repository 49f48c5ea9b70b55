import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { PROGRAM_CODES, PROJECT_STATES } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import { usePrograms } from '@/lib/api/programs';
import { fiscalYearOf, formatFiscalYear } from '@/lib/fiscal-year';
import { formatInteger } from '@/lib/format';
import { programName } from '@/lib/localized';
import { canManageProjects, isStaff } from '@/lib/roles';
import { useProjects } from '../api/projects';
import { ProjectStateBadge } from '../components/ProjectStateBadge';
import { hasProjectFilters, PROJECT_PAGE_SIZE, toProjectListParams, type ProjectsSearch } from './projects-search';

const route = getRouteApi('/projects');

function fiscalYearLabel(year: number, language: string): string {
  const { wareki, western } = formatFiscalYear(year);
  return language === 'en' ? western : `${wareki}（${western}）`;
}

/** プロジェクト: the year's projects, filtered by fiscal year, program and state in the URL. */
export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = me.data !== undefined && isStaff(me.data.roles);
  const projects = useProjects(toProjectListParams(search), allowed);
  const programs = usePrograms();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('projects.forbiddenTitle')} description={t('projects.forbiddenDescription')} />;

  const refine = (patch: Partial<ProjectsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }) });
  const thisYear = fiscalYearOf(new Date());
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
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
        {newButton}
      </Group>

      <Paper withBorder p="md" role="search" aria-label={t('projects.filtersLabel')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('projects.fiscalYearLabel')}
            value={search.fiscalYear === undefined ? '' : String(search.fiscalYear)}
            onChange={(e) => refine({ fiscalYear: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
            data={[
              { value: '', label: t('projects.all') },
              ...years.map((y) => ({ value: String(y), label: fiscalYearLabel(y, i18n.language) })),
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
            actions={
              <Button variant="light" onClick={() => void navigate({ search: {} })}>
                {t('projects.clearFilters')}
              </Button>
            }
          />
        ) : (
          <StateMessage title={t('projects.emptyTitle')} actions={newButton} />
        )
      ) : (
        <Stack gap="sm">
          <Text fw={700} role="status">
            {t('projects.total', { count: projects.data.total, formattedCount: formatInteger(projects.data.total) })}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover style={{ opacity: projects.isPlaceholderData ? 0.6 : 1 }}>
              <Table.Caption>{t('projects.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('projectFields.title')}</Table.Th>
                  <Table.Th>{t('projectFields.program')}</Table.Th>
                  <Table.Th>{t('projectFields.fiscalYear')}</Table.Th>
                  <Table.Th>{t('projectFields.state')}</Table.Th>
                  <Table.Th ta="right">{t('projectFields.participantCount')}</Table.Th>
                  <Table.Th ta="right">{t('projectFields.invitationCount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {projects.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <AnchorLink to="/projects/$id" params={{ id: String(p.id) }}>
                        {p.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{nameOf(p.program)}</Table.Td>
                    <Table.Td>{fiscalYearLabel(p.fiscalYear, i18n.language)}</Table.Td>
                    <Table.Td>
                      <ProjectStateBadge state={p.state} />
                    </Table.Td>
                    <Table.Td ta="right">{formatInteger(p.participantCount)}</Table.Td>
                    <Table.Td ta="right">{formatInteger(p.invitationCount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPager
            total={projects.data.total}
            page={search.page}
            size={PROJECT_PAGE_SIZE}
            sizes={[PROJECT_PAGE_SIZE]}
            onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
            onSize={() => undefined}
          />
        </Stack>
      )}
    </Stack>
  );
}
