import { graphql } from '../../gql';

export const ChatRoomsDocument = graphql(`
  query ChatRooms {
    chatRooms {
      id
      slug
      name
      description
      locked
      onlineCount
    }
  }
`);

export const ChatRoomDocument = graphql(`
  query ChatRoom($slug: String!) {
    chatRoom(slug: $slug) {
      id
      slug
      name
      description
      locked
      slowModeSeconds
      private
      onlineCount
    }
  }
`);

/** Older messages, 30 at a time, oldest first. */
export const ChatHistoryDocument = graphql(`
  query ChatHistory($roomId: ID!, $before: String) {
    chatMessages(roomId: $roomId, last: 30, before: $before) {
      nodes {
        id
        roomId
        body
        status
        clientMessageId
        createdAt
        heldForReview
        crisisDetected
        authorBlocked
        author {
          id
          handle
          role
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const UpdateChatRoomDocument = graphql(`
  mutation UpdateChatRoom($id: ID!, $input: UpdateChatRoomInput!) {
    updateChatRoom(id: $id, input: $input) {
      id
      locked
      slowModeSeconds
    }
  }
`);

export const RemoveChatMessageDocument = graphql(`
  mutation RemoveChatMessage($id: ID!) {
    removeChatMessage(id: $id) {
      id
      status
    }
  }
`);

export const MuteInRoomDocument = graphql(`
  mutation MuteInRoom($roomId: ID!, $userId: ID!, $minutes: Int!) {
    muteInRoom(roomId: $roomId, userId: $userId, minutes: $minutes)
  }
`);
