import { graphql } from '../gql';

export const SessionViewerFragment = graphql(`
  fragment SessionViewer on Viewer {
    email
    status
    suspendedUntil
    revealContentWarnings
    emailVerified
    user {
      id
      handle
      bio
      journeyStage
      role
      createdAt
    }
  }
`);

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      ...SessionViewer
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      viewer {
        ...SessionViewer
      }
    }
  }
`);

export const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      viewer {
        ...SessionViewer
      }
    }
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      viewer {
        ...SessionViewer
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);
