import { Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ProductCard } from '@/components/ProductCard';
import { LoadError } from '@/components/StateMessage';
import type { Product } from '@/lib/api/types';
import { useFirmProducts } from '@/records/product/queries';
import { ProductEditor } from './ProductEditor';

interface Props {
  firmId: number;
  /** 追加 and 編集: the same people as the firm's 編集. */
  editable: boolean;
}

const photoPath = (id: number) => `/api/products/${id}/photo`;

/** 商品 on a firm's page: cards with photos, added and edited in a dialog. */
export function FirmProducts({ firmId, editable }: Props) {
  const { t } = useTranslation();
  const products = useFirmProducts(firmId);
  const [editing, setEditing] = useState<{ product?: Product } | undefined>();

  return (
    <Stack gap="sm" component="section" aria-labelledby="firm-products">
      <Group justify="space-between" gap="sm">
        <Title order={2} size="h4" id="firm-products">
          {t('products.heading')}
        </Title>
        <Group gap="sm">
          {products.data && products.data.length > 0 && (
            <AnchorLink to="/products" search={{ firmId }} size="sm">
              {t('products.openList')}
            </AnchorLink>
          )}
          {editable && (
            <Button variant="light" size="sm" onClick={() => setEditing({})}>
              {t('products.add')}
            </Button>
          )}
        </Group>
      </Group>
      {products.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy>
          <Skeleton h={280} />
          <Skeleton h={280} />
        </SimpleGrid>
      ) : products.isError ? (
        <LoadError onRetry={() => void products.refetch()} />
      ) : products.data.length === 0 ? (
        <Text c="dimmed">{editable ? t('products.empty') : t('products.emptyReadOnly')}</Text>
      ) : (
        <SimpleGrid
          component="ul"
          aria-label={t('products.listLabel')}
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="sm"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {products.data.map((product) => (
            <ProductCard
              key={product.id}
              product={product}
              photoPath={photoPath}
              actions={
                editable && (
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => setEditing({ product })}
                    aria-label={t('products.editLabel', { name: product.name })}
                  >
                    {t('products.edit')}
                  </Button>
                )
              }
            />
          ))}
        </SimpleGrid>
      )}
      {editing && (
        <ProductEditor
          key={editing.product ? `${editing.product.id}@${editing.product.version}` : 'new'}
          firmId={firmId}
          product={editing.product}
          onClose={() => setEditing(undefined)}
          onReload={(latest) => setEditing({ product: latest })}
        />
      )}
    </Stack>
  );
}
