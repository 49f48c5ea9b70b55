import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictModal } from '@/components/ConflictModal';
import { AnchorLink, ButtonLink } from '@/components/links';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { isProgramCode } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import type { ProgramCode } from '@/lib/api/types';
import { programName } from '@/lib/localized';
import { ApiError } from '@/lib/problem';
import { canEditPrograms } from '@/lib/roles';
import { programQueryOptions, type VersionedProgram } from '@/records/program/queries';
import { ProgramEditForm } from '../components/ProgramEditForm';

const route = getRouteApi('/programs/$code/edit');

export function ProgramEditPage() {
  const { code } = route.useParams();
  const { t } = useTranslation();
  if (!isProgramCode(code)) {
    return (
      <StateMessage
        title={t('programs.notFoundTitle')}
        description={t('programs.notFoundDescription')}
        actions={<ButtonLink to="/programs" variant="light">{t('programs.backToList')}</ButtonLink>}
      />
    );
  }
  return <ProgramEdit code={code} key={code} />;
}

function ProgramEdit({ code }: { code: ProgramCode }) {
  const { t, i18n } = useTranslation();
  const navigate = route.useNavigate();
  const me = useMe();
  // Edit the latest version, and do not refetch behind the user's back while typing:
  // a newer version only comes in when they choose to reload after a conflict.
  const query = useQuery({
    ...programQueryOptions(code),
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const [conflict, setConflict] = useState(false);

  if (me.data && !canEditPrograms(me.data.roles)) {
    return <StateMessage title={t('programForm.forbiddenTitle')} description={t('programForm.forbiddenDescription')} />;
  }
  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <StateMessage title={t('programs.notFoundTitle')} description={t('programs.notFoundDescription')} />;
    }
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (!query.data || !query.isFetchedAfterMount || me.isPending) {
    return (
      <Stack aria-busy>
        <Text size="sm">{t('app.loading')}</Text>
        <Skeleton h={36} w="60%" />
        <Skeleton h={160} />
        <Skeleton h={240} />
      </Stack>
    );
  }

  const saved = (result: VersionedProgram) => {
    notifications.show({
      color: 'green',
      title: t('programForm.savedTitle'),
      message: t('programForm.savedMessage', { name: programName(result.program, i18n.language) }),
    });
    void navigate({ to: '/programs/$code', params: { code } });
  };

  const reload = async () => {
    await query.refetch();
    setConflict(false);
  };

  return (
    <Stack gap="lg">
      <AnchorLink to="/programs/$code" params={{ code }} size="sm">
        ← {programName(query.data.program, i18n.language)}
      </AnchorLink>
      <Title order={1} fz={{ base: 22, sm: 28 }}>
        {t('programForm.title')}
      </Title>
      {/* Keyed by version: reloading after a conflict starts the form afresh. */}
      <ProgramEditForm
        key={query.data.etag}
        versioned={query.data}
        onSaved={saved}
        onConflict={() => setConflict(true)}
      />
      <ConflictModal opened={conflict} reloading={query.isFetching} onReload={() => void reload()} />
    </Stack>
  );
}
