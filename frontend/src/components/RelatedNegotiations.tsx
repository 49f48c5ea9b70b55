import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { loadedItems } from '@/lib/api/paging';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatDateNumeric, formatInteger, formatYen } from '@/lib/format';
import type { NegotiationRelation } from '@/records/negotiation/keys';
import { useRelatedNegotiations } from '@/records/negotiation/queries';
import { AnchorLink } from './links';
import { NegotiationStageBadge, NewTradingPartnerBadge } from './NegotiationBadges';
import { LoadError } from './StateMessage';

interface Props {
  relation: NegotiationRelation;
  /** The heading's id, unique on the page: the section is named by it. */
  headingId: string;
}

/** On a firm's or buyer company's page: its negotiations, last changed first, each linked to its page. */
export function RelatedNegotiations({ relation, headingId }: Props) {
  const { t, i18n } = useTranslation();
  const negotiations = useRelatedNegotiations(relation);
  const items = loadedItems(negotiations.data?.pages);
  const total = negotiations.data?.pages[0]?.total ?? 0;
  const byFirm = 'firmId' in relation;

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('related.title')}
        </Title>
        {total > 0 && (
          <AnchorLink to="/negotiations" search={relation} size="sm">
            {t('related.all')}（{t('negotiations.total', { count: total, formattedCount: formatInteger(total) })}）
          </AnchorLink>
        )}
      </Group>
      {negotiations.isPending ? (
        <Stack gap="xs" aria-busy>
          <Text size="sm">{t('app.loading')}</Text>
          <Skeleton h={56} />
        </Stack>
      ) : negotiations.isError ? (
        <LoadError onRetry={() => void negotiations.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('related.empty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((n) => (
            <Paper key={n.id} component="li" withBorder p="sm">
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <AnchorLink to="/negotiations/$id" params={{ id: String(n.id) }} fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {byFirm ? n.buyerCompanyName : n.firmTradeName}
                  </AnchorLink>
                  <Text size="sm" c="dimmed">
                    {n.projectTitle}
                    {t('common.listSeparator')}
                    {fiscalYearText(n.fiscalYear, i18n.language)}
                    {n.dealOn && `${t('common.listSeparator')}${t('negotiationPage.dealOn')} ${formatDateNumeric(n.dealOn)}`}
                    {n.dealAmountYen !== undefined && ` ${formatYen(n.dealAmountYen)}`}
                  </Text>
                </Stack>
                <Group gap="xs">
                  {n.newTradingPartner && <NewTradingPartnerBadge />}
                  <NegotiationStageBadge stage={n.stage} />
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {negotiations.hasNextPage && (
        <Group>
          <Button variant="subtle" onClick={() => void negotiations.fetchNextPage()} loading={negotiations.isFetchingNextPage}>
            {t('related.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
