import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { AdminCategoriesQuery } from '../../gql/graphql';
import { Checkbox, TextField } from '../../ui';
import { useFieldForm } from '../account/useFieldForm';
import {
  AdminCategoriesDocument,
  AdminCreateCategoryDocument,
  AdminUpdateCategoryDocument,
} from './admin.documents';
import { wholeNumberProblem } from './admin.rules';
import {
  CatalogAdminPage,
  CatalogFormEnd,
  NameAndDescription,
  NewCatalogItemForm,
  submitting,
  type CatalogWords,
} from './catalog-admin';

type Category = AdminCategoriesQuery['categories'][number];
const WORDS: CatalogWords = {
  noun: 'category',
  plural: 'categories',
  addHeading: 'Add a category',
  emptyHint: 'Add the first one above.',
};
const DESCRIPTION_LIMIT = 300;

/** Administrators: the forum's categories, archived ones included, and a form to add one. */
export function CategoriesAdminPage() {
  const { data, loading, error, refetch } = useQuery(AdminCategoriesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [create, created] = useMutation(AdminCreateCategoryDocument, {
    refetchQueries: [AdminCategoriesDocument],
    awaitRefetchQueries: true,
  });
  const categories = data?.categories ?? [];
  return (
    <CatalogAdminPage
      title="Categories"
      intro="Members see every category that is not archived, in this order. Archived categories keep their posts readable but take no new ones."
      words={WORDS}
      ordered
      query={{ items: categories, loading, error, refetch }}
      itemKey={(c) => `${c.id}:${c.position}:${c.name}:${String(c.archived)}`}
      addForm={(onDone) => (
        <NewCatalogItemForm
          words={WORDS}
          slugExample="first-steps"
          descriptionLimit={DESCRIPTION_LIMIT}
          busy={created.loading}
          create={(input) => create({ variables: { input } })}
          texts={{
            done: (name) => `Category “${name}” added. Members see it at once.`,
            failedTitle: 'The category was not added',
            submit: 'Add category',
            busyLabel: 'Adding…',
          }}
          onDone={onDone}
        />
      )}
      editor={(category, onDone) => (
        <CategoryEditor category={category} count={categories.length} onDone={onDone} />
      )}
    />
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
  const submit = submitting(form, async () => {
    await update({
      variables: {
        id: category.id,
        input: { name: name.trim(), description, position: Number(place) - 1, archived },
      },
    });
    onDone(`Category “${name.trim()}” saved.`);
  });

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} className="admin-item__title">
        {category.name} <span className="admin-item__slug">/{category.slug}</span>
        {category.archived ? <span className="badge">Archived</span> : null}
      </h3>
      <NameAndDescription
        ids={ids}
        name={name}
        description={description}
        descriptionLimit={DESCRIPTION_LIMIT}
        errors={form.errors}
        onName={setName}
        onDescription={setDescription}
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
      <CatalogFormEnd
        formError={form.formError}
        failedTitle="The category was not saved"
        busy={loading}
        busyLabel="Saving…"
        secondary
      >
        Save {category.name}
      </CatalogFormEnd>
    </form>
  );
}
