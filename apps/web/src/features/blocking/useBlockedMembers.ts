import { useMemo } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSession } from '../../lib';
import { BlockUserDocument, BlockedUsersDocument, UnblockUserDocument } from './blocking.documents';

export interface BlockedMembers {
  /** The members the viewer blocks, once known. */
  members: readonly { id: string; handle: string }[];
  /**
   * Whether content by `authorId` is collapsed for the viewer: the viewer's list once loaded (so a block
   * or unblock shows at once), the server's `authorBlocked` flag until then.
   */
  isBlocked(authorId: string, authorBlocked?: boolean | null): boolean;
  block(userId: string): Promise<void>;
  unblock(userId: string): Promise<void>;
  busy: boolean;
}

/** The viewer's blocks, shared through the Apollo cache by every list that collapses content. */
export function useBlockedMembers(): BlockedMembers {
  const { viewer } = useSession();
  const { data } = useQuery(BlockedUsersDocument, { skip: !viewer });
  const refetchQueries = [{ query: BlockedUsersDocument }];
  const [blockUser, blocking] = useMutation(BlockUserDocument, { refetchQueries, awaitRefetchQueries: true });
  const [unblockUser, unblocking] = useMutation(UnblockUserDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const members = data?.blockedUsers;
  const ids = useMemo(() => (members ? new Set(members.map((m) => m.id)) : null), [members]);
  return {
    members: members ?? [],
    isBlocked: (authorId, authorBlocked) =>
      authorId !== viewer?.user.id && (ids ? ids.has(authorId) : (authorBlocked ?? false)),
    block: async (userId) => {
      await blockUser({ variables: { userId } });
    },
    unblock: async (userId) => {
      await unblockUser({ variables: { userId } });
    },
    busy: blocking.loading || unblocking.loading,
  };
}
