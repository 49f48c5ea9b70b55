import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { FormSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { canManageFirms } from '@/lib/roles';
import { useCreateFirm } from '../api/create-firm';
import { useIndustries } from '@/records/industry/queries';
import type { VersionedFirm } from '@/records/firm/queries';
import { FirmForm } from '../components/FirmForm';

/** 新規登録: coordinators and admins register a firm. */
export function FirmNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const allowed = me.data !== undefined && canManageFirms(me.data.roles);
  const industries = useIndustries(allowed);
  const create = useCreateFirm();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) {
    return <StateMessage title={t('firmForm.forbiddenTitle')} description={t('firmForm.forbiddenCreate')} />;
  }
  if (industries.isError) return <LoadError onRetry={() => void industries.refetch()} />;
  if (!industries.data) return <FormSkeleton />;

  const saved = ({ firm }: VersionedFirm) => {
    notifications.show({
      color: 'green',
      title: t('firmForm.createdTitle'),
      message: t('firmForm.createdMessage', { name: firm.tradeName }),
    });
    void navigate({ to: '/firms/$id', params: { id: String(firm.id) } });
  };

  return (
    <Stack gap="lg">
      <AnchorLink to="/firms" size="sm">
        ← {t('firms.backToList')}
      </AnchorLink>
      <Title order={1} fz={{ base: 22, sm: 28 }}>
        {t('firmForm.newTitle')}
      </Title>
      <FirmForm industries={industries.data} advisorEditable save={(body) => create.mutateAsync(body)} onSaved={saved} />
    </Stack>
  );
}
