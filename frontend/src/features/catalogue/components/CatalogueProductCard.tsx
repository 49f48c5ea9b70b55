import { Box, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthImage } from '@/components/AuthImage';
import type { CatalogueProduct } from '@/lib/api/types';
import { formatYen } from '@/lib/format';

export const cataloguePhotoPath = (id: number) => `/api/catalogue/products/${id}/photo`;

interface Props {
  product: CatalogueProduct;
  busy: boolean;
  onPick: (picked: boolean) => void;
  onOpen: () => void;
}

/** A product on a phone: a small photo, its name and price, and 商談したい in reach of the thumb. */
export function CatalogueProductCard({ product, busy, onPick, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="xs">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Box w={72} style={{ flexShrink: 0 }}>
          <AuthImage
            src={product.hasPhoto ? cataloguePhotoPath(product.id) : undefined}
            alt={t('products.photoAlt', { name: product.name })}
            height={72}
          />
        </Box>
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <UnstyledButton onClick={onOpen} aria-label={t('catalogue.detailsLabel', { name: product.name })}>
            <Text fw={700} size="sm" style={{ overflowWrap: 'anywhere' }} td="underline">
              {product.name}
            </Text>
          </UnstyledButton>
          <Text size="xs">
            {product.priceYen === undefined
              ? t('products.priceUnknown')
              : t(product.taxIncluded ? 'products.priceTaxIncluded' : 'products.priceTaxExcluded', { price: formatYen(product.priceYen) })}
            {product.contentVolume && ` ・${product.contentVolume}`}
          </Text>
          <Group gap="xs" mt={4}>
            <Button
              size="compact-sm"
              variant={product.picked ? 'filled' : 'default'}
              aria-pressed={product.picked}
              aria-label={t('catalogue.pickLabel', { name: product.name })}
              loading={busy}
              onClick={() => onPick(!product.picked)}
            >
              {product.picked ? `✓ ${t('catalogue.picked')}` : t('catalogue.pick')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
