import { graphql } from '../../gql';

export const ProfileDocument = graphql(`
  query Profile {
    viewer {
      email
      revealContentWarnings
      user {
        id
        handle
        bio
        journeyStage
      }
    }
  }
`);

export const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      handle
      bio
      journeyStage
    }
  }
`);

export const ExportMyDataDocument = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

export const DeleteAccountDocument = graphql(`
  mutation DeleteAccount($password: String!, $content: AccountContentChoice!) {
    deleteAccount(password: $password, content: $content)
  }
`);
