import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailRow, DetailSection, PhoneLink, PostalAddress } from '@/components/DetailTable';
import { ButtonLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { ApiError } from '@/lib/problem';
import { useBuyerCompany } from '@/records/buyer-company/queries';
import { useBuyerContacts } from '@/records/buyer-company/queries';
import { BuyerCompanyHeading } from '../components/BuyerCompanyHeading';
import { ContactList } from '../components/ContactList';
import { myCompanyView } from './my-company';

/** 自社情報: a buyer's own company and its contacts, read-only, made for a phone. */
export function MyCompanyPage() {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (!me.data) return <DetailSkeleton />;

  const view = myCompanyView(me.data);
  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('myCompany.title')}
        </Title>
        {view.kind === 'company' && <Text c="dimmed">{t('myCompany.description')}</Text>}
      </Stack>
      {view.kind === 'company' ? (
        <OwnCompany id={view.id} />
      ) : view.kind === 'unlinked' ? (
        <NoCompany />
      ) : (
        <StateMessage title={t('myCompany.notBuyerTitle')} description={t('myCompany.notBuyerDescription')} />
      )}
    </Stack>
  );
}

function NoCompany() {
  const { t } = useTranslation();
  return (
    <StateMessage
      title={t('myCompany.unlinkedTitle')}
      description={t('myCompany.unlinkedDescription')}
      actions={
        <ButtonLink to="/" variant="light">
          {t('common.backToHome')}
        </ButtonLink>
      }
    />
  );
}

function OwnCompany({ id }: { id: number }) {
  const { t } = useTranslation();
  const company = useBuyerCompany(id);
  const contacts = useBuyerContacts(id);

  if (company.isError) {
    // The link to the company was undone since the account was read: as good as none.
    if (company.error instanceof ApiError && company.error.status === 404) return <NoCompany />;
    return <LoadError onRetry={() => void company.refetch()} />;
  }
  if (company.isPending) return <DetailSkeleton />;
  const { company: own } = company.data;

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <BuyerCompanyHeading company={own} order={2} />
      </Paper>

      <DetailSection id="my-company-address" title={t('buyers.contactHeading')}>
        <DetailRow label={t('buyerFields.address')}>
          <PostalAddress postalCode={own.postalCode} address={own.address} />
        </DetailRow>
        <DetailRow label={t('buyerFields.phone')}>
          <PhoneLink phone={own.phone} />
        </DetailRow>
      </DetailSection>

      <Stack gap="sm" component="section" aria-labelledby="my-company-contacts">
        <Title order={2} size="h4" id="my-company-contacts">
          {t('contacts.heading')}
        </Title>
        {contacts.isPending ? (
          <Skeleton h={96} aria-busy />
        ) : contacts.isError ? (
          <LoadError onRetry={() => void contacts.refetch()} />
        ) : contacts.data.length === 0 ? (
          <Text c="dimmed">{t('myCompany.noContacts')}</Text>
        ) : (
          <ContactList contacts={contacts.data} label={t('contacts.listLabel')} />
        )}
        <Text size="sm" c="dimmed">
          {t('myCompany.changeHint')}
        </Text>
      </Stack>
    </Stack>
  );
}
