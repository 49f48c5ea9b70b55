import { Alert, Badge, Button, Checkbox, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailRow, DetailSection } from '@/components/DetailTable';
import { AnchorLink, ButtonLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { useMe } from '@/lib/api/me';
import { usePrograms } from '@/lib/api/programs';
import type { Project } from '@/lib/api/types';
import { formatFiscalYear } from '@/lib/fiscal-year';
import { formatDateNumeric, formatInteger } from '@/lib/format';
import { programName } from '@/lib/localized';
import { ApiError, localErrorMessage } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { canManageProjects, isStaff } from '@/lib/roles';
import {
  useBuyerCompanySearch,
  useChangeProject,
  useFirmSearch,
  useProductsOfFirm,
  useProject,
  type ProjectChange,
  type VersionedProject,
} from '../api/projects';
import { ProjectStateBadge } from '@/components/ProjectStateBadge';

const route = getRouteApi('/projects/$id');

export function ProjectDetailPage() {
  const { id } = route.useParams();
  const projectId = parseRecordId(id);
  const { t } = useTranslation();
  return projectId === undefined ? <StateMessage title={t('projects.notFoundTitle')} /> : <ProjectDetail id={projectId} key={projectId} />;
}

function ProjectDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const me = useMe();
  const allowed = me.data !== undefined && isStaff(me.data.roles);
  const query = useProject(id, allowed);
  const programs = usePrograms();
  const change = useChangeProject(id);
  const [picking, setPicking] = useState<'firm' | 'buyer' | undefined>();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('projects.forbiddenTitle')} description={t('projects.forbiddenDescription')} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <StateMessage title={t('projects.notFoundTitle')} />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (!me.data || query.isPending) return <DetailSkeleton />;

  const { project, etag } = query.data;
  const editable = canManageProjects(me.data.roles) && project.state !== 'CLOSED';
  const program = programs.data?.find((p) => p.code === project.program);
  const { wareki, western } = formatFiscalYear(project.fiscalYear);
  const notSet = t('common.notSet');

  const apply = async (next: ProjectChange): Promise<boolean> => {
    try {
      await change.mutateAsync({ etag, change: next });
      return true;
    } catch (error) {
      const message = localErrorMessage(error, translate);
      if (message) {
        notifications.show({ color: 'red', title: message.title, message: message.items.join(' ') || t('projects.changeFailed') });
      }
      // 412: someone changed the project first; show theirs before anything else.
      if (error instanceof ApiError && error.status === 412) void query.refetch();
      return false;
    }
  };

  return (
    <Stack gap="lg">
      <AnchorLink to="/projects" size="sm">
        ← {t('projects.backToList')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {project.title}
          </Title>
          <Group gap="xs">
            <ProjectStateBadge state={project.state} />
            <Badge variant="outline" color="gray" radius="sm">
              {i18n.language === 'en' ? western : `${wareki}（${western}）`}
            </Badge>
          </Group>
        </Stack>
        {editable && (
          <Group gap="sm">
            <ButtonLink variant="default" to="/projects/$id/edit" params={{ id: String(project.id) }}>
              {t('projects.edit')}
            </ButtonLink>
            {project.state === 'PLANNING' && (
              <Button loading={change.isPending} onClick={() => void apply({ kind: 'state', state: 'OPEN' })}>
                {t('projects.open')}
              </Button>
            )}
            {project.state === 'OPEN' && (
              <Button color="dark" loading={change.isPending} onClick={() => void apply({ kind: 'state', state: 'CLOSED' })}>
                {t('projects.close')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {project.state === 'CLOSED' && (
        <Alert color="gray" variant="light">
          {t('projects.closedNotice')}
        </Alert>
      )}

      <DetailSection id="project-basics" title={t('projects.basicsHeading')}>
        <DetailRow label={t('projectFields.program')}>{program ? programName(program, i18n.language) : project.program}</DetailRow>
        <DetailRow label={t('projectFields.period')}>
          {project.startsOn || project.endsOn
            ? `${project.startsOn ? formatDateNumeric(project.startsOn) : ''}〜${project.endsOn ? formatDateNumeric(project.endsOn) : ''}`
            : notSet}
        </DetailRow>
        <DetailRow label={t('projectFields.partners')}>{project.partners.length ? project.partners.join(t('common.listSeparator')) : notSet}</DetailRow>
        <DetailRow label={t('projectFields.events')}>
          {project.events.length === 0 ? (
            notSet
          ) : (
            <List size="sm">
              {project.events.map((e, i) => (
                <List.Item key={i}>
                  {formatDateNumeric(e.heldOn)} {e.venue}
                  {e.capacity !== undefined && ` ${t('projects.capacityValue', { value: formatInteger(e.capacity) })}`}
                </List.Item>
              ))}
            </List>
          )}
        </DetailRow>
      </DetailSection>

      <Section
        id="project-participants"
        title={t('projects.participantsHeading')}
        action={editable && <Button variant="light" size="sm" onClick={() => setPicking('firm')}>{t('projects.addParticipant')}</Button>}
      >
        {project.participants.length === 0 ? (
          <Text c="dimmed">{t('projects.noParticipants')}</Text>
        ) : (
          project.participants.map((p) => (
            <Paper key={p.firmId} withBorder p="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <AnchorLink to="/firms/$id" params={{ id: String(p.firmId) }} fw={700}>
                    {p.tradeName}
                  </AnchorLink>
                  <Text size="sm" c="dimmed">
                    {p.products.length ? p.products.map((x) => x.name).join(t('common.listSeparator')) : t('projects.noProducts')}
                  </Text>
                </Stack>
                {editable && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => void apply({ kind: 'removeParticipant', firmId: p.firmId })}
                    aria-label={t('projects.removeLabel', { name: p.tradeName })}
                  >
                    {t('projects.remove')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))
        )}
      </Section>

      <Section
        id="project-invitations"
        title={t('projects.invitationsHeading')}
        action={editable && <Button variant="light" size="sm" onClick={() => setPicking('buyer')}>{t('projects.addInvitation')}</Button>}
      >
        {project.invitations.length === 0 ? (
          <Text c="dimmed">{t('projects.noInvitations')}</Text>
        ) : (
          project.invitations.map((b) => (
            <Paper key={b.buyerCompanyId} withBorder p="sm">
              <Group justify="space-between" wrap="nowrap">
                <AnchorLink to="/buyers/$id" params={{ id: String(b.buyerCompanyId) }} fw={700}>
                  {b.name}
                </AnchorLink>
                {editable && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => void apply({ kind: 'removeInvitation', buyerCompanyId: b.buyerCompanyId })}
                    aria-label={t('projects.removeLabel', { name: b.name })}
                  >
                    {t('projects.remove')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))
        )}
      </Section>

      {picking === 'firm' && <FirmPicker project={query.data} busy={change.isPending} onClose={() => setPicking(undefined)} apply={apply} />}
      {picking === 'buyer' && <BuyerPicker project={project} busy={change.isPending} onClose={() => setPicking(undefined)} apply={apply} />}
    </Stack>
  );
}

function Section({ id, title, action, children }: { id: string; title: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Group justify="space-between">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

interface PickerProps {
  busy: boolean;
  onClose: () => void;
  apply: (change: ProjectChange) => Promise<boolean>;
}

function FirmPicker({ project, busy, onClose, apply }: PickerProps & { project: VersionedProject }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const firms = useFirmSearch(debounced);
  const [firm, setFirm] = useState<{ id: number; name: string } | undefined>();
  const products = useProductsOfFirm(firm?.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const taken = new Set(project.project.participants.map((p) => p.firmId));

  return (
    <Modal opened onClose={onClose} title={t('projects.addParticipant')} size="lg">
      <Stack gap="sm">
        {!firm ? (
          <>
            <TextInput label={t('projects.searchFirm')} value={q} onChange={(e) => setQ(e.currentTarget.value)} data-autofocus />
            {firms.data?.length === 0 && <Text c="dimmed">{t('projects.noMatch')}</Text>}
            {firms.data?.map((f) => (
              <Button key={f.id} variant="default" justify="flex-start" disabled={taken.has(f.id) || f.archived} onClick={() => setFirm({ id: f.id, name: f.tradeName })}>
                {f.tradeName}
              </Button>
            ))}
          </>
        ) : (
          <>
            <Text fw={700}>{firm.name}</Text>
            <Checkbox.Group label={t('projects.chooseProducts')} value={chosen} onChange={setChosen}>
              <Stack gap={4} mt={4}>
                {products.data?.length === 0 && <Text c="dimmed" size="sm">{t('projects.noProducts')}</Text>}
                {products.data?.map((p) => <Checkbox key={p.id} value={String(p.id)} label={p.name} />)}
              </Stack>
            </Checkbox.Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setFirm(undefined)}>
                {t('projects.chooseAnother')}
              </Button>
              <Button
                loading={busy}
                onClick={() =>
                  void apply({ kind: 'participant', firmId: firm.id, productIds: chosen.map(Number) }).then((ok) => ok && onClose())
                }
              >
                {t('projects.addThisFirm')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}

function BuyerPicker({ project, busy, onClose, apply }: PickerProps & { project: Project }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const companies = useBuyerCompanySearch(debounced);
  const taken = new Set(project.invitations.map((b) => b.buyerCompanyId));
  return (
    <Modal opened onClose={onClose} title={t('projects.addInvitation')} size="lg">
      <Stack gap="sm">
        <TextInput label={t('projects.searchBuyer')} value={q} onChange={(e) => setQ(e.currentTarget.value)} data-autofocus />
        {companies.data?.length === 0 && <Text c="dimmed">{t('projects.noMatch')}</Text>}
        {companies.data?.map((c) => (
          <Button
            key={c.id}
            variant="default"
            justify="flex-start"
            loading={busy}
            disabled={taken.has(c.id) || c.archived}
            onClick={() => void apply({ kind: 'invitation', buyerCompanyId: c.id }).then((ok) => ok && onClose())}
          >
            {c.name}
          </Button>
        ))}
      </Stack>
    </Modal>
  );
}
