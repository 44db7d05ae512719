import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { UserDto } from '../../api/auth';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import {
  createPasswordLink,
  endUserSessions,
  getUser,
  updateUser,
  type PasswordLinkDto,
} from '../../api/users';
import { useAuth } from '../../auth/auth-context';
import { RequireAuth } from '../../auth/RequireAuth';
import { assignableRoles, regionalRoles, roles, userRegionLevel, type Role } from '../../auth/roles';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AuditHistory, AuditTrail } from '../../components/AuditHistory';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { RegionSelect, useRegionName } from '../../components/RegionSelect';
import { RoleBadge } from '../../components/RoleBadge';
import { Detail, Section } from '../../components/Section';
import { usePageTitle } from '../../components/use-page-title';
import { apiErrorMessage, formErrors } from '../../i18n/api-errors';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../../i18n/use-format';
import { PasswordLinkNotice } from './PasswordLinkNotice';
import { useOpdOptions } from './UserForm';

/** /admin/pengguna/:id: one user's details, role and OPD, status, reset link and activity. */
export function UserDetailPage() {
  return (
    <RequireAuth permission="user:read">
      <UserDetail />
    </RequireAuth>
  );
}

function UserDetail() {
  const t = useT();
  const { id = '' } = useParams();
  const invalidate = useInvalidate();
  const loaded = useApiQuery(['user', id], (signal) => getUser(id, signal));
  // While a changed user reloads, the previous answer stays on screen (unless it was another user).
  const previous = loaded.lastData?.id === id ? loaded.lastData : undefined;
  const user = loaded.data ?? previous;
  usePageTitle(user?.name ?? t('users.title'));
  const updated = () => void invalidate(['user', id], ['users']);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/admin/pengguna" size="sm">
        ← {t('user.back')}
      </Anchor>
      {loaded.error && !user && <ApiErrorAlert error={loaded.error} />}
      {!user && !loaded.error && <Skeleton h={240} />}
      {user && <UserView user={user} onUpdated={updated} />}
    </Stack>
  );
}

function UserView({ user, onUpdated }: { user: UserDto; onUpdated: () => void }) {
  const t = useT();
  const auth = useAuth();
  const format = useFormatDate();
  const regionName = useRegionName(user.regionCode);
  const opdOptions = useOpdOptions(user.regionCode);
  const isSelf = auth.user?.id === user.id;
  const canManage = auth.can('user:manage') && managedRoles(auth.user?.role).includes(user.role);
  const canEditSelf = isSelf && auth.can('account:manage');
  const opdName = opdOptions.find((option) => option.value === user.opdId)?.label;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={6}>
          <Title order={1} data-testid="user-title">
            {user.name}
          </Title>
          <Group gap="xs">
            <RoleBadge role={user.role} />
            <Badge variant="dot" color={user.disabled ? 'red' : 'teal'} tt="none" data-testid="user-status">
              {user.disabled ? t('users.status.disabled') : t('users.status.active')}
            </Badge>
            <Text size="sm" c="dimmed">
              {user.email}
            </Text>
          </Group>
        </Stack>
      </Group>

      {isSelf && (
        <Alert color="sinergi" variant="light">
          <Text size="sm">{t('user.self')}</Text>
        </Alert>
      )}
      {!canManage && !isSelf && (
        <Alert color="gray" variant="light">
          <Text size="sm">{auth.can('user:manage') ? t('user.readOnlyPeer') : t('user.readOnly')}</Text>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('user.details')}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Detail label={t('profile.email')}>
              <Text style={{ wordBreak: 'break-all' }}>{user.email}</Text>
            </Detail>
            <Detail label={t('profile.region')}>
              <Text>{regionName ?? t('auth.national')}</Text>
            </Detail>
            <Detail label={t('profile.opd')}>
              <Text c={opdName ? undefined : 'dimmed'}>{opdName ?? t('value.none')}</Text>
            </Detail>
            <Detail label={t('profile.lastLogin')}>
              <Text size="sm">{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('value.never')}</Text>
            </Detail>
            <Detail label={t('profile.createdAt')}>
              <Text size="sm">{format.date(user.createdAt)}</Text>
            </Detail>
          </SimpleGrid>
        </Section>
        {(canManage || canEditSelf) && (
          <AccessCard
            key={user.id}
            user={user}
            isSelf={isSelf}
            onUpdated={onUpdated}
            opdOptions={opdOptions}
          />
        )}
      </SimpleGrid>

      {canManage && !isSelf && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <StatusCard user={user} onUpdated={onUpdated} />
          <ResetLinkCard user={user} />
          <SessionsCard user={user} />
        </SimpleGrid>
      )}

      {auth.can('audit:read') && (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('user.activity.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('user.activity.intro')}
          </Text>
          <AuditTrail filter={{ userId: user.id }} pageSize={10} testId="user-activity" />
        </Stack>
      )}
      {auth.can('audit:read') && (
        <AuditHistory entityType="user" entityId={user.id} title={t('user.history.title')} />
      )}
    </Stack>
  );
}

const accessFields = ['name', 'role', 'opdId', 'regionCode'] as const;

