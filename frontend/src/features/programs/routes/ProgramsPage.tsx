import { NativeSelect, Skeleton, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { PROGRAM_CODES } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import { usePrograms } from '@/records/program/queries';
import { programName } from '@/lib/localized';
import { isStaff } from '@/lib/roles';
import { TargetTable } from '../components/TargetTable';

const route = getRouteApi('/programs');

/** 事業と目標: the four programs and their targets, as the plan's table. */
export function ProgramsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const programs = usePrograms();
  const { program: filter } = route.useSearch();
  const navigate = route.useNavigate();

  if (me.data && !isStaff(me.data.roles)) {
    return <StateMessage title={t('programs.forbiddenTitle')} description={t('programs.forbiddenDescription')} />;
  }

  const shown = (programs.data ?? []).filter((p) => !filter || p.code === filter);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('programs.title')}
        </Title>
        <Text c="dimmed">{t('programs.description')}</Text>
      </Stack>

      <NativeSelect
        label={t('programs.filterLabel')}
        maw={420}
        value={filter ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const program = PROGRAM_CODES.find((code) => code === value);
          void navigate({ search: { program }, replace: true });
        }}
        data={[
          { value: '', label: t('programs.filterAll') },
          ...(programs.data ?? []).map((p) => ({ value: p.code, label: programName(p, i18n.language) })),
        ]}
        disabled={!programs.data}
      />

      {programs.isPending ? (
        <Stack gap="xs" aria-busy>
          <Text size="sm">{t('app.loading')}</Text>
          <Skeleton h={40} />
          <Skeleton h={200} />
        </Stack>
      ) : programs.isError ? (
        <LoadError onRetry={() => void programs.refetch()} />
      ) : shown.length === 0 ? (
        <StateMessage title={t('programs.empty')} />
      ) : (
        <TargetTable programs={shown} caption={t('programs.tableCaption')} />
      )}
    </Stack>
  );
}
