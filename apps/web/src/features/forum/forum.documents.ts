import { graphql } from '../../gql';

export const PostSummaryFragment = graphql(`
  fragment ForumPostSummary on Post {
    id
    title
    excerpt
    tags
    contentWarnings
    status
    commentCount
    pinned
    locked
    createdAt
    lastActivityAt
    authorBlocked
    author {
      id
      handle
    }
    category {
      id
      slug
      name
    }
    reactions {
      kind
      count
    }
  }
`);

export const RevisionFieldsFragment = graphql(`
  fragment ForumRevision on Revision {
    title
    body
    editedAt
    editor {
      id
      handle
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment ForumComment on Comment {
    id
    parentId
    body
    bodyHtml
    status
    deleted
    createdAt
    updatedAt
    authorBlocked
    author {
      id
      handle
      journeyStage
    }
    reactions {
      kind
      count
    }
    viewerReactions
    revisions {
      ...ForumRevision
    }
  }
`);

export const ForumHomeDocument = graphql(`
  query ForumHome {
    categories {
      id
      slug
      name
      description
      postCount
      lastActivityAt
    }
  }
`);

export const ForumPostsDocument = graphql(`
  query ForumPosts($categorySlug: String, $tag: String, $sort: PostSort, $first: Int, $after: String) {
    posts(categorySlug: $categorySlug, tag: $tag, sort: $sort, first: $first, after: $after) {
      nodes {
        ...ForumPostSummary
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ForumCategoryDocument = graphql(`
  query ForumCategory($slug: String!) {
    category(slug: $slug) {
      id
      slug
      name
      description
      postCount
      viewerWatch
    }
  }
`);

export const ForumSearchDocument = graphql(`
  query ForumSearch($query: String!, $first: Int, $after: String) {
    searchPosts(query: $query, first: $first, after: $after) {
      nodes {
        ...ForumPostSummary
        searchSnippet {
          html
          inReply
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const SearchTestimonialsDocument = graphql(`
  query SearchTestimonials($query: String!) {
    searchTestimonials(query: $query, first: 10) {
      nodes {
        id
        title
        contentWarnings
        searchSnippet {
          html
        }
      }
    }
  }
`);

export const ForumPostDocument = graphql(`
  query ForumPost($id: ID!) {
    post(id: $id) {
      id
      authorShownCrisisResources
      title
      body
      bodyHtml
      tags
      contentWarnings
      status
      deleted
      commentCount
      createdAt
      updatedAt
      authorBlocked
      author {
        id
        handle
        journeyStage
      }
      category {
        id
        slug
        name
      }
      reactions {
        kind
        count
      }
      viewerReactions
      viewerWatch
      pinned
      locked
      lockNote
      revisions {
        ...ForumRevision
      }
    }
  }
`);

export const ForumCommentsDocument = graphql(`
  query ForumComments($postId: ID!, $first: Int, $after: String) {
    post(id: $postId) {
      id
      comments(first: $first, after: $after) {
        nodes {
          ...ForumComment
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const ComposerCategoriesDocument = graphql(`
  query ForumComposerCategories {
    categories {
      id
      slug
      name
    }
  }
`);

export const RenderMarkdownPreviewDocument = graphql(`
  query RenderMarkdownPreview($body: String!) {
    renderMarkdownPreview(body: $body)
  }
`);

export const ForumPreviewSafetyDocument = graphql(`
  query ForumPreviewSafety($text: String!) {
    previewSafety(text: $text) {
      ...SafetyCheckFields
    }
  }
`);

export const CreatePostDocument = graphql(`
  mutation ForumCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      post {
        id
        status
      }
      safety {
        crisisDetected
        heldForReview
      }
    }
  }
`);

export const UpdatePostDocument = graphql(`
  mutation ForumUpdatePost($id: ID!, $input: UpdatePostInput!) {
    updatePost(id: $id, input: $input) {
      post {
        id
        title
        body
        bodyHtml
        tags
        contentWarnings
        status
        updatedAt
      }
      safety {
        crisisDetected
        heldForReview
      }
    }
  }
`);

export const DeletePostDocument = graphql(`
  mutation ForumDeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

export const ReplyToCommentDocument = graphql(`
  mutation ForumReplyToComment($commentId: ID!, $body: String!) {
    replyToComment(commentId: $commentId, body: $body) {
      comment {
        ...ForumComment
      }
      safety {
        crisisDetected
        heldForReview
      }
    }
  }
`);

export const ModeratePostDocument = graphql(`
  mutation ForumModeratePost($id: ID!, $input: ModerateContentInput!) {
    moderatePost(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const ModerateCommentDocument = graphql(`
  mutation ForumModerateComment($id: ID!, $input: ModerateContentInput!) {
    moderateComment(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const CreateCommentDocument = graphql(`
  mutation ForumCreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      comment {
        ...ForumComment
      }
      safety {
        crisisDetected
        heldForReview
      }
    }
  }
`);

export const UpdateCommentDocument = graphql(`
  mutation ForumUpdateComment($id: ID!, $body: String!) {
    updateComment(id: $id, body: $body) {
      comment {
        ...ForumComment
      }
      safety {
        crisisDetected
        heldForReview
      }
    }
  }
`);

export const DeleteCommentDocument = graphql(`
  mutation ForumDeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

export const ToggleReactionDocument = graphql(`
  mutation ForumToggleReaction($kind: ReactableKind!, $id: ID!, $reaction: ReactionKind!) {
    toggleReaction(kind: $kind, id: $id, reaction: $reaction) {
      kind
      count
    }
  }
`);

export const PinPostDocument = graphql(`
  mutation ForumPinPost($id: ID!, $pinned: Boolean!) {
    pinPost(id: $id, pinned: $pinned) {
      id
      pinned
    }
  }
`);

export const LockPostDocument = graphql(`
  mutation ForumLockPost($id: ID!, $locked: Boolean!, $note: String) {
    lockPost(id: $id, locked: $locked, note: $note) {
      id
      locked
      lockNote
    }
  }
`);

export const MovePostDocument = graphql(`
  mutation ForumMovePost($id: ID!, $categoryId: ID!) {
    movePost(id: $id, categoryId: $categoryId) {
      id
      category {
        id
        slug
        name
      }
    }
  }
`);
