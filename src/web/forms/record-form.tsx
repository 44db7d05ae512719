import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import type { ApiQueryKey } from '../api/query-client';
import { useInvalidate } from '../api/use-api-query';
import { useT } from '../i18n/context';
import { useLabel } from '../routes/agreements/shared';
import { apiFormErrors, errorLines, issueWording, schemaErrors, type PlaceField } from './schema-errors';

/**
 * A record form on @mantine/form, validated by the domain's zod `schema` on the request body
 * `toBody(values)` makes, as the server will check it (docs/decisions/015), and saved through a
 * TanStack mutation that refetches the query families it `invalidates` (docs/decisions/014).
 * Field errors are in the user's words at the form's paths (`place` maps a request path to the
 * form's, when they differ); a refused save's issues are placed the same way, except a version
 * conflict (`conflict`), which the page offers to resolve by loading the latest version.
 */
export function useRecordForm<Values extends Record<string, unknown>, Body, Saved>({
  initialValues,
  schema,
  toBody,
  save,
  invalidates,
  onSaved,
  place,
}: {
  initialValues: Values;
  schema: z.ZodType;
  toBody: (values: Values) => Body;
  save: (body: Body) => Promise<Saved>;
  invalidates: readonly ApiQueryKey[];
  onSaved?: (saved: Saved) => void;
  place?: PlaceField;
}) {
  const t = useT();
  const label = useLabel();
  const word = issueWording(t, label);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: (values) => schemaErrors(schema, toBody(values), word, place),
  });
  const mutation = useMutation({ mutationFn: save, meta: { invalidates } });
  const conflict = isVersionConflict(mutation.error);
  const submit = form.onSubmit((values) =>
    mutation.mutate(toBody(values), {
      ...(onSaved ? { onSuccess: onSaved } : {}),
      onError: (error) => {
        if (!isVersionConflict(error)) form.setErrors(apiFormErrors(t, error, word, place));
      },
    }),
  );
  /** Sets one top-level value (a shorthand for the form's typed `setFieldValue`). */
  const setValue = <K extends keyof Values & string>(key: K, value: Values[K]) =>
    form.setFieldValue(key, value as never);
  /** The error message at a field, if any. */
  const fieldError = (field: string): string | undefined => {
    const error = form.errors[field];
    return typeof error === 'string' && error ? error : undefined;
  };
  return { form, values: form.values, setValue, fieldError, submit, saving: mutation.isPending, conflict };
}

function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'VERSION_CONFLICT';
}

/**
 * After a version conflict: reads the record (`key`) again, so its form, keyed by the version,
 * starts over from the newer one; `replaced` tells that form to say the user's entries were replaced.
 */
export function useReloadAfterConflict(key: ApiQueryKey | null) {
  const invalidate = useInvalidate();
  const [replaced, setReplaced] = useState(false);
  const reload = async () => {
    if (!key) return;
    await invalidate(key);
    setReplaced(true);
  };
  return { replaced, reload };
}

/** The form's errors listed above its buttons, each with its field in words; nothing without errors. */
export function FormProblems({
  errors,
  title,
  testId,
}: {
  errors: Readonly<Record<string, unknown>>;
  title?: string;
  testId: string;
}) {
  const t = useT();
  const lines = errorLines(t, errors);
  if (lines.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t('form.problems')} role="alert" data-testid={testId}>
      <List size="sm" spacing={2}>
        {lines.map((line, index) => (
          <List.Item key={index}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * A version conflict and its resolution, at one place of a record form (test ids `<prefix>-conflict`,
 * `<prefix>-conflict-reload`, `<prefix>-replaced`): while `conflict`, an alert that someone else
 * saved the record meanwhile, with a button that loads the latest version into the form, replacing
 * the user's unsaved entries (the alert says so); once `replaced`, a notice that it did.
 */
export function RecordConflict({
  conflict,
  replaced,
  onReload,
  prefix,
}: {
  conflict: boolean;
  replaced: boolean;
  onReload: () => Promise<void>;
  prefix: string;
}) {
  const t = useT();
  const [loading, setLoading] = useState(false);
  if (conflict)
    return (
      <Alert
        color="orange"
        variant="light"
        title={t('form.conflict.title')}
        role="alert"
        data-testid={`${prefix}-conflict`}
      >
        <Stack gap="xs">
          <Text size="sm">{t('form.conflict.text')}</Text>
          <Group>
            <Button
              size="xs"
              variant="light"
              loading={loading}
              onClick={() => {
                setLoading(true);
                void onReload().finally(() => setLoading(false));
              }}
              data-testid={`${prefix}-conflict-reload`}
            >
              {t('form.conflict.reload')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  if (!replaced) return null;
  return (
    <Alert color="blue" variant="light" data-testid={`${prefix}-replaced`}>
      <Text size="sm">{t('form.conflict.replaced')}</Text>
    </Alert>
  );
}
