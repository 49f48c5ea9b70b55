import { Alert, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { usePrograms } from '@/records/program/queries';
import { fiscalYearOf, fiscalYearPeriod, formatFiscalYear } from '@/lib/fiscal-year';
import { formatDate } from '@/lib/format';
import { isStaff } from '@/lib/roles';
import { ProgramTargetsCard } from '../components/ProgramTargetsCard';

interface Props {
  /** What staff see below the greeting (the app gives the dashboard); this year's targets when absent. */
  staffHome?: ReactNode;
}

export function HomePage({ staffHome }: Props = {}) {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) {
    return (
      <Stack aria-busy>
        <Skeleton h={36} w="50%" />
        <Skeleton h={20} w="30%" />
      </Stack>
    );
  }
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;

  const { name, roles } = me.data;
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {name ? t('home.greeting', { name }) : t('home.greetingNoName')}
        </Title>
        {roles.length > 0 ? (
          <Text c="dimmed">{t('home.roles', { roles: roles.map((r) => t(`roles.${r}`)).join(t('common.listSeparator')) })}</Text>
        ) : (
          <Alert color="yellow">{t('home.noRoles')}</Alert>
        )}
      </Stack>
      {isStaff(roles) ? (staffHome ?? <CurrentTargets />) : roles.includes('BUYER') && <Text>{t('home.buyerIntro')}</Text>}
    </Stack>
  );
}

/** This fiscal year's targets of every program, from today's date. */
function CurrentTargets() {
  const { t, i18n } = useTranslation();
  const programs = usePrograms();
  const fiscalYear = fiscalYearOf(new Date());
  const { start, end } = fiscalYearPeriod(fiscalYear);

  return (
    <Stack gap="sm" component="section" aria-labelledby="current-targets">
      <Title order={2} size="h3" id="current-targets">
        {t('home.targetsHeading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('home.fiscalYearPeriod', {
          ...formatFiscalYear(fiscalYear),
          start: formatDate(start, i18n.language),
          end: formatDate(end, i18n.language),
        })}
      </Text>
      {programs.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} aria-busy>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={160} />
          ))}
        </SimpleGrid>
      ) : programs.isError ? (
        <LoadError onRetry={() => void programs.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {programs.data.map((program) => (
            <ProgramTargetsCard key={program.code} program={program} fiscalYear={fiscalYear} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
