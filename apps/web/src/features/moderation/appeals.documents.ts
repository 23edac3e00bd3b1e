import { graphql } from '../../gql';

export const AppealFieldsFragment = graphql(`
  fragment AppealFields on Appeal {
    id
    noticeId
    status
    note
    appealedAction
    decisionNote
    createdAt
    decidedAt
  }
`);

export const AppealDocument = graphql(`
  mutation Appeal($noticeId: ID!, $note: String!) {
    appeal(noticeId: $noticeId, note: $note) {
      ...AppealFields
    }
  }
`);

export const SuspensionNoticeDocument = graphql(`
  query SuspensionNotice {
    myNotices(first: 20) {
      nodes {
        id
        action
        suspendedUntil
        appealableUntil
        createdAt
        appeal {
          ...AppealFields
        }
      }
    }
  }
`);

export const MemberNotesDocument = graphql(`
  query MemberNotes($userId: ID!) {
    memberNotes(userId: $userId) {
      id
      body
      createdAt
      author {
        id
        handle
      }
    }
  }
`);

export const AddMemberNoteDocument = graphql(`
  mutation AddMemberNote($userId: ID!, $body: String!) {
    addMemberNote(userId: $userId, body: $body) {
      id
    }
  }
`);

export const SavedReplyFieldsFragment = graphql(`
  fragment SavedReplyFields on SavedReply {
    id
    title
    body
  }
`);

export const SavedRepliesDocument = graphql(`
  query SavedReplies {
    savedReplies {
      ...SavedReplyFields
    }
  }
`);

export const CreateSavedReplyDocument = graphql(`
  mutation CreateSavedReply($input: SavedReplyInput!) {
    createSavedReply(input: $input) {
      ...SavedReplyFields
    }
  }
`);

export const UpdateSavedReplyDocument = graphql(`
  mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {
    updateSavedReply(id: $id, input: $input) {
      ...SavedReplyFields
    }
  }
`);

export const DeleteSavedReplyDocument = graphql(`
  mutation DeleteSavedReply($id: ID!) {
    deleteSavedReply(id: $id)
  }
`);
