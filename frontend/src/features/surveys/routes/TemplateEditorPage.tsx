import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorsAlert } from '@/components/FormErrorsAlert';
import { AnchorLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { PROGRAM_CODES } from '@/lib/api/enums';
import { useMe } from '@/lib/api/me';
import type { ProgramCode } from '@/lib/api/types';
import { formatDateNumeric } from '@/lib/format';
import { programName } from '@/lib/localized';
import { ApiError, localErrorMessage } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { usePrograms } from '@/records/program/queries';
import { useSurveyTemplate, type VersionedTemplate } from '@/records/survey/queries';
import { AnswerForm } from '../answer/AnswerForm';
import type { SyncSnapshot } from '../answer/draft-sync';
import type { AnswerValue, Answers, FormModel } from '../answer/model';
import { useCreateTemplate, useUpdateTemplate } from '../api/surveys';
import {
  CHOICE_TYPES,
  allQuestionKeys,
  editorPathOf,
  fromContent,
  move,
  newGroup,
  newOption,
  newQuestion,
  toContent,
  validateContent,
  type EditableContent,
  type EditableGroup,
  type EditableQuestion,
  type EditorErrors,
} from '../components/template-editor';
import { QUESTION_TYPES } from '../enums';
import { canEditTemplates, canReadSurveys } from '../permissions';

const editRoute = getRouteApi('/survey-templates/$id');

const EMPTY: EditableContent = { title: { ja: '', en: '' }, intro: { ja: '', en: '' }, groups: [] };

export function TemplateNewPage() {
  return <TemplateEditor />;
}

export function TemplateEditPage() {
  const { id } = editRoute.useParams();
  const templateId = parseRecordId(id);
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && canReadSurveys(me.data.roles);
  const query = useSurveyTemplate(templateId ?? 0, allowed && templateId !== undefined);
  if (templateId === undefined) return <StateMessage title={t('surveyTemplates.emptyTitle')} />;
  if (me.data && !allowed) return <StateMessage title={t('surveyTemplates.forbiddenTitle')} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <StateMessage title={t('surveyTemplates.emptyTitle')} />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (!query.data) return <DetailSkeleton />;
  // A new key after each save: the editor starts again from the version saved.
  return <TemplateEditor versioned={query.data} key={`${query.data.template.id}-${query.data.template.version}`} />;
}

/** Focus to put on a control after a move (its DOM id), so a keyboard user keeps their place. */
function useFocusAfterMove(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string; seq: number }>();
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return (id) => setTarget((t) => ({ id, seq: (t?.seq ?? 0) + 1 }));
}

/**
 * The template editor (admin): name, title and introduction, groups of questions in order
 * (moved with buttons, so the keyboard can reorder too), each question's type and settings,
 * and a preview in the buyer's own form. Saving a version that has responses makes a new one.
 */
