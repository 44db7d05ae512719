import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { ErrorPage } from './routes/ErrorPage';
import { HomeRedirect } from './routes/monitoring/HomeRedirect';

/** A route whose page module is loaded on first visit: its own chunk, out of the first load. */
function page<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name) {
  return { lazy: async () => ({ Component: (await load())[name] as ComponentType }) };
}

/**
 * Every route of the UI. Each page is its own chunk, loaded when its route is first visited
 * (React Router's `lazy`), so the first load carries only the layout and the page it shows. Only
 * pages that work are linked; `/` goes to the region list until the dashboard exists. The server
 * answers unknown paths with index.html, so the 404 page is ours. Pages that need a login wrap
 * themselves in <RequireAuth>, so a feature's routes are one line each. A page that throws while
 * rendering shows the friendly {@link ErrorPage} inside the frame.
 */
const pageRoutes: RouteObject[] = [
  { index: true, element: <HomeRedirect /> },
  { path: 'beranda', ...page(() => import('./routes/monitoring/HomePage'), 'HomePage') },
  { path: 'pengawasan', ...page(() => import('./routes/monitoring/OversightPage'), 'OversightPage') },
  { path: 'wilayah', ...page(() => import('./routes/WilayahPage'), 'WilayahPage') },
  { path: 'wilayah/:code', ...page(() => import('./routes/RegionDetailPage'), 'RegionDetailPage') },
  { path: 'tentang', ...page(() => import('./routes/TentangPage'), 'TentangPage') },

  // Agreements (kerja sama)
  {
    path: 'kerja-sama',
    ...page(() => import('./routes/agreements/AgreementsListPage'), 'AgreementsListPage'),
  },
  {
    path: 'kerja-sama/baru',
    ...page(() => import('./routes/agreements/AgreementFormPage'), 'AgreementFormPage'),
  },
  {
    path: 'kerja-sama/:id',
    ...page(() => import('./routes/agreements/AgreementDetailPage'), 'AgreementDetailPage'),
  },
  {
    path: 'kerja-sama/:id/ubah',
    ...page(() => import('./routes/agreements/AgreementFormPage'), 'AgreementFormPage'),
  },

  // Follow-up actions (tindak lanjut)
  { path: 'tindak-lanjut', ...page(() => import('./routes/actions/ActionsListPage'), 'ActionsListPage') },
  { path: 'tindak-lanjut/baru', ...page(() => import('./routes/actions/ActionFormPage'), 'ActionFormPage') },
  {
    path: 'tindak-lanjut/:id',
    ...page(() => import('./routes/actions/ActionDetailPage'), 'ActionDetailPage'),
  },
  // Programs and funding
  { path: 'program', ...page(() => import('./routes/programs/ProgramsListPage'), 'ProgramsListPage') },
  { path: 'program/baru', ...page(() => import('./routes/programs/ProgramFormPage'), 'ProgramFormPage') },
  { path: 'program/:id', ...page(() => import('./routes/programs/ProgramDetailPage'), 'ProgramDetailPage') },
  { path: 'program/:id/ubah', ...page(() => import('./routes/programs/ProgramFormPage'), 'ProgramFormPage') },
  // Work visits (kunjungan kerja)
  { path: 'kunjungan', ...page(() => import('./routes/visits/VisitsListPage'), 'VisitsListPage') },
  { path: 'kunjungan/baru', ...page(() => import('./routes/visits/VisitFormPage'), 'VisitFormPage') },
  { path: 'kunjungan/:id', ...page(() => import('./routes/visits/VisitDetailPage'), 'VisitDetailPage') },
  { path: 'kunjungan/:id/ubah', ...page(() => import('./routes/visits/VisitFormPage'), 'VisitFormPage') },
  {
    path: 'evaluasi/:id',
    ...page(() => import('./routes/evaluations/EvaluationDetailPage'), 'EvaluationDetailPage'),
  },
  // Meetings (pertemuan)
  { path: 'pertemuan', ...page(() => import('./routes/meetings/MeetingsListPage'), 'MeetingsListPage') },
  { path: 'pertemuan/baru', ...page(() => import('./routes/meetings/MeetingFormPage'), 'MeetingFormPage') },
  {
    path: 'pertemuan/:id',
    ...page(() => import('./routes/meetings/MeetingDetailPage'), 'MeetingDetailPage'),
  },
  {
    path: 'pertemuan/:id/ubah',
    ...page(() => import('./routes/meetings/MeetingFormPage'), 'MeetingFormPage'),
  },

  // Accounts
  { path: 'masuk', ...page(() => import('./routes/account/LoginPage'), 'LoginPage') },
  { path: 'setup', ...page(() => import('./routes/account/SetupPage'), 'SetupPage') },
  { path: 'atur-sandi', ...page(() => import('./routes/account/SetPasswordPage'), 'SetPasswordPage') },
  { path: 'profil', ...page(() => import('./routes/account/ProfilePage'), 'ProfilePage') },

  // Administration
  { path: 'admin/pengguna', ...page(() => import('./routes/admin/UsersPage'), 'UsersPage') },
  {
    path: 'admin/pengguna/:id',
    ...page(() => import('./routes/admin/UserDetailPage'), 'UserDetailPage'),
  },
  { path: 'admin/opd', ...page(() => import('./routes/admin/OpdPage'), 'OpdPage') },
  { path: 'admin/audit', ...page(() => import('./routes/admin/AuditPage'), 'AuditPage') },
  {
    path: 'admin/tugas-latar',
    ...page(() => import('./routes/admin/BackgroundJobsPage'), 'BackgroundJobsPage'),
  },
  {
    path: 'notifikasi',
    ...page(() => import('./routes/notifications/NotificationsPage'), 'NotificationsPage'),
  },
  { path: 'admin/pejabat', ...page(() => import('./routes/officials/OfficialsPage'), 'OfficialsPage') },

  // Import from news
  { path: 'impor', ...page(() => import('./routes/ingest/ImportPage'), 'ImportPage') },

  { path: '*', ...page(() => import('./routes/NotFoundPage'), 'NotFoundPage') },
];

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    // A crash of the frame itself; a page's crash is caught below it, so the header stays.
    errorElement: <ErrorPage />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: pageRoutes,
      },
    ],
  },
]);

/** The Sinergi single-page application. */
export function App() {
  return <RouterProvider router={router} />;
}
