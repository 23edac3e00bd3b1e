import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AdminSearchMembersQuery } from '../../gql/graphql';
import { LoadMore, errorMessage, usePagedQuery } from '../../lib';
import { Button, EmptyState, Page, TextField } from '../../ui';
import { AdminSearchMembersDocument } from './admin.documents';
import { AdminNav } from './AdminNav';
import { ROLE_LABELS, STATUS_LABELS } from './admin.rules';
import { MemberPanel } from './MemberPanel';
import '../moderation/moderation.css';
import './admin.css';

export type FoundMember = AdminSearchMembersQuery['searchMembers']['nodes'][number];
const PAGE = 20;

/** Administrators: find a member by handle or e-mail address, then see and change their role and status. */
export function MembersAdminPage() {
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The term last searched for (null before the first search).
  const [searched, setSearched] = useState<string | null>(null);
  const found = usePagedQuery(
    AdminSearchMembersDocument,
    {
      variables: { query: searched ?? '', first: PAGE },
      skip: searched === null,
      fetchPolicy: 'network-only',
    },
    (answer) => answer.searchMembers,
  );
  const { nodes, loading, error } = found;
  const called = searched !== null;
  const selected = nodes.find((m) => m.id === selectedId) ?? null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (query.trim() === '') {
      setProblem('Type part of a handle or an e-mail address.');
      document.getElementById('member-search')?.focus();
      return;
    }
    setProblem(null);
    setSelectedId(null);
    if (searched === query.trim()) void found.refetch();
    else setSearched(query.trim());
  }

  return (
    <Page
      title="Members"
      intro="Search by handle, or by e-mail address. Addresses are matched but never shown here."
    >
      <AdminNav />
      <form className="form form--inline" role="search" onSubmit={submit} noValidate>
        <TextField
          id="member-search"
          label="Handle or e-mail address"
          required
          value={query}
          error={problem ?? (error ? errorMessage(error) : null)}
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading} busyLabel="Searching…">
            Search
          </Button>
        </div>
      </form>
      {called && !loading && !error && nodes.length === 0 ? (
        <EmptyState title="No member found">
          <p>Try fewer letters of the handle, or the whole address.</p>
        </EmptyState>
      ) : null}
      {nodes.length > 0 ? (
        <section className="section" aria-labelledby="results-heading">
          <h2 id="results-heading">Results</h2>
          <ul className="admin-results">
            {nodes.map((member) => (
              <li key={member.id}>
                <span>
                  <Link to={`/u/${member.handle}`}>{member.handle}</Link> · {ROLE_LABELS[member.role]} ·{' '}
                  {member.status ? STATUS_LABELS[member.status] : ''}
                </span>
                <Button
                  variant="secondary"
                  aria-pressed={member.id === selectedId}
                  onClick={() => setSelectedId(member.id)}
                >
                  Manage {member.handle}
                </Button>
              </li>
            ))}
          </ul>
          <LoadMore paging={found} label="Show more members" />
        </section>
      ) : null}
      {selected ? <MemberPanel key={selected.id} member={selected} /> : null}
    </Page>
  );
}
