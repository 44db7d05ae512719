import {
  Alert,
  Button,
  Group,
  Modal,
  PasswordInput,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { UserDto } from '../../api/auth';
import { listOpds } from '../../api/opds';
import { useApiQuery } from '../../api/use-api-query';
import { createUser, type NewUserBody, type PasswordLinkDto } from '../../api/users';
import { useAuth } from '../../auth/auth-context';
import { assignableRoles, regionalRoles, userRegionLevel, type Role } from '../../auth/roles';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { RegionSelect, useRegionName } from '../../components/RegionSelect';
import { formErrors } from '../../i18n/api-errors';
import { useT } from '../../i18n/context';
import { PasswordLinkNotice } from './PasswordLinkNotice';

const fields = ['email', 'name', 'role', 'regionCode', 'opdId', 'oversightScope', 'password'] as const;
type PasswordMode = 'link' | 'set';

/** OPD of a region as options of a select. */
export function useOpdOptions(regionCode: string | null | undefined): { value: string; label: string }[] {
  const opds = useApiQuery(regionCode ? ['opds', regionCode] : null, (signal) =>
    listOpds(regionCode ?? '', signal),
  );
  return (opds.data?.items ?? []).map((opd) => ({
    value: opd.id,
    label: opd.abbreviation ? `${opd.name} (${opd.abbreviation})` : opd.name,
  }));
}

/**
 * The "add user" dialog. A region admin adds users to their own region; a system admin picks the
 * region. Without a password the server answers with a one-time link, shown here once.
 */
export function CreateUserDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: UserDto) => void;
}) {
  const t = useT();
  const auth = useAuth();
  const actor = auth.user;
  const isSystemAdmin = actor?.role === 'system_admin';
  const roleChoices = assignableRoles(actor?.role);
  const ownRegionName = useRegionName(actor?.regionCode);

  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [regionCode, setRegionCode] = useState<string | null>(
    isSystemAdmin ? null : (actor?.regionCode ?? null),
  );
  const [opdId, setOpdId] = useState<string | null>(null);
  const [oversightScope, setOversightScope] = useState<'province' | 'national'>('province');
  const [passwordMode, setPasswordMode] = useState<PasswordMode>('link');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [created, setCreated] = useState<{ user: UserDto; link: PasswordLinkDto | null } | undefined>(
    undefined,
  );
  const errors = formErrors(t, error, fields);

  const needsRegion = role !== 'system_admin' && !(role === 'oversight' && oversightScope === 'national');
  const takesOpd = regionalRoles.includes(role);
  const opdOptions = useOpdOptions(takesOpd ? regionCode : null);

  const reset = () => {
    setEmail('');
    setName('');
    setRole('viewer');
    setRegionCode(isSystemAdmin ? null : (actor?.regionCode ?? null));
    setOpdId(null);
    setOversightScope('province');
    setPasswordMode('link');
    setPassword('');
    setError(undefined);
    setCreated(undefined);
  };
  const close = () => {
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const body: NewUserBody = {
      email: email.trim(),
      name: name.trim(),
      role,
      regionCode: needsRegion ? regionCode : null,
      ...(takesOpd && opdId ? { opdId } : {}),
      ...(role === 'oversight' ? { oversightScope } : {}),
      ...(passwordMode === 'set' ? { password } : {}),
    };
    try {
      const answer = await createUser(body);
      onCreated(answer.user);
      if (answer.passwordLink) setCreated({ user: answer.user, link: answer.passwordLink });
      else close();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('users.new.created', { name: created.user.name }) : t('users.new.title')}
      size="lg"
      centered
    >
      {created?.link ? (
        <Stack gap="md">
          <PasswordLinkNotice link={created.link} name={created.user.name} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('action.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('form.name')}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.field.name}
              data-testid="user-form-name"
              data-autofocus
            />
            <TextInput
              label={t('form.email')}
              placeholder={t('form.emailPlaceholder')}
              type="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.field.email}
              data-testid="user-form-email"
            />
            <Select
              label={t('users.new.role')}
              required
              data={roleChoices.map((choice) => ({ value: choice, label: t(`role.${choice}`) }))}
              value={role}
              onChange={(value) => {
                const next = roleChoices.find((choice) => choice === value);
                if (!next) return;
                setRole(next);
                // A kabupaten or kota chosen before cannot hold a provincial oversight user.
                if (isSystemAdmin && userRegionLevel(next) === 'provinsi' && regionCode?.includes('.')) {
                  setRegionCode(null);
                }
              }}
              allowDeselect={false}
              error={errors.field.role}
              data-testid="user-form-role"
              comboboxProps={{ withinPortal: true }}
            />
            {role === 'oversight' && (
              <Radio.Group
                label={t('users.new.oversightScope')}
                value={oversightScope}
                onChange={(value) => setOversightScope(value === 'national' ? 'national' : 'province')}
                error={errors.field.oversightScope}
              >
                <Stack gap={6} mt={6}>
                  <Radio value="province" label={t('oversight.province')} />
                  <Radio value="national" label={t('oversight.national')} />
                </Stack>
              </Radio.Group>
            )}
            {needsRegion &&
              (isSystemAdmin ? (
                <RegionSelect
                  label={t('form.region')}
                  required
                  level={userRegionLevel(role)}
                  value={regionCode}
                  onChange={(code) => {
                    setRegionCode(code);
                    setOpdId(null);
                  }}
                  error={errors.field.regionCode}
                  data-testid="user-form-region"
                  comboboxProps={{ withinPortal: true }}
                />
              ) : (
                <TextInput label={t('form.region')} value={ownRegionName ?? ''} readOnly variant="filled" />
              ))}
            {takesOpd && regionCode && (
              <Select
                label={t('users.new.opd')}
                placeholder={t('users.new.opdPlaceholder')}
                data={opdOptions}
                value={opdId}
                onChange={setOpdId}
                clearable
                searchable
                required={role === 'opd_officer'}
                error={errors.field.opdId}
                data-testid="user-form-opd"
                comboboxProps={{ withinPortal: true }}
              />
            )}
            <Radio.Group
              label={t('users.new.passwordMode')}
              value={passwordMode}
              onChange={(value) => setPasswordMode(value === 'set' ? 'set' : 'link')}
            >
              <Group gap="lg" mt={6}>
                <Radio
                  value="link"
                  label={t('users.new.passwordLink')}
                  data-testid="user-form-password-link"
                />
                <Radio value="set" label={t('users.new.passwordSet')} data-testid="user-form-password-set" />
              </Group>
            </Radio.Group>
            {passwordMode === 'set' && (
              <PasswordInput
                label={t('form.password')}
                description={t('form.passwordHint')}
                autoComplete="new-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={errors.field.password}
                data-testid="user-form-password"
              />
            )}
            <FormErrorAlert message={errors.general} error={error} testId="user-form-error" />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" loading={busy} data-testid="user-form-submit">
                {t('users.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** Shown when a user was created without a password link (nothing more to say). */
export function CreatedNotice({ name }: { name: string }) {
  const t = useT();
  return (
    <Alert color="teal" variant="light" data-testid="user-created">
      <Text size="sm">{t('users.new.created', { name })}</Text>
    </Alert>
  );
}
