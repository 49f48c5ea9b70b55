import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FiscalYearHeading } from '@/components/FiscalYearHeading';
import { AnchorLink } from '@/components/links';
import type { Program, ProgramTarget } from '@/lib/api/types';
import { formatTargetValue } from '@/lib/format';
import { programName } from '@/lib/localized';
import { useTranslate } from '@/i18n/use-translate';

/** Every fiscal year that any program has a target for, in order. */
export function fiscalYearsOf(programs: readonly Program[]): number[] {
  const years = new Set<number>();
  for (const program of programs) {
    for (const target of program.targets ?? []) {
      for (const yearly of target.yearly) years.add(yearly.fiscalYear);
    }
  }
  return [...years].sort((a, b) => a - b);
}

interface Props {
  programs: readonly Program[];
  caption: string;
  /** The programs list shows a program column linking to each program; a detail page does not. */
  withProgramColumn?: boolean;
}

/**
 * The plan's target table (経営発達支援計画 8 (4)): one row per program and metric, the
 * current level (現行) and then one column per fiscal year.
 */
export function TargetTable({ programs, caption, withProgramColumn = true }: Props) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const years = fiscalYearsOf(programs);
  const value = (target: ProgramTarget, amount: number | undefined) =>
    amount === undefined ? t('common.notSet') : formatTargetValue(amount, target.unit, translate);

  return (
    // On a phone the table scrolls sideways: a focusable, named region lets keyboard users scroll it too.
    <Table.ScrollContainer
      type="native"
      minWidth={withProgramColumn ? 880 : 640}
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table withTableBorder withColumnBorders verticalSpacing="sm" captionSide="top">
        <Table.Caption ta="left" mt={0}>
          {caption}
        </Table.Caption>
        <Table.Thead style={{ verticalAlign: 'top' }}>
          <Table.Tr>
            {withProgramColumn && (
              <Table.Th scope="col" miw={200}>
                {t('programs.columnProgram')}
              </Table.Th>
            )}
            <Table.Th scope="col">{t('programs.columnMetric')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('programs.columnBaseline')}
            </Table.Th>
            {years.map((year) => (
              <Table.Th key={year} scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                <FiscalYearHeading fiscalYear={year} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {programs.map((program, programIndex) => {
          const targets = program.targets ?? [];
          const name = programName(program, i18n.language);
          const nameCell = (rows: number) =>
            withProgramColumn && (
              <Table.Th
                scope="rowgroup"
                rowSpan={rows}
                fw={600}
                // Rows after the first start with the metric cell, so this cell draws the line between them.
                style={{ verticalAlign: 'top', borderInlineEnd: '1px solid var(--table-border-color)' }}
              >
                <AnchorLink to="/programs/$code" params={{ code: program.code }}>
                  {name}
                </AnchorLink>
              </Table.Th>
            );
          return (
            <Table.Tbody
              key={program.code}
              // One group per program: a firmer line between groups than between metrics.
              style={programIndex > 0 ? { borderTop: '2px solid var(--mantine-color-gray-4)' } : undefined}
            >
              {targets.length === 0 ? (
                <Table.Tr>
                  {nameCell(1)}
                  <Table.Td colSpan={years.length + 2}>
                    <Text size="sm" c="dimmed">
                      {t('programs.noTargets')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                targets.map((target, index) => (
                  <Table.Tr key={target.metric}>
                      {index === 0 && nameCell(targets.length)}
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`metrics.${target.metric}`)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {value(target, target.baseline)}
                      </Table.Td>
                      {years.map((year) => (
                        <Table.Td key={year} ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {value(target, target.yearly.find((y) => y.fiscalYear === year)?.value)}
                        </Table.Td>
                      ))}
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          );
        })}
      </Table>
    </Table.ScrollContainer>
  );
}
