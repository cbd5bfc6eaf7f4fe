import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { QueryClientProvider } from '@tanstack/react-query';
import { initTransport } from './api';
import { queryClient } from './useLoad';
import { App } from './App';
import './styles.css';

dayjs.locale('vi');

/**
 * Toasts sit at the bottom right (styles.css), away from every toolbar, let the pointer through, and go on their
 * own: a pointer resting on one neither keeps it nor lands on it (docs/architecture.md, "Notifications").
 */
const TOASTS = { duration: 3, maxCount: 3, pauseOnHover: false, stack: false } as const;
initTransport();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={viVN}
      theme={{
        token: {
          colorPrimary: '#1f5fa8',
          borderRadius: 4,
          fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
        },
      }}
    >
      <AntApp message={TOASTS}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
