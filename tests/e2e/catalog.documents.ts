// The catalog documents the admin-console and catalog-outage tests share.

export const CREATE_CATEGORY = `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id slug name position archived } }`;
