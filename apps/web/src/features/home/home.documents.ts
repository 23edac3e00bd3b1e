import { graphql } from '../../gql';

/** What a signed-in member comes back to: the latest threads, unread replies and mentions, notices. */
export const MemberHomeDocument = graphql(`
  query MemberHome {
    latest: posts(sort: LATEST_ACTIVITY, first: 6) {
      nodes {
        id
        title
        commentCount
        lastActivityAt
        category {
          id
          name
        }
      }
    }
    unread: notifications(first: 5, unreadOnly: true) {
      unreadCount
      nodes {
        id
        kind
        summary
        path
        createdAt
      }
    }
    notices: myNotices(first: 3) {
      unreadCount
      nodes {
        id
        message
        read
        createdAt
      }
    }
  }
`);
