import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient, staleAfterWrites } from './api/query-client';
import { App } from './app';
import { AuthProvider } from './auth/auth-context';
import { LangProvider } from './i18n/context';
import { theme } from './theme';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

// The one cache of server state; every write the API accepts marks it stale.
const queryClient = createQueryClient();
staleAfterWrites(queryClient);

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <LangProvider>
          <AuthProvider>
            <App />
          </AuthProvider>
        </LangProvider>
      </MantineProvider>
    </QueryClientProvider>
  </StrictMode>,
);
