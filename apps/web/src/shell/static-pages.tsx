import { renderToStaticMarkup } from 'react-dom/server';
import { PAGE_SLOTS } from '@haven/shared/contracts';
import { CRISIS_RESOURCES } from '@haven/shared/safety';
import { CrisisResourceList } from '../features/crisis/CrisisResourceList';
import { EmergencyNumbers } from '../features/crisis/EmergencyNumbers';
import { CRISIS_REGIONS } from '../features/crisis/regions';
import { FORUM_TITLE, ForumIntro } from '../features/forum/forum-intro';
import { HomeIntro, VISITOR_HOME_TITLE } from '../features/home/home-intro';
import { Page } from '../ui';

const NAVIGATION = [
  { to: '/forum', label: 'Forum' },
  { to: '/testimonials', label: 'Testimonials' },
  { to: '/rooms', label: 'Support rooms' },
] as const;

/** The site header as plain links, the same markup the app renders, for the page before any script. */
function StaticHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Haven
        </a>
        <a href="/help" className="crisis-link">
          Need help now?
        </a>
        <div className="site-menu">
          <nav className="site-nav" aria-label="Main">
            <ul>
              {NAVIGATION.map((item) => (
                <li key={item.to}>
                  <a href={item.to}>{item.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

function StaticLayout({ children }: { children?: React.ReactNode }) {
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <StaticHeader />
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The help page with every region's lines (the international directories first), for any browser. */
function StaticHelp() {
  const regions = [...CRISIS_REGIONS].sort((a, b) => (a.value === 'INTL' ? -1 : b.value === 'INTL' ? 1 : 0));
  return (
    <StaticLayout>
      <div className="page page--narrow">
        <header className="page__header">
          <h1 className="page__title" tabIndex={-1} data-page-heading="">
            Need help now?
          </h1>
          <div className="page__intro">
            <p>You are not alone. These lines are free and confidential.</p>
          </div>
        </header>
        <EmergencyNumbers />
        <section aria-labelledby="crisis-lines-heading">
          <h2 id="crisis-lines-heading">Crisis lines</h2>
          {regions.map((region) => (
            <section key={region.value} aria-labelledby={`crisis-region-${region.value}`}>
              <h3 id={`crisis-region-${region.value}`}>
                {region.value === 'INTL' ? 'Anywhere in the world' : region.label}
              </h3>
              <CrisisResourceList
                resources={CRISIS_RESOURCES.filter((r) => r.region === region.value)}
                headingLevel={4}
              />
            </section>
          ))}
        </section>
      </div>
    </StaticLayout>
  );
}

export interface StaticPage {
  /** The file the build writes, next to index.html. */
  file: string;
  title: string;
  markup: string;
}

/**
 * The markup that goes into #root before the app starts (React replaces it): the shell (index.html, for
 * any path), and pages whose opening the server can send as it is: home and the forum (their heading and
 * introduction, the same for everyone) and the whole crisis page; and a post's page, whose heading the server
 * fills in (`PAGE_SLOTS.postTitle`) when anyone may read the post.
 */
export function renderStaticPages(): { shell: string; pages: StaticPage[] } {
  return {
    shell: renderToStaticMarkup(<StaticLayout />),
    pages: [
      {
        file: 'home.html',
        title: 'Haven',
        markup: renderToStaticMarkup(
          <StaticLayout>
            <Page title={VISITOR_HOME_TITLE} intro={<HomeIntro />} />
          </StaticLayout>,
        ),
      },
      {
        file: 'forum.html',
        title: 'Forum · Haven',
        markup: renderToStaticMarkup(
          <StaticLayout>
            <Page title={FORUM_TITLE} intro={<ForumIntro />} />
          </StaticLayout>,
        ),
      },
      {
        file: 'post.html',
        title: `${PAGE_SLOTS.postTitle} · Haven`,
        markup: renderToStaticMarkup(
          <StaticLayout>
            <Page title={PAGE_SLOTS.postTitle} />
          </StaticLayout>,
        ),
      },
      { file: 'help.html', title: 'Need help now? · Haven', markup: renderToStaticMarkup(<StaticHelp />) },
    ],
  };
}
