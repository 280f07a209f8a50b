import type { DraftControl } from '../../draft/use-draft';
import type { PetitionDraft, StepId } from '../../draft/petition-draft';
import type { FieldKey } from '../field-keys';

/** What every step of the petition form gets. */
export interface StepProps {
  draft: PetitionDraft;
  update: DraftControl<PetitionDraft>['update'];
  /** The problem of a field in the current language, if it has one. */
  errorOf: (field: FieldKey) => string | undefined;
  signedIn: boolean;
  /** Review only: go back to a step to change it. */
  goTo: (step: StepId) => void;
  /** Files only: whether a file is still being sent. */
  onUploadsBusy: (busy: boolean) => void;
}
