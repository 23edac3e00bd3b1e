import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import type { AccountStatus, Role } from '../../gql/graphql';
import { formatDateTime, useSession } from '../../lib';
import { Alert, Button, Select, TextArea, TextField } from '../../ui';
import { useFieldForm } from '../account/useFieldForm';
import { MemberHistory } from '../moderation/MemberHistory';
import { AdminSearchMembersDocument, AdminSetRoleDocument, AdminSetStatusDocument } from './admin.documents';
import {
  ROLE_LABELS,
  STATUS_LABELS,
  SUSPENSION_DAYS,
  suspensionEnd,
  wholeNumberProblem,
} from './admin.rules';
import type { FoundMember } from './MembersAdminPage';

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

/** One member: their status, role and moderation history, and the forms that change role and status. */
export function MemberPanel({ member }: { member: FoundMember }) {
  const { viewer } = useSession();
  const self = viewer?.user.id === member.id;
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="section admin-member" aria-labelledby="member-heading">
      <h2 id="member-heading">{member.handle}</h2>
      <dl className="admin-member__facts">
        <dt>Role</dt>
        <dd>{ROLE_LABELS[member.role]}</dd>
        <dt>Status</dt>
        <dd>
          {member.status ? STATUS_LABELS[member.status] : 'Unknown'}
          {member.suspendedUntil ? ` until ${formatDateTime(member.suspendedUntil)}` : ''}
        </dd>
        <dt>Joined</dt>
        <dd>{formatDateTime(member.createdAt)}</dd>
      </dl>
      <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
      {self ? (
        <p>This is your own account: another administrator changes its role or status.</p>
      ) : (
        <>
          <RoleForm member={member} onDone={setNotice} />
          <StatusForm member={member} onDone={setNotice} />
        </>
      )}
      <section aria-labelledby="member-history-heading">
        <h3 id="member-history-heading">Moderation history</h3>
        <MemberHistory userId={member.id} handle={member.handle} currentCaseId="" />
        <p>
          <Link to={`/moderation/log?member=${member.id}`}>Every logged action about {member.handle}</Link>
        </p>
      </section>
    </section>
  );
}

function RoleForm({ member, onDone }: { member: FoundMember; onDone: (notice: string) => void }) {
  const ids = { role: 'member-role' };
  const [role, setRole] = useState<Role>(member.role);
  const form = useFieldForm(ids, { role: 'role', userId: 'role' }, {}, { role });
  const [save, { loading }] = useMutation(AdminSetRoleDocument, {
    refetchQueries: [AdminSearchMembersDocument],
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await save({ variables: { userId: member.id, role } });
      onDone(`${member.handle} is now: ${ROLE_LABELS[role]}.`);
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="role-heading">
      <h3 id="role-heading">Role</h3>
      <Select
        id={ids.role}
        label="Role"
        hint="Moderators and administrators need a confirmed e-mail address."
        required
        options={options(ROLE_LABELS)}
        value={role}
        error={form.errors.role}
        onChange={(e) => setRole(e.target.value as Role)}
      />
      {form.formError ? (
        <Alert tone="error" title="The role was not changed">
          <p>{form.formError}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={loading} busyLabel="Saving…">
          Change role
        </Button>
      </div>
    </form>
  );
}

function StatusForm({ member, onDone }: { member: FoundMember; onDone: (notice: string) => void }) {
  const ids = { status: 'member-status', days: 'member-suspension-days', note: 'member-status-note' };
  const [status, setStatus] = useState<AccountStatus>(member.status ?? 'ACTIVE');
  const [days, setDays] = useState('7');
  const [note, setNote] = useState('');
  const [save, { loading }] = useMutation(AdminSetStatusDocument, {
    refetchQueries: [AdminSearchMembersDocument],
  });

  const suspending = status === 'SUSPENDED';
  const form = useFieldForm(
    ids,
    { status: 'status', until: 'days', note: 'note', userId: 'status' },
    {
      days: suspending ? wholeNumberProblem(days, SUSPENSION_DAYS.min, SUSPENSION_DAYS.max) : null,
      note: note.length > 1000 ? 'Keep the note to 1,000 characters.' : null,
    },
    { status, days, note },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check()) return;
    const until = suspending ? suspensionEnd(Number(days), new Date()).toISOString() : null;
    try {
      await save({ variables: { userId: member.id, status, until, note: note.trim() || null } });
      onDone(`${member.handle}’s account is now: ${STATUS_LABELS[status].toLowerCase()}.`);
      setNote('');
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="status-heading">
      <h3 id="status-heading">Account status</h3>
      <Select
        id={ids.status}
        label="Status"
        hint="Suspended members can read but not write; banned members cannot sign in. Their open pages and rooms close at once."
        required
        options={options(STATUS_LABELS)}
        value={status}
        error={form.errors.status}
        onChange={(e) => setStatus(e.target.value as AccountStatus)}
      />
      {status === 'SUSPENDED' ? (
        <TextField
          id={ids.days}
          label="Suspended for how many days"
          hint={`${SUSPENSION_DAYS.min} to ${SUSPENSION_DAYS.max}.`}
          required
          inputMode="numeric"
          value={days}
          error={form.errors.days}
          onChange={(e) => setDays(e.target.value)}
        />
      ) : null}
      <TextArea
        id={ids.note}
        label="Note for the moderation log"
        rows={3}
        countLimit={1000}
        value={note}
        error={form.errors.note}
        onChange={(e) => setNote(e.target.value)}
      />
      {form.formError ? (
        <Alert tone="error" title="The status was not changed">
          <p>{form.formError}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={loading} busyLabel="Saving…">
          Change status
        </Button>
      </div>
    </form>
  );
}
