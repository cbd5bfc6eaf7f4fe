import { useEffect, useState } from 'react';

/** The screens, addressed by the URL hash so that reload and back keep the place. */
export type Route =
  | { page: 'plans' }
  | { page: 'plan'; planId: number; tab: 'outline' | 'matrix' }
  | { page: 'import' }
  | { page: 'calendar' }
  | { page: 'agencies' }
  | { page: 'indicators' }
  | { page: 'about' }
  | { page: 'todo' }
  | { page: 'requests' }
  | { page: 'request'; requestId: number; tab: RequestTab };

/**
 * The tabs of a request's screen: the register of who sent what, the figures entered, their consolidation, and the
 * province's consolidated report written from the agencies' text.
 */
export const REQUEST_TABS = ['register', 'figures', 'consolidation', 'report'] as const;
export type RequestTab = (typeof REQUEST_TABS)[number];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'plans' && parts[1] && /^\d+$/.test(parts[1])) {
    return { page: 'plan', planId: Number(parts[1]), tab: parts[2] === 'matrix' ? 'matrix' : 'outline' };
  }
  if (parts[0] === 'import') return { page: 'import' };
  if (parts[0] === 'calendar') return { page: 'calendar' };
  if (parts[0] === 'agencies') return { page: 'agencies' };
  if (parts[0] === 'indicators') return { page: 'indicators' };
  if (parts[0] === 'about') return { page: 'about' };
  if (parts[0] === 'plans') return { page: 'plans' };
  if (parts[0] === 'requests' && parts[1] && /^\d+$/.test(parts[1])) {
    const tab = REQUEST_TABS.find((candidate) => candidate !== 'register' && candidate === parts[2]) ?? 'register';
    return { page: 'request', requestId: Number(parts[1]), tab };
  }
  if (parts[0] === 'requests') return { page: 'requests' };
  // The home screen: what is due or overdue.
  return { page: 'todo' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'plan':
      return `#/plans/${route.planId}/${route.tab}`;
    case 'request':
      return route.tab === 'register' ? `#/requests/${route.requestId}` : `#/requests/${route.requestId}/${route.tab}`;
    default:
      return `#/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
