import { useState } from 'react';
import type { MailStatus } from '../../gql/graphql';
import { LoadMore, errorMessage, formatDateTime, usePagedQuery } from '../../lib';
import { EmptyState, ErrorState, Loading, Page, Select } from '../../ui';
import { AdminOutboxDocument } from './admin.documents';
import { AdminNav } from './AdminNav';
import { MAIL_STATUS_LABELS } from './admin.rules';
import '../moderation/moderation.css';
import './admin.css';

const STATUS_OPTIONS = (Object.keys(MAIL_STATUS_LABELS) as MailStatus[]).map((value) => ({
  value,
  label: MAIL_STATUS_LABELS[value],
}));

/** Administrators: the e-mail Haven sent, keeps or could not send. Subjects and masked addresses only. */
export function OutboxPage() {
  const [status, setStatus] = useState<MailStatus | ''>('');
  const outbox = usePagedQuery(
    AdminOutboxDocument,
    { variables: { status: status || null, first: 30 }, fetchPolicy: 'cache-and-network' },
    (answer) => answer.mailOutbox,
  );
  const { nodes, loading, error, refetch } = outbox;

  return (
    <Page
      title="E-mail outbox"
      intro="Every message Haven wrote, newest first. Message bodies and links are never shown here."
    >
      <AdminNav />
      <form className="form form--inline" onSubmit={(e) => e.preventDefault()}>
        <Select
          id="outbox-status"
          label="Show"
          emptyOption="Every message"
          options={STATUS_OPTIONS}
          value={status}
          onChange={(e) => setStatus(e.target.value as MailStatus | '')}
        />
      </form>
      {error && nodes.length === 0 ? (
        <ErrorState
          title="We could not load the outbox"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && nodes.length === 0 ? (
        <Loading label="Loading the outbox…" />
      ) : nodes.length === 0 ? (
        <EmptyState title="No messages">
          <p>Nothing matches.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="log-table">
            <caption className="visually-hidden">E-mail messages, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Written</th>
                <th scope="col">To</th>
                <th scope="col">Subject</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.createdAt)}</td>
                  <td>{m.recipient}</td>
                  <td>{m.subject}</td>
                  <td>
                    {MAIL_STATUS_LABELS[m.status]}
                    {m.lastError ? ` (${m.lastError})` : ''}
                  </td>
                  <td>{m.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore paging={outbox} label="Show older messages" />
    </Page>
  );
}
