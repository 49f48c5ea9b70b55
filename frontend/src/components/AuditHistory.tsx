import { Badge, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditAction, AuditEvent } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { LoadError } from './StateMessage';

const ACTION_COLOR: Record<AuditAction, string> = {
  CREATE: 'blue',
  UPDATE: 'gray',
  ARCHIVE: 'red',
  LOGIN_GRANT: 'teal',
  LOGIN_REVOKE: 'orange',
};

interface Props {
  /** The heading's id, unique on the page: the section is named by it. */
  headingId: string;
  /** The record's audit trail, newest first. */
  history: UseQueryResult<AuditEvent[]>;
  /** A field as the API names it (`name`, `contacts[12].email`) in the user's words. */
  fieldLabel: (field: string) => string;
  /** A recorded value as people read it (codes by name, — when empty). */
  formatValue: (field: string, value: string | undefined) => string;
}

/**
 * 変更履歴: who registered, changed or archived a record, when, and each field from what
 * to what. The record's area says how its fields and values read.
 */
export function AuditHistory({ headingId, history, fieldLabel, formatValue }: Props) {
  const { t } = useTranslation();

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('history.heading')}
      </Title>
      {history.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton h={72} />
          <Skeleton h={72} />
        </Stack>
      ) : history.isError ? (
        <LoadError onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {history.data.map((event, i) => (
            <HistoryEntry key={`${event.at}-${i}`} event={event} fieldLabel={fieldLabel} formatValue={formatValue} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

type EntryProps = Pick<Props, 'fieldLabel' | 'formatValue'> & { event: AuditEvent };

function HistoryEntry({ event, fieldLabel, formatValue }: EntryProps) {
  const { t } = useTranslation();
  const at = formatDateTime(event.at);
  const actor = event.actorName ?? t('history.unknownActor');
  const action = t(`history.actions.${event.action}`);
  const caption = t('history.changesCaption', { at, actor, action });

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
              {t('history.noChanges')}
            </Text>
          )
        ) : (
          <Table.ScrollContainer type="native" minWidth={280} tabIndex={0} role="region" aria-label={caption}>
            <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={caption}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="30%">
                    {t('history.columnField')}
                  </Table.Th>
                  <Table.Th scope="col">{t('history.columnFrom')}</Table.Th>
                  <Table.Th scope="col">{t('history.columnTo')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {event.changes.map((change, i) => (
                  <Table.Tr key={`${change.field}-${i}`}>
                    <Table.Th scope="row" fw={500}>
                      {fieldLabel(change.field)}
                    </Table.Th>
                    <Table.Td c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {formatValue(change.field, change.from)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                      <Text span c="dimmed" mr={6} aria-hidden>
                        →
                      </Text>
                      {formatValue(change.field, change.to)}
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
