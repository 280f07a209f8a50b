import { lazyPage, mountPortal } from '@tjxf/ui';
import { CitizenSignInLinks } from './account/sign-in-links';
import { CitizenHome } from './home/citizen-home';
import { citizenMessages } from './messages';
import './citizen.css';

// pages beside the first one load when first opened (docs/performance.md)
const MyPetitionsPage = lazyPage(() => import('./my/my-petitions-page'), 'MyPetitionsPage');
const PetitionDetailPage = lazyPage(() => import('./my/petition-detail-page'), 'PetitionDetailPage');
const FilePetitionPage = lazyPage(() => import('./petition-form/file-petition-page'), 'FilePetitionPage');
const ReceiptPage = lazyPage(() => import('./receipt/receipt-page'), 'ReceiptPage');
const SuggestionPage = lazyPage(() => import('./suggestion/suggestion-page'), 'SuggestionPage');
const TrackPage = lazyPage(() => import('./track/track-page'), 'TrackPage');
const RegisterPage = lazyPage(() => import('./account/register-page'), 'RegisterPage');
const ForgotPasswordPage = lazyPage(() => import('./account/forgot-password-page'), 'ForgotPasswordPage');

// Filing, suggestions and tracking are open to everyone (R-ON1); "my petitions" needs an account.
mountPortal({
  id: 'citizen',
  basename: import.meta.env.BASE_URL,
  messages: citizenMessages,
  home: <CitizenHome />,
  publicHome: <CitizenHome />,
  signInExtra: <CitizenSignInLinks />,
  routes: [
    {
      path: 'file',
      element: <FilePetitionPage />,
      access: 'public',
      navLabel: (t) => t('nav.file', { ns: 'citizen' }),
    },
    {
      path: 'suggest',
      element: <SuggestionPage />,
      access: 'public',
      navLabel: (t) => t('nav.suggest', { ns: 'citizen' }),
    },
    { path: 'track', element: <TrackPage />, access: 'public', navLabel: (t) => t('nav.track', { ns: 'citizen' }) },
    { path: 'receipt', element: <ReceiptPage />, access: 'public' },
    { path: 'register', element: <RegisterPage />, access: 'public' },
    { path: 'forgot-password', element: <ForgotPasswordPage />, access: 'public' },
    { path: 'my', element: <MyPetitionsPage />, navLabel: (t) => t('nav.my', { ns: 'citizen' }) },
    { path: 'my/:id', element: <PetitionDetailPage /> },
  ],
});
