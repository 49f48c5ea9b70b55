import { Alert, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { ProjectStateBadge } from '@/components/ProjectStateBadge';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { fiscalYearText } from '@/lib/fiscal-year';
import { ApiError } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { canManageProjects, isStaff } from '@/lib/roles';
import { useProject, type VersionedProject } from '@/records/project/queries';
import { ProjectBasics } from '../components/ProjectBasics';
import { ProjectHistory } from '../components/ProjectHistory';
import { ProjectMembers } from '../components/ProjectMembers';
import { useProjectChanger } from '../components/use-project-changer';

const route = getRouteApi('/projects/$id');

export function ProjectDetailPage() {
  const { id } = route.useParams();
  const projectId = parseRecordId(id);
  const { t } = useTranslation();
  return projectId === undefined ? <StateMessage title={t('projects.notFoundTitle')} /> : <ProjectDetail id={projectId} key={projectId} />;
}

function ProjectDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && isStaff(me.data.roles);
  const query = useProject(id, allowed);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('projects.forbiddenTitle')} description={t('projects.forbiddenDescription')} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <StateMessage title={t('projects.notFoundTitle')} />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (!me.data || query.isPending) return <DetailSkeleton />;

  const { project } = query.data;
  const editable = canManageProjects(me.data.roles) && project.state !== 'CLOSED';

  return (
    <Stack gap="lg">
      <AnchorLink to="/projects" size="sm">
        ← {t('projects.backToList')}
      </AnchorLink>
      <ProjectHeading versioned={query.data} editable={editable} />
      {project.state === 'CLOSED' && (
        <Alert color="gray" variant="light">
          {t('projects.closedNotice')}
        </Alert>
      )}
      <ProjectBasics project={project} />
      <ProjectMembers kind="participants" versioned={query.data} editable={editable} />
      <ProjectMembers kind="invitations" versioned={query.data} editable={editable} />
      <ProjectHistory projectId={project.id} />
    </Stack>
  );
}

/** The title with its state and fiscal year, and 編集, 実施中にする, 終了する for those who may. */
function ProjectHeading({ versioned, editable }: { versioned: VersionedProject; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const { project, etag } = versioned;
  const { act, pending } = useProjectChanger(project.id);
  const next = project.state === 'PLANNING' ? 'OPEN' : project.state === 'OPEN' ? 'CLOSED' : undefined;

  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={6} style={{ flex: '1 1 320px' }}>
        <Title order={1} fz={{ base: 22, sm: 28 }} style={{ overflowWrap: 'anywhere' }}>
          {project.title}
        </Title>
        <Group gap="xs">
          <ProjectStateBadge state={project.state} />
          <Badge variant="outline" color="gray" radius="sm">
            {fiscalYearText(project.fiscalYear, i18n.language)}
          </Badge>
        </Group>
      </Stack>
      <Group gap="sm">
        {project.events.length > 0 && (
          <ButtonLink variant="default" to="/projects/$id/timetable" params={{ id: String(project.id) }}>
            {t('timetablePage.open')}
          </ButtonLink>
        )}
        {editable && (
          <Group gap="sm">
            <ButtonLink variant="default" to="/projects/$id/edit" params={{ id: String(project.id) }}>
              {t('projects.edit')}
            </ButtonLink>
            {next && (
              <Button
                color={next === 'CLOSED' ? 'dark' : undefined}
                loading={pending}
                onClick={() =>
                  void act(etag, { kind: 'state', state: next }, t('projects.stateChanged', { state: t(`projectStates.${next}`) }))
                }
              >
                {next === 'OPEN' ? t('projects.open') : t('projects.close')}
              </Button>
            )}
          </Group>
        )}
      </Group>
    </Group>
  );
}
