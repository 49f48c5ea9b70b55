import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Checkbox, Image, Input, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AuthImage, useObjectUrl } from '@/components/AuthImage';
import { ConflictComparison } from '@/components/ConflictComparison';
import { FormDialog } from '@/components/FormActions';
import { useTranslate } from '@/i18n/use-translate';
import { versionEtag } from '@/lib/api/etag';
import type { Product, ProductInput } from '@/lib/api/types';
import { formatYen } from '@/lib/format';
import { checkPhotoFile, PHOTO_ACCEPT, photoProblemKey } from '@/lib/photo-file';
import { ApiError, localErrorMessage } from '@/lib/problem';
import { useSaveWithConflict } from '@/lib/use-save-with-conflict';
import { fetchProduct, type VersionedProduct } from '@/records/product/queries';
import { useSaveProduct, useUploadProductPhoto } from '../api/save-product';
import {
  EMPTY_PRODUCT_FORM,
  PRODUCT_FORM_FIELDS,
  PRODUCT_INPUT_FIELDS,
  PRODUCT_MAX_LENGTH,
  productAsInput,
  productFormSchema,
  toProductFormValues,
  toProductInput,
  type ProductFormInput,
  type ProductFormOutput,
} from './product-form';

interface Props {
  firmId: number;
  /** The product to edit, as listed (its version is the If-Match); absent to add one. */
  product?: Product;
  onClose: () => void;
  /** After a 412 the user chose the latest version: edit that one instead. */
  onReload: (latest: Product) => void;
}

const FORM_ERRORS_ID = 'product-form-errors';
const PHOTO_INPUT_ID = 'product-photo';

