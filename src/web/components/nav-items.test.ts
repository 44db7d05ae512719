import { describe, expect, it } from 'vitest';
import { menuSections, navItems } from './nav-items';

const sectionsOf = (items: typeof navItems) =>
  menuSections(items).map((section) => ({
    group: section.group ?? null,
    pages: section.items.map((item) => item.to),
  }));

describe('the phone menu sections', () => {
  it('follows the wide header: a group where its first page is, the pages between groups apart', () => {
    expect(sectionsOf(navItems)).toEqual([
      { group: null, pages: ['/wilayah', '/kerja-sama'] },
      { group: 'kegiatan', pages: ['/tindak-lanjut', '/program', '/kunjungan', '/pertemuan', '/pengawasan'] },
      { group: null, pages: ['/impor'] },
      {
        group: 'admin',
        pages: ['/admin/pengguna', '/admin/opd', '/admin/pejabat', '/admin/audit', '/admin/tugas-latar'],
      },
      { group: null, pages: ['/tentang'] },
    ]);
  });

  it('joins the pages around a group a visitor does not see', () => {
    const visible = navItems.filter((item) => item.group !== 'admin' && item.to !== '/impor');
    expect(sectionsOf(visible).map((section) => section.group)).toEqual([null, 'kegiatan', null]);
    expect(sectionsOf(visible)[2]?.pages).toEqual(['/tentang']);
  });
});
