import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { programKindLabels, programParentTypeLabels } from '../../../domain/records/program-labels';
import { deleteProgram, getProgram, type ProgramDetailDto } from '../../api/programs';
import { useDeleteRecord } from '../../api/record-mutations';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AuditHistory } from '../../components/AuditHistory';
import { ConfirmDeleteDialog } from '../../components/ConfirmDeleteDialog';
import { PendingChangesPanel } from '../../components/PendingChangesPanel';
import { EmptyState } from '../../components/EmptyState';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useLabel, useSectorLabel } from '../agreements/shared';
import { RecordDocumentsPanel } from '../agreements/DocumentsPanel';
import { ProgramStatusBadge, useMoney } from './shared';

const parentPaths = { agreement: '/kerja-sama', meeting: '/pertemuan' } as const;

/** One program: parties, status and progress, budget and realisation per year, evidence, history. */
export function ProgramDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const program = useApiQuery(['program', id], (signal) => getProgram(id, signal));
  usePageTitle(program.data?.title ?? (program.error ? t('prog.detail.notFound') : undefined));
  if (program.error?.status === 404)
    return <EmptyState title={t('prog.detail.notFound')} hint={t('prog.intro')} testId="program-not-found" />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/program" size="sm">
        ← {t('prog.title')}
      </Anchor>
      {program.error && <ApiErrorAlert error={program.error} />}
      {program.data && <ProgramDetail program={program.data} />}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={2} size="sm" style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </div>
  );
}

