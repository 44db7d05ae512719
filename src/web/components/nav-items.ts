import type { Permission, Role } from '../auth/roles';
import type { MessageKey } from '../i18n/id';

/**
 * A header link; with `permission`, shown only to users who hold it (the server checks again).
 * Items of the `admin` group share one "Administrasi" menu so the header stays one line.
 */
export type NavItem = {
  to: string;
  label: MessageKey;
  testId: string;
  permission?: Permission;
  /** Shown only to these roles (the oversight view is for oversight and system administrators). */
  roles?: readonly Role[];
  /** Items of a group share one menu in the header (label `nav.<group>`, test id `nav-<group>`). */
  group?: 'kegiatan' | 'admin';
};

/** Only the pages that work today are linked; add an entry when a feature ships. */
export const navItems: NavItem[] = [
  { to: '/wilayah', label: 'nav.wilayah', testId: 'nav-wilayah' },
  { to: '/kerja-sama', label: 'nav.kerjaSama', testId: 'nav-kerja-sama', permission: 'agreement:read' },
  {
    to: '/tindak-lanjut',
    label: 'nav.tindakLanjut',
    testId: 'nav-tindak-lanjut',
    permission: 'record:read',
    group: 'kegiatan',
  },
  { to: '/program', label: 'nav.program', testId: 'nav-program', group: 'kegiatan' },
  {
    to: '/kunjungan',
    label: 'nav.kunjungan',
    testId: 'nav-kunjungan',
    permission: 'record:read',
    group: 'kegiatan',
  },
  {
    to: '/pertemuan',
    label: 'nav.pertemuan',
    testId: 'nav-pertemuan',
    permission: 'record:read',
    group: 'kegiatan',
  },
  { to: '/impor', label: 'nav.impor', testId: 'nav-impor', permission: 'ingest:extract' },
  {
    to: '/pengawasan',
    label: 'nav.pengawasan',
    testId: 'nav-pengawasan',
    permission: 'report:read',
    roles: ['oversight', 'system_admin'],
    group: 'kegiatan',
  },
  { to: '/admin/pengguna', label: 'nav.users', testId: 'nav-users', permission: 'user:read', group: 'admin' },
  { to: '/admin/opd', label: 'nav.opd', testId: 'nav-opd', permission: 'opd:manage', group: 'admin' },
  {
    to: '/admin/pejabat',
    label: 'nav.officials',
    testId: 'nav-officials',
    permission: 'official:manage',
    group: 'admin',
  },
  { to: '/admin/audit', label: 'nav.audit', testId: 'nav-audit', permission: 'audit:read', group: 'admin' },
  {
    to: '/admin/tugas-latar',
    label: 'nav.backgroundJobs',
    testId: 'nav-background-jobs',
    permission: 'job:manage',
    group: 'admin',
  },
  { to: '/tentang', label: 'nav.tentang', testId: 'nav-tentang' },
];

/** True when `item` is the page at `pathname` or one of its sub-pages. */
export function isActiveItem(item: NavItem, pathname: string): boolean {
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}

/** A run of ungrouped pages, or one group's pages under its heading. */
export type MenuSection = { group?: NonNullable<NavItem['group']>; items: NavItem[] };

/**
 * The phone menu's sections in the order of the wide header: a group sits where its first page
 * would be (Wilayah, Kerja Sama, Kegiatan, Impor, Administrasi, Tentang), and the pages between
 * groups form sections of their own, so no page seems to belong to the group above it.
 */
export function menuSections(items: readonly NavItem[]): MenuSection[] {
  const sections: MenuSection[] = [];
  for (const item of items) {
    if (item.group) {
      if (sections.some((section) => section.group === item.group)) continue;
      sections.push({ group: item.group, items: items.filter((other) => other.group === item.group) });
    } else {
      const last = sections.at(-1);
      if (last && !last.group) last.items.push(item);
      else sections.push({ items: [item] });
    }
  }
  return sections;
}
