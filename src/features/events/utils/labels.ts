import type { EventStatus } from '../../../core/dataset/schema';

export const STATUS_LABEL: Record<EventStatus, string> = {
  held: 'Held',
  scheduled: 'Scheduled',
  proposed: 'Proposed',
  cancelled: 'Cancelled or postponed',
};
