import { graphql } from '../../gql';

export const HiddenContentWarningsDocument = graphql(`
  query HiddenContentWarnings {
    hiddenContentWarnings
  }
`);

export const SetHiddenContentWarningsDocument = graphql(`
  mutation SetHiddenContentWarnings($warnings: [ContentWarning!]!) {
    setHiddenContentWarnings(warnings: $warnings)
  }
`);
