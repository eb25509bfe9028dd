/** One mention before resolution: a kind when the run says it, cues when it does not. */
export interface RawMention {
  paragraph: number;
  start: number;
  end: number;
  surface: string;
  kind: 'person' | 'place' | 'organisation' | 'candidate' | 'role-ref' | 'org-ref';
  /** The group key: a place's gazetteer name, an agency's name, else the surface. */
  key: string;
  role?: string;
  personCue?: boolean;
  placeCue?: boolean;
  /** For role references: the exact role, or the demonym of `the Russian official`. */
  refRole?: string;
  refDemonym?: string;
  /** For organisation references: the noun (`ministry` of `the ministry`/`the Ministry`). */
  refHead?: string;
}
