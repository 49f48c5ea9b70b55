import { Alert, Group, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailRow, DetailSection, PhoneLink, PostalAddress } from '@/components/DetailTable';
import { AnchorLink, ButtonLink } from '@/components/links';
import { RelatedNegotiations } from '@/components/RelatedNegotiations';
import { RelatedProjects } from '@/components/RelatedProjects';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { formatDateTime } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { canManageBuyers, canViewBuyers } from '@/lib/roles';
import { useBuyerCompany } from '@/records/buyer-company/queries';
import { useBuyerContacts } from '@/records/buyer-company/queries';
import { ArchiveBuyerButton } from '../components/ArchiveBuyerButton';
import { BuyerCompanyHeading } from '../components/BuyerCompanyHeading';
import { BuyerContacts } from '../components/BuyerContacts';
import { BuyerHistory } from '../components/BuyerHistory';
import { BuyerNotFound } from '../components/BuyerNotFound';
import { BuyersForbidden } from '../components/BuyersForbidden';

const route = getRouteApi('/buyers/$id');

export function BuyerDetailPage() {
  const { id } = route.useParams();
  const companyId = parseRecordId(id);
  return companyId === undefined ? <BuyerNotFound /> : <BuyerDetail id={companyId} key={companyId} />;
}

function BuyerDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && canViewBuyers(me.data.roles);
  const query = useBuyerCompany(id, allowed);
  const contacts = useBuyerContacts(id, allowed);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  // A buyer reads its own company on 自社情報, not in the staff's registry.
  if (me.data && !allowed) return <BuyersForbidden me={me.data} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <BuyerNotFound />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (!me.data || query.isPending) return <DetailSkeleton />;

  const { company } = query.data;
  const manage = canManageBuyers(me.data.roles);
  const editable = manage && !company.archived;
  const notSet = t('common.notSet');

  return (
    <Stack gap="lg">
      <AnchorLink to="/buyers" size="sm">
        ← {t('buyers.backToList')}
      </AnchorLink>

      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <BuyerCompanyHeading company={company} />
        {editable && (
          <Group gap="sm">
            <ButtonLink to="/buyers/$id/edit" params={{ id: String(company.id) }}>
              {t('buyers.edit')}
            </ButtonLink>
            <ArchiveBuyerButton versioned={query.data} />
          </Group>
        )}
      </Group>

      {company.archived && (
        <Alert color="gray" variant="light">
          {t('buyers.archivedNotice')}
        </Alert>
      )}

      <DetailSection id="buyer-basics" title={t('buyers.basicsHeading')}>
        <DetailRow label={t('buyerFields.name')}>{company.name}</DetailRow>
        <DetailRow label={t('buyerFields.nameKana')}>{company.nameKana}</DetailRow>
        <DetailRow label={t('buyerFields.type')}>{t(`buyerTypes.${company.type}`)}</DetailRow>
        <DetailRow label={t('buyerFields.region')}>{t(`regions.${company.region}`)}</DetailRow>
      </DetailSection>

      <DetailSection id="buyer-address" title={t('buyers.contactHeading')}>
        <DetailRow label={t('buyerFields.address')}>
          <PostalAddress postalCode={company.postalCode} address={company.address} />
        </DetailRow>
        <DetailRow label={t('buyerFields.phone')}>
          <PhoneLink phone={company.phone} />
        </DetailRow>
      </DetailSection>

      <DetailSection id="buyer-record" title={t('buyers.recordHeading')}>
        <DetailRow label={t('buyerFields.notes')}>
          <Text component="span" style={{ whiteSpace: 'pre-wrap' }}>
            {company.notes ?? notSet}
          </Text>
        </DetailRow>
        <DetailRow label={t('buyers.createdAt')}>
          <time dateTime={company.createdAt}>{formatDateTime(company.createdAt)}</time>
        </DetailRow>
        <DetailRow label={t('buyers.updatedAt')}>
          <time dateTime={company.updatedAt}>{formatDateTime(company.updatedAt)}</time>
        </DetailRow>
      </DetailSection>

      <BuyerContacts companyId={company.id} contacts={contacts} editable={editable} />

      <RelatedProjects
        relation={{ buyerCompanyId: company.id }}
        headingId="buyer-projects"
        title={t('buyers.projectsHeading')}
        empty={t('buyers.noProjects')}
      />

      <RelatedNegotiations relation={{ buyerCompanyId: company.id }} headingId="buyer-negotiations" />

      <BuyerHistory companyId={company.id} contacts={contacts.data} />
    </Stack>
  );
}
