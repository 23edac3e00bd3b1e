import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import type { JourneyStage, ProfileQuery } from '../../gql/graphql';
import { errorMessage, useRouteNotice } from '../../lib';
import { Alert, Button, Checkbox, ErrorState, Loading, Page, Select, TextArea } from '../../ui';
import { BlockedMembersSection } from '../blocking';
import { HiddenWarningsSection } from '../warning-filters';
import { JOURNEY_STAGE_OPTIONS, isJourneyStage } from './journey-stages';
import { ProfileDocument, UpdateProfileDocument } from './profile.documents';

type ProfileViewer = NonNullable<ProfileQuery['viewer']>;

export function ProfilePage() {
  const notice = useRouteNotice();
  const { data, loading, error, refetch } = useQuery(ProfileDocument, { fetchPolicy: 'cache-and-network' });
  const viewer = data?.viewer;

  return (
    <Page title="Your profile" narrow>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {viewer ? (
        <ProfileForm key={viewer.user.id} viewer={viewer} />
      ) : loading ? (
        <Loading label="Loading your profile…" />
      ) : (
        <ErrorState
          title="We could not load your profile"
          message={error ? errorMessage(error) : 'Please sign in again.'}
          onRetry={() => void refetch()}
        />
      )}
      <section aria-labelledby="account-security-heading" className="section">
        <h2 id="account-security-heading">Sign-in and security</h2>
        <ul className="link-list">
          <li>
            <Link to="/profile/password">Change your password</Link>
          </li>
          <li>
            <Link to="/profile/email">Change your e-mail address</Link>
          </li>
          <li>
            <Link to="/profile/sessions">Where you are signed in</Link> — see your devices and sign them out.
          </li>
        </ul>
      </section>
      <HiddenWarningsSection />
      <BlockedMembersSection />
      <section aria-labelledby="your-data-heading" className="section">
        <h2 id="your-data-heading">Your data</h2>
        <ul className="link-list">
          <li>
            <Link to="/profile/export">Export my data</Link> — download everything you have shared, as a file.
          </li>
          <li>
            <Link to="/profile/delete">Delete my account</Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}

function ProfileForm({ viewer }: { viewer: ProfileViewer }) {
  const [bio, setBio] = useState(viewer.user.bio ?? '');
  const [stage, setStage] = useState<JourneyStage | ''>(viewer.user.journeyStage ?? '');
  const [revealWarnings, setRevealWarnings] = useState(viewer.revealContentWarnings);
  const [bioError, setBioError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [updateProfile, { loading, error }] = useMutation(UpdateProfileDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem =
      bio.length > LIMITS.bio.max ? `Keep your bio to ${LIMITS.bio.max} characters or fewer.` : null;
    flushSync(() => {
      setBioError(problem);
      setSaved(false);
    });
    if (problem) {
      document.getElementById('profile-bio')?.focus();
      return;
    }
    try {
      await updateProfile({
        variables: {
          input: {
            bio: bio.trim() === '' ? null : bio.trim(),
            journeyStage: stage === '' ? null : stage,
            revealContentWarnings: revealWarnings,
          },
        },
        // The preference lives on the viewer (which has no id of its own), not on the returned User.
        update(cache) {
          cache.modify({
            id: 'ROOT_QUERY',
            fields: {
              viewer: (existing) =>
                existing && typeof existing === 'object' && !Array.isArray(existing)
                  ? { ...existing, revealContentWarnings: revealWarnings }
                  : existing,
            },
          });
        },
      });
      setSaved(true);
    } catch {
      // Shown from the mutation's error below.
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-describedby="profile-identity">
      <p id="profile-identity" className="profile-identity">
        Signed in as <strong>{viewer.user.handle}</strong> ({viewer.email}). Only you see your e-mail address.
      </p>
      {error ? (
        <Alert tone="error" title="Your profile was not saved">
          <p>{errorMessage(error)}</p>
        </Alert>
      ) : null}
      {saved ? <Alert tone="success">Your profile is saved.</Alert> : null}
      <TextArea
        id="profile-bio"
        label="About you"
        hint="A few words others see next to your posts. Please leave out anything that could identify you."
        rows={5}
        countLimit={LIMITS.bio.max}
        value={bio}
        onChange={(e) => setBio(e.target.value)}
        error={bioError}
      />
      <Select
        id="profile-journey-stage"
        label="Where are you on your journey?"
        hint="Shown next to your handle, so others can find people in a similar place."
        emptyOption="Prefer not to say"
        options={JOURNEY_STAGE_OPTIONS}
        value={stage}
        onChange={(e) => setStage(isJourneyStage(e.target.value) ? e.target.value : '')}
      />
      <Checkbox
        id="profile-reveal-warnings"
        label="Always show content behind content warnings"
        hint="When this is off, posts and stories with a content warning stay folded until you choose to open them."
        checked={revealWarnings}
        onChange={(e) => setRevealWarnings(e.target.checked)}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading} busyLabel="Saving…">
          Save profile
        </Button>
      </div>
    </form>
  );
}
