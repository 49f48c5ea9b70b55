import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiFunnelStep } from '@/lib/api/types';

/** The funnel as horizontal bars, widest at 紹介済; the numbers themselves are links beside it. */
export function FunnelChart({ funnel }: { funnel: readonly KpiFunnelStep[] }) {
  const { t } = useTranslation();
  const data = funnel.map((step) => ({ stage: t(`kpi.stages.${step.stage}`), count: step.count }));
  return (
    <div role="img" aria-label={t('kpi.funnelChartLabel')} style={{ width: '100%', height: 220 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="stage" width={80} />
          <Tooltip />
          <Bar dataKey="count" name={t('kpi.actual')} fill="#12b886" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
