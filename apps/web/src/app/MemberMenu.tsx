import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ModerationMenuLinks } from '../features/moderation/ModerationMenuLinks';
import { useSession } from '../lib';

/** The signed-in member's handle, opening a small menu: profile, data, sign out. */
export function MemberMenu({ handle }: { handle: string }) {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onFocus = (event: FocusEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      setSigningOut(false);
      setOpen(false);
    }
    navigate('/', { state: { notice: 'You have signed out. Take good care of yourself.' } });
  }

  return (
    <div className="member-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="member-menu__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="visually-hidden">Account menu for </span>
        {handle}
        <span className="member-menu__caret" aria-hidden="true" />
      </button>
      <ul className="member-menu__list" id={menuId} hidden={!open}>
        <li>
          <Link to="/profile" onClick={() => setOpen(false)}>
            Your profile
          </Link>
        </li>
        <li>
          <Link to="/testimonials/mine" onClick={() => setOpen(false)}>
            My testimonials
          </Link>
        </li>
        <li>
          <Link to="/tracker" onClick={() => setOpen(false)}>
            My relief tracker
          </Link>
        </li>
        <ModerationMenuLinks onNavigate={() => setOpen(false)} />
        <li>
          <Link to="/profile/export" onClick={() => setOpen(false)}>
            Export my data
          </Link>
        </li>
        <li>
          <button type="button" onClick={() => void handleSignOut()} disabled={signingOut}>
            {signingOut ? 'Signing out…' : 'Sign out'}
          </button>
        </li>
      </ul>
    </div>
  );
}
