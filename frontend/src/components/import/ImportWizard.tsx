import { Alert, Button, Checkbox, Group, Input, List, Loader, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslate } from '@/i18n/use-translate';
import { useImport, useImportColumns, useImportDescription } from '@/lib/api/imports';
import type { ImportFilePreview, ImportMapping, ImportReport } from '@/lib/api/types';
import {
  canCommit,
  checkImportFile,
  fileErrorMessage,
  IMPORT_ACCEPT,
  importFileProblemKey,
  problemRows,
  rejectionPreview,
  toPreview,
  translateImportProblem,
  type ImportKind,
  type ImportPreview,
} from '@/lib/csv-import';
import { formatInteger } from '@/lib/format';
import {
  checkDraft,
  draftFromPreview,
  isSendable,
  placeMappingErrors,
  toImportMapping,
  type MappingDraft,
  type PlacedMappingErrors,
} from '@/lib/import-mapping';
import { ApiError, localErrorMessage } from '@/lib/problem';
import { FormErrorsAlert, type FormErrors } from '../FormErrorsAlert';
import { ListPager } from '../ListPager';
import { LoadError } from '../StateMessage';
import { ImportColumns } from './ImportColumns';
import { columnSelectId, constantInputId, ImportMappingStep, type ValueOptions } from './ImportMappingStep';
import { ImportRowsTable, type ChangeDescriber } from './ImportRowsTable';

interface Props {
  kind: ImportKind;
  describe: ChangeDescriber;
  /** The way back to the list the imported records appear in. */
  listLink: ReactNode;
  /** After a commit: the caller refreshes what it has cached. */
  onCommitted?: () => void;
  /** Choices for values given for every row (the industries), by how the field is read. */
  valueOptions?: ValueOptions;
}

type Step = 0 | 1 | 2 | 3;
const STEPS = ['file', 'mapping', 'preview', 'done'] as const;

const FILE_INPUT_ID = 'import-file';
const BLOCKED_ID = 'import-blocked';
const COMMIT_ERROR_ID = 'import-commit-error';
const ROW_PAGE_SIZES = [50, 100, 200] as const;

/**
 * 1 choose a file → 2 match its columns to the import's fields → 3 see what a dry run would do,
 * row by row → 4 commit. A file with any problem cannot be committed (the server would write
 * nothing); the user fixes it and chooses it again. A commit the server still refuses (the
 * data changed meanwhile) is shown as the dry run's problems are.
 */
