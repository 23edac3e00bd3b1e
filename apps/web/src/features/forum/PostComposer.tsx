import { useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '@haven/shared/contracts';
import type { ContentWarning } from '../../gql/graphql';
import { errorMessage, useFieldErrors } from '../../lib';
import { Alert, Button, Select, TextField } from '../../ui';
import { parseTags } from './labels';
import { MarkdownEditor } from './MarkdownEditor';
import { SafetyNotice, type CrisisLine } from './SafetyNotice';
import { useDraftSafety } from './useDraftSafety';
import { useSafetyCheck } from './useSafetyCheck';
import { WarningPicker } from './WarningPicker';

const L = LIMITS.post;

export interface PostDraft {
  categoryId: string;
  title: string;
  body: string;
  tags: string[];
  contentWarnings: ContentWarning[];
}

interface PostComposerProps {
  /** Categories to choose from; left out when editing (a post stays in its category). */
  categories?: readonly { id: string; name: string }[];
  initial: PostDraft;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (draft: PostDraft) => Promise<void>;
  onCancel?: () => void;
}

type Errors = Partial<Record<'categoryId' | 'title' | 'body' | 'tags', string>>;

function validate(draft: Omit<PostDraft, 'tags'>, tagsText: string, needsCategory: boolean) {
  const errors: Errors = {};
  const title = draft.title.replace(/\s+/g, ' ').trim();
  if (needsCategory && !draft.categoryId) errors.categoryId = 'Choose where your thread belongs.';
  if (title.length < L.titleMin || title.length > L.titleMax) {
    errors.title = `A title needs ${L.titleMin} to ${L.titleMax} characters.`;
  }
  if (draft.body.trim() === '') errors.body = 'Write something in your post.';
  else if (draft.body.length > L.bodyMax) errors.body = `A post can be at most ${L.bodyMax} characters.`;
  const tags = parseTags(tagsText);
  if (tags.error) errors.tags = tags.error;
  return { errors, tags: tags.tags };
}

/**
 * Writing or editing a post: category, title, Markdown body with a server-rendered preview, tags and
 * content warnings. Before sending it asks the server's safety checks about the draft; if the words
 * sound like a crisis it shows crisis lines and a gentle note, and the member can still post.
 */
export function PostComposer({
  categories,
  initial,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
}: PostComposerProps) {
  const [categoryId, setCategoryId] = useState(initial.categoryId);
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [tagsText, setTagsText] = useState(initial.tags.join(', '));
  const [warnings, setWarnings] = useState<ContentWarning[]>(initial.contentWarnings);
  const [crisis, setCrisis] = useState<CrisisLine[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const checkSafety = useSafetyCheck();
  const drafting = useDraftSafety(`${title}\n\n${body}`);
  const shown = crisis ?? drafting;
  const noticeRef = useRef<HTMLDivElement>(null);
  const checked = validate({ categoryId, title, body, contentWarnings: warnings }, tagsText, !!categories);
  const { errors, showChecks } = useFieldErrors<keyof Errors>(checked.errors);

  function edited<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setCrisis(null);
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const { errors: found, tags } = checked;
    if (!showChecks(found)) {
      const first = Object.keys(found)[0];
      document.getElementById(`post-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      if (!shown) {
        const resources = await checkSafety(`${title}\n\n${body}`);
        if (resources) {
          // Show the crisis lines first; the next press of the button posts.
          setCrisis(resources);
          setTimeout(() => noticeRef.current?.focus(), 0);
          return;
        }
      }
      await onSubmit({ categoryId, title: title.trim(), body, tags, contentWarnings: warnings });
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form f-composer" noValidate onSubmit={(e) => void submit(e)}>
      {problem ? (
        <Alert tone="error" title="Your post was not sent">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {categories ? (
        <Select
          id="post-categoryId"
          label="Category"
          required
          emptyOption="Choose a category"
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
          error={errors.categoryId}
        />
      ) : null}
      <TextField
        id="post-title"
        label="Title"
        required
        countLimit={L.titleMax}
        value={title}
        onChange={(e) => edited(setTitle)(e.target.value)}
        error={errors.title}
      />
      <MarkdownEditor
        id="post-body"
        label="Your post"
        value={body}
        onChange={edited(setBody)}
        limit={L.bodyMax}
        rows={12}
        error={errors.body}
      />
      <TextField
        id="post-tags"
        label="Tags"
        hint={`Up to ${L.tagsMax}, separated by commas, e.g. “infusion, sleep”.`}
        value={tagsText}
        onChange={(e) => setTagsText(e.target.value)}
        error={errors.tags}
      />
      <WarningPicker id="post-warnings" values={warnings} onChange={setWarnings} />
      {shown ? (
        <div ref={noticeRef} tabIndex={-1} data-testid="composer-safety">
          <SafetyNotice resources={shown}>
            <p>When you are ready, you can post what you wrote as it is, or keep editing.</p>
          </SafetyNotice>
        </div>
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={busy} busyLabel={busyLabel}>
          {shown ? `${submitLabel} now` : submitLabel}
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
