import { Button, Checkbox, Group, NativeSelect, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorsAlert, type FormErrors } from '@/components/FormErrorsAlert';
import { AnchorLink } from '@/components/links';
import { ListTable } from '@/components/ListTable';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { INTRODUCTION_SOURCES } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import type { IntroductionResult, NegotiationIntroductionCandidate } from '@/lib/api/types';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatInteger } from '@/lib/format';
import { localErrorMessage } from '@/lib/problem';
import { canIntroduce } from '@/lib/roles';
import { negotiationsCreated } from '@/records/negotiation/invalidate';
import { useIntroductionCandidates } from '@/records/negotiation/queries';
import { useProjects } from '@/records/project/queries';
import { introduceInBulk } from '../api/negotiation-changes';
import { introductionPreview, pairKey } from '../components/bulk-preview';

const route = getRouteApi('/negotiations/introductions');

/** まとめて紹介: from the buyers' picks or the survey's "want to negotiate", never twice; what was skipped is shown. */
export function BulkIntroductionPage() {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const me = useMe();
  const { projectId, source } = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = me.data !== undefined && canIntroduce(me.data.roles);
  const projects = useProjects({ sort: '-fiscalYear', size: 100 }, allowed);
  const candidates = useIntroductionCandidates(allowed ? projectId : undefined, source);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IntroductionResult | undefined>();
  const [errors, setErrors] = useState<FormErrors | undefined>();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('negotiations.forbiddenTitle')} />;

  const fresh = (candidates.data ?? []).filter((c) => c.openNegotiationId === undefined);
  const preview = introductionPreview(candidates.data ?? [], chosen);
  const names = new Map((candidates.data ?? []).map((c) => [pairKey(c), `${c.firmTradeName} × ${c.buyerCompanyName}`]));
  const toggle = (key: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const submit = async () => {
    if (projectId === undefined) return;
    setBusy(true);
    setErrors(undefined);
    try {
      setResult(await introduceInBulk({ projectId, source, pairs: preview.pairs }));
      setChosen(new Set());
      await negotiationsCreated(queryClient);
    } catch (error) {
      const local = localErrorMessage(error, translate);
      if (local) setErrors(local);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <AnchorLink to="/negotiations/board" size="sm">
        ← {t('board.title')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('bulk.title')}
        </Title>
        <Text c="dimmed">{t('bulk.description')}</Text>
      </Stack>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <NativeSelect
            label={t('bulk.project')}
            value={projectId === undefined ? '' : String(projectId)}
            onChange={(event) => {
              setResult(undefined);
              setChosen(new Set());
              void navigate({ search: (prev) => ({ ...prev, projectId: event.currentTarget.value ? Number(event.currentTarget.value) : undefined }) });
            }}
            data={[
              { value: '', label: t('introduce.chooseProject') },
              ...(projects.data?.items ?? []).map((p) => ({ value: String(p.id), label: `${p.title}（${fiscalYearText(p.fiscalYear, i18n.language)}）` })),
            ]}
          />
          <Radio.Group
            label={t('bulk.source')}
            value={source}
            onChange={(value) => {
              setResult(undefined);
              setChosen(new Set());
              const next = INTRODUCTION_SOURCES.find((s) => s === value);
              if (next) void navigate({ search: (prev) => ({ ...prev, source: next }) });
            }}
          >
            <Group gap="lg" mt={6}>
              {INTRODUCTION_SOURCES.map((s) => (
                <Radio key={s} value={s} label={t(`bulk.sourceOption.${s}`)} />
              ))}
            </Group>
          </Radio.Group>
        </Stack>
      </Paper>
      {errors && <FormErrorsAlert id="bulk-errors" errors={errors} />}
      {result && <BulkResult result={result} names={names} />}
      {projectId === undefined ? null : candidates.isPending ? (
        <TableSkeleton />
      ) : candidates.isError ? (
        <LoadError onRetry={() => void candidates.refetch()} />
      ) : candidates.data.length === 0 ? (
        <StateMessage title={t('bulk.noCandidates')} />
      ) : (
        <Stack gap="sm">
          <Group justify="space-between">
            <Checkbox
              label={t('bulk.selectAll')}
              checked={fresh.length > 0 && fresh.every((c) => chosen.has(pairKey(c)))}
              indeterminate={chosen.size > 0 && chosen.size < fresh.length}
              onChange={(event) => setChosen(event.currentTarget.checked ? new Set(fresh.map(pairKey)) : new Set())}
            />
            <Button onClick={() => void submit()} loading={busy} disabled={preview.create === 0}>
              {t('bulk.submit', { count: preview.create, formattedCount: formatInteger(preview.create) })}
            </Button>
          </Group>
          <Text size="sm" aria-live="polite">
            {t('bulk.preview', { create: formatInteger(preview.create), open: formatInteger(preview.open) })}
          </Text>
          <CandidateTable candidates={candidates.data} chosen={chosen} onToggle={toggle} />
        </Stack>
      )}
    </Stack>
  );
}

function CandidateTable({
  candidates,
  chosen,
  onToggle,
}: {
  candidates: readonly NegotiationIntroductionCandidate[];
  chosen: Set<string>;
  onToggle: (key: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <ListTable caption={t('bulk.candidatesCaption')} minWidth={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={48}>
            <span className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
              {t('bulk.selectAll')}
            </span>
          </Table.Th>
          <Table.Th scope="col">{t('negotiations.columns.firm')}</Table.Th>
          <Table.Th scope="col">{t('negotiations.columns.buyer')}</Table.Th>
          <Table.Th scope="col">{t('bulk.products')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {candidates.map((c) => {
          const key = pairKey(c);
          return (
            <Table.Tr key={key}>
              <Table.Td>
                {c.openNegotiationId === undefined && (
                  <Checkbox
                    aria-label={t('bulk.select', { firm: c.firmTradeName, buyer: c.buyerCompanyName })}
                    checked={chosen.has(key)}
                    onChange={(event) => onToggle(key, event.currentTarget.checked)}
                  />
                )}
              </Table.Td>
              <Table.Td>{c.firmTradeName}</Table.Td>
              <Table.Td>
                {c.buyerCompanyName}
                {c.openNegotiationId !== undefined && (
                  <Text size="xs">
                    <AnchorLink to="/negotiations/$id" params={{ id: String(c.openNegotiationId) }}>
                      {t('bulk.alreadyOpen')}
                    </AnchorLink>
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{c.products.map((p) => p.name).join(t('common.listSeparator'))}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ListTable>
  );
}

function BulkResult({ result, names }: { result: IntroductionResult; names: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" role="status">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('bulk.resultTitle', { created: formatInteger(result.created.length), skipped: formatInteger(result.skipped.length) })}
        </Title>
        {result.created.length > 0 && (
          <Stack gap={2} component="ul" aria-label={t('bulk.createdCaption')} style={{ margin: 0, paddingLeft: 20 }}>
            {result.created.map((n) => (
              <li key={n.id}>
                <AnchorLink to="/negotiations/$id" params={{ id: String(n.id) }}>
                  {n.firmTradeName} × {n.buyerCompanyName}
                </AnchorLink>
              </li>
            ))}
          </Stack>
        )}
        {result.skipped.length > 0 && (
          <Stack gap={2} component="ul" aria-label={t('bulk.skippedCaption')} style={{ margin: 0, paddingLeft: 20 }}>
            {result.skipped.map((s) => (
              <li key={pairKey(s)}>
                {names.get(pairKey(s)) ?? pairKey(s)}: {t(`bulk.skipReason.${s.reason}`)}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
