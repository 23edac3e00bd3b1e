import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ModerationRuleFieldsFragment, ModerationRuleInput } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page } from '../../ui';
import { PRIORITY_LABELS, RULE_ACTION_LABELS } from './labels';
import {
  CreateModerationRuleDocument,
  DeleteModerationRuleDocument,
  ModerationRulesDocument,
  UpdateModerationRuleDocument,
} from './moderation.documents';
import { ModerationNav } from './ModerationNav';
import { RuleForm } from './RuleForm';
import './moderation.css';

/** Administrators: the automatic moderation rules (words, phrases, patterns) and what a match does. */
export function ModerationRulesPage() {
  const { data, loading, error, refetch } = useQuery(ModerationRulesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [create, creating] = useMutation(CreateModerationRuleDocument, {
    refetchQueries: [ModerationRulesDocument],
  });
  const [done, setDone] = useState<string | null>(null);
  const rules = data?.moderationRules ?? [];

  async function add(input: ModerationRuleInput) {
    setDone(null);
    try {
      await create({ variables: { input } });
      setDone(`Rule “${input.name}” added. Every server uses it within seconds.`);
      return true;
    } catch {
      return false;
    }
  }

  return (
    <Page
      title="Automatic rules"
      intro="Rules run on every post, comment, testimonial and chat message, beside the built-in crisis and drug-sourcing checks."
    >
      <ModerationNav />
      {done ? <Alert tone="success">{done}</Alert> : null}
      <section className="section" aria-labelledby="rules-heading">
        <h2 id="rules-heading">Rules</h2>
        {error && rules.length === 0 ? (
          <ErrorState
            title="We could not load the rules"
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : loading && rules.length === 0 ? (
          <Loading label="Loading the rules…" />
        ) : rules.length === 0 ? (
          <EmptyState title="No rules yet">
            <p>The built-in checks still run. Add a rule below.</p>
          </EmptyState>
        ) : (
          <ul className="rule-list">
            {rules.map((rule) => (
              <RuleItem key={rule.id} rule={rule} onChanged={setDone} />
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="new-rule-heading">
        <h2 id="new-rule-heading">Add a rule</h2>
        <RuleForm
          busy={creating.loading}
          error={creating.error ? errorMessage(creating.error) : null}
          submitLabel="Add rule"
          onSubmit={add}
        />
      </section>
    </Page>
  );
}

function RuleItem({
  rule,
  onChanged,
}: {
  rule: ModerationRuleFieldsFragment;
  onChanged: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [update, updating] = useMutation(UpdateModerationRuleDocument);
  const [remove, removing] = useMutation(DeleteModerationRuleDocument, {
    refetchQueries: [ModerationRulesDocument],
  });

  async function save(input: ModerationRuleInput) {
    try {
      await update({ variables: { id: rule.id, input } });
      setEditing(false);
      onChanged(`Rule “${input.name}” saved.`);
      return true;
    } catch {
      return false;
    }
  }

  return (
    <li className="rule">
      {editing ? (
        <RuleForm
          rule={rule}
          busy={updating.loading}
          error={updating.error ? errorMessage(updating.error) : null}
          submitLabel="Save rule"
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="rule__name">
            <strong>{rule.name}</strong> {rule.enabled ? null : <span className="badge">Disabled</span>}
          </p>
          <p>
            <code>{rule.pattern}</code> {rule.isRegex ? '(regular expression)' : '(word or phrase)'}
          </p>
          <p>
            {RULE_ACTION_LABELS[rule.action]} · {PRIORITY_LABELS[rule.priority]} priority
          </p>
          {removing.error ? <Alert tone="error">{errorMessage(removing.error)}</Alert> : null}
          <div className="form__actions">
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> {rule.name}</span>
            </Button>
            {confirming ? (
              <>
                <Button
                  variant="danger"
                  busy={removing.loading}
                  busyLabel="Deleting…"
                  onClick={() =>
                    void remove({ variables: { id: rule.id } }).then(
                      () => onChanged(`Rule “${rule.name}” deleted.`),
                      () => undefined,
                    )
                  }
                >
                  Yes, delete {rule.name}
                </Button>
                <Button variant="quiet" onClick={() => setConfirming(false)}>
                  Keep it
                </Button>
              </>
            ) : (
              <Button variant="quiet" onClick={() => setConfirming(true)}>
                Delete<span className="visually-hidden"> {rule.name}</span>
              </Button>
            )}
          </div>
        </>
      )}
    </li>
  );
}