function AccessCard({
  user,
  isSelf,
  onUpdated,
  opdOptions,
}: {
  user: UserDto;
  isSelf: boolean;
  onUpdated: () => void;
  opdOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const auth = useAuth();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [opdId, setOpdId] = useState<string | null>(user.opdId);
  const [regionCode, setRegionCode] = useState<string | null>(user.regionCode);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const errors = formErrors(t, error, accessFields);
  const choices = assignableRoles(auth.user?.role);
  // The current role stays selectable even when the actor could not assign it.
  const roleOptions = [...new Set<Role>([user.role, ...choices])];
  // A system administrator may move a regional account (or a provincial oversight one) to another region.
  const canMove = auth.user?.role === 'system_admin' && !isSelf && user.regionCode !== null;
  const moves = regionCode !== null && regionCode !== user.regionCode;
  // The OPD list is the current region's: after a move the OPD is chosen anew.
  const takesOpd = regionalRoles.includes(role) && user.regionCode !== null && !moves;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setError(undefined);
    try {
      await updateUser(user.id, {
        ...(name.trim() !== user.name ? { name: name.trim() } : {}),
        ...(!isSelf && role !== user.role ? { role } : {}),
        ...(moves ? { regionCode } : {}),
        ...(!moves && (takesOpd ? opdId : null) !== user.opdId ? { opdId: takesOpd ? opdId : null } : {}),
      });
      onUpdated();
      setSaved(true);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('user.access.title')} testId="user-access">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('form.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.field.name}
            required
          />
          <Select
            label={t('users.new.role')}
            data={roleOptions.map((choice) => ({
              value: choice,
              label: t(`role.${choice}`),
              disabled: !choices.includes(choice),
            }))}
            value={role}
            onChange={(value) => {
              const next = roleOptions.find((choice) => choice === value);
              if (next) setRole(next);
            }}
            allowDeselect={false}
            disabled={isSelf}
            error={errors.field.role}
            data-testid="user-role"
          />
          {canMove && (
            <RegionSelect
              label={t('form.region')}
              description={t('user.moveHint')}
              level={userRegionLevel(role)}
              value={regionCode}
              onChange={(code) => code && setRegionCode(code)}
              error={errors.field.regionCode}
              data-testid="user-region"
            />
          )}
          {takesOpd && (
            <Select
              label={t('users.new.opd')}
              placeholder={t('users.new.opdPlaceholder')}
              data={opdOptions}
              value={opdId}
              onChange={setOpdId}
              clearable
              searchable
              error={errors.field.opdId}
              data-testid="user-opd"
            />
          )}
          <FormErrorAlert message={errors.general} error={error} />
          {saved && (
            <Text size="sm" c="teal.8" data-testid="user-saved">
              {t('user.saved')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy} data-testid="user-save">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/**
 * Roles of accounts the actor may change: a mirror of the server's manageableRoles (policy.ts).
 * A region admin manages their region's staff, never a peer region admin, oversight or system.
 */
function managedRoles(actorRole: Role | undefined): readonly Role[] {
  if (actorRole === 'system_admin') return roles;
  if (actorRole === 'region_admin') return ['reviewer', 'opd_officer', 'viewer'];
  return [];
}

function SessionsCard({ user }: { user: UserDto }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [ended, setEnded] = useState<number | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);

  const end = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setEnded((await endUserSessions(user.id)).ended);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('user.sessions.title')} intro={t('user.sessions.intro')}>
      <FormErrorAlert message={error === undefined ? undefined : apiErrorMessage(t, error)} error={error} />
      {ended !== undefined && (
        <Text size="sm" data-testid="user-sessions-ended">
          {t('user.sessions.ended', { count: ended })}
        </Text>
      )}
      <Group>
        <Button variant="light" loading={busy} onClick={() => void end()} data-testid="user-end-sessions">
          {t('user.sessions.end')}
        </Button>
      </Group>
    </Section>
  );
}

function StatusCard({ user, onUpdated }: { user: UserDto; onUpdated: () => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const enable = async () => {
    setError(undefined);
    try {
      await updateUser(user.id, { disabled: false });
      onUpdated();
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <Section
      title={t('user.status.title')}
      intro={user.disabled ? t('user.status.disabledText') : t('user.status.activeText')}
    >
      <FormErrorAlert message={error === undefined ? undefined : apiErrorMessage(t, error)} error={error} />
      <Group>
        {user.disabled ? (
          <Button variant="light" color="teal" onClick={() => void enable()} data-testid="user-enable">
            {t('user.enable')}
          </Button>
        ) : (
          <Button variant="light" color="red" onClick={() => setConfirming(true)} data-testid="user-disable">
            {t('user.disable')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('user.disable')}
        message={t('user.disableConfirm', { name: user.name })}
        confirmLabel={t('user.disable')}
        onConfirm={async () => {
          await updateUser(user.id, { disabled: true });
          onUpdated();
        }}
      />
    </Section>
  );
}

function ResetLinkCard({ user }: { user: UserDto }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<PasswordLinkDto | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);

  const create = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setLink(await createPasswordLink(user.id));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('user.resetLink')} intro={t('user.resetLinkIntro')}>
      <FormErrorAlert message={error === undefined ? undefined : apiErrorMessage(t, error)} error={error} />
      {link ? (
        <PasswordLinkNotice link={link} name={user.name} />
      ) : (
        <Group>
          <Button variant="light" loading={busy} onClick={() => void create()} data-testid="user-reset-link">
            {t('user.resetLink')}
          </Button>
        </Group>
      )}
    </Section>
  );
}
