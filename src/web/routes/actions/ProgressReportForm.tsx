import { Alert, Button, Group, NumberInput, Select, Slider, Stack, Text, Textarea } from '@mantine/core';
import { actionStatuses, type ActionStatus } from '../../../domain/records/kinds';
import { actionProgressSchema, type ActionProgressInput } from '../../../domain/records/schema';
import { reportProgress, type ActionDetailDto } from '../../api/actions';
import { Section } from '../../components/Section';
import { useRecordForm } from '../../forms/record-form';
import { recordErrorKey } from '../../forms/schema-errors';
import { useT } from '../../i18n/context';
import { progressBodyOf, progressFormOf, placeActionField, type ProgressFormState } from './action-form';
import { EvidenceLinksInput } from './EvidenceLinksInput';

/**
 * The owning OPD's report: status, progress (slider or number), evidence links and a note. Once
 * saved, the action and the lists of actions are read again (the page shows the new version).
 */
export function ProgressReportForm({ action }: { action: ActionDetailDto }) {
  const t = useT();
  const { form, values, fieldError, submit, saving } = useRecordForm({
    initialValues: progressFormOf(action),
    schema: actionProgressSchema,
    toBody: (values: ProgressFormState) => progressBodyOf(values, action.version),
    save: (body: ActionProgressInput) => reportProgress(action.id, body),
    invalidates: [['action', action.id], ['actions']],
    place: placeActionField,
  });
  const setProgress = (progress: number) => form.setFieldValue('progress', progress);

  return (
    <Section title={t('act.detail.report')} intro={t('act.detail.reportIntro')} testId="action-report">
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Select
            label={t('act.field.status')}
            data={actionStatuses.map((value) => ({ value, label: t(`act.status.${value}`) }))}
            value={values.status}
            onChange={(value) => {
              if (!value) return;
              form.setFieldValue('status', value as ActionStatus);
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
                value={Math.min(100, Math.max(0, values.progress))}
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
                value={values.progress}
                onChange={(value) => setProgress(typeof value === 'number' ? value : Number(value) || 0)}
                w={90}
                data-testid="report-progress"
              />
            </Group>
            {fieldError('progress') && (
              <Text size="sm" c="red" data-testid="report-progress-error">
                {fieldError('progress')}
              </Text>
            )}
          </Stack>
          <EvidenceLinksInput
            links={values.evidenceLinks}
            onChange={(links) => form.setFieldValue('evidenceLinks', links)}
            error={fieldError('evidenceLinks')}
          />
          <Textarea
            label={t('act.field.note')}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
            data-testid="report-note"
          />
          {fieldError(recordErrorKey) && (
            <Alert color="red" data-testid="report-error">
              {fieldError(recordErrorKey)}
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
