import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CriterionMeans } from '@/records/survey/types';
import { CRITERIA } from '../answer/model';
import { mean } from './text';

// Recharts (see frontend/README.md): SVG charts that print, scale to their box and keep a
// table beside them for screen readers and for reading exact numbers.

const BLUE = '#1c7ed6';
const GRAY = '#868e96';

export interface DistributionRow {
  label: string;
  count: number;
}

/** Bars of how often each choice (or 1–5) was answered, with the same numbers as a table. */
export function DistributionChart({ rows, caption }: { rows: DistributionRow[]; caption: string }) {
  const { t } = useTranslation();
  const height = Math.max(120, rows.length * 34 + 40);
  return (
    <figure style={{ margin: 0 }}>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="count" name={t('surveyAnalysis.answers')} fill={BLUE} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Table fz="sm" withTableBorder mt="xs" captionSide="top">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveyAnalysis.option')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('surveyAnalysis.answers')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td ta="right">{row.count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </figure>
  );
}

/** The five criteria of one product or firm beside the survey's means, as grouped bars (1–5). */
export function CriteriaChart({ name, means, surveyMeans }: { name: string; means: CriterionMeans; surveyMeans: CriterionMeans }) {
  const { t } = useTranslation();
  const data = CRITERIA.map((c) => ({ criterion: t(`criteria.${c}`), own: means[c] ?? 0, survey: surveyMeans[c] ?? 0 }));
  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" size="sm" fw={600}>
        {t('surveyAnalysis.criteriaCaption', { name })}
      </Text>
      <div style={{ width: '100%', height: 260 }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="criterion" tick={{ fontSize: 12 }} />
            <YAxis domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? value.toFixed(2) : String(value))} />
            <Legend />
            <Bar dataKey="own" name={name} fill={BLUE} isAnimationActive={false} />
            <Bar dataKey="survey" name={t('surveyAnalysis.chartSurvey')} fill={GRAY} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Table fz="sm" withTableBorder mt="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" />
            {CRITERIA.map((c) => (
              <Table.Th key={c} scope="col" ta="right">
                {t(`criteria.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{name}</Table.Th>
            {CRITERIA.map((c) => (
              <Table.Td key={c} ta="right">
                {mean(means[c])}
              </Table.Td>
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('surveyAnalysis.surveyMean')}</Table.Th>
            {CRITERIA.map((c) => (
              <Table.Td key={c} ta="right">
                {mean(surveyMeans[c])}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </figure>
  );
}
