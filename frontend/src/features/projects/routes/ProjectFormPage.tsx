import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { FormErrorsAlert } from '@/components/FormErrorsAlert';
import { AnchorLink, ButtonLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { PROGRAM_CODES } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import { usePrograms } from '@/records/program/queries';
import type { ProjectInput } from '@/lib/api/types';
import { fiscalYearOf } from '@/lib/fiscal-year';
import { programNameOf } from '@/lib/localized';
import { parseRecordId } from '@/lib/record-id';
import { canManageProjects } from '@/lib/roles';
import { useSaveWithConflict } from '@/lib/use-save-with-conflict';
import { projectKeys } from '@/records/project/keys';
import { fetchProject, projectQueryOptions, type VersionedProject } from '@/records/project/queries';
import { useSaveProject } from '../api/save-project';
import { ProjectComparison } from '../components/ProjectComparison';
import {
  emptyProjectForm,
  isProjectFormField,
  PROJECT_MAX,
  projectFormSchema,
  toProjectFormValues,
  toProjectInput,
  type ProjectFormInput,
  type ProjectFormOutput,
} from '../components/project-form';

const editRoute = getRouteApi('/projects/$id/edit');

export function ProjectNewPage() {
  return <ProjectFormGate />;
}

export function ProjectEditPage() {
  const { id } = editRoute.useParams();
  const projectId = parseRecordId(id);
  return projectId === undefined ? <ProjectMissing /> : <ProjectFormGate id={projectId} key={projectId} />;
}

function ProjectMissing() {
  const { t } = useTranslation();
  return <StateMessage title={t('projects.notFoundTitle')} />;
}

function ProjectFormGate({ id }: { id?: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && canManageProjects(me.data.roles);
  // Edit the latest version, and do not refetch behind the user's back while typing: the
  // ETag the form saves with must stay the one it was filled from, or a save would
  // overwrite someone else's change unseen. A newer version comes in only when the user
  // loads it after a conflict.
  const query = useQuery({
    ...projectQueryOptions(id ?? 0),
    enabled: allowed && id !== undefined,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('projects.forbiddenTitle')} description={t('projects.readOnly')} />;
  if (id !== undefined && query.isError) return <LoadError onRetry={() => void query.refetch()} />;
  if (!me.data || (id !== undefined && (!query.data || !query.isFetchedAfterMount))) return <DetailSkeleton />;
  if (query.data?.project.state === 'CLOSED') return <StateMessage title={t('projects.closedNotice')} />;
  return <ProjectForm versioned={id === undefined ? undefined : query.data} />;
}

const FORM_ERRORS_ID = 'project-form-errors';

function ProjectForm({ versioned }: { versioned: VersionedProject | undefined }) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const programs = usePrograms();
  const schema = useMemo(() => projectFormSchema(translate), [translate]);
  const form = useForm<ProjectFormInput, unknown, ProjectFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: versioned ? toProjectFormValues(versioned.project) : emptyProjectForm(fiscalYearOf(new Date())),
    shouldFocusError: true,
  });
  const events = useFieldArray({ control: form.control, name: 'events' });
  const { errors } = form.formState;
  const save = useSaveProject(versioned?.project.id);

  const saving = useSaveWithConflict({
    save: (body: ProjectInput, etag: string | undefined) => save.mutateAsync({ body, etag }),
    onSaved: (saved) => void navigate({ to: '/projects/$id', params: { id: String(saved.project.id) } }),
    loadLatest: versioned ? () => fetchProject(versioned.project.id) : undefined,
    setError: form.setError,
    isFormField: isProjectFormField,
    failedTitle: t('projects.serverErrorsTitle'),
  });
  const { serverErrors } = saving;
  const onSubmit = form.handleSubmit((values) => saving.submit(toProjectInput(values), versioned?.etag));

  return (
    <Stack gap="lg">
      <AnchorLink to={versioned ? '/projects/$id' : '/projects'} params={versioned ? { id: String(versioned.project.id) } : undefined} size="sm">
        ← {t('projects.back')}
      </AnchorLink>
      <Title order={1} fz={{ base: 22, sm: 28 }}>
        {versioned ? t('projects.editTitle') : t('projects.newTitle')}
      </Title>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-describedby={serverErrors ? FORM_ERRORS_ID : undefined}>
        <Stack gap="md">
          {serverErrors && <FormErrorsAlert id={FORM_ERRORS_ID} errors={serverErrors} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('projectFields.program')}
              required
              {...form.register('program')}
              error={errors.program?.message}
              data={[
                { value: '', label: t('form.errorSelect') },
                ...PROGRAM_CODES.map((code) => ({ value: code, label: programNameOf(code, programs.data, i18n.language) })),
              ]}
            />
            <TextInput
              label={t('projectFields.fiscalYear')}
              description={t('projectForm.fiscalYearHint')}
              required
              inputMode="numeric"
              {...form.register('fiscalYear')}
              error={errors.fiscalYear?.message}
            />
          </SimpleGrid>
          <TextInput label={t('projectFields.title')} required maxLength={PROJECT_MAX.title} {...form.register('title')} error={errors.title?.message} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('projectFields.startsOn')} {...form.register('startsOn')} error={errors.startsOn?.message} />
            <TextInput type="date" label={t('projectFields.endsOn')} {...form.register('endsOn')} error={errors.endsOn?.message} />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="partners"
            render={({ field }) => (
              <TagsInput
                label={t('projectFields.partners')}
                description={t('projectForm.partnersHint')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                maxTags={PROJECT_MAX.partners}
                error={errors.partners?.message}
              />
            )}
          />
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text fw={700}>{t('projectFields.events')}</Text>
                <Button variant="light" size="xs" onClick={() => events.append({ heldOn: '', venue: '', capacity: '' })}>
                  {t('projectForm.addEvent')}
                </Button>
              </Group>
              {events.fields.length === 0 && <Text c="dimmed" size="sm">{t('projectForm.noEvents')}</Text>}
              {events.fields.map((row, index) => (
                <Group key={row.id} align="flex-start" gap="sm" wrap="wrap">
                  <TextInput
                    type="date"
                    label={t('projectFields.heldOn')}
                    required
                    {...form.register(`events.${index}.heldOn`)}
                    error={errors.events?.[index]?.heldOn?.message}
                  />
                  <TextInput
                    label={t('projectFields.venue')}
                    required
                    style={{ flex: '1 1 200px' }}
                    maxLength={PROJECT_MAX.venue}
                    {...form.register(`events.${index}.venue`)}
                    error={errors.events?.[index]?.venue?.message}
                  />
                  <TextInput
                    label={t('projectFields.capacity')}
                    inputMode="numeric"
                    w={120}
                    {...form.register(`events.${index}.capacity`)}
                    error={errors.events?.[index]?.capacity?.message}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    onClick={() => events.remove(index)}
                    aria-label={t('projectForm.removeEvent', { n: index + 1 })}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          </Paper>
          <FormActions
            save={saving}
            submitLabel={versioned ? t('projects.submitEdit') : t('projects.submitNew')}
            cancel={
              <ButtonLink
                variant="default"
                to={versioned ? '/projects/$id' : '/projects'}
                params={versioned ? { id: String(versioned.project.id) } : undefined}
              >
                {t('common.cancel')}
              </ButtonLink>
            }
            conflictDescription={t('conflict.projectDescription')}
            onReload={(latest) => {
              // The gate above passes the latest version, whose ETag the next save sends.
              queryClient.setQueryData(projectKeys.detail(latest.project.id), latest);
              form.reset(toProjectFormValues(latest.project));
            }}
            comparison={(conflict) => <ProjectComparison latest={conflict.latest.project} mine={conflict.mine} />}
          />
        </Stack>
      </form>
    </Stack>
  );
}
