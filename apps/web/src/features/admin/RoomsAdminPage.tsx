import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { AdminRoomsQuery } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import {
  Alert,
  Button,
  Checkbox,
  EmptyState,
  ErrorState,
  Loading,
  Page,
  TextArea,
  TextField,
} from '../../ui';
import { useFieldForm } from '../account/useFieldForm';
import { AdminCreateRoomDocument, AdminRoomsDocument, AdminUpdateRoomDocument } from './admin.documents';
import { AdminNav } from './AdminNav';
import { slugProblem, wholeNumberProblem } from './admin.rules';
import '../moderation/moderation.css';
import './admin.css';

type Room = AdminRoomsQuery['chatRooms'][number];
const SLOW_MODE_MAX = 3600;

/** Administrators: the live support rooms, with their lock and slow mode, and a form to open one. */
export function RoomsAdminPage() {
  const { data, loading, error, refetch } = useQuery(AdminRoomsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const rooms = data?.chatRooms ?? [];
  return (
    <Page
      title="Chat rooms"
      intro="A locked room takes messages from moderators only; slow mode makes members wait between messages."
    >
      <AdminNav />
      <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
      <section className="section" aria-labelledby="new-room-heading">
        <h2 id="new-room-heading">Open a room</h2>
        <NewRoomForm onDone={setNotice} />
      </section>
      <section className="section" aria-labelledby="rooms-heading">
        <h2 id="rooms-heading">All rooms</h2>
        {error && rooms.length === 0 ? (
          <ErrorState
            title="We could not load the rooms"
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : loading && rooms.length === 0 ? (
          <Loading label="Loading the rooms…" />
        ) : rooms.length === 0 ? (
          <EmptyState title="No rooms yet">
            <p>Open the first one above.</p>
          </EmptyState>
        ) : (
          <ul className="admin-list">
            {rooms.map((room) => (
              <li
                key={`${room.id}:${room.name}:${String(room.locked)}:${room.slowModeSeconds}`}
                className="admin-item"
              >
                <RoomEditor room={room} onDone={setNotice} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

function NewRoomForm({ onDone }: { onDone: (notice: string) => void }) {
  const ids = { slug: 'new-room-slug', name: 'new-room-name', description: 'new-room-description' };
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [create, { loading }] = useMutation(AdminCreateRoomDocument, {
    refetchQueries: [AdminRoomsDocument],
    awaitRefetchQueries: true,
  });

  const form = useFieldForm(
    ids,
    { slug: 'slug', name: 'name', description: 'description' },
    { slug: slugProblem(slug), name: name.trim() === '' ? 'Give it a name.' : null },
    { slug, name, description },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check()) return;
    try {
      await create({ variables: { input: { slug: slug.trim(), name: name.trim(), description } } });
      onDone(`Room “${name.trim()}” opened. Members see it at once.`);
      setSlug('');
      setName('');
      setDescription('');
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id={ids.name}
        label="Name"
        required
        value={name}
        error={form.errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        id={ids.slug}
        label="Address"
        hint="Lowercase letters, digits and hyphens, e.g. evening-check-in. It cannot be changed later."
        required
        value={slug}
        error={form.errors.slug}
        onChange={(e) => setSlug(e.target.value)}
      />
      <TextArea
        id={ids.description}
        label="Description"
        rows={2}
        countLimit={500}
        value={description}
        error={form.errors.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      {form.formError ? (
        <Alert tone="error" title="The room was not opened">
          <p>{form.formError}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={loading} busyLabel="Opening…">
          Open room
        </Button>
      </div>
    </form>
  );
}

function RoomEditor({ room, onDone }: { room: Room; onDone: (notice: string) => void }) {
  const prefix = `room-${room.id}`;
  const ids = {
    name: `${prefix}-name`,
    description: `${prefix}-description`,
    locked: `${prefix}-locked`,
    slowModeSeconds: `${prefix}-slow`,
  };
  const [name, setName] = useState(room.name);
  const [description, setDescription] = useState(room.description);
  const [locked, setLocked] = useState(room.locked);
  const [slow, setSlow] = useState(String(room.slowModeSeconds));
  const [update, { loading }] = useMutation(AdminUpdateRoomDocument, {
    refetchQueries: [AdminRoomsDocument],
    awaitRefetchQueries: true,
  });

  const form = useFieldForm(
    ids,
    { name: 'name', description: 'description', locked: 'locked', slowModeSeconds: 'slowModeSeconds' },
    {
      name: name.trim() === '' ? 'Give it a name.' : null,
      slowModeSeconds: wholeNumberProblem(slow, 0, SLOW_MODE_MAX),
    },
    { name, description, locked, slowModeSeconds: slow },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check()) return;
    try {
      await update({
        variables: {
          id: room.id,
          input: { name: name.trim(), description, locked, slowModeSeconds: Number(slow) },
        },
      });
      onDone(`Room “${name.trim()}” saved.`);
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} className="admin-item__title">
        {room.name} <span className="admin-item__slug">/{room.slug}</span>
        {room.locked ? <span className="badge">Locked</span> : null}
      </h3>
      <TextField
        id={ids.name}
        label="Name"
        required
        value={name}
        error={form.errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextArea
        id={ids.description}
        label="Description"
        rows={2}
        countLimit={500}
        value={description}
        error={form.errors.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <Checkbox
        id={ids.locked}
        label="Locked (only moderators can send)"
        checked={locked}
        error={form.errors.locked}
        onChange={(e) => setLocked(e.target.checked)}
      />
      <TextField
        id={ids.slowModeSeconds}
        label="Slow mode, in seconds"
        hint={`0 is off; at most ${SLOW_MODE_MAX}.`}
        required
        inputMode="numeric"
        value={slow}
        error={form.errors.slowModeSeconds}
        onChange={(e) => setSlow(e.target.value)}
      />
      {form.formError ? (
        <Alert tone="error" title="The room was not saved">
          <p>{form.formError}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={loading} busyLabel="Saving…">
          Save {room.name}
        </Button>
      </div>
    </form>
  );
}
