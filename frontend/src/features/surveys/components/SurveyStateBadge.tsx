import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyState } from '@/records/survey/types';

const COLORS = { SCHEDULED: 'gray', OPEN: 'green', CLOSED: 'dark' } as const;

export function SurveyStateBadge({ state }: { state: SurveyState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[state]}>
      {t(`surveys.states.${state}`)}
    </Badge>
  );
}