/** 商品の追加・編集 in a dialog, with its photo. */
export function ProductEditor({ firmId, product, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const schema = useMemo(() => productFormSchema(translate), [translate]);
  const form = useForm<ProductFormInput, unknown, ProductFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: product ? toProductFormValues(product) : EMPTY_PRODUCT_FORM,
    shouldFocusError: true,
  });
  const { errors } = form.formState;
  const saveProduct = useSaveProduct(firmId);
  const uploadPhoto = useUploadProductPhoto(firmId);
  /** The product as saved so far: after adding one whose photo then failed, further saves edit it. */
  const [current, setCurrent] = useState<VersionedProduct | undefined>(
    product && { product, etag: versionEtag(product) },
  );
  const [photo, setPhoto] = useState<File | undefined>();
  const [photoError, setPhotoError] = useState<string | undefined>();
  const preview = useObjectUrl(photo);

  const choosePhoto = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    const problem = checkPhotoFile(file);
    if (problem) {
      setPhoto(undefined);
      setPhotoError(translate(photoProblemKey(problem), { max: '5 MB' }));
      event.currentTarget.value = '';
      return;
    }
    setPhotoError(undefined);
    setPhoto(file);
  };

  const finish = (saved: VersionedProduct, added: boolean) => {
    notifications.show({
      color: 'green',
      title: added ? t('products.addedTitle') : t('products.savedTitle'),
      message: t(added ? 'products.addedMessage' : 'products.savedMessage', { name: saved.product.name }),
    });
    onClose();
  };

  const onSaved = async (saved: VersionedProduct) => {
    const added = current === undefined;
    setCurrent(saved);
    if (!photo) {
      finish(saved, added);
      return;
    }
    try {
      const withPhoto = await uploadPhoto.mutateAsync({ productId: saved.product.id, file: photo, etag: saved.etag });
      finish(withPhoto, added);
    } catch (error) {
      const message = localErrorMessage(error, translate);
      setPhotoError(message ? message.items.join(' ') || message.title : t('products.photoFailed'));
      if (error instanceof ApiError && error.status === 412) {
        // Someone saved the product meanwhile: take their version before trying again.
        setCurrent(await fetchProduct(saved.product.id).catch(() => saved));
      }
    }
  };

  const saving = useSaveWithConflict({
    save: (body: ProductInput, etag: string | undefined) =>
      saveProduct.mutateAsync({ productId: current?.product.id, body, etag: etag ?? current?.etag }),
    onSaved: (saved) => void onSaved(saved),
    loadLatest: current ? () => fetchProduct(current.product.id) : undefined,
    setError: form.setError,
    isFormField: (path) => PRODUCT_FORM_FIELDS.has(path),
    failedTitle: t('products.serverErrorsTitle'),
  });

  const onSubmit = form.handleSubmit((values) => saving.submit(toProductInput(values), current?.etag));
  const busy = saving.busy !== undefined || uploadPhoto.isPending;

  return (
    <FormDialog
      title={product ? t('products.editTitle') : t('products.addTitle')}
      onClose={onClose}
      onSubmit={(event) => void onSubmit(event)}
      errorsId={FORM_ERRORS_ID}
      save={saving}
      submitLabel={current ? t('products.submitEdit') : t('products.submitAdd')}
      pending={uploadPhoto.isPending}
      conflictDescription={t('conflict.productDescription')}
      onReload={(latest) => onReload(latest.product)}
      comparison={(conflict) => <ProductComparison latest={conflict.latest.product} mine={conflict.mine} />}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('productFields.name')}
          required
          maxLength={PRODUCT_MAX_LENGTH.name}
          autoComplete="off"
          data-autofocus
          {...form.register('name')}
          error={errors.name?.message}
        />
        <TextInput
          label={t('productFields.nameKana')}
          description={t('contacts.nameKanaHint')}
          maxLength={PRODUCT_MAX_LENGTH.nameKana}
          autoComplete="off"
          {...form.register('nameKana')}
          error={errors.nameKana?.message}
        />
        <TextInput
          label={t('productFields.category')}
          maxLength={PRODUCT_MAX_LENGTH.category}
          autoComplete="off"
          {...form.register('category')}
          error={errors.category?.message}
        />
        <Stack gap={6}>
          <TextInput
            label={t('productFields.priceYen')}
            description={t('productForm.priceHint')}
            inputMode="numeric"
            autoComplete="off"
            rightSection="円"
            {...form.register('priceYen')}
            error={errors.priceYen?.message}
          />
          <Checkbox label={t('productFields.taxIncluded')} {...form.register('taxIncluded')} />
        </Stack>
        <TextInput
          label={t('productFields.contentVolume')}
          placeholder={t('productForm.contentVolumeExample')}
          maxLength={PRODUCT_MAX_LENGTH.contentVolume}
          autoComplete="off"
          {...form.register('contentVolume')}
          error={errors.contentVolume?.message}
        />
        <TextInput
          label={t('productFields.shelfLife')}
          placeholder={t('productForm.shelfLifeExample')}
          maxLength={PRODUCT_MAX_LENGTH.shelfLife}
          autoComplete="off"
          {...form.register('shelfLife')}
          error={errors.shelfLife?.message}
        />
        <TextInput
          label={t('productFields.packaging')}
          maxLength={PRODUCT_MAX_LENGTH.packaging}
          autoComplete="off"
          {...form.register('packaging')}
          error={errors.packaging?.message}
        />
        <TextInput
          label={t('productFields.minimumLot')}
          placeholder={t('productForm.minimumLotExample')}
          maxLength={PRODUCT_MAX_LENGTH.minimumLot}
          autoComplete="off"
          {...form.register('minimumLot')}
          error={errors.minimumLot?.message}
        />
      </SimpleGrid>
      <Textarea
        label={t('productFields.description')}
        maxLength={PRODUCT_MAX_LENGTH.description}
        autosize
        minRows={3}
        {...form.register('description')}
        error={errors.description?.message}
      />
      <Input.Wrapper
        label={t('productFields.photo')}
        description={t('productForm.photoHint')}
        error={photoError}
        id={`${PHOTO_INPUT_ID}-wrapper`}
        labelProps={{ htmlFor: PHOTO_INPUT_ID }}
      >
        <Stack gap="xs" mt={4}>
          <input
            id={PHOTO_INPUT_ID}
            type="file"
            accept={PHOTO_ACCEPT}
            onChange={choosePhoto}
            aria-invalid={photoError !== undefined}
            disabled={busy}
          />
          {preview ? (
            <Image src={preview} alt={t('productForm.photoPreview')} h={160} w={240} fit="contain" radius="sm" bg="gray.0" />
          ) : (
            current?.product.hasPhoto && (
              <div style={{ width: 240 }}>
                <AuthImage
                  src={`/api/products/${current.product.id}/photo`}
                  alt={t('products.photoAlt', { name: current.product.name })}
                  height={160}
                  cacheKey={current.product.version}
                />
              </div>
            )
          )}
        </Stack>
      </Input.Wrapper>
      {current && !product && (
        <Alert color="yellow" variant="light">
          {t('products.addedWithoutPhoto')}
        </Alert>
      )}
    </FormDialog>
  );
}

function fieldText(value: string | number | boolean | undefined, yes: string, no: string, field: string): string {
  if (value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (field === 'priceYen' && typeof value === 'number') return formatYen(value);
  return String(value);
}

function ProductComparison({ latest, mine }: { latest: Product; mine: ProductInput }) {
  const { t } = useTranslation();
  const theirs = productAsInput(latest);
  const fields = PRODUCT_INPUT_FIELDS.filter((field) => theirs[field] !== mine[field]).map((field) => ({
    field,
    label: t(`productFields.${field}`),
    theirs: fieldText(theirs[field], t('products.taxIncluded'), t('products.taxExcluded'), field),
    mine: fieldText(mine[field], t('products.taxIncluded'), t('products.taxExcluded'), field),
  }));
  return <ConflictComparison fields={fields} />;
}
