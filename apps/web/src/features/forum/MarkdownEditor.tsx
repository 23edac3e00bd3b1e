import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { Button, Loading, TextArea } from '../../ui';
import { MentionSuggestions } from '../notifications';
import { ForumMarkdown } from './ForumMarkdown';
import { RenderMarkdownPreviewDocument } from './forum.documents';

interface MarkdownEditorProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  limit: number;
  rows?: number;
  error?: string | null;
}

/** A Markdown text area with a preview rendered by the server exactly as it will be published. */
export function MarkdownEditor({
  id,
  label,
  hint,
  value,
  onChange,
  limit,
  rows = 10,
  error,
}: MarkdownEditorProps) {
  const [previewing, setPreviewing] = useState(false);
  const [render, preview] = useLazyQuery(RenderMarkdownPreviewDocument, { fetchPolicy: 'no-cache' });
  const previewId = `${id}-preview`;

  function togglePreview() {
    const next = !previewing;
    setPreviewing(next);
    if (next && value.trim() !== '')
      void render({ variables: { body: value.slice(0, limit) } }).catch(() => undefined);
  }

  return (
    <div className="f-editor">
      <TextArea
        id={id}
        label={label}
        hint={hint ?? 'You can use Markdown: **bold**, *italics*, > quotes, - lists, [links](https://…).'}
        required
        rows={rows}
        countLimit={limit}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          if (previewing) setPreviewing(false);
        }}
        error={error}
      />
      <MentionSuggestions value={value} onChange={onChange} />
      <Button variant="quiet" aria-expanded={previewing} aria-controls={previewId} onClick={togglePreview}>
        {previewing ? 'Hide preview' : 'Preview'}
      </Button>
      <div id={previewId}>
        {previewing ? (
          <section className="f-preview" aria-label="Preview">
            {value.trim() === '' ? (
              <p className="f-muted">Nothing to preview yet.</p>
            ) : preview.error ? (
              <p className="field__error">{errorMessage(preview.error)}</p>
            ) : preview.loading || !preview.data ? (
              <Loading label="Rendering the preview…" />
            ) : (
              <ForumMarkdown html={preview.data.renderMarkdownPreview} />
            )}
          </section>
        ) : null}
      </div>
    </div>
  );
}
