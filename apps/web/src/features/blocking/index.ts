export { BlockButton } from './BlockButton';
export { BlockedCollapse } from './BlockedCollapse';
export { BlockedMembersSection } from './BlockedMembersSection';
export { useBlockedMembers, type BlockedMembers } from './useBlockedMembers';
