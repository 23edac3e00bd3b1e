import { useEffect, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { io, type Socket } from 'socket.io-client';
import { NOTIFICATIONS_NAMESPACE, type NotificationsServerToClientEvents } from '@haven/shared/contracts';
import { announceCatalogChange, getFreshAccessToken } from '../../lib';
import { NotificationsDocument, UnreadNotificationCountDocument } from './notifications.documents';

/**
 * The member's unread count: loaded once, then kept by `notification:count` over /notifications (no
 * polling). A new notification also refreshes the list if it is on screen. The same socket carries
 * `catalog:changed`, handed to the category and room lists on screen (see `useCatalogChanges`).
 */
export function useUnreadCount(signedIn: boolean): number {
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountDocument, { skip: !signedIn });
  const [live, setLive] = useState<number | null>(null);

  useEffect(() => {
    if (!signedIn) return;
    const socket: Socket<NotificationsServerToClientEvents> = io(NOTIFICATIONS_NAMESPACE, {
      auth: (callback) => {
        getFreshAccessToken().then(
          (token) => callback({ token: token ?? '' }),
          () => callback({ token: '' }),
        );
      },
    });
    socket.on('notification:count', ({ unreadCount }) => setLive(unreadCount));
    socket.on('notification:new', () => {
      void client.refetchQueries({ include: [NotificationsDocument] });
    });
    socket.on('catalog:changed', ({ catalog }) => announceCatalogChange(catalog));
    return () => {
      socket.disconnect();
      setLive(null);
    };
  }, [signedIn, client]);

  return live ?? data?.notifications.unreadCount ?? 0;
}
