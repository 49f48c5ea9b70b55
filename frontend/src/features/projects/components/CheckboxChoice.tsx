import { Checkbox, Skeleton, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { LoadError } from '@/components/StateMessage';
import { choiceOptions, chosenIds } from './pick';

interface Props<T extends { id: number; name: string }> {
  label: string;
  /** The firm's products or the company's contacts, as listed now. */
  listed: UseQueryResult<T[]>;
  /** What the project has chosen so far (kept even when no longer listed). */
  chosen: readonly { id: number; name: string }[];
  value: readonly number[];
  onChange: (ids: number[]) => void;
  describe: (item: T) => string | undefined;
  /** Beneath a chosen item that is no longer listed. */
  unlisted: string;
  /** Said when there is nothing to choose from. */
  empty: string;
}

/** Which of a firm's products it brings, or which of a company's contacts are expected: one checkbox each. */
export function CheckboxChoice<T extends { id: number; name: string }>({
  label,
  listed,
  chosen,
  value,
  onChange,
  describe,
  unlisted,
  empty,
}: Props<T>) {
  if (listed.isPending) return <Skeleton h={72} aria-busy />;
  if (listed.isError) return <LoadError onRetry={() => void listed.refetch()} />;
  const options = choiceOptions(listed.data, chosen, describe, unlisted);

  return (
    <Checkbox.Group label={label} value={value.map(String)} onChange={(values) => onChange(chosenIds(values, options))}>
      <Stack gap="xs" mt={6}>
        {options.length === 0 && (
          <Text c="dimmed" size="sm">
            {empty}
          </Text>
        )}
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} description={option.description} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
