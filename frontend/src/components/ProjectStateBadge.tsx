import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectState } from '@/lib/api/types';

// Colours the theme keeps above 4.5:1 (see cssVariablesResolver); a closed project reads as done.
const LOOK: Record<ProjectState, { color: string; variant: 'light' | 'filled' }> = {
  PLANNING: { color: 'blue', variant: 'light' },
  OPEN: { color: 'teal', variant: 'light' },
  CLOSED: { color: 'gray', variant: 'filled' },
};

/** 企画中 / 実施中 / 終了 */
export function ProjectStateBadge({ state }: { state: ProjectState }) {
  const { t } = useTranslation();
  return (
    <Badge color={LOOK[state].color} variant={LOOK[state].variant} radius="sm">
      {t(`projectStates.${state}`)}
    </Badge>
  );
}
