import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Checkbox,
  Divider,
  Group,
  List,
  Modal,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import {
  allowedParentTypes,
  contentItemLabels,
  cooperationKindLabels,
  cooperationKinds,
  defaultAgreementRules,
  documentTypeLabels,
  documentTypes,
  entryStagesFor,
  ksddNatureLabels,
  ksddNatures,
  organizationKindLabels,
  organizationKinds,
  stageLabels,
  type AgreementRules,
  type ContentItemKey,
  type CooperationKind,
  type DocumentType,
  type OrganizationKind,
  type Stage,
} from '../../../domain/agreements';
import { displayName, regionByCode } from '../../../domain/regions';
import { sectorKeys } from '../../../domain/taxonomy/sectors';
import {
  confirmAgreement,
  createAgreement,
  createOrganization,
  getAgreement,
  getAgreementRules,
  updateAgreement,
  type AgreementDetailDto,
  type DuplicateCandidateDto,
  type IssueDto,
  type VersionConflictDetails,
} from '../../api/agreements';
import { ApiError } from '../../api/client';
import { listOpds } from '../../api/opds';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { RequireAuth } from '../../auth/RequireAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { usePageTitle } from '../../components/use-page-title';
import { apiErrorWithField } from '../../i18n/api-errors';
import { useT } from '../../i18n/context';
import { fieldPathLabel } from '../../i18n/field-label';
import {
  changedFormKeys,
  emptyForm,
  emptyParty,
  checkForm,
  formErrorsOf,
  formFromDetail,
  payloadFromForm,
  stagePatchOf,
  type FormState,
  type PartyForm,
  type SignatoryForm,
  type SignatoryIndex,
} from './form-model';
import { AgreementParties } from './AgreementParties';
import { ConflictAlert } from './ConflictAlert';
import { AgreementSelect } from './RemoteSelect';
import { useAgreementSession } from './session';
import { issueText, useFormatDate, useLabel, useSectorLabel } from './shared';
import { DateField } from '../../components/DateField';

/** Create (`/kerja-sama/baru`, `?parent=<KSB id>` for its PKS) or edit (`/kerja-sama/:id/ubah`). */
export function AgreementFormPage() {
  const { id } = useParams();
  return (
    <RequireAuth permission={id ? 'agreement:update' : 'agreement:create'}>
      <AgreementFormContent id={id} />
    </RequireAuth>
  );
}

function AgreementFormContent({ id }: { id: string | undefined }) {
  const [searchParams] = useSearchParams();
  const parentId = searchParams.get('parent');
  const session = useAgreementSession();
  const existing = useApiQuery(id ? ['agreement', id] : null, (signal) => getAgreement(id ?? '', signal));
  const parent = useApiQuery(!id && parentId ? ['agreement', parentId] : null, (signal) =>
    getAgreement(parentId ?? '', signal),
  );
  // The rule set in force (an administrator may have changed the checklists); the defaults if it fails.
  const rules = useApiQuery(['agreement-rules'], (signal) => getAgreementRules(signal));
  const t = useT();
  usePageTitle(id ? t('agr.form.editTitle') : t('agr.form.newTitle'));

  const error = existing.error ?? parent.error;
  const loading = session.loading || existing.loading || parent.loading || rules.loading;
  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label={t('agr.detail.breadcrumbs')} separatorMargin={6}>
        <Anchor component={Link} to="/kerja-sama">
          {t('agr.title')}
        </Anchor>
        {existing.data && (
          <Anchor component={Link} to={`/kerja-sama/${existing.data.id}`} lineClamp={1} maw={360}>
            {existing.data.title}
          </Anchor>
        )}
        <Text size="sm" c="dimmed" aria-current="page">
          {id ? t('agr.form.editTitle') : t('agr.form.newTitle')}
        </Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1}>{id ? t('agr.form.editTitle') : t('agr.form.newTitle')}</Title>
        <Text c="dimmed">{t('agr.form.intro')}</Text>
      </Stack>
      {error && <ApiErrorAlert error={error} />}
      {loading && !error && <Skeleton h={480} />}
      {!loading && !error && (
        <AgreementForm
          key={existing.data ? `${existing.data.id}:${existing.data.version}` : 'new'}
          existing={existing.data}
          parent={parent.data}
          ownRegionCode={session.user?.regionCode ?? null}
          canManageOrganizations={session.can('organization:manage')}
          canConfirm={session.can('agreement:confirm')}
          canPublish={
            existing.data
              ? existing.data.access.publish
              : session.user?.role === 'system_admin' || session.user?.role === 'region_admin'
          }
          canSetStage={session.can('agreement:transition')}
          rules={rules.data?.rules ?? defaultAgreementRules}
        />
      )}
    </Stack>
  );
}

