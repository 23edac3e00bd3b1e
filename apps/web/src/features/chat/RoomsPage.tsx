import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorMessage, useCatalogChanges, useSession } from '../../lib';
import { EmptyState, ErrorState, Loading, Page } from '../../ui';
import { ChatRoomsDocument } from './chat.documents';
import './chat.css';

const REFRESH_MS = 15_000;

/** The live support rooms, with how many members are in each right now. */
export function RoomsPage() {
  const { viewer } = useSession();
  const { data, loading, error, refetch } = useQuery(ChatRoomsDocument, {
    pollInterval: REFRESH_MS,
    fetchPolicy: 'cache-and-network',
  });
  useCatalogChanges('rooms', refetch);
  const rooms = data?.chatRooms ?? [];

  return (
    <Page
      title="Support rooms"
      intro={
        <p>
          Live rooms where members keep each other company. Drop in, say hello, or just read along. Messages
          are kept for a few months, then deleted.
        </p>
      }
    >
      {!viewer ? (
        <p className="chat-signin-note">
          <Link to="/sign-in" state={{ from: '/rooms' }}>
            Sign in
          </Link>{' '}
          or <Link to="/sign-up">create an account</Link> to join a room.
        </p>
      ) : null}
      {error && rooms.length === 0 ? (
        <ErrorState
          title="We could not load the rooms"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && rooms.length === 0 ? (
        <Loading label="Loading the rooms…" />
      ) : rooms.length === 0 ? (
        <EmptyState title="There are no rooms yet">
          <p>An administrator can open the first one.</p>
        </EmptyState>
      ) : (
        <ul className="card-grid" aria-label="Rooms">
          {rooms.map((room) => (
            <li key={room.id} className="card chat-room-card">
              <h2 className="card__title">
                <Link to={`/rooms/${room.slug}`}>{room.name}</Link>
              </h2>
              <p>{room.description}</p>
              <p className="chat-room-card__meta">
                <span className="chat-online">
                  {room.onlineCount > 0 ? <span className="chat-online__dot" aria-hidden="true" /> : null}
                  {room.onlineCount === 1 ? '1 member online' : `${room.onlineCount} members online`}
                </span>
                {room.locked ? <span className="chat-badge">Paused by moderators</span> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
