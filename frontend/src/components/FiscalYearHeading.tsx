import { Stack, Text } from '@mantine/core';
import { formatFiscalYear } from '@/lib/fiscal-year';

/** 令和7年度 with FY2025 beneath, for table headers. */
export function FiscalYearHeading({ fiscalYear }: { fiscalYear: number }) {
  const { wareki, western } = formatFiscalYear(fiscalYear);
  return (
    <Stack gap={0} align="flex-end">
      <span>{wareki}</span>
      <Text component="span" size="xs" c="dimmed" fw={400}>
        {western}
      </Text>
    </Stack>
  );
}
