import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailRow as Row, DetailSection as Section, Digits, EmailLink, PhoneLink, PostalAddress } from '@/components/DetailTable';
import { AnchorLink, ButtonLink } from '@/components/links';
import { RelatedNegotiations } from '@/components/RelatedNegotiations';
import { RelatedProjects } from '@/components/RelatedProjects';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { formatDateTime, formatInteger } from '@/lib/format';
import { industryName } from '@/lib/localized';
import { ApiError } from '@/lib/problem';
import { canEditFirm, canManageFirms, isStaff } from '@/lib/roles';
import { useIndustries } from '@/records/industry/queries';
import { useFirm } from '@/records/firm/queries';
import { ArchiveFirmButton } from '../components/ArchiveFirmButton';
import { FirmHistory } from '../components/FirmHistory';
import { FirmNotFound } from '../components/FirmNotFound';
import { FirmProducts } from '../components/FirmProducts';
import { parseFirmId } from './firm-id';

const route = getRouteApi('/firms/$id');

export function FirmDetailPage() {
  const { id } = route.useParams();
  const firmId = parseFirmId(id);
  return firmId === undefined ? <FirmNotFound /> : <FirmDetail id={firmId} key={firmId} />;
}

function FirmDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && isStaff(me.data.roles);
  const query = useFirm(id, allowed);
  const industries = useIndustries(allowed);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) {
    return <StateMessage title={t('firms.forbiddenTitle')} description={t('firms.forbiddenDescription')} />;
  }
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <FirmNotFound />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (!me.data || query.isPending) {
    return <DetailSkeleton />;
  }

  const { firm } = query.data;
  const industry = industries.data?.find((i) => i.code === firm.industryCode);
  const notSet = t('common.notSet');

  return (
    <Stack gap="lg">
      <AnchorLink to="/firms" size="sm">
        ← {t('firms.backToList')}
      </AnchorLink>

      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {firm.tradeName}
          </Title>
          <Text c="dimmed">{firm.tradeNameKana}</Text>
          <Group gap="xs">
            {firm.archived && (
              <Badge color="gray" variant="filled" radius="sm">
                {t('firms.archived')}
              </Badge>
            )}
            <Badge variant={firm.chamberMember ? 'light' : 'outline'} color={firm.chamberMember ? 'blue' : 'gray'} radius="sm">
              {firm.chamberMember ? t('firms.member') : t('firms.nonMember')}
            </Badge>
            <Badge variant="outline" color="gray" radius="sm">
              {industry ? industryName(industry, i18n.language) : firm.industryCode}
            </Badge>
          </Group>
        </Stack>
        <Group gap="sm">
          {canEditFirm(me.data, firm) && (
            <ButtonLink to="/firms/$id/edit" params={{ id: String(firm.id) }}>
              {t('firms.edit')}
            </ButtonLink>
          )}
          {canManageFirms(me.data.roles) && !firm.archived && <ArchiveFirmButton versioned={query.data} />}
        </Group>
      </Group>

      {firm.archived && (
        <Alert color="gray" variant="light">
          {t('firms.archivedNotice')}
        </Alert>
      )}

      <Section id="firm-basics" title={t('firms.basicsHeading')}>
        <Row label={t('firmFields.tradeName')}>{firm.tradeName}</Row>
        <Row label={t('firmFields.tradeNameKana')}>{firm.tradeNameKana}</Row>
        <Row label={t('firmFields.corporateNumber')}>
          {firm.corporateNumber ? <Digits>{firm.corporateNumber}</Digits> : notSet}
        </Row>
        <Row label={t('firmFields.industryCode')}>{industry ? industryName(industry, i18n.language) : firm.industryCode}</Row>
        <Row label={t('firmFields.chamberMember')}>{firm.chamberMember ? t('firms.member') : t('firms.nonMember')}</Row>
        <Row label={t('firmFields.employees')}>
          {firm.employees === undefined ? notSet : t('firms.employeesValue', { value: formatInteger(firm.employees) })}
        </Row>
      </Section>

      <Section id="firm-contact" title={t('firms.contactHeading')}>
        <Row label={t('firmFields.address')}>
          <PostalAddress postalCode={firm.postalCode} address={firm.address} />
        </Row>
        <Row label={t('firmFields.representativeName')}>{firm.representativeName ?? notSet}</Row>
        <Row label={t('firmFields.contactName')}>{firm.contactName ?? notSet}</Row>
        <Row label={t('firmFields.phone')}>
          <PhoneLink phone={firm.phone} />
        </Row>
        <Row label={t('firmFields.email')}>
          <EmailLink email={firm.email} />
        </Row>
      </Section>

      <Section id="firm-support" title={t('firms.supportHeading')}>
        <Row label={t('firmFields.advisor')}>{firm.advisor?.name ?? t('firms.noAdvisor')}</Row>
        <Row label={t('firmFields.notes')}>
          <Text component="span" style={{ whiteSpace: 'pre-wrap' }}>
            {firm.notes ?? notSet}
          </Text>
        </Row>
      </Section>

      <Section id="firm-record" title={t('firms.recordHeading')}>
        <Row label={t('firms.createdAt')}>
          <time dateTime={firm.createdAt}>{formatDateTime(firm.createdAt)}</time>
        </Row>
        <Row label={t('firms.updatedAt')}>
          <time dateTime={firm.updatedAt}>{formatDateTime(firm.updatedAt)}</time>
        </Row>
      </Section>

      <FirmProducts firmId={firm.id} editable={canEditFirm(me.data, firm)} />

      <RelatedProjects
        relation={{ firmId: firm.id }}
        headingId="firm-projects"
        title={t('firms.projectsHeading')}
        empty={t('firms.noProjects')}
      />

      <RelatedNegotiations relation={{ firmId: firm.id }} headingId="firm-negotiations" />

      <FirmHistory firmId={firm.id} industries={industries.data} />
    </Stack>
  );
}
