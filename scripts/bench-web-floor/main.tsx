/**
 * The floor of `npm run bench:web`: a bare React 19 page built with Vite, about the size of the
 * portal's home text. Nothing can paint faster with React in the page.
 */
import { createRoot } from 'react-dom/client';

function Floor() {
  return (
    <main>
      <h1>Reset your password</h1>
      <p>Forgot your password, or locked out of your account? You can reset it yourself, any time.</p>
      <a href="/reset">Reset my password</a>
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html needs a #root element');
createRoot(container).render(<Floor />);
