import { mountPortal } from '@tjxf/ui';

// The shell only for now: sign-in and who you are. Later issues add pages as routes.
mountPortal({ id: 'leadership', basename: import.meta.env.BASE_URL, routes: [] });
