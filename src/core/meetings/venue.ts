// Kinds of venue a meeting can be held at, and the check against the family's preferences.
export const VENUE_KINDS = [
  'family-home', 'school', 'community-centre', 'health-setting', 'office', 'online',
] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export const VENUE_KIND_LABELS: Record<VenueKind, string> = {
  'family-home': 'Family home',
  school: 'School',
  'community-centre': "Community or children's centre",
  'health-setting': 'Health setting (GP, clinic or hospital)',
  office: 'Office',
  online: 'Online',
};

export interface VenuePreferences {
  preferredVenueKinds: readonly VenueKind[];
  avoidVenueKinds: readonly VenueKind[];
  placesToAvoid: string;
  preferredPlace: string;
}

/**
 * Plain-English warnings when a planned venue goes against what the family said.
 * Empty when nothing conflicts.
 */
export function venueWarnings(venueKind: VenueKind, venue: string, prefs: VenuePreferences): string[] {
  const warnings: string[] = [];
  if (prefs.avoidVenueKinds.includes(venueKind)) {
    warnings.push(
      `The family asked not to meet at a ${VENUE_KIND_LABELS[venueKind].toLowerCase()} venue.` +
        (prefs.placesToAvoid ? ` They said: “${prefs.placesToAvoid}”.` : ''),
    );
  }
  const avoid = prefs.placesToAvoid.trim().toLowerCase();
  const place = venue.trim().toLowerCase();
  if (avoid && place && (avoid.includes(place) || place.includes(avoid)) && !prefs.avoidVenueKinds.includes(venueKind)) {
    warnings.push(`The family asked to avoid “${prefs.placesToAvoid}”.`);
  }
  if (
    warnings.length === 0 &&
    prefs.preferredVenueKinds.length > 0 &&
    !prefs.preferredVenueKinds.includes(venueKind)
  ) {
    const liked = prefs.preferredVenueKinds.map((k) => VENUE_KIND_LABELS[k].toLowerCase()).join(' or ');
    warnings.push(`The family prefers to meet at a ${liked} venue.`);
  }
  return warnings;
}
