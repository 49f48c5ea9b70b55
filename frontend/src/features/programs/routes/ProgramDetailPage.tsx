import { Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { isProgramCode } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import type { ProgramCode } from '@/lib/api/types';
import { programDescription, programName } from '@/lib/localized';
import { ApiError } from '@/lib/problem';
import { canEditPrograms, isStaff } from '@/lib/roles';
import { useProgram } from '@/records/program/queries';
import { TargetHistory } from '../components/TargetHistory';
import { TargetTable } from '../components/TargetTable';

const route = getRouteApi('/programs/$code');

export function ProgramDetailPage() {
  const { code } = route.useParams();
  return isProgramCode(code) ? <ProgramDetail code={code} key={code} /> : <NotFound />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <StateMessage
      title={t('programs.notFoundTitle')}
      description={t('programs.notFoundDescription')}
      actions={<ButtonLink to="/programs" variant="light">{t('programs.backToList')}</ButtonLink>}
    />
  );
}

function ProgramDetail({ code }: { code: ProgramCode }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const query = useProgram(code);
  const roles = me.data?.roles ?? [];

  if (me.data && !isStaff(roles)) {
    return <StateMessage title={t('programs.forbiddenTitle')} description={t('programs.forbiddenDescription')} />;
  }
  if (query.isPending) {
    return (
      <Stack aria-busy>
        <Skeleton h={36} w="60%" />
        <Skeleton h={80} />
        <Skeleton h={200} />
      </Stack>
    );
  }
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFound />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }

  const { program } = query.data;
  const otherName = i18n.language === 'en' ? program.nameJa : program.nameEn;
  return (
    <Stack gap="lg">
      <AnchorLink to="/programs" size="sm">
        ← {t('programs.backToList')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {programName(program, i18n.language)}
          </Title>
          <Text c="dimmed" lang={i18n.language === 'en' ? 'ja' : 'en'}>
            {otherName}
          </Text>
        </Stack>
        {canEditPrograms(roles) && (
          <ButtonLink to="/programs/$code/edit" params={{ code }}>
            {t('programs.edit')}
          </ButtonLink>
        )}
      </Group>

      <Stack gap="xs" component="section" aria-labelledby="program-description">
        <Title order={2} size="h4" id="program-description">
          {t('programs.descriptionHeading')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{programDescription(program, i18n.language) || t('common.notSet')}</Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="program-targets">
        <Title order={2} size="h4" id="program-targets">
          {t('programs.targetsHeading')}
        </Title>
        {program.targets && program.targets.length > 0 ? (
          <TargetTable programs={[program]} caption={t('programs.detailTableCaption')} withProgramColumn={false} />
        ) : (
          <Text c="dimmed">{t('programs.noTargets')}</Text>
        )}
      </Stack>

      <TargetHistory code={code} />
    </Stack>
  );
}
