import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useLocalStorage, useNetwork } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { useMe } from '@/lib/api/me';
import { formatDateTime, formatInteger } from '@/lib/format';
import { isStaff } from '@/lib/roles';
import { negotiationsCreated } from '@/records/negotiation/invalidate';
import { useProject, useProjects } from '@/records/project/queries';
import { sendLead, useMyLeads, type LeadDraft } from '../api/leads';
import { emptyLead, fromLeadDraft, leadSchema, toLeadDraft, type Booth, type LeadValues } from '../components/lead-form';
import type { OutboxEntry } from '../components/lead-outbox';
import { useLeadOutbox } from '../components/use-lead-outbox';

/**
 * リード登録: at a trade-show booth, on a phone, in under a minute. Each lead is kept on the
 * device first and sent when the network allows, under its own idempotency key.
 */
export function LeadCapturePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !isStaff(me.data.roles)) return <StateMessage title={t('leads.forbiddenTitle')} />;
  if (!me.data) return null;
  return <LeadCapture owner={me.data.subject} />;
}

function LeadCapture({ owner }: { owner: string }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const network = useNetwork();
  const [booth, setBooth] = useLocalStorage<Booth | null>({ key: `iwaki.leadBooth.${owner}`, defaultValue: null, getInitialValueInEffect: false });
  const [choosingBooth, setChoosingBooth] = useState(false);
  const [editing, setEditing] = useState<string | undefined>();
  const send = useCallback((entry: OutboxEntry<LeadDraft>) => sendLead(entry, translate), [translate]);
  const onFlushed = useCallback(() => void negotiationsCreated(queryClient), [queryClient]);
  const outbox = useLeadOutbox<LeadDraft>(owner, send, onFlushed);
  const recent = useMyLeads(network.online);

  return (
    <Stack gap="md" maw={720}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('leads.title')}
        </Title>
        <Text c="dimmed">{t('leads.description')}</Text>
      </Stack>
      {!network.online && (
        <Alert color="gray" variant="light" role="status">
          {t('leads.offline')}
        </Alert>
      )}

      {booth === null || choosingBooth ? (
        <BoothChooser
          online={network.online}
          current={booth}
          onChoose={(chosen) => {
            setBooth(chosen);
            setChoosingBooth(false);
          }}
        />
      ) : (
        <>
          <Paper withBorder p="sm">
            <Group justify="space-between" gap="sm">
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {t('leads.booth')}
                </Text>
                <Text fw={700}>
                  {booth.firmTradeName}（{booth.projectTitle}）
                </Text>
              </Stack>
              <Button variant="subtle" size="xs" onClick={() => setChoosingBooth(true)}>
                {t('leads.boothChange')}
              </Button>
            </Group>
          </Paper>
          <LeadForm
            key={editing ?? 'new'}
            booth={booth}
            initial={editing ? outbox.entries.find((e) => e.key === editing)?.body : undefined}
            onSubmit={(values) => {
              const draft = toLeadDraft(values, booth, new Date());
              if (editing) {
                outbox.replace(editing, draft);
                setEditing(undefined);
              } else {
                outbox.capture(draft);
              }
              notifications.show({ color: 'teal', message: t('leads.captured') });
            }}
          />
        </>
      )}

      <Stack gap="xs" component="section" aria-labelledby="lead-outbox">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4" id="lead-outbox">
            {t('leads.outbox')}（{formatInteger(outbox.entries.length)}）
          </Title>
          {outbox.entries.some((e) => e.state === 'waiting') && (
            <Button variant="default" size="xs" disabled={!network.online} onClick={() => void outbox.sendNow()}>
              {t('leads.sendNow')}
            </Button>
          )}
        </Group>
        {outbox.entries.length === 0 ? (
          <Text c="dimmed">{t('leads.outboxEmpty')}</Text>
        ) : (
          <Stack component="ul" gap="xs" aria-label={t('leads.outbox')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {outbox.entries.map((entry) => (
              <Paper key={entry.key} component="li" withBorder p="sm">
                <Stack gap={4}>
                  <Group justify="space-between" gap="xs">
                    <Text fw={700}>
                      {entry.body.company.name}・{entry.body.person.name}
                    </Text>
                    <Badge color={entry.state === 'refused' ? 'red' : 'gray'} variant="light" radius="sm">
                      {entry.state === 'refused'
                        ? t('leads.refused')
                        : entry.attempts > 0
                          ? t('leads.waiting', { attempts: entry.attempts })
                          : t('leads.waitingNew')}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('leads.capturedAt', { at: formatDateTime(entry.capturedAt) })}
                  </Text>
                  {entry.refusal && (
                    <Text size="sm" c="red.8">
                      {[entry.refusal.title, ...entry.refusal.items].join(' ')}
                    </Text>
                  )}
                  <Group gap="xs">
                    {entry.state === 'refused' && (
                      <Button size="xs" variant="light" onClick={() => setEditing(entry.key)}>
                        {t('leads.edit')}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        if (window.confirm(t('leads.discardConfirm', { company: entry.body.company.name }))) outbox.remove(entry.key);
                      }}
                    >
                      {t('leads.discard')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="lead-recent">
        <Title order={2} size="h4" id="lead-recent">
          {t('leads.recent')}
        </Title>
        {recent.data === undefined || recent.data.items.length === 0 ? (
          <Text c="dimmed">{t('leads.recentEmpty')}</Text>
        ) : (
          <Stack component="ul" gap="xs" aria-label={t('leads.recent')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {recent.data.items.map((lead) => (
              <Paper key={lead.clientId} component="li" withBorder p="sm">
                <Group justify="space-between" gap="xs">
                  <Stack gap={0}>
                    <Text fw={700}>
                      {lead.buyerCompanyName}・{lead.buyerContactName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {lead.companyMatched ? t('leads.matched') : t('leads.created')}
                      {t('common.listSeparator')}
                      {formatDateTime(lead.capturedAt)}
                    </Text>
                  </Stack>
                  <AnchorLink to="/negotiations/$id" params={{ id: String(lead.negotiationId) }} size="sm">
                    {t('leads.openNegotiation')}
                  </AnchorLink>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

function LeadForm({ booth, initial, onSubmit }: { booth: Booth; initial: LeadDraft | undefined; onSubmit: (values: LeadValues) => void }) {
  const { t } = useTranslation();
  const form = useForm<LeadValues>({
    resolver: zodResolver(leadSchema({ required: t('leads.errorRequired'), email: t('leads.errorEmail'), contact: t('leads.errorContact') })),
    defaultValues: initial ? fromLeadDraft(initial) : emptyLead,
  });
  const errors = form.formState.errors;
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) =>
          void form.handleSubmit((values) => {
            onSubmit(values);
            form.reset(emptyLead);
            form.setFocus('company');
          })(event)
        }
        noValidate
        aria-label={t('leads.title')}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('leads.company')} required autoComplete="organization" data-autofocus {...form.register('company')} error={errors.company?.message} />
            <TextInput label={t('leads.companyKana')} {...form.register('companyKana')} />
            <TextInput label={t('leads.person')} required autoComplete="name" {...form.register('person')} error={errors.person?.message} />
            <TextInput label={t('leads.department')} {...form.register('department')} />
            <TextInput label={t('leads.email')} type="email" inputMode="email" autoComplete="email" {...form.register('email')} error={errors.email?.message} />
            <TextInput label={t('leads.phone')} type="tel" inputMode="tel" autoComplete="tel" {...form.register('phone')} />
          </SimpleGrid>
          <Textarea label={t('leads.interest')} autosize minRows={2} maxLength={2000} {...form.register('interest')} />
          {booth.products.length > 0 && (
            <Controller
              control={form.control}
              name="productIds"
              render={({ field }) => (
                <Checkbox.Group label={t('leads.products')} value={field.value.map(String)} onChange={(values) => field.onChange(values.map(Number))}>
                  <Group gap="md" mt={6}>
                    {booth.products.map((product) => (
                      <Checkbox key={product.id} value={String(product.id)} label={product.name} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
          )}
          <Textarea label={t('leads.note')} autosize minRows={2} maxLength={4000} {...form.register('note')} />
          <Button type="submit" size="md" fullWidth>
            {t('leads.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** ブース: the project (trade show) and exhibitor; chosen online once, then kept on the device. */
function BoothChooser({ online, current, onChoose }: { online: boolean; current: Booth | null; onChoose: (booth: Booth) => void }) {
  const { t } = useTranslation();
  const projects = useProjects({ state: 'OPEN', sort: '-fiscalYear', size: 100 }, online);
  const [projectId, setProjectId] = useState<number | undefined>(current?.projectId);
  const [firmId, setFirmId] = useState<number | undefined>(current?.firmId);
  const project = useProject(projectId ?? 0, online && projectId !== undefined);
  const participants = project.data?.project.participants ?? [];
  const firm = participants.find((p) => p.firmId === firmId);

  if (!online) return <Alert color="gray">{current ? t('leads.boothOffline') : t('leads.boothNone')}</Alert>;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lead-booth">
      <Stack gap="sm">
        <Title order={2} size="h5" id="lead-booth">
          {t('leads.booth')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('leads.boothNone')}
        </Text>
        <NativeSelect
          label={t('leads.boothProject')}
          value={projectId === undefined ? '' : String(projectId)}
          onChange={(event) => {
            setProjectId(event.currentTarget.value ? Number(event.currentTarget.value) : undefined);
            setFirmId(undefined);
          }}
          data={[{ value: '', label: '—' }, ...(projects.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title }))]}
        />
        <NativeSelect
          label={t('leads.boothFirm')}
          value={firmId === undefined ? '' : String(firmId)}
          disabled={participants.length === 0}
          onChange={(event) => setFirmId(event.currentTarget.value ? Number(event.currentTarget.value) : undefined)}
          data={[{ value: '', label: '—' }, ...participants.map((p) => ({ value: String(p.firmId), label: p.tradeName }))]}
        />
        <Group justify="flex-end">
          <Button
            disabled={!firm || !project.data}
            onClick={() =>
              firm &&
              project.data &&
              onChoose({
                projectId: project.data.project.id,
                projectTitle: project.data.project.title,
                firmId: firm.firmId,
                firmTradeName: firm.tradeName,
                products: firm.products.map((p) => ({ id: p.id, name: p.name })),
              })
            }
          >
            {t('leads.boothSave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
