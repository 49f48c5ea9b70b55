import { NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiYears } from '@/lib/api/types';
import { formatFiscalYear } from '@/lib/fiscal-year';
import { programName } from '@/lib/localized';

/**
 * Target against actual of one indicator across the plan's years, as bars. Loaded lazily with
 * Recharts, so that the landing page does not carry the chart library.
 */
export function TrendChart({ years }: { years: KpiYears }) {
  const { t, i18n } = useTranslation();
  const options = (years.years[0]?.programs ?? []).flatMap((program) =>
    program.figures.map((figure) => ({
      value: `${program.code}/${figure.metric}`,
      label: `${programName(program, i18n.language)}：${t(`kpi.figures.${figure.metric}`)}`,
    })),
  );
  const [selected, setSelected] = useState(options[0]?.value ?? '');
  const [code, metric] = selected.split('/');
  const label = options.find((o) => o.value === selected)?.label ?? '';
  const data = years.years.map((row) => {
    const figure = row.programs.find((p) => p.code === code)?.figures.find((f) => f.metric === metric);
    const { wareki, western } = formatFiscalYear(row.year.fiscalYear);
    return { year: i18n.language === 'en' ? western : wareki, target: figure?.target, actual: figure?.actual };
  });

  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('kpi.trendFigure')}
        data={options}
        value={selected}
        onChange={(event) => setSelected(event.currentTarget.value)}
        maw={480}
      />
      <div role="img" aria-label={t('kpi.trendChartLabel', { figure: label })} style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="target" name={t('kpi.target')} fill="#adb5bd" />
            <Bar dataKey="actual" name={t('kpi.actual')} fill="#228be6" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Stack>
  );
}
