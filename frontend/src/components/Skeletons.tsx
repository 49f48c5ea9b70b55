import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A form on its way: its title and two blocks of fields. */
export function FormSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack aria-busy>
      <Text size="sm">{t('app.loading')}</Text>
      <Skeleton h={36} w="60%" />
      <Skeleton h={240} />
      <Skeleton h={240} />
    </Stack>
  );
}

/** A record's page on its way: its name, badges and sections. */
export function DetailSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack aria-busy>
      <Text size="sm">{t('app.loading')}</Text>
      <Skeleton h={36} w="60%" />
      <Skeleton h={20} w="40%" />
      <Skeleton h={200} />
      <Skeleton h={160} />
    </Stack>
  );
}

/** A list's first page on its way. */
export function TableSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-busy>
      <Text size="sm">{t('app.loading')}</Text>
      <Skeleton h={24} w={160} />
      <Skeleton h={48} />
      {[0, 1, 2, 3, 4].map((i) => (
        <Skeleton key={i} h={40} />
      ))}
    </Stack>
  );
}
