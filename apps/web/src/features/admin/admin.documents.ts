import { graphql } from '../../gql';

export const AdminCategoriesDocument = graphql(`
  query AdminCategories {
    categories(includeArchived: true) {
      id
      slug
      name
      description
      position
      archived
    }
  }
`);

export const AdminCreateCategoryDocument = graphql(`
  mutation AdminCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
      slug
      name
    }
  }
`);

export const AdminUpdateCategoryDocument = graphql(`
  mutation AdminUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      id
      name
      description
      position
      archived
    }
  }
`);

export const AdminRoomsDocument = graphql(`
  query AdminRooms {
    chatRooms {
      id
      slug
      name
      description
      locked
      slowModeSeconds
    }
  }
`);

export const AdminCreateRoomDocument = graphql(`
  mutation AdminCreateRoom($input: ChatRoomInput!) {
    createChatRoom(input: $input) {
      id
      slug
      name
    }
  }
`);

export const AdminUpdateRoomDocument = graphql(`
  mutation AdminUpdateRoom($id: ID!, $input: UpdateChatRoomInput!) {
    updateChatRoom(id: $id, input: $input) {
      id
      name
      description
      locked
      slowModeSeconds
    }
  }
`);

export const AdminSearchMembersDocument = graphql(`
  query AdminSearchMembers($query: String!, $first: Int, $after: String) {
    searchMembers(query: $query, first: $first, after: $after) {
      nodes {
        id
        handle
        role
        status
        suspendedUntil
        createdAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AdminSetRoleDocument = graphql(`
  mutation AdminSetRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);

export const AdminSetStatusDocument = graphql(`
  mutation AdminSetStatus($userId: ID!, $status: AccountStatus!, $until: DateTime, $note: String) {
    setUserStatus(userId: $userId, status: $status, until: $until, note: $note) {
      id
      status
      suspendedUntil
    }
  }
`);

export const AdminOutboxDocument = graphql(`
  query AdminOutbox($status: MailStatus, $first: Int, $after: String) {
    mailOutbox(status: $status, first: $first, after: $after) {
      nodes {
        id
        kind
        recipient
        subject
        status
        attempts
        lastError
        createdAt
        settledAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
