import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import type { NegotiationsSearch } from '../routes/negotiations-search';

interface Props {
  view: 'board' | 'list';
  search: NegotiationsSearch;
  canIntroduce: boolean;
  /** The list's export buttons. */
  actions?: ReactNode;
}

/** 商談: title, ボード | 一覧 (the same filters carried over), and what staff start from here. */
export function NegotiationsHeader({ view, search, canIntroduce, actions }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <Stack gap={4} style={{ flex: '1 1 320px' }}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {view === 'board' ? t('board.title') : t('negotiations.title')}
        </Title>
        <Text c="dimmed">{t('negotiations.description')}</Text>
      </Stack>
      <Group gap="sm">
        <Group gap={0} role="group" aria-label={t('negotiations.viewLabel')}>
          <ButtonLink
            to="/negotiations/board"
            search={{ ...search, page: 1 }}
            variant={view === 'board' ? 'filled' : 'default'}
            aria-current={view === 'board' ? 'page' : undefined}
            style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
          >
            {t('negotiations.boardView')}
          </ButtonLink>
          <ButtonLink
            to="/negotiations"
            search={search}
            variant={view === 'list' ? 'filled' : 'default'}
            aria-current={view === 'list' ? 'page' : undefined}
            style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0 }}
          >
            {t('negotiations.listView')}
          </ButtonLink>
        </Group>
        {actions}
        {canIntroduce && (
          <>
            <ButtonLink to="/negotiations/introductions" search={{}} variant="default">
              {t('negotiations.bulkIntroduce')}
            </ButtonLink>
            <ButtonLink to="/negotiations/introduce" search={{}}>
              {t('negotiations.introduce')}
            </ButtonLink>
          </>
        )}
      </Group>
    </Group>
  );
}
