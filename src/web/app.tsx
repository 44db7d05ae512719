import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { NotFoundPage } from './routes/NotFoundPage';
import { RegionDetailPage } from './routes/RegionDetailPage';
import { TentangPage } from './routes/TentangPage';
import { WilayahPage } from './routes/WilayahPage';

/**
 * Every route of the UI. Only pages that work are linked; `/` goes to the region list until the
 * dashboard exists. The server answers unknown paths with index.html, so the 404 page is ours.
 */
const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/wilayah" replace /> },
      { path: 'wilayah', element: <WilayahPage /> },
      { path: 'wilayah/:code', element: <RegionDetailPage /> },
      { path: 'tentang', element: <TentangPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The Sinergi single-page application. */
export function App() {
  return <RouterProvider router={router} />;
}
