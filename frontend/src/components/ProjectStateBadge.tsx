import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectState } from '@/lib/api/types';

const COLORS: Record<ProjectState, string> = { PLANNING: 'gray', OPEN: 'green', CLOSED: 'dark' };

/** 企画中 / 実施中 / 終了 */
export function ProjectStateBadge({ state }: { state: ProjectState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[state]} variant="light" radius="sm">
      {t(`projectStates.${state}`)}
    </Badge>
  );
}
