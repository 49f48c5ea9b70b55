import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { FormSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { canManageBuyers } from '@/lib/roles';
import { useCreateBuyerCompany } from '../api/create-buyer-company';
import type { VersionedBuyerCompany } from '@/records/buyer-company/queries';
import { BuyerForm } from '../components/BuyerForm';

/** 新規登録: coordinators and admins register a buyer company. */
export function BuyerNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateBuyerCompany();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (!me.data) return <FormSkeleton />;
  if (!canManageBuyers(me.data.roles)) {
    return <StateMessage title={t('buyerForm.forbiddenTitle')} description={t('buyerForm.forbiddenDescription')} />;
  }

  const saved = ({ company }: VersionedBuyerCompany) => {
    notifications.show({
      color: 'green',
      title: t('buyerForm.createdTitle'),
      message: t('buyerForm.createdMessage', { name: company.name }),
    });
    void navigate({ to: '/buyers/$id', params: { id: String(company.id) } });
  };

  return (
    <Stack gap="lg">
      <AnchorLink to="/buyers" size="sm">
        ← {t('buyers.backToList')}
      </AnchorLink>
      <Title order={1} fz={{ base: 22, sm: 28 }}>
        {t('buyerForm.newTitle')}
      </Title>
      <BuyerForm save={(body) => create.mutateAsync(body)} onSaved={saved} />
    </Stack>
  );
}
