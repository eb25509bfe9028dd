import type { NotificationWiring } from '../template/wiring.ts';

/** `s3:ObjectCreated:*` matches `ObjectCreated:Put`; `s3:ObjectRemoved:Delete` only itself. */
const matchesEventType = (pattern: string, eventName: string): boolean => {
  const wanted = pattern.replace(/^s3:/, '');
  if (wanted.endsWith(':*')) return eventName.startsWith(wanted.slice(0, -1));
  return wanted === eventName;
};

/** The notification configurations an event on (bucket, decoded key) triggers. */
export const matchingNotifications = (
  notifications: NotificationWiring[],
  bucket: string,
  key: string,
  eventName: string,
): NotificationWiring[] =>
  notifications.filter(
    (n) =>
      n.bucket === bucket &&
      n.events.some((pattern) => matchesEventType(pattern, eventName)) &&
      key.startsWith(n.filter.prefix ?? '') &&
      key.endsWith(n.filter.suffix ?? ''),
  );