function ProgramDetail({ program }: { program: ProgramDetailDto }) {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const money = useMoney();
  const auth = useAuth();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState<ProgramDetailDto | undefined>(undefined);
  const deletion = useDeleteRecord('program', program.id, deleteProgram);
  const { overall, years } = program.totals;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap="xs" style={{ flex: '1 1 320px' }}>
          <Title order={1} data-testid="program-title">
            {program.title}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" radius="sm" tt="none">
              {label(programKindLabels[program.kind])}
            </Badge>
            <ProgramStatusBadge status={program.status} data-testid="program-status" />
            <Badge variant="light" color={program.published ? 'green' : 'gray'} radius="sm" tt="none">
              {program.published ? t('prog.detail.publishedYes') : t('prog.detail.publishedNo')}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs">
          {program.access.update && (
            <Button component={Link} to={`/program/${program.id}/ubah`} data-testid="program-edit">
              {t('prog.detail.edit')}
            </Button>
          )}
          {program.access.delete && (
            <Button
              variant="default"
              color="red"
              onClick={() => setDeleting(program)}
              data-testid="program-delete"
            >
              {t('prog.detail.delete')}
            </Button>
          )}
        </Group>
      </Group>

      <PendingChangesPanel
        recordType="program"
        recordId={program.id}
        pendingChanges={program.pendingChanges}
        ownRegion={auth.user?.regionCode ?? null}
        listPath="/program"
      />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" h="100%">
            <Stack gap="md" component="dl" m={0}>
              <Field label={t('prog.detail.funder')}>
                {program.funderRegionCode ? (
                  <Anchor component={Link} to={`/wilayah/${program.funderRegionCode}`}>
                    {program.funderName}
                  </Anchor>
                ) : (
                  (program.funderName ?? '—')
                )}
              </Field>
              <Field label={t('prog.detail.recipient')}>
                {program.recipientRegionCode ? (
                  <Anchor component={Link} to={`/wilayah/${program.recipientRegionCode}`}>
                    {program.recipientName}
                  </Anchor>
                ) : (
                  (program.recipientName ?? '—')
                )}
              </Field>
              {program.parent && (
                <Field label={t('prog.detail.parent')}>
                  {label(programParentTypeLabels[program.parent.type])}:{' '}
                  <Anchor component={Link} to={`${parentPaths[program.parent.type]}/${program.parent.id}`}>
                    {program.parent.title}
                  </Anchor>
                </Field>
              )}
              <Field label={t('prog.detail.location')}>{program.location ?? '—'}</Field>
              <Field label={t('prog.detail.sectors')}>
                {program.sectors.length ? program.sectors.map(sectorLabel).join(', ') : '—'}
              </Field>
              <Field label={t('prog.detail.progress')}>
                <Group gap="xs" wrap="nowrap">
                  <Progress
                    value={program.physicalProgress}
                    style={{ flex: 1 }}
                    aria-label={t('prog.detail.progress')}
                  />
                  <Text size="sm" data-testid="program-progress">
                    {money.percent(program.physicalProgress)}
                  </Text>
                </Group>
              </Field>
              {program.description && (
                <Field label={t('prog.detail.description')}>{program.description}</Field>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" h="100%" data-testid="program-budgets">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('prog.detail.budgets')}
              </Title>
              {years.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('prog.detail.noBudgets')}
                </Text>
              ) : (
                <>
                  <Stack gap="xs" hiddenFrom="sm" data-testid="budget-cards">
                    {years.map((line) => (
                      <Paper key={line.year} withBorder p="xs" bg="gray.0">
                        <Text size="sm" fw={600}>
                          {line.year}
                        </Text>
                        <Text size="sm">
                          {t('prog.detail.budget')}: {money.rupiah(line.budget)}
                        </Text>
                        <Text size="sm">
                          {t('prog.detail.realisation')}:{' '}
                          {line.realisationEntered
                            ? `${money.rupiah(line.realisation)} (${money.percent(line.realisationPercent)})`
                            : t('prog.detail.notEntered')}
                        </Text>
                        {line.note && (
                          <Text size="xs" c="dimmed">
                            {line.note}
                          </Text>
                        )}
                      </Paper>
                    ))}
                    <Text size="sm" fw={700}>
                      {t('prog.detail.total')}: {money.rupiah(overall.budget)} ·{' '}
                      {t('prog.detail.realisation')} {money.rupiah(overall.realisation)} (
                      {money.percent(overall.realisationPercent)})
                    </Text>
                  </Stack>
                  <Table.ScrollContainer minWidth={460} visibleFrom="sm">
                    <Table verticalSpacing="xs">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('prog.detail.year')}</Table.Th>
                          <Table.Th ta="right">{t('prog.detail.budget')}</Table.Th>
                          <Table.Th ta="right">{t('prog.detail.realisation')}</Table.Th>
                          <Table.Th ta="right">{t('prog.detail.percent')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {years.map((line) => (
                          <Table.Tr key={line.year} data-testid="budget-year">
                            <Table.Td>
                              <Text size="sm" fw={600}>
                                {line.year}
                              </Text>
                              {line.note && (
                                <Text size="xs" c="dimmed">
                                  {line.note}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                              {money.rupiah(line.budget)}
                            </Table.Td>
                            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                              {line.realisationEntered
                                ? money.rupiah(line.realisation)
                                : t('prog.detail.notEntered')}
                            </Table.Td>
                            <Table.Td ta="right">
                              {line.realisationEntered ? money.percent(line.realisationPercent) : '—'}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                      <Table.Tfoot>
                        <Table.Tr data-testid="budget-total">
                          <Table.Th>{t('prog.detail.total')}</Table.Th>
                          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                            {money.rupiah(overall.budget)}
                          </Table.Th>
                          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                            {money.rupiah(overall.realisation)}
                          </Table.Th>
                          <Table.Th ta="right">{money.percent(overall.realisationPercent)}</Table.Th>
                        </Table.Tr>
                      </Table.Tfoot>
                    </Table>
                  </Table.ScrollContainer>
                </>
              )}
              <Title order={3} size="h5" mt="sm">
                {t('prog.detail.evidence')}
              </Title>
              {program.evidenceLinks.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('prog.detail.noEvidence')}
                </Text>
              ) : (
                <Stack gap={4}>
                  {program.evidenceLinks.map((link) => (
                    <Anchor
                      key={link.url}
                      href={link.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      size="sm"
                    >
                      {link.label ?? link.url}
                    </Anchor>
                  ))}
                </Stack>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>

      <RecordDocumentsPanel type="program" id={program.id} />

      {auth.can('audit:read') && (
        <Paper withBorder p="md" data-testid="program-audit">
          <AuditHistory
            key={`${program.version}:${program.pendingChanges.map((change) => change.id).join()}`}
            entityType="program"
            entityId={program.id}
            title={t('prog.detail.history')}
          />
        </Paper>
      )}

      <ConfirmDeleteDialog
        record={deleting}
        message={() => t('prog.detail.deleteConfirm')}
        remove={() => deletion.mutateAsync()}
        onClose={() => setDeleting(undefined)}
        // A shared program waits for the other parties: the page then shows the pending deletion.
        onDeleted={(result) => {
          setDeleting(undefined);
          if (result.ok) void navigate('/program');
        }}
      />
    </Stack>
  );
}
