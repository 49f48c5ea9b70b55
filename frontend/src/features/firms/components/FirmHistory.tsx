import { Badge, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadError } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import type { AuditAction, AuditEvent, Industry } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useFirmHistory } from '../api/get-firm-history';
import { displayFieldValue, fieldLabel } from './firm-fields';

const ACTION_COLOR: Record<AuditAction, string> = { CREATE: 'blue', UPDATE: 'gray', ARCHIVE: 'red' };

/** 変更履歴: who registered, changed or archived the firm, when, and each field from what to what. */
export function FirmHistory({ firmId, industries }: { firmId: number; industries: readonly Industry[] | undefined }) {
  const { t } = useTranslation();
  const history = useFirmHistory(firmId);

  return (
    <Stack gap="sm" component="section" aria-labelledby="firm-history">
      <Title order={2} size="h4" id="firm-history">
        {t('firmHistory.heading')}
      </Title>
      {history.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton h={72} />
          <Skeleton h={72} />
        </Stack>
      ) : history.isError ? (
        <LoadError onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <Text c="dimmed">{t('firmHistory.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {history.data.map((event, i) => (
            <HistoryEntry key={`${event.at}-${i}`} event={event} industries={industries} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function HistoryEntry({ event, industries }: { event: AuditEvent; industries: readonly Industry[] | undefined }) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const at = formatDateTime(event.at);
  const actor = event.actorName ?? t('firmHistory.unknownActor');
  const action = t(`firmHistory.actions.${event.action}`);
  const ctx = { t: translate, industries, language: i18n.language };
  const caption = t('firmHistory.changesCaption', { at, actor, action });

  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Badge variant="light" color={ACTION_COLOR[event.action]} radius="sm">
            {action}
          </Badge>
          <Text component="time" dateTime={event.at} size="sm" ff="monospace">
            {at}
          </Text>
          <Text size="sm" fw={600} title={event.actorSubject}>
            {actor}
          </Text>
        </Group>
        {event.changes.length === 0 ? (
          event.action === 'UPDATE' && (
            <Text size="sm" c="dimmed">
              {t('firmHistory.noChanges')}
            </Text>
          )
        ) : (
          <Table.ScrollContainer type="native" minWidth={280} tabIndex={0} role="region" aria-label={caption}>
            <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={caption}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="30%">
                    {t('firmHistory.columnField')}
                  </Table.Th>
                  <Table.Th scope="col">{t('firmHistory.columnFrom')}</Table.Th>
                  <Table.Th scope="col">{t('firmHistory.columnTo')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {event.changes.map((change, i) => (
                  <Table.Tr key={`${change.field}-${i}`}>
                    <Table.Th scope="row" fw={500}>
                      {fieldLabel(change.field, translate)}
                    </Table.Th>
                    <Table.Td c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {displayFieldValue(change.field, change.from, ctx)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                      <Text span c="dimmed" mr={6} aria-hidden>
                        →
                      </Text>
                      {displayFieldValue(change.field, change.to, ctx)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
