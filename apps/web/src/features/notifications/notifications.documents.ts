import { graphql } from '../../gql';

export const NotificationsDocument = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        id
        kind
        count
        summary
        path
        readAt
        createdAt
        actor {
          id
          handle
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      unreadCount
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      delivery
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {
    setNotificationPreference(kind: $kind, delivery: $delivery) {
      kind
      delivery
    }
  }
`);

export const SetPostWatchDocument = graphql(`
  mutation SetPostWatch($postId: ID!, $level: WatchLevel!) {
    setPostWatch(postId: $postId, level: $level) {
      id
      viewerWatch
    }
  }
`);

export const SetCategoryWatchDocument = graphql(`
  mutation SetCategoryWatch($categoryId: ID!, $level: WatchLevel!) {
    setCategoryWatch(categoryId: $categoryId, level: $level) {
      id
      viewerWatch
    }
  }
`);

export const HandleSuggestionsDocument = graphql(`
  query HandleSuggestions($prefix: String!) {
    handleSuggestions(prefix: $prefix) {
      id
      handle
    }
  }
`);

export const MemberProfileDocument = graphql(`
  query MemberProfile($handle: String!) {
    user(handle: $handle) {
      id
      handle
      bio
      journeyStage
      createdAt
      recentPosts {
        id
        title
        createdAt
        commentCount
      }
      recentComments {
        id
        createdAt
        post {
          id
          title
        }
      }
      publishedTestimonials {
        id
        title
        modality
        overallRating
        publishedAt
      }
    }
  }
`);
