import { Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthImage } from '@/components/AuthImage';
import type { CatalogueProduct } from '@/lib/api/types';
import { formatYen } from '@/lib/format';
import { cataloguePhotoPath } from './CatalogueProductCard';

interface Props {
  product: CatalogueProduct | undefined;
  busy: boolean;
  onPick: (picked: boolean) => void;
  onClose: () => void;
}

/** 商品の詳細: the photo large, and everything a buyer asks before a meeting. */
export function ProductDetailModal({ product, busy, onPick, onClose }: Props) {
  const { t } = useTranslation();
  const notSet = t('common.notSet');
  return (
    <Modal opened={product !== undefined} onClose={onClose} title={product?.name} fullScreen={false} size="lg">
      {product && (
        <Stack gap="sm">
          <AuthImage src={product.hasPhoto ? cataloguePhotoPath(product.id) : undefined} alt={t('products.photoAlt', { name: product.name })} height={220} />
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              {[
                [t('catalogue.firm'), product.firmTradeName],
                [t('productFields.category'), product.category],
                [
                  t('productFields.priceYen'),
                  product.priceYen === undefined
                    ? t('products.priceUnknown')
                    : t(product.taxIncluded ? 'products.priceTaxIncluded' : 'products.priceTaxExcluded', { price: formatYen(product.priceYen) }),
                ],
                [t('productFields.contentVolume'), product.contentVolume],
                [t('productFields.shelfLife'), product.shelfLife],
                [t('productFields.packaging'), product.packaging],
                [t('productFields.minimumLot'), product.minimumLot],
              ].map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" w={110}>
                    {label}
                  </Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{value ?? notSet}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {product.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{product.description}</Text>}
          <Button
            fullWidth
            variant={product.picked ? 'filled' : 'default'}
            aria-pressed={product.picked}
            loading={busy}
            onClick={() => onPick(!product.picked)}
          >
            {product.picked ? `✓ ${t('catalogue.picked')}` : t('catalogue.pick')}
          </Button>
        </Stack>
      )}
    </Modal>
  );
}
