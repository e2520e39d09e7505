import type { ServiceDescription } from '@makerspace/http';

export const NOTIFICATION_SERVICE: ServiceDescription = {
  name: 'notification',
  title: 'Notification service',
  description: 'In-app inbox and e-mail for every step of filing and supervision; idempotent by event id.',
};
