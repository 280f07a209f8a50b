import { mountPortal } from '@tjxf/ui';
import { ForgotPasswordPage } from './account/forgot-password-page';
import { RegisterPage } from './account/register-page';
import { CitizenSignInLinks } from './account/sign-in-links';
import { CitizenHome } from './home/citizen-home';
import { citizenMessages } from './messages';
import { MyPetitionsPage } from './my/my-petitions-page';
import { PetitionDetailPage } from './my/petition-detail-page';
import { FilePetitionPage } from './petition-form/file-petition-page';
import { ReceiptPage } from './receipt/receipt-page';
import { SuggestionPage } from './suggestion/suggestion-page';
import { TrackPage } from './track/track-page';
import './citizen.css';

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
