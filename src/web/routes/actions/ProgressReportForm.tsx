import { Alert, Button, Group, NumberInput, Select, Slider, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { actionStatuses, type ActionStatus } from '../../../domain/records/kinds';
import { reportProgress, type ActionDetailDto } from '../../api/actions';
import { Section } from '../../components/Section';
import { useT } from '../../i18n/context';
import { EvidenceLinksInput, type LinkDraft } from './EvidenceLinksInput';
import { actionFormErrors } from './shared';

/** The owning OPD's report: status, progress (slider or number), evidence links and a note. */
export function ProgressReportForm({ action, onSaved }: { action: ActionDetailDto; onSaved: () => void }) {
  const t = useT();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [progress, setProgress] = useState<number>(action.progress);
  const [links, setLinks] = useState<LinkDraft[]>(
    action.evidenceLinks.map((link) => ({ url: link.url, label: link.label ?? '' })),
  );
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = actionFormErrors(t, error);

  const submit = () => {
    setSaving(true);
    setError(null);
    reportProgress(action.id, {
      status,
      progress,
      evidenceLinks: links
        .filter((link) => link.url.trim() !== '')
        .map((link) => ({
          url: link.url.trim(),
          label: link.label.trim() === '' ? null : link.label.trim(),
        })),
      note: note.trim() === '' ? null : note.trim(),
      version: action.version,
    }).then(onSaved, (cause: unknown) => {
      setError(cause);
      setSaving(false);
    });
  };

  return (
    <Section title={t('act.detail.report')} intro={t('act.detail.reportIntro')} testId="action-report">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Select
            label={t('act.field.status')}
            data={actionStatuses.map((value) => ({ value, label: t(`act.status.${value}`) }))}
            value={status}
            onChange={(value) => {
              if (!value) return;
              setStatus(value as ActionStatus);
              if (value === 'selesai') setProgress(100);
            }}
            allowDeselect={false}
            data-testid="report-status"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('act.field.progress')}
            </Text>
            <Group gap="md" align="center" wrap="nowrap">
              <Slider
                value={Math.min(100, Math.max(0, progress))}
                onChange={setProgress}
                min={0}
                max={100}
                step={5}
                style={{ flex: 1 }}
                label={(value) => `${value}%`}
                aria-label={t('act.field.progress')}
              />
              <NumberInput
                aria-label={t('act.field.progress')}
                min={0}
                max={100}
                clampBehavior="none"
                allowDecimal={false}
                value={progress}
                onChange={(value) => setProgress(typeof value === 'number' ? value : Number(value) || 0)}
                w={90}
                data-testid="report-progress"
              />
            </Group>
            {errors.fields.progress && (
              <Text size="sm" c="red" data-testid="report-progress-error">
                {errors.fields.progress}
              </Text>
            )}
          </Stack>
          <EvidenceLinksInput links={links} onChange={setLinks} error={errors.fields.evidenceLinks} />
          <Textarea
            label={t('act.field.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-testid="report-note"
          />
          {errors.general && (
            <Alert color="red" data-testid="report-error">
              {errors.general}
            </Alert>
          )}
          <Button type="submit" loading={saving} data-testid="report-save" style={{ alignSelf: 'flex-end' }}>
            {t('act.detail.reportSave')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}
