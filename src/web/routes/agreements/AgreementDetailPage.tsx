import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  List,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import {
  actingKindLabels,
  cooperationKindLabels,
  financingSourceLabels,
  isActiveStage,
  ksddNatureLabels,
  officeLabels,
  type FinancingSource,
} from '../../../domain/agreements';
import {
  confirmAgreement,
  deleteAgreement,
  getAgreement,
  restoreAgreement,
  type AgreementDetailDto,
  type IssueDto,
} from '../../api/agreements';
import type { ApiError } from '../../api/client';
import { useDeleteRecord, useRecordChange } from '../../api/record-mutations';
import { useApiQuery } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AuditHistory } from '../../components/AuditHistory';
import { ProgramsSection } from '../programs/ProgramsSection';
import { LinkedRecords } from '../../components/LinkedRecords';
import { usePageTitle } from '../../components/use-page-title';
import { displayName, regionByCode } from '../../../domain/regions';
import { useLang, useT } from '../../i18n/context';
import { localeOf } from '../../i18n/translate';
import { DocumentsPanel } from './DocumentsPanel';
import { LifecyclePanel } from './LifecyclePanel';
import { HealthSummary } from '../monitoring/HealthBadge';
import { PendingChangesPanel } from '../../components/PendingChangesPanel';
import { useAgreementSession, type AgreementSession } from './session';
import {
  ActingBadge,
  Card,
  ConfirmationText,
  DocumentTypeBadge,
  StatusBadge,
  issueText,
  useFormatDate,
  useLabel,
  useSectorLabel,
} from './shared';
import { AgreementTimeline } from './AgreementTimeline';
import { AgreementSourcesPanel } from '../ingest/SourcesPanel';
import { ActionsSection } from '../actions/ActionsSection';
import { EvaluationsSection } from '../evaluations/EvaluationsSection';

/** One agreement: parties and confirmations, content, lifecycle, documents, timeline and history. */
export function AgreementDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const agreement = useApiQuery(['agreement', id], (signal) => getAgreement(id, signal));
  const session = useAgreementSession();
  const shown = agreement.data ?? (agreement.loading ? agreement.lastData : undefined);
  const notFound = agreement.error?.status === 404 || agreement.error?.status === 400;
  usePageTitle(shown?.title ?? (notFound ? t('agr.detail.notFound.title') : undefined));

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label={t('agr.detail.breadcrumbs')} separatorMargin={6}>
        <Anchor component={Link} to="/kerja-sama">
          {t('agr.title')}
        </Anchor>
        <Text size="sm" c="dimmed" aria-current="page" lineClamp={1} maw={480}>
          {shown?.title ?? '…'}
        </Text>
      </Breadcrumbs>
      {notFound && <NotFound id={id} session={session} />}
      {agreement.error && !notFound && <ApiErrorAlert error={agreement.error} />}
      {!shown && !agreement.error && <DetailSkeleton />}
      {shown && !agreement.error && <AgreementDetail agreement={shown} session={session} />}
    </Stack>
  );
}

