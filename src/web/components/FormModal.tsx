import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiQueryKey } from '../api/query-client';
import { useInvalidate } from '../api/use-api-query';
import { useT } from '../i18n/context';
import { FormErrorAlert } from './FormErrorAlert';

/** What a page gives a dialog that saves a record: close it, or tell it the save went through. */
export type SaveDialogProps = { onClose: () => void; onSaved: () => void };

/**
 * The state of a page's dialog about one record (or `'new'`): which record it is open for, and the
 * {@link SaveDialogProps} that close it, after a save also refreshing the query `families` it changed.
 */
export function useRecordDialog<T>(...families: ApiQueryKey[]) {
  const [record, setRecord] = useState<T | undefined>(undefined);
  const invalidate = useInvalidate();
  const close = () => setRecord(undefined);
  const props: SaveDialogProps = {
    onClose: close,
    onSaved: () => {
      close();
      void invalidate(...families);
    },
  };
  return { record, open: (value: T) => setRecord(value), close, props };
}

/** A dialog form's save: busy while it runs, its failure kept for the form, `onSaved` once it succeeded. */
export function useFormSave(onSaved: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = async (save: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await save();
      onSaved();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/**
 * A form in a dialog: its fields, the failure that belongs to no field, and Cancel / submit at the
 * bottom right. `saving` comes from {@link useFormSave}; `save` is what the submit runs.
 */
export function FormModal({
  title,
  size,
  onClose,
  saving,
  save,
  errorMessage,
  submitLabel,
  testId,
  errorTestId,
  submitTestId,
  children,
}: {
  title: ReactNode;
  size?: ModalProps['size'];
  onClose: () => void;
  saving: ReturnType<typeof useFormSave>;
  save: () => Promise<unknown>;
  /** The message of a failure no field shows (`formErrors(...).general`). */
  errorMessage: string | undefined;
  /** Defaults to "Save". */
  submitLabel?: string;
  testId?: string;
  errorTestId?: string;
  submitTestId?: string;
  children: ReactNode;
}) {
  const t = useT();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saving.run(save);
  };
  return (
    <Modal opened onClose={onClose} title={title} size={size} centered>
      <form onSubmit={submit} noValidate data-testid={testId}>
        <Stack gap="md">
          {children}
          <FormErrorAlert message={errorMessage} error={saving.error} testId={errorTestId} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={saving.busy} data-testid={submitTestId}>
              {submitLabel ?? t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
