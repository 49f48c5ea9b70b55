import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConflictComparison } from '@/components/ConflictComparison';
import { FormDialog } from '@/components/FormActions';
import { useTranslate } from '@/i18n/use-translate';
import { versionEtag } from '@/lib/api/etag';
import type { BuyerContact, BuyerContactInput } from '@/lib/api/types';
import { ApiError } from '@/lib/problem';
import { useSaveWithConflict } from '@/lib/use-save-with-conflict';
import { useCreateBuyerContact } from '../api/create-buyer-contact';
import { buyerCompanyKeys } from '@/records/buyer-company/keys';
import { fetchBuyerContacts } from '@/records/buyer-company/queries';
import { useUpdateBuyerContact } from '../api/update-buyer-contact';
import { buyerFieldValue, CONTACT_INPUT_FIELDS, differingFields } from './buyer-fields';
import {
  CONTACT_FORM_FIELDS,
  CONTACT_MAX_LENGTH,
  contactAsInput,
  contactFormSchema,
  EMPTY_CONTACT_FORM,
  toBuyerContactInput,
  toContactFormValues,
  type ContactFormInput,
  type ContactFormOutput,
} from './contact-form';

interface Props {
  companyId: number;
  /** The contact to edit, as listed (its version is the If-Match); absent to add one. */
  contact?: BuyerContact;
  onClose: () => void;
  /** After a 412 the user chose the latest version: edit that one instead. */
  onReload: (latest: BuyerContact) => void;
}

interface LatestContact {
  contact: BuyerContact;
  etag: string;
}

const FORM_ERRORS_ID = 'contact-form-errors';

/**
 * 担当者の追加・編集 in a dialog. The contact's version, as listed, is sent as If-Match;
 * when someone saved it first (412) the dialog gives way to the conflict dialog, which
 * compares the two and offers to load theirs or overwrite it.
 */
export function ContactEditor({ companyId, contact, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const schema = useMemo(() => contactFormSchema(translate), [translate]);
  const form = useForm<ContactFormInput, unknown, ContactFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: contact ? toContactFormValues(contact) : EMPTY_CONTACT_FORM,
    shouldFocusError: true,
  });
  const { errors } = form.formState;
  const queryClient = useQueryClient();
  const create = useCreateBuyerContact(companyId);
  const update = useUpdateBuyerContact(companyId);

  const save = async (body: BuyerContactInput, etag: string | undefined) => {
    try {
      return await (contact
        ? update.mutateAsync({ contactId: contact.id, body, etag: etag ?? versionEtag(contact) })
        : create.mutateAsync(body));
    } catch (error) {
      // 422: the company was archived meanwhile; the page behind the dialog should say so.
      if (error instanceof ApiError && error.status === 422) {
        void queryClient.invalidateQueries({ queryKey: buyerCompanyKeys.detail(companyId) });
      }
      throw error;
    }
  };

  const loadLatest = async (): Promise<LatestContact> => {
    const latest = (await fetchBuyerContacts(companyId)).find((c) => c.id === contact?.id);
    if (!latest) throw new Error(`Contact ${contact?.id} is no longer listed`);
    return { contact: latest, etag: versionEtag(latest) };
  };

  const saved = (result: BuyerContact) => {
    notifications.show({
      color: 'green',
      title: contact ? t('contacts.savedTitle') : t('contacts.addedTitle'),
      message: t(contact ? 'contacts.savedMessage' : 'contacts.addedMessage', { name: result.name }),
    });
    onClose();
  };

  const saving = useSaveWithConflict({
    save,
    onSaved: saved,
    loadLatest: contact ? loadLatest : undefined,
    setError: form.setError,
    isFormField: (path) => CONTACT_FORM_FIELDS.has(path),
    failedTitle: t('contacts.serverErrorsTitle'),
  });

  const onSubmit = form.handleSubmit((values) => saving.submit(toBuyerContactInput(values), contact && versionEtag(contact)));

  return (
    <FormDialog
      title={contact ? t('contacts.editTitle') : t('contacts.addTitle')}
      onClose={onClose}
      onSubmit={(event) => void onSubmit(event)}
      errorsId={FORM_ERRORS_ID}
      save={saving}
      submitLabel={contact ? t('contacts.submitEdit') : t('contacts.submitAdd')}
      conflictDescription={t('conflict.contactDescription')}
      onReload={(latest) => onReload(latest.contact)}
      comparison={(conflict) => <ContactComparison latest={conflict.latest.contact} mine={conflict.mine} />}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('contactFields.name')}
          required
          maxLength={CONTACT_MAX_LENGTH.name}
          autoComplete="off"
          data-autofocus
          {...form.register('name')}
          error={errors.name?.message}
        />
        <TextInput
          label={t('contactFields.nameKana')}
          description={t('contacts.nameKanaHint')}
          maxLength={CONTACT_MAX_LENGTH.nameKana}
          autoComplete="off"
          {...form.register('nameKana')}
          error={errors.nameKana?.message}
        />
      </SimpleGrid>
      <TextInput
        label={t('contactFields.department')}
        maxLength={CONTACT_MAX_LENGTH.department}
        autoComplete="off"
        {...form.register('department')}
        error={errors.department?.message}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="email"
          label={t('contactFields.email')}
          maxLength={CONTACT_MAX_LENGTH.email}
          autoComplete="off"
          {...form.register('email')}
          error={errors.email?.message}
        />
        <TextInput
          type="tel"
          label={t('contactFields.phone')}
          description={t('buyerForm.phoneHint')}
          maxLength={CONTACT_MAX_LENGTH.phone}
          autoComplete="off"
          {...form.register('phone')}
          error={errors.phone?.message}
        />
      </SimpleGrid>
    </FormDialog>
  );
}

function ContactComparison({ latest, mine }: { latest: BuyerContact; mine: BuyerContactInput }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const theirs = contactAsInput(latest);
  const fields = differingFields(CONTACT_INPUT_FIELDS, theirs, mine).map((field) => ({
    field,
    label: t(`contactFields.${field}`),
    theirs: buyerFieldValue(field, theirs[field], translate),
    mine: buyerFieldValue(field, mine[field], translate),
  }));
  return <ConflictComparison fields={fields} />;
}
