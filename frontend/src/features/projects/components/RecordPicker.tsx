import { Badge, Button, Group, Skeleton, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '@/components/StateMessage';
import { loadedItems, type PageInfo } from '@/lib/api/paging';
import { formatInteger } from '@/lib/format';
import { normalizeText } from '@/lib/japanese-text';
import { MAX_QUERY_LENGTH } from '@/lib/search-params';
import { pickRows, type PickStatus } from './pick';

const DEBOUNCE_MS = 300;

/** The picker's search text as typed, and as the API is asked once typing pauses (folded as the API folds it). */
export function usePickerSearch() {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, DEBOUNCE_MS);
  return { text, setText, q: normalizeText(debounced) };
}

interface Pickable {
  id: number;
  archived: boolean;
}

interface Props<T extends Pickable> {
  search: ReturnType<typeof usePickerSearch>;
  results: UseInfiniteQueryResult<InfiniteData<PageInfo & { items: T[] }>>;
  /** Ids already in the project: shown, not choosable. */
  added: ReadonlySet<number>;
  nameOf: (item: T) => string;
  readingOf: (item: T) => string;
  onPick: (item: T) => void;
  labels: {
    search: string;
    /** Names the list of results. */
    results: string;
    /** Nothing registered at all. */
    empty: string;
  };
}

/** Marks each result, for moving between them with the arrow keys. */
const ROW = '[data-pick-row]';

/**
 * Finds a firm or buyer company with the list endpoint, page by page: a count of what
 * matches, さらに表示 for the next page, already-added and archived ones shown as such.
 * Arrow keys move between the results, from the search box too.
 */
export function RecordPicker<T extends Pickable>({ search, results, added, nameOf, readingOf, onPick, labels }: Props<T>) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const items = loadedItems(results.data?.pages);
  const rows = pickRows(items, added);
  const total = results.data?.pages[0]?.total ?? 0;
  const searching = search.q !== '';

  const rowElements = () => [...(listRef.current?.querySelectorAll<HTMLElement>(ROW) ?? [])];
  const focusRow = (index: number) => rowElements()[index]?.focus();
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = rowElements();
    const at = all.findIndex((el) => el === document.activeElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined || next < 0 || next >= all.length) return;
    event.preventDefault();
    all[next]?.focus();
  };
  const showMore = async () => {
    const before = items.length;
    await results.fetchNextPage();
    // The button may be gone after the last page: carry on from the first row it brought.
    requestAnimationFrame(() => focusRow(before));
  };

  const status = results.isPending
    ? t('picker.searching')
    : total === 0
      ? searching
        ? t('picker.noMatch', { q: search.q })
        : labels.empty
      : t('picker.count', { count: total, formattedTotal: formatInteger(total), formattedShown: formatInteger(items.length) });

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label={labels.search}
        description={t('picker.hint')}
        value={search.text}
        maxLength={MAX_QUERY_LENGTH}
        onChange={(event) => search.setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && rows.length > 0) {
            event.preventDefault();
            focusRow(0);
          }
        }}
        data-autofocus
      />
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {status}
      </Text>
      {results.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton h={44} />
          <Skeleton h={44} />
        </Stack>
      ) : results.isError ? (
        <LoadError onRetry={() => void results.refetch()} />
      ) : (
        rows.length > 0 && (
          <ul
            ref={listRef}
            aria-label={labels.results}
            aria-busy={results.isPlaceholderData || undefined}
            onKeyDown={onListKey}
            style={{
              display: 'flex',
              flexDirection: 'column',
              gap: 4,
              listStyle: 'none',
              padding: 0,
              margin: 0,
              opacity: results.isPlaceholderData ? 0.6 : 1,
            }}
          >
            {rows.map(({ item, status: rowStatus }) => (
              <li key={item.id}>
                <PickRow name={nameOf(item)} reading={readingOf(item)} status={rowStatus} onPick={() => onPick(item)} />
              </li>
            ))}
          </ul>
        )
      )}
      {results.hasNextPage && (
        <Group>
          <Button variant="subtle" onClick={() => void showMore()} loading={results.isFetchingNextPage}>
            {t('picker.more', { count: total - items.length, formattedCount: formatInteger(total - items.length) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface RowProps {
  name: string;
  reading: string;
  status: PickStatus;
  onPick: () => void;
}

function PickRow({ name, reading, status, onPick }: RowProps) {
  const { t } = useTranslation();
  const body = (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={600} c={status === 'available' ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {reading}
        </Text>
      </Stack>
      {status !== 'available' && (
        <Badge color="gray" variant="outline" radius="sm" style={{ flexShrink: 0 }}>
          {t(status === 'added' ? 'picker.added' : 'picker.archived')}
        </Badge>
      )}
    </Group>
  );
  const style = {
    display: 'block',
    width: '100%',
    padding: '8px 12px',
    borderRadius: 4,
    border: '1px solid var(--mantine-color-default-border)',
  };
  // Taken and archived rows stay in the arrow-key order, so they are heard, but cannot be chosen.
  if (status !== 'available') {
    return (
      <div data-pick-row tabIndex={-1} style={style}>
        {body}
      </div>
    );
  }
  return (
    <UnstyledButton data-pick-row onClick={onPick} style={style}>
      {body}
    </UnstyledButton>
  );
}
