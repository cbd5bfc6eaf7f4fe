import { useEffect, type RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { MONTH_VIEW } from './calendarViews';

/**
 * Printing. FullCalendar lays itself out for paper (natural heights, no scrollers) only when told; the month keeps
 * its screen layout (campaigns as continuous bars), measured at the page's size.
 */
export function useCalendarPrinting(
  calendarRef: RefObject<FullCalendar | null>,
  pageRef: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    const api = () => calendarRef.current?.getApi();
    const before = () => {
      if (api()?.view.type === MONTH_VIEW) {
        pageRef.current?.classList.add('cal-printing');
        api()?.updateSize();
      } else {
        api()?.trigger('_beforeprint');
      }
    };
    const after = () => {
      pageRef.current?.classList.remove('cal-printing');
      api()?.trigger('_afterprint');
      api()?.updateSize();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [calendarRef, pageRef]);
}
