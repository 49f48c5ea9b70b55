import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePrograms } from '@/records/program/queries';
import { loadedItems } from '@/lib/api/paging';
import type { ProjectRelation } from '@/records/project/keys';
import { useRelatedProjects } from '@/records/project/queries';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatInteger } from '@/lib/format';
import { programNameOf } from '@/lib/localized';
import { AnchorLink } from './links';
import { ProjectStateBadge } from './ProjectStateBadge';
import { LoadError } from './StateMessage';

interface Props {
  relation: ProjectRelation;
  /** The heading's id, unique on the page: the section is named by it. */
  headingId: string;
  title: string;
  /** What the section says when there are none. */
  empty: string;
}

/** On a firm's or buyer company's page: its projects, newest fiscal year first, each linked to the project. */
export function RelatedProjects({ relation, headingId, title, empty }: Props) {
  const { t, i18n } = useTranslation();
  const projects = useRelatedProjects(relation);
  const programs = usePrograms();
  const items = loadedItems(projects.data?.pages);
  const total = projects.data?.pages[0]?.total ?? 0;

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {total > 0 && (
          <Text size="sm" c="dimmed">
            {t('relatedProjects.total', { count: total, formattedCount: formatInteger(total) })}
          </Text>
        )}
      </Group>
      {projects.isPending ? (
        <Stack gap="xs" aria-busy>
          <Text size="sm">{t('app.loading')}</Text>
          <Skeleton h={56} />
        </Stack>
      ) : projects.isError ? (
        <LoadError onRetry={() => void projects.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((project) => (
            <Paper key={project.id} component="li" withBorder p="sm">
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <AnchorLink to="/projects/$id" params={{ id: String(project.id) }} fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {project.title}
                  </AnchorLink>
                  <Text size="sm" c="dimmed">
                    {programNameOf(project.program, programs.data, i18n.language)}
                    {t('common.listSeparator')}
                    {fiscalYearText(project.fiscalYear, i18n.language)}
                  </Text>
                </Stack>
                <ProjectStateBadge state={project.state} />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {projects.hasNextPage && (
        <Group>
          <Button variant="subtle" onClick={() => void projects.fetchNextPage()} loading={projects.isFetchingNextPage}>
            {t('relatedProjects.more', { count: total - items.length, formattedCount: formatInteger(total - items.length) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
