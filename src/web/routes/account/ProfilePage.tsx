import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  changePassword,
  createToken,
  endSession,
  listSessions,
  listTokens,
  revokeToken,
  type ApiTokenDto,
} from '../../api/auth';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { updateUser } from '../../api/users';
import { useAuth } from '../../auth/auth-context';
import { RequireAuth } from '../../auth/RequireAuth';
import type { Permission } from '../../auth/roles';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CopyableSecret } from '../../components/CopyableSecret';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { NewPasswordField } from '../../components/PasswordField';
import { useRegionName } from '../../components/RegionSelect';
import { RoleBadge } from '../../components/RoleBadge';
import { Detail, Section } from '../../components/Section';
import { NotificationPreferencesSection } from './NotificationPreferencesSection';
import { RecordTable } from '../../components/RecordTable';
import { usePageTitle } from '../../components/use-page-title';
import { apiErrorMessage, formErrors } from '../../i18n/api-errors';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../../i18n/use-format';

/** /profil: the logged-in user's account, password, sessions and API tokens. */
export function ProfilePage() {
  return (
    <RequireAuth>
      <Profile />
    </RequireAuth>
  );
}

function Profile() {
  const t = useT();
  usePageTitle(t('profile.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('profile.title')} intro={t('profile.intro')} titleTestId="profile-title" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <AccountCard />
        <PasswordCard />
      </SimpleGrid>
      <NotificationPreferencesSection />
      <SessionsCard />
      <TokensCard />
    </Stack>
  );
}

function AccountCard() {
  const t = useT();
  const auth = useAuth();
  const { user, refresh } = auth;
  const format = useFormatDate();
  const regionName = useRegionName(user?.regionCode);
  if (!user) return null;
  return (
    <Section title={t('profile.account')} testId="profile-account">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md">
        <Detail label={t('profile.email')}>
          <Text style={{ wordBreak: 'break-all' }}>{user.email}</Text>
        </Detail>
        <Detail label={t('profile.role')}>
          <RoleBadge role={user.role} />
        </Detail>
        <Detail label={t('profile.region')}>
          <Text>{regionName ?? t('auth.national')}</Text>
        </Detail>
        <Detail label={t('profile.lastLogin')}>
          <Text size="sm">{format.dateTime(user.lastLoginAt)}</Text>
        </Detail>
        <Detail label={t('profile.createdAt')}>
          <Text size="sm">{format.date(user.createdAt)}</Text>
        </Detail>
      </SimpleGrid>
      {auth.can('account:manage') ? (
        <NameForm userId={user.id} current={user.name} onSaved={refresh} />
      ) : (
        <Detail label={t('form.name')}>
          <Text fw={600}>{user.name}</Text>
        </Detail>
      )}
    </Section>
  );
}

const nameFields = ['name'] as const;

/** One's own name: every role may change it (decision 008). */
function NameForm({
  userId,
  current,
  onSaved,
}: {
  userId: string;
  current: string;
  onSaved: () => Promise<void>;
}) {
  const t = useT();
  const [name, setName] = useState(current);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const errors = formErrors(t, error, nameFields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await updateUser(userId, { name: name.trim() });
      await onSaved();
      setSaved(true);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs" mt="md">
        <TextInput
          label={t('form.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.field.name}
          required
          data-testid="profile-name"
        />
        <FormErrorAlert message={errors.general} error={error} />
        {saved && (
          <Text size="sm" c="teal" data-testid="profile-name-saved">
            {t('user.saved')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={busy}
            disabled={name.trim() === '' || name.trim() === current}
            data-testid="profile-name-save"
          >
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const passwordFields = ['currentPassword', 'newPassword'] as const;

function PasswordCard() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const errors = formErrors(t, error, passwordFields);
  // A wrong current password is INVALID_CREDENTIALS without a field: it belongs to that field.
  const currentError =
    errors.field.currentPassword ?? (errors.general && isWrongPassword(error) ? errors.general : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await changePassword({ currentPassword: current, newPassword: next });
      setDone(true);
      setCurrent('');
      setNext('');
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section
      title={t('profile.password.title')}
      intro={t('profile.password.intro')}
      testId="profile-password"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label={t('profile.password.current')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={currentError}
            data-testid="password-current"
          />
          <NewPasswordField
            label={t('profile.password.new')}
            value={next}
            onChange={(event) => setNext(event.currentTarget.value)}
            error={errors.field.newPassword}
            data-testid="password-new"
          />
          <FormErrorAlert message={currentError ? undefined : errors.general} error={error} />
          {done && (
            <Alert color="teal" variant="light" data-testid="password-changed">
              <Text size="sm">{t('profile.password.done')}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy} data-testid="password-submit">
              {t('profile.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function isWrongPassword(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'INVALID_CREDENTIALS'
  );
}

/** "Chrome · Linux" from a user-agent string; enough to recognise one's own devices. */
export function describeUserAgent(userAgent: string | null): string | undefined {
  if (!userAgent) return undefined;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : undefined;
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : undefined;
  if (!browser && !os) return userAgent.slice(0, 60);
  return [browser, os].filter(Boolean).join(' · ');
}

function SessionsCard() {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const format = useFormatDate();
  const [confirmAll, setConfirmAll] = useState(false);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const sessions = useApiQuery(['sessions'], listSessions);
  const ending = useMutation({ mutationFn: endSession, meta: { invalidates: [['sessions']] } });

  const end = async (id: string) => {
    setActionError(undefined);
    try {
      await ending.mutateAsync(id);
    } catch (cause) {
      setActionError(cause);
    }
  };

  return (
    <Section
      title={t('profile.sessions.title')}
      intro={t('profile.sessions.intro')}
      testId="profile-sessions"
      action={
        <Button
          variant="light"
          color="red"
          onClick={() => setConfirmAll(true)}
          data-testid="logout-everywhere"
        >
          {t('profile.sessions.logoutAll')}
        </Button>
      }
    >
      <FormErrorAlert message={actionError === undefined ? undefined : apiErrorMessage(t, actionError)} />
      {sessions.error && <ApiErrorAlert error={sessions.error} />}
      {!sessions.data && !sessions.error && <Skeleton h={80} />}
      {sessions.data && (
        // A table on a wide screen, one card per session on a phone.
        <RecordTable
          records={sessions.data.items}
          rowKey={(session) => session.id}
          rowProps={() => ({ 'data-testid': 'session-row' })}
          minWidth={560}
          columns={[
            {
              header: t('profile.sessions.col.device'),
              cell: (session) => (
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">
                    {describeUserAgent(session.userAgent) ?? t('profile.sessions.unknownDevice')}
                  </Text>
                  {session.current && (
                    <Badge size="sm" variant="light" color="teal" tt="none">
                      {t('profile.sessions.current')}
                    </Badge>
                  )}
                </Group>
              ),
            },
            {
              header: t('profile.sessions.col.ip'),
              cell: (session) => (
                <Text size="sm" ff="monospace">
                  {session.ip ?? '—'}
                </Text>
              ),
            },
            {
              header: t('profile.sessions.col.lastSeen'),
              cell: (session) => <Text size="sm">{format.dateTime(session.lastSeenAt)}</Text>,
            },
            {
              header: t('profile.sessions.col.created'),
              cell: (session) => <Text size="sm">{format.dateTime(session.createdAt)}</Text>,
            },
          ]}
          actions={(session) =>
            session.current
              ? []
              : [
                  {
                    label: t('profile.sessions.end'),
                    onClick: () => void end(session.id),
                    testId: 'session-end',
                    color: 'red',
                  },
                ]
          }
        />
      )}
      <ConfirmDialog
        opened={confirmAll}
        onClose={() => setConfirmAll(false)}
        title={t('profile.sessions.logoutAll')}
        message={t('profile.sessions.logoutAllConfirm')}
        confirmLabel={t('profile.sessions.logoutAll')}
        onConfirm={async () => {
          await auth.logoutEverywhere();
          void navigate('/masuk', { state: { signedOut: true } });
        }}
      />
    </Section>
  );
}

const expiryChoices = ['never', '30', '90', '180', '365'] as const;

function tokenStatus(token: ApiTokenDto): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() < Date.now()) return 'expired';
  return 'active';
}

function TokensCard() {
  const t = useT();
  const format = useFormatDate();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenDto | undefined>(undefined);
  const tokens = useApiQuery(['tokens'], listTokens);
  const invalidate = useInvalidate();
  const tokensChanged = () => invalidate(['tokens']);

  return (
    <Section
      title={t('profile.tokens.title')}
      intro={t('profile.tokens.intro')}
      testId="profile-tokens"
      action={
        <Button variant="light" onClick={() => setCreating(true)} data-testid="token-create">
          {t('profile.tokens.create')}
        </Button>
      }
    >
      {tokens.error && <ApiErrorAlert error={tokens.error} />}
      {!tokens.data && !tokens.error && <Skeleton h={60} />}
      {tokens.data && tokens.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('profile.tokens.empty')}
        </Text>
      )}
      {tokens.data && tokens.data.items.length > 0 && (
        // A table on a wide screen, one card per token on a phone, as the sessions above.
        <RecordTable
          records={tokens.data.items}
          rowKey={(token) => token.id}
          rowProps={() => ({ 'data-testid': 'token-row' })}
          minWidth={640}
          columns={[
            {
              header: t('profile.tokens.col.name'),
              cell: (token) => (
                <>
                  <Text size="sm" fw={500}>
                    {token.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {token.prefix}…
                  </Text>
                </>
              ),
            },
            {
              header: t('profile.tokens.col.permissions'),
              cell: (token) => (
                <Text size="sm" title={token.permissions?.join(', ')}>
                  {token.permissions
                    ? t('profile.tokens.permCount', { count: token.permissions.length })
                    : t('profile.tokens.allPermissions')}
                </Text>
              ),
            },
            {
              header: t('profile.tokens.col.lastUsed'),
              cell: (token) => (
                <Text size="sm">
                  {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('value.never')}
                </Text>
              ),
            },
            {
              header: t('profile.tokens.col.expires'),
              cell: (token) => (
                <Text size="sm">
                  {token.expiresAt ? format.date(token.expiresAt) : t('profile.tokens.expiresNever')}
                </Text>
              ),
            },
            {
              header: t('profile.tokens.col.status'),
              cell: (token) => {
                const status = tokenStatus(token);
                return (
                  <Badge
                    size="sm"
                    variant="light"
                    tt="none"
                    color={status === 'active' ? 'teal' : status === 'revoked' ? 'red' : 'gray'}
                  >
                    {t(`profile.tokens.${status}`)}
                  </Badge>
                );
              },
            },
          ]}
          actions={(token) =>
            tokenStatus(token) === 'active'
              ? [
                  {
                    label: t('profile.tokens.revoke'),
                    onClick: () => setRevoking(token),
                    testId: 'token-revoke',
                    color: 'red',
                  },
                ]
              : []
          }
        />
      )}
      <CreateTokenDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={() => void tokensChanged()}
      />
      <ConfirmDialog
        opened={revoking !== undefined}
        onClose={() => setRevoking(undefined)}
        title={t('profile.tokens.revoke')}
        message={t('profile.tokens.revokeConfirm', { name: revoking?.name ?? '' })}
        confirmLabel={t('profile.tokens.revoke')}
        onConfirm={async () => {
          if (revoking) await revokeToken(revoking.id);
          await tokensChanged();
        }}
      />
    </Section>
  );
}

const tokenFields = ['name', 'permissions', 'expiresInDays'] as const;

function CreateTokenDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const t = useT();
  const auth = useAuth();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [expiry, setExpiry] = useState<(typeof expiryChoices)[number]>('90');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [secret, setSecret] = useState<string | undefined>(undefined);
  const errors = formErrors(t, error, tokenFields);

  const close = () => {
    setName('');
    setChosen([]);
    setExpiry('90');
    setError(undefined);
    setSecret(undefined);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const created = await createToken({
        name: name.trim(),
        ...(chosen.length > 0 ? { permissions: chosen as Permission[] } : {}),
        ...(expiry === 'never' ? {} : { expiresInDays: Number(expiry) }),
      });
      setSecret(created.token);
      onCreated();
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
      title={secret ? t('profile.tokens.secretTitle') : t('profile.tokens.new.title')}
      size="lg"
      centered
    >
      {secret ? (
        <Stack gap="md">
          <Alert color="orange" variant="light">
            <Text size="sm">{t('profile.tokens.secretOnce')}</Text>
          </Alert>
          <CopyableSecret value={secret} testId="token-secret" />
          <Group justify="flex-end">
            <Button onClick={close}>{t('action.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('profile.tokens.name')}
              placeholder={t('profile.tokens.namePlaceholder')}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.field.name}
              data-testid="token-name"
              data-autofocus
            />
            <MultiSelect
              label={t('profile.tokens.permissions')}
              description={t('profile.tokens.permissionsHint')}
              placeholder={chosen.length === 0 ? t('profile.tokens.permissionsPlaceholder') : undefined}
              data={[...auth.permissions]}
              value={chosen}
              onChange={setChosen}
              searchable
              clearable
              error={errors.field.permissions}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('profile.tokens.expires')}
              data={expiryChoices.map((choice) => ({
                value: choice,
                label:
                  choice === 'never'
                    ? t('profile.tokens.expiresNever')
                    : t('profile.tokens.expiresDays', { days: Number(choice) }),
              }))}
              value={expiry}
              onChange={(value) => setExpiry(expiryChoices.find((choice) => choice === value) ?? '90')}
              allowDeselect={false}
              error={errors.field.expiresInDays}
            />
            <FormErrorAlert message={errors.general} error={error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" loading={busy} data-testid="token-submit">
                {t('profile.tokens.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
