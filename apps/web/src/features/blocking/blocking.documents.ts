import { graphql } from '../../gql';

export const BlockedUsersDocument = graphql(`
  query BlockedUsers {
    blockedUsers {
      id
      handle
    }
  }
`);

export const BlockUserDocument = graphql(`
  mutation BlockUser($userId: ID!) {
    blockUser(userId: $userId)
  }
`);

export const UnblockUserDocument = graphql(`
  mutation UnblockUser($userId: ID!) {
    unblockUser(userId: $userId)
  }
`);
