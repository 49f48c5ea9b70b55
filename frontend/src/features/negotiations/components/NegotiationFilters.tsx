import { Badge, CloseButton, Group, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '@/components/SearchBox';
import { NEGOTIATION_SORTS, NEGOTIATION_STAGES, PROGRAM_CODES } from '@/lib/api/enums';
import type { Advisor, Program } from '@/lib/api/types';
import { fiscalYearOf, fiscalYearText } from '@/lib/fiscal-year';
import { programNameOf } from '@/lib/localized';
import { MAX_QUERY_LENGTH } from '@/lib/search-params';
import { advisorName } from '@/records/advisor/queries';
import { useBuyerCompany } from '@/records/buyer-company/queries';
import { useFirmName } from '@/records/firm/queries';
import type { NegotiationsSearch } from '../routes/negotiations-search';

interface Props {
  search: NegotiationsSearch;
  onChange: (patch: Partial<NegotiationsSearch>) => void;
  advisors: readonly Advisor[] | undefined;
  programs: readonly Program[] | undefined;
  /** The signed-in user is an advisor: offers 自分の担当のみ. */
  isAdvisor: boolean;
  /** The list offers its sort here; the board sorts each column the same way. */
  showSort?: boolean;
}

/** The fiscal years offered: from the plan's first (FY2025) to next year, newest first. */
export function fiscalYearChoices(today = new Date()): number[] {
  const last = fiscalYearOf(today) + 1;
  const years: number[] = [];
  for (let year = last; year >= Math.min(2025, last); year -= 1) years.push(year);
  return years;
}

/** 事業・年度・担当・段階・事業者・バイヤー企業: the board's and the list's filters, all in the URL. */
export function NegotiationFilters({ search, onChange, advisors, programs, isAdvisor, showSort = true }: Props) {
  const { t, i18n } = useTranslation();
  const firmName = useFirmName(search.firmId);
  const company = useBuyerCompany(search.buyerCompanyId ?? 0, search.buyerCompanyId !== undefined);
  const years = fiscalYearChoices();
  if (search.fiscalYear !== undefined && !years.includes(search.fiscalYear)) years.push(search.fiscalYear);

  const openValue = search.open === undefined ? '' : String(search.open);

  return (
    <Paper withBorder p="md" role="search" aria-label={t('negotiations.filtersLabel')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <SearchBox
            label={t('negotiations.searchLabel')}
            placeholder={t('negotiations.searchPlaceholder')}
            maxLength={MAX_QUERY_LENGTH}
            value={search.q ?? ''}
            onSearch={(q) => onChange({ q: q || undefined })}
          />
          <NativeSelect
            label={t('negotiations.programLabel')}
            value={search.program ?? ''}
            onChange={(event) => onChange({ program: PROGRAM_CODES.find((code) => code === event.currentTarget.value) })}
            data={[
              { value: '', label: t('negotiations.programAll') },
              ...PROGRAM_CODES.map((code) => ({ value: code, label: programNameOf(code, programs, i18n.language) })),
            ]}
          />
          <NativeSelect
            label={t('negotiations.fiscalYearLabel')}
            value={search.fiscalYear === undefined ? '' : String(search.fiscalYear)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange({ fiscalYear: value === '' ? undefined : Number(value) });
            }}
            data={[
              { value: '', label: t('negotiations.fiscalYearAll') },
              ...years.map((year) => ({ value: String(year), label: fiscalYearText(year, i18n.language) })),
            ]}
          />
          <NativeSelect
            label={t('negotiations.advisorLabel')}
            value={search.advisor ?? ''}
            disabled={search.mine || search.unassigned}
            onChange={(event) => onChange({ advisor: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('negotiations.advisorAll') },
              ...(advisors ?? []).map((a) => ({ value: a.subject, label: a.name })),
              ...(search.advisor && !advisors?.some((a) => a.subject === search.advisor)
                ? [{ value: search.advisor, label: advisorName(search.advisor, advisors) }]
                : []),
            ]}
          />
          <MultiSelect
            label={t('negotiations.stageLabel')}
            placeholder={search.stage ? undefined : t('negotiations.stageAll')}
            value={search.stage ? [...search.stage] : []}
            onChange={(values) => {
              const stages = NEGOTIATION_STAGES.filter((stage) => values.includes(stage));
              onChange({ stage: stages.length > 0 ? stages : undefined });
            }}
            data={NEGOTIATION_STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
            clearable
            clearButtonProps={{ 'aria-label': t('negotiations.clearFilters') }}
          />
          <NativeSelect
            label={t('negotiations.openLabel')}
            value={openValue}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange({ open: value === '' ? undefined : value === 'true' });
            }}
            data={[
              { value: '', label: t('negotiations.openAll') },
              { value: 'true', label: t('negotiations.openOnly') },
              { value: 'false', label: t('negotiations.closedOnly') },
            ]}
          />
          {showSort && (
            <NativeSelect
              label={t('negotiations.sortLabel')}
              value={search.sort}
              onChange={(event) => {
                const sort = NEGOTIATION_SORTS.find((s) => s === event.currentTarget.value);
                if (sort) onChange({ sort });
              }}
              data={NEGOTIATION_SORTS.map((sort) => ({ value: sort, label: t(`negotiationSort.${sort}`) }))}
            />
          )}
        </SimpleGrid>
        <Group gap="lg">
          {isAdvisor && (
            <Checkbox
              label={t('negotiations.mine')}
              checked={search.mine}
              onChange={(event) => onChange({ mine: event.currentTarget.checked, unassigned: false })}
            />
          )}
          <Checkbox
            label={t('negotiations.unassigned')}
            checked={search.unassigned}
            onChange={(event) => onChange({ unassigned: event.currentTarget.checked, mine: false })}
          />
          <Checkbox
            label={t('negotiations.newPartnerOnly')}
            checked={search.newTradingPartner === true}
            onChange={(event) => onChange({ newTradingPartner: event.currentTarget.checked || undefined })}
          />
          {search.firmId !== undefined && (
            <FilterChip
              label={t('negotiations.firmFilter', { name: firmName.data ?? `#${search.firmId}` })}
              onRemove={() => onChange({ firmId: undefined })}
            />
          )}
          {search.buyerCompanyId !== undefined && (
            <FilterChip
              label={t('negotiations.buyerFilter', { name: company.data?.company.name ?? `#${search.buyerCompanyId}` })}
              onRemove={() => onChange({ buyerCompanyId: undefined })}
            />
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** A filter set from another page (a firm's 商談一覧で見る), shown and removable. */
function FilterChip({ label, onRemove }: { label: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color="blue"
      radius="sm"
      size="lg"
      tt="none"
      rightSection={<CloseButton size="xs" aria-label={t('negotiations.removeFilter', { label })} onClick={onRemove} />}
    >
      {label}
    </Badge>
  );
}
