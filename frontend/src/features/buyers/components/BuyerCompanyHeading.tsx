import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BuyerCompany } from '@/lib/api/types';

/** The company's name over its reading, with 種別, 地域 and アーカイブ済み as badges. */
export function BuyerCompanyHeading({ company, order = 1 }: { company: BuyerCompany; order?: 1 | 2 }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} style={{ flex: '1 1 280px', minWidth: 0 }}>
      <Title order={order} fz={order === 1 ? { base: 22, sm: 28 } : { base: 20, sm: 24 }} style={{ overflowWrap: 'anywhere' }}>
        {company.name}
      </Title>
      <Text c="dimmed">{company.nameKana}</Text>
      <Group gap="xs">
        {company.archived && (
          <Badge color="gray" variant="filled" radius="sm">
            {t('buyers.archived')}
          </Badge>
        )}
        <Badge variant="light" color="blue" radius="sm">
          {t(`buyerTypes.${company.type}`)}
        </Badge>
        <Badge variant="outline" color="gray" radius="sm">
          {t(`regions.${company.region}`)}
        </Badge>
      </Group>
    </Stack>
  );
}
