import { Link } from 'react-router';
import { useRouteNotice, useSession } from '../../lib';
import { Alert, Page, buttonClass } from '../../ui';
import { HOME_DOCUMENT_TITLE, HomeIntro, VISITOR_HOME_TITLE } from './home-intro';
import { MemberHome } from './MemberHome';

const SPACES = [
  {
    to: '/forum',
    title: 'Forum',
    text: 'Ask questions and talk things through with people who have been there, at your own pace.',
  },
  {
    to: '/testimonials',
    title: 'Testimonials',
    text: 'Read how treatment went for others — what helped, what did not, and what it felt like.',
  },
  {
    to: '/rooms',
    title: 'Support rooms',
    text: 'Live, moderated chat rooms for when you would rather not be alone with it.',
  },
] as const;

export function HomePage() {
  const { viewer } = useSession();
  const notice = useRouteNotice();

  return (
    <Page
      title={viewer ? `Welcome back, ${viewer.user.handle}` : VISITOR_HOME_TITLE}
      documentTitle={HOME_DOCUMENT_TITLE}
      intro={<HomeIntro />}
    >
      {notice ? <Alert tone="success">{notice}</Alert> : null}

      {viewer ? <MemberHome /> : null}

      {!viewer ? (
        <div className="cta">
          <Link className={buttonClass('primary')} to="/sign-up">
            Join Haven
          </Link>
          <Link className={buttonClass('secondary')} to="/sign-in">
            Sign in
          </Link>
        </div>
      ) : null}

      <section aria-labelledby="spaces-heading" className="section">
        <h2 id="spaces-heading">What you will find here</h2>
        <ul className="card-grid">
          {SPACES.map((space) => (
            <li className="card" key={space.to}>
              <h3 className="card__title">
                <Link to={space.to}>{space.title}</Link>
              </h3>
              <p>{space.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="safety-heading" className="section">
        <h2 id="safety-heading">How we look after each other</h2>
        <ul className="prose-list">
          <li>Moderators read what needs a human, and the most urgent things first.</li>
          <li>Content warnings let you choose what you read and when.</li>
          <li>
            Crisis lines are one tap away on every page: <Link to="/help">Need help now?</Link>
          </li>
          <li>Your e-mail address is never shown, and you can share your story anonymously.</li>
        </ul>
      </section>

      <section aria-labelledby="advice-heading" className="section">
        <h2 id="advice-heading">Peer support, not medical advice</h2>
        <p>
          Members share their own experiences. Please talk to your doctor or treatment team before changing
          anything about your care.
        </p>
      </section>
    </Page>
  );
}