export function ImportWizard({ kind, describe, listLink, onCommitted, valueOptions }: Props) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const description = useImportDescription(kind);
  const reader = useImportColumns(kind);
  const importer = useImport(kind, onCommitted);
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [columns, setColumns] = useState<ImportFilePreview>();
  const [draft, setDraft] = useState<MappingDraft>();
  const [showProblems, setShowProblems] = useState(false);
  /** Each refused attempt renders again, so that focus moves to the control to correct even when nothing else changed. */
  const [, setAttempts] = useState(0);
  const [mappingErrors, setMappingErrors] = useState<PlacedMappingErrors>();
  /** The mapping the dry run used: the commit sends the same. */
  const [checkedMapping, setCheckedMapping] = useState<ImportMapping>();
  const [preview, setPreview] = useState<ImportPreview>();
  /** The commit was refused with 422: the preview shows the refusal's errors. */
  const [rejected, setRejected] = useState(false);
  const [commitError, setCommitError] = useState<FormErrors>();
  const [result, setResult] = useState<ImportReport>();
  /** A new key empties the native file input, which React cannot reset otherwise. */
  const [inputKey, setInputKey] = useState(0);

  // Where focus goes after a step changes, so keyboard and screen-reader users land on what is new.
  const fileHeading = useRef<HTMLHeadingElement>(null);
  const mappingHeading = useRef<HTMLHeadingElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** A step's heading, the file input, or the id of the control to correct. */
  const focusNext = useRef<string | undefined>(undefined);
  // After the render that a step change causes, once the new step's elements exist.
  useEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    if (target === 'file') fileInput.current?.focus();
    else if (target === 'heading') [fileHeading, mappingHeading, previewHeading, doneHeading][step]?.current?.focus();
    else document.getElementById(target)?.focus();
  });

  const busy = importer.isPending || reader.isPending;

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    const problem = chosen && checkImportFile(chosen);
    setFile(problem ? undefined : chosen);
    setFileError(problem ? t(importFileProblemKey(problem), { max: '5 MB' }) : undefined);
    if (problem) event.currentTarget.value = '';
  };

  /** Step 1 → 2: the file's columns, and the mapping the API proposes for them. */
  const read = () => {
    if (!file) {
      setFileError(t('importWizard.fileRequired'));
      focusNext.current = 'file';
      return;
    }
    reader.mutate(file, {
      onSuccess: (found) => {
        setColumns(found);
        setDraft(draftFromPreview(found));
        setShowProblems(false);
        setMappingErrors(undefined);
        setStep(1);
        focusNext.current = 'heading';
      },
      onError: (error) => {
        setFileError(fileErrorMessage(error, translate) ?? t('importWizard.checkFailed'));
        focusNext.current = 'file';
      },
    });
  };

  const changeDraft = (next: MappingDraft) => {
    setDraft(next);
    setMappingErrors(undefined);
  };

  /** Step 2 → 3: the dry run with the user's mapping; what keeps the mapping from being sent is shown on the control to change. */
  const check = () => {
    if (!file || !draft || !description.data) return;
    const problems = checkDraft(draft, description.data);
    if (!isSendable(problems)) {
      setShowProblems(true);
      setAttempts((n) => n + 1);
      const firstShared = draft.columns.findIndex((c) => problems.sharedField.has(c.column));
      focusNext.current = firstShared >= 0 ? columnSelectId(firstShared) : constantInputId(problems.missing[0]!.field);
      return;
    }
    const mapping = toImportMapping(draft);
    importer.mutate(
      { file, dryRun: true, mapping },
      {
        onSuccess: (report) => {
          setCheckedMapping(mapping);
          setPreview(toPreview(report));
          setRejected(false);
          setCommitError(undefined);
          setStep(2);
          focusNext.current = 'heading';
        },
        onError: (error) => {
          const mappingRefused = error instanceof ApiError && error.status === 400
            && (error.problem?.errors ?? []).some((e) => e.field.startsWith('mapping'));
          if (mappingRefused && error.problem) {
            const placed = placeMappingErrors(error.problem, mapping, translate);
            setMappingErrors(placed);
            const column = draft.columns.findIndex((c) => placed.byColumn.has(c.column));
            const field = [...placed.byField.keys()][0];
            focusNext.current = column >= 0 ? columnSelectId(column) : field ? constantInputId(field) : 'heading';
            return;
          }
          // The file itself (its encoding, its size) or the server: back to choosing the file.
          setFileError(fileErrorMessage(error, translate) ?? t('importWizard.checkFailed'));
          setStep(0);
          focusNext.current = 'file';
        },
      },
    );
  };

  const commit = () => {
    if (!file) return;
    importer.mutate(
      { file, dryRun: false, mapping: checkedMapping },
      {
        onSuccess: (report) => {
          setResult(report);
          setStep(3);
          focusNext.current = 'heading';
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 422 && error.problem) {
            setPreview(rejectionPreview(error.problem, preview));
            setRejected(true);
            focusNext.current = 'heading';
            return;
          }
          setCommitError(localErrorMessage(error, translate) ?? { title: t('importWizard.checkFailed'), items: [] });
        },
      },
    );
  };

  const backToMapping = () => {
    setStep(1);
    setPreview(undefined);
    setRejected(false);
    setCommitError(undefined);
    focusNext.current = 'heading';
  };

  const startOver = () => {
    setStep(0);
    setFile(undefined);
    setFileError(undefined);
    setColumns(undefined);
    setDraft(undefined);
    setShowProblems(false);
    setMappingErrors(undefined);
    setCheckedMapping(undefined);
    setPreview(undefined);
    setRejected(false);
    setCommitError(undefined);
    setResult(undefined);
    setInputKey((key) => key + 1);
    focusNext.current = 'file';
  };

  const fileDescribedBy = [fileError && `${FILE_INPUT_ID}-error`, `${FILE_INPUT_ID}-description`].filter(Boolean).join(' ');

  return (
    <Stack gap="lg">
      <Stepper active={step} aria-label={t('importWizard.stepsLabel')} size="sm" allowNextStepsSelect={false}>
        {STEPS.map((name, index) => {
          // Only back, to the start or from the check to the mapping, and not while the server works.
          const back = !busy && ((index === 0 && step > 0) || (index === 1 && step === 2));
          return (
            <Stepper.Step
              key={name}
              label={t(`importWizard.steps.${name}`)}
              description={t(`importWizard.steps.${name}Description`)}
              allowStepSelect={back}
              onClick={back ? () => (index === 0 ? startOver() : backToMapping()) : undefined}
              aria-current={index === step ? 'step' : undefined}
              aria-disabled={back ? undefined : true}
            />
          );
        })}
      </Stepper>

      {step === 0 && (
        <Stack gap="lg">
          <Title order={2} size="h3" ref={fileHeading} tabIndex={-1}>
            {t('importWizard.steps.file')}
          </Title>
          {description.isError ? (
            <LoadError onRetry={() => void description.refetch()} />
          ) : description.isPending ? (
            <Group gap="sm" role="status">
              <Loader size="sm" />
              <Text size="sm">{t('importWizard.descriptionLoading')}</Text>
            </Group>
          ) : (
            <ImportColumns kind={kind} description={description.data} />
          )}
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Input.Wrapper
                id={FILE_INPUT_ID}
                label={t('importWizard.fileLabel')}
                description={t('importWizard.fileHint')}
                error={fileError}
                required
              >
                <input
                  key={inputKey}
                  ref={fileInput}
                  id={FILE_INPUT_ID}
                  type="file"
                  accept={IMPORT_ACCEPT}
                  onChange={choose}
                  disabled={busy}
                  aria-invalid={fileError !== undefined}
                  aria-describedby={fileDescribedBy}
                  aria-required
                  style={{ display: 'block', marginTop: 6 }}
                />
              </Input.Wrapper>
              <Group gap="sm">
                <Button onClick={read} loading={busy} disabled={!description.isSuccess}>
                  {t('importWizard.read')}
                </Button>
                <Text size="sm" role="status" aria-live="polite">
                  {busy ? t('importWizard.reading') : ''}
                </Text>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      )}

      {step === 1 && columns && draft && description.data && file && (
        <ImportMappingStep
          description={description.data}
          preview={columns}
          fileName={file.name}
          draft={draft}
          onChange={changeDraft}
          showProblems={showProblems}
          serverErrors={mappingErrors}
          valueOptions={valueOptions}
          busy={busy}
          heading={mappingHeading}
          onCheck={check}
          onBack={startOver}
        />
      )}

      {step === 2 && preview && file && (
        <PreviewStep
          kind={kind}
          preview={preview}
          fileName={file.name}
          rejected={rejected}
          commitError={commitError}
          describe={describe}
          busy={busy}
          heading={previewHeading}
          onCommit={commit}
          onBackToMapping={backToMapping}
          onChooseAgain={startOver}
        />
      )}

      {step === 3 && result && (
        <Stack gap="md">
          <Title order={2} size="h3" ref={doneHeading} tabIndex={-1}>
            {t('importWizard.doneHeading')}
          </Title>
          <Alert color="green" role="status" aria-live="polite" title={t('importWizard.doneHeading')}>
            {t('importWizard.doneSummary', { created: formatInteger(result.created), updated: formatInteger(result.updated) })}
          </Alert>
          <Group gap="sm">
            {listLink}
            <Button variant="default" onClick={startOver}>
              {t('importWizard.another')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

interface PreviewProps {
  kind: ImportKind;
  preview: ImportPreview;
  fileName: string;
  rejected: boolean;
  commitError: FormErrors | undefined;
  describe: ChangeDescriber;
  busy: boolean;
  heading: RefObject<HTMLHeadingElement | null>;
  onCommit: () => void;
  onBackToMapping: () => void;
  onChooseAgain: () => void;
}

function PreviewStep({
  kind,
  preview,
  fileName,
  rejected,
  commitError,
  describe,
  busy,
  heading,
  onCommit,
  onBackToMapping,
  onChooseAgain,
}: PreviewProps) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const problems = problemRows(preview);
  const [onlyProblems, setOnlyProblems] = useState(rejected);
  const [page, setPage] = useState(1);
  const [size, setSize] = useState<number>(ROW_PAGE_SIZES[0]);
  const [seenRejected, setSeenRejected] = useState(rejected);
  // A refused commit lands on its problems: they are what the user must read now.
  if (rejected !== seenRejected) {
    setSeenRejected(rejected);
    setOnlyProblems(rejected);
    setPage(1);
  }

  const rows = onlyProblems ? problems : preview.rows;
  const shown = rows.slice((page - 1) * size, page * size);
  const committable = canCommit(preview) && !rejected;
  const blocked = preview.failed > 0;
  const count = (key: 'importWizard.created' | 'importWizard.updated' | 'importWizard.failed', value: number) =>
    t(key, { count: value, formattedCount: formatInteger(value) });

  return (
    <Stack gap="md">
      <Title order={2} size="h3" ref={heading} tabIndex={-1}>
        {t('importWizard.steps.preview')}
      </Title>

      <Paper withBorder p="md" role="status" aria-live="polite" aria-label={t('importWizard.summaryLabel')}>
        <Stack gap={6}>
          <Group gap="lg" wrap="wrap">
            <Text size="sm">{t('importWizard.fileName', { name: fileName })}</Text>
            {preview.encoding && <Text size="sm">{t('importWizard.encoding', { encoding: preview.encoding })}</Text>}
          </Group>
          <Group gap="lg" wrap="wrap">
            {preview.created !== undefined && <Text fw={700}>{count('importWizard.created', preview.created)}</Text>}
            {preview.updated !== undefined && <Text fw={700}>{count('importWizard.updated', preview.updated)}</Text>}
            <Text fw={700} c={preview.failed > 0 ? 'red.9' : undefined}>
              {count('importWizard.failed', preview.failed)}
            </Text>
          </Group>
          {kind === 'buyers' && preview.created !== undefined && (
            <Text size="xs" c="dimmed">
              {t('importWizard.countsNote.buyers')}
            </Text>
          )}
        </Stack>
      </Paper>

      {rejected ? (
        <Alert id={BLOCKED_ID} color="red" title={t('importWizard.rejectedTitle')} role="alert">
          <Stack gap="xs">
            <Text size="sm">{t('importWizard.rejectedDescription')}</Text>
            {preview.unplaced.length > 0 && (
              <List size="sm">
                {preview.unplaced.map((error, i) => (
                  <List.Item key={i}>{translateImportProblem({ column: error.field, key: error.key, message: error.message }, translate)}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Alert>
      ) : blocked ? (
        <Alert id={BLOCKED_ID} color="red" title={t('importWizard.blockedTitle')}>
          {t('importWizard.blockedDescription')}
        </Alert>
      ) : preview.rows.length === 0 ? (
        <Alert id={BLOCKED_ID} color="yellow" title={t('importWizard.noRows')} />
      ) : (
        <Text size="sm">{t('importWizard.readyDescription')}</Text>
      )}

      {commitError && <FormErrorsAlert id={COMMIT_ERROR_ID} errors={commitError} />}

      {preview.rows.length > 0 && (
        <Stack gap="sm">
          <Checkbox
            label={t('importWizard.onlyProblems')}
            checked={onlyProblems}
            onChange={(event) => {
              setOnlyProblems(event.currentTarget.checked);
              setPage(1);
            }}
          />
          {rows.length === 0 ? (
            <Text c="dimmed">{t('importWizard.noProblemRows')}</Text>
          ) : (
            <ImportRowsTable kind={kind} rows={shown} caption={t('importWizard.tableCaption')} describe={describe} />
          )}
          {rows.length > ROW_PAGE_SIZES[0] && (
            <ListPager
              total={rows.length}
              page={page}
              size={size}
              sizes={ROW_PAGE_SIZES}
              onPage={setPage}
              onSize={(next) => {
                setSize(next);
                setPage(1);
              }}
            />
          )}
        </Stack>
      )}

      <Group gap="sm" justify="flex-end">
        <Button variant="default" onClick={onBackToMapping} disabled={busy}>
          {t('importWizard.backToMapping')}
        </Button>
        <Button variant="default" onClick={onChooseAgain} disabled={busy}>
          {t('importWizard.chooseAgain')}
        </Button>
        <Button
          onClick={onCommit}
          loading={busy}
          disabled={!committable}
          aria-describedby={committable ? undefined : BLOCKED_ID}
        >
          {busy ? t('importWizard.committing') : t('importWizard.commit')}
        </Button>
      </Group>
    </Stack>
  );
}

