import { Navigate } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';

/** The site's root: a logged-in user's home (/beranda), the region directory for visitors. */
export function HomeRedirect() {
  const auth = useAuth();
  if (auth.loading) return null;
  return <Navigate to={auth.user ? '/beranda' : '/wilayah'} replace />;
}
