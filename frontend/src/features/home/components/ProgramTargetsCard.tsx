import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { useTranslate } from '@/i18n/use-translate';
import type { Program } from '@/lib/api/types';
import { formatTargetValue } from '@/lib/format';
import { programName } from '@/lib/localized';

/** One program with its targets for one fiscal year; "—" where the year has none. */
export function ProgramTargetsCard({ program, fiscalYear }: { program: Program; fiscalYear: number }) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const targets = program.targets ?? [];
  const name = programName(program, i18n.language);
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={name}>
      <Stack gap="sm" h="100%">
        <Text fw={700} lh={1.5}>
          {name}
        </Text>
        <Stack gap={6} component="dl" m={0} style={{ flexGrow: 1 }}>
          {targets.map((target) => {
            const value = target.yearly.find((y) => y.fiscalYear === fiscalYear)?.value;
            return (
              <Group key={target.metric} justify="space-between" wrap="nowrap" gap="xs">
                <Text component="dt" size="sm" c="dimmed">
                  {t(`metrics.${target.metric}`)}
                </Text>
                <Text component="dd" m={0} fw={700} fz="lg" style={{ whiteSpace: 'nowrap' }}>
                  {value === undefined ? t('common.notSet') : formatTargetValue(value, target.unit, translate)}
                </Text>
              </Group>
            );
          })}
        </Stack>
        <AnchorLink to="/programs/$code" params={{ code: program.code }} size="sm" aria-label={t('home.openProgramLabel', { name })}>
          {t('home.openProgram')}
        </AnchorLink>
      </Stack>
    </Card>
  );
}
