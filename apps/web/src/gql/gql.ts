/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n    }\n  }\n": typeof types.AdminCategoriesDocument,
    "\n  mutation AdminCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AdminCreateCategoryDocument,
    "\n  mutation AdminUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      description\n      position\n      archived\n    }\n  }\n": typeof types.AdminUpdateCategoryDocument,
    "\n  query AdminRooms {\n    chatRooms {\n      id\n      slug\n      name\n      description\n      locked\n      slowModeSeconds\n    }\n  }\n": typeof types.AdminRoomsDocument,
    "\n  mutation AdminCreateRoom($input: ChatRoomInput!) {\n    createChatRoom(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AdminCreateRoomDocument,
    "\n  mutation AdminUpdateRoom($id: ID!, $input: UpdateChatRoomInput!) {\n    updateChatRoom(id: $id, input: $input) {\n      id\n      name\n      description\n      locked\n      slowModeSeconds\n    }\n  }\n": typeof types.AdminUpdateRoomDocument,
    "\n  query AdminSearchMembers($query: String!, $first: Int, $after: String) {\n    searchMembers(query: $query, first: $first, after: $after) {\n      nodes {\n        id\n        handle\n        role\n        status\n        suspendedUntil\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminSearchMembersDocument,
    "\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.AdminSetRoleDocument,
    "\n  mutation AdminSetStatus($userId: ID!, $status: AccountStatus!, $until: DateTime, $note: String) {\n    setUserStatus(userId: $userId, status: $status, until: $until, note: $note) {\n      id\n      status\n      suspendedUntil\n    }\n  }\n": typeof types.AdminSetStatusDocument,
    "\n  query AdminOutbox($status: MailStatus, $first: Int, $after: String) {\n    mailOutbox(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        recipient\n        subject\n        status\n        attempts\n        lastError\n        createdAt\n        settledAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminOutboxDocument,
    "\n  query BlockedUsers {\n    blockedUsers {\n      id\n      handle\n    }\n  }\n": typeof types.BlockedUsersDocument,
    "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n": typeof types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": typeof types.UnblockUserDocument,
    "\n  query ChatRooms {\n    chatRooms {\n      id\n      slug\n      name\n      description\n      locked\n      onlineCount\n    }\n  }\n": typeof types.ChatRoomsDocument,
    "\n  query ChatRoom($slug: String!) {\n    chatRoom(slug: $slug) {\n      id\n      slug\n      name\n      description\n      locked\n      slowModeSeconds\n      private\n      onlineCount\n    }\n  }\n": typeof types.ChatRoomDocument,
    "\n  query ChatHistory($roomId: ID!, $before: String) {\n    chatMessages(roomId: $roomId, last: 30, before: $before) {\n      nodes {\n        id\n        roomId\n        body\n        status\n        clientMessageId\n        createdAt\n        heldForReview\n        crisisDetected\n        authorBlocked\n        author {\n          id\n          handle\n          role\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ChatHistoryDocument,
    "\n  mutation UpdateChatRoom($id: ID!, $input: UpdateChatRoomInput!) {\n    updateChatRoom(id: $id, input: $input) {\n      id\n      locked\n      slowModeSeconds\n    }\n  }\n": typeof types.UpdateChatRoomDocument,
    "\n  mutation RemoveChatMessage($id: ID!) {\n    removeChatMessage(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RemoveChatMessageDocument,
    "\n  mutation MuteInRoom($roomId: ID!, $userId: ID!, $minutes: Int!) {\n    muteInRoom(roomId: $roomId, userId: $userId, minutes: $minutes)\n  }\n": typeof types.MuteInRoomDocument,
    "\n  fragment CrisisResourceFields on CrisisResource {\n    region\n    name\n    phone\n    sms\n    url\n  }\n": typeof types.CrisisResourceFieldsFragmentDoc,
    "\n  fragment SafetyCheckFields on SafetyCheck {\n    crisisDetected\n    heldForReview\n    resources {\n      ...CrisisResourceFields\n    }\n  }\n": typeof types.SafetyCheckFieldsFragmentDoc,
    "\n  query CrisisResources($region: String) {\n    crisisResources(region: $region) {\n      ...CrisisResourceFields\n    }\n  }\n": typeof types.CrisisResourcesDocument,
    "\n  fragment ForumPostSummary on Post {\n    id\n    title\n    excerpt\n    tags\n    contentWarnings\n    status\n    commentCount\n    pinned\n    locked\n    createdAt\n    lastActivityAt\n    authorBlocked\n    author {\n      id\n      handle\n    }\n    category {\n      id\n      slug\n      name\n    }\n    reactions {\n      kind\n      count\n    }\n  }\n": typeof types.ForumPostSummaryFragmentDoc,
    "\n  fragment ForumRevision on Revision {\n    title\n    body\n    editedAt\n    editor {\n      id\n      handle\n    }\n  }\n": typeof types.ForumRevisionFragmentDoc,
    "\n  fragment ForumComment on Comment {\n    id\n    parentId\n    body\n    bodyHtml\n    status\n    deleted\n    createdAt\n    updatedAt\n    authorBlocked\n    author {\n      id\n      handle\n      journeyStage\n    }\n    reactions {\n      kind\n      count\n    }\n    viewerReactions\n    revisions {\n      ...ForumRevision\n    }\n  }\n": typeof types.ForumCommentFragmentDoc,
    "\n  query ForumHome {\n    categories {\n      id\n      slug\n      name\n      description\n      postCount\n      lastActivityAt\n    }\n  }\n": typeof types.ForumHomeDocument,
    "\n  query ForumPosts($categorySlug: String, $tag: String, $sort: PostSort, $first: Int, $after: String) {\n    posts(categorySlug: $categorySlug, tag: $tag, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ForumPostSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ForumPostsDocument,
    "\n  query ForumCategory($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      postCount\n      viewerWatch\n    }\n  }\n": typeof types.ForumCategoryDocument,
    "\n  query ForumSearch($query: String!, $first: Int, $after: String) {\n    searchPosts(query: $query, first: $first, after: $after) {\n      nodes {\n        ...ForumPostSummary\n        searchSnippet {\n          html\n          inReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ForumSearchDocument,
    "\n  query SearchTestimonials($query: String!) {\n    searchTestimonials(query: $query, first: 10) {\n      nodes {\n        id\n        title\n        contentWarnings\n        searchSnippet {\n          html\n        }\n      }\n    }\n  }\n": typeof types.SearchTestimonialsDocument,
    "\n  query ForumPost($id: ID!) {\n    post(id: $id) {\n      id\n      authorShownCrisisResources\n      title\n      body\n      bodyHtml\n      tags\n      contentWarnings\n      status\n      deleted\n      commentCount\n      createdAt\n      updatedAt\n      authorBlocked\n      author {\n        id\n        handle\n        journeyStage\n      }\n      category {\n        id\n        slug\n        name\n      }\n      reactions {\n        kind\n        count\n      }\n      viewerReactions\n      viewerWatch\n      pinned\n      locked\n      lockNote\n      revisions {\n        ...ForumRevision\n      }\n    }\n  }\n": typeof types.ForumPostDocument,
    "\n  query ForumComments($postId: ID!, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...ForumComment\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ForumCommentsDocument,
    "\n  query ForumComposerCategories {\n    categories {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ForumComposerCategoriesDocument,
    "\n  query RenderMarkdownPreview($body: String!) {\n    renderMarkdownPreview(body: $body)\n  }\n": typeof types.RenderMarkdownPreviewDocument,
    "\n  query ForumPreviewSafety($text: String!) {\n    previewSafety(text: $text) {\n      ...SafetyCheckFields\n    }\n  }\n": typeof types.ForumPreviewSafetyDocument,
    "\n  mutation ForumCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        id\n        status\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": typeof types.ForumCreatePostDocument,
    "\n  mutation ForumUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      post {\n        id\n        title\n        body\n        bodyHtml\n        tags\n        contentWarnings\n        status\n        updatedAt\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": typeof types.ForumUpdatePostDocument,
    "\n  mutation ForumDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.ForumDeletePostDocument,
    "\n  mutation ForumReplyToComment($commentId: ID!, $body: String!) {\n    replyToComment(commentId: $commentId, body: $body) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": typeof types.ForumReplyToCommentDocument,
    "\n  mutation ForumModeratePost($id: ID!, $input: ModerateContentInput!) {\n    moderatePost(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ForumModeratePostDocument,
    "\n  mutation ForumModerateComment($id: ID!, $input: ModerateContentInput!) {\n    moderateComment(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ForumModerateCommentDocument,
    "\n  mutation ForumCreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": typeof types.ForumCreateCommentDocument,
    "\n  mutation ForumUpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": typeof types.ForumUpdateCommentDocument,
    "\n  mutation ForumDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.ForumDeleteCommentDocument,
    "\n  mutation ForumToggleReaction($kind: ReactableKind!, $id: ID!, $reaction: ReactionKind!) {\n    toggleReaction(kind: $kind, id: $id, reaction: $reaction) {\n      kind\n      count\n    }\n  }\n": typeof types.ForumToggleReactionDocument,
    "\n  mutation ForumPinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": typeof types.ForumPinPostDocument,
    "\n  mutation ForumLockPost($id: ID!, $locked: Boolean!, $note: String) {\n    lockPost(id: $id, locked: $locked, note: $note) {\n      id\n      locked\n      lockNote\n    }\n  }\n": typeof types.ForumLockPostDocument,
    "\n  mutation ForumMovePost($id: ID!, $categoryId: ID!) {\n    movePost(id: $id, categoryId: $categoryId) {\n      id\n      category {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ForumMovePostDocument,
    "\n  query MemberHome {\n    latest: posts(sort: LATEST_ACTIVITY, first: 6) {\n      nodes {\n        id\n        title\n        commentCount\n        lastActivityAt\n        category {\n          id\n          name\n        }\n      }\n    }\n    unread: notifications(first: 5, unreadOnly: true) {\n      unreadCount\n      nodes {\n        id\n        kind\n        summary\n        path\n        createdAt\n      }\n    }\n    notices: myNotices(first: 3) {\n      unreadCount\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n": typeof types.MemberHomeDocument,
    "\n  query EvidencePages {\n    evidencePages {\n      slug\n      title\n      summary\n      tags\n      lastReviewed\n    }\n  }\n": typeof types.EvidencePagesDocument,
    "\n  query EvidencePage($slug: String!) {\n    evidencePage(slug: $slug) {\n      slug\n      title\n      summary\n      lastReviewed\n      html\n      figures {\n        published\n        community\n        value\n        n\n      }\n    }\n  }\n": typeof types.EvidencePageDocument,
    "\n  fragment AppealFields on Appeal {\n    id\n    noticeId\n    status\n    note\n    appealedAction\n    decisionNote\n    createdAt\n    decidedAt\n  }\n": typeof types.AppealFieldsFragmentDoc,
    "\n  mutation Appeal($noticeId: ID!, $note: String!) {\n    appeal(noticeId: $noticeId, note: $note) {\n      ...AppealFields\n    }\n  }\n": typeof types.AppealDocument,
    "\n  query SuspensionNotice {\n    myNotices(first: 20) {\n      nodes {\n        id\n        action\n        suspendedUntil\n        appealableUntil\n        createdAt\n        appeal {\n          ...AppealFields\n        }\n      }\n    }\n  }\n": typeof types.SuspensionNoticeDocument,
    "\n  query MemberNotes($userId: ID!) {\n    memberNotes(userId: $userId) {\n      id\n      body\n      createdAt\n      author {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.MemberNotesDocument,
    "\n  mutation AddMemberNote($userId: ID!, $body: String!) {\n    addMemberNote(userId: $userId, body: $body) {\n      id\n    }\n  }\n": typeof types.AddMemberNoteDocument,
    "\n  fragment SavedReplyFields on SavedReply {\n    id\n    title\n    body\n  }\n": typeof types.SavedReplyFieldsFragmentDoc,
    "\n  query SavedReplies {\n    savedReplies {\n      ...SavedReplyFields\n    }\n  }\n": typeof types.SavedRepliesDocument,
    "\n  mutation CreateSavedReply($input: SavedReplyInput!) {\n    createSavedReply(input: $input) {\n      ...SavedReplyFields\n    }\n  }\n": typeof types.CreateSavedReplyDocument,
    "\n  mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {\n    updateSavedReply(id: $id, input: $input) {\n      ...SavedReplyFields\n    }\n  }\n": typeof types.UpdateSavedReplyDocument,
    "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n": typeof types.DeleteSavedReplyDocument,
    "\n  query ModerationDashboard {\n    viewer {\n      onCall\n    }\n    week: urgentResponseStats(days: 7) {\n      claimMinutesP50\n      claimMinutesP90\n      cases\n    }\n    month: urgentResponseStats(days: 30) {\n      claimMinutesP50\n      claimMinutesP90\n      cases\n    }\n    openCasesByAge {\n      label\n      fromMinutes\n      count\n      urgentCount\n    }\n  }\n": typeof types.ModerationDashboardDocument,
    "\n  mutation SetOnCall($onCall: Boolean!) {\n    setOnCall(onCall: $onCall)\n  }\n": typeof types.SetOnCallDocument,
    "\n  fragment ModerationUser on User {\n    id\n    handle\n  }\n": typeof types.ModerationUserFragmentDoc,
    "\n  fragment ModerationCaseSummary on ModerationCase {\n    id\n    contentKind\n    excerpt\n    status\n    priority\n    sources\n    reportCount\n    autoFlags\n    createdAt\n    author {\n      ...ModerationUser\n    }\n    assignee {\n      ...ModerationUser\n    }\n    content {\n      visibleSince\n    }\n  }\n": typeof types.ModerationCaseSummaryFragmentDoc,
    "\n  query ModerationQueue($filter: ModerationQueueFilter, $first: Int, $after: String) {\n    moderationQueue(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ModerationCaseSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query ModerationCase($id: ID!) {\n    moderationCase(id: $id) {\n      ...ModerationCaseSummary\n      contentId\n      resolution\n      resolutionNote\n      resolvedAt\n      claimedAt\n      reports {\n        id\n        reason\n        note\n        createdAt\n        reportedText\n        reporter {\n          ...ModerationUser\n        }\n      }\n      content {\n        kind\n        id\n        status\n        text\n        html\n        createdAt\n        visibleSince\n        context {\n          key\n          value\n        }\n        conversation {\n          id\n          body\n          bodyHtml\n          createdAt\n          removed\n          crisisDetected\n          focus\n          author {\n            ...ModerationUser\n          }\n        }\n      }\n      appeal {\n        ...AppealFields\n      }\n      appealedDecision {\n        id\n        action\n        note\n        createdAt\n        actor {\n          ...ModerationUser\n        }\n      }\n    }\n  }\n": typeof types.ModerationCaseDocument,
    "\n  query MemberCaseHistory($userId: ID!, $first: Int, $after: String) {\n    memberCaseHistory(userId: $userId, first: $first, after: $after) {\n      nodes {\n        id\n        contentKind\n        excerpt\n        status\n        priority\n        resolution\n        createdAt\n        resolvedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MemberCaseHistoryDocument,
    "\n  mutation ClaimCase($id: ID!) {\n    claimCase(id: $id) {\n      ...ModerationCaseSummary\n      claimedAt\n    }\n  }\n": typeof types.ClaimCaseDocument,
    "\n  mutation ResolveCase($id: ID!, $input: ResolveCaseInput!) {\n    resolveCase(id: $id, input: $input) {\n      ...ModerationCaseSummary\n      resolution\n      resolutionNote\n      resolvedAt\n    }\n  }\n": typeof types.ResolveCaseDocument,
    "\n  query ModerationLog($first: Int, $after: String, $targetUserId: ID) {\n    moderationLog(first: $first, after: $after, targetUserId: $targetUserId) {\n      nodes {\n        id\n        action\n        contentKind\n        contentId\n        caseId\n        note\n        suspendedUntil\n        createdAt\n        actor {\n          ...ModerationUser\n        }\n        targetUser {\n          ...ModerationUser\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  mutation ReportContent($input: ReportInput!) {\n    report(input: $input) {\n      id\n      reason\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  mutation ReachOut($userId: ID!) {\n    reachOut(userId: $userId) {\n      id\n      slug\n    }\n  }\n": typeof types.ReachOutDocument,
    "\n  query MyNoticeAbout($contentId: ID!) {\n    myNoticeAbout(contentId: $contentId) {\n      id\n      action\n      message\n    }\n  }\n": typeof types.MyNoticeAboutDocument,
    "\n  query MyNotices($first: Int, $after: String) {\n    myNotices(first: $first, after: $after) {\n      unreadCount\n      nodes {\n        id\n        action\n        message\n        note\n        contentKind\n        contentId\n        suspendedUntil\n        endsAt\n        read\n        createdAt\n        appealableUntil\n        appeal {\n          ...AppealFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyNoticesDocument,
    "\n  query UnreadNoticeCount {\n    myNotices(first: 1) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNoticeCountDocument,
    "\n  mutation MarkNoticesRead($ids: [ID!]) {\n    markNoticesRead(ids: $ids)\n  }\n": typeof types.MarkNoticesReadDocument,
    "\n  fragment ModerationRuleFields on ModerationRule {\n    id\n    name\n    pattern\n    isRegex\n    action\n    priority\n    enabled\n  }\n": typeof types.ModerationRuleFieldsFragmentDoc,
    "\n  query ModerationRules {\n    moderationRules {\n      ...ModerationRuleFields\n    }\n  }\n": typeof types.ModerationRulesDocument,
    "\n  mutation CreateModerationRule($input: ModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      ...ModerationRuleFields\n    }\n  }\n": typeof types.CreateModerationRuleDocument,
    "\n  mutation UpdateModerationRule($id: ID!, $input: ModerationRuleInput!) {\n    updateModerationRule(id: $id, input: $input) {\n      ...ModerationRuleFields\n    }\n  }\n": typeof types.UpdateModerationRuleDocument,
    "\n  mutation DeleteModerationRule($id: ID!) {\n    deleteModerationRule(id: $id)\n  }\n": typeof types.DeleteModerationRuleDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        count\n        summary\n        path\n        readAt\n        createdAt\n        actor {\n          id\n          handle\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unreadCount\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetPostWatch($postId: ID!, $level: WatchLevel!) {\n    setPostWatch(postId: $postId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n": typeof types.SetPostWatchDocument,
    "\n  mutation SetCategoryWatch($categoryId: ID!, $level: WatchLevel!) {\n    setCategoryWatch(categoryId: $categoryId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n": typeof types.SetCategoryWatchDocument,
    "\n  query HandleSuggestions($prefix: String!) {\n    handleSuggestions(prefix: $prefix) {\n      id\n      handle\n    }\n  }\n": typeof types.HandleSuggestionsDocument,
    "\n  query MemberProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      bio\n      journeyStage\n      createdAt\n      recentPosts {\n        id\n        title\n        createdAt\n        commentCount\n      }\n      recentComments {\n        id\n        createdAt\n        post {\n          id\n          title\n        }\n      }\n      publishedTestimonials {\n        id\n        title\n        modality\n        overallRating\n        publishedAt\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query Profile {\n    viewer {\n      email\n      revealContentWarnings\n      user {\n        id\n        handle\n        bio\n        journeyStage\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      bio\n      journeyStage\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteAccount($password: String!, $content: AccountContentChoice!) {\n    deleteAccount(password: $password, content: $content)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  fragment CheckInFields on CheckIn {\n    id\n    monthsAfter\n    phq9\n    phq2\n    stillRelieved\n    maintenanceSessions\n    maintenanceModality\n    sideEffects\n    noteHtml\n    status\n    createdAt\n  }\n": typeof types.CheckInFieldsFragmentDoc,
    "\n  query TestimonialFollowUps($id: ID!) {\n    testimonial(id: $id) {\n      id\n      title\n      status\n      viewerIsAuthor\n      phq9Before\n      phq9After\n      publishedAt\n      createdAt\n      firstSessionDate\n      followUpsEnabled\n      nextCheckInDue\n      checkIns {\n        ...CheckInFields\n      }\n    }\n  }\n": typeof types.TestimonialFollowUpsDocument,
    "\n  mutation SetTestimonialFollowUps($id: ID!, $enabled: Boolean!, $firstSessionDate: DateTime) {\n    setTestimonialFollowUps(testimonialId: $id, enabled: $enabled, firstSessionDate: $firstSessionDate) {\n      id\n      firstSessionDate\n      followUpsEnabled\n      nextCheckInDue\n    }\n  }\n": typeof types.SetTestimonialFollowUpsDocument,
    "\n  mutation SubmitCheckIn($id: ID!, $input: CheckInInput!) {\n    submitCheckIn(testimonialId: $id, input: $input) {\n      checkIn {\n        ...CheckInFields\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n": typeof types.SubmitCheckInDocument,
    "\n  mutation WithdrawCheckIn($id: ID!) {\n    withdrawCheckIn(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawCheckInDocument,
    "\n  query DurabilityStats($modality: TreatmentModality, $maintenance: Boolean) {\n    durabilityStats(modality: $modality, maintenance: $maintenance) {\n      members\n      followedUp\n      minimumMembers\n      points {\n        monthsAfter\n        respondents\n        responders\n        remitters\n        lostToFollowUp\n        responseRate\n        remissionRate\n      }\n      curve {\n        months\n        survival\n        lower\n        upper\n        atRisk\n        events\n        censored\n      }\n    }\n  }\n": typeof types.DurabilityStatsDocument,
    "\n  fragment TestimonialSummary on Testimonial {\n    id\n    title\n    story\n    anonymous\n    modality\n    sessionCount\n    overallRating\n    reliefOnset\n    reliefDuration\n    sideEffects\n    phq9Before\n    phq9After\n    contentWarnings\n    helpfulCount\n    publishedAt\n    author {\n      id\n      handle\n      deleted\n    }\n  }\n": typeof types.TestimonialSummaryFragmentDoc,
    "\n  fragment TestimonialDetail on Testimonial {\n    id\n    title\n    story\n    storyHtml\n    anonymous\n    modality\n    setting\n    sessionCount\n    priorTreatments\n    overallRating\n    reliefOnset\n    reliefDuration\n    sideEffects\n    phq9Before\n    phq9After\n    contentWarnings\n    status\n    helpfulCount\n    viewerFoundHelpful\n    viewerIsAuthor\n    rejectionNote\n    createdAt\n    updatedAt\n    publishedAt\n    author {\n      id\n      handle\n      deleted\n      journeyStage\n    }\n  }\n": typeof types.TestimonialDetailFragmentDoc,
    "\n  query Testimonials($filter: TestimonialFilter, $first: Int, $after: String) {\n    testimonials(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...TestimonialSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TestimonialsDocument,
    "\n  query Testimonial($id: ID!) {\n    testimonial(id: $id) {\n      ...TestimonialDetail\n    }\n  }\n": typeof types.TestimonialDocument,
    "\n  query MyTestimonials {\n    myTestimonials {\n      id\n      title\n      anonymous\n      modality\n      overallRating\n      status\n      rejectionNote\n      helpfulCount\n      createdAt\n      updatedAt\n      publishedAt\n    }\n  }\n": typeof types.MyTestimonialsDocument,
    "\n  mutation SubmitTestimonial($input: SubmitTestimonialInput!) {\n    submitTestimonial(input: $input) {\n      testimonial {\n        ...TestimonialDetail\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n": typeof types.SubmitTestimonialDocument,
    "\n  mutation UpdateTestimonial($id: ID!, $input: UpdateTestimonialInput!) {\n    updateTestimonial(id: $id, input: $input) {\n      testimonial {\n        ...TestimonialDetail\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n": typeof types.UpdateTestimonialDocument,
    "\n  mutation WithdrawTestimonial($id: ID!) {\n    withdrawTestimonial(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawTestimonialDocument,
    "\n  mutation MarkTestimonialHelpful($id: ID!) {\n    markTestimonialHelpful(id: $id) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n    }\n  }\n": typeof types.MarkTestimonialHelpfulDocument,
    "\n  query PreviewTestimonialSafety($text: String!, $story: String!) {\n    previewSafety(text: $text) {\n      ...SafetyCheckFields\n    }\n    storyHtml: renderMarkdownPreview(body: $story)\n  }\n": typeof types.PreviewTestimonialSafetyDocument,
    "\n  fragment OutcomeRates on TestimonialStats {\n    total\n    withScores\n    responders\n    remitters\n    responseRate\n    remissionRate\n  }\n": typeof types.OutcomeRatesFragmentDoc,
    "\n  query TestimonialOutcomes {\n    all: testimonialStats {\n      ...OutcomeRates\n      averageRating\n      byModality {\n        key\n        count\n      }\n      byReliefOnset {\n        key\n        count\n      }\n      byReliefDuration {\n        key\n        count\n      }\n      sideEffects {\n        key\n        count\n      }\n    }\n    iv: testimonialStats(modality: IV_INFUSION) {\n      ...OutcomeRates\n    }\n    im: testimonialStats(modality: IM_INJECTION) {\n      ...OutcomeRates\n    }\n    esketamine: testimonialStats(modality: ESKETAMINE_NASAL_SPRAY) {\n      ...OutcomeRates\n    }\n    oral: testimonialStats(modality: ORAL_OR_SUBLINGUAL) {\n      ...OutcomeRates\n    }\n    other: testimonialStats(modality: OTHER) {\n      ...OutcomeRates\n    }\n  }\n": typeof types.TestimonialOutcomesDocument,
    "\n  query MyTracker {\n    myTracker {\n      checkInConsent\n      sessions {\n        id\n        date\n        modality\n        setting\n        notes\n      }\n      moods {\n        id\n        date\n        scale\n        score\n        item9\n        phq9Answers\n      }\n    }\n  }\n": typeof types.MyTrackerDocument,
    "\n  mutation LogTrackerSession($input: TrackerSessionInput!) {\n    logTrackerSession(input: $input) {\n      id\n    }\n  }\n": typeof types.LogTrackerSessionDocument,
    "\n  mutation LogMood($input: MoodEntryInput!) {\n    logMood(input: $input) {\n      entry {\n        id\n        score\n      }\n      safety {\n        crisisDetected\n        resources {\n          region\n          name\n          phone\n          sms\n          url\n        }\n      }\n    }\n  }\n": typeof types.LogMoodDocument,
    "\n  mutation DeleteTrackerSession($id: ID!) {\n    deleteTrackerSession(id: $id)\n  }\n": typeof types.DeleteTrackerSessionDocument,
    "\n  mutation DeleteMoodEntry($id: ID!) {\n    deleteMoodEntry(id: $id)\n  }\n": typeof types.DeleteMoodEntryDocument,
    "\n  mutation SetTrackerCheckInConsent($enabled: Boolean!) {\n    setTrackerCheckInConsent(enabled: $enabled) {\n      checkInConsent\n    }\n  }\n": typeof types.SetTrackerCheckInConsentDocument,
    "\n  query HiddenContentWarnings {\n    hiddenContentWarnings\n  }\n": typeof types.HiddenContentWarningsDocument,
    "\n  mutation SetHiddenContentWarnings($warnings: [ContentWarning!]!) {\n    setHiddenContentWarnings(warnings: $warnings)\n  }\n": typeof types.SetHiddenContentWarningsDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": typeof types.PushPublicKeyDocument,
    "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input)\n  }\n": typeof types.RegisterPushSubscriptionDocument,
    "\n  mutation UnregisterPushSubscription($endpoint: String!) {\n    unregisterPushSubscription(endpoint: $endpoint)\n  }\n": typeof types.UnregisterPushSubscriptionDocument,
    "\n  fragment SessionViewer on Viewer {\n    email\n    status\n    suspendedUntil\n    revealContentWarnings\n    emailVerified\n    user {\n      id\n      handle\n      bio\n      journeyStage\n      role\n      createdAt\n    }\n  }\n": typeof types.SessionViewerFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": types.RequestEmailVerificationDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": types.RequestEmailChangeDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      lastSeenAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n    }\n  }\n": types.AdminCategoriesDocument,
    "\n  mutation AdminCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.AdminCreateCategoryDocument,
    "\n  mutation AdminUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      description\n      position\n      archived\n    }\n  }\n": types.AdminUpdateCategoryDocument,
    "\n  query AdminRooms {\n    chatRooms {\n      id\n      slug\n      name\n      description\n      locked\n      slowModeSeconds\n    }\n  }\n": types.AdminRoomsDocument,
    "\n  mutation AdminCreateRoom($input: ChatRoomInput!) {\n    createChatRoom(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.AdminCreateRoomDocument,
    "\n  mutation AdminUpdateRoom($id: ID!, $input: UpdateChatRoomInput!) {\n    updateChatRoom(id: $id, input: $input) {\n      id\n      name\n      description\n      locked\n      slowModeSeconds\n    }\n  }\n": types.AdminUpdateRoomDocument,
    "\n  query AdminSearchMembers($query: String!, $first: Int, $after: String) {\n    searchMembers(query: $query, first: $first, after: $after) {\n      nodes {\n        id\n        handle\n        role\n        status\n        suspendedUntil\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminSearchMembersDocument,
    "\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.AdminSetRoleDocument,
    "\n  mutation AdminSetStatus($userId: ID!, $status: AccountStatus!, $until: DateTime, $note: String) {\n    setUserStatus(userId: $userId, status: $status, until: $until, note: $note) {\n      id\n      status\n      suspendedUntil\n    }\n  }\n": types.AdminSetStatusDocument,
    "\n  query AdminOutbox($status: MailStatus, $first: Int, $after: String) {\n    mailOutbox(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        recipient\n        subject\n        status\n        attempts\n        lastError\n        createdAt\n        settledAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminOutboxDocument,
    "\n  query BlockedUsers {\n    blockedUsers {\n      id\n      handle\n    }\n  }\n": types.BlockedUsersDocument,
    "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n": types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": types.UnblockUserDocument,
    "\n  query ChatRooms {\n    chatRooms {\n      id\n      slug\n      name\n      description\n      locked\n      onlineCount\n    }\n  }\n": types.ChatRoomsDocument,
    "\n  query ChatRoom($slug: String!) {\n    chatRoom(slug: $slug) {\n      id\n      slug\n      name\n      description\n      locked\n      slowModeSeconds\n      private\n      onlineCount\n    }\n  }\n": types.ChatRoomDocument,
    "\n  query ChatHistory($roomId: ID!, $before: String) {\n    chatMessages(roomId: $roomId, last: 30, before: $before) {\n      nodes {\n        id\n        roomId\n        body\n        status\n        clientMessageId\n        createdAt\n        heldForReview\n        crisisDetected\n        authorBlocked\n        author {\n          id\n          handle\n          role\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ChatHistoryDocument,
    "\n  mutation UpdateChatRoom($id: ID!, $input: UpdateChatRoomInput!) {\n    updateChatRoom(id: $id, input: $input) {\n      id\n      locked\n      slowModeSeconds\n    }\n  }\n": types.UpdateChatRoomDocument,
    "\n  mutation RemoveChatMessage($id: ID!) {\n    removeChatMessage(id: $id) {\n      id\n      status\n    }\n  }\n": types.RemoveChatMessageDocument,
    "\n  mutation MuteInRoom($roomId: ID!, $userId: ID!, $minutes: Int!) {\n    muteInRoom(roomId: $roomId, userId: $userId, minutes: $minutes)\n  }\n": types.MuteInRoomDocument,
    "\n  fragment CrisisResourceFields on CrisisResource {\n    region\n    name\n    phone\n    sms\n    url\n  }\n": types.CrisisResourceFieldsFragmentDoc,
    "\n  fragment SafetyCheckFields on SafetyCheck {\n    crisisDetected\n    heldForReview\n    resources {\n      ...CrisisResourceFields\n    }\n  }\n": types.SafetyCheckFieldsFragmentDoc,
    "\n  query CrisisResources($region: String) {\n    crisisResources(region: $region) {\n      ...CrisisResourceFields\n    }\n  }\n": types.CrisisResourcesDocument,
    "\n  fragment ForumPostSummary on Post {\n    id\n    title\n    excerpt\n    tags\n    contentWarnings\n    status\n    commentCount\n    pinned\n    locked\n    createdAt\n    lastActivityAt\n    authorBlocked\n    author {\n      id\n      handle\n    }\n    category {\n      id\n      slug\n      name\n    }\n    reactions {\n      kind\n      count\n    }\n  }\n": types.ForumPostSummaryFragmentDoc,
    "\n  fragment ForumRevision on Revision {\n    title\n    body\n    editedAt\n    editor {\n      id\n      handle\n    }\n  }\n": types.ForumRevisionFragmentDoc,
    "\n  fragment ForumComment on Comment {\n    id\n    parentId\n    body\n    bodyHtml\n    status\n    deleted\n    createdAt\n    updatedAt\n    authorBlocked\n    author {\n      id\n      handle\n      journeyStage\n    }\n    reactions {\n      kind\n      count\n    }\n    viewerReactions\n    revisions {\n      ...ForumRevision\n    }\n  }\n": types.ForumCommentFragmentDoc,
    "\n  query ForumHome {\n    categories {\n      id\n      slug\n      name\n      description\n      postCount\n      lastActivityAt\n    }\n  }\n": types.ForumHomeDocument,
    "\n  query ForumPosts($categorySlug: String, $tag: String, $sort: PostSort, $first: Int, $after: String) {\n    posts(categorySlug: $categorySlug, tag: $tag, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ForumPostSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ForumPostsDocument,
    "\n  query ForumCategory($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      postCount\n      viewerWatch\n    }\n  }\n": types.ForumCategoryDocument,
    "\n  query ForumSearch($query: String!, $first: Int, $after: String) {\n    searchPosts(query: $query, first: $first, after: $after) {\n      nodes {\n        ...ForumPostSummary\n        searchSnippet {\n          html\n          inReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ForumSearchDocument,
    "\n  query SearchTestimonials($query: String!) {\n    searchTestimonials(query: $query, first: 10) {\n      nodes {\n        id\n        title\n        contentWarnings\n        searchSnippet {\n          html\n        }\n      }\n    }\n  }\n": types.SearchTestimonialsDocument,
    "\n  query ForumPost($id: ID!) {\n    post(id: $id) {\n      id\n      authorShownCrisisResources\n      title\n      body\n      bodyHtml\n      tags\n      contentWarnings\n      status\n      deleted\n      commentCount\n      createdAt\n      updatedAt\n      authorBlocked\n      author {\n        id\n        handle\n        journeyStage\n      }\n      category {\n        id\n        slug\n        name\n      }\n      reactions {\n        kind\n        count\n      }\n      viewerReactions\n      viewerWatch\n      pinned\n      locked\n      lockNote\n      revisions {\n        ...ForumRevision\n      }\n    }\n  }\n": types.ForumPostDocument,
    "\n  query ForumComments($postId: ID!, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...ForumComment\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ForumCommentsDocument,
    "\n  query ForumComposerCategories {\n    categories {\n      id\n      slug\n      name\n    }\n  }\n": types.ForumComposerCategoriesDocument,
    "\n  query RenderMarkdownPreview($body: String!) {\n    renderMarkdownPreview(body: $body)\n  }\n": types.RenderMarkdownPreviewDocument,
    "\n  query ForumPreviewSafety($text: String!) {\n    previewSafety(text: $text) {\n      ...SafetyCheckFields\n    }\n  }\n": types.ForumPreviewSafetyDocument,
    "\n  mutation ForumCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        id\n        status\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": types.ForumCreatePostDocument,
    "\n  mutation ForumUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      post {\n        id\n        title\n        body\n        bodyHtml\n        tags\n        contentWarnings\n        status\n        updatedAt\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": types.ForumUpdatePostDocument,
    "\n  mutation ForumDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.ForumDeletePostDocument,
    "\n  mutation ForumReplyToComment($commentId: ID!, $body: String!) {\n    replyToComment(commentId: $commentId, body: $body) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": types.ForumReplyToCommentDocument,
    "\n  mutation ForumModeratePost($id: ID!, $input: ModerateContentInput!) {\n    moderatePost(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.ForumModeratePostDocument,
    "\n  mutation ForumModerateComment($id: ID!, $input: ModerateContentInput!) {\n    moderateComment(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.ForumModerateCommentDocument,
    "\n  mutation ForumCreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": types.ForumCreateCommentDocument,
    "\n  mutation ForumUpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n": types.ForumUpdateCommentDocument,
    "\n  mutation ForumDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.ForumDeleteCommentDocument,
    "\n  mutation ForumToggleReaction($kind: ReactableKind!, $id: ID!, $reaction: ReactionKind!) {\n    toggleReaction(kind: $kind, id: $id, reaction: $reaction) {\n      kind\n      count\n    }\n  }\n": types.ForumToggleReactionDocument,
    "\n  mutation ForumPinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": types.ForumPinPostDocument,
    "\n  mutation ForumLockPost($id: ID!, $locked: Boolean!, $note: String) {\n    lockPost(id: $id, locked: $locked, note: $note) {\n      id\n      locked\n      lockNote\n    }\n  }\n": types.ForumLockPostDocument,
    "\n  mutation ForumMovePost($id: ID!, $categoryId: ID!) {\n    movePost(id: $id, categoryId: $categoryId) {\n      id\n      category {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.ForumMovePostDocument,
    "\n  query MemberHome {\n    latest: posts(sort: LATEST_ACTIVITY, first: 6) {\n      nodes {\n        id\n        title\n        commentCount\n        lastActivityAt\n        category {\n          id\n          name\n        }\n      }\n    }\n    unread: notifications(first: 5, unreadOnly: true) {\n      unreadCount\n      nodes {\n        id\n        kind\n        summary\n        path\n        createdAt\n      }\n    }\n    notices: myNotices(first: 3) {\n      unreadCount\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n": types.MemberHomeDocument,
    "\n  query EvidencePages {\n    evidencePages {\n      slug\n      title\n      summary\n      tags\n      lastReviewed\n    }\n  }\n": types.EvidencePagesDocument,
    "\n  query EvidencePage($slug: String!) {\n    evidencePage(slug: $slug) {\n      slug\n      title\n      summary\n      lastReviewed\n      html\n      figures {\n        published\n        community\n        value\n        n\n      }\n    }\n  }\n": types.EvidencePageDocument,
    "\n  fragment AppealFields on Appeal {\n    id\n    noticeId\n    status\n    note\n    appealedAction\n    decisionNote\n    createdAt\n    decidedAt\n  }\n": types.AppealFieldsFragmentDoc,
    "\n  mutation Appeal($noticeId: ID!, $note: String!) {\n    appeal(noticeId: $noticeId, note: $note) {\n      ...AppealFields\n    }\n  }\n": types.AppealDocument,
    "\n  query SuspensionNotice {\n    myNotices(first: 20) {\n      nodes {\n        id\n        action\n        suspendedUntil\n        appealableUntil\n        createdAt\n        appeal {\n          ...AppealFields\n        }\n      }\n    }\n  }\n": types.SuspensionNoticeDocument,
    "\n  query MemberNotes($userId: ID!) {\n    memberNotes(userId: $userId) {\n      id\n      body\n      createdAt\n      author {\n        id\n        handle\n      }\n    }\n  }\n": types.MemberNotesDocument,
    "\n  mutation AddMemberNote($userId: ID!, $body: String!) {\n    addMemberNote(userId: $userId, body: $body) {\n      id\n    }\n  }\n": types.AddMemberNoteDocument,
    "\n  fragment SavedReplyFields on SavedReply {\n    id\n    title\n    body\n  }\n": types.SavedReplyFieldsFragmentDoc,
    "\n  query SavedReplies {\n    savedReplies {\n      ...SavedReplyFields\n    }\n  }\n": types.SavedRepliesDocument,
    "\n  mutation CreateSavedReply($input: SavedReplyInput!) {\n    createSavedReply(input: $input) {\n      ...SavedReplyFields\n    }\n  }\n": types.CreateSavedReplyDocument,
    "\n  mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {\n    updateSavedReply(id: $id, input: $input) {\n      ...SavedReplyFields\n    }\n  }\n": types.UpdateSavedReplyDocument,
    "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n": types.DeleteSavedReplyDocument,
    "\n  query ModerationDashboard {\n    viewer {\n      onCall\n    }\n    week: urgentResponseStats(days: 7) {\n      claimMinutesP50\n      claimMinutesP90\n      cases\n    }\n    month: urgentResponseStats(days: 30) {\n      claimMinutesP50\n      claimMinutesP90\n      cases\n    }\n    openCasesByAge {\n      label\n      fromMinutes\n      count\n      urgentCount\n    }\n  }\n": types.ModerationDashboardDocument,
    "\n  mutation SetOnCall($onCall: Boolean!) {\n    setOnCall(onCall: $onCall)\n  }\n": types.SetOnCallDocument,
    "\n  fragment ModerationUser on User {\n    id\n    handle\n  }\n": types.ModerationUserFragmentDoc,
    "\n  fragment ModerationCaseSummary on ModerationCase {\n    id\n    contentKind\n    excerpt\n    status\n    priority\n    sources\n    reportCount\n    autoFlags\n    createdAt\n    author {\n      ...ModerationUser\n    }\n    assignee {\n      ...ModerationUser\n    }\n    content {\n      visibleSince\n    }\n  }\n": types.ModerationCaseSummaryFragmentDoc,
    "\n  query ModerationQueue($filter: ModerationQueueFilter, $first: Int, $after: String) {\n    moderationQueue(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ModerationCaseSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query ModerationCase($id: ID!) {\n    moderationCase(id: $id) {\n      ...ModerationCaseSummary\n      contentId\n      resolution\n      resolutionNote\n      resolvedAt\n      claimedAt\n      reports {\n        id\n        reason\n        note\n        createdAt\n        reportedText\n        reporter {\n          ...ModerationUser\n        }\n      }\n      content {\n        kind\n        id\n        status\n        text\n        html\n        createdAt\n        visibleSince\n        context {\n          key\n          value\n        }\n        conversation {\n          id\n          body\n          bodyHtml\n          createdAt\n          removed\n          crisisDetected\n          focus\n          author {\n            ...ModerationUser\n          }\n        }\n      }\n      appeal {\n        ...AppealFields\n      }\n      appealedDecision {\n        id\n        action\n        note\n        createdAt\n        actor {\n          ...ModerationUser\n        }\n      }\n    }\n  }\n": types.ModerationCaseDocument,
    "\n  query MemberCaseHistory($userId: ID!, $first: Int, $after: String) {\n    memberCaseHistory(userId: $userId, first: $first, after: $after) {\n      nodes {\n        id\n        contentKind\n        excerpt\n        status\n        priority\n        resolution\n        createdAt\n        resolvedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MemberCaseHistoryDocument,
    "\n  mutation ClaimCase($id: ID!) {\n    claimCase(id: $id) {\n      ...ModerationCaseSummary\n      claimedAt\n    }\n  }\n": types.ClaimCaseDocument,
    "\n  mutation ResolveCase($id: ID!, $input: ResolveCaseInput!) {\n    resolveCase(id: $id, input: $input) {\n      ...ModerationCaseSummary\n      resolution\n      resolutionNote\n      resolvedAt\n    }\n  }\n": types.ResolveCaseDocument,
    "\n  query ModerationLog($first: Int, $after: String, $targetUserId: ID) {\n    moderationLog(first: $first, after: $after, targetUserId: $targetUserId) {\n      nodes {\n        id\n        action\n        contentKind\n        contentId\n        caseId\n        note\n        suspendedUntil\n        createdAt\n        actor {\n          ...ModerationUser\n        }\n        targetUser {\n          ...ModerationUser\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  mutation ReportContent($input: ReportInput!) {\n    report(input: $input) {\n      id\n      reason\n    }\n  }\n": types.ReportContentDocument,
    "\n  mutation ReachOut($userId: ID!) {\n    reachOut(userId: $userId) {\n      id\n      slug\n    }\n  }\n": types.ReachOutDocument,
    "\n  query MyNoticeAbout($contentId: ID!) {\n    myNoticeAbout(contentId: $contentId) {\n      id\n      action\n      message\n    }\n  }\n": types.MyNoticeAboutDocument,
    "\n  query MyNotices($first: Int, $after: String) {\n    myNotices(first: $first, after: $after) {\n      unreadCount\n      nodes {\n        id\n        action\n        message\n        note\n        contentKind\n        contentId\n        suspendedUntil\n        endsAt\n        read\n        createdAt\n        appealableUntil\n        appeal {\n          ...AppealFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyNoticesDocument,
    "\n  query UnreadNoticeCount {\n    myNotices(first: 1) {\n      unreadCount\n    }\n  }\n": types.UnreadNoticeCountDocument,
    "\n  mutation MarkNoticesRead($ids: [ID!]) {\n    markNoticesRead(ids: $ids)\n  }\n": types.MarkNoticesReadDocument,
    "\n  fragment ModerationRuleFields on ModerationRule {\n    id\n    name\n    pattern\n    isRegex\n    action\n    priority\n    enabled\n  }\n": types.ModerationRuleFieldsFragmentDoc,
    "\n  query ModerationRules {\n    moderationRules {\n      ...ModerationRuleFields\n    }\n  }\n": types.ModerationRulesDocument,
    "\n  mutation CreateModerationRule($input: ModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      ...ModerationRuleFields\n    }\n  }\n": types.CreateModerationRuleDocument,
    "\n  mutation UpdateModerationRule($id: ID!, $input: ModerationRuleInput!) {\n    updateModerationRule(id: $id, input: $input) {\n      ...ModerationRuleFields\n    }\n  }\n": types.UpdateModerationRuleDocument,
    "\n  mutation DeleteModerationRule($id: ID!) {\n    deleteModerationRule(id: $id)\n  }\n": types.DeleteModerationRuleDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        count\n        summary\n        path\n        readAt\n        createdAt\n        actor {\n          id\n          handle\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unreadCount\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetPostWatch($postId: ID!, $level: WatchLevel!) {\n    setPostWatch(postId: $postId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n": types.SetPostWatchDocument,
    "\n  mutation SetCategoryWatch($categoryId: ID!, $level: WatchLevel!) {\n    setCategoryWatch(categoryId: $categoryId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n": types.SetCategoryWatchDocument,
    "\n  query HandleSuggestions($prefix: String!) {\n    handleSuggestions(prefix: $prefix) {\n      id\n      handle\n    }\n  }\n": types.HandleSuggestionsDocument,
    "\n  query MemberProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      bio\n      journeyStage\n      createdAt\n      recentPosts {\n        id\n        title\n        createdAt\n        commentCount\n      }\n      recentComments {\n        id\n        createdAt\n        post {\n          id\n          title\n        }\n      }\n      publishedTestimonials {\n        id\n        title\n        modality\n        overallRating\n        publishedAt\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query Profile {\n    viewer {\n      email\n      revealContentWarnings\n      user {\n        id\n        handle\n        bio\n        journeyStage\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      bio\n      journeyStage\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteAccount($password: String!, $content: AccountContentChoice!) {\n    deleteAccount(password: $password, content: $content)\n  }\n": types.DeleteAccountDocument,
    "\n  fragment CheckInFields on CheckIn {\n    id\n    monthsAfter\n    phq9\n    phq2\n    stillRelieved\n    maintenanceSessions\n    maintenanceModality\n    sideEffects\n    noteHtml\n    status\n    createdAt\n  }\n": types.CheckInFieldsFragmentDoc,
    "\n  query TestimonialFollowUps($id: ID!) {\n    testimonial(id: $id) {\n      id\n      title\n      status\n      viewerIsAuthor\n      phq9Before\n      phq9After\n      publishedAt\n      createdAt\n      firstSessionDate\n      followUpsEnabled\n      nextCheckInDue\n      checkIns {\n        ...CheckInFields\n      }\n    }\n  }\n": types.TestimonialFollowUpsDocument,
    "\n  mutation SetTestimonialFollowUps($id: ID!, $enabled: Boolean!, $firstSessionDate: DateTime) {\n    setTestimonialFollowUps(testimonialId: $id, enabled: $enabled, firstSessionDate: $firstSessionDate) {\n      id\n      firstSessionDate\n      followUpsEnabled\n      nextCheckInDue\n    }\n  }\n": types.SetTestimonialFollowUpsDocument,
    "\n  mutation SubmitCheckIn($id: ID!, $input: CheckInInput!) {\n    submitCheckIn(testimonialId: $id, input: $input) {\n      checkIn {\n        ...CheckInFields\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n": types.SubmitCheckInDocument,
    "\n  mutation WithdrawCheckIn($id: ID!) {\n    withdrawCheckIn(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawCheckInDocument,
    "\n  query DurabilityStats($modality: TreatmentModality, $maintenance: Boolean) {\n    durabilityStats(modality: $modality, maintenance: $maintenance) {\n      members\n      followedUp\n      minimumMembers\n      points {\n        monthsAfter\n        respondents\n        responders\n        remitters\n        lostToFollowUp\n        responseRate\n        remissionRate\n      }\n      curve {\n        months\n        survival\n        lower\n        upper\n        atRisk\n        events\n        censored\n      }\n    }\n  }\n": types.DurabilityStatsDocument,
    "\n  fragment TestimonialSummary on Testimonial {\n    id\n    title\n    story\n    anonymous\n    modality\n    sessionCount\n    overallRating\n    reliefOnset\n    reliefDuration\n    sideEffects\n    phq9Before\n    phq9After\n    contentWarnings\n    helpfulCount\n    publishedAt\n    author {\n      id\n      handle\n      deleted\n    }\n  }\n": types.TestimonialSummaryFragmentDoc,
    "\n  fragment TestimonialDetail on Testimonial {\n    id\n    title\n    story\n    storyHtml\n    anonymous\n    modality\n    setting\n    sessionCount\n    priorTreatments\n    overallRating\n    reliefOnset\n    reliefDuration\n    sideEffects\n    phq9Before\n    phq9After\n    contentWarnings\n    status\n    helpfulCount\n    viewerFoundHelpful\n    viewerIsAuthor\n    rejectionNote\n    createdAt\n    updatedAt\n    publishedAt\n    author {\n      id\n      handle\n      deleted\n      journeyStage\n    }\n  }\n": types.TestimonialDetailFragmentDoc,
    "\n  query Testimonials($filter: TestimonialFilter, $first: Int, $after: String) {\n    testimonials(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...TestimonialSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TestimonialsDocument,
    "\n  query Testimonial($id: ID!) {\n    testimonial(id: $id) {\n      ...TestimonialDetail\n    }\n  }\n": types.TestimonialDocument,
    "\n  query MyTestimonials {\n    myTestimonials {\n      id\n      title\n      anonymous\n      modality\n      overallRating\n      status\n      rejectionNote\n      helpfulCount\n      createdAt\n      updatedAt\n      publishedAt\n    }\n  }\n": types.MyTestimonialsDocument,
    "\n  mutation SubmitTestimonial($input: SubmitTestimonialInput!) {\n    submitTestimonial(input: $input) {\n      testimonial {\n        ...TestimonialDetail\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n": types.SubmitTestimonialDocument,
    "\n  mutation UpdateTestimonial($id: ID!, $input: UpdateTestimonialInput!) {\n    updateTestimonial(id: $id, input: $input) {\n      testimonial {\n        ...TestimonialDetail\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n": types.UpdateTestimonialDocument,
    "\n  mutation WithdrawTestimonial($id: ID!) {\n    withdrawTestimonial(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawTestimonialDocument,
    "\n  mutation MarkTestimonialHelpful($id: ID!) {\n    markTestimonialHelpful(id: $id) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n    }\n  }\n": types.MarkTestimonialHelpfulDocument,
    "\n  query PreviewTestimonialSafety($text: String!, $story: String!) {\n    previewSafety(text: $text) {\n      ...SafetyCheckFields\n    }\n    storyHtml: renderMarkdownPreview(body: $story)\n  }\n": types.PreviewTestimonialSafetyDocument,
    "\n  fragment OutcomeRates on TestimonialStats {\n    total\n    withScores\n    responders\n    remitters\n    responseRate\n    remissionRate\n  }\n": types.OutcomeRatesFragmentDoc,
    "\n  query TestimonialOutcomes {\n    all: testimonialStats {\n      ...OutcomeRates\n      averageRating\n      byModality {\n        key\n        count\n      }\n      byReliefOnset {\n        key\n        count\n      }\n      byReliefDuration {\n        key\n        count\n      }\n      sideEffects {\n        key\n        count\n      }\n    }\n    iv: testimonialStats(modality: IV_INFUSION) {\n      ...OutcomeRates\n    }\n    im: testimonialStats(modality: IM_INJECTION) {\n      ...OutcomeRates\n    }\n    esketamine: testimonialStats(modality: ESKETAMINE_NASAL_SPRAY) {\n      ...OutcomeRates\n    }\n    oral: testimonialStats(modality: ORAL_OR_SUBLINGUAL) {\n      ...OutcomeRates\n    }\n    other: testimonialStats(modality: OTHER) {\n      ...OutcomeRates\n    }\n  }\n": types.TestimonialOutcomesDocument,
    "\n  query MyTracker {\n    myTracker {\n      checkInConsent\n      sessions {\n        id\n        date\n        modality\n        setting\n        notes\n      }\n      moods {\n        id\n        date\n        scale\n        score\n        item9\n        phq9Answers\n      }\n    }\n  }\n": types.MyTrackerDocument,
    "\n  mutation LogTrackerSession($input: TrackerSessionInput!) {\n    logTrackerSession(input: $input) {\n      id\n    }\n  }\n": types.LogTrackerSessionDocument,
    "\n  mutation LogMood($input: MoodEntryInput!) {\n    logMood(input: $input) {\n      entry {\n        id\n        score\n      }\n      safety {\n        crisisDetected\n        resources {\n          region\n          name\n          phone\n          sms\n          url\n        }\n      }\n    }\n  }\n": types.LogMoodDocument,
    "\n  mutation DeleteTrackerSession($id: ID!) {\n    deleteTrackerSession(id: $id)\n  }\n": types.DeleteTrackerSessionDocument,
    "\n  mutation DeleteMoodEntry($id: ID!) {\n    deleteMoodEntry(id: $id)\n  }\n": types.DeleteMoodEntryDocument,
    "\n  mutation SetTrackerCheckInConsent($enabled: Boolean!) {\n    setTrackerCheckInConsent(enabled: $enabled) {\n      checkInConsent\n    }\n  }\n": types.SetTrackerCheckInConsentDocument,
    "\n  query HiddenContentWarnings {\n    hiddenContentWarnings\n  }\n": types.HiddenContentWarningsDocument,
    "\n  mutation SetHiddenContentWarnings($warnings: [ContentWarning!]!) {\n    setHiddenContentWarnings(warnings: $warnings)\n  }\n": types.SetHiddenContentWarningsDocument,
    "\n  query PushPublicKey {\n    pushPublicKey\n  }\n": types.PushPublicKeyDocument,
    "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input)\n  }\n": types.RegisterPushSubscriptionDocument,
    "\n  mutation UnregisterPushSubscription($endpoint: String!) {\n    unregisterPushSubscription(endpoint: $endpoint)\n  }\n": types.UnregisterPushSubscriptionDocument,
    "\n  fragment SessionViewer on Viewer {\n    email\n    status\n    suspendedUntil\n    revealContentWarnings\n    emailVerified\n    user {\n      id\n      handle\n      bio\n      journeyStage\n      role\n      createdAt\n    }\n  }\n": types.SessionViewerFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"): (typeof documents)["\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n    }\n  }\n"): (typeof documents)["\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      description\n      position\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n      name\n      description\n      position\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRooms {\n    chatRooms {\n      id\n      slug\n      name\n      description\n      locked\n      slowModeSeconds\n    }\n  }\n"): (typeof documents)["\n  query AdminRooms {\n    chatRooms {\n      id\n      slug\n      name\n      description\n      locked\n      slowModeSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRoom($input: ChatRoomInput!) {\n    createChatRoom(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateRoom($input: ChatRoomInput!) {\n    createChatRoom(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRoom($id: ID!, $input: UpdateChatRoomInput!) {\n    updateChatRoom(id: $id, input: $input) {\n      id\n      name\n      description\n      locked\n      slowModeSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateRoom($id: ID!, $input: UpdateChatRoomInput!) {\n    updateChatRoom(id: $id, input: $input) {\n      id\n      name\n      description\n      locked\n      slowModeSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSearchMembers($query: String!, $first: Int, $after: String) {\n    searchMembers(query: $query, first: $first, after: $after) {\n      nodes {\n        id\n        handle\n        role\n        status\n        suspendedUntil\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSearchMembers($query: String!, $first: Int, $after: String) {\n    searchMembers(query: $query, first: $first, after: $after) {\n      nodes {\n        id\n        handle\n        role\n        status\n        suspendedUntil\n        createdAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetStatus($userId: ID!, $status: AccountStatus!, $until: DateTime, $note: String) {\n    setUserStatus(userId: $userId, status: $status, until: $until, note: $note) {\n      id\n      status\n      suspendedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetStatus($userId: ID!, $status: AccountStatus!, $until: DateTime, $note: String) {\n    setUserStatus(userId: $userId, status: $status, until: $until, note: $note) {\n      id\n      status\n      suspendedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutbox($status: MailStatus, $first: Int, $after: String) {\n    mailOutbox(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        recipient\n        subject\n        status\n        attempts\n        lastError\n        createdAt\n        settledAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOutbox($status: MailStatus, $first: Int, $after: String) {\n    mailOutbox(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        recipient\n        subject\n        status\n        attempts\n        lastError\n        createdAt\n        settledAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlockedUsers {\n    blockedUsers {\n      id\n      handle\n    }\n  }\n"): (typeof documents)["\n  query BlockedUsers {\n    blockedUsers {\n      id\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRooms {\n    chatRooms {\n      id\n      slug\n      name\n      description\n      locked\n      onlineCount\n    }\n  }\n"): (typeof documents)["\n  query ChatRooms {\n    chatRooms {\n      id\n      slug\n      name\n      description\n      locked\n      onlineCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRoom($slug: String!) {\n    chatRoom(slug: $slug) {\n      id\n      slug\n      name\n      description\n      locked\n      slowModeSeconds\n      private\n      onlineCount\n    }\n  }\n"): (typeof documents)["\n  query ChatRoom($slug: String!) {\n    chatRoom(slug: $slug) {\n      id\n      slug\n      name\n      description\n      locked\n      slowModeSeconds\n      private\n      onlineCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatHistory($roomId: ID!, $before: String) {\n    chatMessages(roomId: $roomId, last: 30, before: $before) {\n      nodes {\n        id\n        roomId\n        body\n        status\n        clientMessageId\n        createdAt\n        heldForReview\n        crisisDetected\n        authorBlocked\n        author {\n          id\n          handle\n          role\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatHistory($roomId: ID!, $before: String) {\n    chatMessages(roomId: $roomId, last: 30, before: $before) {\n      nodes {\n        id\n        roomId\n        body\n        status\n        clientMessageId\n        createdAt\n        heldForReview\n        crisisDetected\n        authorBlocked\n        author {\n          id\n          handle\n          role\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChatRoom($id: ID!, $input: UpdateChatRoomInput!) {\n    updateChatRoom(id: $id, input: $input) {\n      id\n      locked\n      slowModeSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChatRoom($id: ID!, $input: UpdateChatRoomInput!) {\n    updateChatRoom(id: $id, input: $input) {\n      id\n      locked\n      slowModeSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveChatMessage($id: ID!) {\n    removeChatMessage(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveChatMessage($id: ID!) {\n    removeChatMessage(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteInRoom($roomId: ID!, $userId: ID!, $minutes: Int!) {\n    muteInRoom(roomId: $roomId, userId: $userId, minutes: $minutes)\n  }\n"): (typeof documents)["\n  mutation MuteInRoom($roomId: ID!, $userId: ID!, $minutes: Int!) {\n    muteInRoom(roomId: $roomId, userId: $userId, minutes: $minutes)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrisisResourceFields on CrisisResource {\n    region\n    name\n    phone\n    sms\n    url\n  }\n"): (typeof documents)["\n  fragment CrisisResourceFields on CrisisResource {\n    region\n    name\n    phone\n    sms\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SafetyCheckFields on SafetyCheck {\n    crisisDetected\n    heldForReview\n    resources {\n      ...CrisisResourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment SafetyCheckFields on SafetyCheck {\n    crisisDetected\n    heldForReview\n    resources {\n      ...CrisisResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrisisResources($region: String) {\n    crisisResources(region: $region) {\n      ...CrisisResourceFields\n    }\n  }\n"): (typeof documents)["\n  query CrisisResources($region: String) {\n    crisisResources(region: $region) {\n      ...CrisisResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumPostSummary on Post {\n    id\n    title\n    excerpt\n    tags\n    contentWarnings\n    status\n    commentCount\n    pinned\n    locked\n    createdAt\n    lastActivityAt\n    authorBlocked\n    author {\n      id\n      handle\n    }\n    category {\n      id\n      slug\n      name\n    }\n    reactions {\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment ForumPostSummary on Post {\n    id\n    title\n    excerpt\n    tags\n    contentWarnings\n    status\n    commentCount\n    pinned\n    locked\n    createdAt\n    lastActivityAt\n    authorBlocked\n    author {\n      id\n      handle\n    }\n    category {\n      id\n      slug\n      name\n    }\n    reactions {\n      kind\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumRevision on Revision {\n    title\n    body\n    editedAt\n    editor {\n      id\n      handle\n    }\n  }\n"): (typeof documents)["\n  fragment ForumRevision on Revision {\n    title\n    body\n    editedAt\n    editor {\n      id\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumComment on Comment {\n    id\n    parentId\n    body\n    bodyHtml\n    status\n    deleted\n    createdAt\n    updatedAt\n    authorBlocked\n    author {\n      id\n      handle\n      journeyStage\n    }\n    reactions {\n      kind\n      count\n    }\n    viewerReactions\n    revisions {\n      ...ForumRevision\n    }\n  }\n"): (typeof documents)["\n  fragment ForumComment on Comment {\n    id\n    parentId\n    body\n    bodyHtml\n    status\n    deleted\n    createdAt\n    updatedAt\n    authorBlocked\n    author {\n      id\n      handle\n      journeyStage\n    }\n    reactions {\n      kind\n      count\n    }\n    viewerReactions\n    revisions {\n      ...ForumRevision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumHome {\n    categories {\n      id\n      slug\n      name\n      description\n      postCount\n      lastActivityAt\n    }\n  }\n"): (typeof documents)["\n  query ForumHome {\n    categories {\n      id\n      slug\n      name\n      description\n      postCount\n      lastActivityAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPosts($categorySlug: String, $tag: String, $sort: PostSort, $first: Int, $after: String) {\n    posts(categorySlug: $categorySlug, tag: $tag, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ForumPostSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumPosts($categorySlug: String, $tag: String, $sort: PostSort, $first: Int, $after: String) {\n    posts(categorySlug: $categorySlug, tag: $tag, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ForumPostSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumCategory($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      postCount\n      viewerWatch\n    }\n  }\n"): (typeof documents)["\n  query ForumCategory($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      postCount\n      viewerWatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumSearch($query: String!, $first: Int, $after: String) {\n    searchPosts(query: $query, first: $first, after: $after) {\n      nodes {\n        ...ForumPostSummary\n        searchSnippet {\n          html\n          inReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumSearch($query: String!, $first: Int, $after: String) {\n    searchPosts(query: $query, first: $first, after: $after) {\n      nodes {\n        ...ForumPostSummary\n        searchSnippet {\n          html\n          inReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTestimonials($query: String!) {\n    searchTestimonials(query: $query, first: 10) {\n      nodes {\n        id\n        title\n        contentWarnings\n        searchSnippet {\n          html\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchTestimonials($query: String!) {\n    searchTestimonials(query: $query, first: 10) {\n      nodes {\n        id\n        title\n        contentWarnings\n        searchSnippet {\n          html\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPost($id: ID!) {\n    post(id: $id) {\n      id\n      authorShownCrisisResources\n      title\n      body\n      bodyHtml\n      tags\n      contentWarnings\n      status\n      deleted\n      commentCount\n      createdAt\n      updatedAt\n      authorBlocked\n      author {\n        id\n        handle\n        journeyStage\n      }\n      category {\n        id\n        slug\n        name\n      }\n      reactions {\n        kind\n        count\n      }\n      viewerReactions\n      viewerWatch\n      pinned\n      locked\n      lockNote\n      revisions {\n        ...ForumRevision\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumPost($id: ID!) {\n    post(id: $id) {\n      id\n      authorShownCrisisResources\n      title\n      body\n      bodyHtml\n      tags\n      contentWarnings\n      status\n      deleted\n      commentCount\n      createdAt\n      updatedAt\n      authorBlocked\n      author {\n        id\n        handle\n        journeyStage\n      }\n      category {\n        id\n        slug\n        name\n      }\n      reactions {\n        kind\n        count\n      }\n      viewerReactions\n      viewerWatch\n      pinned\n      locked\n      lockNote\n      revisions {\n        ...ForumRevision\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumComments($postId: ID!, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...ForumComment\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumComments($postId: ID!, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: $first, after: $after) {\n        nodes {\n          ...ForumComment\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumComposerCategories {\n    categories {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query ForumComposerCategories {\n    categories {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderMarkdownPreview($body: String!) {\n    renderMarkdownPreview(body: $body)\n  }\n"): (typeof documents)["\n  query RenderMarkdownPreview($body: String!) {\n    renderMarkdownPreview(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPreviewSafety($text: String!) {\n    previewSafety(text: $text) {\n      ...SafetyCheckFields\n    }\n  }\n"): (typeof documents)["\n  query ForumPreviewSafety($text: String!) {\n    previewSafety(text: $text) {\n      ...SafetyCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        id\n        status\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForumCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        id\n        status\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      post {\n        id\n        title\n        body\n        bodyHtml\n        tags\n        contentWarnings\n        status\n        updatedAt\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForumUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      post {\n        id\n        title\n        body\n        bodyHtml\n        tags\n        contentWarnings\n        status\n        updatedAt\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation ForumDeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumReplyToComment($commentId: ID!, $body: String!) {\n    replyToComment(commentId: $commentId, body: $body) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForumReplyToComment($commentId: ID!, $body: String!) {\n    replyToComment(commentId: $commentId, body: $body) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumModeratePost($id: ID!, $input: ModerateContentInput!) {\n    moderatePost(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ForumModeratePost($id: ID!, $input: ModerateContentInput!) {\n    moderatePost(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumModerateComment($id: ID!, $input: ModerateContentInput!) {\n    moderateComment(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ForumModerateComment($id: ID!, $input: ModerateContentInput!) {\n    moderateComment(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumCreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForumCreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumUpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForumUpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) {\n      comment {\n        ...ForumComment\n      }\n      safety {\n        crisisDetected\n        heldForReview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation ForumDeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumToggleReaction($kind: ReactableKind!, $id: ID!, $reaction: ReactionKind!) {\n    toggleReaction(kind: $kind, id: $id, reaction: $reaction) {\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation ForumToggleReaction($kind: ReactableKind!, $id: ID!, $reaction: ReactionKind!) {\n    toggleReaction(kind: $kind, id: $id, reaction: $reaction) {\n      kind\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumPinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation ForumPinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumLockPost($id: ID!, $locked: Boolean!, $note: String) {\n    lockPost(id: $id, locked: $locked, note: $note) {\n      id\n      locked\n      lockNote\n    }\n  }\n"): (typeof documents)["\n  mutation ForumLockPost($id: ID!, $locked: Boolean!, $note: String) {\n    lockPost(id: $id, locked: $locked, note: $note) {\n      id\n      locked\n      lockNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumMovePost($id: ID!, $categoryId: ID!) {\n    movePost(id: $id, categoryId: $categoryId) {\n      id\n      category {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForumMovePost($id: ID!, $categoryId: ID!) {\n    movePost(id: $id, categoryId: $categoryId) {\n      id\n      category {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHome {\n    latest: posts(sort: LATEST_ACTIVITY, first: 6) {\n      nodes {\n        id\n        title\n        commentCount\n        lastActivityAt\n        category {\n          id\n          name\n        }\n      }\n    }\n    unread: notifications(first: 5, unreadOnly: true) {\n      unreadCount\n      nodes {\n        id\n        kind\n        summary\n        path\n        createdAt\n      }\n    }\n    notices: myNotices(first: 3) {\n      unreadCount\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberHome {\n    latest: posts(sort: LATEST_ACTIVITY, first: 6) {\n      nodes {\n        id\n        title\n        commentCount\n        lastActivityAt\n        category {\n          id\n          name\n        }\n      }\n    }\n    unread: notifications(first: 5, unreadOnly: true) {\n      unreadCount\n      nodes {\n        id\n        kind\n        summary\n        path\n        createdAt\n      }\n    }\n    notices: myNotices(first: 3) {\n      unreadCount\n      nodes {\n        id\n        message\n        read\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePages {\n    evidencePages {\n      slug\n      title\n      summary\n      tags\n      lastReviewed\n    }\n  }\n"): (typeof documents)["\n  query EvidencePages {\n    evidencePages {\n      slug\n      title\n      summary\n      tags\n      lastReviewed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePage($slug: String!) {\n    evidencePage(slug: $slug) {\n      slug\n      title\n      summary\n      lastReviewed\n      html\n      figures {\n        published\n        community\n        value\n        n\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidencePage($slug: String!) {\n    evidencePage(slug: $slug) {\n      slug\n      title\n      summary\n      lastReviewed\n      html\n      figures {\n        published\n        community\n        value\n        n\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealFields on Appeal {\n    id\n    noticeId\n    status\n    note\n    appealedAction\n    decisionNote\n    createdAt\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment AppealFields on Appeal {\n    id\n    noticeId\n    status\n    note\n    appealedAction\n    decisionNote\n    createdAt\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Appeal($noticeId: ID!, $note: String!) {\n    appeal(noticeId: $noticeId, note: $note) {\n      ...AppealFields\n    }\n  }\n"): (typeof documents)["\n  mutation Appeal($noticeId: ID!, $note: String!) {\n    appeal(noticeId: $noticeId, note: $note) {\n      ...AppealFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuspensionNotice {\n    myNotices(first: 20) {\n      nodes {\n        id\n        action\n        suspendedUntil\n        appealableUntil\n        createdAt\n        appeal {\n          ...AppealFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuspensionNotice {\n    myNotices(first: 20) {\n      nodes {\n        id\n        action\n        suspendedUntil\n        appealableUntil\n        createdAt\n        appeal {\n          ...AppealFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberNotes($userId: ID!) {\n    memberNotes(userId: $userId) {\n      id\n      body\n      createdAt\n      author {\n        id\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberNotes($userId: ID!) {\n    memberNotes(userId: $userId) {\n      id\n      body\n      createdAt\n      author {\n        id\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMemberNote($userId: ID!, $body: String!) {\n    addMemberNote(userId: $userId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMemberNote($userId: ID!, $body: String!) {\n    addMemberNote(userId: $userId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedReplyFields on SavedReply {\n    id\n    title\n    body\n  }\n"): (typeof documents)["\n  fragment SavedReplyFields on SavedReply {\n    id\n    title\n    body\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReplies {\n    savedReplies {\n      ...SavedReplyFields\n    }\n  }\n"): (typeof documents)["\n  query SavedReplies {\n    savedReplies {\n      ...SavedReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedReply($input: SavedReplyInput!) {\n    createSavedReply(input: $input) {\n      ...SavedReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSavedReply($input: SavedReplyInput!) {\n    createSavedReply(input: $input) {\n      ...SavedReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {\n    updateSavedReply(id: $id, input: $input) {\n      ...SavedReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {\n    updateSavedReply(id: $id, input: $input) {\n      ...SavedReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationDashboard {\n    viewer {\n      onCall\n    }\n    week: urgentResponseStats(days: 7) {\n      claimMinutesP50\n      claimMinutesP90\n      cases\n    }\n    month: urgentResponseStats(days: 30) {\n      claimMinutesP50\n      claimMinutesP90\n      cases\n    }\n    openCasesByAge {\n      label\n      fromMinutes\n      count\n      urgentCount\n    }\n  }\n"): (typeof documents)["\n  query ModerationDashboard {\n    viewer {\n      onCall\n    }\n    week: urgentResponseStats(days: 7) {\n      claimMinutesP50\n      claimMinutesP90\n      cases\n    }\n    month: urgentResponseStats(days: 30) {\n      claimMinutesP50\n      claimMinutesP90\n      cases\n    }\n    openCasesByAge {\n      label\n      fromMinutes\n      count\n      urgentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOnCall($onCall: Boolean!) {\n    setOnCall(onCall: $onCall)\n  }\n"): (typeof documents)["\n  mutation SetOnCall($onCall: Boolean!) {\n    setOnCall(onCall: $onCall)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationUser on User {\n    id\n    handle\n  }\n"): (typeof documents)["\n  fragment ModerationUser on User {\n    id\n    handle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationCaseSummary on ModerationCase {\n    id\n    contentKind\n    excerpt\n    status\n    priority\n    sources\n    reportCount\n    autoFlags\n    createdAt\n    author {\n      ...ModerationUser\n    }\n    assignee {\n      ...ModerationUser\n    }\n    content {\n      visibleSince\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationCaseSummary on ModerationCase {\n    id\n    contentKind\n    excerpt\n    status\n    priority\n    sources\n    reportCount\n    autoFlags\n    createdAt\n    author {\n      ...ModerationUser\n    }\n    assignee {\n      ...ModerationUser\n    }\n    content {\n      visibleSince\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($filter: ModerationQueueFilter, $first: Int, $after: String) {\n    moderationQueue(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ModerationCaseSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($filter: ModerationQueueFilter, $first: Int, $after: String) {\n    moderationQueue(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ModerationCaseSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationCase($id: ID!) {\n    moderationCase(id: $id) {\n      ...ModerationCaseSummary\n      contentId\n      resolution\n      resolutionNote\n      resolvedAt\n      claimedAt\n      reports {\n        id\n        reason\n        note\n        createdAt\n        reportedText\n        reporter {\n          ...ModerationUser\n        }\n      }\n      content {\n        kind\n        id\n        status\n        text\n        html\n        createdAt\n        visibleSince\n        context {\n          key\n          value\n        }\n        conversation {\n          id\n          body\n          bodyHtml\n          createdAt\n          removed\n          crisisDetected\n          focus\n          author {\n            ...ModerationUser\n          }\n        }\n      }\n      appeal {\n        ...AppealFields\n      }\n      appealedDecision {\n        id\n        action\n        note\n        createdAt\n        actor {\n          ...ModerationUser\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationCase($id: ID!) {\n    moderationCase(id: $id) {\n      ...ModerationCaseSummary\n      contentId\n      resolution\n      resolutionNote\n      resolvedAt\n      claimedAt\n      reports {\n        id\n        reason\n        note\n        createdAt\n        reportedText\n        reporter {\n          ...ModerationUser\n        }\n      }\n      content {\n        kind\n        id\n        status\n        text\n        html\n        createdAt\n        visibleSince\n        context {\n          key\n          value\n        }\n        conversation {\n          id\n          body\n          bodyHtml\n          createdAt\n          removed\n          crisisDetected\n          focus\n          author {\n            ...ModerationUser\n          }\n        }\n      }\n      appeal {\n        ...AppealFields\n      }\n      appealedDecision {\n        id\n        action\n        note\n        createdAt\n        actor {\n          ...ModerationUser\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberCaseHistory($userId: ID!, $first: Int, $after: String) {\n    memberCaseHistory(userId: $userId, first: $first, after: $after) {\n      nodes {\n        id\n        contentKind\n        excerpt\n        status\n        priority\n        resolution\n        createdAt\n        resolvedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberCaseHistory($userId: ID!, $first: Int, $after: String) {\n    memberCaseHistory(userId: $userId, first: $first, after: $after) {\n      nodes {\n        id\n        contentKind\n        excerpt\n        status\n        priority\n        resolution\n        createdAt\n        resolvedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimCase($id: ID!) {\n    claimCase(id: $id) {\n      ...ModerationCaseSummary\n      claimedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimCase($id: ID!) {\n    claimCase(id: $id) {\n      ...ModerationCaseSummary\n      claimedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCase($id: ID!, $input: ResolveCaseInput!) {\n    resolveCase(id: $id, input: $input) {\n      ...ModerationCaseSummary\n      resolution\n      resolutionNote\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCase($id: ID!, $input: ResolveCaseInput!) {\n    resolveCase(id: $id, input: $input) {\n      ...ModerationCaseSummary\n      resolution\n      resolutionNote\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($first: Int, $after: String, $targetUserId: ID) {\n    moderationLog(first: $first, after: $after, targetUserId: $targetUserId) {\n      nodes {\n        id\n        action\n        contentKind\n        contentId\n        caseId\n        note\n        suspendedUntil\n        createdAt\n        actor {\n          ...ModerationUser\n        }\n        targetUser {\n          ...ModerationUser\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($first: Int, $after: String, $targetUserId: ID) {\n    moderationLog(first: $first, after: $after, targetUserId: $targetUserId) {\n      nodes {\n        id\n        action\n        contentKind\n        contentId\n        caseId\n        note\n        suspendedUntil\n        createdAt\n        actor {\n          ...ModerationUser\n        }\n        targetUser {\n          ...ModerationUser\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportInput!) {\n    report(input: $input) {\n      id\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportInput!) {\n    report(input: $input) {\n      id\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReachOut($userId: ID!) {\n    reachOut(userId: $userId) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation ReachOut($userId: ID!) {\n    reachOut(userId: $userId) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNoticeAbout($contentId: ID!) {\n    myNoticeAbout(contentId: $contentId) {\n      id\n      action\n      message\n    }\n  }\n"): (typeof documents)["\n  query MyNoticeAbout($contentId: ID!) {\n    myNoticeAbout(contentId: $contentId) {\n      id\n      action\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotices($first: Int, $after: String) {\n    myNotices(first: $first, after: $after) {\n      unreadCount\n      nodes {\n        id\n        action\n        message\n        note\n        contentKind\n        contentId\n        suspendedUntil\n        endsAt\n        read\n        createdAt\n        appealableUntil\n        appeal {\n          ...AppealFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotices($first: Int, $after: String) {\n    myNotices(first: $first, after: $after) {\n      unreadCount\n      nodes {\n        id\n        action\n        message\n        note\n        contentKind\n        contentId\n        suspendedUntil\n        endsAt\n        read\n        createdAt\n        appealableUntil\n        appeal {\n          ...AppealFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNoticeCount {\n    myNotices(first: 1) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNoticeCount {\n    myNotices(first: 1) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoticesRead($ids: [ID!]) {\n    markNoticesRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNoticesRead($ids: [ID!]) {\n    markNoticesRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationRuleFields on ModerationRule {\n    id\n    name\n    pattern\n    isRegex\n    action\n    priority\n    enabled\n  }\n"): (typeof documents)["\n  fragment ModerationRuleFields on ModerationRule {\n    id\n    name\n    pattern\n    isRegex\n    action\n    priority\n    enabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationRules {\n    moderationRules {\n      ...ModerationRuleFields\n    }\n  }\n"): (typeof documents)["\n  query ModerationRules {\n    moderationRules {\n      ...ModerationRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModerationRule($input: ModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      ...ModerationRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateModerationRule($input: ModerationRuleInput!) {\n    createModerationRule(input: $input) {\n      ...ModerationRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModerationRule($id: ID!, $input: ModerationRuleInput!) {\n    updateModerationRule(id: $id, input: $input) {\n      ...ModerationRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModerationRule($id: ID!, $input: ModerationRuleInput!) {\n    updateModerationRule(id: $id, input: $input) {\n      ...ModerationRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteModerationRule($id: ID!) {\n    deleteModerationRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteModerationRule($id: ID!) {\n    deleteModerationRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        count\n        summary\n        path\n        readAt\n        createdAt\n        actor {\n          id\n          handle\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        kind\n        count\n        summary\n        path\n        readAt\n        createdAt\n        actor {\n          id\n          handle\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPostWatch($postId: ID!, $level: WatchLevel!) {\n    setPostWatch(postId: $postId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n"): (typeof documents)["\n  mutation SetPostWatch($postId: ID!, $level: WatchLevel!) {\n    setPostWatch(postId: $postId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCategoryWatch($categoryId: ID!, $level: WatchLevel!) {\n    setCategoryWatch(categoryId: $categoryId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n"): (typeof documents)["\n  mutation SetCategoryWatch($categoryId: ID!, $level: WatchLevel!) {\n    setCategoryWatch(categoryId: $categoryId, level: $level) {\n      id\n      viewerWatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandleSuggestions($prefix: String!) {\n    handleSuggestions(prefix: $prefix) {\n      id\n      handle\n    }\n  }\n"): (typeof documents)["\n  query HandleSuggestions($prefix: String!) {\n    handleSuggestions(prefix: $prefix) {\n      id\n      handle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      bio\n      journeyStage\n      createdAt\n      recentPosts {\n        id\n        title\n        createdAt\n        commentCount\n      }\n      recentComments {\n        id\n        createdAt\n        post {\n          id\n          title\n        }\n      }\n      publishedTestimonials {\n        id\n        title\n        modality\n        overallRating\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      bio\n      journeyStage\n      createdAt\n      recentPosts {\n        id\n        title\n        createdAt\n        commentCount\n      }\n      recentComments {\n        id\n        createdAt\n        post {\n          id\n          title\n        }\n      }\n      publishedTestimonials {\n        id\n        title\n        modality\n        overallRating\n        publishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    viewer {\n      email\n      revealContentWarnings\n      user {\n        id\n        handle\n        bio\n        journeyStage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile {\n    viewer {\n      email\n      revealContentWarnings\n      user {\n        id\n        handle\n        bio\n        journeyStage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      bio\n      journeyStage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      bio\n      journeyStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($password: String!, $content: AccountContentChoice!) {\n    deleteAccount(password: $password, content: $content)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($password: String!, $content: AccountContentChoice!) {\n    deleteAccount(password: $password, content: $content)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckInFields on CheckIn {\n    id\n    monthsAfter\n    phq9\n    phq2\n    stillRelieved\n    maintenanceSessions\n    maintenanceModality\n    sideEffects\n    noteHtml\n    status\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CheckInFields on CheckIn {\n    id\n    monthsAfter\n    phq9\n    phq2\n    stillRelieved\n    maintenanceSessions\n    maintenanceModality\n    sideEffects\n    noteHtml\n    status\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialFollowUps($id: ID!) {\n    testimonial(id: $id) {\n      id\n      title\n      status\n      viewerIsAuthor\n      phq9Before\n      phq9After\n      publishedAt\n      createdAt\n      firstSessionDate\n      followUpsEnabled\n      nextCheckInDue\n      checkIns {\n        ...CheckInFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestimonialFollowUps($id: ID!) {\n    testimonial(id: $id) {\n      id\n      title\n      status\n      viewerIsAuthor\n      phq9Before\n      phq9After\n      publishedAt\n      createdAt\n      firstSessionDate\n      followUpsEnabled\n      nextCheckInDue\n      checkIns {\n        ...CheckInFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTestimonialFollowUps($id: ID!, $enabled: Boolean!, $firstSessionDate: DateTime) {\n    setTestimonialFollowUps(testimonialId: $id, enabled: $enabled, firstSessionDate: $firstSessionDate) {\n      id\n      firstSessionDate\n      followUpsEnabled\n      nextCheckInDue\n    }\n  }\n"): (typeof documents)["\n  mutation SetTestimonialFollowUps($id: ID!, $enabled: Boolean!, $firstSessionDate: DateTime) {\n    setTestimonialFollowUps(testimonialId: $id, enabled: $enabled, firstSessionDate: $firstSessionDate) {\n      id\n      firstSessionDate\n      followUpsEnabled\n      nextCheckInDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheckIn($id: ID!, $input: CheckInInput!) {\n    submitCheckIn(testimonialId: $id, input: $input) {\n      checkIn {\n        ...CheckInFields\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCheckIn($id: ID!, $input: CheckInInput!) {\n    submitCheckIn(testimonialId: $id, input: $input) {\n      checkIn {\n        ...CheckInFields\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCheckIn($id: ID!) {\n    withdrawCheckIn(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCheckIn($id: ID!) {\n    withdrawCheckIn(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DurabilityStats($modality: TreatmentModality, $maintenance: Boolean) {\n    durabilityStats(modality: $modality, maintenance: $maintenance) {\n      members\n      followedUp\n      minimumMembers\n      points {\n        monthsAfter\n        respondents\n        responders\n        remitters\n        lostToFollowUp\n        responseRate\n        remissionRate\n      }\n      curve {\n        months\n        survival\n        lower\n        upper\n        atRisk\n        events\n        censored\n      }\n    }\n  }\n"): (typeof documents)["\n  query DurabilityStats($modality: TreatmentModality, $maintenance: Boolean) {\n    durabilityStats(modality: $modality, maintenance: $maintenance) {\n      members\n      followedUp\n      minimumMembers\n      points {\n        monthsAfter\n        respondents\n        responders\n        remitters\n        lostToFollowUp\n        responseRate\n        remissionRate\n      }\n      curve {\n        months\n        survival\n        lower\n        upper\n        atRisk\n        events\n        censored\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestimonialSummary on Testimonial {\n    id\n    title\n    story\n    anonymous\n    modality\n    sessionCount\n    overallRating\n    reliefOnset\n    reliefDuration\n    sideEffects\n    phq9Before\n    phq9After\n    contentWarnings\n    helpfulCount\n    publishedAt\n    author {\n      id\n      handle\n      deleted\n    }\n  }\n"): (typeof documents)["\n  fragment TestimonialSummary on Testimonial {\n    id\n    title\n    story\n    anonymous\n    modality\n    sessionCount\n    overallRating\n    reliefOnset\n    reliefDuration\n    sideEffects\n    phq9Before\n    phq9After\n    contentWarnings\n    helpfulCount\n    publishedAt\n    author {\n      id\n      handle\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestimonialDetail on Testimonial {\n    id\n    title\n    story\n    storyHtml\n    anonymous\n    modality\n    setting\n    sessionCount\n    priorTreatments\n    overallRating\n    reliefOnset\n    reliefDuration\n    sideEffects\n    phq9Before\n    phq9After\n    contentWarnings\n    status\n    helpfulCount\n    viewerFoundHelpful\n    viewerIsAuthor\n    rejectionNote\n    createdAt\n    updatedAt\n    publishedAt\n    author {\n      id\n      handle\n      deleted\n      journeyStage\n    }\n  }\n"): (typeof documents)["\n  fragment TestimonialDetail on Testimonial {\n    id\n    title\n    story\n    storyHtml\n    anonymous\n    modality\n    setting\n    sessionCount\n    priorTreatments\n    overallRating\n    reliefOnset\n    reliefDuration\n    sideEffects\n    phq9Before\n    phq9After\n    contentWarnings\n    status\n    helpfulCount\n    viewerFoundHelpful\n    viewerIsAuthor\n    rejectionNote\n    createdAt\n    updatedAt\n    publishedAt\n    author {\n      id\n      handle\n      deleted\n      journeyStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Testimonials($filter: TestimonialFilter, $first: Int, $after: String) {\n    testimonials(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...TestimonialSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Testimonials($filter: TestimonialFilter, $first: Int, $after: String) {\n    testimonials(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...TestimonialSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Testimonial($id: ID!) {\n    testimonial(id: $id) {\n      ...TestimonialDetail\n    }\n  }\n"): (typeof documents)["\n  query Testimonial($id: ID!) {\n    testimonial(id: $id) {\n      ...TestimonialDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTestimonials {\n    myTestimonials {\n      id\n      title\n      anonymous\n      modality\n      overallRating\n      status\n      rejectionNote\n      helpfulCount\n      createdAt\n      updatedAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query MyTestimonials {\n    myTestimonials {\n      id\n      title\n      anonymous\n      modality\n      overallRating\n      status\n      rejectionNote\n      helpfulCount\n      createdAt\n      updatedAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTestimonial($input: SubmitTestimonialInput!) {\n    submitTestimonial(input: $input) {\n      testimonial {\n        ...TestimonialDetail\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitTestimonial($input: SubmitTestimonialInput!) {\n    submitTestimonial(input: $input) {\n      testimonial {\n        ...TestimonialDetail\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTestimonial($id: ID!, $input: UpdateTestimonialInput!) {\n    updateTestimonial(id: $id, input: $input) {\n      testimonial {\n        ...TestimonialDetail\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTestimonial($id: ID!, $input: UpdateTestimonialInput!) {\n    updateTestimonial(id: $id, input: $input) {\n      testimonial {\n        ...TestimonialDetail\n      }\n      safety {\n        ...SafetyCheckFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTestimonial($id: ID!) {\n    withdrawTestimonial(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawTestimonial($id: ID!) {\n    withdrawTestimonial(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTestimonialHelpful($id: ID!) {\n    markTestimonialHelpful(id: $id) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTestimonialHelpful($id: ID!) {\n    markTestimonialHelpful(id: $id) {\n      id\n      helpfulCount\n      viewerFoundHelpful\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTestimonialSafety($text: String!, $story: String!) {\n    previewSafety(text: $text) {\n      ...SafetyCheckFields\n    }\n    storyHtml: renderMarkdownPreview(body: $story)\n  }\n"): (typeof documents)["\n  query PreviewTestimonialSafety($text: String!, $story: String!) {\n    previewSafety(text: $text) {\n      ...SafetyCheckFields\n    }\n    storyHtml: renderMarkdownPreview(body: $story)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeRates on TestimonialStats {\n    total\n    withScores\n    responders\n    remitters\n    responseRate\n    remissionRate\n  }\n"): (typeof documents)["\n  fragment OutcomeRates on TestimonialStats {\n    total\n    withScores\n    responders\n    remitters\n    responseRate\n    remissionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestimonialOutcomes {\n    all: testimonialStats {\n      ...OutcomeRates\n      averageRating\n      byModality {\n        key\n        count\n      }\n      byReliefOnset {\n        key\n        count\n      }\n      byReliefDuration {\n        key\n        count\n      }\n      sideEffects {\n        key\n        count\n      }\n    }\n    iv: testimonialStats(modality: IV_INFUSION) {\n      ...OutcomeRates\n    }\n    im: testimonialStats(modality: IM_INJECTION) {\n      ...OutcomeRates\n    }\n    esketamine: testimonialStats(modality: ESKETAMINE_NASAL_SPRAY) {\n      ...OutcomeRates\n    }\n    oral: testimonialStats(modality: ORAL_OR_SUBLINGUAL) {\n      ...OutcomeRates\n    }\n    other: testimonialStats(modality: OTHER) {\n      ...OutcomeRates\n    }\n  }\n"): (typeof documents)["\n  query TestimonialOutcomes {\n    all: testimonialStats {\n      ...OutcomeRates\n      averageRating\n      byModality {\n        key\n        count\n      }\n      byReliefOnset {\n        key\n        count\n      }\n      byReliefDuration {\n        key\n        count\n      }\n      sideEffects {\n        key\n        count\n      }\n    }\n    iv: testimonialStats(modality: IV_INFUSION) {\n      ...OutcomeRates\n    }\n    im: testimonialStats(modality: IM_INJECTION) {\n      ...OutcomeRates\n    }\n    esketamine: testimonialStats(modality: ESKETAMINE_NASAL_SPRAY) {\n      ...OutcomeRates\n    }\n    oral: testimonialStats(modality: ORAL_OR_SUBLINGUAL) {\n      ...OutcomeRates\n    }\n    other: testimonialStats(modality: OTHER) {\n      ...OutcomeRates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTracker {\n    myTracker {\n      checkInConsent\n      sessions {\n        id\n        date\n        modality\n        setting\n        notes\n      }\n      moods {\n        id\n        date\n        scale\n        score\n        item9\n        phq9Answers\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTracker {\n    myTracker {\n      checkInConsent\n      sessions {\n        id\n        date\n        modality\n        setting\n        notes\n      }\n      moods {\n        id\n        date\n        scale\n        score\n        item9\n        phq9Answers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogTrackerSession($input: TrackerSessionInput!) {\n    logTrackerSession(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LogTrackerSession($input: TrackerSessionInput!) {\n    logTrackerSession(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogMood($input: MoodEntryInput!) {\n    logMood(input: $input) {\n      entry {\n        id\n        score\n      }\n      safety {\n        crisisDetected\n        resources {\n          region\n          name\n          phone\n          sms\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogMood($input: MoodEntryInput!) {\n    logMood(input: $input) {\n      entry {\n        id\n        score\n      }\n      safety {\n        crisisDetected\n        resources {\n          region\n          name\n          phone\n          sms\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTrackerSession($id: ID!) {\n    deleteTrackerSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTrackerSession($id: ID!) {\n    deleteTrackerSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMoodEntry($id: ID!) {\n    deleteMoodEntry(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMoodEntry($id: ID!) {\n    deleteMoodEntry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrackerCheckInConsent($enabled: Boolean!) {\n    setTrackerCheckInConsent(enabled: $enabled) {\n      checkInConsent\n    }\n  }\n"): (typeof documents)["\n  mutation SetTrackerCheckInConsent($enabled: Boolean!) {\n    setTrackerCheckInConsent(enabled: $enabled) {\n      checkInConsent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HiddenContentWarnings {\n    hiddenContentWarnings\n  }\n"): (typeof documents)["\n  query HiddenContentWarnings {\n    hiddenContentWarnings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHiddenContentWarnings($warnings: [ContentWarning!]!) {\n    setHiddenContentWarnings(warnings: $warnings)\n  }\n"): (typeof documents)["\n  mutation SetHiddenContentWarnings($warnings: [ContentWarning!]!) {\n    setHiddenContentWarnings(warnings: $warnings)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushPublicKey {\n    pushPublicKey\n  }\n"): (typeof documents)["\n  query PushPublicKey {\n    pushPublicKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input)\n  }\n"): (typeof documents)["\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnregisterPushSubscription($endpoint: String!) {\n    unregisterPushSubscription(endpoint: $endpoint)\n  }\n"): (typeof documents)["\n  mutation UnregisterPushSubscription($endpoint: String!) {\n    unregisterPushSubscription(endpoint: $endpoint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionViewer on Viewer {\n    email\n    status\n    suspendedUntil\n    revealContentWarnings\n    emailVerified\n    user {\n      id\n      handle\n      bio\n      journeyStage\n      role\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment SessionViewer on Viewer {\n    email\n    status\n    suspendedUntil\n    revealContentWarnings\n    emailVerified\n    user {\n      id\n      handle\n      bio\n      journeyStage\n      role\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;