import { Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiProgram } from '@/lib/api/types';
import { formatTargetValue } from '@/lib/format';
import { programName } from '@/lib/localized';
import { useTranslate } from '@/i18n/use-translate';
import { FigureLink } from './FigureLink';

/** One program's figures of the year: the actual (a link to its records) against the target, with progress. */
export function ProgramCard({ program, fiscalYear }: { program: KpiProgram; fiscalYear: number }) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const name = programName(program, i18n.language);
  return (
    <Card withBorder padding="md" component="article" aria-label={name}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {name}
        </Title>
        {program.figures.map((figure) => {
          const metric = t(`kpi.figures.${figure.metric}`);
          const percent = figure.progress === undefined ? undefined : Math.round(figure.progress * 100);
          return (
            <Stack key={figure.metric} gap={4}>
              <Group justify="space-between" wrap="nowrap" align="baseline">
                <Text size="sm">{metric}</Text>
                <Text size="sm">
                  <FigureLink
                    figure={figure.metric}
                    fiscalYear={fiscalYear}
                    program={program.code}
                    count={figure.actual ?? 0}
                    label={`${name} ${metric}`}
                  />{' '}
                  <Text component="span" size="sm" c="dimmed">
                    /{' '}
                    {figure.target === undefined ? t('kpi.noTarget') : formatTargetValue(figure.target, figure.unit, translate)}
                  </Text>
                </Text>
              </Group>
              {percent !== undefined && (
                <Progress
                  value={Math.min(100, percent)}
                  color={percent >= 100 ? 'teal' : 'blue'}
                  aria-label={t('kpi.progressLabel', { metric, percent })}
                />
              )}
              {percent !== undefined && (
                <Text size="xs" c="dimmed" ta="right">
                  {t('kpi.progress')} {t('kpi.progressValue', { percent })}
                </Text>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
