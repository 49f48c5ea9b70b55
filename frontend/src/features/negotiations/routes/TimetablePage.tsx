import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { FormErrorsAlert, type FormErrors } from '@/components/FormErrorsAlert';
import { AnchorLink, ButtonLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { useMe } from '@/lib/api/me';
import type { Project, Timetable, TimetableMeeting, UnscheduledPick } from '@/lib/api/types';
import { formatDateNumeric, formatInteger } from '@/lib/format';
import { ApiError, localErrorMessage } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { canManageTimetable, isStaff } from '@/lib/roles';
import { useProjectPicks } from '@/records/pick/queries';
import { useProject } from '@/records/project/queries';
import { timetableSaved } from '@/records/timetable/invalidate';
import { timetableKeys } from '@/records/timetable/keys';
import { useTimetable, type VersionedTimetable } from '@/records/timetable/queries';
import { refresh } from '@/records/refresh';
import { addMeeting, generateTimetable, moveMeeting, publishTimetable, removeMeeting } from '../api/timetable-changes';
import { timetableGrid } from '../components/timetable-grid';
import { TimetableMailPanel } from '../components/TimetableMailPanel';

const route = getRouteApi('/projects/$id/timetable');

/** 商談会スケジュール: generated from the buyers' picks, adjusted by hand, published, printed. */
export function TimetablePage() {
  const { id } = route.useParams();
  const projectId = parseRecordId(id);
  const { t } = useTranslation();
  return projectId === undefined ? <StateMessage title={t('negotiationPage.notFoundTitle')} /> : <TimetableScreen projectId={projectId} />;
}

function TimetableScreen({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && isStaff(me.data.roles);
  const manage = me.data !== undefined && canManageTimetable(me.data.roles);
  const project = useProject(projectId, allowed);
  const timetable = useTimetable(projectId, allowed);
  const picks = useProjectPicks(projectId, allowed);
  const changer = useTimetableChanger(projectId);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('timetablePage.forbiddenTitle')} />;
  if (project.isError || timetable.isError) {
    return <LoadError onRetry={() => void Promise.all([project.refetch(), timetable.refetch()])} />;
  }
  if (!me.data || project.isPending || timetable.isPending) return <DetailSkeleton />;

  const current = timetable.data;
  return (
    <Stack gap="lg">
      <AnchorLink to="/projects/$id" params={{ id: String(projectId) }} size="sm">
        ← {t('timetablePage.backToProject')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {t('timetablePage.title')}
        </Title>
        <Text fw={700}>{project.data.project.title}</Text>
        <Text c="dimmed">{t('timetablePage.description')}</Text>
        {picks.data && (
          <Text size="sm">
            {t('timetablePage.picks')}: {t('timetablePage.picksCount', { count: picks.data.length, formattedCount: formatInteger(picks.data.length) })}
          </Text>
        )}
      </Stack>
      {changer.errors && <FormErrorsAlert id="timetable-errors" errors={changer.errors} />}
      {manage && <GenerateForm project={project.data.project} current={current} changer={changer} />}
      {current === null ? (
        <StateMessage title={t('timetablePage.none')} />
      ) : (
        <TimetableView versioned={current} manage={manage} changer={changer} />
      )}
    </Stack>
  );
}

type Change = (versioned: VersionedTimetable | null) => Promise<VersionedTimetable>;

/** Every change of the timetable: If-Match with the version shown; on 412 the latest is shown instead. */
function useTimetableChanger(projectId: number) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | undefined>();
  const [errors, setErrors] = useState<FormErrors | undefined>();
  const run = async (what: string, change: Change, versioned: VersionedTimetable | null, done: string) => {
    setBusy(what);
    setErrors(undefined);
    try {
      const saved = await change(versioned);
      await timetableSaved(queryClient, saved);
      notifications.show({ color: 'teal', message: done });
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        setErrors({ title: t('timetablePage.conflict'), items: [] });
        await refresh(queryClient, [timetableKeys.project(projectId)]);
      } else {
        const local = localErrorMessage(error, translate);
        if (local) setErrors(local);
      }
      return false;
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, errors, run, projectId };
}

type Changer = ReturnType<typeof useTimetableChanger>;

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

function GenerateForm({ project, current, changer }: { project: Project; current: VersionedTimetable | null; changer: Changer }) {
  const { t } = useTranslation();
  const required = t('move.errorRequired');
  const days = project.events.map((e) => e.heldOn);
  const form = useForm({
    resolver: zodResolver(
      z.object({
        heldOn: z.string().min(1, required),
        startTime: z.string().regex(TIME, required),
        endTime: z.string().regex(TIME, required),
        slotMinutes: z.number({ error: required }).int().min(5).max(240),
        gapMinutes: z.number({ error: required }).int().min(0).max(120),
      }),
    ),
    defaultValues: {
      heldOn: current?.timetable.heldOn ?? days[0] ?? '',
      startTime: current?.timetable.startTime ?? '10:00',
      endTime: current?.timetable.endTime ?? '16:00',
      slotMinutes: current?.timetable.slotMinutes ?? 30,
      gapMinutes: current?.timetable.gapMinutes ?? 0,
    },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit((values) =>
    changer.run('generate', (v) => generateTimetable(changer.projectId, v?.etag, values), current, t('timetablePage.generated')),
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timetable-generate">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h5" id="timetable-generate">
            {current ? t('timetablePage.regenerate') : t('timetablePage.generate')}
          </Title>
          {current && (
            <Text size="sm" c="dimmed">
              {t('timetablePage.regenerateWarning')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
            <NativeSelect
              label={t('timetablePage.heldOn')}
              required
              data={[{ value: '', label: '—' }, ...days.map((day) => ({ value: day, label: formatDateNumeric(day) }))]}
              {...form.register('heldOn')}
              error={errors.heldOn?.message}
            />
            <TextInput type="time" label={t('timetablePage.startTime')} required {...form.register('startTime')} error={errors.startTime?.message} />
            <TextInput type="time" label={t('timetablePage.endTime')} required {...form.register('endTime')} error={errors.endTime?.message} />
            <Controller
              control={form.control}
              name="slotMinutes"
              render={({ field }) => (
                <NumberInput label={t('timetablePage.slotMinutes')} required min={5} max={240} step={5} {...field} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={errors.slotMinutes?.message} />
              )}
            />
            <Controller
              control={form.control}
              name="gapMinutes"
              render={({ field }) => (
                <NumberInput label={t('timetablePage.gapMinutes')} min={0} max={120} step={5} {...field} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={errors.gapMinutes?.message} />
              )}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={changer.busy === 'generate'} disabled={changer.busy !== undefined && changer.busy !== 'generate'}>
              {current ? t('timetablePage.regenerate') : t('timetablePage.generate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function TimetableView({ versioned, manage, changer }: { versioned: VersionedTimetable; manage: boolean; changer: Changer }) {
  const { t } = useTranslation();
  const tt: Timetable = versioned.timetable;
  const grid = timetableGrid(tt);
  const [moving, setMoving] = useState<TimetableMeeting | undefined>();
  const [placing, setPlacing] = useState<UnscheduledPick | undefined>();
  const projectId = changer.projectId;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <Badge color={tt.state === 'PUBLISHED' ? 'teal' : 'gray'} variant="light" radius="sm">
            {t(`timetablePage.state.${tt.state}`)}
          </Badge>
          <Text size="sm">
            {t('timetablePage.summary', {
              heldOn: formatDateNumeric(tt.heldOn),
              start: tt.startTime,
              end: tt.endTime,
              slotMinutes: tt.slotMinutes,
              meetings: formatInteger(tt.meetings.length),
            })}
          </Text>
        </Group>
        <Group gap="xs">
          <ButtonLink to="/projects/$id/timetable/print" params={{ id: String(projectId) }} search={{ by: 'buyer' }} variant="default">
            {t('timetablePage.printByBuyer')}
          </ButtonLink>
          <ButtonLink to="/projects/$id/timetable/print" params={{ id: String(projectId) }} search={{ by: 'firm' }} variant="default">
            {t('timetablePage.printByFirm')}
          </ButtonLink>
          {manage && (
            <Button
              loading={changer.busy === 'publish'}
              onClick={() => void changer.run('publish', (v) => publishTimetable(projectId, v?.etag ?? versioned.etag), versioned, t('timetablePage.published'))}
            >
              {t('timetablePage.publish')}
            </Button>
          )}
        </Group>
      </Group>
      {manage && tt.state !== 'PUBLISHED' && (
        <Alert color="gray" variant="light">
          <Text size="sm">{t('timetablePage.publishHint')}</Text>
        </Alert>
      )}
      {manage && tt.state === 'PUBLISHED' && <TimetableMailPanel projectId={projectId} etag={versioned.etag} />}

      <Table.ScrollContainer type="native" minWidth={Math.max(480, 160 * grid.buyers.length + 110)} tabIndex={0} role="region" aria-label={t('timetablePage.gridCaption')}>
        <Table withTableBorder withColumnBorders captionSide="top" fz="sm">
          <Table.Caption ta="left">{t('timetablePage.gridCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={110}>
                {t('timetablePage.slot')}
              </Table.Th>
              {grid.buyers.map((buyer) => (
                <Table.Th key={buyer.id} scope="col">
                  {buyer.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.rows.map((row) => (
              <Table.Tr key={row.slot.index}>
                <Table.Th scope="row" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {row.slot.startTime}〜{row.slot.endTime}
                </Table.Th>
                {row.cells.map((meeting, i) => (
                  <Table.Td key={grid.buyers[i]?.id ?? i}>
                    {meeting ? (
                      <Group gap={4} wrap="nowrap" justify="space-between" align="flex-start">
                        <Stack gap={0} style={{ minWidth: 0 }}>
                          <Text size="sm" fw={700}>
                            {meeting.firmTradeName}
                          </Text>
                          {meeting.products.length > 0 && (
                            <Text size="xs" c="dimmed" lineClamp={2}>
                              {meeting.products.map((p) => p.name).join(t('common.listSeparator'))}
                            </Text>
                          )}
                        </Stack>
                        {manage && (
                          <Menu position="bottom-end" withinPortal>
                            <Menu.Target>
                              <ActionIcon variant="subtle" color="gray" aria-label={t('timetablePage.moveMeeting', { buyer: meeting.buyerCompanyName, firm: meeting.firmTradeName })}>
                                <span aria-hidden>⋯</span>
                              </ActionIcon>
                            </Menu.Target>
                            <Menu.Dropdown>
                              <Menu.Item onClick={() => setMoving(meeting)}>{t('timetablePage.moveTo')}</Menu.Item>
                              <Menu.Item
                                color="red"
                                onClick={() => {
                                  if (window.confirm(t('timetablePage.removeConfirm'))) {
                                    void changer.run('remove', (v) => removeMeeting(projectId, meeting.id, v?.etag ?? versioned.etag), versioned, t('timetablePage.saved'));
                                  }
                                }}
                              >
                                {t('timetablePage.removeMeeting', { buyer: meeting.buyerCompanyName, firm: meeting.firmTradeName })}
                              </Menu.Item>
                            </Menu.Dropdown>
                          </Menu>
                        )}
                      </Group>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('timetablePage.free')}
                      </Text>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Stack gap="xs" component="section" aria-labelledby="timetable-unscheduled">
        <Title order={2} size="h4" id="timetable-unscheduled">
          {t('timetablePage.unscheduled')}（{formatInteger(tt.unscheduled.length)}）
        </Title>
        {tt.unscheduled.length === 0 ? (
          <Text c="dimmed">{t('timetablePage.unscheduledEmpty')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('timetablePage.unscheduledHint')}
            </Text>
            <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {tt.unscheduled.map((u) => (
                <Paper key={`${u.buyerCompanyId}-${u.firmId}`} component="li" withBorder p="xs">
                  <Group justify="space-between" gap="sm">
                    <Stack gap={0}>
                      <Text size="sm" fw={700}>
                        {u.buyerCompanyName} × {u.firmTradeName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {u.products.map((p) => p.name).join(t('common.listSeparator'))}
                      </Text>
                    </Stack>
                    {manage && (
                      <Button size="xs" variant="default" onClick={() => setPlacing(u)}>
                        {t('timetablePage.addMeeting')}
                      </Button>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          </>
        )}
      </Stack>

      {moving && (
        <SlotDialog
          title={t('timetablePage.moveMeeting', { buyer: moving.buyerCompanyName, firm: moving.firmTradeName })}
          timetable={tt}
          initial={moving.slot}
          busy={changer.busy === 'move'}
          onClose={() => setMoving(undefined)}
          onSubmit={(slot) =>
            void changer
              .run('move', (v) => moveMeeting(projectId, moving.id, v?.etag ?? versioned.etag, slot), versioned, t('timetablePage.saved'))
              .then(() => setMoving(undefined))
          }
        />
      )}
      {placing && (
        <SlotDialog
          title={t('timetablePage.addMeetingTitle', { buyer: placing.buyerCompanyName, firm: placing.firmTradeName })}
          timetable={tt}
          busy={changer.busy === 'add'}
          onClose={() => setPlacing(undefined)}
          onSubmit={(slot) =>
            void changer
              .run(
                'add',
                (v) => addMeeting(projectId, v?.etag ?? versioned.etag, { buyerCompanyId: placing.buyerCompanyId, firmId: placing.firmId, slot }),
                versioned,
                t('timetablePage.saved'),
              )
              .then(() => setPlacing(undefined))
          }
        />
      )}
    </Stack>
  );
}

function SlotDialog({
  title,
  timetable,
  initial,
  busy,
  onClose,
  onSubmit,
}: {
  title: string;
  timetable: Timetable;
  initial?: number;
  busy: boolean;
  onClose: () => void;
  onSubmit: (slot: number) => void;
}) {
  const { t } = useTranslation();
  const [slot, setSlot] = useState(String(initial ?? timetable.slots[0]?.index ?? 0));
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(Number(slot));
        }}
      >
        <Stack gap="md">
          <NativeSelect
            label={t('timetablePage.moveTo')}
            value={slot}
            onChange={(event) => setSlot(event.currentTarget.value)}
            data={timetable.slots.map((s) => ({ value: String(s.index), label: `${s.startTime}〜${s.endTime}` }))}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('timetablePage.addMeeting')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
