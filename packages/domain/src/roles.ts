/** The kinds of user the platform knows (CONTRACT.md, demo accounts). */
export const Role = {
  CITIZEN: 'CITIZEN',
  PETITION_OFFICER: 'PETITION_OFFICER',
  UNIT_HANDLER: 'UNIT_HANDLER',
  UNIT_HEAD: 'UNIT_HEAD',
  LEADER: 'LEADER',
  REPRESENTATIVE: 'REPRESENTATIVE',
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

/** Kinds of representative (GLOSSARY: 人大代表 / 政协委员 / 党代会代表). */
export const RepresentativeKind = {
  NPC_DEPUTY: 'NPC_DEPUTY',
  CPPCC_MEMBER: 'CPPCC_MEMBER',
  PARTY_CONGRESS_DEPUTY: 'PARTY_CONGRESS_DEPUTY',
} as const;
export type RepresentativeKind = (typeof RepresentativeKind)[keyof typeof RepresentativeKind];
