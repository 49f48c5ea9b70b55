import { Box, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthImage } from '@/components/AuthImage';
import { AnchorLink } from '@/components/links';
import { ListTable } from '@/components/ListTable';
import { useTranslate } from '@/i18n/use-translate';
import type { ProductListItem, ProductSort } from '@/lib/api/types';
import { formatDateNumeric } from '@/lib/format';
import { ariaSort } from '@/lib/search-params';
import { priceText } from './product-fields';

interface Props {
  products: readonly ProductListItem[];
  sort: ProductSort;
  caption: string;
  /** The rows are of the previous search while the next one loads. */
  stale?: boolean;
}

const THUMBNAIL = 48;
const nowrap = { whiteSpace: 'nowrap' } as const;
const numeric = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** One page of products: photo, name over its reading, the firm (a link), then what buyers ask first. */
export function ProductTable({ products, sort, caption, stale = false }: Props) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const notSet = t('common.notSet');

  return (
    <ListTable caption={caption} minWidth={960} stale={stale} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={THUMBNAIL + 24}>
            {t('productList.columnPhoto')}
          </Table.Th>
          <Table.Th scope="col" miw={220} aria-sort={ariaSort('nameKana', sort)}>
            {t('productList.columnName')}
          </Table.Th>
          <Table.Th scope="col" miw={160}>
            {t('productList.columnFirm')}
          </Table.Th>
          <Table.Th scope="col">{t('productList.columnCategory')}</Table.Th>
          <Table.Th scope="col" ta="right" aria-sort={ariaSort('priceYen', sort)}>
            {t('productList.columnPrice')}
          </Table.Th>
          <Table.Th scope="col">{t('productList.columnContentVolume')}</Table.Th>
          <Table.Th scope="col">{t('productList.columnMinimumLot')}</Table.Th>
          <Table.Th scope="col" aria-sort={ariaSort('updatedAt', sort)}>
            {t('productList.columnUpdatedAt')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {products.map((product) => (
          <Table.Tr key={product.id}>
            <Table.Td>
              <Box w={THUMBNAIL}>
                <AuthImage
                  src={product.hasPhoto ? `/api/products/${product.id}/photo` : undefined}
                  alt={t('products.photoAlt', { name: product.name })}
                  height={THUMBNAIL}
                  cacheKey={product.updatedAt}
                />
              </Box>
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {product.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {product.nameKana}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <AnchorLink to="/firms/$id" params={{ id: String(product.firmId) }}>
                {product.firmTradeName}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{product.category ?? notSet}</Table.Td>
            <Table.Td ta="right" style={numeric}>
              {priceText(product.priceYen, product.taxIncluded, translate)}
            </Table.Td>
            <Table.Td style={nowrap}>{product.contentVolume ?? notSet}</Table.Td>
            <Table.Td>{product.minimumLot ?? notSet}</Table.Td>
            <Table.Td style={numeric}>
              <time dateTime={product.updatedAt}>{formatDateNumeric(product.updatedAt)}</time>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
