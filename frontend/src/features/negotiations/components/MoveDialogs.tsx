import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Modal, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { Negotiation, NegotiationStage, ProductRef } from '@/lib/api/types';
import { formatDateTime, todayInTokyo } from '@/lib/format';
import { useNegotiation } from '@/records/negotiation/queries';
import type { RefusedMove } from './use-negotiation-mover';

const MAX_AMOUNT = 1_000_000_000_000;

/** LOST and WITHDRAWN: why, and an optional note. */
export function reasonSchema(required: string) {
  return z.object({
    reason: z.string().trim().min(1, required).max(500),
    note: z.string().trim().max(2000),
  });
}

/** WON: the deal's date (not in the future), its amount in yen if known, and its products. */
export function dealSchema(messages: { required: string; future: string; amount: string }, today: string) {
  return z.object({
    on: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, messages.required)
      .refine((on) => on <= today, messages.future),
    amountYen: z.union([z.number().int(messages.amount).min(0, messages.amount).max(MAX_AMOUNT, messages.amount), z.literal('')]),
    productIds: z.array(z.number()),
    note: z.string().trim().max(2000),
  });
}

export type DealValues = z.input<ReturnType<typeof dealSchema>>;

/** The deal as the API takes it: no amount when none was given. */
export function toDealInput(values: DealValues) {
  return {
    on: values.on,
    amountYen: values.amountYen === '' ? undefined : values.amountYen,
    productIds: values.productIds,
  };
}

interface ReasonDialogProps {
  stage: NegotiationStage;
  title: string;
  onSubmit: (values: { reason: string; note: string }) => void;
  onClose: () => void;
  busy: boolean;
  /** For reopening: the reason alone. */
  withNote?: boolean;
  submitLabel: string;
  reasonLabel?: string;
  description?: string;
}

/** A reason (LOST, WITHDRAWN, reopening): asked in a dialog before the move is sent. */
export function ReasonDialog({ title, onSubmit, onClose, busy, withNote = true, submitLabel, reasonLabel, description }: ReasonDialogProps) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(reasonSchema(t('move.errorRequired'))),
    defaultValues: { reason: '', note: '' },
  });
  const errors = form.formState.errors;
  return (
    <Modal opened onClose={onClose} title={title} closeOnClickOutside={false}>
      <form onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} noValidate>
        <Stack gap="md">
          {description && <Text size="sm">{description}</Text>}
          <Textarea
            label={reasonLabel ?? t('move.reasonLabel')}
            description={t('move.reasonDescription')}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            {...form.register('reason')}
            error={errors.reason?.message}
          />
          {withNote && <Textarea label={t('move.noteLabel')} autosize minRows={2} maxLength={2000} {...form.register('note')} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface DealDialogProps {
  negotiationId: number;
  title: string;
  submitLabel: string;
  onSubmit: (values: DealValues) => void;
  onClose: () => void;
  busy: boolean;
  /** Correcting a recorded deal: its values to start from. */
  initial?: DealValues;
}

/** WON: the deal's date, its amount in yen (thousands separators) and the products concerned. */
export function DealDialog({ negotiationId, title, submitLabel, onSubmit, onClose, busy, initial }: DealDialogProps) {
  const negotiation = useNegotiation(negotiationId);
  return (
    <Modal opened onClose={onClose} title={title} closeOnClickOutside={false} size="lg">
      <DealForm
        products={negotiation.data?.negotiation.products}
        submitLabel={submitLabel}
        onSubmit={onSubmit}
        onClose={onClose}
        busy={busy}
        initial={initial}
      />
    </Modal>
  );
}

function DealForm({
  products,
  submitLabel,
  onSubmit,
  onClose,
  busy,
  initial,
}: Omit<DealDialogProps, 'negotiationId' | 'title'> & { products: readonly ProductRef[] | undefined }) {
  const { t } = useTranslation();
  const today = todayInTokyo();
  const form = useForm<DealValues>({
    resolver: zodResolver(
      dealSchema({ required: t('move.errorRequired'), future: t('move.errorFuture'), amount: t('move.errorAmount') }, today),
    ),
    defaultValues: initial ?? { on: today, amountYen: '', productIds: [], note: '' },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} noValidate>
      <Stack gap="md">
        <TextInput type="date" label={t('move.dealOn')} required max={today} data-autofocus {...form.register('on')} error={errors.on?.message} />
        <Controller
          control={form.control}
          name="amountYen"
          render={({ field }) => (
            <NumberInput
              label={t('move.dealAmount')}
              description={t('move.dealAmountDescription')}
              thousandSeparator=","
              prefix="¥"
              allowNegative={false}
              allowDecimal={false}
              min={0}
              max={MAX_AMOUNT}
              hideControls
              inputMode="numeric"
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              onBlur={field.onBlur}
              name={field.name}
              ref={field.ref}
              error={errors.amountYen?.message}
            />
          )}
        />
        {products === undefined ? null : products.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('move.dealProductsNone')}
          </Text>
        ) : (
          <Controller
            control={form.control}
            name="productIds"
            render={({ field }) => (
              <Checkbox.Group
                label={t('move.dealProducts')}
                value={field.value.map(String)}
                onChange={(values) => field.onChange(values.map(Number))}
              >
                <Stack gap={6} mt={6}>
                  {products.map((product) => (
                    <Checkbox key={product.id} value={String(product.id)} label={product.name} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
        )}
        {!initial && <Textarea label={t('move.noteLabel')} autosize minRows={2} maxLength={2000} {...form.register('note')} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** 409: the move is not one the negotiation may make; these are. */
export function RefusedMoveAlert({ refused, onClose }: { refused: RefusedMove; onClose: () => void }) {
  const { t } = useTranslation();
  const stages = refused.allowed.map((stage) => t(`stage.${stage}`)).join(t('common.listSeparator'));
  return (
    <Alert
      color="red"
      role="alert"
      title={t('move.refusedTitle', { from: t(`stage.${refused.from}`), to: t(`stage.${refused.to}`) })}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      {refused.allowed.length > 0 ? t('move.allowedList', { stages }) : t('move.noneAllowed')}
    </Alert>
  );
}

/** 412: someone moved or changed the negotiation first; who, when, and where it is now. */
export function MoveConflictModal({ latest, onClose }: { latest: Negotiation | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const last = latest?.history[latest.history.length - 1];
  return (
    <Modal opened={latest !== undefined} onClose={onClose} title={t('move.conflictTitle')} centered>
      {latest && (
        <Stack gap="sm">
          {last && (
            <Text>
              {last.kind === 'MOVED' && last.from && last.to
                ? t('move.conflictMoved', {
                    name: last.actor.name,
                    at: formatDateTime(last.at),
                    from: t(`stage.${last.from}`),
                    to: t(`stage.${last.to}`),
                  })
                : t('move.conflictChanged', { name: last.actor.name, at: formatDateTime(last.at) })}
            </Text>
          )}
          <Text fw={700}>{t('move.conflictNow', { stage: t(`stage.${latest.stage}`) })}</Text>
          <Text size="sm" c="dimmed">
            {t('move.conflictRetry')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
