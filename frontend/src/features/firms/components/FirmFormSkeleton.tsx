import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FirmFormSkeleton() {
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
