import { Alert, Badge, Button, Group, List, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { stageLabels, type Stage } from '../../../domain/agreements';
import { transitionAgreement, type AgreementDetailDto, type RequirementDto } from '../../api/agreements';

type TransitionBody = Parameters<typeof transitionAgreement>[1];
import type { ApiError } from '../../api/client';
import { useRecordChange } from '../../api/record-mutations';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT, type Translate } from '../../i18n/context';
import { Card, StatusBadge, issueText, todayWib, useFormatDate, useLabel } from './shared';
import { DateField } from '../../components/DateField';

/**
 * The requirement in words; a role requirement names the role, and one about a party (a document
 * number, a signatory) names the party.
 */
function requirementText(
  t: Translate,
  requirement: RequirementDto,
  label: ReturnType<typeof useLabel>,
  agreement: Pick<AgreementDetailDto, 'parties'>,
): string {
  const partyIndex = /^parties\.(\d+)/.exec(requirement.field ?? '')?.[1];
  const party = partyIndex === undefined ? undefined : agreement.parties[Number(partyIndex)];
  const text = baseRequirementText(t, requirement, label);
  return party ? `${text} (${party.name})` : text;
}

function baseRequirementText(
  t: Translate,
  requirement: RequirementDto,
  label: ReturnType<typeof useLabel>,
): string {
  if (requirement.code === 'ROLE_REQUIRED') {
    // The domain lists the roles that may take the step, comma-separated ("region_admin,reviewer").
    const roles = String(requirement.params?.roles ?? requirement.params?.role ?? '').split(',');
    if (roles.includes('reviewer')) return t('agr.lifecycle.role.reviewer');
    if (roles.includes('region_admin')) return t('agr.lifecycle.role.region_admin');
  }
  return issueText(t, requirement, label);
}

/**
 * Requirements the transition dialog itself asks for (the reason of an early termination): they never
 * keep the dialog closed, or the step could not be taken at all. The dialog still lists them.
 */
const answeredInDialog: ReadonlySet<string> = new Set(['TERMINATION_REASON_REQUIRED']);

/** The step can be opened: nothing is missing, or only what its dialog asks for. */
function canOpen(step: AgreementDetailDto['nextSteps'][number]): boolean {
  return step.missing.every((requirement) => answeredInDialog.has(requirement.code));
}

/**
 * The lifecycle: the current stage, and for each possible next stage whether it can be taken now and what
 * it still needs (the API's nextSteps); a dialog moves the agreement with a date and a note.
 */
export function LifecyclePanel({
  agreement,
  canTransition,
}: {
  agreement: AgreementDetailDto;
  canTransition: boolean;
}) {
  const t = useT();
  const label = useLabel();
  const formatDate = useFormatDate();
  const [target, setTarget] = useState<Stage | null>(null);

  return (
    <Card title={t('agr.lifecycle.title')} testId="agreement-lifecycle">
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
            {t('agr.lifecycle.current')}
          </Text>
          <Group gap="xs">
            <Badge size="lg" radius="sm" tt="none" data-testid="agreement-stage" data-stage={agreement.stage}>
              {label(stageLabels[agreement.stage])}
            </Badge>
            {agreement.effectiveStatus === 'kedaluwarsa' && <StatusBadge status="kedaluwarsa" />}
          </Group>
          {agreement.stageDate && (
            <Text size="xs" c="dimmed">
              {t('agr.lifecycle.since', { date: formatDate(agreement.stageDate) })}
            </Text>
          )}
        </Stack>

        <Stack gap="xs">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
            {t('agr.lifecycle.next')}
          </Text>
          {agreement.nextSteps.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('agr.lifecycle.none')}
            </Text>
          )}
          {agreement.nextSteps.map((step) => (
            <Paper
              key={step.stage}
              withBorder
              p="sm"
              bg={canOpen(step) ? 'green.0' : undefined}
              data-testid="next-step"
              data-stage={step.stage}
              data-allowed={step.allowed}
              data-ready={canOpen(step)}
            >
              <Stack gap={6}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {label(stageLabels[step.stage])}
                  </Text>
                  <Badge
                    size="sm"
                    variant="light"
                    radius="sm"
                    tt="none"
                    color={canOpen(step) ? 'green' : 'gray'}
                    style={{ flexShrink: 0 }}
                  >
                    {canOpen(step) ? t('agr.lifecycle.allowed') : t('agr.lifecycle.blocked')}
                  </Badge>
                </Group>
                {step.missing.length > 0 && (
                  <List size="xs" spacing={2} c="dimmed">
                    {step.missing.map((requirement, index) => (
                      <List.Item key={index}>{requirementText(t, requirement, label, agreement)}</List.Item>
                    ))}
                  </List>
                )}
                {canTransition && (
                  <Group>
                    <Button
                      size="compact-sm"
                      variant={canOpen(step) ? 'filled' : 'default'}
                      disabled={!canOpen(step)}
                      onClick={() => setTarget(step.stage)}
                      data-testid="next-step-move"
                    >
                      {t('agr.lifecycle.move')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Stack>
      {target && (
        <TransitionDialog
          agreement={agreement}
          target={target}
          onClose={() => setTarget(null)}
          onDone={() => setTarget(null)}
        />
      )}
    </Card>
  );
}

function TransitionDialog({
  agreement,
  target,
  onClose,
  onDone,
}: {
  agreement: AgreementDetailDto;
  target: Stage;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const today = todayWib();
  const minimum = agreement.stageDate && agreement.stageDate > today ? agreement.stageDate : today;
  const [date, setDate] = useState(minimum);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<RequirementDto[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  // Refetches the agreement (its stage, next steps, history) and its lists once moved.
  const transition = useRecordChange('agreement', agreement.id, (body: TransitionBody) =>
    transitionAgreement(agreement.id, body),
  );
  const saving = transition.isPending;

  const submit = () => {
    setProblems([]);
    setError(null);
    transition.mutate(
      {
        toStage: target,
        date,
        note: note.trim() || null,
        reason: target === 'diakhiri' ? reason.trim() || null : null,
        version: agreement.version,
      },
      {
        onSuccess: onDone,
        onError: (cause) => {
          if (Array.isArray(cause.details)) setProblems(cause.details as RequirementDto[]);
          else setError(cause);
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agr.lifecycle.dialogTitle', { stage: label(stageLabels[target]) })}
      data-testid="transition-dialog"
    >
      <Stack gap="sm">
        <DateField
          label={t('agr.lifecycle.date')}
          required
          value={date}
          min={agreement.stageDate ?? undefined}
          onChange={setDate}
          data-testid="transition-date"
        />
        {target === 'diakhiri' && (
          <Textarea
            label={t('agr.lifecycle.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-testid="transition-reason"
          />
        )}
        <Textarea
          label={t('agr.lifecycle.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-testid="transition-note"
        />
        {problems.length > 0 && (
          <Alert color="red" title={t('agr.lifecycle.problems')} data-testid="transition-problems">
            <List size="sm">
              {problems.map((problem, index) => (
                <List.Item key={index}>{requirementText(t, problem, label, agreement)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {error && <ApiErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('agr.form.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={saving}
            disabled={!date || (target === 'diakhiri' && !reason.trim())}
            data-testid="transition-submit"
          >
            {t('agr.lifecycle.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