function initialForm(
  existing: AgreementDetailDto | undefined,
  parent: AgreementDetailDto | undefined,
  ownRegionCode: string | null,
): FormState {
  if (existing) return formFromDetail(existing);
  const form = emptyForm(ownRegionCode);
  if (!parent) return form;
  // A PKS under a KSB: the same kind, parties and sectors; its own numbers, signatories and dates.
  const copied = formFromDetail(parent);
  return {
    ...form,
    kind: copied.kind,
    ksddNature: copied.ksddNature,
    documentType: 'perjanjian_kerja_sama',
    parentId: parent.id,
    parentLabel: parent.title,
    parties: copied.parties.map((party) => ({
      ...emptyParty(party.regionCode),
      kind: party.kind,
      organizationId: party.organizationId,
      organizationName: party.organizationName,
    })),
    sectors: copied.sectors,
    signingPlace: copied.signingPlace,
  };
}

type FormProps = {
  existing: AgreementDetailDto | undefined;
  parent: AgreementDetailDto | undefined;
  ownRegionCode: string | null;
  canManageOrganizations: boolean;
  /** The user may confirm their region's side (joining a partner's record confirms it). */
  canConfirm: boolean;
  /** Publication is the region administration's decision (an OPD officer cannot change it). */
  canPublish: boolean;
  /** Setting the stage on edit is a lifecycle step (agreement:transition). */
  canSetStage: boolean;
  rules: AgreementRules;
};

