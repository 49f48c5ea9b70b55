import { Table, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** Names the table and its scrolling region. */
  caption: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The rows are of the previous search while the next one loads. */
  stale?: boolean;
  verticalSpacing?: MantineSpacing;
  fz?: 'sm';
  /** Table.Thead and Table.Tbody. */
  children: ReactNode;
}

/** A captioned table of a list's rows, the way every list in the app shows them. */
export function ListTable({ caption, minWidth, stale = false, verticalSpacing = 'sm', fz, children }: Props) {
  return (
    // On a phone the table scrolls sideways: a focusable, named region lets keyboard users scroll it too.
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={caption}>
      <Table
        withTableBorder
        highlightOnHover
        verticalSpacing={verticalSpacing}
        fz={fz}
        captionSide="top"
        aria-busy={stale || undefined}
        style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        <Table.Caption ta="left" mt={0}>
          {caption}
        </Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
