/** How a section of an agency's report came to sit under an outline heading, and where it was read from. */
export const SECTION_PLACEMENTS = ['match', 'officer'] as const;
export type SectionPlacement = (typeof SECTION_PLACEMENTS)[number];

export const NARRATIVE_ORIGINS = ['docx', 'text', 'pasted'] as const;
export type NarrativeOrigin = (typeof NARRATIVE_ORIGINS)[number];
