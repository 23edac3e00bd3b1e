import { graphql } from '../../gql';

export const ModerationUserFragment = graphql(`
  fragment ModerationUser on User {
    id
    handle
  }
`);

export const ModerationCaseSummaryFragment = graphql(`
  fragment ModerationCaseSummary on ModerationCase {
    id
    contentKind
    excerpt
    status
    priority
    sources
    reportCount
    autoFlags
    createdAt
    author {
      ...ModerationUser
    }
    assignee {
      ...ModerationUser
    }
    content {
      visibleSince
    }
  }
`);

export const ModerationQueueDocument = graphql(`
  query ModerationQueue($filter: ModerationQueueFilter, $first: Int, $after: String) {
    moderationQueue(filter: $filter, first: $first, after: $after) {
      nodes {
        ...ModerationCaseSummary
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ModerationCaseDocument = graphql(`
  query ModerationCase($id: ID!) {
    moderationCase(id: $id) {
      ...ModerationCaseSummary
      contentId
      resolution
      resolutionNote
      resolvedAt
      claimedAt
      reports {
        id
        reason
        note
        createdAt
        reportedText
        reporter {
          ...ModerationUser
        }
      }
      content {
        kind
        id
        status
        text
        html
        createdAt
        visibleSince
        context {
          key
          value
        }
        conversation {
          id
          body
          bodyHtml
          createdAt
          removed
          crisisDetected
          focus
          author {
            ...ModerationUser
          }
        }
      }
      appeal {
        ...AppealFields
      }
      appealedDecision {
        id
        action
        note
        createdAt
        actor {
          ...ModerationUser
        }
      }
    }
  }
`);

export const MemberCaseHistoryDocument = graphql(`
  query MemberCaseHistory($userId: ID!, $first: Int, $after: String) {
    memberCaseHistory(userId: $userId, first: $first, after: $after) {
      nodes {
        id
        contentKind
        excerpt
        status
        priority
        resolution
        createdAt
        resolvedAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ClaimCaseDocument = graphql(`
  mutation ClaimCase($id: ID!) {
    claimCase(id: $id) {
      ...ModerationCaseSummary
      claimedAt
    }
  }
`);

export const ResolveCaseDocument = graphql(`
  mutation ResolveCase($id: ID!, $input: ResolveCaseInput!) {
    resolveCase(id: $id, input: $input) {
      ...ModerationCaseSummary
      resolution
      resolutionNote
      resolvedAt
    }
  }
`);

export const ModerationLogDocument = graphql(`
  query ModerationLog($first: Int, $after: String, $targetUserId: ID) {
    moderationLog(first: $first, after: $after, targetUserId: $targetUserId) {
      nodes {
        id
        action
        contentKind
        contentId
        caseId
        note
        suspendedUntil
        createdAt
        actor {
          ...ModerationUser
        }
        targetUser {
          ...ModerationUser
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ReportContentDocument = graphql(`
  mutation ReportContent($input: ReportInput!) {
    report(input: $input) {
      id
      reason
    }
  }
`);

export const ReachOutDocument = graphql(`
  mutation ReachOut($userId: ID!) {
    reachOut(userId: $userId) {
      id
      slug
    }
  }
`);

export const MyNoticeAboutDocument = graphql(`
  query MyNoticeAbout($contentId: ID!) {
    myNoticeAbout(contentId: $contentId) {
      id
      action
      message
    }
  }
`);

export const MyNoticesDocument = graphql(`
  query MyNotices($first: Int, $after: String) {
    myNotices(first: $first, after: $after) {
      unreadCount
      nodes {
        id
        action
        message
        note
        contentKind
        contentId
        suspendedUntil
        endsAt
        read
        createdAt
        appealableUntil
        appeal {
          ...AppealFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const UnreadNoticeCountDocument = graphql(`
  query UnreadNoticeCount {
    myNotices(first: 1) {
      unreadCount
    }
  }
`);

export const MarkNoticesReadDocument = graphql(`
  mutation MarkNoticesRead($ids: [ID!]) {
    markNoticesRead(ids: $ids)
  }
`);

export const ModerationRuleFieldsFragment = graphql(`
  fragment ModerationRuleFields on ModerationRule {
    id
    name
    pattern
    isRegex
    action
    priority
    enabled
  }
`);

export const ModerationRulesDocument = graphql(`
  query ModerationRules {
    moderationRules {
      ...ModerationRuleFields
    }
  }
`);

export const CreateModerationRuleDocument = graphql(`
  mutation CreateModerationRule($input: ModerationRuleInput!) {
    createModerationRule(input: $input) {
      ...ModerationRuleFields
    }
  }
`);

export const UpdateModerationRuleDocument = graphql(`
  mutation UpdateModerationRule($id: ID!, $input: ModerationRuleInput!) {
    updateModerationRule(id: $id, input: $input) {
      ...ModerationRuleFields
    }
  }
`);

export const DeleteModerationRuleDocument = graphql(`
  mutation DeleteModerationRule($id: ID!) {
    deleteModerationRule(id: $id)
  }
`);
