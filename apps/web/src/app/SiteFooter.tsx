import { Link } from 'react-router';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>Haven is peer support, not medical advice.</strong> Talk to your doctor or treatment team
          about your care.
        </p>
        <p>
          If you are in immediate danger, call your local emergency number.{' '}
          <Link to="/help">Find a crisis line</Link>.
        </p>
      </div>
    </footer>
  );
}
