import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { FormSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { ApiError } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { canManageBuyers } from '@/lib/roles';
import { buyerCompanyQueryOptions, fetchBuyerCompany, type VersionedBuyerCompany } from '@/records/buyer-company/queries';
import { buyerCompanyKeys } from '@/records/buyer-company/keys';
import { useUpdateBuyerCompany } from '../api/update-buyer-company';
import { BuyerForm } from '../components/BuyerForm';
import { BuyerNotFound } from '../components/BuyerNotFound';

const route = getRouteApi('/buyers/$id/edit');

export function BuyerEditPage() {
  const { id } = route.useParams();
  const companyId = parseRecordId(id);
  return companyId === undefined ? <BuyerNotFound /> : <BuyerEdit id={companyId} key={companyId} />;
}

function BuyerEdit({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const allowed = me.data !== undefined && canManageBuyers(me.data.roles);
  // Edit the latest version, and do not refetch behind the user's back while typing:
  // a newer version only comes in when they choose to load it after a conflict.
  const query = useQuery({
    ...buyerCompanyQueryOptions(id),
    enabled: allowed,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const update = useUpdateBuyerCompany(id);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) {
    return <StateMessage title={t('buyerForm.forbiddenTitle')} description={t('buyerForm.forbiddenDescription')} />;
  }
  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) return <BuyerNotFound />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (!me.data || !query.data || !query.isFetchedAfterMount) return <FormSkeleton />;

  const versioned = query.data;
  const { company } = versioned;
  if (company.archived) {
    return (
      <StateMessage
        title={t('buyerForm.archivedTitle')}
        description={t('buyerForm.archivedDescription')}
        actions={
          <ButtonLink to="/buyers/$id" params={{ id: String(id) }} variant="light">
            {company.name}
          </ButtonLink>
        }
      />
    );
  }

  const saved = (result: VersionedBuyerCompany) => {
    notifications.show({
      color: 'green',
      title: t('buyerForm.savedTitle'),
      message: t('buyerForm.savedMessage', { name: result.company.name }),
    });
    void navigate({ to: '/buyers/$id', params: { id: String(id) } });
  };

  return (
    <Stack gap="lg">
      <AnchorLink to="/buyers/$id" params={{ id: String(id) }} size="sm">
        ← {company.name}
      </AnchorLink>
      <Title order={1} fz={{ base: 22, sm: 28 }}>
        {t('buyerForm.editTitle')}
      </Title>
      {/* Keyed by version: loading the latest after a conflict starts the form afresh. */}
      <BuyerForm
        key={versioned.etag}
        versioned={versioned}
        save={(body, etag) => update.mutateAsync({ body, etag: etag ?? versioned.etag })}
        onSaved={saved}
        loadLatest={() => fetchBuyerCompany(id)}
        onReload={(latest) => queryClient.setQueryData(buyerCompanyKeys.detail(id), latest)}
      />
    </Stack>
  );
}
