import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../../lib';
import { Alert, Button, EmptyState, ErrorState, Loading, Page, TextArea, TextField } from '../../ui';
import { useFieldForm } from '../account/useFieldForm';
import { AdminNav } from './AdminNav';
import { slugProblem } from './admin.rules';
import '../moderation/moderation.css';
import './admin.css';

/** What one catalog (forum categories, chat rooms) is called on its administration page. */
export interface CatalogWords {
  /** e.g. `category`, `room` (in ids and sentences). */
  noun: string;
  plural: string;
  /** The add form's heading, e.g. "Add a category". */
  addHeading: string;
  /** What the empty list says, e.g. "Add the first one above." */
  emptyHint: string;
}

type FieldForm = Pick<ReturnType<typeof useFieldForm<string>>, 'check' | 'fail'>;

/** A catalog form's submit: the client checks, then the work; a server error lands on its field. */
export function submitting(form: FieldForm, work: () => Promise<void>) {
  return async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check()) return;
    try {
      await work();
    } catch (error) {
      form.fail(error);
    }
  };
}

/**
 * An administration page of one catalog: a notice for the last change, the add form, then every item
 * (each its own editor), with loading, error and empty states.
 */
export function CatalogAdminPage<T>({
  title,
  intro,
  words,
  ordered = false,
  query,
  itemKey,
  addForm,
  editor,
}: {
  title: string;
  intro: string;
  words: CatalogWords;
  /** The order is the members' order (a numbered list). */
  ordered?: boolean;
  query: { items: readonly T[]; loading: boolean; error?: unknown; refetch: () => unknown };
  /** Changes when the item changes, so its editor starts again from the saved values. */
  itemKey: (item: T) => string;
  addForm: (onDone: (notice: string) => void) => ReactNode;
  editor: (item: T, onDone: (notice: string) => void) => ReactNode;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  const { items, loading, error, refetch } = query;
  const List = ordered ? 'ol' : 'ul';
  return (
    <Page title={title} intro={intro}>
      <AdminNav />
      <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
      <section className="section" aria-labelledby={`new-${words.noun}-heading`}>
        <h2 id={`new-${words.noun}-heading`}>{words.addHeading}</h2>
        {addForm(setNotice)}
      </section>
      <section className="section" aria-labelledby={`${words.plural}-heading`}>
        <h2 id={`${words.plural}-heading`}>All {words.plural}</h2>
        {error && items.length === 0 ? (
          <ErrorState
            title={`We could not load the ${words.plural}`}
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : loading && items.length === 0 ? (
          <Loading label={`Loading the ${words.plural}…`} />
        ) : items.length === 0 ? (
          <EmptyState title={`No ${words.plural} yet`}>
            <p>{words.emptyHint}</p>
          </EmptyState>
        ) : (
          <List className="admin-list">
            {items.map((item) => (
              <li key={itemKey(item)} className="admin-item">
                {editor(item, setNotice)}
              </li>
            ))}
          </List>
        )}
      </section>
    </Page>
  );
}

/** The name and description of a catalog item, as its add form and its editor both ask for them. */
export function NameAndDescription({
  ids,
  name,
  description,
  descriptionLimit,
  errors,
  onName,
  onDescription,
  between = null,
}: {
  ids: { name: string; description: string };
  name: string;
  description: string;
  descriptionLimit: number;
  errors: Partial<Record<'name' | 'description', string | null | undefined>>;
  onName: (value: string) => void;
  onDescription: (value: string) => void;
  /** A field that goes between the two (the add form's address). */
  between?: ReactNode;
}) {
  return (
    <>
      <TextField
        id={ids.name}
        label="Name"
        required
        value={name}
        error={errors.name ?? undefined}
        onChange={(e) => onName(e.target.value)}
      />
      {between}
      <TextArea
        id={ids.description}
        label="Description"
        rows={2}
        countLimit={descriptionLimit}
        value={description}
        error={errors.description ?? undefined}
        onChange={(e) => onDescription(e.target.value)}
      />
    </>
  );
}

/** A catalog form's end: why it was not done (when the server said so), and its button. */
export function CatalogFormEnd({
  formError,
  failedTitle,
  busy,
  busyLabel,
  secondary = false,
  children,
}: {
  formError: string | null;
  failedTitle: string;
  busy: boolean;
  busyLabel: string;
  secondary?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      {formError ? (
        <Alert tone="error" title={failedTitle}>
          <p>{formError}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant={secondary ? 'secondary' : undefined} busy={busy} busyLabel={busyLabel}>
          {children}
        </Button>
      </div>
    </>
  );
}

/** The add form every catalog shares: name, address (slug, fixed once made) and description. */
export function NewCatalogItemForm({
  words,
  slugExample,
  descriptionLimit,
  busy,
  create,
  texts,
  onDone,
}: {
  words: CatalogWords;
  slugExample: string;
  descriptionLimit: number;
  busy: boolean;
  create: (input: { slug: string; name: string; description: string }) => Promise<unknown>;
  texts: { done: (name: string) => string; failedTitle: string; submit: string; busyLabel: string };
  onDone: (notice: string) => void;
}) {
  const ids = {
    slug: `new-${words.noun}-slug`,
    name: `new-${words.noun}-name`,
    description: `new-${words.noun}-description`,
  };
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const form = useFieldForm(
    ids,
    { slug: 'slug', name: 'name', description: 'description' },
    { slug: slugProblem(slug), name: name.trim() === '' ? 'Give it a name.' : null },
    { slug, name, description },
  );
  const submit = submitting(form, async () => {
    await create({ slug: slug.trim(), name: name.trim(), description });
    onDone(texts.done(name.trim()));
    setSlug('');
    setName('');
    setDescription('');
  });

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <NameAndDescription
        ids={ids}
        name={name}
        description={description}
        descriptionLimit={descriptionLimit}
        errors={form.errors}
        onName={setName}
        onDescription={setDescription}
        between={
          <TextField
            id={ids.slug}
            label="Address"
            hint={`Lowercase letters, digits and hyphens, e.g. ${slugExample}. It cannot be changed later.`}
            required
            value={slug}
            error={form.errors.slug}
            onChange={(e) => setSlug(e.target.value)}
          />
        }
      />
      <CatalogFormEnd
        formError={form.formError}
        failedTitle={texts.failedTitle}
        busy={busy}
        busyLabel={texts.busyLabel}
      >
        {texts.submit}
      </CatalogFormEnd>
    </form>
  );
}
