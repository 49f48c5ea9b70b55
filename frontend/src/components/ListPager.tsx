import { Box, Group, NativeSelect, Pagination, useMatches } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  total: number;
  /** One-based, as people count. */
  page: number;
  size: number;
  sizes: readonly number[];
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/** Page buttons and the page size of a list whose page lives in the URL. */
export function ListPager({ total, page, size, sizes, onPage, onSize }: Props) {
  const { t } = useTranslation();
  // On a phone the page buttons must fit one line: fewer neighbours, smaller buttons.
  const compact = useMatches({ base: true, sm: false });
  const pages = Math.max(1, Math.ceil(total / size));
  const labels = {
    first: t('list.firstPage'),
    previous: t('list.previousPage'),
    next: t('list.nextPage'),
    last: t('list.lastPage'),
  };

  return (
    <Group justify="space-between" gap="sm">
      <Box component="nav" aria-label={t('list.pagination')}>
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          siblings={compact ? 0 : 1}
          size={compact ? 'sm' : 'md'}
          gap={compact ? 4 : 8}
          getItemProps={(item) => ({ 'aria-label': t('list.pageControl', { page: item }) })}
          getControlProps={(control) => ({ 'aria-label': labels[control] })}
        />
      </Box>
      <NativeSelect
        label={t('list.sizeLabel')}
        value={String(size)}
        onChange={(event) => onSize(Number(event.currentTarget.value))}
        data={sizes.map((option) => ({ value: String(option), label: t('list.sizeOption', { count: option }) }))}
        w={140}
      />
    </Group>
  );
}

