import type { StaffPetition } from '../petition/petition-query';

/** What every procedure form gets from the actions section. */
export interface StepProps {
  petition: StaffPetition;
  /** The step was taken; the message says so in the user's language. */
  onDone: (message: string) => void;
  onConflict: () => void;
}