function AgreementForm({
  existing,
  parent,
  ownRegionCode,
  canManageOrganizations,
  canConfirm,
  canPublish,
  canSetStage,
  rules,
}: FormProps) {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  /** The stored form this edit started from: what the user changed is the difference to it. */
  const [base, setBase] = useState<FormState>(() => initialForm(existing, parent, ownRegionCode));
  const message = (issue: IssueDto) => issueText(t, issue, label);
  // The values as the user edits them; checked with the domain's schema on the request they make, the
  // issues placed at the form's fields in the UI's words (see formErrorsOf).
  const formState = useForm<FormState>({
    mode: 'controlled',
    initialValues: base,
    validate: (values) => {
      const { issues: found, signatoryIndex } = checkForm(values);
      return formErrorsOf(found, signatoryIndex, message);
    },
  });
  const form = formState.values;
  const [version, setVersion] = useState(existing?.version ?? 0);
  /** The issues of the last check or save: errors are listed above the form, and so are warnings. */
  const [issues, setIssues] = useState<IssueDto[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCandidateDto[] | null>(null);
  const [conflict, setConflict] = useState<VersionConflictDetails | null>(null);
  const [newOrganizationFor, setNewOrganizationFor] = useState<number | null>(null);
  const [joining, setJoining] = useState<string | null>(null);
  const [joinError, setJoinError] = useState<ApiError | null>(null);
  const topRef = useRef<HTMLDivElement>(null);

  const update = (changes: Partial<FormState>) => formState.setValues(changes);
  // The form's current values (updated at once, ahead of the render) so that quick edits add up.
  const updateParty = (index: number, changes: Partial<PartyForm>) =>
    formState.setValues({
      parties: formState
        .getValues()
        .parties.map((party, at) => (at === index ? { ...party, ...changes } : party)),
    });
  const updateSignatory = (partyIndex: number, index: number, changes: Partial<SignatoryForm>) =>
    formState.setValues({
      parties: formState.getValues().parties.map((party, at) =>
        at === partyIndex
          ? {
              ...party,
              signatories: party.signatories.map((signatory, inner) =>
                inner === index ? { ...signatory, ...changes } : signatory,
              ),
            }
          : party,
      ),
    });

  /** The error message of some fields of the form (errors only; warnings are listed above the form). */
  const fieldError = (...fields: string[]): ReactNode => {
    const found = fields.flatMap((field) => {
      const error = formState.errors[field];
      return typeof error === 'string' && error ? [error] : [];
    });
    return found.length > 0 ? [...new Set(found)].join('; ') : undefined;
  };
  /** Issues of a check or of the server's answer: listed above the form, and each at its field. */
  const showIssues = (found: IssueDto[], signatoryIndex: SignatoryIndex) => {
    setIssues(found);
    formState.setErrors(formErrorsOf(found, signatoryIndex, message));
  };
  const errorCount = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.filter((issue) => issue.severity === 'warning');

  const scrollTop = () => topRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });

  /** Saves the form, or `retry`: the form merged onto a newer version after a conflict (state lags). */
  const save = async (force = false, retry?: { form: FormState; version: number }) => {
    setFailure(null);
    const values = retry?.form ?? formState.getValues();
    const { body, signatoryIndex } = payloadFromForm(values);
    // The form's check sets each field's error; an issue of no field (the whole record) blocks too.
    const { hasErrors } = formState.validate();
    const { issues: found } = checkForm(values);
    if (hasErrors || found.length > 0) {
      setIssues(found);
      scrollTop();
      return;
    }
    setSaving(true);
    try {
      const saved = existing
        ? await updateAgreement(existing.id, {
            ...withoutCreateOnly(body),
            ...stagePatchOf(base, values),
            version: retry?.version ?? version,
          })
        : await createAgreement(body, force);
      await invalidate(['agreement', saved.id]);
      void navigate(`/kerja-sama/${saved.id}`, { state: { warnings: saved.warnings } });
    } catch (cause) {
      handleSaveError(cause, signatoryIndex);
    } finally {
      setSaving(false);
    }
  };

  const handleSaveError = (cause: unknown, signatoryIndex: SignatoryIndex) => {
    if (!(cause instanceof ApiError)) {
      setFailure(cause as ApiError);
      return;
    }
    if (cause.code === 'RULE_VIOLATION' && Array.isArray(cause.details)) {
      showIssues(cause.details as IssueDto[], signatoryIndex);
      scrollTop();
      return;
    }
    if (cause.code === 'DUPLICATE_SUSPECTED') {
      const details = cause.details as { candidates?: DuplicateCandidateDto[] } | undefined;
      setDuplicates(details?.candidates ?? []);
      return;
    }
    if (cause.code === 'VERSION_CONFLICT' && cause.details) {
      setConflict(cause.details as VersionConflictDetails);
      scrollTop();
      return;
    }
    showIssues([], []);
    setFailure(cause);
    scrollTop();
  };

  /**
   * After a conflict: load the newer version, and either drop the user's edits or put them on top of it
   * (only the fields the user changed, so the other person's changes elsewhere stay) and save again.
   */
  const resolveConflict = (keepMine: boolean) => {
    if (!conflict) return;
    const fresh = formFromDetail(conflict.current);
    const mine = changedFormKeys(base, form);
    const next = (
      keepMine ? { ...fresh, ...Object.fromEntries(mine.map((key) => [key, form[key]])) } : fresh
    ) as FormState;
    formState.setValues(next);
    setBase(fresh);
    setVersion(conflict.currentVersion);
    setConflict(null);
    showIssues([], []);
    if (keepMine) void save(false, { form: next, version: conflict.currentVersion });
  };
  /** The API fields the user changed (a party's signatories are edited under the party). */
  const mineFields = new Set(
    changedFormKeys(base, form).flatMap((key) =>
      key === 'parties' ? ['parties', 'signatories'] : key === 'parentLabel' ? [] : [key],
    ),
  );

  /**
   * Joins a record a partner already entered instead of creating a duplicate: confirms the user's side
   * when their region is a party that has not confirmed yet, then opens the record.
   */
  const join = async (candidate: DuplicateCandidateDto) => {
    const own = candidate.parties.find(
      (party) => party.regionCode !== null && party.regionCode === ownRegionCode,
    );
    setJoining(candidate.id);
    setJoinError(null);
    try {
      if (own && !own.confirmed && canConfirm) await confirmAgreement(candidate.id);
      void navigate(`/kerja-sama/${candidate.id}`);
    } catch (cause) {
      setJoinError(cause as ApiError);
    } finally {
      setJoining(null);
    }
  };

  const parentTypes = allowedParentTypes[form.documentType];
  const entryStages = entryStagesFor(form.documentType);
  // Items the structured fields cannot show (the others follow from what is filled in).
  const checklist = (rules.contentChecklists[form.documentType] ?? []).filter((key) =>
    flagOnlyContent.has(key),
  );
  const sectorOptions = sectorKeys
    .map((key) => ({ value: key, label: sectorLabel(key) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  const generalError = (fields: string[]) => fieldError(...fields);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      data-testid="agreement-form"
    >
      <Stack gap="lg">
        <div ref={topRef} />
        {conflict && (
          <ConflictAlert
            conflict={conflict}
            mine={mineFields}
            saving={saving}
            onRetry={() => resolveConflict(true)}
            onDiscard={() => resolveConflict(false)}
          />
        )}
        {failure && <ApiErrorAlert error={failure} />}
        {errorCount > 0 && (
          <Alert color="red" title={t('agr.form.errors', { count: errorCount })} data-testid="form-errors">
            <List size="sm">
              {issues
                .filter((issue) => issue.severity === 'error')
                .map((issue, index) => (
                  <List.Item key={index}>
                    {issueText(t, issue, label)}
                    {fieldPathLabel(t, issue.field) ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({fieldPathLabel(t, issue.field)})
                      </Text>
                    ) : null}
                  </List.Item>
                ))}
            </List>
          </Alert>
        )}
        {warnings.length > 0 && (
          <Alert color="yellow" title={t('agr.form.warnings')} data-testid="form-warnings">
            <List size="sm">
              {warnings.map((issue, index) => (
                <List.Item key={index}>{issueText(t, issue, label)}</List.Item>
              ))}
            </List>
          </Alert>
        )}

        <Section title={t('agr.form.section.kind')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('agr.form.kind')}
              required
              data={cooperationKinds.map((kind) => ({
                value: kind,
                label: `${cooperationKindLabels[kind].short} · ${label(cooperationKindLabels[kind])}`,
              }))}
              value={form.kind}
              onChange={(value) =>
                value &&
                update({
                  kind: value as CooperationKind,
                  ksddNature: value === 'ksdd' ? form.ksddNature : '',
                })
              }
              allowDeselect={false}
              error={generalError(['kind'])}
              data-testid="field-kind"
            />
            {form.kind === 'ksdd' ? (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="ksdd-nature-label">
                  {t('agr.form.ksddNature')}
                </Text>
                <SegmentedControl
                  aria-labelledby="ksdd-nature-label"
                  data={ksddNatures.map((nature) => ({
                    value: nature,
                    label: label(ksddNatureLabels[nature]),
                  }))}
                  value={form.ksddNature || ''}
                  onChange={(value) => update({ ksddNature: value as 'wajib' | 'sukarela' })}
                  data-testid="field-ksddNature"
                />
                {generalError(['ksddNature']) && (
                  <Text size="xs" c="red">
                    {fieldError('ksddNature')}
                  </Text>
                )}
              </Stack>
            ) : (
              <div />
            )}
            <Select
              label={t('agr.form.documentType')}
              required
              data={documentTypes.map((type) => ({
                value: type,
                label: `${documentTypeLabels[type].short} · ${label(documentTypeLabels[type])}`,
              }))}
              value={form.documentType}
              onChange={(value) => {
                if (!value) return;
                const type = value as DocumentType;
                update({
                  documentType: type,
                  ...(allowedParentTypes[type] === null ? { parentId: null, parentLabel: null } : {}),
                  entryStage: '',
                });
              }}
              allowDeselect={false}
              error={generalError(['documentType'])}
              data-testid="field-documentType"
            />
            {parentTypes ? (
              <AgreementSelect
                label={t('agr.form.parent')}
                description={t('agr.form.parentHint')}
                placeholder={t('agr.form.parentSearch')}
                required
                documentTypes={parentTypes}
                excludeId={existing?.id}
                value={form.parentId}
                selectedLabel={form.parentLabel}
                onChange={(value, option) => update({ parentId: value, parentLabel: option?.label ?? null })}
                clearable
                error={generalError(['parentId'])}
                data-testid="field-parent"
              />
            ) : (
              <div />
            )}
          </SimpleGrid>
          <Textarea
            label={t('agr.form.title')}
            placeholder={t('agr.form.titlePlaceholder')}
            required
            autosize
            minRows={2}
            value={form.title}
            onChange={(event) => update({ title: event.currentTarget.value })}
            error={generalError(['title'])}
            data-testid="field-title"
          />
          {(!existing || canSetStage) && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={existing ? t('agr.form.stage') : t('agr.form.entryStage')}
                description={existing ? t('agr.form.stageHint') : t('agr.form.entryStageHint')}
                data={entryStages.map((stage: Stage) => ({ value: stage, label: label(stageLabels[stage]) }))}
                placeholder={t('agr.form.entryStageAuto')}
                value={form.entryStage || null}
                onChange={(value) =>
                  update({ entryStage: (value as Stage | null) ?? '', entryStageDate: '' })
                }
                clearable={!existing}
                allowDeselect={!existing}
                error={generalError(['entryStage', 'stage'])}
                data-testid="field-entryStage"
              />
              {form.entryStage && (
                <DateField
                  label={t('agr.form.entryStageDate')}
                  description={t('agr.form.entryStageDateHint')}
                  value={form.entryStageDate}
                  onChange={(value) => update({ entryStageDate: value })}
                  error={generalError(['entryStageDate', 'stageDate'])}
                  data-testid="field-entryStageDate"
                />
              )}
            </SimpleGrid>
          )}
        </Section>

        <Section title={t('agr.form.section.parties')} error={generalError(['parties'])}>
          <AgreementParties
            form={form}
            onPartyChange={updateParty}
            onSignatoryChange={updateSignatory}
            onRemoveParty={(index) => update({ parties: form.parties.filter((_, at) => at !== index) })}
            onAddOrganization={setNewOrganizationFor}
            canManageOrganizations={canManageOrganizations}
            fieldError={(field) => generalError([field])}
            footer={
              <Group>
                <Button
                  variant="light"
                  onClick={() => update({ parties: [...form.parties, emptyParty()] })}
                  data-testid="add-party"
                >
                  {t('agr.form.addParty')}
                </Button>
              </Group>
            }
          />
        </Section>

        <Section title={t('agr.form.section.signing')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <DateField
              label={t('agr.form.signingDate')}
              value={form.signingDate}
              onChange={(value) => update({ signingDate: value })}
              error={generalError(['signingDate'])}
              data-testid="field-signingDate"
            />
            <TextInput
              label={t('agr.form.signingPlace')}
              value={form.signingPlace}
              onChange={(event) => update({ signingPlace: event.currentTarget.value })}
              error={generalError(['signingPlace'])}
              data-testid="field-signingPlace"
            />
            <DateField
              label={t('agr.form.validFrom')}
              value={form.validFrom}
              onChange={(value) => update({ validFrom: value })}
              error={generalError(['validFrom'])}
              data-testid="field-validFrom"
            />
            <DateField
              label={t('agr.form.validUntil')}
              value={form.validUntil}
              onChange={(value) => update({ validUntil: value })}
              error={generalError(['validUntil'])}
              data-testid="field-validUntil"
            />
          </SimpleGrid>
        </Section>

        <Section title={t('agr.form.section.content')}>
          <MultiSelect
            label={t('agr.form.sectors')}
            placeholder={form.sectors.length === 0 ? t('agr.form.sectorsPlaceholder') : undefined}
            data={sectorOptions}
            value={form.sectors}
            onChange={(value) => update({ sectors: value })}
            searchable
            hidePickedOptions
            error={generalError(['sectors', ...form.sectors.map((_, index) => `sectors.${index}`)])}
            data-testid="field-sectors"
          />
          <Textarea
            label={t('agr.form.purpose')}
            autosize
            minRows={2}
            value={form.purpose}
            onChange={(event) => update({ purpose: event.currentTarget.value })}
            error={generalError(['purpose'])}
            data-testid="field-purpose"
          />
          <Textarea
            label={t('agr.form.objectScope')}
            autosize
            minRows={2}
            value={form.objectScope}
            onChange={(event) => update({ objectScope: event.currentTarget.value })}
            error={generalError(['objectScope'])}
            data-testid="field-objectScope"
          />
          <Textarea
            label={t('agr.form.notes')}
            autosize
            minRows={2}
            value={form.notes}
            onChange={(event) => update({ notes: event.currentTarget.value })}
            error={generalError(['notes'])}
            data-testid="field-notes"
          />
        </Section>

        <Section title={t('agr.form.section.checklist')}>
          <Text size="sm" c="dimmed">
            {t('agr.form.contentHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
            {checklist.map((key) => (
              <Checkbox
                key={key}
                label={label(contentItemLabels[key])}
                checked={form.content[key] === true}
                onChange={(event) =>
                  update({ content: { ...form.content, [key]: event.currentTarget.checked } })
                }
                data-testid={`content-${key}`}
              />
            ))}
          </SimpleGrid>
          <Divider />
          <Text size="sm" c="dimmed">
            {t('agr.form.dprdHint')}
          </Text>
          <Stack gap="xs">
            <Checkbox
              label={t('agr.form.burdensCommunity')}
              checked={form.burdensCommunity}
              onChange={(event) => update({ burdensCommunity: event.currentTarget.checked })}
              data-testid="field-burdensCommunity"
            />
            <Checkbox
              label={t('agr.form.fundingNotInCurrentApbd')}
              checked={form.fundingNotInCurrentApbd}
              onChange={(event) => update({ fundingNotInCurrentApbd: event.currentTarget.checked })}
              data-testid="field-fundingNotInCurrentApbd"
            />
          </Stack>
          <ResponsibleOpdSelect
            regionCodes={form.parties.flatMap((party) =>
              party.kind === 'region' && party.regionCode ? [party.regionCode] : [],
            )}
            value={form.responsibleOpds}
            onChange={(responsibleOpds) => update({ responsibleOpds })}
            error={generalError([
              'responsibleOpdIds',
              ...form.responsibleOpds.map((_, index) => `responsibleOpdIds.${index}`),
            ])}
          />
          <Divider />
          <Switch
            label={t('agr.form.published')}
            disabled={!canPublish}
            checked={form.published}
            onChange={(event) => update({ published: event.currentTarget.checked })}
            data-testid="field-published"
          />
        </Section>

        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            component={Link}
            to={existing ? `/kerja-sama/${existing.id}` : '/kerja-sama'}
          >
            {t('agr.form.cancel')}
          </Button>
          <Button type="submit" loading={saving} data-testid="agreement-save">
            {existing ? t('agr.form.save') : t('agr.form.create')}
          </Button>
        </Group>
      </Stack>

      <Modal
        opened={duplicates !== null}
        onClose={() => setDuplicates(null)}
        title={t('agr.form.duplicate.title')}
        size="lg"
        data-testid="duplicate-dialog"
      >
        <Stack gap="md">
          <Text size="sm">{t('agr.form.duplicate.text')}</Text>
          {joinError && <ApiErrorAlert error={joinError} />}
          {(duplicates ?? []).map((candidate) => (
            <Paper key={candidate.id} withBorder p="sm" data-testid="duplicate-candidate">
              <Stack gap={4}>
                <Text fw={500}>{candidate.title}</Text>
                <Text size="sm" c="dimmed">
                  {candidate.parties.map((party) => party.name).join(' · ')}
                  {candidate.signingDate ? ` · ${formatDate(candidate.signingDate)}` : ''}
                </Text>
                {candidate.parties.some((party) => party.confirmed) && (
                  <Text size="xs" c="green.8">
                    {t('agr.form.duplicate.confirmedBy', {
                      parties: candidate.parties
                        .filter((party) => party.confirmed)
                        .map((party) => party.name)
                        .join(', '),
                    })}
                  </Text>
                )}
                <Group gap="xs">
                  <Button
                    size="xs"
                    loading={joining === candidate.id}
                    onClick={() => void join(candidate)}
                    data-testid="duplicate-join"
                  >
                    {t('agr.form.duplicate.join')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    component={Link}
                    to={`/kerja-sama/${candidate.id}`}
                    data-testid="duplicate-open"
                  >
                    {t('agr.form.duplicate.open')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ))}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setDuplicates(null);
                void save(true);
              }}
              data-testid="duplicate-force"
            >
              {t('agr.form.duplicate.force')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <NewOrganizationModal
        key={newOrganizationFor ?? 'closed'}
        opened={newOrganizationFor !== null}
        onClose={() => setNewOrganizationFor(null)}
        onCreated={(organization) => {
          if (newOrganizationFor !== null)
            updateParty(newOrganizationFor, {
              kind: 'organization',
              organizationId: organization.id,
              organizationName: organization.name,
              regionCode: null,
            });
          setNewOrganizationFor(null);
        }}
      />
    </form>
  );
}

const flagOnlyContent = new Set<ContentItemKey>([
  'followUp',
  'termination',
  'forceMajeure',
  'disputeSettlement',
  'review',
]);

function withoutCreateOnly(body: ReturnType<typeof payloadFromForm>['body']) {
  const { entryStage: _entryStage, entryStageDate: _entryStageDate, ...rest } = body;
  return rest;
}

function Section({ title, error, children }: { title: string; error?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

function NewOrganizationModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (organization: { id: string; name: string }) => void;
}) {
  const t = useT();
  const label = useLabel();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('perusahaan');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened={opened} onClose={onClose} title={t('agr.form.newOrganization.title')}>
      <Stack gap="sm">
        <TextInput
          label={t('agr.form.newOrganization.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Select
          label={t('agr.form.newOrganization.kind')}
          data={organizationKinds.map((value) => ({ value, label: label(organizationKindLabels[value]) }))}
          value={kind}
          onChange={(value) => value && setKind(value as OrganizationKind)}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button
            loading={saving}
            onClick={() => {
              setSaving(true);
              createOrganization({ name: name.trim(), kind })
                .then(onCreated, (cause: unknown) => setError(apiErrorWithField(t, cause)))
                .finally(() => setSaving(false));
            }}
          >
            {t('agr.form.newOrganization.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * The OPD pelaksana: a multi-select of the OPD of the party regions, grouped by region. A chosen OPD
 * whose region stops being a party is neither shown nor sent (see responsibleOpdIdsOf).
 */
function ResponsibleOpdSelect({
  regionCodes,
  value,
  onChange,
  error,
}: {
  regionCodes: string[];
  value: FormState['responsibleOpds'];
  onChange: (opds: FormState['responsibleOpds']) => void;
  error: ReactNode;
}) {
  const t = useT();
  const codes = [...new Set(regionCodes)].sort();
  const opds = useApiQuery(codes.length > 0 ? ['opds', 'of-regions', codes] : null, (signal) =>
    Promise.all(codes.map((code) => listOpds(code, signal))).then((lists) =>
      lists.flatMap((list) => list.items),
    ),
  );
  const available = codes.length > 0 ? (opds.data ?? []) : [];
  const groups = codes
    .map((code) => {
      const region = regionByCode(code);
      return {
        group: region ? displayName(region) : code,
        items: available
          .filter((opd) => opd.regionCode === code)
          .map((opd) => ({
            value: opd.id,
            label: opd.abbreviation ? `${opd.name} (${opd.abbreviation})` : opd.name,
          })),
      };
    })
    .filter((group) => group.items.length > 0);
  const regionOf = new Map([
    ...value.map((opd) => [opd.id, opd.regionCode] as const),
    ...available.map((opd) => [opd.id, opd.regionCode] as const),
  ]);
  const shown = value.filter((opd) => codes.includes(opd.regionCode)).map((opd) => opd.id);
  const loaded = codes.length === 0 || opds.data !== undefined;
  return (
    <MultiSelect
      label={t('agr.form.responsibleOpds')}
      description={t('agr.form.responsibleOpdsHint')}
      placeholder={loaded && groups.length === 0 ? t('agr.form.responsibleOpdsNone') : undefined}
      data={groups}
      value={shown}
      onChange={(ids) =>
        onChange(ids.flatMap((id) => (regionOf.has(id) ? [{ id, regionCode: regionOf.get(id)! }] : [])))
      }
      searchable
      hidePickedOptions
      error={error}
      data-testid="field-responsibleOpds"
    />
  );
}
