import { Link } from 'react-router';
import { Page } from '../../ui';
import { AdminNav } from './AdminNav';
import '../moderation/moderation.css';

const SECTIONS: readonly { to: string; title: string; text: string }[] = [
  {
    to: '/admin/categories',
    title: 'Categories',
    text: 'Add, rename, describe, reorder and archive forum categories.',
  },
  {
    to: '/admin/rooms',
    title: 'Chat rooms',
    text: 'Open rooms, describe them, lock them and set slow mode.',
  },
  {
    to: '/admin/members',
    title: 'Members',
    text: 'Find members by handle or e-mail, see their status and history, change their role and status.',
  },
  {
    to: '/moderation/rules',
    title: 'Automatic rules',
    text: 'Words and patterns that flag, hold or block content.',
  },
  {
    to: '/moderation/saved-replies',
    title: 'Saved replies',
    text: 'Templates moderators insert in one click.',
  },
  { to: '/admin/outbox', title: 'E-mail outbox', text: 'Mail Haven sent or could not send (subjects only).' },
];

/** Administrators: where every admin tool is. Every change made here goes to the moderation log. */
export function AdminHomePage() {
  return (
    <Page
      title="Admin console"
      intro="Every change made here is written to the moderation log, with who made it."
    >
      <AdminNav />
      <ul className="card-grid">
        {SECTIONS.map((s) => (
          <li key={s.to} className="card">
            <h2 className="card__title">
              <Link to={s.to}>{s.title}</Link>
            </h2>
            <p>{s.text}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
