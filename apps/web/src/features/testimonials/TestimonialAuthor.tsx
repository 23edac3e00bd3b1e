interface Props {
  anonymous: boolean;
  author: { handle: string; deleted?: boolean } | null;
  viewerIsAuthor?: boolean;
}

/** Who shared it: the handle, or "Shared anonymously" (with who can still see it, for those who can). */
export function TestimonialAuthor({ anonymous, author, viewerIsAuthor }: Props) {
  if (anonymous) {
    if (viewerIsAuthor) return <>Shared anonymously by you — others do not see your handle</>;
    if (author) return <>Shared anonymously (visible to moderators: {author.handle})</>;
    return <>Shared anonymously</>;
  }
  if (!author) return <>Shared by a member</>;
  if (author.deleted) return <>Shared by a former member</>;
  return (
    <>
      Shared by <strong>{author.handle}</strong>
    </>
  );
}
