import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** Names the table and its scrolling region. */
  caption: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The header cells (Table.Th). */
  head: ReactNode;
  /** The rows (Table.Tr). */
  children: ReactNode;
  /** The rows are of the previous search while the next one loads. */
  stale?: boolean;
}

/** One page of a register (firms, buyer companies, projects): a captioned table that scrolls on a phone. */
export function ListTable({ caption, minWidth, head, children, stale = false }: Props) {
  return (
    // On a phone the table scrolls sideways: a focusable, named region lets keyboard users scroll it too.
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={caption}>
      <Table
        withTableBorder
        highlightOnHover
        verticalSpacing="sm"
        captionSide="top"
        aria-busy={stale || undefined}
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        <Table.Caption ta="left" mt={0}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>{head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `aria-sort` of a sortable column, for a sort written as the API writes it (`name`, `-name`). */
export function ariaSort(column: string, sort: string): 'ascending' | 'descending' | undefined {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return undefined;
}

interface NameProps {
  /** The record's name as a link to its page. */
  link: ReactNode;
  /** Its reading (フリガナ), beneath. */
  reading: string;
  /** Shown as a badge when set: the record is archived. */
  archivedLabel?: string;
}

/** A register's first cell: the name as a link over its reading, with アーカイブ済み beside it. */
export function NameCell({ link, reading, archivedLabel }: NameProps) {
  return (
    <Table.Td>
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap">
          {link}
          {archivedLabel && (
            <Badge color="gray" variant="outline" size="sm" radius="sm" style={{ flexShrink: 0 }}>
              {archivedLabel}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {reading}
        </Text>
      </Stack>
    </Table.Td>
  );
}
