import { useState } from 'react';
import { Link } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { Alert, Button, Page } from '../../ui';
import { ExportMyDataDocument } from './profile.documents';

export const EXPORT_FILE_NAME = 'haven-export.json';

/** Offers a JSON document as a file download, without sending it anywhere. */
function download(json: string, fileName: string): void {
  let pretty = json;
  try {
    pretty = JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    // Not JSON we can re-indent: save it as it came.
  }
  const url = URL.createObjectURL(new Blob([pretty], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportDataPage() {
  const client = useApolloClient();
  const [state, setState] = useState<'idle' | 'working' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function exportData() {
    setState('working');
    setError(null);
    try {
      const { data } = await client.query({ query: ExportMyDataDocument, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('The export came back empty.');
      download(data.exportMyData, EXPORT_FILE_NAME);
      setState('done');
    } catch (caught) {
      setError(errorMessage(caught));
      setState('idle');
    }
  }

  return (
    <Page
      title="Export my data"
      narrow
      intro={
        <p>
          Download a copy of everything Haven holds about you: your profile, posts, comments, testimonials,
          chat messages and reports. It is a JSON file you can keep or open in any text editor.
        </p>
      }
    >
      {error ? (
        <Alert tone="error" title="We could not prepare your export">
          <p>{error}</p>
        </Alert>
      ) : null}
      {state === 'done' ? (
        <Alert tone="success">
          Your download has started: <strong>{EXPORT_FILE_NAME}</strong>. It may contain personal details, so
          keep it somewhere safe.
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button
          onClick={() => void exportData()}
          busy={state === 'working'}
          busyLabel="Preparing your export…"
        >
          Download my data
        </Button>
        <Link to="/profile">Back to your profile</Link>
      </div>
    </Page>
  );
}
