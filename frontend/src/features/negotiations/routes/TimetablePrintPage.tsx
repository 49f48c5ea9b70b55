import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { formatDateNumeric } from '@/lib/format';
import { parseRecordId } from '@/lib/record-id';
import { isStaff } from '@/lib/roles';
import { useTimetable } from '@/records/timetable/queries';
import { printSheets } from '../components/timetable-grid';
import '../components/timetable-print.css';

const route = getRouteApi('/projects/$id/timetable/print');

/** 印刷: one A4 sheet per buyer company or per firm (?by=buyer|firm), printed from the browser. */
export function TimetablePrintPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { by } = route.useSearch();
  const projectId = parseRecordId(id);
  const me = useMe();
  const allowed = me.data !== undefined && isStaff(me.data.roles);
  const timetable = useTimetable(projectId ?? 0, allowed && projectId !== undefined);

  if (projectId === undefined) return <StateMessage title={t('negotiationPage.notFoundTitle')} />;
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('timetablePage.forbiddenTitle')} />;
  if (timetable.isError) return <LoadError onRetry={() => void timetable.refetch()} />;
  if (!me.data || timetable.isPending) return <DetailSkeleton />;
  if (timetable.data === null) return <StateMessage title={t('timetablePage.none')} />;

  const tt = timetable.data.timetable;
  const sheets = printSheets(tt, by);
  return (
    <Stack gap="lg">
      <Group className="timetable-print-controls" justify="space-between">
        <AnchorLink to="/projects/$id/timetable" params={{ id: String(projectId) }} size="sm">
          ← {t('timetablePage.title')}
        </AnchorLink>
        <Group gap="xs">
          <AnchorLink to="/projects/$id/timetable/print" params={{ id: String(projectId) }} search={{ by: by === 'buyer' ? 'firm' : 'buyer' }} size="sm">
            {by === 'buyer' ? t('timetablePage.printByFirm') : t('timetablePage.printByBuyer')}
          </AnchorLink>
          <Button onClick={() => window.print()}>{t('timetablePage.print')}</Button>
        </Group>
      </Group>
      <Title order={1} size="h3" className="timetable-print-controls">
        {by === 'buyer' ? t('timetablePage.printByBuyer') : t('timetablePage.printByFirm')}
      </Title>
      {sheets.length === 0 ? (
        <Text c="dimmed">{t('timetablePage.noMeetings')}</Text>
      ) : (
        sheets.map((sheet) => (
          <section key={sheet.id} className="timetable-sheet" aria-labelledby={`sheet-${sheet.id}`}>
            <Stack gap="xs">
              <Title order={2} size="h3" id={`sheet-${sheet.id}`}>
                {by === 'buyer' ? t('timetablePage.printTitleBuyer', { name: sheet.name }) : t('timetablePage.printTitleFirm', { name: sheet.name })}
                {tt.state === 'DRAFT' && ` ${t('timetablePage.printDraft')}`}
              </Title>
              <Text>
                {tt.projectTitle}
                {t('common.listSeparator')}
                {formatDateNumeric(tt.heldOn)}
                {tt.venue && `${t('common.listSeparator')}${t('timetablePage.printVenue', { venue: tt.venue })}`}
              </Text>
              <table>
                <thead>
                  <tr>
                    <th scope="col" style={{ width: '24%' }}>
                      {t('timetablePage.slot')}
                    </th>
                    <th scope="col">{by === 'buyer' ? t('negotiationPage.firm') : t('negotiationPage.buyer')}</th>
                    <th scope="col">{t('timetablePage.products')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sheet.meetings.map((m) => (
                    <tr key={m.slot}>
                      <td style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {m.startTime}〜{m.endTime}
                      </td>
                      <td>{m.with}</td>
                      <td>{m.products.join(t('common.listSeparator'))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Stack>
          </section>
        ))
      )}
    </Stack>
  );
}
