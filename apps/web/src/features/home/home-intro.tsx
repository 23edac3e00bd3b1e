/** The home page's heading for a visitor (members are welcomed by name). */
export const VISITOR_HOME_TITLE = 'A calm place to talk about ketamine treatment';

export const HOME_DOCUMENT_TITLE = 'Peer support for ketamine and esketamine treatment';

/** The home page's introduction, the same for everyone (also in the page the server sends for /). */
export function HomeIntro() {
  return (
    <p className="lead">
      Haven is a peer-support community for people living with depression who are considering, going through
      or maintaining ketamine or esketamine treatment — and for the people who care for them.
    </p>
  );
}
