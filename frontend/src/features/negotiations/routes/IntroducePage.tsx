import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { FormErrorsAlert, type FormErrors } from '@/components/FormErrorsAlert';
import { AnchorLink } from '@/components/links';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { useMe } from '@/lib/api/me';
import { fiscalYearText } from '@/lib/fiscal-year';
import { ApiError, localErrorMessage } from '@/lib/problem';
import { canIntroduce } from '@/lib/roles';
import { negotiationsCreated } from '@/records/negotiation/invalidate';
import { useProject, useProjects } from '@/records/project/queries';
import { createNegotiation } from '../api/negotiation-changes';

const route = getRouteApi('/negotiations/introduce');

/** 紹介の登録: a firm of a project introduced to a buyer company; the negotiation starts INTRODUCED. */
export function IntroducePage() {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const allowed = me.data !== undefined && canIntroduce(me.data.roles);
  const projects = useProjects({ sort: '-fiscalYear', size: 100 }, allowed);
  const required = t('move.errorRequired');
  const form = useForm({
    resolver: zodResolver(
      z.object({
        projectId: z.string().min(1, required),
        firmId: z.string().min(1, required),
        buyerCompanyId: z.string().min(1, required),
        productIds: z.array(z.number()),
        interest: z.string().trim().max(2000),
        note: z.string().trim().max(2000),
      }),
    ),
    defaultValues: {
      projectId: search.projectId ? String(search.projectId) : '',
      firmId: search.firmId ? String(search.firmId) : '',
      buyerCompanyId: search.buyerCompanyId ? String(search.buyerCompanyId) : '',
      productIds: [] as number[],
      interest: '',
      note: '',
    },
  });
  const projectId = Number(useWatch({ control: form.control, name: 'projectId' })) || undefined;
  const firmId = useWatch({ control: form.control, name: 'firmId' });
  const project = useProject(projectId ?? 0, allowed && projectId !== undefined);
  const participants = (project.data?.project.participants ?? []).filter((p) => p.firmId > 0);
  const firm = participants.find((p) => String(p.firmId) === firmId);
  const invited = project.data?.project.invitations ?? [];
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<FormErrors | undefined>();
  const [existing, setExisting] = useState<number | undefined>();
  const errors = form.formState.errors;

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('negotiations.forbiddenTitle')} />;

  const submit = form.handleSubmit(async (values) => {
    setBusy(true);
    setServerErrors(undefined);
    setExisting(undefined);
    try {
      const saved = await createNegotiation({
        projectId: Number(values.projectId),
        firmId: Number(values.firmId),
        buyerCompanyId: Number(values.buyerCompanyId),
        productIds: values.productIds,
        interest: values.interest || undefined,
        note: values.note || undefined,
      });
      await negotiationsCreated(queryClient);
      notifications.show({ color: 'teal', message: t('introduce.saved') });
      await navigate({ to: '/negotiations/$id', params: { id: String(saved.negotiation.id) } });
    } catch (error) {
      const open = error instanceof ApiError ? error.problem?.errors?.find((e) => e.key === 'negotiation.open.exists') : undefined;
      const id = open?.params?.negotiationId;
      if (typeof id === 'number') setExisting(id);
      const local = localErrorMessage(error, translate);
      if (local) setServerErrors(local);
    } finally {
      setBusy(false);
    }
  });

  return (
    <Stack gap="md" maw={720}>
      <AnchorLink to="/negotiations/board" size="sm">
        ← {t('board.title')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('introduce.title')}
        </Title>
        <Text c="dimmed">{t('introduce.description')}</Text>
      </Stack>
      <Paper withBorder p="md">
        <form onSubmit={(event) => void submit(event)} noValidate aria-describedby={serverErrors ? 'introduce-errors' : undefined}>
          <Stack gap="sm">
            {serverErrors && <FormErrorsAlert id="introduce-errors" errors={serverErrors} />}
            {existing !== undefined && (
              <Alert color="blue" variant="light">
                {t('introduce.openExists')}{' '}
                <AnchorLink to="/negotiations/$id" params={{ id: String(existing) }}>
                  {t('introduce.openExistsLink')}
                </AnchorLink>
              </Alert>
            )}
            <NativeSelect
              label={t('introduce.project')}
              required
              data={[
                { value: '', label: t('introduce.chooseProject') },
                ...(projects.data?.items ?? []).map((p) => ({ value: String(p.id), label: `${p.title}（${fiscalYearText(p.fiscalYear, i18n.language)}）` })),
              ]}
              {...form.register('projectId', { onChange: () => form.setValue('firmId', '') })}
              error={errors.projectId?.message}
            />
            {projectId !== undefined && project.data && participants.length === 0 && <Text c="dimmed">{t('introduce.noParticipants')}</Text>}
            <NativeSelect
              label={t('introduce.firm')}
              description={t('introduce.firmHint')}
              required
              disabled={participants.length === 0}
              data={[{ value: '', label: '—' }, ...participants.map((p) => ({ value: String(p.firmId), label: p.tradeName }))]}
              {...form.register('firmId', { onChange: () => form.setValue('productIds', []) })}
              error={errors.firmId?.message}
            />
            <NativeSelect
              label={t('introduce.buyer')}
              required
              disabled={invited.length === 0}
              data={[{ value: '', label: '—' }, ...invited.map((b) => ({ value: String(b.buyerCompanyId), label: b.name }))]}
              {...form.register('buyerCompanyId')}
              error={errors.buyerCompanyId?.message}
            />
            {firm && firm.products.length > 0 && (
              <Controller
                control={form.control}
                name="productIds"
                render={({ field }) => (
                  <Checkbox.Group label={t('negotiationPage.products')} value={field.value.map(String)} onChange={(v) => field.onChange(v.map(Number))}>
                    <Group gap="md" mt={6}>
                      {firm.products.map((product) => (
                        <Checkbox key={product.id} value={String(product.id)} label={product.name} />
                      ))}
                    </Group>
                  </Checkbox.Group>
                )}
              />
            )}
            <Textarea label={t('introduce.interest')} autosize minRows={2} maxLength={2000} {...form.register('interest')} />
            <Textarea label={t('introduce.note')} autosize minRows={2} maxLength={2000} {...form.register('note')} />
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>
                {t('introduce.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
