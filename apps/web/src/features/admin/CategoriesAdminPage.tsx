import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { AdminCategoriesQuery } from '../../gql/graphql';
import { errorMessage } from '../../lib';
import {
  Alert,
  Button,
  Checkbox,
  EmptyState,
  ErrorState,
  Loading,
  Page,
  TextArea,
  TextField,
} from '../../ui';
import { useFieldForm } from '../account/useFieldForm';
import {
  AdminCategoriesDocument,
  AdminCreateCategoryDocument,
  AdminUpdateCategoryDocument,
} from './admin.documents';
import { AdminNav } from './AdminNav';
import { slugProblem, wholeNumberProblem } from './admin.rules';
import '../moderation/moderation.css';
import './admin.css';

type Category = AdminCategoriesQuery['categories'][number];

/** Administrators: the forum's categories, archived ones included, and a form to add one. */
export function CategoriesAdminPage() {
  const { data, loading, error, refetch } = useQuery(AdminCategoriesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const categories = data?.categories ?? [];
  return (
    <Page
      title="Categories"
      intro="Members see every category that is not archived, in this order. Archived categories keep their posts readable but take no new ones."
    >
      <AdminNav />
      <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
      <section className="section" aria-labelledby="new-category-heading">
        <h2 id="new-category-heading">Add a category</h2>
        <NewCategoryForm onDone={setNotice} />
      </section>
      <section className="section" aria-labelledby="categories-heading">
        <h2 id="categories-heading">All categories</h2>
        {error && categories.length === 0 ? (
          <ErrorState
            title="We could not load the categories"
            message={errorMessage(error)}
            onRetry={() => void refetch()}
          />
        ) : loading && categories.length === 0 ? (
          <Loading label="Loading the categories…" />
        ) : categories.length === 0 ? (
          <EmptyState title="No categories yet">
            <p>Add the first one above.</p>
          </EmptyState>
        ) : (
          <ol className="admin-list">
            {categories.map((category) => (
              <li
                key={`${category.id}:${category.position}:${category.name}:${String(category.archived)}`}
                className="admin-item"
              >
                <CategoryEditor category={category} count={categories.length} onDone={setNotice} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </Page>
  );
}

function NewCategoryForm({ onDone }: { onDone: (notice: string) => void }) {
  const ids = {
    slug: 'new-category-slug',
    name: 'new-category-name',
    description: 'new-category-description',
  };
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [create, { loading }] = useMutation(AdminCreateCategoryDocument, {
    refetchQueries: [AdminCategoriesDocument],
    awaitRefetchQueries: true,
  });

  const form = useFieldForm(
    ids,
    { slug: 'slug', name: 'name', description: 'description' },
    { slug: slugProblem(slug), name: name.trim() === '' ? 'Give it a name.' : null },
    { slug, name, description },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check()) return;
    try {
      await create({ variables: { input: { slug: slug.trim(), name: name.trim(), description } } });
      onDone(`Category “${name.trim()}” added. Members see it at once.`);
      setSlug('');
      setName('');
      setDescription('');
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id={ids.name}
        label="Name"
        required
        value={name}
        error={form.errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        id={ids.slug}
        label="Address"
        hint="Lowercase letters, digits and hyphens, e.g. first-steps. It cannot be changed later."
        required
        value={slug}
        error={form.errors.slug}
        onChange={(e) => setSlug(e.target.value)}
      />
      <TextArea
        id={ids.description}
        label="Description"
        rows={2}
        countLimit={300}
        value={description}
        error={form.errors.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      {form.formError ? (
        <Alert tone="error" title="The category was not added">
          <p>{form.formError}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={loading} busyLabel="Adding…">
          Add category
        </Button>
      </div>
    </form>
  );
}

function CategoryEditor({
  category,
  count,
  onDone,
}: {
  category: Category;
  count: number;
  onDone: (notice: string) => void;
}) {
  const prefix = `category-${category.id}`;
  const ids = {
    name: `${prefix}-name`,
    description: `${prefix}-description`,
    position: `${prefix}-position`,
    archived: `${prefix}-archived`,
  };
  const [name, setName] = useState(category.name);
  const [description, setDescription] = useState(category.description);
  const [place, setPlace] = useState(String(category.position + 1));
  const [archived, setArchived] = useState(category.archived);
  const [update, { loading }] = useMutation(AdminUpdateCategoryDocument, {
    refetchQueries: [AdminCategoriesDocument],
    awaitRefetchQueries: true,
  });

  const form = useFieldForm(
    ids,
    { name: 'name', description: 'description', position: 'position', archived: 'archived' },
    {
      name: name.trim() === '' ? 'Give it a name.' : null,
      position: wholeNumberProblem(place, 1, Math.max(count, 1)),
    },
    { name, description, position: place, archived },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check()) return;
    try {
      await update({
        variables: {
          id: category.id,
          input: { name: name.trim(), description, position: Number(place) - 1, archived },
        },
      });
      onDone(`Category “${name.trim()}” saved.`);
    } catch (error) {
      form.fail(error);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} className="admin-item__title">
        {category.name} <span className="admin-item__slug">/{category.slug}</span>
        {category.archived ? <span className="badge">Archived</span> : null}
      </h3>
      <TextField
        id={ids.name}
        label="Name"
        required
        value={name}
        error={form.errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextArea
        id={ids.description}
        label="Description"
        rows={2}
        countLimit={300}
        value={description}
        error={form.errors.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextField
        id={ids.position}
        label="Place in the list"
        hint={`1 is first, ${count} is last.`}
        required
        inputMode="numeric"
        value={place}
        error={form.errors.position}
        onChange={(e) => setPlace(e.target.value)}
      />
      <Checkbox
        id={ids.archived}
        label="Archived (hidden from members, no new posts)"
        checked={archived}
        error={form.errors.archived}
        onChange={(e) => setArchived(e.target.checked)}
      />
      {form.formError ? (
        <Alert tone="error" title="The category was not saved">
          <p>{form.formError}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={loading} busyLabel="Saving…">
          Save {category.name}
        </Button>
      </div>
    </form>
  );
}
