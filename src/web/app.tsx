import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { AuditPage } from './routes/admin/AuditPage';
import { OpdPage } from './routes/admin/OpdPage';
import { UserDetailPage } from './routes/admin/UserDetailPage';
import { UsersPage } from './routes/admin/UsersPage';
import { LoginPage } from './routes/account/LoginPage';
import { ProfilePage } from './routes/account/ProfilePage';
import { SetPasswordPage } from './routes/account/SetPasswordPage';
import { SetupPage } from './routes/account/SetupPage';
import { ImportPage } from './routes/ingest/ImportPage';
import { AgreementDetailPage } from './routes/agreements/AgreementDetailPage';
import { AgreementFormPage } from './routes/agreements/AgreementFormPage';
import { AgreementsListPage } from './routes/agreements/AgreementsListPage';
import { ErrorPage } from './routes/ErrorPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { OfficialsPage } from './routes/officials/OfficialsPage';
import { RegionDetailPage } from './routes/RegionDetailPage';
import { TentangPage } from './routes/TentangPage';
import { WilayahPage } from './routes/WilayahPage';

/**
 * Every route of the UI. Only pages that work are linked; `/` goes to the region list until the
 * dashboard exists. The server answers unknown paths with index.html, so the 404 page is ours.
 * Pages that need a login wrap themselves in <RequireAuth>, so a feature's routes are one line each.
 * A page that throws while rendering shows the friendly {@link ErrorPage} inside the frame.
 */
const pageRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/wilayah" replace /> },
  { path: 'wilayah', element: <WilayahPage /> },
  { path: 'wilayah/:code', element: <RegionDetailPage /> },
  { path: 'tentang', element: <TentangPage /> },

  // Agreements (kerja sama)
  { path: 'kerja-sama', element: <AgreementsListPage /> },
  { path: 'kerja-sama/baru', element: <AgreementFormPage /> },
  { path: 'kerja-sama/:id', element: <AgreementDetailPage /> },
  { path: 'kerja-sama/:id/ubah', element: <AgreementFormPage /> },

  // Accounts
  { path: 'masuk', element: <LoginPage /> },
  { path: 'setup', element: <SetupPage /> },
  { path: 'atur-sandi', element: <SetPasswordPage /> },
  { path: 'profil', element: <ProfilePage /> },

  // Administration
  { path: 'admin/pengguna', element: <UsersPage /> },
  { path: 'admin/pengguna/:id', element: <UserDetailPage /> },
  { path: 'admin/opd', element: <OpdPage /> },
  { path: 'admin/audit', element: <AuditPage /> },
  { path: 'admin/pejabat', element: <OfficialsPage /> },

  // Import from news
  { path: 'impor', element: <ImportPage /> },

  { path: '*', element: <NotFoundPage /> },
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