function AgreementDetail({
  agreement,
  session,
}: {
  agreement: AgreementDetailDto;
  session: AgreementSession;
}) {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const location = useLocation();
  const savedWarnings = (location.state as { warnings?: IssueDto[] } | null)?.warnings ?? [];
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  // Each refetches the agreement, what is read under it (documents, evaluations...) and its lists.
  const confirmation = useRecordChange('agreement', agreement.id, confirmAgreement);
  const deletion = useDeleteRecord('agreement', agreement.id, deleteAgreement);

  const ownRegion = session.user?.regionCode ?? null;
  const canConfirm =
    session.can('agreement:confirm') &&
    ownRegion !== null &&
    agreement.pendingConfirmations.includes(ownRegion);
  const ownConfirmed =
    ownRegion !== null &&
    agreement.parties.some((party) => party.regionCode === ownRegion && party.confirmedAt !== null);
  const isParty = ownRegion !== null && agreement.partyRegionCodes.includes(ownRegion);
  const isSystemAdmin = session.user?.role === 'system_admin';
  // The server's policy answers per record (an OPD officer edits only their OPD's live records).
  const canEdit = agreement.access.update;
  const canDelete = session.can('agreement:delete') && (isParty || isSystemAdmin);
  const warnings = agreement.issues.filter((issue) => issue.severity === 'warning');
  const missing = agreement.checklist.filter((item) => !item.present);
  const hasPerPartyContent = agreement.parties.some(
    (party) => party.rights.length > 0 || party.obligations.length > 0 || party.financing !== null,
  );

  const confirm = () => {
    setActionError(null);
    confirmation.mutate(agreement.id, { onError: setActionError });
  };

  return (
    <Stack gap="lg" data-testid="agreement-detail" data-id={agreement.id}>
      <Stack gap="xs">
        <Group gap="xs">
          <DocumentTypeBadge type={agreement.documentType} size="lg" />
          <Badge variant="outline" color="gray" radius="sm" size="lg" tt="none">
            {cooperationKindLabels[agreement.kind].short}
            {agreement.ksddNature ? ` · ${label(ksddNatureLabels[agreement.ksddNature])}` : ''}
          </Badge>
          <StatusBadge status={agreement.effectiveStatus} size="lg" />
          {agreement.actingSignatory && <ActingBadge size="lg" />}
        </Group>
        <Title order={1} size="h2" data-testid="agreement-title">
          {agreement.title}
        </Title>
        <Group justify="space-between" gap="sm" align="center">
          <ConfirmationText confirmations={agreement.confirmations} />
          <Group gap="xs">
            {canConfirm && (
              <Button onClick={confirm} loading={confirmation.isPending} data-testid="agreement-confirm">
                {t('agr.detail.confirm')}
              </Button>
            )}
            {canEdit && (
              <Button
                variant="default"
                component={Link}
                to={`/kerja-sama/${agreement.id}/ubah`}
                data-testid="agreement-edit"
              >
                {t('agr.detail.edit')}
              </Button>
            )}
            {canDelete && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => setDeleteOpen(true)}
                data-testid="agreement-delete"
              >
                {t('agr.detail.delete')}
              </Button>
            )}
          </Group>
        </Group>
        {ownConfirmed && !canConfirm && isParty && (
          <Text size="sm" c="green.8" data-testid="agreement-confirmed-own">
            {t('agr.detail.confirmDone')}
          </Text>
        )}
      </Stack>

      {actionError && <ApiErrorAlert error={actionError} />}
      <PendingChangesPanel
        recordType="agreement"
        recordId={agreement.id}
        pendingChanges={agreement.pendingChanges}
        ownRegion={ownRegion}
        listPath="/kerja-sama"
      />
      {(warnings.length > 0 || savedWarnings.length > 0) && (
        <Alert color="yellow" title={t('agr.detail.warnings')} data-testid="agreement-warnings">
          <List size="sm">
            {[...new Set([...warnings, ...savedWarnings].map((issue) => issueText(t, issue, label)))].map(
              (text) => (
                <List.Item key={text}>{text}</List.Item>
              ),
            )}
          </List>
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card title={t('agr.detail.parties')} testId="agreement-parties">
              <Stack gap="md">
                {agreement.parties.map((party) => {
                  const signatories = agreement.signatories.filter((s) => s.partyKey === party.key);
                  return (
                    <Paper
                      key={party.id}
                      withBorder
                      p="sm"
                      data-testid="agreement-party"
                      data-key={party.key}
                    >
                      <Group justify="space-between" align="flex-start" gap="xs">
                        <Stack gap={2}>
                          {party.regionCode ? (
                            <Anchor component={Link} to={`/wilayah/${party.regionCode}`} fw={600}>
                              {party.name}
                            </Anchor>
                          ) : (
                            <Text fw={600}>{party.name}</Text>
                          )}
                          <Text size="sm" c={party.documentNumber ? undefined : 'dimmed'}>
                            {party.documentNumber
                              ? `${t('agr.detail.documentNumber')}: ${party.documentNumber}`
                              : t('agr.detail.noNumber')}
                          </Text>
                        </Stack>
                        {party.kind === 'region' && (
                          <Badge
                            variant="light"
                            color={party.confirmedAt ? 'green' : 'gray'}
                            radius="sm"
                            tt="none"
                            data-testid="party-confirmation"
                          >
                            {party.confirmedAt ? t('agr.detail.confirmed') : t('agr.detail.notConfirmed')}
                          </Badge>
                        )}
                      </Group>
                      {signatories.length > 0 && (
                        <Stack gap={4} mt="xs">
                          {signatories.map((signatory) => (
                            <Text size="sm" key={signatory.id} data-testid="agreement-signatory">
                              <Text span fw={500}>
                                {signatory.name}
                              </Text>
                              {' · '}
                              {[
                                actingKindLabels[signatory.actingKind].prefix,
                                label(officeLabels[signatory.office]),
                              ]
                                .filter(Boolean)
                                .join(' ')}
                              {signatory.position ? ` (${signatory.position})` : ''}
                              {signatory.actingKind !== 'definitif' && (
                                <Badge ml={6} size="xs" color="orange" variant="light" radius="sm" tt="none">
                                  {label(actingKindLabels[signatory.actingKind])}
                                </Badge>
                              )}
                              {signatory.mandate && (
                                <Text span size="xs" c="dimmed" display="block">
                                  {t('agr.detail.mandate', {
                                    number: signatory.mandate.number,
                                    date: formatDate(signatory.mandate.date),
                                  })}
                                </Text>
                              )}
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Paper>
                  );
                })}
              </Stack>
            </Card>

            <Card title={t('agr.form.section.content')}>
              <Stack gap="md" component="dl" m={0}>
                <Field label={t('agr.detail.sectors')}>
                  {agreement.sectors.length > 0 ? (
                    <Group gap={6} mt={4}>
                      {agreement.sectors.map((sector) => (
                        <Badge key={sector} variant="light" color="gray" radius="sm" tt="none">
                          {sectorLabel(sector)}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    <Dimmed>{t('agr.detail.nothing')}</Dimmed>
                  )}
                </Field>
                <Field label={t('agr.detail.purpose')}>
                  <Paragraph text={agreement.purpose} />
                </Field>
                <Field label={t('agr.detail.objectScope')}>
                  <Paragraph text={agreement.objectScope} />
                </Field>
                {agreement.notes && (
                  <Field label={t('agr.detail.notes')}>
                    <Paragraph text={agreement.notes} />
                  </Field>
                )}
              </Stack>
            </Card>

            <Card title={t('agr.detail.perParty')}>
              {!hasPerPartyContent && <Dimmed>{t('agr.detail.nothing')}</Dimmed>}
              <Stack gap="md" display={hasPerPartyContent ? undefined : 'none'}>
                {agreement.parties.map((party) => (
                  <Stack key={party.id} gap={4}>
                    <Text fw={600} size="sm">
                      {party.name}
                    </Text>
                    <PartyList title={t('agr.detail.rights')} items={party.rights} />
                    <PartyList title={t('agr.detail.obligations')} items={party.obligations} />
                    <Text size="sm">
                      <Text span c="dimmed">
                        {t('agr.detail.financing')}:{' '}
                      </Text>
                      {party.financing ? (
                        <FinancingText financing={party.financing} />
                      ) : (
                        t('agr.detail.nothing')
                      )}
                    </Text>
                  </Stack>
                ))}
              </Stack>
            </Card>

            <DocumentsPanel agreement={agreement} canUpload={agreement.access.uploadDocuments} />
            <ActionsSection
              parentType="agreement"
              parentId={agreement.id}
              partyRegionCodes={agreement.partyRegionCodes}
            />
            <AgreementTimeline agreement={agreement} />
            <AgreementSourcesPanel agreementId={agreement.id} />
            <EvaluationsSection agreementId={agreement.id} />
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Paper withBorder p="md">
              <HealthSummary health={agreement.health} reasons={agreement.healthReasons} />
            </Paper>
            <LifecyclePanel
              agreement={agreement}
              canTransition={session.can('agreement:transition') && (isParty || isSystemAdmin)}
            />
            <Card title={t('agr.detail.responsibleOpds')} testId="agreement-responsible-opds">
              {agreement.responsibleOpds.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('agr.detail.noResponsibleOpds')}
                </Text>
              ) : (
                <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                  {agreement.responsibleOpds.map((opd) => {
                    const region = regionByCode(opd.regionCode);
                    return (
                      <Text component="li" size="sm" key={opd.id} data-testid="agreement-responsible-opd">
                        {opd.abbreviation ? `${opd.name} (${opd.abbreviation})` : opd.name}
                        <Text component="span" size="xs" c="dimmed">
                          {' '}
                          · {region ? displayName(region) : opd.regionCode}
                        </Text>
                      </Text>
                    );
                  })}
                </Stack>
              )}
            </Card>
            <Card title={t('agr.detail.dates')}>
              <Stack gap="sm" component="dl" m={0}>
                <Field label={t('agr.detail.signingDate')}>
                  <span data-testid="agreement-signing-date">{formatDate(agreement.signingDate)}</span>
                </Field>
                <Field label={t('agr.detail.signingPlace')}>{agreement.signingPlace ?? '—'}</Field>
                <Field label={t('agr.detail.validity')}>
                  {agreement.validFrom || agreement.validUntil
                    ? t('agr.detail.validityRange', {
                        from: formatDate(agreement.validFrom),
                        until: formatDate(agreement.validUntil),
                      })
                    : '—'}
                  {/* A terminated or extended agreement no longer counts down to its end date. */}
                  {agreement.daysUntilExpiry !== null &&
                    (isActiveStage(agreement.stage) || agreement.stage === 'berakhir') && (
                      <Text
                        span
                        size="xs"
                        c={agreement.daysUntilExpiry < 0 ? 'red' : 'dimmed'}
                        display="block"
                        data-testid="agreement-days-left"
                      >
                        {agreement.daysUntilExpiry < 0
                          ? t('agr.detail.expiredDays', { days: -agreement.daysUntilExpiry })
                          : t('agr.detail.daysLeft', { days: agreement.daysUntilExpiry })}
                      </Text>
                    )}
                </Field>
                <Field label={t('agr.detail.kind')}>{label(cooperationKindLabels[agreement.kind])}</Field>
              </Stack>
            </Card>

            <Card
              title={t('agr.detail.checklist')}
              aside={
                <Badge
                  color={missing.length === 0 ? 'green' : 'orange'}
                  variant="light"
                  radius="sm"
                  tt="none"
                  data-testid="checklist-summary"
                >
                  {missing.length === 0
                    ? t('agr.detail.checklistComplete')
                    : t('agr.detail.checklistMissing', { count: missing.length })}
                </Badge>
              }
            >
              <Stack gap={6} data-testid="agreement-checklist">
                {agreement.checklist.map((item) => (
                  <Group key={item.key} gap="xs" wrap="nowrap" data-present={item.present}>
                    <ThemeIcon size="sm" radius="xl" color={item.present ? 'green' : 'gray'} variant="light">
                      <Text span size="xs">
                        {item.present ? '✓' : '–'}
                      </Text>
                    </ThemeIcon>
                    <Text size="sm" c={item.present ? undefined : 'dimmed'}>
                      {label(item.label)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Card>

            <Card title={t('agr.detail.family')} testId="agreement-family">
              <Stack gap="sm">
                {agreement.parent && (
                  <Stack gap={4}>
                    <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                      {t('agr.detail.parent')}
                    </Text>
                    <FamilyLink item={agreement.parent} />
                  </Stack>
                )}
                <Stack gap={4}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {t('agr.detail.children')}
                  </Text>
                  {agreement.children.length === 0 && (
                    <Text size="sm" c="dimmed">
                      {t('agr.detail.noChildren')}
                    </Text>
                  )}
                  {agreement.children.map((child) => (
                    <FamilyLink key={child.id} item={child} />
                  ))}
                  {agreement.followUpStatus !== 'not_applicable' && (
                    <Badge
                      variant="light"
                      radius="sm"
                      tt="none"
                      color={
                        agreement.followUpStatus === 'overdue'
                          ? 'red'
                          : agreement.followUpStatus === 'pending'
                            ? 'yellow'
                            : 'green'
                      }
                    >
                      {t(`agr.detail.pksStatus.${agreement.followUpStatus}`)}
                    </Badge>
                  )}
                </Stack>
                {/* A closed KSB takes no new PKS; its badge above still shows whether it ever had one. */}
                {agreement.documentType === 'kesepakatan_bersama' &&
                  isActiveStage(agreement.stage) &&
                  session.can('agreement:create') &&
                  isParty && (
                    <Button
                      variant="light"
                      size="xs"
                      component={Link}
                      to={`/kerja-sama/baru?parent=${agreement.id}`}
                      data-testid="agreement-add-pks"
                    >
                      {t('agr.detail.addChild')}
                    </Button>
                  )}
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>

      <ProgramsSection parentType="agreement" parentId={agreement.id} />
      <LinkedRecords type="agreement" id={agreement.id} />

      {session.can('audit:read') && (
        <Paper withBorder p="md" data-testid="agreement-audit">
          {/* Keyed by what changes the record: the history reloads after each change. */}
          <AuditHistory
            key={`${agreement.version}:${agreement.confirmations.confirmed}:${agreement.documents.length}`}
            entityType="agreement"
            entityId={agreement.id}
            title={t('agr.audit.title')}
          />
        </Paper>
      )}

      <Modal opened={deleteOpen} onClose={() => setDeleteOpen(false)} title={t('agr.detail.delete')}>
        <Stack>
          <Text size="sm">{t('agr.detail.deleteConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleteOpen(false)}>
              {t('agr.form.cancel')}
            </Button>
            <Button
              color="red"
              data-testid="agreement-delete-confirm"
              onClick={() => {
                deletion.mutate(undefined, {
                  // A shared record waits for the other parties: the page then shows the pending deletion.
                  onSuccess: (result) => {
                    setDeleteOpen(false);
                    if (result.ok) void navigate('/kerja-sama');
                  },
                  onError: (cause) => {
                    setDeleteOpen(false);
                    setActionError(cause);
                  },
                });
              }}
            >
              {t('agr.detail.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function FinancingText({
  financing,
}: {
  financing: { source: string; amount: number | null; note: string | null };
}) {
  const label = useLabel();
  const { lang } = useLang();
  const source = (financingSourceLabels as Record<string, { id: string; en: string } | undefined>)[
    financing.source as FinancingSource
  ];
  const amount =
    financing.amount !== null
      ? new Intl.NumberFormat(localeOf(lang), {
          style: 'currency',
          currency: 'IDR',
          maximumFractionDigits: 0,
        }).format(financing.amount)
      : null;
  return (
    <>{[source ? label(source) : financing.source, amount, financing.note].filter(Boolean).join(' · ')}</>
  );
}

function PartyList({ title, items }: { title: string; items: string[] }) {
  const t = useT();
  return (
    <div>
      <Text size="sm" c="dimmed">
        {title}:
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('agr.detail.nothing')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

function FamilyLink({ item }: { item: AgreementDetailDto['children'][number] }) {
  const formatDate = useFormatDate();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="family-link">
      <DocumentTypeBadge type={item.documentType} size="sm" mt={2} />
      <Stack gap={0}>
        <Anchor component={Link} to={`/kerja-sama/${item.id}`} size="sm" lineClamp={2}>
          {item.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {item.signingDate ? formatDate(item.signingDate) : ''}
        </Text>
      </Stack>
    </Group>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={2} size="sm">
        {children}
      </Text>
    </div>
  );
}

function Dimmed({ children }: { children: ReactNode }) {
  return (
    <Text span c="dimmed" size="sm">
      {children}
    </Text>
  );
}

function Paragraph({ text }: { text: string | null }) {
  const t = useT();
  if (!text) return <Dimmed>{t('agr.detail.nothing')}</Dimmed>;
  return (
    <Text span size="sm" style={{ whiteSpace: 'pre-line' }}>
      {text}
    </Text>
  );
}

function NotFound({ id, session }: { id: string; session: AgreementSession }) {
  const t = useT();
  // Once restored, the agreement is read again and the page shows it.
  const restoring = useRecordChange('agreement', id, restoreAgreement);
  return (
    <Paper withBorder p="xl" data-testid="agreement-not-found">
      <Stack align="center" gap="sm">
        <Title order={1} size="h2">
          {t('agr.detail.notFound.title')}
        </Title>
        <Text c="dimmed">{t('agr.detail.notFound.text')}</Text>
        {restoring.error && <ApiErrorAlert error={restoring.error} />}
        <Group>
          <Button component={Link} to="/kerja-sama" variant="light">
            {t('agr.detail.backToList')}
          </Button>
          {session.can('agreement:restore') && (
            <Button variant="default" onClick={() => restoring.mutate(id)} data-testid="agreement-restore">
              {t('agr.detail.restore')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function DetailSkeleton() {
  return (
    <Stack gap="lg">
      <Skeleton h={26} w={260} />
      <Skeleton h={36} w="70%" />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Skeleton h={420} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton h={420} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
