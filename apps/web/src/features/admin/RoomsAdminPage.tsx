import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { AdminRoomsQuery } from '../../gql/graphql';
import { Checkbox, TextField } from '../../ui';
import { useFieldForm } from '../account/useFieldForm';
import { AdminCreateRoomDocument, AdminRoomsDocument, AdminUpdateRoomDocument } from './admin.documents';
import { wholeNumberProblem } from './admin.rules';
import {
  CatalogAdminPage,
  CatalogFormEnd,
  NameAndDescription,
  NewCatalogItemForm,
  submitting,
  type CatalogWords,
} from './catalog-admin';

type Room = AdminRoomsQuery['chatRooms'][number];
const SLOW_MODE_MAX = 3600;
const WORDS: CatalogWords = {
  noun: 'room',
  plural: 'rooms',
  addHeading: 'Open a room',
  emptyHint: 'Open the first one above.',
};
const DESCRIPTION_LIMIT = 500;

/** Administrators: the live support rooms, with their lock and slow mode, and a form to open one. */
export function RoomsAdminPage() {
  const { data, loading, error, refetch } = useQuery(AdminRoomsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [create, created] = useMutation(AdminCreateRoomDocument, {
    refetchQueries: [AdminRoomsDocument],
    awaitRefetchQueries: true,
  });
  return (
    <CatalogAdminPage
      title="Chat rooms"
      intro="A locked room takes messages from moderators only; slow mode makes members wait between messages."
      words={WORDS}
      query={{ items: data?.chatRooms ?? [], loading, error, refetch }}
      itemKey={(room) => `${room.id}:${room.name}:${String(room.locked)}:${room.slowModeSeconds}`}
      addForm={(onDone) => (
        <NewCatalogItemForm
          words={WORDS}
          slugExample="evening-check-in"
          descriptionLimit={DESCRIPTION_LIMIT}
          busy={created.loading}
          create={(input) => create({ variables: { input } })}
          texts={{
            done: (name) => `Room “${name}” opened. Members see it at once.`,
            failedTitle: 'The room was not opened',
            submit: 'Open room',
            busyLabel: 'Opening…',
          }}
          onDone={onDone}
        />
      )}
      editor={(room, onDone) => <RoomEditor room={room} onDone={onDone} />}
    />
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
  const submit = submitting(form, async () => {
    await update({
      variables: {
        id: room.id,
        input: { name: name.trim(), description, locked, slowModeSeconds: Number(slow) },
      },
    });
    onDone(`Room “${name.trim()}” saved.`);
  });

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} className="admin-item__title">
        {room.name} <span className="admin-item__slug">/{room.slug}</span>
        {room.locked ? <span className="badge">Locked</span> : null}
      </h3>
      <NameAndDescription
        ids={ids}
        name={name}
        description={description}
        descriptionLimit={DESCRIPTION_LIMIT}
        errors={form.errors}
        onName={setName}
        onDescription={setDescription}
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
      <CatalogFormEnd
        formError={form.formError}
        failedTitle="The room was not saved"
        busy={loading}
        busyLabel="Saving…"
        secondary
      >
        Save {room.name}
      </CatalogFormEnd>
    </form>
  );
}
