import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import type { KpiFigure, ProgramCode } from '@/lib/api/types';
import { formatInteger } from '@/lib/format';

interface Props {
  figure: KpiFigure;
  fiscalYear: number;
  count: number;
  program?: ProgramCode;
  advisor?: string;
  /** What the number is, for its accessible name. */
  label: string;
}

/** A figure as a link to the records it counts: the drill-down lists exactly `count` of them. */
export function FigureLink({ figure, fiscalYear, count, program, advisor, label }: Props) {
  const { t } = useTranslation();
  return (
    <AnchorLink
      to="/kpi/records"
      search={{ figure, fiscalYear, program, advisor, page: 1, size: 20 }}
      aria-label={t('kpi.openRecords', { label, count })}
      data-figure={[program, figure, advisor].filter(Boolean).join('/')}
      fw={700}
    >
      {formatInteger(count)}
    </AnchorLink>
  );
}
