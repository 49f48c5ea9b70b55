import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '@/lib/api/types';
import { formatYen } from '@/lib/format';
import { AuthImage } from './AuthImage';

interface Props {
  product: Product;
  /** Where its photo is served, with the user's token; depends on who looks. */
  photoPath: (id: number) => string;
  /** 編集 and the like, beside the name. */
  actions?: ReactNode;
}

/** One product as a card: photo, name, price (¥1,080（税込）), 内容量, 賞味期限, 最低ロット. */
export function ProductCard({ product, photoPath, actions }: Props) {
  const { t } = useTranslation();
  const notSet = t('common.notSet');
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap="xs">
        <AuthImage
          src={product.hasPhoto ? photoPath(product.id) : undefined}
          alt={t('products.photoAlt', { name: product.name })}
          height={160}
          cacheKey={product.version}
        />
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {product.name}
        </Text>
        {product.category && (
          <Text size="xs" c="dimmed">
            {product.category}
          </Text>
        )}
        <Text size="sm">
          {product.priceYen === undefined
            ? t('products.priceUnknown')
            : t(product.taxIncluded ? 'products.priceTaxIncluded' : 'products.priceTaxExcluded', {
                price: formatYen(product.priceYen),
              })}
        </Text>
        <Stack gap={2} component="dl" m={0}>
          <Fact label={t('productFields.contentVolume')}>{product.contentVolume ?? notSet}</Fact>
          <Fact label={t('productFields.shelfLife')}>{product.shelfLife ?? notSet}</Fact>
          <Fact label={t('productFields.minimumLot')}>{product.minimumLot ?? notSet}</Fact>
        </Stack>
        {product.description && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
            {product.description}
          </Text>
        )}
        {actions}
      </Stack>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', gap: 8 }}>
      <Text component="dt" size="xs" c="dimmed" w={72} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text component="dd" size="xs" m={0} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {children}
      </Text>
    </div>
  );
}
