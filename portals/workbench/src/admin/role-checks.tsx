import type { Role } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { roleLabel } from '@tjxf/ui';

/** Every role an account may have, in the order staff know them. */
export const ROLES: readonly Role[] = [
  'PETITION_OFFICER',
  'UNIT_HANDLER',
  'UNIT_HEAD',
  'LEADER',
  'REPRESENTATIVE',
  'CITIZEN',
  'ADMIN',
];

export interface RoleChecksProps {
  legend: string;
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  /** The server's problem with the roles, read with the group. */
  problem?: string | undefined;
  problemId?: string;
}

/** The roles of an account as checkboxes. */
export function RoleChecks({ legend, value, onChange, problem, problemId }: RoleChecksProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="admin-checks" aria-describedby={problem ? problemId : undefined}>
      <legend>{legend}</legend>
      {problem ? (
        <p className="field-error" id={problemId}>
          {problem}
        </p>
      ) : null}
      {ROLES.map((role) => (
        <label key={role} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(role)}
            onChange={(e) => onChange(ROLES.filter((r) => (r === role ? e.target.checked : value.includes(r))))}
          />{' '}
          {roleLabel(t, role)}
        </label>
      ))}
    </fieldset>
  );
}
