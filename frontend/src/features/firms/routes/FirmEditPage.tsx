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
import { canEditFirm, canManageFirms, isStaff } from '@/lib/roles';
import { useIndustries } from '@/records/industry/queries';
import { fetchFirm, firmQueryOptions, type VersionedFirm } from '@/records/firm/queries';
import { firmKeys } from '@/records/firm/keys';
import { useUpdateFirm } from '../api/update-firm';
import { FirmForm } from '../components/FirmForm';
import { FirmNotFound } from '../components/FirmNotFound';
import { parseFirmId } from './firm-id';

const route = getRouteApi('/firms/$id/edit');

export function FirmEditPage() {
  const { id } = route.useParams();
  const firmId = parseFirmId(id);
  return firmId === undefined ? <FirmNotFound /> : <FirmEdit id={firmId} key={firmId} />;
}

function FirmEdit({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const allowed = me.data !== undefined && isStaff(me.data.roles);
  // Edit the latest version, and do not refetch behind the user's back while typing:
  // a newer version only comes in when they choose to load it after a conflict.
  const query = useQuery({
    ...firmQueryOptions(id),
    enabled: allowed,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const industries = useIndustries(allowed);
  const update = useUpdateFirm(id);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) {
    return <StateMessage title={t('firmForm.forbiddenTitle')} description={t('firmForm.forbiddenEdit')} />;
  }
  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) return <FirmNotFound />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (industries.isError) return <LoadError onRetry={() => void industries.refetch()} />;
  if (!me.data || !query.data || !query.isFetchedAfterMount || !industries.data) return <FormSkeleton />;

  const versioned = query.data;
  const { firm } = versioned;
  const backToFirm = (
    <ButtonLink to="/firms/$id" params={{ id: String(id) }} variant="light">
      {firm.tradeName}
    </ButtonLink>
  );
  if (firm.archived) {
    return <StateMessage title={t('firmForm.archivedTitle')} description={t('firmForm.archivedDescription')} actions={backToFirm} />;
  }
  if (!canEditFirm(me.data, firm)) {
    return <StateMessage title={t('firmForm.forbiddenTitle')} description={t('firmForm.forbiddenEdit')} actions={backToFirm} />;
  }

  const saved = (result: VersionedFirm) => {
    notifications.show({
      color: 'green',
      title: t('firmForm.savedTitle'),
      message: t('firmForm.savedMessage', { name: result.firm.tradeName }),
    });
    void navigate({ to: '/firms/$id', params: { id: String(id) } });
  };

  return (
    <Stack gap="lg">
      <AnchorLink to="/firms/$id" params={{ id: String(id) }} size="sm">
        ← {firm.tradeName}
      </AnchorLink>
      <Title order={1} fz={{ base: 22, sm: 28 }}>
        {t('firmForm.editTitle')}
      </Title>
      {/* Keyed by version: loading the latest after a conflict starts the form afresh. */}
      <FirmForm
        key={versioned.etag}
        versioned={versioned}
        industries={industries.data}
        advisorEditable={canManageFirms(me.data.roles)}
        save={(body, etag) => update.mutateAsync({ body, etag: etag ?? versioned.etag })}
        onSaved={saved}
        loadLatest={() => fetchFirm(id)}
        onReload={(latest) => queryClient.setQueryData(firmKeys.detail(id), latest)}
      />
    </Stack>
  );
}
