export const FORUM_TITLE = 'Forum';

/** The forum's introduction (also in the page the server sends for /forum). */
export function ForumIntro() {
  return (
    <p className="lead">
      Ask, share and read at your own pace. Everything here is written by members: peer support, not medical
      advice.
    </p>
  );
}
