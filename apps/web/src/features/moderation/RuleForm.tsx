import { useState, type FormEvent } from 'react';
import type {
  CasePriority,
  ModerationRuleFieldsFragment,
  ModerationRuleInput,
  RuleAction,
} from '../../gql/graphql';
import { Alert, Button, Checkbox, Select, TextField } from '../../ui';
import { PRIORITY_LABELS, RULE_ACTION_LABELS } from './labels';

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

/** The fields of an automatic rule, for creating or editing one. */
export function RuleForm({
  rule,
  busy,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  rule?: ModerationRuleFieldsFragment;
  busy: boolean;
  error: string | null;
  submitLabel: string;
  onSubmit: (input: ModerationRuleInput) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [name, setName] = useState(rule?.name ?? '');
  const [pattern, setPattern] = useState(rule?.pattern ?? '');
  const [isRegex, setIsRegex] = useState(rule?.isRegex ?? false);
  const [action, setAction] = useState<RuleAction>(rule?.action ?? 'FLAG');
  const [priority, setPriority] = useState<CasePriority>(rule?.priority ?? 'NORMAL');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '' || pattern.trim() === '') {
      setProblem('A rule needs a name and a pattern.');
      return;
    }
    setProblem(null);
    const saved = await onSubmit({ name: name.trim(), pattern, isRegex, action, priority, enabled });
    if (saved && !rule) {
      setName('');
      setPattern('');
    }
  }

  const prefix = rule ? `rule-${rule.id}` : 'rule-new';
  return (
    <form className="form rule-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id={`${prefix}-name`}
        label="Name"
        hint="Shown to moderators as an automatic flag."
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        id={`${prefix}-pattern`}
        label="Word, phrase or pattern"
        required
        value={pattern}
        onChange={(e) => setPattern(e.target.value)}
      />
      <Checkbox
        id={`${prefix}-regex`}
        label="The pattern is a regular expression"
        checked={isRegex}
        onChange={(e) => setIsRegex(e.target.checked)}
      />
      <Select
        id={`${prefix}-action`}
        label="What a match does"
        required
        options={options(RULE_ACTION_LABELS)}
        value={action}
        onChange={(e) => setAction(e.target.value as RuleAction)}
      />
      <Select
        id={`${prefix}-priority`}
        label="Priority of the case it opens"
        required
        options={options(PRIORITY_LABELS)}
        value={priority}
        onChange={(e) => setPriority(e.target.value as CasePriority)}
      />
      <Checkbox
        id={`${prefix}-enabled`}
        label="Enabled"
        checked={enabled}
        onChange={(e) => setEnabled(e.target.checked)}
      />
      {problem || error ? (
        <Alert tone="error" title="The rule was not saved">
          <p>{problem ?? error}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