function TemplateEditor({ versioned }: { versioned?: VersionedTemplate }) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const me = useMe();
  const navigate = useNavigate();
  const programs = usePrograms();
  const template = versioned?.template;
  const editable = me.data !== undefined && canEditTemplates(me.data.roles);
  const [name, setName] = useState({ ja: template?.name.ja ?? '', en: template?.name.en ?? '' });
  const [program, setProgram] = useState<ProgramCode>(template?.program ?? 'FOOD');
  const [content, setContent] = useState<EditableContent>(() =>
    template ? fromContent(template.currentVersion.content) : { ...EMPTY, groups: [newGroup([], [])] },
  );
  const [errors, setErrors] = useState<EditorErrors>({});
  const [previewing, setPreviewing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useFocusAfterMove();
  const create = useCreateTemplate();
  const update = useUpdateTemplate(template?.id ?? 0);
  const saving = create.isPending || update.isPending;
  const failure = create.error ?? update.error;
  const serverError = failure ? localErrorMessage(failure, translate) : undefined;
  const current = template?.currentVersion;
  const makesNewVersion = current !== undefined && current.responseCount > 0;

  const err = (at: string) => {
    const key = errors[at];
    return key ? t(`templateEditor.${key as 'requiredText'}`) : undefined;
  };
  const setGroups = (groups: EditableGroup[]) => setContent((c) => ({ ...c, groups }));
  const setGroup = (index: number, group: EditableGroup) => setGroups(content.groups.map((g, i) => (i === index ? group : g)));
  const setQuestion = (gi: number, qi: number, question: EditableQuestion) => {
    const group = content.groups[gi];
    if (group) setGroup(gi, { ...group, questions: group.questions.map((q, i) => (i === qi ? question : q)) });
  };

  const save = () => {
    const found = validateContent(name, content);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      notifications.show({ color: 'red', message: t('templateEditor.invalid') });
      return;
    }
    const body = { name: name.en.trim() ? { ja: name.ja.trim(), en: name.en.trim() } : { ja: name.ja.trim() }, content: toContent(content) };
    const mapServerErrors = (error: unknown) => {
      if (!(error instanceof ApiError)) return;
      const mapped: EditorErrors = {};
      for (const e of error.problem?.errors ?? []) {
        const at = editorPathOf(content, e.field);
        if (at) mapped[at] = 'invalid';
      }
      setErrors(mapped);
    };
    if (!template || !versioned) {
      create.mutate(
        { program, ...body },
        {
          onSuccess: (saved) => {
            notifications.show({ message: t('templateEditor.saved') });
            void navigate({ to: '/survey-templates/$id', params: { id: String(saved.template.id) } });
          },
          onError: mapServerErrors,
        },
      );
      return;
    }
    const before = template.currentVersion.number;
    update.mutate(
      { body, etag: versioned.etag },
      {
        onSuccess: (saved) =>
          notifications.show({
            message:
              saved.template.currentVersion.number > before
                ? t('templateEditor.savedNewVersion', { number: saved.template.currentVersion.number })
                : t('templateEditor.saved'),
          }),
        onError: mapServerErrors,
      },
    );
  };

  const announceMove = (title: string, position: number) => setAnnouncement(t('templateEditor.moved', { title: title || '—', position }));

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (!me.data) return <DetailSkeleton />;
  if (!versioned && !editable) return <StateMessage title={t('templateEditor.readOnly')} />;

  return (
    <Stack gap="lg">
      <AnchorLink to="/survey-templates" size="sm">
        ← {t('templateEditor.back')}
      </AnchorLink>
      <Group justify="space-between">
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {template ? t('templateEditor.editTitle') : t('templateEditor.newTitle')}
        </Title>
        <Group gap="sm">
          <Button variant="default" onClick={() => setPreviewing((p) => !p)} aria-pressed={previewing}>
            {previewing ? t('templateEditor.edit') : t('templateEditor.preview')}
          </Button>
          {editable && (
            <Button onClick={save} loading={saving}>
              {t('templateEditor.save')}
            </Button>
          )}
        </Group>
      </Group>
      {!editable && <Alert color="gray">{t('templateEditor.readOnly')}</Alert>}
      {current &&
        (makesNewVersion ? (
          <Alert color="yellow" data-testid="version-warning">
            {t('templateEditor.versionWarning', { number: current.number, responses: current.responseCount, next: current.number + 1 })}
          </Alert>
        ) : (
          <Alert color="blue" variant="light">
            {t('templateEditor.versionInPlace', { number: current.number })}
          </Alert>
        ))}
      {serverError && <FormErrorsAlert id="template-errors" errors={serverError} />}
      <p role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {announcement}
      </p>

      {previewing ? (
        <TemplatePreview content={content} />
      ) : (
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={`${t('templateEditor.name')}（${t('templateEditor.ja')}）`} required value={name.ja} error={err('name.ja')} onChange={(e) => setName({ ...name, ja: e.currentTarget.value })} />
                <TextInput label={`${t('templateEditor.name')}（${t('templateEditor.en')}）`} value={name.en} onChange={(e) => setName({ ...name, en: e.currentTarget.value })} />
                {!template && (
                  <NativeSelect
                    label={t('templateEditor.program')}
                    value={program}
                    onChange={(e) => setProgram(PROGRAM_CODES.find((c) => c === e.currentTarget.value) ?? 'FOOD')}
                    data={PROGRAM_CODES.map((code) => {
                      const p = programs.data?.find((x) => x.code === code);
                      return { value: code, label: p ? programName(p, i18n.language) : code };
                    })}
                  />
                )}
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
                <TextInput
                  label={`${t('templateEditor.surveyTitle')}（${t('templateEditor.ja')}）`}
                  required
                  value={content.title.ja}
                  error={err('title.ja')}
                  onChange={(e) => setContent({ ...content, title: { ...content.title, ja: e.currentTarget.value } })}
                />
                <TextInput
                  label={`${t('templateEditor.surveyTitle')}（${t('templateEditor.en')}）`}
                  value={content.title.en}
                  onChange={(e) => setContent({ ...content, title: { ...content.title, en: e.currentTarget.value } })}
                />
                <Textarea
                  label={`${t('templateEditor.intro')}（${t('templateEditor.ja')}）`}
                  autosize
                  minRows={2}
                  value={content.intro.ja}
                  onChange={(e) => setContent({ ...content, intro: { ...content.intro, ja: e.currentTarget.value } })}
                />
                <Textarea
                  label={`${t('templateEditor.intro')}（${t('templateEditor.en')}）`}
                  autosize
                  minRows={2}
                  value={content.intro.en}
                  onChange={(e) => setContent({ ...content, intro: { ...content.intro, en: e.currentTarget.value } })}
                />
              </SimpleGrid>
            </Paper>

            <Title order={2} size="h4">
              {t('templateEditor.groups')}
            </Title>
            {content.groups.map((group, gi) => (
              <Paper key={group.uid} withBorder p="md" component="section" aria-label={t('templateEditor.group', { number: gi + 1 })}>
                <Stack gap="sm">
                  <Group justify="space-between">
                    <Title order={3} size="h5">
                      {t('templateEditor.group', { number: gi + 1 })}
                    </Title>
                    <Group gap={4}>
                      <Button
                        id={`${group.uid}-up`}
                        size="xs"
                        variant="default"
                        disabled={gi === 0}
                        aria-label={t('templateEditor.moveGroupUp', { title: group.title.ja })}
                        onClick={() => {
                          setGroups(move(content.groups, gi, -1));
                          announceMove(group.title.ja, gi);
                          focusAfterMove(gi - 1 === 0 ? `${group.uid}-down` : `${group.uid}-up`);
                        }}
                      >
                        {t('templateEditor.moveUp')}
                      </Button>
                      <Button
                        id={`${group.uid}-down`}
                        size="xs"
                        variant="default"
                        disabled={gi === content.groups.length - 1}
                        aria-label={t('templateEditor.moveGroupDown', { title: group.title.ja })}
                        onClick={() => {
                          setGroups(move(content.groups, gi, 1));
                          announceMove(group.title.ja, gi + 2);
                          focusAfterMove(gi + 1 === content.groups.length - 1 ? `${group.uid}-up` : `${group.uid}-down`);
                        }}
                      >
                        {t('templateEditor.moveDown')}
                      </Button>
                      <Button size="xs" color="red" variant="subtle" disabled={content.groups.length === 1} onClick={() => setGroups(content.groups.filter((_, i) => i !== gi))}>
                        {t('templateEditor.removeGroup')}
                      </Button>
                    </Group>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput
                      label={`${t('templateEditor.groupTitle')}（${t('templateEditor.ja')}）`}
                      required
                      value={group.title.ja}
                      error={err(`${group.uid}.title`)}
                      onChange={(e) => setGroup(gi, { ...group, title: { ...group.title, ja: e.currentTarget.value } })}
                    />
                    <TextInput
                      label={`${t('templateEditor.groupTitle')}（${t('templateEditor.en')}）`}
                      value={group.title.en}
                      onChange={(e) => setGroup(gi, { ...group, title: { ...group.title, en: e.currentTarget.value } })}
                    />
                    <TextInput
                      label={t('templateEditor.key')}
                      value={group.key}
                      error={err(`${group.uid}.key`)}
                      onChange={(e) => setGroup(gi, { ...group, key: e.currentTarget.value })}
                    />
                  </SimpleGrid>
                  {group.questions.map((question, qi) => (
                    <QuestionEditor
                      key={question.uid}
                      question={question}
                      number={qi + 1}
                      first={qi === 0}
                      last={qi === group.questions.length - 1}
                      only={group.questions.length === 1}
                      err={err}
                      onChange={(q) => setQuestion(gi, qi, q)}
                      onMove={(by) => {
                        setGroup(gi, { ...group, questions: move(group.questions, qi, by) });
                        announceMove(question.text.ja, qi + 1 + by);
                        const to = qi + by;
                        focusAfterMove(`${question.uid}-${to === 0 ? 'down' : to === group.questions.length - 1 ? 'up' : by < 0 ? 'up' : 'down'}`);
                      }}
                      onRemove={() => setGroup(gi, { ...group, questions: group.questions.filter((_, i) => i !== qi) })}
                    />
                  ))}
                  <Button
                    variant="light"
                    size="xs"
                    onClick={() => setGroup(gi, { ...group, questions: [...group.questions, newQuestion(allQuestionKeys(content))] })}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('templateEditor.addQuestion')}
                  </Button>
                </Stack>
              </Paper>
            ))}
            <Button
              variant="light"
              onClick={() => setGroups([...content.groups, newGroup(content.groups.map((g) => g.key), allQuestionKeys(content))])}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('templateEditor.addGroup')}
            </Button>
            {template && (
              <Stack gap={4}>
                <Title order={2} size="h5">
                  {t('templateEditor.versions')}
                </Title>
                {template.versions.map((v) => (
                  <Text key={v.id} size="sm">
                    {t('templateEditor.versionRow', { number: v.number, date: formatDateNumeric(v.createdAt), surveys: v.surveyCount, responses: v.responseCount })}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        </fieldset>
      )}
    </Stack>
  );
}

interface QuestionEditorProps {
  question: EditableQuestion;
  number: number;
  first: boolean;
  last: boolean;
  only: boolean;
  err: (at: string) => string | undefined;
  onChange: (question: EditableQuestion) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function QuestionEditor({ question, number, first, last, only, err, onChange, onMove, onRemove }: QuestionEditorProps) {
  const { t } = useTranslation();
  const q = question;
  const numberOrUndefined = (value: string | number) => (value === '' || value === undefined ? undefined : Number(value));
  return (
    <Paper withBorder p="sm" bg="gray.0" component="fieldset" aria-label={t('templateEditor.question', { number })} style={{ minWidth: 0 }}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700} size="sm" component="legend" style={{ float: 'left' }}>
            {t('templateEditor.question', { number })}
          </Text>
          <Group gap={4}>
            <Button id={`${q.uid}-up`} size="xs" variant="default" disabled={first} aria-label={t('templateEditor.moveQuestionUp', { title: q.text.ja })} onClick={() => onMove(-1)}>
              {t('templateEditor.moveUp')}
            </Button>
            <Button id={`${q.uid}-down`} size="xs" variant="default" disabled={last} aria-label={t('templateEditor.moveQuestionDown', { title: q.text.ja })} onClick={() => onMove(1)}>
              {t('templateEditor.moveDown')}
            </Button>
            <Button size="xs" color="red" variant="subtle" disabled={only} onClick={onRemove}>
              {t('templateEditor.removeQuestion')}
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('templateEditor.type')}
            value={q.type}
            error={err(`${q.uid}.type`)}
            onChange={(e) => {
              const type = QUESTION_TYPES.find((x) => x === e.currentTarget.value) ?? q.type;
              // A choice needs two options: add empty ones as it becomes one.
              const options = [...q.options];
              while (CHOICE_TYPES.includes(type) && options.length < 2) options.push(newOption(options.map((o) => o.key)));
              onChange({ ...q, type, options });
            }}
            data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`templateEditor.types.${type}`) }))}
          />
          <TextInput label={t('templateEditor.key')} description={t('templateEditor.keyHint')} value={q.key} error={err(`${q.uid}.key`)} onChange={(e) => onChange({ ...q, key: e.currentTarget.value })} />
          <Checkbox mt={{ sm: 28 }} label={t('templateEditor.required')} checked={q.required} onChange={(e) => onChange({ ...q, required: e.currentTarget.checked })} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={`${t('templateEditor.questionText')}（${t('templateEditor.ja')}）`}
            required
            value={q.text.ja}
            error={err(`${q.uid}.text`)}
            onChange={(e) => onChange({ ...q, text: { ...q.text, ja: e.currentTarget.value } })}
          />
          <TextInput label={`${t('templateEditor.questionText')}（${t('templateEditor.en')}）`} value={q.text.en} onChange={(e) => onChange({ ...q, text: { ...q.text, en: e.currentTarget.value } })} />
          <TextInput label={`${t('templateEditor.help')}（${t('templateEditor.ja')}）`} value={q.help?.ja ?? ''} onChange={(e) => onChange({ ...q, help: { ja: e.currentTarget.value, en: q.help?.en } })} />
          <TextInput label={`${t('templateEditor.help')}（${t('templateEditor.en')}）`} value={q.help?.en ?? ''} onChange={(e) => onChange({ ...q, help: { ja: q.help?.ja ?? '', en: e.currentTarget.value } })} />
        </SimpleGrid>
        {CHOICE_TYPES.includes(q.type) && (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('templateEditor.options')}
            </Text>
            {err(`${q.uid}.options`) && (
              <Text size="sm" c="red.8">
                {err(`${q.uid}.options`)}
              </Text>
            )}
            {q.options.map((o, oi) => (
              <Group key={o.uid} gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 2 }}
                  label={`${t('templateEditor.option', { number: oi + 1 })}（${t('templateEditor.ja')}）`}
                  value={o.ja}
                  error={err(`${o.uid}.text`)}
                  onChange={(e) => onChange({ ...q, options: q.options.map((x) => (x.uid === o.uid ? { ...x, ja: e.currentTarget.value } : x)) })}
                />
                <TextInput
                  style={{ flex: 2 }}
                  label={`${t('templateEditor.option', { number: oi + 1 })}（${t('templateEditor.en')}）`}
                  value={o.en}
                  onChange={(e) => onChange({ ...q, options: q.options.map((x) => (x.uid === o.uid ? { ...x, en: e.currentTarget.value } : x)) })}
                />
                <TextInput
                  style={{ flex: 1 }}
                  label={t('templateEditor.key')}
                  value={o.key}
                  error={err(`${o.uid}.key`)}
                  onChange={(e) => onChange({ ...q, options: q.options.map((x) => (x.uid === o.uid ? { ...x, key: e.currentTarget.value } : x)) })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('templateEditor.removeOption', { number: oi + 1 })}
                  onClick={() => onChange({ ...q, options: q.options.filter((x) => x.uid !== o.uid) })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button size="xs" variant="subtle" style={{ alignSelf: 'flex-start' }} onClick={() => onChange({ ...q, options: [...q.options, newOption(q.options.map((o) => o.key))] })}>
              {t('templateEditor.addOption')}
            </Button>
            {q.type === 'MULTIPLE_CHOICE' && (
              <NumberInput label={t('templateEditor.maxChoices')} min={1} max={30} maw={200} value={q.maxChoices ?? ''} onChange={(v) => onChange({ ...q, maxChoices: numberOrUndefined(v) })} />
            )}
          </Stack>
        )}
        {q.type === 'NUMBER' && (
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            <TextInput label={`${t('templateEditor.unit')}（${t('templateEditor.ja')}）`} value={q.unit?.ja ?? ''} onChange={(e) => onChange({ ...q, unit: { ja: e.currentTarget.value, en: q.unit?.en } })} />
            <TextInput label={`${t('templateEditor.unit')}（${t('templateEditor.en')}）`} value={q.unit?.en ?? ''} onChange={(e) => onChange({ ...q, unit: { ja: q.unit?.ja ?? '', en: e.currentTarget.value } })} />
            <NumberInput label={t('templateEditor.min')} value={q.min ?? ''} error={err(`${q.uid}.min`)} onChange={(v) => onChange({ ...q, min: numberOrUndefined(v) })} />
            <NumberInput label={t('templateEditor.max')} value={q.max ?? ''} onChange={(v) => onChange({ ...q, max: numberOrUndefined(v) })} />
            <NumberInput label={t('templateEditor.decimals')} min={0} max={3} value={q.decimals ?? ''} onChange={(v) => onChange({ ...q, decimals: numberOrUndefined(v) })} />
          </SimpleGrid>
        )}
        {q.type === 'SCALE' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('templateEditor.scaleLow')}
              value={q.scaleLabels?.low.ja ?? ''}
              onChange={(e) => onChange({ ...q, scaleLabels: { low: { ja: e.currentTarget.value }, high: q.scaleLabels?.high ?? { ja: '' } } })}
            />
            <TextInput
              label={t('templateEditor.scaleHigh')}
              value={q.scaleLabels?.high.ja ?? ''}
              onChange={(e) => onChange({ ...q, scaleLabels: { low: q.scaleLabels?.low ?? { ja: '' }, high: { ja: e.currentTarget.value } } })}
            />
          </SimpleGrid>
        )}
        {q.type === 'FREE_TEXT' && (
          <NumberInput label={t('templateEditor.maxLength')} min={1} max={4000} maw={200} value={q.maxLength ?? ''} onChange={(v) => onChange({ ...q, maxLength: numberOrUndefined(v) })} />
        )}
        {q.type === 'PRODUCT_RATINGS' && (
          <Text size="sm" c="dimmed">
            {t('templateEditor.productGridHint')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The buyer's own form with the edited content and two sample products; nothing is saved. */
function TemplatePreview({ content }: { content: EditableContent }) {
  const { t } = useTranslation();
  const form = useMemo<FormModel>(() => {
    const api = toContent(content);
    return {
      title: api.title,
      intro: api.intro,
      groups: api.groups,
      products: [1, 2].map((n) => ({ id: n, name: t('templateEditor.sampleProduct', { number: n }), firmId: 1, firmTradeName: t('templateEditor.sampleFirm'), taxIncluded: true })),
    };
  }, [content, t]);
  const [answers, setAnswers] = useState<Answers>({});
  const snapshot: SyncSnapshot<AnswerValue> = { answers, status: 'saved', unsent: 0, submitted: false, pendingChanges: false, submit: 'idle', restored: 0 };
  return (
    <Paper withBorder p={0} aria-label={t('templateEditor.previewTitle')} component="section">
      <Text fw={700} p="sm" bg="yellow.1">
        {t('templateEditor.previewTitle')}
      </Text>
      <AnswerForm
        form={form}
        snapshot={snapshot}
        embedded
        onChange={(key, value) =>
          setAnswers((current) => {
            const next = { ...current };
            if (value === undefined) delete next[key];
            else next[key] = value;
            return next;
          })
        }
        onSubmit={() => undefined}
      />
    </Paper>
  );
}
